import picomatch from "picomatch";
import type { Context } from "probot";
import { clientsFor, compareFiles, type Octokit, type Repo } from "./github.js";
import { loadConfig } from "./load-config.js";
import { isMergeGroup } from "./merge-group.js";
import { checkPull, checkPush, type Deps, parsePullExternalId, pullTarget } from "./run.js";

/** What a re-run request (`check_run` or `check_suite` rerequested) tells about its commit. */
export interface RerunRequest {
  readonly headSha: string;
  /** The `external_id` the app gave the check run: `pr:<number> at=… base=…` or `push:<before>`. */
  readonly externalId: string;
  /** Pull requests of this repository the event lists (none for pull requests from forks). */
  readonly pullNumbers: readonly number[];
  readonly branch: string | null;
  readonly before: string | null;
}

/**
 * The open pull requests whose head is `sha`. GitHub leaves `pull_requests` empty in check
 * events for pull requests from forks; the commit still leads to them.
 */
export async function findPullsBySha(octokit: Octokit, repo: Repo, sha: string): Promise<number[]> {
  const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
    ...repo,
    commit_sha: sha,
    per_page: 100,
  });
  const found = data.filter((p) => p.state === "open" && p.head.sha === sha).map((p) => p.number);
  if (found.length > 0) return found;
  const open = await octokit.paginate(octokit.rest.pulls.list, {
    ...repo,
    state: "open",
    per_page: 100,
  });
  return open.filter((p) => p.head.sha === sha).map((p) => p.number);
}

/** Runs the check again: on the pull request(s) of the commit, or as the push it came from. */
export async function rerunOn(
  context: Context<"check_run.rerequested" | "check_suite.rerequested">,
  deps: Deps,
  request: RerunRequest,
): Promise<void> {
  const { repository } = context.payload;
  const repo: Repo = { owner: repository.owner.login, repo: repository.name };
  const octokit = clientsFor(context).octokit;
  // A merge group whose check failed has left the queue: queueing the pull request again re-runs it.
  if (isMergeGroup(request.externalId, request.branch)) return;
  const push = /^push:([0-9a-f]*)$/.exec(request.externalId);

  if (!push) {
    const fromId = parsePullExternalId(request.externalId);
    const numbers =
      request.pullNumbers.length > 0
        ? request.pullNumbers
        : fromId
          ? [fromId.number]
          : await findPullsBySha(octokit, repo, request.headSha);
    if (numbers.length > 0) {
      for (const number of numbers) {
        const { data: pull } = await octokit.rest.pulls.get({ ...repo, pull_number: number });
        if (pull.state !== "open") continue;
        // The head may have moved since: the current head is the one to report on.
        await checkPull(context, deps, pullTarget(repo, repository.html_url, pull));
      }
      return;
    }
  }

  if (request.branch === null) return;
  const loaded = await loadConfig(context, repo);
  if (!loaded.ok) return;
  const isDefault = request.branch === repository.default_branch;
  if (!isDefault && !picomatch([...loaded.config.pushBranches])(request.branch)) return;
  const before = push ? push[1] || null : request.before;
  const base = before && !/^0+$/.test(before) ? before : repository.default_branch;
  const changed = await compareFiles(octokit, repo, base, request.headSha);
  await checkPush(
    context,
    {
      ...repo,
      sha: request.headSha,
      before,
      branch: request.branch,
      defaultBranch: repository.default_branch,
      repoUrl: repository.html_url,
    },
    loaded.config,
    changed,
  );
}
