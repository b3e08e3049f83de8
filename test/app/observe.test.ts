import { describe, expect, it } from "@jest/globals";
import { createMetrics } from "../../src/app/metrics.js";
import { createTelemetry } from "../../src/app/observe.js";
import { github, mockToken, useGitHubMock } from "../helpers/github.js";
import {
  BASE,
  commentEvent,
  HEAD,
  mergeGroupEvent,
  pullRequestEvent,
} from "../helpers/payloads.js";
import { createProbot, deliver, memoryLog } from "../helpers/probot.js";
import {
  fixture,
  mockCheckOrder,
  mockConfig,
  mockCreateCheck,
  mockGraphql,
  PLAN,
  REPO_PATH,
  repoFiles,
} from "../helpers/scenario.js";

useGitHubMock();

/** The log lines that end runs. */
const runLines = (lines: () => Record<string, unknown>[]) => lines().filter((l) => l.outcome);

describe("one log line per run", () => {
  it("logs a failed run as an error with the GitHub request that failed", async () => {
    const { log, lines } = memoryLog();
    const telemetry = createTelemetry(createMetrics({ processMetrics: false }));
    const probot = await createProbot({ log, telemetry });
    const scope = github();
    mockToken(scope);
    mockConfig(scope);
    scope
      .get(`${REPO_PATH}/pulls/2/files`)
      .query({ per_page: "100" })
      .reply(502, { message: "Server Error" });
    // The crash report on the check run.
    mockCheckOrder(scope);
    mockCreateCheck(scope);

    await expect(deliver(probot, "pull_request", pullRequestEvent())).rejects.toThrow();

    expect(runLines(lines)).toEqual([
      expect.objectContaining({
        level: 50,
        event: "pull_request",
        action: "opened",
        repository: "Codertocat/Hello-World",
        pull_request: 2,
        head_sha: HEAD,
        conclusion: "failure",
        outcome: "error",
        failed_request: `GET https://api.github.com${REPO_PATH}/pulls/2/files?per_page=100`,
        status: 502,
        err: expect.objectContaining({ message: expect.stringContaining("Server Error") }),
      }),
    ]);
    // The failing answer itself, as it came: retried unseen in production, so logged.
    expect(lines().find((l) => l.status === 502 && l.level === 40)).toMatchObject({
      request: `GET ${REPO_PATH}/pulls/2/files`,
      delivery: expect.stringMatching(/^delivery-/),
      msg: `GitHub answered 502 to GET ${REPO_PATH}/pulls/2/files: Octokit retries it (3 times at most)`,
    });
    const { values } = await telemetry.metrics.deliveries.get();
    expect(values).toEqual([
      expect.objectContaining({
        labels: { event: "pull_request.opened", outcome: "error" },
        value: 1,
      }),
    ]);
  });

  it("logs a merge group's run with its queue branch, head and result", async () => {
    const { log, lines } = memoryLog();
    const probot = await createProbot({ log });
    const scope = github();
    mockToken(scope);
    mockConfig(scope);
    scope
      .get(`${REPO_PATH}/compare/${BASE}...${HEAD}`)
      .query({ per_page: "100" })
      .reply(200, { files: [{ sha: "1".repeat(40), filename: PLAN, status: "modified" }] });
    mockGraphql(scope, repoFiles({ [PLAN]: fixture("plan-filled.md") }));
    mockCreateCheck(scope);

    await deliver(probot, "merge_group", mergeGroupEvent());

    expect(runLines(lines)).toEqual([
      expect.objectContaining({
        level: 30,
        event: "merge_group",
        action: "checks_requested",
        merge_group: `refs/heads/gh-readonly-queue/master/pr-2-${BASE}`,
        head_sha: HEAD,
        plans: 1,
        conclusion: "success",
        findings: { error: 0, warning: 0, notice: 0 },
        // Token, config (2: the repository's, the owner's .github), compare, GraphQL, check run.
        requests: 6,
        outcome: "checked",
      }),
    ]);
  });

  it("logs a delivery the app ignores, which costs no request", async () => {
    const { log, lines } = memoryLog();
    const probot = await createProbot({ log });

    await deliver(probot, "issue_comment", commentEvent({ body: "LGTM", type: "Bot" }));

    expect(runLines(lines)).toEqual([
      expect.objectContaining({
        event: "issue_comment",
        action: "created",
        pull_request: 2,
        plans: 0,
        conclusion: null,
        requests: 0,
        outcome: "ignored",
      }),
    ]);
  });
});
