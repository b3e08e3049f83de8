import type { Context } from "probot";
import { checkPull, type Deps, pullTarget } from "./run.js";

export type PullRequestEvent =
  | "pull_request.opened"
  | "pull_request.synchronize"
  | "pull_request.reopened"
  | "pull_request.ready_for_review"
  | "pull_request.edited";

/** `pull_request`: checks the head commit; an edit only when it moved the base branch. */
export async function pullRequest(context: Context<PullRequestEvent>, deps: Deps): Promise<void> {
  const { payload } = context;
  if (payload.action === "edited" && !payload.changes.base) return;
  if (payload.pull_request.state !== "open") return;
  const { repository } = payload;
  await checkPull(
    context,
    deps,
    pullTarget(
      { owner: repository.owner.login, repo: repository.name },
      repository.html_url,
      payload.pull_request,
    ),
  );
}
