import type { Context } from "probot";
import { CONFIG_PATH, type Config, DEFAULT_CONFIG } from "../config/config.js";
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
import { evaluatePlans } from "./evaluate.js";
import {
  type ChangedFile,
  createCompletedCheck,
  type CreatedCheck,
  deleteComment,
  type IssueComment,
  listComments,
  listPullFiles,
  type Octokit,
  clientsFor,
  type Repo,
} from "./github.js";
import { loadConfig } from "./load-config.js";

/** What the handlers share for the life of the process. */
export interface Deps {
  /** The app's own login (`<slug>[bot]`), to recognise its comments. */
  readonly botLogin: () => Promise<string>;
}

/** A pull request as a run needs it: from the event payload, or from `pulls.get`. */
export interface PullTarget extends Repo {
  readonly number: number;
  readonly headSha: string;
  readonly baseSha: string;
  readonly baseRef: string;
  /** The pull request's `updated_at` when the event saw it: orders runs on different heads. */
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

/** Push runs get their own check name, so that they never stand in for the pull request's required check. */
export function pushCheckName(checkName: string): string {
  return `${checkName} (push)`;
}

function errorText(error: unknown): string {
  if (error instanceof Error) {
    const status = (error as { status?: number }).status;
    return status ? `${error.message} (HTTP ${status})` : error.message;
  }
  return String(error);
}

/** Paths of the constitution or template that a change touches (they are judged from the base, so say so). */
function supportingNotes(config: Config, files: readonly ChangedFile[], baseRef: string): string[] {
  const candidates = [...config.constitution, ...config.template];
  const touched = files
    .map((f) => f.path)
    .filter((path) =>
      candidates.some((c) => {
        const n = normalizePath(c);
        return c.startsWith("/") ? path === n : path === n || path.endsWith(`/${n}`);
      }),
    );
  const configTouched = files.some((f) => f.path === CONFIG_PATH);
  const notes: string[] = [];
  if (touched.length > 0) {
    notes.push(
      `This pull request changes ${touched.map((p) => `\`${p}\``).join(", ")}. Plans are judged against the version on the base branch \`${baseRef}\`, so that a pull request cannot relax the gate that judges it; the change applies once it is merged.`,
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
interface PendingCheck {
  readonly name: () => string;
  readonly headSha: string;
  readonly externalId: string;
  readonly rerun: string;
}

/**
 * Runs `work`. When it fails before writing its check run, the check is still completed (a
 * pending check would block the merge for good): a failure saying what went wrong and how to
 * retry. The error is then rethrown for Probot to log.
 */
async function guarded(
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
      });
      try {
        await createCompletedCheck(clientsFor(context).octokit, repo, {
          name: check.name(),
          headSha: check.headSha,
          externalId: check.externalId,
          output,
        });
      } catch (second) {
        context.log.error({ err: second }, "could not report the failed run on its check run");
      }
    }
    throw error;
  }
}

export interface PullRunOptions {
  /** Called right after the check run is written (a `/speckit recheck` reacts then). */
  readonly afterCheck?: () => Promise<void>;
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
  const check: PendingCheck = {
    name: () => name,
    headSha: target.headSha,
    externalId: `pr:${target.number}`,
    rerun: RERUN_PULL,
  };
  await guarded(context, repo, check, async (written) => {
    const write = async (output: CheckRunOutput): Promise<CreatedCheck> => {
      const created = await createCompletedCheck(octokit, repo, {
        name,
        headSha: target.headSha,
        externalId: check.externalId,
        output,
      });
      written();
      await options.afterCheck?.();
      return created;
    };

    const loaded = await loadConfig(context, repo);
    if (!loaded.ok) {
      name = loaded.checkName;
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
    name = config.checkName;

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
      await syncSticky(context, deps, target, config, null, created, notes);
      return;
    }

    const results = await evaluatePlans(octokit, reader, repo, config, planPaths, {
      head: target.headSha,
      base: target.baseSha,
    });
    const created = await write(
      renderCheckRun(results, {
        repoUrl: target.repoUrl,
        sha: target.headSha,
        notes,
        rerun: RERUN_PULL,
      }),
    );
    await syncSticky(context, deps, target, config, results, created, notes);
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
): Promise<void> {
  const repo: Repo = { owner: target.owner, repo: target.repo };
  const { octokit, reader } = clientsFor(context);
  const isPlan = planMatcher(config.plans);
  const planPaths = changed.files
    .filter((f) => f.status !== "removed" && isPlan(f.path))
    .map((f) => f.path);
  if (planPaths.length === 0) return;
  const name = pushCheckName(config.checkName);
  const check: PendingCheck = {
    name: () => name,
    headSha: target.sha,
    externalId: `push:${target.before ?? ""}`,
    rerun: RERUN_PUSH,
  };
  await guarded(context, repo, check, async (written) => {
    const results = await evaluatePlans(octokit, reader, repo, config, planPaths, {
      head: target.sha,
      base: target.sha,
    });
    const notes = changed.capped
      ? ["This push changes more files than GitHub lists: plans beyond them were not checked."]
      : [];
    await createCompletedCheck(octokit, repo, {
      name,
      headSha: target.sha,
      externalId: check.externalId,
      output: renderCheckRun(results, {
        repoUrl: target.repoUrl,
        sha: target.sha,
        notes,
        rerun: RERUN_PUSH,
      }),
    });
    written();
  });
}

function failing(results: readonly FileResult[]): boolean {
  return results.some((r) => r.findings.some((f) => f.severity === "error"));
}

/** -1 when `a` reports an older head than `b`, 1 when newer, 0 when the same head or undecidable. */
function compareStates(a: StickyState, b: StickyState): number {
  if (a.head === b.head) return 0;
  const ta = Date.parse(a.at);
  const tb = Date.parse(b.at);
  if (Number.isNaN(ta) || Number.isNaN(tb) || ta === tb) return 0;
  return ta < tb ? -1 : 1;
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
 * Whether this run is out of date next to a comment: the comment reports another head that was
 * seen later. When the two cannot be ordered (same second), the pull request's current head decides.
 */
async function isStale(
  octokit: Octokit,
  target: PullTarget,
  ours: StickyState,
  theirs: StickyState,
): Promise<boolean> {
  if (theirs.head === ours.head) return false;
  const order = compareStates(ours, theirs);
  if (order !== 0) return order < 0;
  const { data } = await octokit.rest.pulls.get({
    owner: target.owner,
    repo: target.repo,
    pull_number: target.number,
  });
  return data.head.sha !== ours.head;
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
  const state: StickyState = { head: target.headSha, at: target.updatedAt };
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
