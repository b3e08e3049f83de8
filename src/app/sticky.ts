import type { Context } from "probot";
import type { Config } from "../config/config.js";
import type { FileResult } from "../engine/types.js";
import {
  type CommentContext,
  parseSticky,
  renderComment,
  renderNoPlansComment,
  type StickyState,
} from "../render/comment.js";
import type { ReportSection } from "../render/section.js";
import {
  clientsFor,
  type CreatedCheck,
  deleteComment,
  type IssueComment,
  listComments,
  type Octokit,
  type Repo,
} from "./github.js";
import { compareOrder } from "./state.js";
import type { Deps, PullTarget } from "./targets.js";

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
export async function syncSticky(
  context: Context,
  deps: Deps,
  target: PullTarget,
  config: Config,
  results: readonly FileResult[] | null,
  check: CreatedCheck,
  notes: readonly string[],
  /** Parts of the report besides the plans (the constitution amendment). */
  sections: readonly ReportSection[] = [],
): Promise<void> {
  if (config.comment === "never") return;
  const { octokit } = clientsFor(context);
  const repo: Repo = { owner: target.owner, repo: target.repo };
  const state: StickyState = { head: target.headSha, base: target.baseSha, at: target.updatedAt };
  const post =
    (results !== null || sections.length > 0) &&
    (config.comment === "always" ||
      (results !== null && failing(results)) ||
      sections.some((s) => s.failing));
  // The event says the pull request has no comment at all: nothing to look up.
  if (!post && target.commentCount === 0) return;

  const ctx: CommentContext = {
    repoUrl: target.repoUrl,
    sha: target.headSha,
    state,
    checkName: config.checkName,
    notes,
    sections,
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
