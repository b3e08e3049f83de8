import type { Context } from "probot";
import { rerunOn } from "./rerun.js";
import type { Deps } from "./run.js";

/** `check_suite.rerequested` ("Re-run all checks"): runs again on the same pull request, or the same push. */
export async function checkSuite(
  context: Context<"check_suite.rerequested">,
  deps: Deps,
): Promise<void> {
  const { check_suite: suite, repository } = context.payload;
  const pullNumbers = suite.pull_requests
    .filter((p) => p.base.repo.id === repository.id)
    .map((p) => p.number);
  await rerunOn(context, deps, {
    headSha: suite.head_sha,
    externalId: "",
    pullNumbers,
    branch: suite.head_branch ?? null,
    before: suite.before ?? null,
  });
}
