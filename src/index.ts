import type { ApplicationFunction, Probot } from "probot";
import { checkRun } from "./app/check-run.js";
import { checkSuite } from "./app/check-suite.js";
import { botLoginResolver } from "./app/github.js";
import { issueComment } from "./app/issue-comment.js";
import { inMemoryLater, type Later } from "./app/later.js";
import { mergeGroup } from "./app/merge-group.js";
import { createTelemetry, observer, type Telemetry } from "./app/observe.js";
import { pullRequest } from "./app/pull-request.js";
import { push } from "./app/push.js";
import type { Deps } from "./app/run.js";
import { appState } from "./app/state.js";

/** What the server shares with the app; each has a default for `probot run` and tests. */
export interface AppOptions {
  /** Metrics and the runs in flight; share it with the Octokit class (`appOctokit`) to count requests. */
  readonly telemetry?: Telemetry;
  /** Where rate-limited deliveries wait to be received again: in memory by default, or the queue (`queuedLater`). */
  readonly later?: Later;
}

/** The Probot app: wires each event to its handler, every run observed. */
export function createApp(options: AppOptions = {}): ApplicationFunction {
  return (app: Probot) => {
    const deps: Deps = { botLogin: botLoginResolver(() => app.auth()), state: appState() };
    const observed = observer({
      telemetry: options.telemetry ?? createTelemetry(),
      later:
        options.later ??
        inMemoryLater({
          receive: (delivery) => app.receive(delivery as Parameters<Probot["receive"]>[0]),
          onError: (error) => app.log.error({ err: error }, "a repeated run failed"),
        }),
    });
    app.on(
      [
        "pull_request.opened",
        "pull_request.synchronize",
        "pull_request.reopened",
        "pull_request.ready_for_review",
        "pull_request.edited",
      ],
      observed((context) => pullRequest(context, deps)),
    );
    app.on(
      "push",
      observed((context) => push(context, deps)),
    );
    app.on(
      "issue_comment.created",
      observed((context) => issueComment(context, deps)),
    );
    app.on(
      "check_run.rerequested",
      observed((context) => checkRun(context, deps)),
    );
    app.on(
      "check_suite.rerequested",
      observed((context) => checkSuite(context, deps)),
    );
    app.on(
      "merge_group.checks_requested",
      observed((context) => mergeGroup(context, deps)),
    );
  };
}

/** The app with its defaults, as `probot run ./dist/index.js` loads it. */
export default createApp();
