import type { Repo } from "./github.js";
import type { AppState, RunOrder } from "./state.js";

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
export const RERUN_PULL_PLAIN =
  "Run the check again with a /speckit recheck comment on the pull request, or the Re-run button of the check.";
export const RERUN_PUSH_PLAIN = "Run the check again with the Re-run button of the check.";

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

export const repoKey = (repo: Repo): string => `${repo.owner}/${repo.repo}`.toLowerCase();

/** A push to check: the pushed commit and the files it changes, when the payload lists them. */
export interface PushTarget extends Repo {
  readonly sha: string;
  /** The commit before the push (null for a new branch). */
  readonly before: string | null;
  readonly branch: string;
  readonly defaultBranch: string;
  readonly repoUrl: string;
}
