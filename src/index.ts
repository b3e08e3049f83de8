import type { Probot } from "probot";
import { checkRun } from "./app/check-run.js";
import { checkSuite } from "./app/check-suite.js";
import { botLoginResolver } from "./app/github.js";
import { issueComment } from "./app/issue-comment.js";
import { pullRequest } from "./app/pull-request.js";
import { push } from "./app/push.js";
import type { Deps } from "./app/run.js";
import { appState } from "./app/state.js";

/** The Probot app: wires each event to its handler. */
export default function speckitGate(app: Probot): void {
  const deps: Deps = { botLogin: botLoginResolver(() => app.auth()), state: appState() };
  app.on(
    [
      "pull_request.opened",
      "pull_request.synchronize",
      "pull_request.reopened",
      "pull_request.ready_for_review",
      "pull_request.edited",
    ],
    (context) => pullRequest(context, deps),
  );
  app.on("push", (context) => push(context, deps));
  app.on("issue_comment.created", (context) => issueComment(context, deps));
  app.on("check_run.rerequested", (context) => checkRun(context, deps));
  app.on("check_suite.rerequested", (context) => checkSuite(context, deps));
}
