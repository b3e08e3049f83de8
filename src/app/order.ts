import { latestCheckRuns, type Octokit, type Repo } from "./github.js";
import { compareOrder, type RunOrder } from "./state.js";
import { type Deps, parsePullExternalId, type PullTarget, repoKey } from "./targets.js";

/**
 * Whether a newer run on the same pull request and head already owns its check run, so this
 * one must not write: runs are ordered by the pull request's `updated_at` as each event saw
 * it (a retarget is newer than the push before it), as the sticky comment is. Within this
 * process the order is exact; across processes the check run GitHub shows (its `external_id`
 * carries the order of the run that wrote it) decides. Two runs seen in the same second on
 * different bases ask GitHub for the pull request's current base.
 */
export async function isSuperseded(
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
