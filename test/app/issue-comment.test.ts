import { describe, expect, it } from "@jest/globals";
import { commandOf, HELP, HELP_MARKER } from "../../src/app/issue-comment.js";
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
  commentResource,
  fixture,
  mockApp,
  mockCreateCheck,
  mockCreateComment,
  mockGraphql,
  mockListComments,
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

  it("does not read commands inside code, quotes or HTML comments", () => {
    expect(commandOf("```\n/speckit recheck\n```")).toBeNull();
    expect(commandOf("```bash\n/speckit recheck\n```\n")).toBeNull();
    // An unclosed fence runs to the end of the comment, as GitHub renders it.
    expect(commandOf("```\n/speckit recheck")).toBeNull();
    // A shorter or different fence does not close it.
    expect(commandOf("````\n```\n/speckit recheck\n````")).toBeNull();
    expect(commandOf("~~~\n```\n/speckit help\n~~~")).toBeNull();
    expect(commandOf("`/speckit recheck`")).toBeNull();
    expect(commandOf("``/speckit recheck``")).toBeNull();
    expect(commandOf("> > /speckit help")).toBeNull();
    expect(commandOf("<!-- /speckit recheck -->")).toBeNull();
    expect(commandOf("<!--\n/speckit recheck\n-->")).toBeNull();
    expect(commandOf("text\n\n    /speckit recheck")).toBeNull();
    expect(commandOf("\t/speckit recheck")).toBeNull();
  });

  it("still reads a command after a closed code block or comment", () => {
    expect(commandOf("```\nlog\n```\n/speckit recheck")).toBe("recheck");
    expect(commandOf("~~~\nx\n~~~~\n/speckit help")).toBe("help");
    expect(commandOf("<!-- note -->\n/speckit recheck")).toBe("recheck");
    expect(commandOf("``` not a fence ` here\n/speckit recheck")).toBe("recheck");
    expect(commandOf("   /speckit recheck")).toBe("recheck");
  });
});

describe("issue_comment.created", () => {
  it("/speckit recheck from the author: reacts and runs the full check on the current head", async () => {
    const probot = await createProbot();
    const scope = github();
    mockToken(scope);
    // The event only names the pull request: its current head comes from the API.
    scope.get(`${REPO_PATH}/pulls/2`).reply(200, pullResource({ head: NEW_HEAD, comments: 1 }));
    mockRunStart(scope, [{ filename: PLAN }], null, { token: false, head: NEW_HEAD });
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

  it("/speckit help: posts one help comment, then only points to it, and never floods", async () => {
    const probot = await createProbot();
    const scope = github();
    mockToken(scope);
    mockApp(scope);
    mockListComments(scope, [commentResource(100, "LGTM", "reviewer")]);
    scope.post(`${REPO_PATH}/issues/2/comments`).reply(201, { id: 77 });

    // The author asks three times in a row: one answer; the others cost no request at all.
    for (let i = 0; i < 3; i++) {
      await deliver(
        probot,
        "issue_comment",
        commentEvent({ body: "/speckit help", login: "Codertocat", author: "Codertocat" }),
      );
    }

    expect(bodyOf("POST", `${REPO_PATH}/issues/2/comments`)).toEqual({
      body: `${HELP_MARKER}\n${HELP}`,
    });
    expect(HELP).toContain("`/speckit recheck`");
    expect(requests().map((r) => `${r.method} ${r.path.split("?")[0]}`)).toEqual([
      "GET /app",
      `GET ${REPO_PATH}/issues/2/comments`,
      `POST ${REPO_PATH}/issues/2/comments`,
    ]);
  });

  it("/speckit help when the help is already there: a reaction on the command, no new comment", async () => {
    const probot = await createProbot();
    const scope = github();
    mockToken(scope);
    mockApp(scope);
    mockListComments(scope, [commentResource(90, `${HELP_MARKER}\n${HELP}`)]);
    scope
      .post(`${REPO_PATH}/issues/comments/4242/reactions`)
      .reply(201, { id: 1, content: "eyes" });

    await deliver(
      probot,
      "issue_comment",
      commentEvent({ body: "/speckit help", login: "Codertocat", author: "Codertocat" }),
    );

    expect(bodyOf("POST", `${REPO_PATH}/issues/comments/4242/reactions`)).toEqual({
      content: "eyes",
    });
    expect(requestsTo("POST", `${REPO_PATH}/issues/2/comments`)).toEqual([]);
  });

  it("/speckit help with an outdated help comment: edits that comment", async () => {
    const probot = await createProbot();
    const scope = github();
    mockToken(scope);
    mockApp(scope);
    mockListComments(scope, [commentResource(90, `${HELP_MARKER}\nold help`)]);
    scope.patch(`${REPO_PATH}/issues/comments/90`).reply(200, {});
    scope
      .post(`${REPO_PATH}/issues/comments/4242/reactions`)
      .reply(201, { id: 1, content: "eyes" });

    await deliver(
      probot,
      "issue_comment",
      commentEvent({ body: "/speckit help", login: "Codertocat", author: "Codertocat" }),
    );

    expect(bodyOf("PATCH", `${REPO_PATH}/issues/comments/90`)).toEqual({
      body: `${HELP_MARKER}\n${HELP}`,
    });
  });

  it("/speckit help from someone without write access: no answer, and one permission lookup per user", async () => {
    const probot = await createProbot();
    const scope = github();
    mockToken(scope);
    scope
      .get(`${REPO_PATH}/collaborators/drive-by/permission`)
      .reply(200, { permission: "read", role_name: "read", user: { login: "drive-by" } });

    for (let i = 0; i < 5; i++) {
      await deliver(
        probot,
        "issue_comment",
        commentEvent({ body: i % 2 ? "/speckit help" : "/speckit recheck", login: "drive-by" }),
      );
    }

    expect(requests().map((r) => r.path)).toEqual([
      `${REPO_PATH}/collaborators/drive-by/permission`,
    ]);
  });

  it("ignores commands on closed pull requests without a request", async () => {
    const probot = await createProbot();
    for (const body of ["/speckit help", "/speckit recheck"]) {
      const event = commentEvent({ body, login: "Codertocat", author: "Codertocat" });
      event.issue.state = "closed";
      await deliver(probot, "issue_comment", event);
    }
    expect(requests({ withToken: true })).toEqual([]);
  });

  it("ignores commands inside code blocks, inline code, quotes and HTML comments", async () => {
    const probot = await createProbot();
    for (const body of [
      "Run this:\n```\n/speckit recheck\n```",
      "~~~~md\n/speckit help\n~~~~",
      "Type `/speckit recheck` to run it again.",
      "> /speckit recheck",
      "<!--\n/speckit recheck\n-->",
      "Indented:\n\n    /speckit recheck",
    ]) {
      await deliver(
        probot,
        "issue_comment",
        commentEvent({ body, login: "Codertocat", author: "Codertocat" }),
      );
    }
    expect(requests({ withToken: true })).toEqual([]);
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
