import { describe, expect, it } from "@jest/globals";
import { filesFromCommits } from "../../src/app/push.js";
import {
  bodyOf,
  github,
  mockToken,
  requests,
  requestsTo,
  useGitHubMock,
} from "../helpers/github.js";
import { BASE, HEAD, pushEvent } from "../helpers/payloads.js";
import { createProbot, deliver } from "../helpers/probot.js";
import {
  CONSTITUTION,
  fixture,
  mockConfig,
  mockCreateCheck,
  mockGraphql,
  PLAN,
  REPO_PATH,
  TEMPLATE,
} from "../helpers/scenario.js";

useGitHubMock();

/** The repository at the pushed commit: a push reads everything there. */
const atHead = (plan: string) => ({
  [`${HEAD}:${PLAN}`]: plan,
  [`${HEAD}:${CONSTITUTION}`]: fixture("constitution.md"),
  [`${HEAD}:${TEMPLATE}`]: fixture("plan-template.md"),
  [`${HEAD}:specs/001-subtitle-worker/spec.md`]: "# Spec\n",
});

describe("push", () => {
  it("checks the plans a push to the default branch changes, under its own check name, without a comment", async () => {
    const probot = await createProbot();
    const scope = github();
    mockToken(scope);
    mockConfig(scope);
    mockGraphql(scope, atHead(fixture("plan-raw.md")));
    mockCreateCheck(scope);

    await deliver(probot, "push", pushEvent({ modified: [PLAN, "README.md"] }));

    expect(bodyOf("POST", `${REPO_PATH}/check-runs`)).toMatchObject({
      name: "speckit-gate (push)",
      head_sha: HEAD,
      status: "completed",
      conclusion: "failure",
      external_id: `push:${BASE}`,
      output: {
        title: "25 errors in 1 plan",
        summary: expect.stringContaining("Re-run: press **Re-run** on this check."),
      },
    });
    // The changed files came from the payload: no compare request.
    expect(requests().map((r) => `${r.method} ${r.path.split("?")[0]}`)).toEqual([
      "GET /repos/Codertocat/Hello-World/contents/.github%2Fspeckit.yml",
      "GET /repos/Codertocat/.github/contents/.github%2Fspeckit.yml",
      "POST /graphql",
      "POST /repos/Codertocat/Hello-World/check-runs",
    ]);
  });

  it("reports nothing when a push changes no plan", async () => {
    const probot = await createProbot();
    const scope = github();
    mockToken(scope);
    mockConfig(scope);

    await deliver(probot, "push", pushEvent({ modified: ["README.md"], removed: [PLAN] }));

    expect(requests().filter((r) => r.method !== "GET")).toEqual([]);
  });

  it("ignores branches the configuration does not name, and checks the ones it does", async () => {
    const probot = await createProbot();
    const scope = github();
    mockToken(scope);
    mockConfig(scope, "push-branches: ['release/*']\n");
    await deliver(probot, "push", pushEvent({ branch: "feature/x", modified: [PLAN] }));
    expect(requestsTo("POST", /graphql|check-runs/)).toEqual([]);

    mockConfig(scope, "push-branches: ['release/*']\n");
    mockGraphql(scope, atHead(fixture("plan-filled.md")));
    mockCreateCheck(scope);
    await deliver(probot, "push", pushEvent({ branch: "release/1.2", modified: [PLAN] }));
    expect(bodyOf("POST", `${REPO_PATH}/check-runs`)).toMatchObject({
      name: "speckit-gate (push)",
      conclusion: "success",
    });
  });

  it("asks the compare API when the payload may not list every commit", async () => {
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
            status: "added",
            additions: 1,
            deletions: 0,
            changes: 1,
          },
        ],
      });
    mockGraphql(scope, atHead(fixture("plan-filled.md")));
    mockCreateCheck(scope);
    const event = pushEvent({ modified: ["README.md"] });
    event.forced = true;

    await deliver(probot, "push", event);

    expect(bodyOf("POST", `${REPO_PATH}/check-runs`)).toMatchObject({ conclusion: "success" });
  });

  it("fails the pushed commit of the default branch when its speckit.yml is invalid", async () => {
    const probot = await createProbot();
    const scope = github();
    mockToken(scope);
    scope
      .get(/\/repos\/Codertocat\/Hello-World\/contents\/\.github(%2F|\/)speckit\.yml/)
      .times(2)
      .reply(200, "comment: loudly\n", {
        "content-type": "application/vnd.github.raw; charset=utf-8",
      });
    mockCreateCheck(scope);

    await deliver(probot, "push", pushEvent({ modified: [".github/speckit.yml"] }));

    expect(bodyOf("POST", `${REPO_PATH}/check-runs`)).toMatchObject({
      name: "speckit-gate (push)",
      conclusion: "failure",
      output: {
        title: "Invalid configuration: 1 error",
        annotations: [expect.objectContaining({ path: ".github/speckit.yml", start_line: 1 })],
      },
    });
  });

  it("ignores tags and deleted branches without a request", async () => {
    const probot = await createProbot();
    const tag = pushEvent({ modified: [PLAN] });
    tag.ref = "refs/tags/v1.0.0";
    await deliver(probot, "push", tag);
    const deleted = pushEvent({ modified: [PLAN] });
    deleted.deleted = true;
    await deliver(probot, "push", deleted);
    expect(requests({ withToken: true })).toEqual([]);
  });

  it("nets out the commits of a push: the last change to a path wins", () => {
    expect(
      filesFromCommits([
        { added: ["a.md"], modified: [], removed: [] },
        { added: [], modified: ["a.md", "b.md"], removed: [] },
        { added: [], modified: [], removed: ["b.md"] },
      ]),
    ).toEqual([
      { path: "a.md", status: "modified" },
      { path: "b.md", status: "removed" },
    ]);
  });
});
