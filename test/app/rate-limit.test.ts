import { describe, expect, it } from "@jest/globals";
import type nock from "nock";
import { createMetrics } from "../../src/app/metrics.js";
import { createTelemetry, type Telemetry } from "../../src/app/observe.js";
import { rateLimitOf } from "../../src/app/rate-limit.js";
import { github, mockToken, requestsTo, useGitHubMock } from "../helpers/github.js";
import { pullRequestEvent } from "../helpers/payloads.js";
import { createProbot, deliver, manualLater, memoryLog } from "../helpers/probot.js";
import {
  fixture,
  mockCheckOrder,
  mockConfig,
  mockCreateCheck,
  mockCreateComment,
  mockGraphql,
  mockRelist,
  mockRunStart,
  PLAN,
  REPO_PATH,
  repoFiles,
} from "../helpers/scenario.js";

useGitHubMock();

const SECONDARY = {
  message:
    "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 1234:5678.",
  documentation_url:
    "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits",
};

const PRIMARY = {
  message: "API rate limit exceeded for installation ID 2.",
  documentation_url:
    "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-primary-rate-limits",
};

/** The headers of a used-up quota that resets `seconds` from now. */
function quotaGone(seconds: number): Record<string, string> {
  return {
    "x-ratelimit-limit": "5000",
    "x-ratelimit-remaining": "0",
    "x-ratelimit-used": "5000",
    "x-ratelimit-resource": "core",
    "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + seconds),
  };
}

async function setup(options: { readonly secondaryRetries?: number } = {}) {
  const telemetry: Telemetry = createTelemetry(createMetrics({ processMetrics: false }));
  const later = manualLater();
  const { log, lines } = memoryLog();
  const probot = await createProbot({
    throttle: true,
    telemetry,
    later,
    log,
    policy: { maxResetWaitSeconds: 120, secondaryRetries: options.secondaryRetries ?? 3 },
  });
  return { probot, telemetry, later, lines };
}

/** A whole pull request run after its first requests: plan read, check, comment. */
function mockRest(scope: nock.Scope, plan = "plan-raw.md"): void {
  mockGraphql(scope, repoFiles({ [PLAN]: fixture(plan) }));
  mockCreateCheck(scope);
  mockCreateComment(scope);
  mockRelist(scope);
}

async function waits(telemetry: Telemetry): Promise<Record<string, number>> {
  const { values } = await telemetry.metrics.rateLimitWaits.get();
  return Object.fromEntries(values.map((v) => [String(v.labels.kind), v.value]));
}

interface Check {
  readonly conclusion: string;
  readonly output: { readonly title: string; readonly summary: string };
}

const checks = (): Check[] =>
  requestsTo("POST", `${REPO_PATH}/check-runs`).map((r) => r.body as Check);

describe("GitHub's secondary rate limit", () => {
  it("waits retry-after and retries the check run, which then shows the plan's real result", async () => {
    const { probot, telemetry, lines } = await setup();
    const scope = github();
    mockRunStart(scope, [{ filename: PLAN }]);
    mockGraphql(scope, repoFiles({ [PLAN]: fixture("plan-raw.md") }));
    scope.post(`${REPO_PATH}/check-runs`).reply(403, SECONDARY, { "retry-after": "1" });
    mockCreateCheck(scope);
    mockCreateComment(scope);
    mockRelist(scope);

    await deliver(probot, "pull_request", pullRequestEvent());

    const sent = checks();
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual(sent[0]);
    expect(sent[1]).toMatchObject({
      conclusion: "failure",
      output: { title: "25 errors in 1 plan" },
    });
    expect(await waits(telemetry)).toEqual({ secondary: 1 });
    const warning = lines().find((l) => String(l.msg).startsWith("secondary rate limit"));
    expect(warning).toMatchObject({
      level: 40,
      request: "POST /repos/Codertocat/Hello-World/check-runs",
      retry_after_s: 1,
      retry: 1,
      delivery: expect.stringMatching(/^delivery-/),
    });
    expect(lines().find((l) => l.outcome)).toMatchObject({
      outcome: "checked",
      conclusion: "failure",
    });
  });

  it("waits a minute when GitHub gives no retry-after", async () => {
    const { probot, lines } = await setup();
    const scope = github();
    mockRunStart(scope, [{ filename: PLAN }]);
    scope.post("/graphql").reply(403, SECONDARY);
    mockRest(scope, "plan-filled.md");

    await deliver(probot, "pull_request", pullRequestEvent());

    // The reader's GraphQL query is retried like any request.
    expect(requestsTo("POST", "/graphql")).toHaveLength(2);
    expect(lines().find((l) => String(l.msg).startsWith("secondary rate limit"))).toMatchObject({
      request: "POST /graphql",
      retry_after_s: 60,
    });
    expect(checks()[0]).toMatchObject({ conclusion: "success" });
  });

  it("gives up after the bounded retries: the check says so and when the run is repeated", async () => {
    const { probot, later, lines } = await setup({ secondaryRetries: 1 });
    const scope = github();
    mockRunStart(scope, [{ filename: PLAN }]);
    mockGraphql(scope, repoFiles({ [PLAN]: fixture("plan-raw.md") }));
    scope.post(`${REPO_PATH}/check-runs`).times(2).reply(403, SECONDARY, { "retry-after": "30" });
    // The failed run's report: the newest run still owns the check, which is then written.
    mockCheckOrder(scope);
    mockCreateCheck(scope);
    const before = Date.now();

    await deliver(probot, "pull_request", pullRequestEvent());

    const sent = checks();
    expect(sent).toHaveLength(3);
    expect(sent[2]!.conclusion).toBe("failure");
    expect(sent[2]!.output.title).toMatch(
      /^Rate-limited by GitHub: runs again at \d{4}-\d\d-\d\d \d\d:\d\d UTC$/,
    );
    expect(sent[2]!.output.summary).toContain(
      "GitHub kept refusing `POST /repos/Codertocat/Hello-World/check-runs` with its secondary rate limit",
    );
    expect(later.jobs).toHaveLength(1);
    expect(later.jobs[0]!.at).toBeGreaterThanOrEqual(before + 30_000);
    expect(later.jobs[0]!.at).toBeLessThanOrEqual(Date.now() + 36_000);
    expect(lines().find((l) => l.outcome)).toMatchObject({
      level: 40,
      outcome: "rate_limited",
      rate_limit: "secondary",
      rerun_scheduled: true,
    });
  });
});

describe("GitHub's primary rate limit (the installation's hourly quota)", () => {
  it("waits for a reset that is near, then the run goes on to the real result", async () => {
    const { probot, telemetry, lines } = await setup();
    const scope = github();
    scope
      .get(`${REPO_PATH}/pulls/2/files`)
      .query({ per_page: "100" })
      .reply(403, PRIMARY, quotaGone(2));
    mockRunStart(scope, [{ filename: PLAN }]);
    mockRest(scope, "plan-filled.md");

    await deliver(probot, "pull_request", pullRequestEvent());

    expect(requestsTo("GET", `${REPO_PATH}/pulls/2/files`)).toHaveLength(2);
    expect(checks()).toEqual([expect.objectContaining({ conclusion: "success" })]);
    expect(await waits(telemetry)).toEqual({ primary: 1 });
    expect(lines().find((l) => String(l.msg).startsWith("rate limit"))).toMatchObject({
      level: 40,
      request: "GET /repos/Codertocat/Hello-World/pulls/2/files",
      reset_in_s: expect.any(Number),
    });
  });

  it("ends the run rate-limited when the reset is far, and runs it again after the reset", async () => {
    const { probot, telemetry, later, lines } = await setup();
    const scope = github();
    const resetsIn = 3000;
    const reset = (Math.floor(Date.now() / 1000) + resetsIn) * 1000;
    scope
      .get(`${REPO_PATH}/pulls/2/files`)
      .query({ per_page: "100" })
      .reply(403, PRIMARY, quotaGone(resetsIn));
    mockToken(scope);
    mockConfig(scope);
    // The failed run's report: the newest run still owns the check, which is then written.
    mockCheckOrder(scope);
    mockCreateCheck(scope);
    const event = pullRequestEvent();

    await deliver(probot, "pull_request", event);

    expect(checks()).toHaveLength(1);
    const limited = checks()[0]!;
    expect(limited.conclusion).toBe("failure");
    const clock = new Date(reset + 6000).toISOString().slice(0, 16).replace("T", " ");
    expect(limited.output.title).toBe(`Rate-limited by GitHub: runs again at ${clock} UTC`);
    expect(limited.output.summary).toContain(
      "this installation has used up its hourly quota of GitHub API requests",
    );
    expect(limited.output.summary).toContain("speckit-gate runs this check again by itself");
    expect(later.jobs.map((j) => j.at)).toEqual([reset + 6000]);
    expect(await waits(telemetry)).toEqual({});
    expect(lines().find((l) => l.outcome)).toMatchObject({
      outcome: "rate_limited",
      rate_limit: "primary",
      limited_request: "GET /repos/Codertocat/Hello-World/pulls/2/files",
      rerun_at: new Date(reset + 6000).toISOString(),
    });

    // After the reset: the same delivery again, and this time the plan's result.
    mockRunStart(scope, [{ filename: PLAN }], null, { token: false });
    mockRest(scope);
    await later.jobs[0]!.run();

    expect(checks()).toHaveLength(2);
    expect(checks()[1]).toMatchObject({
      conclusion: "failure",
      output: { title: "25 errors in 1 plan" },
    });
    const runs = lines().filter((l) => l.outcome);
    expect(runs.at(-1)).toMatchObject({
      outcome: "checked",
      rerun: 1,
      delivery: runs[0]!.delivery,
    });
  });

  it("treats GraphQL's own rate limit answer the same way", async () => {
    const { probot, later } = await setup();
    const scope = github();
    mockRunStart(scope, [{ filename: PLAN }]);
    scope
      .post("/graphql")
      .reply(
        200,
        { data: null, errors: [{ type: "RATE_LIMITED", message: "API rate limit exceeded" }] },
        { ...quotaGone(3000), "x-ratelimit-resource": "graphql" },
      );
    mockCreateCheck(scope);

    await deliver(probot, "pull_request", pullRequestEvent());

    expect(checks()[0]!.output.title).toMatch(/^Rate-limited by GitHub: runs again at /);
    expect(later.jobs).toHaveLength(1);
  });
});

describe("rateLimitOf", () => {
  const now = Date.UTC(2025, 5, 1, 10, 0, 0);
  const error = (status: number, headers: Record<string, string>, message = "Forbidden") =>
    Object.assign(new Error(message), {
      status,
      request: { method: "GET", url: "https://api.github.com/repos/o/r/pulls/1/files" },
      response: { headers, data: {} },
    });

  it("tells a used-up quota from a secondary limit, and neither from other refusals", () => {
    expect(
      rateLimitOf(
        error(403, { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "1748772000" }),
        now,
      ),
    ).toEqual({
      kind: "primary",
      retryAt: 1748772001000,
      request: "GET /repos/o/r/pulls/1/files",
    });
    expect(rateLimitOf(error(429, { "retry-after": "7" }, "Too many requests"), now)).toMatchObject(
      {
        kind: "secondary",
        retryAt: now + 7000,
      },
    );
    expect(rateLimitOf(error(403, {}, SECONDARY.message), now)).toMatchObject({
      kind: "secondary",
      retryAt: now + 60_000,
    });
    expect(
      rateLimitOf(
        error(403, { "x-ratelimit-remaining": "12" }, "Resource not accessible by integration"),
        now,
      ),
    ).toBeNull();
    expect(rateLimitOf(error(500, { "retry-after": "1" }), now)).toBeNull();
    expect(rateLimitOf(new Error("boom"), now)).toBeNull();
  });
});
