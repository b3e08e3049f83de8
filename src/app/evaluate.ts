import { setImmediate as yieldToLoop } from "node:timers/promises";
import { type Config, RUN_PLAN_OVERHEAD_BYTES } from "../config/config.js";
import { checkPlans, pointedPaths, supportingPaths } from "../engine/batch.js";
import { linkTargets, type RawFile } from "../engine/check.js";
import { candidatePaths } from "../engine/locate.js";
import type { FileResult } from "../engine/types.js";
import { fileKey, type FileRequest, isLarge, type ReadFile, readFiles, readRaw } from "./files.js";
import { errorText, type Octokit, type Repo } from "./github.js";
import { type RestReader, restReader, type Revisions, type Store } from "./rest-reader.js";
import { type Unchecked, uncheckedResult } from "./unchecked.js";

export type { Revisions } from "./rest-reader.js";

/**
 * Plans per GraphQL query (with their constitution and template candidates and likely links:
 * about 900 aliases). With `pulls.listFiles` pages of 100 files, 50 more plans cost at most
 * one more request.
 */
export const PLANS_PER_QUERY = 100;

/**
 * Existence probes for link targets per run, in one query: beyond them a target is taken to
 * exist (`spec-link` only warns), so no plan can make a run send more queries.
 */
export const MAX_LINK_PROBES = 1000;

/**
 * The siblings a plan usually links to (`**Spec**: [spec.md](./spec.md)` and the artifacts of
 * `/speckit.plan`). Their existence is asked in the same query as the plan, so the usual plan
 * needs no second query for `spec-link`.
 */
const LIKELY_LINKS = ["spec.md", "research.md", "data-model.md", "contracts"];

function dirname(path: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i);
}

function join(dir: string, name: string): string {
  return dir === "" ? name : `${dir}/${name}`;
}

export interface EvaluateOptions {
  /** How to run the check again, in plain words, for plans that could not be read. */
  readonly rerun: string;
  /**
   * Lets the event loop run between plans, so that one delivery never holds it for long
   * (`setImmediate` by default; tests count the calls).
   */
  readonly pause?: () => Promise<void>;
}

/** What a plan costs the run's work budget: its bytes when it is parsed, and a fixed part. */
function costOf(size: number, config: Pick<Config, "maxPlanBytes">): number {
  return RUN_PLAN_OVERHEAD_BYTES + (size <= config.maxPlanBytes ? size : 0);
}

function sizeOf(file: RawFile): number {
  return "text" in file ? Buffer.byteLength(file.text, "utf8") : file.bytes.length;
}

/** A plan over `max-plan-bytes` is never downloaded: the engine only needs its size. */
function standIn(path: string, size: number): RawFile {
  return { path, bytes: new Uint8Array(size) };
}

/**
 * Reads the changed plans (at `revs.head`), their constitutions and templates (at `revs.base`)
 * and the targets of their relative links, and runs the engine on them, one plan at a time,
 * yielding to the event loop between plans. Bounded whatever the plans hold:
 *
 * - GraphQL: one query per 100 plans, plus one for links the first queries did not answer;
 * - when GraphQL cannot answer: the REST fallback, at most `REST_READ_LIMIT` requests;
 * - work: plans are taken in path order while their cost fits `max-run-bytes`; the rest are
 *   not read and fail with `plan-too-large`. The same plans give the same result.
 *
 * Every path in `planPaths` gets a result: a plan that could not be read fails with
 * `plan-unreadable`, so an unread plan never passes.
 */
export async function evaluatePlans(
  octokit: Octokit,
  reader: Octokit,
  repo: Repo,
  config: Config,
  planPaths: readonly string[],
  revs: Revisions,
  options: EvaluateOptions,
): Promise<FileResult[]> {
  const pause = options.pause ?? (() => yieldToLoop());
  const paths = [...new Set(planPaths)].sort();
  const store: Store = { files: new Map(), exists: new Map() };
  const requested = new Set<string>();
  const unchecked = new Map<string, Unchecked>();
  const ready: RawFile[] = [];
  // Set once GraphQL could not answer: the rest of the run reads over REST.
  const fallback: { rest: RestReader | null } = { rest: null };
  let stop: Unchecked | null = null;
  let spent = 0;
  const head = (path: string): FileRequest => ({ rev: revs.head, path });
  const base = (path: string): FileRequest => ({ rev: revs.base, path });

  /** One GraphQL query for a chunk of plans; switches the run to REST when GraphQL cannot answer. */
  const prefetch = async (chunk: readonly string[]): Promise<void> => {
    const blobs = [...chunk.map(head), ...supportingPaths(chunk, config).map(base)].filter(
      (r) => !requested.has(fileKey(r)),
    );
    const probes = chunk
      .flatMap((plan) => LIKELY_LINKS.map((name) => join(dirname(plan), name)))
      .map(head)
      .filter((r) => !requested.has(fileKey(r)));
    for (const r of [...blobs, ...probes]) requested.add(fileKey(r));
    const read = await readFiles(reader, repo, blobs, probes);
    if ("unusable" in read) {
      fallback.rest = restReader(octokit, repo, config, revs, store, read.unusable);
      return;
    }
    for (const [k, v] of read.files) store.files.set(k, v);
    for (const [k, v] of read.exists) store.exists.set(k, v);
  };

  /** Charges a plan's cost to the run's budget; false when it does not fit. */
  const charge = (size: number): boolean => {
    const cost = costOf(size, config);
    if (spent + cost > config.maxRunBytes) return false;
    spent += cost;
    return true;
  };
  const overBudget: Unchecked = {
    kind: "budget",
    limit: config.maxRunBytes,
    overhead: RUN_PLAN_OVERHEAD_BYTES,
  };

  /** The plan's file, or why it cannot be had. Its cost is charged before it is downloaded. */
  const take = async (path: string): Promise<RawFile | Unchecked> => {
    const rest = fallback.rest;
    let size: number | null;
    let file: ReadFile | undefined;
    if (rest) {
      const known = await rest.plan(path);
      if (known.kind === "stopped") return known.why;
      if (known.kind === "missing") return { kind: "missing", sha: revs.head };
      size = known.size;
    } else {
      file = store.files.get(fileKey(head(path)));
      if (!file) return { kind: "missing", sha: revs.head };
      size = isLarge(file) ? file.large : sizeOf(file);
    }
    if (size !== null) {
      if (!charge(size)) return overBudget;
      if (size > config.maxPlanBytes) file = standIn(path, size);
    }
    if (rest && !file) {
      const read = await rest.readPlan(path);
      if ("kind" in read) return read;
      file = read;
      // The listing did not tell the size (cut short): the file does.
      if (size === null && !charge(sizeOf(read))) return overBudget;
    } else if (isLarge(file)) {
      try {
        file = { path, bytes: await readRaw(octokit, repo, head(path)) };
      } catch (error) {
        return { kind: "readFailed", reason: errorText(error) };
      }
    }
    if (rest) {
      const problem = await rest.supporting(path);
      if (problem) return problem;
    }
    return file!;
  };

  for (const [i, path] of paths.entries()) {
    if (stop) {
      unchecked.set(path, stop);
      continue;
    }
    if (!fallback.rest && i % PLANS_PER_QUERY === 0) {
      await prefetch(paths.slice(i, i + PLANS_PER_QUERY));
    }
    const outcome = await take(path);
    if ("kind" in outcome) {
      unchecked.set(path, outcome);
      // Past the budget, or out of REST requests (or REST failing): no plan after this one is read.
      if (outcome.kind !== "missing" && (outcome.kind !== "readFailed" || fallback.rest)) {
        stop = outcome;
      }
      continue;
    }
    ready.push(outcome);
  }

  // Links beyond the likely siblings, and constitutions that point elsewhere: one more query at most.
  const exists = new Map(store.exists);
  if (!fallback.rest) {
    const targets = new Set<string>();
    for (const plan of ready) {
      for (const t of linkTargets(plan, config.maxPlanBytes)) targets.add(t);
      await pause();
    }
    const probes = [...targets]
      .filter((path) => !store.exists.has(fileKey(head(path))))
      .slice(0, MAX_LINK_PROBES)
      .map(head);
    const pointed = pointedPaths(baseFilesOf(store, revs))
      .map(base)
      .filter((r) => !store.files.has(fileKey(r)));
    if (probes.length > 0 || pointed.length > 0) {
      const read = await readFiles(reader, repo, pointed, probes);
      if ("unusable" in read) {
        const rest = restReader(octokit, repo, config, revs, store, read.unusable);
        fallback.rest = rest;
        const problem = await rest.readBase(pointed.map((r) => r.path));
        if (problem) {
          for (const plan of ready) unchecked.set(plan.path, problem);
          ready.length = 0;
        }
      } else {
        for (const [k, v] of read.files) store.files.set(k, v);
        for (const [k, v] of read.exists) exists.set(k, v);
      }
    }
    // A constitution stub pointed at a README, now read: the constitution it links to (rare).
    const further = pointedPaths(baseFilesOf(store, revs))
      .map(base)
      .filter((r) => !store.files.has(fileKey(r)));
    if (further.length > 0 && ready.length > 0) {
      const rest = fallback.rest;
      if (rest) {
        const problem = await rest.readBase(further.map((r) => r.path));
        if (problem) {
          for (const plan of ready) unchecked.set(plan.path, problem);
          ready.length = 0;
        }
      } else {
        const read = await readFiles(reader, repo, further, []);
        if (!("unusable" in read)) for (const [k, v] of read.files) store.files.set(k, v);
      }
    }
  }
  try {
    await settleSupporting(octokit, repo, config, revs, store, ready);
  } catch (error) {
    for (const plan of ready)
      unchecked.set(plan.path, { kind: "readFailed", reason: errorText(error) });
    ready.length = 0;
  }

  const lookup = (path: string): RawFile | null => {
    const file = store.files.get(fileKey(base(path)));
    return file && !isLarge(file) ? file : null;
  };
  const rest = fallback.rest;
  const linkExists = (path: string): boolean =>
    exists.get(fileKey(head(path))) ?? rest?.exists(path) ?? true;
  const checked: FileResult[] = [];
  for (const plan of ready) {
    checked.push(...checkPlans([plan], lookup, config, linkExists));
    await pause();
  }
  return finish(paths, checked, unchecked, options.rerun);
}

/** Every path's result, in path order: checked, or failing with why it was not. */
function finish(
  paths: readonly string[],
  checked: readonly FileResult[],
  unchecked: ReadonlyMap<string, Unchecked>,
  rerun: string,
): FileResult[] {
  const byPath = new Map(checked.map((r) => [r.path, r]));
  return paths.map((path) => {
    const why = unchecked.get(path);
    if (why) return uncheckedResult(path, why, rerun);
    return byPath.get(path) ?? uncheckedResult(path, { kind: "missing", sha: "" }, rerun);
  });
}

function baseFilesOf(store: Store, revs: Revisions): RawFile[] {
  const out: RawFile[] = [];
  for (const [key, file] of store.files) {
    if (key.startsWith(`${revs.base}:`) && file && !isLarge(file)) out.push(file);
  }
  return out;
}

/**
 * Replaces the constitution and template a plan will use, when GraphQL returned them too large
 * for its answer, with their raw content (one request each, once per run). Rare: these are
 * the repository's own files on the base branch.
 */
async function settleSupporting(
  octokit: Octokit,
  repo: Repo,
  config: Pick<Config, "constitution" | "template">,
  revs: Revisions,
  store: Store,
  plans: readonly RawFile[],
): Promise<void> {
  const used = new Set<string>();
  for (const plan of plans) {
    for (const list of [config.constitution, config.template]) {
      const found = candidatePaths(plan.path, list).find((p) => {
        const file = store.files.get(fileKey({ rev: revs.base, path: p }));
        return file !== null && file !== undefined;
      });
      if (found) used.add(found);
    }
  }
  for (const target of pointedPaths(baseFilesOf(store, revs))) used.add(target);
  for (const path of used) {
    const key = fileKey({ rev: revs.base, path });
    const file = store.files.get(key);
    if (isLarge(file)) {
      store.files.set(key, { path, bytes: await readRaw(octokit, repo, { rev: revs.base, path }) });
    }
  }
}
