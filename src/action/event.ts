import { changedBetween, GitError, type Git } from "../cli/git.js";

/** Which plans a workflow run checks: every plan, or those the event changes. */
export type Scope =
  | {
      readonly kind: "all";
      /** Why every plan, for the log and the job summary. */
      readonly reason: string;
      /** Set when the changed plans were asked for but could not be found: a warning to show. */
      readonly warning?: string;
    }
  | {
      readonly kind: "changed";
      /** Files the event adds or modifies, relative to the root. */
      readonly files: readonly string[];
      /** The commit compared with, and the commit under review (for links). */
      readonly base: string;
      readonly head: string;
      /** e.g. `pull request #12`. */
      readonly what: string;
    };

interface Event {
  readonly pull_request?: {
    readonly number?: number;
    readonly base?: { readonly sha?: string };
    readonly head?: { readonly sha?: string };
  };
  readonly merge_group?: { readonly base_sha?: string; readonly head_sha?: string };
}

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

function has(git: Git, root: string, sha: string): boolean {
  try {
    git(["cat-file", "-e", `${sha}^{commit}`], root);
    return true;
  } catch {
    return false;
  }
}

/** The parents written in a commit (also in a shallow clone, where git does not follow them). */
function parents(git: Git, root: string, commit: string): string[] {
  const raw = git(["cat-file", "commit", commit], root);
  const header = raw.slice(0, raw.indexOf("\n\n"));
  return header
    .split("\n")
    .filter((l) => l.startsWith("parent "))
    .map((l) => l.slice("parent ".length).trim());
}

/** Makes sure a commit is in the clone, fetching it alone from `origin` when the checkout is shallow. */
function ensure(git: Git, root: string, sha: string): void {
  if (has(git, root, sha)) return;
  git(["fetch", "--no-tags", "--no-recurse-submodules", "--depth=1", "origin", sha], root);
  if (!has(git, root, sha)) throw new GitError(["fetch"], `commit ${sha} is still missing`);
}

/**
 * The plans a `pull_request` or `merge_group` event changes: the files that differ between
 * the base and the checked-out commit (`HEAD`). actions/checkout checks out the pull request's
 * test merge commit, whose first parent is the base it merges into: that parent is the base,
 * so the diff is exactly the pull request's. Otherwise the base is the merge base with the
 * event's base commit when the history allows, else the event's base commit. A shallow
 * checkout lacks the base: it is fetched alone (`--depth=1`). When that fails, every plan is
 * checked and `warning` says why. Other events, and `all`, check every plan.
 */
export function eventScope(
  eventName: string | undefined,
  event: unknown,
  git: Git,
  root: string,
  all: boolean,
): Scope {
  if (all) return { kind: "all", reason: "as `all: true` asks" };
  if (eventName !== "pull_request" && eventName !== "merge_group") {
    return { kind: "all", reason: `on a \`${eventName ?? "manual"}\` event` };
  }
  const payload = (event ?? {}) as Event;
  const base =
    eventName === "pull_request" ? payload.pull_request?.base?.sha : payload.merge_group?.base_sha;
  const head =
    eventName === "pull_request" ? payload.pull_request?.head?.sha : payload.merge_group?.head_sha;
  const what =
    eventName === "pull_request"
      ? `pull request${payload.pull_request?.number === undefined ? "" : ` #${payload.pull_request.number}`}`
      : "merge group";
  const fallback = (why: string): Scope => ({
    kind: "all",
    reason: `as the plans the ${what} changes could not be found`,
    warning: `${why} Every plan was checked instead.`,
  });
  if (!base || !head || !SHA.test(base) || !SHA.test(head)) {
    return fallback(
      `The \`${eventName}\` event names no base and head commits (GITHUB_EVENT_PATH).`,
    );
  }
  try {
    const checkedOut = git(["rev-parse", "HEAD"], root).trim();
    const [first, second] = parents(git, root, checkedOut);
    let from = base;
    if (first && second === head) {
      from = first;
      ensure(git, root, from);
    } else {
      ensure(git, root, base);
      try {
        from = git(["merge-base", base, checkedOut], root).trim() || base;
      } catch {
        from = base; // shallow history: the two-point diff against the base
      }
    }
    return {
      kind: "changed",
      files: changedBetween(git, root, from, checkedOut),
      base: from,
      head: checkedOut === head || second === head ? head : checkedOut,
      what,
    };
  } catch (error) {
    const message = error instanceof GitError ? error.message : String(error);
    return fallback(
      `git could not compare the ${what}'s base commit ${base.slice(0, 7)} with the checkout (${message}); check out with \`fetch-depth: 0\`, or let the job fetch from \`origin\`.`,
    );
  }
}
