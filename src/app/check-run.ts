import type { Context } from "probot";
import { rerunOn } from "./rerun.js";
import type { Deps } from "./run.js";

/** `check_run.rerequested` (the Re-run button): runs again on the same pull request, or the same push. */
export async function checkRun(
  context: Context<"check_run.rerequested">,
  deps: Deps,
): Promise<void> {
  const { check_run: run, repository } = context.payload;
  const pullNumbers = run.pull_requests
    .filter((p) => p.base.repo.id === repository.id)
    .map((p) => p.number);
  await rerunOn(context, deps, {
    headSha: run.head_sha,
    externalId: run.external_id ?? "",
    pullNumbers,
    branch: run.check_suite.head_branch ?? null,
    before: run.check_suite.before ?? null,
  });
}
