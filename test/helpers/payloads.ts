import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/**
 * Real webhook payloads from `@octokit/webhooks-examples`, patched to a scenario. All examples
 * live in the Codertocat/Hello-World repository; scenarios keep it.
 */

/** Parsed webhook JSON: scenarios navigate and patch it freely, as GitHub's payloads are plain JSON. */
export type Payload = Record<string, ReturnType<typeof JSON.parse>>;

interface Definition {
  readonly name: string;
  readonly examples: readonly Record<string, unknown>[];
}

let definitions: Definition[] | null = null;

function all(): Definition[] {
  if (!definitions) {
    const require = createRequire(import.meta.url);
    const file = require.resolve("@octokit/webhooks-examples/api.github.com/index.json");
    definitions = JSON.parse(readFileSync(file, "utf8")) as Definition[];
  }
  return definitions;
}

/** A deep copy of the first example of an event (and action) that has an installation. */
export function example<T = Payload>(name: string, action?: string): T {
  const def = all().find((d) => d.name === name);
  const found =
    def?.examples.find((e) => e.action === action && e.installation) ??
    def?.examples.find((e) => e.action === action);
  if (!found) throw new Error(`no example for ${name}${action ? `.${action}` : ""}`);
  return structuredClone(found) as T;
}

export const OWNER = "Codertocat";
export const REPO = "Hello-World";
export const INSTALLATION = 2;
export const HEAD = "a".repeat(40);
export const BASE = "b".repeat(40);
export const UPDATED_AT = "2025-06-01T10:00:00Z";

export interface PullScenario {
  readonly action?: string;
  readonly number?: number;
  readonly head?: string;
  readonly base?: string;
  readonly updatedAt?: string;
  readonly comments?: number;
  readonly changedFiles?: number;
  /** The head branch lives in a fork. */
  readonly fork?: boolean;
  readonly author?: string;
}

/** `pull_request.<action>` for a pull request of Codertocat/Hello-World. */
export function pullRequestEvent(s: PullScenario = {}): Payload {
  const payload = example("pull_request", "synchronize");
  payload.action = s.action ?? "opened";
  payload.installation = { id: INSTALLATION, node_id: "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMg==" };
  patchPull(payload.pull_request, s);
  payload.number = payload.pull_request.number;
  if (payload.action !== "synchronize") {
    delete payload.before;
    delete payload.after;
  } else {
    payload.after = payload.pull_request.head.sha;
  }
  if (payload.action === "edited" && !payload.changes) payload.changes = {};
  return payload;
}

/** Makes a pull request object (webhook or REST shape) match a scenario. */
export function patchPull(pr: Payload, s: PullScenario): Payload {
  pr.number = s.number ?? 2;
  pr.state = "open";
  pr.head.sha = s.head ?? HEAD;
  pr.base.sha = s.base ?? BASE;
  pr.base.ref = "master";
  pr.updated_at = s.updatedAt ?? UPDATED_AT;
  pr.comments = s.comments ?? 0;
  pr.changed_files = s.changedFiles ?? 1;
  if (s.author) pr.user.login = s.author;
  if (s.fork) {
    pr.head.repo = structuredClone(pr.head.repo);
    pr.head.repo.full_name = "contributor/Hello-World";
    pr.head.repo.owner.login = "contributor";
    pr.head.repo.fork = true;
    pr.head.repo.id = 999;
    pr.head.label = "contributor:changes";
    pr.head.user.login = "contributor";
  }
  return pr;
}

/** The REST shape of the same pull request (`pulls.get`). */
export function pullResource(s: PullScenario = {}): Payload {
  return pullRequestEvent(s).pull_request as Payload;
}

/** `issue_comment.created` on pull request #2 (or a plain issue). */
export function commentEvent(s: {
  readonly body: string;
  readonly login?: string;
  readonly type?: "User" | "Bot";
  readonly onPull?: boolean;
  readonly author?: string;
}): Payload {
  const payload = example("issue_comment", "created");
  payload.installation = { id: INSTALLATION, node_id: "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMg==" };
  payload.issue.number = 2;
  payload.issue.user.login = s.author ?? "Codertocat";
  if (s.onPull === false) delete payload.issue.pull_request;
  else
    payload.issue.pull_request = {
      url: `https://api.github.com/repos/${OWNER}/${REPO}/pulls/2`,
      html_url: `https://github.com/${OWNER}/${REPO}/pull/2`,
      diff_url: `https://github.com/${OWNER}/${REPO}/pull/2.diff`,
      patch_url: `https://github.com/${OWNER}/${REPO}/pull/2.patch`,
      merged_at: null,
    };
  payload.comment.body = s.body;
  payload.comment.id = 4242;
  payload.comment.user.login = s.login ?? "Codertocat";
  payload.comment.user.type = s.type ?? "User";
  return payload;
}

/** `check_run.rerequested` for a run of this app on Codertocat/Hello-World. */
export function checkRunEvent(s: {
  readonly head?: string;
  readonly externalId?: string;
  readonly pullNumbers?: readonly number[];
  readonly name?: string;
}): Payload {
  const payload = example("check_run", "rerequested");
  const repo = example("pull_request", "synchronize").repository as Payload;
  payload.repository = repo;
  payload.organization = undefined;
  delete payload.organization;
  payload.installation = { id: INSTALLATION, node_id: "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMg==" };
  const run = payload.check_run;
  run.head_sha = s.head ?? HEAD;
  run.name = s.name ?? "speckit-gate";
  run.external_id = s.externalId ?? "";
  run.check_suite.head_sha = run.head_sha;
  run.check_suite.head_branch = "changes";
  run.pull_requests = (s.pullNumbers ?? []).map((number) => ({
    url: `https://api.github.com/repos/${OWNER}/${REPO}/pulls/${number}`,
    id: 1000 + number,
    number,
    head: {
      ref: "changes",
      sha: run.head_sha,
      repo: { id: repo.id, url: repo.url, name: repo.name },
    },
    base: { ref: "master", sha: BASE, repo: { id: repo.id, url: repo.url, name: repo.name } },
  }));
  return payload;
}

/** `check_suite.rerequested` on Codertocat/Hello-World. */
export function checkSuiteEvent(s: {
  readonly head?: string;
  readonly pullNumbers?: readonly number[];
}): Payload {
  const payload = example("check_suite", "rerequested");
  payload.installation = { id: INSTALLATION, node_id: "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMg==" };
  const suite = payload.check_suite;
  suite.head_sha = s.head ?? HEAD;
  const repo = payload.repository;
  suite.pull_requests = (s.pullNumbers ?? []).map((number) => ({
    url: `https://api.github.com/repos/${OWNER}/${REPO}/pulls/${number}`,
    id: 1000 + number,
    number,
    head: {
      ref: "changes",
      sha: suite.head_sha,
      repo: { id: repo.id, url: repo.url, name: repo.name },
    },
    base: { ref: "master", sha: BASE, repo: { id: repo.id, url: repo.url, name: repo.name } },
  }));
  return payload;
}

/** `push` to a branch of Codertocat/Hello-World with commits touching the given files. */
export function pushEvent(s: {
  readonly branch?: string;
  readonly before?: string;
  readonly after?: string;
  readonly added?: readonly string[];
  readonly modified?: readonly string[];
  readonly removed?: readonly string[];
}): Payload {
  const payload = example("push");
  payload.installation = { id: INSTALLATION, node_id: "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMg==" };
  payload.ref = `refs/heads/${s.branch ?? "master"}`;
  payload.before = s.before ?? BASE;
  payload.after = s.after ?? HEAD;
  payload.created = false;
  payload.deleted = false;
  payload.forced = false;
  const commit = {
    id: payload.after,
    tree_id: "c".repeat(40),
    distinct: true,
    message: "Update the plan",
    timestamp: "2025-06-01T10:00:00Z",
    url: `https://github.com/${OWNER}/${REPO}/commit/${payload.after}`,
    author: { name: "Codertocat", email: "octocat@github.com", username: "Codertocat" },
    committer: { name: "GitHub", email: "noreply@github.com", username: "web-flow" },
    added: [...(s.added ?? [])],
    removed: [...(s.removed ?? [])],
    modified: [...(s.modified ?? [])],
  };
  payload.commits = [commit];
  payload.head_commit = commit;
  return payload;
}

/**
 * `merge_group.checks_requested` for a group of the master branch of Codertocat/Hello-World
 * (the example's own repository replaced, as the other scenarios use that one).
 */
export function mergeGroupEvent(
  s: { readonly head?: string; readonly base?: string } = {},
): Payload {
  const payload = example("merge_group", "checks_requested");
  payload.repository = example("pull_request", "synchronize").repository as Payload;
  delete payload.organization;
  payload.installation = { id: INSTALLATION, node_id: "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMg==" };
  const group = payload.merge_group;
  group.head_sha = s.head ?? HEAD;
  group.base_sha = s.base ?? BASE;
  group.base_ref = "refs/heads/master";
  group.head_ref = `refs/heads/gh-readonly-queue/master/pr-2-${group.base_sha}`;
  group.head_commit.id = group.head_sha;
  return payload;
}
