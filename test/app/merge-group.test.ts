import { describe, expect, it } from "@jest/globals";
import type nock from "nock";
import {
  bodyOf,
  github,
  mockToken,
  requests,
  requestsTo,
  useGitHubMock,
} from "../helpers/github.js";
import { BASE, checkRunEvent, HEAD, mergeGroupEvent } from "../helpers/payloads.js";
import { createProbot, deliver } from "../helpers/probot.js";
import {
  CONSTITUTION,
  fixture,
  mockConfig,
  mockCreateCheck,
  mockGraphql,
  PLAN,
  REPO_PATH,
  repoFiles,
  TEMPLATE,
} from "../helpers/scenario.js";

useGitHubMock();

/** The compare API's answer for the group: `base...head`, these files. */
function mockCompare(
  scope: nock.Scope,
  files: readonly { readonly filename: string; readonly status?: string }[],
): void {
  scope
    .get(`${REPO_PATH}/compare/${BASE}...${HEAD}`)
    .query({ per_page: "100" })
    .reply(200, {
      status: "ahead",
      ahead_by: 1,
      behind_by: 0,
      total_commits: 1,
      files: files.map((f, i) => ({
        sha: (i + 1).toString(16).padStart(40, "0"),
        filename: f.filename,
        status: f.status ?? "modified",
        additions: 1,
        deletions: 1,
        changes: 2,
      })),
    });
}

interface CheckBody {
  readonly name: string;
  readonly head_sha: string;
  readonly status: string;
  readonly conclusion: string;
  readonly external_id: string;
  readonly output: { readonly title: string; readonly summary: string };
}

const check = (): CheckBody => bodyOf("POST", `${REPO_PATH}/check-runs`) as unknown as CheckBody;

describe("merge_group.checks_requested (GitHub's merge queue)", () => {
  it("fails the group's head commit under the pull request check's name when a plan fails, and writes no comment", async () => {
    const probot = await createProbot();
    const scope = github();
    mockToken(scope);
    mockConfig(scope);
    mockCompare(scope, [{ filename: PLAN }, { filename: "README.md" }]);
    mockGraphql(scope, repoFiles({ [PLAN]: fixture("plan-raw.md") }));
    mockCreateCheck(scope);

    await deliver(probot, "merge_group", mergeGroupEvent());

    expect(check()).toMatchObject({
      name: "speckit-gate",
      head_sha: HEAD,
      status: "completed",
      conclusion: "failure",
      external_id: `merge_group:${BASE}`,
      output: { title: "25 errors in 1 plan" },
    });
    // The plan at the group's head; the constitution and template at its base.
    const variables = Object.values(
      (requestsTo("POST", "/graphql")[0]!.body as { variables: Record<string, string> }).variables,
    );
    expect(variables).toEqual(
      expect.arrayContaining([`${HEAD}:${PLAN}`, `${BASE}:${CONSTITUTION}`, `${BASE}:${TEMPLATE}`]),
    );
    expect(variables).not.toContain(`${HEAD}:${CONSTITUTION}`);
    // A merge group has no pull request page: nothing but the check is written.
    expect(requests().filter((r) => r.method !== "GET" && r.path !== "/graphql")).toHaveLength(1);
    expect(requests().filter((r) => r.path.includes("/issues/"))).toEqual([]);
  });

  it("passes the group when its plans pass", async () => {
    const probot = await createProbot();
    const scope = github();
    mockToken(scope);
    mockConfig(scope);
    mockCompare(scope, [{ filename: PLAN }]);
    mockGraphql(scope, repoFiles({ [PLAN]: fixture("plan-filled.md") }));
    mockCreateCheck(scope);

    await deliver(probot, "merge_group", mergeGroupEvent());

    expect(check()).toMatchObject({
      name: "speckit-gate",
      head_sha: HEAD,
      conclusion: "success",
      output: { title: "All gates pass: 1 plan" },
    });
  });

  it("passes a group that changes no plan, under the configured check name, so the queue moves on", async () => {
    const probot = await createProbot();
    const scope = github();
    mockToken(scope);
    mockConfig(scope, "check-name: plans\n");
    mockCompare(scope, [{ filename: "src/index.ts" }, { filename: PLAN, status: "removed" }]);
    mockCreateCheck(scope);

    await deliver(probot, "merge_group", mergeGroupEvent());

    expect(check()).toMatchObject({
      name: "plans",
      head_sha: HEAD,
      conclusion: "success",
      output: { title: "No plan changes" },
    });
    expect(requestsTo("POST", "/graphql")).toEqual([]);
  });

  it("says so when the group changes the constitution, which is still read at the base", async () => {
    const probot = await createProbot();
    const scope = github();
    mockToken(scope);
    mockConfig(scope);
    mockCompare(scope, [{ filename: PLAN }, { filename: CONSTITUTION }]);
    mockGraphql(scope, repoFiles({ [PLAN]: fixture("plan-filled.md") }));
    mockCreateCheck(scope);

    await deliver(probot, "merge_group", mergeGroupEvent());

    expect(check().output.summary).toContain(
      "This merge group changes `.specify/memory/constitution.md`. Plans are judged against the version on `master`",
    );
  });

  it("finds the plans beyond the compare API's 300 files by comparing the two trees", async () => {
    const probot = await createProbot();
    const scope = github();
    mockToken(scope);
    mockConfig(scope);
    mockCompare(
      scope,
      Array.from({ length: 300 }, (_, i) => ({ filename: `src/file-${i}.ts` })),
    );
    const tree = (sha: string, entries: Record<string, string>) =>
      scope
        .get(`${REPO_PATH}/git/trees/${sha}`)
        .query({ recursive: "1" })
        .reply(200, {
          sha,
          url: `https://api.github.com/repos/Codertocat/Hello-World/git/trees/${sha}`,
          truncated: false,
          tree: Object.entries(entries).map(([path, blob]) => ({
            path,
            mode: "100644",
            type: "blob",
            sha: blob,
            size: 10,
          })),
        });
    const other = "specs/002-other/plan.md";
    tree(BASE, { [PLAN]: "1".repeat(40), [other]: "2".repeat(40), "README.md": "3".repeat(40) });
    tree(HEAD, { [PLAN]: "9".repeat(40), [other]: "2".repeat(40), "README.md": "4".repeat(40) });
    mockGraphql(scope, repoFiles({ [PLAN]: fixture("plan-filled.md") }));
    mockCreateCheck(scope);

    await deliver(probot, "merge_group", mergeGroupEvent());

    // Only the plan whose content differs is read and judged.
    const variables = Object.values(
      (requestsTo("POST", "/graphql")[0]!.body as { variables: Record<string, string> }).variables,
    );
    expect(variables).toContain(`${HEAD}:${PLAN}`);
    expect(variables).not.toContain(`${HEAD}:${other}`);
    expect(check()).toMatchObject({
      conclusion: "success",
      output: { title: "All gates pass: 1 plan" },
    });
  });

  it("reports a broken configuration on the group's head instead of stalling the queue", async () => {
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

    await deliver(probot, "merge_group", mergeGroupEvent());

    expect(check()).toMatchObject({
      name: "speckit-gate",
      head_sha: HEAD,
      conclusion: "failure",
      output: { title: "Invalid configuration: 1 error" },
    });
  });

  it("does not re-run a merge group's check: the failed group has left the queue", async () => {
    const probot = await createProbot();
    const event = checkRunEvent({ externalId: `merge_group:${BASE}` });
    event.check_run.check_suite.head_branch = `gh-readonly-queue/master/pr-2-${BASE}`;

    await deliver(probot, "check_run", event);

    expect(requests({ withToken: true })).toEqual([]);
  });
});
