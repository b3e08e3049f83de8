import { describe, expect, it } from "@jest/globals";
import {
  bodyOf,
  github,
  mockToken,
  requests,
  requestsTo,
  useGitHubMock,
} from "../helpers/github.js";
import { BASE, checkRunEvent, checkSuiteEvent, HEAD, pullResource } from "../helpers/payloads.js";
import { createProbot, deliver } from "../helpers/probot.js";
import {
  fixture,
  mockCheckOrder,
  mockConfig,
  mockCreateCheck,
  mockCreateComment,
  mockGraphql,
  mockPullFiles,
  mockRelist,
  PLAN,
  REPO_PATH,
  repoFiles,
} from "../helpers/scenario.js";

useGitHubMock();

/** The run after the pull request is known: config, files, plans, check, comment. */
function mockPullRun(scope: ReturnType<typeof github>): void {
  mockConfig(scope);
  mockPullFiles(scope, [{ filename: PLAN }]);
  mockGraphql(scope, repoFiles({ [PLAN]: fixture("plan-raw.md") }));
  mockCheckOrder(scope);
  mockCreateCheck(scope);
  mockCreateComment(scope);
  mockRelist(scope);
}

const ORDERED_ID = `pr:2 at=2025-06-01T10:00:00Z base=${BASE}`;

describe("check_run.rerequested (the Re-run button)", () => {
  it("re-runs on the pull request the event lists", async () => {
    const probot = await createProbot();
    const scope = github();
    mockToken(scope);
    scope.get(`${REPO_PATH}/pulls/2`).reply(200, pullResource({}));
    mockPullRun(scope);

    await deliver(probot, "check_run", checkRunEvent({ pullNumbers: [2], externalId: "pr:2" }));

    expect(bodyOf("POST", `${REPO_PATH}/check-runs`)).toMatchObject({
      name: "speckit-gate",
      head_sha: HEAD,
      conclusion: "failure",
      external_id: ORDERED_ID,
    });
  });

  it("finds a fork's pull request, which the event does not list, through the run's external id", async () => {
    const probot = await createProbot();
    const scope = github();
    mockToken(scope);
    scope.get(`${REPO_PATH}/pulls/2`).reply(200, pullResource({ fork: true }));
    mockPullRun(scope);

    // The id as this version writes it (`pr:<n> at=… base=…`); older runs wrote `pr:<n>`.
    await deliver(probot, "check_run", checkRunEvent({ pullNumbers: [], externalId: ORDERED_ID }));

    expect(bodyOf("POST", `${REPO_PATH}/check-runs`)).toMatchObject({
      head_sha: HEAD,
      conclusion: "failure",
    });
  });

  it("finds the pull request by head SHA when the event lists none and the run has no id", async () => {
    const probot = await createProbot();
    const scope = github();
    mockToken(scope);
    scope
      .get(`${REPO_PATH}/commits/${HEAD}/pulls`)
      .query({ per_page: "100" })
      .reply(200, [pullResource({ fork: true })]);
    scope.get(`${REPO_PATH}/pulls/2`).reply(200, pullResource({ fork: true }));
    mockPullRun(scope);

    await deliver(probot, "check_run", checkRunEvent({ pullNumbers: [] }));

    expect(bodyOf("POST", `${REPO_PATH}/check-runs`)).toMatchObject({
      head_sha: HEAD,
      external_id: ORDERED_ID,
    });
  });

  it("falls back to the open pull requests when GitHub associates none with the commit", async () => {
    const probot = await createProbot();
    const scope = github();
    mockToken(scope);
    scope.get(`${REPO_PATH}/commits/${HEAD}/pulls`).query({ per_page: "100" }).reply(200, []);
    scope
      .get(`${REPO_PATH}/pulls`)
      .query({ state: "open", per_page: "100" })
      .reply(200, [
        pullResource({ number: 5, head: "f".repeat(40) }),
        pullResource({ fork: true }),
      ]);
    scope.get(`${REPO_PATH}/pulls/2`).reply(200, pullResource({ fork: true }));
    mockPullRun(scope);

    await deliver(probot, "check_run", checkRunEvent({ pullNumbers: [] }));

    expect(requestsTo("POST", `${REPO_PATH}/check-runs`)).toHaveLength(1);
  });

  it("reports on the current head when the pull request moved on since", async () => {
    const probot = await createProbot();
    const scope = github();
    const moved = "9".repeat(40);
    mockToken(scope);
    scope.get(`${REPO_PATH}/pulls/2`).reply(200, pullResource({ head: moved }));
    mockConfig(scope);
    mockPullFiles(scope, [{ filename: "README.md" }]);
    mockCheckOrder(scope, [], { head: moved });
    mockCreateCheck(scope);

    await deliver(probot, "check_run", checkRunEvent({ pullNumbers: [2], externalId: "pr:2" }));

    expect(bodyOf("POST", `${REPO_PATH}/check-runs`)).toMatchObject({
      head_sha: moved,
      output: { title: "No plan changes" },
    });
  });

  it("re-runs a push check as a push, from the commit before it", async () => {
    const probot = await createProbot();
    const scope = github();
    mockToken(scope);
    mockConfig(scope);
    scope
      .get(`${REPO_PATH}/compare/${BASE}...${HEAD}`)
      .query({ per_page: "100" })
      .reply(200, {
        files: [
          {
            sha: "1".padStart(40, "0"),
            filename: PLAN,
            status: "modified",
            additions: 1,
            deletions: 0,
            changes: 1,
          },
        ],
      });
    mockGraphql(scope, {
      [`${HEAD}:${PLAN}`]: fixture("plan-filled.md"),
      [`${HEAD}:.specify/memory/constitution.md`]: fixture("constitution.md"),
      [`${HEAD}:specs/001-subtitle-worker/spec.md`]: "# Spec\n",
    });
    mockCreateCheck(scope);
    const event = checkRunEvent({ externalId: `push:${BASE}`, name: "speckit-gate (push)" });
    event.check_run.check_suite.head_branch = "master";

    await deliver(probot, "check_run", event);

    expect(bodyOf("POST", `${REPO_PATH}/check-runs`)).toMatchObject({
      name: "speckit-gate (push)",
      head_sha: HEAD,
      conclusion: "success",
      external_id: `push:${BASE}`,
    });
  });
});

describe("check_suite.rerequested (Re-run all checks)", () => {
  it("re-runs on the pull request of the suite", async () => {
    const probot = await createProbot();
    const scope = github();
    mockToken(scope, 2);
    scope.get(`${REPO_PATH}/pulls/2`).reply(200, pullResource({}));
    mockPullRun(scope);

    await deliver(probot, "check_suite", checkSuiteEvent({ pullNumbers: [2] }));

    expect(bodyOf("POST", `${REPO_PATH}/check-runs`)).toMatchObject({
      head_sha: HEAD,
      conclusion: "failure",
    });
  });

  it("does nothing for a commit of no pull request on a branch that is not checked", async () => {
    const probot = await createProbot();
    const scope = github();
    mockToken(scope);
    scope.get(`${REPO_PATH}/commits/${HEAD}/pulls`).query({ per_page: "100" }).reply(200, []);
    scope.get(`${REPO_PATH}/pulls`).query({ state: "open", per_page: "100" }).reply(200, []);
    mockConfig(scope);

    await deliver(probot, "check_suite", checkSuiteEvent({}));

    expect(requests().filter((r) => r.method !== "GET")).toEqual([]);
  });
});
