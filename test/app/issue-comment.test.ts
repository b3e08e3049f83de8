import { describe, expect, it } from "@jest/globals";
import { commandOf, HELP } from "../../src/app/issue-comment.js";
import {
  bodyOf,
  github,
  mockToken,
  requests,
  requestsTo,
  useGitHubMock,
} from "../helpers/github.js";
import { commentEvent, HEAD, pullResource } from "../helpers/payloads.js";
import { createProbot, deliver } from "../helpers/probot.js";
import {
  fixture,
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

const NEW_HEAD = "e".repeat(40);

describe("commands", () => {
  it("reads a command on a line of its own, in any case, and not in a quote", () => {
    expect(commandOf("/speckit recheck")).toBe("recheck");
    expect(commandOf("Thanks!\n  /SPECKIT   Recheck  \n")).toBe("recheck");
    expect(commandOf("/speckit help")).toBe("help");
    expect(commandOf("> /speckit recheck\nno")).toBeNull();
    expect(commandOf("please /speckit recheck")).toBeNull();
    expect(commandOf("/speckit rechecked")).toBeNull();
    expect(commandOf(null)).toBeNull();
  });
});

describe("issue_comment.created", () => {
  it("/speckit recheck from the author: reacts and runs the full check on the current head", async () => {
    const probot = await createProbot();
    const scope = github();
    mockToken(scope);
    // The event only names the pull request: its current head comes from the API.
    scope.get(`${REPO_PATH}/pulls/2`).reply(200, pullResource({ head: NEW_HEAD, comments: 1 }));
    mockRunStart(scope, [{ filename: PLAN }], null, { token: false });
    mockGraphql(scope, repoFiles({ [PLAN]: fixture("plan-filled.md") }, {}, NEW_HEAD));
    mockCreateCheck(scope);
    scope
      .post(`${REPO_PATH}/issues/comments/4242/reactions`)
      .reply(201, { id: 1, content: "eyes" });
    scope.get(`${REPO_PATH}/issues/2/comments`).query({ per_page: "100" }).reply(200, []);
    mockCreateComment(scope);
    mockRelist(scope);

    await deliver(
      probot,
      "issue_comment",
      commentEvent({ body: "/speckit recheck", login: "Codertocat", author: "Codertocat" }),
    );

    expect(bodyOf("POST", `${REPO_PATH}/check-runs`)).toMatchObject({
      head_sha: NEW_HEAD,
      conclusion: "success",
    });
    expect(bodyOf("POST", `${REPO_PATH}/issues/comments/4242/reactions`)).toEqual({
      content: "eyes",
    });
    // The check run is the first write; the reaction follows it, then the comment.
    const writes = requests()
      .filter((r) => r.method !== "GET" && r.path !== "/graphql")
      .map((r) => r.path);
    expect(writes).toEqual([
      `${REPO_PATH}/check-runs`,
      `${REPO_PATH}/issues/comments/4242/reactions`,
      `${REPO_PATH}/issues/2/comments`,
    ]);
    expect(requestsTo("GET", `${REPO_PATH}/collaborators/Codertocat/permission`)).toEqual([]);
  });

  it("/speckit recheck from someone with write access runs", async () => {
    const probot = await createProbot();
    const scope = github();
    mockToken(scope);
    scope
      .get(`${REPO_PATH}/collaborators/maintainer/permission`)
      .reply(200, { permission: "write", role_name: "maintain", user: { login: "maintainer" } });
    scope.get(`${REPO_PATH}/pulls/2`).reply(200, pullResource({}));
    mockRunStart(scope, [{ filename: "README.md" }], null, { token: false });
    mockCreateCheck(scope);
    scope
      .post(`${REPO_PATH}/issues/comments/4242/reactions`)
      .reply(201, { id: 1, content: "eyes" });

    await deliver(
      probot,
      "issue_comment",
      commentEvent({ body: "/speckit recheck", login: "maintainer" }),
    );

    expect(bodyOf("POST", `${REPO_PATH}/check-runs`)).toMatchObject({
      head_sha: HEAD,
      output: { title: "No plan changes" },
    });
  });

  it("ignores /speckit recheck from someone without write access (no reaction, no run)", async () => {
    const probot = await createProbot();
    const scope = github();
    mockToken(scope);
    scope
      .get(`${REPO_PATH}/collaborators/drive-by/permission`)
      .reply(200, { permission: "read", role_name: "read", user: { login: "drive-by" } });

    await deliver(
      probot,
      "issue_comment",
      commentEvent({ body: "/speckit recheck", login: "drive-by" }),
    );

    expect(requests().map((r) => r.path)).toEqual([
      `${REPO_PATH}/collaborators/drive-by/permission`,
    ]);
  });

  it("ignores bots, this app's own comments included, without a single request", async () => {
    const probot = await createProbot();
    await deliver(
      probot,
      "issue_comment",
      commentEvent({
        body: "<!-- speckit-gate:sticky head=x at=y -->\n/speckit recheck",
        login: "speckit-gate[bot]",
        type: "Bot",
      }),
    );
    await deliver(
      probot,
      "issue_comment",
      commentEvent({ body: "/speckit recheck", login: "renovate[bot]", type: "Bot" }),
    );
    expect(requests({ withToken: true })).toEqual([]);
  });

  it("ignores comments on plain issues and comments without a command", async () => {
    const probot = await createProbot();
    await deliver(
      probot,
      "issue_comment",
      commentEvent({ body: "/speckit recheck", onPull: false }),
    );
    await deliver(probot, "issue_comment", commentEvent({ body: "Looks good to me" }));
    expect(requests({ withToken: true })).toEqual([]);
  });

  it("/speckit help: reacts and replies with the commands", async () => {
    const probot = await createProbot();
    const scope = github();
    mockToken(scope);
    scope
      .post(`${REPO_PATH}/issues/comments/4242/reactions`)
      .reply(201, { id: 1, content: "eyes" });
    scope.post(`${REPO_PATH}/issues/2/comments`).reply(201, { id: 77 });

    await deliver(
      probot,
      "issue_comment",
      commentEvent({ body: "/speckit help", login: "newcomer" }),
    );

    expect(bodyOf("POST", `${REPO_PATH}/issues/2/comments`)).toEqual({ body: HELP });
    expect(HELP).toContain("`/speckit recheck`");
  });

  it("does not run on a closed pull request", async () => {
    const probot = await createProbot();
    const scope = github();
    mockToken(scope);
    scope.get(`${REPO_PATH}/pulls/2`).reply(200, { ...pullResource({}), state: "closed" });

    await deliver(probot, "issue_comment", commentEvent({ body: "/speckit recheck" }));

    expect(requestsTo("POST", `${REPO_PATH}/check-runs`)).toEqual([]);
  });
});
