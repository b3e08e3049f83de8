import type { Context } from "probot";
import { checkNameFromText, CONFIG_PATH, type Config, DEFAULT_CONFIG } from "../config/config.js";
import { normalizePath, planMatcher } from "../engine/locate.js";
import type { FileResult } from "../engine/types.js";
import {
  type CheckRunOutput,
  renderCheckRun,
  renderConfigErrors,
  renderCrash,
  renderNoPlanChanges,
} from "../render/check-run.js";
import {
  type CommentContext,
  parseSticky,
  renderComment,
  renderNoPlansComment,
  type StickyState,
} from "../render/comment.js";
import { inertCode, inertList } from "../render/inert.js";
import { evaluatePlans } from "./evaluate.js";
import {
  type ChangedFile,
  createCompletedCheck,
  type CreatedCheck,
  deleteComment,
  errorText,
  type IssueComment,
  latestCheckRuns,
  listComments,
  listPullFiles,
  type Octokit,
  clientsFor,
  type Repo,
} from "./github.js";
import { type LoadedConfig, loadConfig, readConfigText } from "./load-config.js";
import { type AppState, compareOrder, type RunOrder } from "./state.js";

/** What the handlers share for the life of the process. */
export interface Deps {
  /** The app's own login (`<slug>[bot]`), to recognise its comments. */
  readonly botLogin: () => Promise<string>;
  /** What this process remembers between deliveries (bounded). */
  readonly state: AppState;
}

/** A pull request as a run needs it: from the event payload, or from `pulls.get`. */
export interface PullTarget extends Repo {
  readonly number: number;
  readonly headSha: string;
  readonly baseSha: string;
  readonly baseRef: string;
  /** The pull request's `updated_at` when the event saw it: orders runs on the same pull request. */
  readonly updatedAt: string;
  /** How many comments the pull request had (0 lets a run skip looking for its comment); null when unknown. */
  readonly commentCount: number | null;
  /** How many files the pull request changes, as GitHub counts them; null when unknown. */
  readonly changedFiles: number | null;
  readonly repoUrl: string;
}

/** The fields of a pull request (webhook payload or REST) that make a target. */
export interface PullLike {
  readonly number: number;
  readonly head: { readonly sha: string };
  readonly base: { readonly sha: string; readonly ref: string };
  readonly updated_at: string;
  readonly comments?: number;
  readonly changed_files?: number;
}

export function pullTarget(repo: Repo, repoUrl: string, pull: PullLike): PullTarget {
  return {
    ...repo,
    number: pull.number,
    headSha: pull.head.sha,
    baseSha: pull.base.sha,
    baseRef: pull.base.ref,
    updatedAt: pull.updated_at,
    commentCount: typeof pull.comments === "number" ? pull.comments : null,
    changedFiles: typeof pull.changed_files === "number" ? pull.changed_files : null,
    repoUrl,
  };
}

export const RERUN_PULL =
  "Re-run: comment `/speckit recheck` on the pull request, or press **Re-run** on this check.";
export const RERUN_PUSH = "Re-run: press **Re-run** on this check.";
/** The same, in plain words, for findings (annotations are plain text). */
const RERUN_PULL_PLAIN =
  "Run the check again with a /speckit recheck comment on the pull request, or the Re-run button of the check.";
const RERUN_PUSH_PLAIN = "Run the check again with the Re-run button of the check.";

/** Push runs get their own check name, so that they never stand in for the pull request's required check. */
export function pushCheckName(checkName: string): string {
  return `${checkName} (push)`;
}

/** The `external_id` of a pull request's check run: which pull request, and the order of the run that wrote it. */
export function pullExternalId(number: number, order: RunOrder): string {
  return `pr:${number} at=${order.at} base=${order.base}`;
}

/** Reads `pullExternalId`; null for another app's or another shape's id. Older ids carry no order. */
export function parsePullExternalId(
  id: string | null | undefined,
): { readonly number: number; readonly order: RunOrder | null } | null {
  const match = /^pr:(\d+)(?: at=(\S+) base=([0-9a-f]*))?$/.exec(id ?? "");
  if (!match) return null;
  return {
    number: Number(match[1]),
    order: match[2] !== undefined ? { at: match[2], base: match[3] ?? "" } : null,
  };
}

/** The `external_id` of a push's check run: the commit before the push ("" for a new branch). */
export function pushExternalId(before: string | null): string {
  return `push:${before ?? ""}`;
}

/** Paths of the constitution or template that a change touches (they are judged from the base, so say so). */
function supportingNotes(config: Config, files: readonly ChangedFile[], baseRef: string): string[] {
  const candidates = config.constitution.concat(config.template).map((c) => ({
    rooted: c.startsWith("/"),
    path: normalizePath(c),
  }));
  const touched = files
    .map((f) => f.path)
    .filter((path) =>
      candidates.some((c) =>
        c.rooted ? path === c.path : path === c.path || path.endsWith(`/${c.path}`),
      ),
    );
  const configTouched = files.some((f) => f.path === CONFIG_PATH);
  const notes: string[] = [];
  if (touched.length > 0) {
    notes.push(
      `This pull request changes ${inertList(touched)}. Plans are judged against the version on the base branch ${inertCode(baseRef)}, so that a pull request cannot relax the gate that judges it; the change applies once it is merged.`,
    );
  }
  if (configTouched) {
    notes.push(
      `This pull request changes \`${CONFIG_PATH}\`. The configuration is read from the default branch; the change applies once it is merged.`,
    );
  }
  return notes;
}

function capNote(listed: number, total: number | null, capped: boolean): string[] {
  if (!capped && (total === null || total <= listed)) return [];
  return [
    `GitHub lists only the first ${listed.toLocaleString("en-US")} changed files of a pull request${total ? ` (this one changes ${total.toLocaleString("en-US")})` : ""}: plans beyond them were not checked. Split the pull request, or run \`speckit-gate check\` locally or in the GitHub Action.`,
  ];
}

/** The check run a run writes, its name known only once the configuration is read. */
export interface PendingCheck {
  readonly name: () => string;
  readonly headSha: string;
  readonly externalId: string;
  readonly rerun: string;
  /** Extra paragraphs for a crash report (e.g. why the name may not be the configured one). */
  readonly crashNotes?: () => readonly string[];
  /**
   * Whether a crash must go unreported: a newer run owns the check, or the run was not one
   * that reports (a push to a branch the configuration does not name).
   */
  readonly silent?: () => Promise<boolean>;
}

/**
 * Runs `work`. When it fails before writing its check run, the check is still completed (a
 * pending check would block the merge for good): a failure saying what went wrong and how to
 * retry, unless a newer run owns the check. The error is then rethrown for Probot to log.
 */
export async function guarded(
  context: Context,
  repo: Repo,
  check: PendingCheck,
  work: (written: () => void) => Promise<void>,
): Promise<void> {
  let written = false;
  try {
    await work(() => (written = true));
  } catch (error) {
    if (!written) {
      const output = renderCrash({
        error: errorText(error),
        deliveryId: context.id,
        rerun: check.rerun,
        notes: check.crashNotes?.() ?? [],
      });
      try {
        if (!(await check.silent?.().catch(() => false))) {
          await createCompletedCheck(clientsFor(context).octokit, repo, {
            name: check.name(),
            headSha: check.headSha,
            externalId: check.externalId,
            output,
          });
        }
      } catch (second) {
        context.log.error({ err: second }, "could not report the failed run on its check run");
      }
    }
    throw error;
  }
}

export const repoKey = (repo: Repo): string => `${repo.owner}/${repo.repo}`.toLowerCase();

/**
 * The check name to report under when the configuration could not be loaded at all (GitHub
 * failing): the one the repository's own file names if it can still be read, else the one
 * this process last saw for the repository, else the default, with a note saying so.
 */
export async function fallbackCheckName(
  context: Context,
  repo: Repo,
  deps: Deps,
): Promise<{ readonly name: string; readonly notes: readonly string[] }> {
  try {
    const text = await readConfigText(context, repo);
    const named = text === null ? null : checkNameFromText(text);
    if (named) return { name: named, notes: [] };
    // A file of its own that names no check and extends nothing: the default is its name.
    if (text !== null && !/^_extends\s*:/m.test(text)) {
      return { name: DEFAULT_CONFIG.checkName, notes: [] };
    }
  } catch {
    // GitHub is failing: what this process remembers is all there is.
  }
  const remembered = deps.state.checkNames.get(repoKey(repo));
  const name = remembered ?? DEFAULT_CONFIG.checkName;
  return {
    name,
    notes: [
      `The configuration \`${CONFIG_PATH}\` could not be read, so this report is filed under ${remembered ? "the check name this repository last used" : "the default check name"}, ${inertCode(name)}. If branch protection requires a check of another name (\`check-name\`), that check has not reported yet: run the check again once GitHub answers, and it reports under the configured name.`,
    ],
  };
}

export interface PullRunOptions {
  /** Called right after the check run is written (a `/speckit recheck` reacts then). */
  readonly afterCheck?: () => Promise<void>;
}

/**
 * Whether a newer run on the same pull request and head already owns its check run, so this
 * one must not write: runs are ordered by the pull request's `updated_at` as each event saw
 * it (a retarget is newer than the push before it), as the sticky comment is. Within this
 * process the order is exact; across processes the check run GitHub shows (its `external_id`
 * carries the order of the run that wrote it) decides. Two runs seen in the same second on
 * different bases ask GitHub for the pull request's current base.
 */
async function isSuperseded(
  octokit: Octokit,
  deps: Deps,
  target: PullTarget,
  name: string,
): Promise<boolean> {
  const ours: RunOrder = { at: target.updatedAt, base: target.baseSha };
  const key = `${repoKey(target)}#${target.number}@${target.headSha}`;
  let tie = false;
  const weigh = (theirs: RunOrder): boolean => {
    const order = compareOrder(ours, theirs);
    if (order === 0 && theirs.base !== ours.base) tie = true;
    return order < 0;
  };
  const repo: Repo = { owner: target.owner, repo: target.repo };
  for (const run of await latestCheckRuns(octokit, repo, target.headSha, name)) {
    const theirs = parsePullExternalId(run.externalId);
    if (theirs?.number === target.number && theirs.order && weigh(theirs.order)) return true;
  }
  // Checked after the request: another run of this process may have begun to write meanwhile.
  const local = deps.state.newestRun.get(key);
  if (local && weigh(local)) return true;
  if (tie) {
    const { data } = await octokit.rest.pulls.get({
      owner: target.owner,
      repo: target.repo,
      pull_number: target.number,
    });
    if (data.base.sha !== ours.base || data.head.sha !== target.headSha) return true;
  }
  if (!local || compareOrder(local, ours) <= 0) deps.state.newestRun.set(key, ours);
  return false;
}

/**
 * Checks a pull request's head commit: the check run first (the write that gates the merge),
 * then the sticky comment.
 */
export async function checkPull(
  context: Context,
  deps: Deps,
  target: PullTarget,
  options: PullRunOptions = {},
): Promise<void> {
  const repo: Repo = { owner: target.owner, repo: target.repo };
  const { octokit, reader } = clientsFor(context);
  let name = DEFAULT_CONFIG.checkName;
  let crashNotes: readonly string[] = [];
  const order: RunOrder = { at: target.updatedAt, base: target.baseSha };
  const check: PendingCheck = {
    name: () => name,
    headSha: target.headSha,
    externalId: pullExternalId(target.number, order),
    rerun: RERUN_PULL,
    crashNotes: () => crashNotes,
    silent: () => isSuperseded(octokit, deps, target, name),
  };
  await guarded(context, repo, check, async (written) => {
    /** Writes the check run; null when a newer run owns it (then this run stops). */
    const write = async (output: CheckRunOutput): Promise<CreatedCheck | null> => {
      if (await isSuperseded(octokit, deps, target, name)) {
        written();
        context.log.info(
          `not reporting on ${repoKey(repo)}#${target.number}: a newer run owns the check of ${target.headSha}`,
        );
        return null;
      }
      // Written once created: a failure appending annotations must not file a crash over it.
      const created = await createCompletedCheck(
        octokit,
        repo,
        { name, headSha: target.headSha, externalId: check.externalId, output },
        written,
      );
      await options.afterCheck?.();
      return created;
    };

    let loaded: LoadedConfig;
    try {
      loaded = await loadConfig(context, repo);
    } catch (error) {
      const fallback = await fallbackCheckName(context, repo, deps);
      name = fallback.name;
      crashNotes = fallback.notes;
      throw error;
    }
    name = loaded.ok ? loaded.config.checkName : loaded.checkName;
    deps.state.checkNames.set(repoKey(repo), name);
    if (!loaded.ok) {
      await write(
        renderConfigErrors(loaded.errors, {
          path: CONFIG_PATH,
          source: loaded.source,
          located: loaded.located,
        }),
      );
      return;
    }
    const config = loaded.config;

    const changed = await listPullFiles(octokit, repo, target.number);
    const isPlan = planMatcher(config.plans);
    const planPaths = changed.files
      .filter((f) => f.status !== "removed" && isPlan(f.path))
      .map((f) => f.path);
    const notes = [
      ...supportingNotes(config, changed.files, target.baseRef),
      ...capNote(changed.files.length, target.changedFiles, changed.capped),
    ];

    if (planPaths.length === 0) {
      const created = await write(renderNoPlanChanges({ globs: config.plans, notes }));
      if (created) await syncSticky(context, deps, target, config, null, created, notes);
      return;
    }

    const results = await evaluatePlans(
      octokit,
      reader,
      repo,
      config,
      planPaths,
      { head: target.headSha, base: target.baseSha },
      { rerun: RERUN_PULL_PLAIN },
    );
    const created = await write(
      renderCheckRun(results, {
        repoUrl: target.repoUrl,
        sha: target.headSha,
        notes,
        rerun: RERUN_PULL,
      }),
    );
    if (created) await syncSticky(context, deps, target, config, results, created, notes);
  });
}

/** A push to check: the pushed commit and the files it changes, when the payload lists them. */
export interface PushTarget extends Repo {
  readonly sha: string;
  /** The commit before the push (null for a new branch). */
  readonly before: string | null;
  readonly branch: string;
  readonly defaultBranch: string;
  readonly repoUrl: string;
}

/**
 * Checks the plans a push changes, at the pushed commit (constitution and template included:
 * on a branch, whoever pushes can already change them). Nothing is reported when no plan
 * changed: pushes have no required check to satisfy.
 */
export async function checkPush(
  context: Context,
  target: PushTarget,
  config: Config,
  changed: { readonly files: readonly ChangedFile[]; readonly capped: boolean },
  onCreated?: () => void,
): Promise<boolean> {
  const repo: Repo = { owner: target.owner, repo: target.repo };
  const { octokit, reader } = clientsFor(context);
  const isPlan = planMatcher(config.plans);
  const planPaths = changed.files
    .filter((f) => f.status !== "removed" && isPlan(f.path))
    .map((f) => f.path);
  if (planPaths.length === 0) return false;
  const results = await evaluatePlans(
    octokit,
    reader,
    repo,
    config,
    planPaths,
    { head: target.sha, base: target.sha },
    { rerun: RERUN_PUSH_PLAIN },
  );
  const notes = changed.capped
    ? ["This push changes more files than GitHub lists: plans beyond them were not checked."]
    : [];
  await createCompletedCheck(
    octokit,
    repo,
    {
      name: pushCheckName(config.checkName),
      headSha: target.sha,
      externalId: pushExternalId(target.before),
      output: renderCheckRun(results, {
        repoUrl: target.repoUrl,
        sha: target.sha,
        notes,
        rerun: RERUN_PUSH,
      }),
    },
    onCreated,
  );
  return true;
}

function failing(results: readonly FileResult[]): boolean {
  return results.some((r) => r.findings.some((f) => f.severity === "error"));
}

/** Whether two comment states report the same inputs (a comment written before bases were recorded matches any base). */
function sameRun(a: StickyState, b: StickyState): boolean {
  return a.head === b.head && (a.base === b.base || a.base === "" || b.base === "");
}

interface Sticky extends IssueComment {
  readonly state: StickyState;
}

async function findStickies(
  octokit: Octokit,
  login: string,
  repo: Repo,
  number: number,
): Promise<Sticky[]> {
  return (await listComments(octokit, repo, number))
    .filter((c) => c.login === login)
    .map((c) => ({ ...c, state: parseSticky(c.body) }))
    .filter((c): c is Sticky => c.state !== null)
    .sort((a, b) => a.id - b.id);
}

/**
 * Whether this run is out of date next to a comment: the comment reports another head or base
 * that was seen later. When the two cannot be ordered (same second), the pull request's
 * current head and base decide.
 */
async function isStale(
  octokit: Octokit,
  target: PullTarget,
  ours: StickyState,
  theirs: StickyState,
): Promise<boolean> {
  if (sameRun(ours, theirs)) return false;
  const order = compareOrder(ours, theirs);
  if (order !== 0) return order < 0;
  const { data } = await octokit.rest.pulls.get({
    owner: target.owner,
    repo: target.repo,
    pull_number: target.number,
  });
  return data.head.sha !== ours.head || data.base.sha !== ours.base;
}

/**
 * Keeps one sticky comment per pull request: edits it in place, posts it only when the
 * configuration asks for it, never overwrites a newer head's report, and deletes the
 * duplicates that concurrent runs may leave.
 */
async function syncSticky(
  context: Context,
  deps: Deps,
  target: PullTarget,
  config: Config,
  results: readonly FileResult[] | null,
  check: CreatedCheck,
  notes: readonly string[],
): Promise<void> {
  if (config.comment === "never") return;
  const { octokit } = clientsFor(context);
  const repo: Repo = { owner: target.owner, repo: target.repo };
  const state: StickyState = { head: target.headSha, base: target.baseSha, at: target.updatedAt };
  const post = results !== null && (config.comment === "always" || failing(results));
  // The event says the pull request has no comment at all: nothing to look up.
  if (!post && target.commentCount === 0) return;

  const ctx: CommentContext = {
    repoUrl: target.repoUrl,
    sha: target.headSha,
    state,
    checkName: config.checkName,
    notes,
    ...(check.htmlUrl ? { checkUrl: check.htmlUrl } : {}),
  };
  const body = results === null ? renderNoPlansComment(ctx) : renderComment(results, ctx);
  const issue = { ...repo, issue_number: target.number };

  // The check run just created names the app: no `GET /app` needed to know our own login.
  const ownLogin = async (): Promise<string> =>
    check.appSlug ? `${check.appSlug}[bot]` : deps.botLogin();
  const existing =
    target.commentCount === 0
      ? []
      : await findStickies(octokit, await ownLogin(), repo, target.number);
  if (existing.length === 0) {
    if (!post) return;
    const { data: created } = await octokit.rest.issues.createComment({ ...issue, body });
    // Another run may have posted at the same moment: keep the oldest comment, delete the rest.
    // The new comment names the app's login, so no lookup is needed for it.
    const login = created.user?.login ?? (await ownLogin());
    const now = await findStickies(octokit, login, repo, target.number);
    await settle(octokit, target, repo, now, state, body);
    return;
  }
  await settle(octokit, target, repo, existing, state, body);
}

/** Leaves exactly one sticky comment (the oldest), holding the newest head's report. */
async function settle(
  octokit: Octokit,
  target: PullTarget,
  repo: Repo,
  stickies: readonly Sticky[],
  state: StickyState,
  body: string,
): Promise<void> {
  const [keep, ...duplicates] = stickies;
  if (!keep) return;
  for (const other of stickies) {
    if (await isStale(octokit, target, state, other.state)) return; // a newer run owns the comment
  }
  if (keep.body !== body) {
    await octokit.rest.issues.updateComment({ ...repo, comment_id: keep.id, body });
  }
  for (const duplicate of duplicates) await deleteComment(octokit, repo, duplicate.id);
}
