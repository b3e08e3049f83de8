import { setImmediate as yieldToLoop } from "node:timers/promises";
import { constitutionMatcher, underMode } from "../config/amendments.js";
import type { Config } from "../config/config.js";
import {
  checkAmendment,
  planImpacts,
  type AmendmentResult,
  type ImpactReport,
  type PlanImpact,
} from "../engine/amendment/index.js";
import type { RawFile } from "../engine/check.js";
import { candidatePaths, planMatcher } from "../engine/locate.js";
import type { AmendmentView } from "../render/amendment.js";
import { inertCode, inertList } from "../render/inert.js";
import {
  fileKey,
  type FileRequest,
  isLarge,
  type ReadFile,
  readFiles,
  readRaw,
  readTree,
  type Tree,
} from "./files.js";
import type { ChangedFile, Octokit, Repo } from "./github.js";
import type { Revisions } from "./rest-reader.js";

/**
 * A pull request that changes the constitution: the change is checked as an amendment (the
 * constitution at the base against the one at the head, with the amendment rules), and every
 * plan at the head that uses the amended constitution is read to list what it must re-check.
 *
 * Requests, whatever the repository holds: one listing of the head commit (`git/trees`,
 * recursive), then GraphQL queries of at most 100 plans and 2 MiB each (the first also reads
 * the constitutions), within 16 MiB of plans per run. Memory stays bounded by one query's
 * answer: each is turned into impact items, one plan at a time, before the next is sent.
 */

/** Amended constitutions checked per run (a monorepo may change several at once). */
export const MAX_AMENDED_CONSTITUTIONS = 3;
/** Plans per GraphQL query for the impact list. */
export const IMPACT_PLANS_PER_QUERY = 100;
/** Bytes of plans per query (as the listing gives their sizes): the most one answer holds. */
export const IMPACT_BYTES_PER_QUERY = 2 * 1024 * 1024;
/** Bytes of plans read for the impact list per run; plans beyond it, in path order, are counted. */
export const MAX_IMPACT_BYTES = 16 * 1024 * 1024;
/** Constitutions or plans GraphQL returns without their text (over 512,000 bytes) read raw, at most. */
export const MAX_RAW_READS = 10;

export interface AmendmentCheck {
  readonly views: readonly AmendmentView[];
  /** Sentences of ours for the summary (repository text inert). */
  readonly notes: readonly string[];
}

export interface AmendmentOptions {
  /** Lets the event loop run between plans (`setImmediate` by default). */
  readonly pause?: () => Promise<void>;
}

interface PlanEntry {
  readonly path: string;
  readonly size: number;
  readonly constitution: string;
}

const NONE: AmendmentCheck = { views: [], notes: [] };

/** The constitutions a pull request amends: changed files at a configured location, not removed. */
export function amendedConstitutions(
  config: Pick<Config, "constitution">,
  files: readonly ChangedFile[],
): { readonly amended: readonly string[]; readonly removed: readonly string[] } {
  const isConstitution = constitutionMatcher(config);
  const touched = files.filter((f) => isConstitution(f.path));
  return {
    amended: touched
      .filter((f) => f.status !== "removed")
      .map((f) => f.path)
      .sort(),
    removed: touched
      .filter((f) => f.status === "removed")
      .map((f) => f.path)
      .sort(),
  };
}

/**
 * Checks the constitution amendments of a pull request (none when `amendments: off`, or when
 * no constitution changed). See the file's comment for the requests it makes.
 */
export async function checkAmendments(
  octokit: Octokit,
  reader: Octokit,
  repo: Repo,
  config: Config,
  changed: readonly ChangedFile[],
  revs: Revisions,
  options: AmendmentOptions = {},
): Promise<AmendmentCheck> {
  if (config.amendments === "off") return NONE;
  const mode = config.amendments;
  const pause = options.pause ?? (() => yieldToLoop());
  const { amended, removed } = amendedConstitutions(config, changed);
  const notes: string[] = [];
  if (removed.length > 0) {
    notes.push(
      `This pull request removes ${inertList(removed)}: a removal is not checked as an amendment. The plans that used it fall back to the next configured constitution location once it merges.`,
    );
  }
  if (amended.length === 0) return { views: [], notes };
  const chosen = amended.slice(0, MAX_AMENDED_CONSTITUTIONS);
  if (amended.length > chosen.length) {
    notes.push(
      `This pull request changes ${amended.length} constitutions: the first ${chosen.length} in path order are checked as amendments, not ${inertList(amended.slice(chosen.length))}. Run \`speckit-gate impact --base ${revs.base.slice(0, 12)} <constitution>\` for the others.`,
    );
  }

  const tree = await readTree(octokit, repo, revs.head);
  const plans = plansUsing(tree, config, new Set(chosen));
  const budget = takeBudget(plans, config.maxPlanBytes);
  const chunks = chunked(budget.read);
  const head = (path: string): FileRequest => ({ rev: revs.head, path });
  const base = (path: string): FileRequest => ({ rev: revs.base, path });
  let rawReads = 0;
  const raw = async (request: FileRequest, size: number): Promise<RawFile | null> => {
    if (rawReads >= MAX_RAW_READS || size > config.maxPlanBytes) return null;
    rawReads += 1;
    return { path: request.path, bytes: await readRaw(octokit, repo, request) };
  };

  // The first query reads the constitutions (base and head) with the first plans.
  const constitutionRequests = chosen.flatMap((c) => [base(c), head(c)]);
  let first = await readFiles(
    reader,
    repo,
    [...constitutionRequests, ...(chunks[0] ?? []).map((p) => head(p.path))],
    [],
  );
  let graphqlFailure: string | null = null;
  if ("unusable" in first) {
    graphqlFailure = first.unusable;
    first = { files: new Map(), exists: new Map() };
  }
  const files = first.files;
  const settle = async (request: FileRequest): Promise<RawFile | null> => {
    const found: ReadFile | undefined = files.get(fileKey(request));
    if (found === undefined) {
      // GraphQL could not answer: the constitution is read raw (absent at the base: a new one).
      try {
        return { path: request.path, bytes: await readRaw(octokit, repo, request) };
      } catch (error) {
        if ((error as { status?: number }).status === 404) return null;
        throw error;
      }
    }
    if (isLarge(found)) {
      return { path: request.path, bytes: await readRaw(octokit, repo, request) };
    }
    return found;
  };

  const judged = new Map<string, AmendmentResult>();
  for (const c of chosen) {
    const headFile = await settle(head(c));
    if (!headFile) continue;
    const result = checkAmendment({ base: await settle(base(c)), head: headFile, config });
    if (!result.amendment.changed) continue;
    judged.set(c, { ...result, findings: underMode(result.findings, mode) });
  }
  if (judged.size === 0) return { views: [], notes };

  const affected = new Map<string, PlanImpact[]>([...judged.keys()].map((c) => [c, []]));
  const checked = new Map<string, number>([...judged.keys()].map((c) => [c, 0]));
  const unreadable = new Map<string, string[]>([...judged.keys()].map((c) => [c, []]));
  for (const p of budget.tooLarge) {
    unreadable.get(p.constitution)?.push(p.path);
    checked.set(p.constitution, (checked.get(p.constitution) ?? 0) + 1);
  }

  /** Turns one answer into impact items, one plan at a time, then lets it go. */
  const digest = async (
    chunk: readonly PlanEntry[],
    answer: ReadonlyMap<string, ReadFile>,
  ): Promise<void> => {
    for (const plan of chunk) {
      const result = judged.get(plan.constitution);
      if (!result) continue;
      checked.set(plan.constitution, (checked.get(plan.constitution) ?? 0) + 1);
      let file: ReadFile | undefined = answer.get(fileKey(head(plan.path)));
      if (isLarge(file)) file = await raw(head(plan.path), file.large);
      if (!file) {
        unreadable.get(plan.constitution)?.push(plan.path);
        continue;
      }
      const out = affected.get(plan.constitution)!;
      for (const impact of planImpacts(
        result.amendment,
        [file],
        { maxPlanBytes: config.maxPlanBytes },
        (path) => unreadable.get(plan.constitution)?.push(path),
      )) {
        out.push(impact);
      }
      await pause();
    }
  };

  let unread = 0;
  if (graphqlFailure === null) {
    for (const [i, chunk] of chunks.entries()) {
      if (i === 0) {
        await digest(chunk, files);
        continue;
      }
      const read = await readFiles(
        reader,
        repo,
        chunk.map((p) => head(p.path)),
        [],
      );
      if ("unusable" in read) {
        graphqlFailure = read.unusable;
        unread = chunks.slice(i).reduce((n, c) => n + c.length, 0);
        break;
      }
      await digest(chunk, read.files);
    }
  }

  const views: AmendmentView[] = [];
  for (const [c, result] of judged) {
    const viewNotes: string[] = [];
    if (graphqlFailure !== null) {
      viewNotes.push(
        `GitHub's GraphQL API could not answer (${inertCode(graphqlFailure)}), so ${unread > 0 ? `${unread.toLocaleString("en-US")} plans were not read and this list is incomplete` : "the plans were not read"}. Re-run the check, or run \`speckit-gate impact --base ${revs.base.slice(0, 12)}\` on a checkout.`,
      );
    }
    if (tree.truncated) {
      viewNotes.push(
        `GitHub cut the listing of the head commit short (over 100,000 files or 7 MB), so plans beyond it are not in this list. \`speckit-gate impact --base ${revs.base.slice(0, 12)}\` on a checkout lists them all.`,
      );
    }
    const skipped = budget.notRead.filter((p) => p.constitution === c).length;
    if (skipped > 0) {
      viewNotes.push(
        `${skipped.toLocaleString("en-US")} plans were not read: the impact list reads at most ${MAX_IMPACT_BYTES / 1024 / 1024} MiB of plans per run, in path order. \`speckit-gate impact --base ${revs.base.slice(0, 12)}\` on a checkout lists them all.`,
      );
    }
    const impact: ImpactReport | null =
      graphqlFailure !== null && unread === 0
        ? null
        : {
            constitution: result.path,
            before: result.amendment.version.before,
            after: result.amendment.version.after,
            plans: affected.get(c) ?? [],
            checked: checked.get(c) ?? 0,
            unreadable: unreadable.get(c) ?? [],
          };
    views.push({ result, mode, impact, notes: viewNotes, base: revs.base });
  }
  return { views, notes };
}

/** The plans at the head whose constitution (the nearest one that exists) is one of `amended`. */
function plansUsing(tree: Tree, config: Config, amended: ReadonlySet<string>): PlanEntry[] {
  const isPlan = planMatcher(config.plans);
  const exists = (path: string): boolean => tree.entries.get(path)?.type === "blob";
  const out: PlanEntry[] = [];
  for (const [path, entry] of tree.entries) {
    if (entry.type !== "blob" || !isPlan(path)) continue;
    const constitution = candidatePaths(path, config.constitution).find(exists);
    if (constitution !== undefined && amended.has(constitution)) {
      out.push({ path, size: entry.size, constitution });
    }
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Which plans are read: in path order, within `MAX_IMPACT_BYTES`; those over `max-plan-bytes` never. */
function takeBudget(
  plans: readonly PlanEntry[],
  maxPlanBytes: number,
): {
  readonly read: PlanEntry[];
  readonly tooLarge: PlanEntry[];
  readonly notRead: PlanEntry[];
} {
  const read: PlanEntry[] = [];
  const tooLarge: PlanEntry[] = [];
  const notRead: PlanEntry[] = [];
  let spent = 0;
  for (const plan of plans) {
    if (plan.size > maxPlanBytes) {
      tooLarge.push(plan);
    } else if (notRead.length > 0 || spent + plan.size > MAX_IMPACT_BYTES) {
      notRead.push(plan);
    } else {
      spent += plan.size;
      read.push(plan);
    }
  }
  return { read, tooLarge, notRead };
}

/** Queries of at most `IMPACT_PLANS_PER_QUERY` plans and `IMPACT_BYTES_PER_QUERY` bytes. */
function chunked(plans: readonly PlanEntry[]): PlanEntry[][] {
  const out: PlanEntry[][] = [];
  let current: PlanEntry[] = [];
  let bytes = 0;
  for (const plan of plans) {
    if (
      current.length > 0 &&
      (current.length >= IMPACT_PLANS_PER_QUERY || bytes + plan.size > IMPACT_BYTES_PER_QUERY)
    ) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(plan);
    bytes += plan.size;
  }
  if (current.length > 0) out.push(current);
  return out;
}
