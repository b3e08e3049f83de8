import { describe, expect, it } from "@jest/globals";
import { bodyOf, github, requests, requestsTo, useGitHubMock } from "../helpers/github.js";
import { BASE, HEAD, pullRequestEvent } from "../helpers/payloads.js";
import { createProbot, deliver } from "../helpers/probot.js";
import {
  commentResource,
  CONFIG_URL,
  CONSTITUTION,
  fixture,
  mockApp,
  mockCheckOrder,
  mockCreateCheck,
  mockCreateComment,
  mockGraphql,
  mockListComments,
  mockPullFiles,
  mockRelist,
  mockRest,
  mockRunStart,
  PLAN,
  REPO_PATH,
  repoFiles,
  TEMPLATE,
} from "../helpers/scenario.js";

useGitHubMock();

interface Output {
  title: string;
  summary: string;
  text?: string;
  annotations?: Record<string, unknown>[];
}

function check(): Record<string, unknown> & { output: Output } {
  return bodyOf("POST", `${REPO_PATH}/check-runs`) as Record<string, unknown> & { output: Output };
}

const OLDER = "c".repeat(40);
const NEWER = "d".repeat(40);
const sticky = (
  head: string,
  at: string,
  text = "## ❌ speckit-gate: the plan does not pass its gates",
) => `<!-- speckit-gate:sticky head=${head} base=${BASE} at=${at} -->\n${text}`;

describe("pull_request: the check run", () => {
  it("fails a raw spec-kit template with one annotation per finding, at its path and line", async () => {
    const probot = await createProbot();
    const scope = github();
    mockRunStart(scope, [{ filename: PLAN, status: "added" }, { filename: "README.md" }]);
    mockGraphql(scope, repoFiles({ [PLAN]: fixture("plan-raw.md") }));
    mockCreateCheck(scope);
    mockCreateComment(scope);
    mockRelist(scope);

    await deliver(probot, "pull_request", pullRequestEvent({ action: "opened" }));

    const body = check();
    expect(body).toMatchObject({
      name: "speckit-gate",
      head_sha: HEAD,
      status: "completed",
      conclusion: "failure",
      // The run's order rides along, so that an older run never replaces this one.
      external_id: `pr:2 at=2025-06-01T10:00:00Z base=${BASE}`,
    });
    expect(body.output.title).toBe("25 errors in 1 plan");
    expect(body.output.summary).toContain("**The plan fails the gate**: 25 errors, 2 notices.");
    expect(body.output.summary).toContain("/speckit recheck");
    const annotations = body.output.annotations!;
    expect(annotations).toHaveLength(27);
    expect(annotations[0]).toEqual({
      path: PLAN,
      start_line: 1,
      end_line: 1,
      start_column: expect.any(Number),
      end_column: expect.any(Number),
      annotation_level: "failure",
      title: "no-placeholder",
      message: expect.stringMatching(
        /^Template placeholder `\[FEATURE\]` was never filled in\.[\s\S]*Rule: https:\/\/github\.com\/speckit-gate\/speckit-gate\/blob\/main\/docs\/rules\/no-placeholder\.md$/,
      ),
    });
    // Errors come first, so that the first request carries them all; notices last.
    expect(annotations.at(-1)).toMatchObject({
      annotation_level: "notice",
      title: "no-template-comment",
      start_line: 57,
      end_line: 60,
    });
    expect(annotations.find((a) => a.title === "gate-justification")).toMatchObject({
      start_line: 34,
      end_line: 34,
    });
    // The plan is read at the head, the constitution and template at the base, in one query.
    const graphql = requestsTo("POST", "/graphql");
    expect(graphql).toHaveLength(1);
    const variables = Object.values(
      (graphql[0]!.body as { variables: Record<string, string> }).variables,
    );
    expect(variables).toEqual(
      expect.arrayContaining([
        `${HEAD}:${PLAN}`,
        `${BASE}:${CONSTITUTION}`,
        `${BASE}:.specify/templates/plan-template.md`,
      ]),
    );
    expect(variables).not.toContain(`${HEAD}:${CONSTITUTION}`);
    // Every request names the delivery it answers, which helps GitHub support.
    expect(new Set(requests().map((r) => r.headers["x-github-delivery"]))).toEqual(
      new Set([expect.stringMatching(/^delivery-\d+$/)]),
    );
  });

  it("passes a filled plan and says so in the comment", async () => {
    const probot = await createProbot();
    const scope = github();
    mockRunStart(scope, [{ filename: PLAN }]);
    mockGraphql(scope, repoFiles({ [PLAN]: fixture("plan-filled.md") }));
    mockCreateCheck(scope);
    mockCreateComment(scope);
    mockRelist(scope);

    await deliver(probot, "pull_request", pullRequestEvent({ action: "synchronize" }));

    expect(check()).toMatchObject({
      conclusion: "success",
      output: { title: "All gates pass: 1 plan" },
    });
    expect(check().output.annotations).toBeUndefined();
    const comment = bodyOf("POST", `${REPO_PATH}/issues/2/comments`).body as string;
    expect(comment).toContain("## ✅ speckit-gate: the plan passes its gates");
    expect(comment).toContain("| V. Stateless Work Units | ✅ pass |");
    expect(comment).toContain(`/blob/${HEAD}/specs/001-subtitle-worker/plan.md#L30`);
  });

  it("follows a constitution that only points at the real one, as the CLI does", async () => {
    const probot = await createProbot();
    const scope = github();
    const REAL = "docs/engineering/constitution.md";
    const files = {
      ...repoFiles({ [PLAN]: fixture("plan-filled.md") }),
      [`${BASE}:${CONSTITUTION}`]: `# Constitution\n\nThe constitution lives in [${REAL}](../../${REAL}).\n`,
      [`${BASE}:${REAL}`]: fixture("constitution.md"),
    };
    mockRunStart(scope, [{ filename: PLAN }]);
    mockGraphql(scope, files, 2);
    mockCreateCheck(scope);
    mockCreateComment(scope);
    mockRelist(scope);

    await deliver(probot, "pull_request", pullRequestEvent({ action: "synchronize" }));

    // The second query fetches the file the pointer names, at the base commit.
    const queries = requestsTo("POST", "/graphql").map((r) => JSON.stringify(r.body));
    expect(queries).toHaveLength(2);
    expect(queries[1]).toContain(`${BASE}:${REAL}`);
    expect(check()).toMatchObject({ conclusion: "success" });
    const comment = bodyOf("POST", `${REPO_PATH}/issues/2/comments`).body as string;
    expect(comment).toContain("| V. Stateless Work Units | ✅ pass |");
  });

  it("follows a stub that points at the README, and the README's link to the constitution", async () => {
    const probot = await createProbot();
    const scope = github();
    const REAL = "handbook/constitution.md";
    const files = {
      ...repoFiles({ [PLAN]: fixture("plan-filled.md") }),
      [`${BASE}:${CONSTITUTION}`]: "# Constitution\n\nSee **[README.md](../../README.md)**.\n",
      [`${BASE}:README.md`]: `# Project\n\nOur rules: [the constitution](${REAL}).\n`,
      [`${BASE}:${REAL}`]: fixture("constitution.md"),
    };
    mockRunStart(scope, [{ filename: PLAN }]);
    mockGraphql(scope, files, 3);
    mockCreateCheck(scope);
    mockCreateComment(scope);
    mockRelist(scope);

    await deliver(probot, "pull_request", pullRequestEvent({ action: "synchronize" }));

    // One query more for each hop: the README, then the constitution it links to.
    const queries = requestsTo("POST", "/graphql").map((r) => JSON.stringify(r.body));
    expect(queries).toHaveLength(3);
    expect(queries[1]).toContain(`${BASE}:README.md`);
    expect(queries[2]).toContain(`${BASE}:${REAL}`);
    expect(check()).toMatchObject({ conclusion: "success" });
    const comment = bodyOf("POST", `${REPO_PATH}/issues/2/comments`).body as string;
    expect(comment).toContain("| V. Stateless Work Units | ✅ pass |");
  });

  it("lets a repository's lists replace the ones it extends (`_extends`)", async () => {
    const probot = await createProbot();
    const scope = github();
    // The organisation's file names the default plans; the repository narrows them to docs/.
    scope.post("/app/installations/2/access_tokens").reply(201, {
      token: "ghs_test",
      expires_at: "2099-01-01T00:00:00Z",
    });
    scope.get(CONFIG_URL).reply(200, "_extends: .github\nplans:\n  - docs/plans/**/plan.md\n", {
      "content-type": "application/vnd.github.raw; charset=utf-8",
    });
    scope
      .get(/^\/repos\/Codertocat\/\.github\/contents\/\.github(%2F|\/)speckit\.yml/)
      .reply(200, "plans:\n  - specs/**/plan.md\ncheck-name: org-gate\n", {
        "content-type": "application/vnd.github.raw; charset=utf-8",
      });
    mockPullFiles(scope, [{ filename: PLAN }]);
    mockCheckOrder(scope, [], { name: "org-gate" });
    mockCreateCheck(scope);

    await deliver(probot, "pull_request", pullRequestEvent({ action: "opened" }));

    // specs/**/plan.md was replaced, not extended: the changed plan is not one; the name is inherited.
    expect(check()).toMatchObject({
      name: "org-gate",
      conclusion: "success",
      output: { title: "No plan changes" },
    });
  });

  it("reads the files over REST when GraphQL cannot answer, and judges the same", async () => {
    const probot = await createProbot();
    const scope = github();
    mockRunStart(scope, [{ filename: PLAN }]);
    scope.post("/graphql").reply(200, {
      errors: [
        { type: "FIELD_ERROR", message: "Field 'object' doesn't exist on type 'Repository'" },
      ],
    });
    // The two listings tell which candidates exist: only the files used are read.
    mockRest(
      scope,
      {
        [`${HEAD}:${PLAN}`]: fixture("plan-missing-v.md"),
        [`${HEAD}:specs/001-subtitle-worker/spec.md`]: "# Spec\n",
        [`${BASE}:${CONSTITUTION}`]: fixture("constitution.md"),
        [`${BASE}:${TEMPLATE}`]: fixture("plan-template.md"),
      },
      { reads: 3 },
    );
    mockCreateCheck(scope);
    mockCreateComment(scope);
    mockRelist(scope);

    await deliver(probot, "pull_request", pullRequestEvent({ action: "synchronize" }));

    const body = check();
    expect(body).toMatchObject({ conclusion: "failure" });
    expect(body.output.annotations?.map((a) => a.title)).toEqual(["principle-coverage"]);
    // Plan at the head; constitution and template at the base: 2 listings and 3 reads.
    expect(
      requestsTo("GET", /\/(contents|git\/trees)\//)
        .map((r) => decodeURIComponent(r.path))
        .filter((p) => !p.includes("speckit.yml")),
    ).toEqual([
      `${REPO_PATH}/git/trees/${HEAD}?recursive=1`,
      `${REPO_PATH}/contents/${PLAN}?ref=${HEAD}`,
      `${REPO_PATH}/git/trees/${BASE}?recursive=1`,
      `${REPO_PATH}/contents/${CONSTITUTION}?ref=${BASE}`,
      `${REPO_PATH}/contents/${TEMPLATE}?ref=${BASE}`,
    ]);
  });

  it("over REST too, follows a stub through the README to the constitution", async () => {
    const probot = await createProbot();
    const scope = github();
    const REAL = "handbook/constitution.md";
    mockRunStart(scope, [{ filename: PLAN }]);
    scope.post("/graphql").reply(200, {
      errors: [
        { type: "FIELD_ERROR", message: "Field 'object' doesn't exist on type 'Repository'" },
      ],
    });
    mockRest(
      scope,
      {
        [`${HEAD}:${PLAN}`]: fixture("plan-missing-v.md"),
        [`${HEAD}:specs/001-subtitle-worker/spec.md`]: "# Spec\n",
        [`${BASE}:${CONSTITUTION}`]: "# Constitution\n\nSee **[README.md](../../README.md)**.\n",
        [`${BASE}:README.md`]: `# Project\n\nOur rules: [the constitution](${REAL}).\n`,
        [`${BASE}:${REAL}`]: fixture("constitution.md"),
        [`${BASE}:${TEMPLATE}`]: fixture("plan-template.md"),
      },
      { reads: 5 },
    );
    mockCreateCheck(scope);
    mockCreateComment(scope);
    mockRelist(scope);

    await deliver(probot, "pull_request", pullRequestEvent({ action: "synchronize" }));

    // Judged by the real constitution: principle V is missing from the plan's check.
    expect(check()).toMatchObject({ conclusion: "failure" });
    expect(check().output.annotations?.map((a) => a.title)).toEqual(["principle-coverage"]);
    expect(
      requestsTo("GET", /\/contents\//)
        .map((r) => decodeURIComponent(r.path))
        .filter((p) => p.includes(`ref=${BASE}`)),
    ).toEqual([
      `${REPO_PATH}/contents/${CONSTITUTION}?ref=${BASE}`,
      `${REPO_PATH}/contents/README.md?ref=${BASE}`,
      `${REPO_PATH}/contents/${REAL}?ref=${BASE}`,
      `${REPO_PATH}/contents/${TEMPLATE}?ref=${BASE}`,
    ]);
  });

  it("creates a passing check when no plan changed, and nothing else (5 requests)", async () => {
    const probot = await createProbot();
    const scope = github();
    mockRunStart(scope, [{ filename: "README.md" }, { filename: "specs/001-x/spec.md" }]);
    mockCreateCheck(scope);

    await deliver(probot, "pull_request", pullRequestEvent({ action: "opened" }));

    expect(check()).toMatchObject({
      name: "speckit-gate",
      head_sha: HEAD,
      status: "completed",
      conclusion: "success",
      output: { title: "No plan changes" },
    });
    expect(requests().map((r) => `${r.method} ${r.path.split("?")[0]}`)).toEqual([
      "GET /repos/Codertocat/Hello-World/contents/.github%2Fspeckit.yml",
      "GET /repos/Codertocat/.github/contents/.github%2Fspeckit.yml",
      "GET /repos/Codertocat/Hello-World/pulls/2/files",
      `GET /repos/Codertocat/Hello-World/commits/${HEAD}/check-runs`,
      "POST /repos/Codertocat/Hello-World/check-runs",
    ]);
  });

  it("runs again when a draft becomes ready for review", async () => {
    const probot = await createProbot();
    const scope = github();
    mockRunStart(scope, [{ filename: "README.md" }]);
    mockCreateCheck(scope);

    await deliver(probot, "pull_request", pullRequestEvent({ action: "ready_for_review" }));

    expect(check()).toMatchObject({ head_sha: HEAD, conclusion: "success" });
  });

  it("checks a renamed plan and not a removed one", async () => {
    const probot = await createProbot();
    const scope = github();
    const renamed = "specs/002-renamed/plan.md";
    mockRunStart(scope, [
      { filename: renamed, status: "renamed" },
      { filename: "specs/003-gone/plan.md", status: "removed" },
    ]);
    mockGraphql(scope, repoFiles({ [renamed]: fixture("plan-filled.md") }));
    mockCreateCheck(scope);
    mockCreateComment(scope);
    mockRelist(scope);

    await deliver(probot, "pull_request", pullRequestEvent({ action: "reopened" }));

    const variables = Object.values(
      (requestsTo("POST", "/graphql")[0]!.body as { variables: Record<string, string> }).variables,
    );
    expect(variables).toContain(`${HEAD}:${renamed}`);
    expect(variables.some((v) => v.includes("003-gone"))).toBe(false);
    expect(check().output.summary).toContain("specs/002-renamed/plan.md");
    // The branch name no longer matches the folder: a warning, still a pass.
    expect(check()).toMatchObject({ conclusion: "success" });
  });

  it("delivers 120 findings in three annotation requests (50, 50, 20)", async () => {
    const probot = await createProbot();
    const scope = github();
    mockRunStart(scope, [{ filename: PLAN }]);
    mockGraphql(scope, repoFiles({ [PLAN]: fixture("plan-120.md") }));
    mockCreateCheck(scope);
    scope
      .patch(/\/repos\/Codertocat\/Hello-World\/check-runs\/\d+$/)
      .times(2)
      .reply(200, {});
    mockCreateComment(scope);
    mockRelist(scope);

    await deliver(probot, "pull_request", pullRequestEvent({ action: "opened" }));

    const created = check();
    const updates = requestsTo("PATCH", /\/check-runs\/\d+$/).map(
      (r) => r.body as { output: Output },
    );
    expect(created.output.annotations).toHaveLength(50);
    expect(updates.map((u) => u.output.annotations!.length)).toEqual([50, 20]);
    expect(updates[0]!.output).toMatchObject({
      title: created.output.title,
      summary: created.output.summary,
    });
    const lines = [created, ...updates].flatMap((b) =>
      b.output.annotations!.map((a) => a.start_line),
    );
    expect(new Set(lines).size).toBe(120);
    expect(created).toMatchObject({
      conclusion: "failure",
      output: { title: "120 errors in 1 plan" },
    });
  });

  it("does not run on an edit that leaves the base branch alone, and runs when the base changed", async () => {
    const probot = await createProbot();
    await deliver(probot, "pull_request", pullRequestEvent({ action: "edited" }));
    expect(requests({ withToken: true })).toEqual([]);

    const scope = github();
    mockRunStart(scope, [{ filename: "README.md" }]);
    mockCreateCheck(scope);
    const event = pullRequestEvent({ action: "edited" });
    event.changes = { base: { ref: { from: "develop" }, sha: { from: OLDER } } };
    await deliver(probot, "pull_request", event);
    expect(check()).toMatchObject({ conclusion: "success", output: { title: "No plan changes" } });
  });

  it("reads the plans of a fork's pull request through the base repository", async () => {
    const probot = await createProbot();
    const scope = github();
    mockRunStart(scope, [{ filename: PLAN }]);
    mockGraphql(scope, repoFiles({ [PLAN]: fixture("plan-filled.md") }));
    mockCreateCheck(scope);
    mockCreateComment(scope);
    mockRelist(scope);

    await deliver(probot, "pull_request", pullRequestEvent({ action: "opened", fork: true }));

    const graphql = requestsTo("POST", "/graphql")[0]!.body as {
      variables: Record<string, string>;
    };
    expect(graphql.variables).toMatchObject({ owner: "Codertocat", name: "Hello-World" });
    expect(Object.values(graphql.variables)).toContain(`${HEAD}:${PLAN}`);
    expect(check()).toMatchObject({ head_sha: HEAD, conclusion: "success" });
  });
});

describe("pull_request: configuration and constitution", () => {
  it("fails on an invalid speckit.yml with annotations on the offending lines, without reading plans", async () => {
    const probot = await createProbot();
    const scope = github();
    const yaml = [
      "check-name: plan-gate",
      "comment: sometimes",
      "rules:",
      "  no-placeholder: fatal",
      "colour: blue",
      "",
    ].join("\n");
    scope
      .post("/app/installations/2/access_tokens")
      .reply(201, { token: "ghs_test", expires_at: "2099-01-01T00:00:00Z" });
    scope
      .get(/\/repos\/Codertocat\/Hello-World\/contents\/\.github(%2F|\/)speckit\.yml/)
      .times(2)
      .reply(200, yaml, { "content-type": "application/vnd.github.raw; charset=utf-8" });
    mockCheckOrder(scope, [], { name: "plan-gate" });
    mockCreateCheck(scope);

    await deliver(probot, "pull_request", pullRequestEvent({ action: "opened" }));

    const body = check();
    expect(body).toMatchObject({ name: "plan-gate", conclusion: "failure", status: "completed" });
    expect(body.output.title).toBe("Invalid configuration: 3 errors");
    const byLine = Object.fromEntries(
      body.output.annotations!.map((a) => [a.start_line, a.message]),
    );
    expect(Object.keys(byLine).sort()).toEqual(["2", "4", "5"]);
    expect(byLine[5]).toMatch(/Unknown setting `colour`/);
    expect(body.output.annotations![0]).toMatchObject({
      path: ".github/speckit.yml",
      annotation_level: "failure",
      title: "config",
    });
    expect(requestsTo("GET", /\/pulls\/2\/files/)).toEqual([]);
  });

  it("fails on a speckit.yml that is not YAML, on the line of the syntax error", async () => {
    const probot = await createProbot();
    const scope = github();
    const yaml = "plans:\n  - specs/**/plan.md\n comment: [always\n";
    scope
      .post("/app/installations/2/access_tokens")
      .reply(201, { token: "ghs_test", expires_at: "2099-01-01T00:00:00Z" });
    scope
      .get(/\/repos\/Codertocat\/Hello-World\/contents\/\.github(%2F|\/)speckit\.yml/)
      .times(2)
      .reply(200, yaml, { "content-type": "application/vnd.github.raw; charset=utf-8" });
    mockCheckOrder(scope);
    mockCreateCheck(scope);

    await deliver(probot, "pull_request", pullRequestEvent({ action: "opened" }));

    const body = check();
    expect(body).toMatchObject({ name: "speckit-gate", conclusion: "failure" });
    expect(body.output.annotations![0]).toMatchObject({
      path: ".github/speckit.yml",
      start_line: 3,
    });
    expect(String(body.output.annotations![0]!.message)).toMatch(/not valid YAML/);
  });

  it("uses the configured check name and plan globs", async () => {
    const probot = await createProbot();
    const scope = github();
    mockRunStart(
      scope,
      [{ filename: "docs/plans/login.md" }],
      "check-name: plans\nplans: ['docs/plans/*.md']\ncomment: never\n",
      { name: "plans" },
    );
    mockGraphql(scope, repoFiles({ "docs/plans/login.md": fixture("plan-filled.md") }));
    mockCreateCheck(scope);

    await deliver(probot, "pull_request", pullRequestEvent({ action: "opened" }));

    expect(check()).toMatchObject({ name: "plans", conclusion: "success" });
    expect(requestsTo("POST", `${REPO_PATH}/issues/2/comments`)).toEqual([]);
  });

  it("reports a missing constitution: constitution rules skipped, check neutral when nothing else is wrong", async () => {
    const probot = await createProbot();
    const scope = github();
    mockRunStart(scope, [{ filename: PLAN }]);
    mockGraphql(scope, {
      [`${HEAD}:${PLAN}`]: fixture("plan-filled.md"),
      [`${HEAD}:specs/001-subtitle-worker/spec.md`]: "# Spec\n",
    });
    mockCreateCheck(scope);
    mockCreateComment(scope);
    mockRelist(scope);

    await deliver(probot, "pull_request", pullRequestEvent({ action: "opened" }));

    const body = check();
    expect(body.conclusion).toBe("neutral");
    expect(body.output.annotations).toEqual([
      expect.objectContaining({ title: "constitution-missing", annotation_level: "warning" }),
    ]);
    const comment = bodyOf("POST", `${REPO_PATH}/issues/2/comments`).body as string;
    expect(comment).toContain("No constitution found");
  });

  it("still fails a plan that violates a principle its own pull request removes from the constitution", async () => {
    const probot = await createProbot();
    const scope = github();
    mockRunStart(scope, [{ filename: PLAN }, { filename: CONSTITUTION }]);
    // The amendment itself is read at the head (see test/app/amendment.test.ts).
    const amended = fixture("constitution.md").replace(/### V\.[\s\S]*?(?=### VI\.)/, "");
    const files = repoFiles(
      { [PLAN]: fixture("plan-missing-v.md") },
      { [`${HEAD}:${CONSTITUTION}`]: amended },
    );
    mockRest(
      scope,
      { [`${HEAD}:${PLAN}`]: "", [`${HEAD}:${CONSTITUTION}`]: amended },
      {
        trees: [HEAD],
      },
    );
    mockGraphql(scope, files, 2);
    mockCreateCheck(scope);
    mockCreateComment(scope);
    mockRelist(scope);

    await deliver(
      probot,
      "pull_request",
      pullRequestEvent({ action: "synchronize", changedFiles: 2 }),
    );

    const body = check();
    expect(body.conclusion).toBe("failure");
    expect(body.output.annotations).toEqual([
      expect.objectContaining({
        title: "principle-coverage",
        message: expect.stringContaining("V. Stateless Work Units"),
      }),
      // The amendment's own findings follow, on the constitution's lines.
      ...["amendment-sync-report", "amendment-version-bump", "amendment-date"].map((title) =>
        expect.objectContaining({ path: CONSTITUTION, title, annotation_level: "warning" }),
      ),
    ]);
    expect(body.output.summary).toContain(
      "This pull request changes `.specify/memory/constitution.md`. Plans are judged against the version on the base branch `master`",
    );
    const comment = bodyOf("POST", `${REPO_PATH}/issues/2/comments`).body as string;
    expect(comment).toContain("| V. Stateless Work Units | ⚠️ not addressed | — |");
    expect(comment).toContain("> This pull request changes `.specify/memory/constitution.md`");
  });

  it("says in the summary when GitHub's 3,000-file cap was reached", async () => {
    const probot = await createProbot();
    const scope = github();
    const files = Array.from({ length: 3000 }, (_, i) => ({ filename: `src/file-${i}.ts` }));
    mockRunStart(scope, files);
    mockCreateCheck(scope);

    await deliver(
      probot,
      "pull_request",
      pullRequestEvent({ action: "opened", changedFiles: 3500 }),
    );

    expect(requestsTo("GET", /\/pulls\/2\/files/)).toHaveLength(30);
    expect(check().output.summary).toContain(
      "GitHub lists only the first 3,000 changed files of a pull request (this one changes 3,500): plans beyond them were not checked.",
    );
  });

  it("reports a plan over max-plan-bytes without downloading it, and reads one over GraphQL's limit raw", async () => {
    const probot = await createProbot();
    const scope = github();
    const big = "specs/002-big/plan.md";
    const mid = "specs/003-mid/plan.md";
    mockRunStart(scope, [{ filename: big }, { filename: mid }]);
    mockGraphql(
      scope,
      repoFiles(
        {},
        {
          [`${HEAD}:${big}`]: { byteSize: 3_000_000, isTruncated: true },
          [`${HEAD}:${mid}`]: { byteSize: 600_000, isTruncated: true },
        },
      ),
    );
    scope
      .get(`${REPO_PATH}/contents/specs%2F003-mid%2Fplan.md`)
      .query({ ref: HEAD })
      .reply(200, fixture("plan-filled.md").replace("001-subtitle-worker", "003-mid"), {
        "content-type": "application/vnd.github.raw",
      });
    mockCreateCheck(scope);
    mockCreateComment(scope);
    mockRelist(scope);

    await deliver(probot, "pull_request", pullRequestEvent({ action: "opened" }));

    const annotations = check().output.annotations!;
    expect(annotations.filter((a) => a.path === big)).toEqual([
      expect.objectContaining({
        title: "plan-too-large",
        message: expect.stringContaining("3000000 bytes"),
      }),
    ]);
    expect(check().output.summary).toContain("specs/003-mid/plan.md");
  });
});

describe("pull_request: the sticky comment", () => {
  it("edits its comment in place when failures are fixed, and deletes duplicates left by a race", async () => {
    const probot = await createProbot();
    const scope = github();
    mockRunStart(scope, [{ filename: PLAN }]);
    mockGraphql(scope, repoFiles({ [PLAN]: fixture("plan-filled.md") }));
    mockCreateCheck(scope);
    mockListComments(scope, [
      commentResource(100, "LGTM", "reviewer"),
      commentResource(101, sticky(OLDER, "2025-06-01T09:00:00Z")),
      commentResource(102, sticky(OLDER, "2025-06-01T09:00:00Z")),
      commentResource(103, sticky(OLDER, "2025-06-01T09:00:00Z"), "someone-else"),
    ]);
    scope.patch(`${REPO_PATH}/issues/comments/101`).reply(200, {});
    scope.delete(`${REPO_PATH}/issues/comments/102`).reply(204);

    await deliver(probot, "pull_request", pullRequestEvent({ action: "synchronize", comments: 4 }));

    const body = bodyOf("PATCH", `${REPO_PATH}/issues/comments/101`).body as string;
    expect(body).toContain(
      `<!-- speckit-gate:sticky head=${HEAD} base=${BASE} at=2025-06-01T10:00:00Z -->`,
    );
    expect(body).toContain("## ✅ speckit-gate: the plan passes its gates");
    expect(requestsTo("POST", `${REPO_PATH}/issues/2/comments`)).toEqual([]);
  });

  it("updates its comment to a passing state when the pull request no longer changes a plan", async () => {
    const probot = await createProbot();
    const scope = github();
    mockRunStart(scope, [{ filename: "README.md" }]);
    mockCreateCheck(scope);
    mockListComments(scope, [commentResource(101, sticky(OLDER, "2025-06-01T09:00:00Z"))]);
    scope.patch(`${REPO_PATH}/issues/comments/101`).reply(200, {});

    await deliver(probot, "pull_request", pullRequestEvent({ action: "synchronize", comments: 1 }));

    expect(bodyOf("PATCH", `${REPO_PATH}/issues/comments/101`).body).toContain(
      "## ✅ speckit-gate: no plan changes",
    );
  });

  it("never overwrites the comment of a newer head commit", async () => {
    const probot = await createProbot();
    const scope = github();
    mockRunStart(scope, [{ filename: PLAN }], null, { head: OLDER });
    mockGraphql(scope, repoFiles({ [PLAN]: fixture("plan-raw.md") }, {}, OLDER));
    mockCreateCheck(scope);
    mockListComments(scope, [
      commentResource(101, sticky(NEWER, "2025-06-01T11:00:00Z", "## ✅ newer")),
    ]);

    await deliver(
      probot,
      "pull_request",
      pullRequestEvent({
        action: "synchronize",
        comments: 1,
        head: OLDER,
        updatedAt: "2025-06-01T10:00:00Z",
      }),
    );

    // The older head still gets its own (failing) check run; the comment stays the newer head's.
    expect(check()).toMatchObject({ head_sha: OLDER, conclusion: "failure" });
    expect(requestsTo("PATCH", /\/issues\/comments\//)).toEqual([]);
  });

  it("asks GitHub for the head when two heads were seen in the same second", async () => {
    const probot = await createProbot();
    const scope = github();
    mockRunStart(scope, [{ filename: "README.md" }]);
    mockCreateCheck(scope);
    mockListComments(scope, [commentResource(101, sticky(NEWER, "2025-06-01T10:00:00Z"))]);
    scope
      .get(`${REPO_PATH}/pulls/2`)
      .reply(200, { number: 2, head: { sha: HEAD }, base: { sha: BASE } });
    scope.patch(`${REPO_PATH}/issues/comments/101`).reply(200, {});

    await deliver(probot, "pull_request", pullRequestEvent({ action: "synchronize", comments: 1 }));

    expect(bodyOf("PATCH", `${REPO_PATH}/issues/comments/101`).body).toContain(`head=${HEAD}`);
  });

  it("posts nothing when configured for failures only and the plan passes; posts when it fails", async () => {
    const probot = await createProbot();
    const scope = github();
    mockRunStart(scope, [{ filename: PLAN }], "comment: failures\n");
    mockGraphql(scope, repoFiles({ [PLAN]: fixture("plan-filled.md") }));
    mockCreateCheck(scope);
    await deliver(probot, "pull_request", pullRequestEvent({ action: "opened" }));
    expect(requestsTo("POST", `${REPO_PATH}/issues/2/comments`)).toEqual([]);

    const again = github();
    mockRunStart(again, [{ filename: PLAN }], "comment: failures\n", { token: false });
    mockGraphql(again, repoFiles({ [PLAN]: fixture("plan-raw.md") }));
    mockCreateCheck(again);
    mockCreateComment(again);
    mockRelist(again);
    await deliver(probot, "pull_request", pullRequestEvent({ action: "opened" }));
    expect(bodyOf("POST", `${REPO_PATH}/issues/2/comments`).body).toContain("❌");
  });

  it("leaves one comment when two runs race on the same pull request", async () => {
    const probot = await createProbot();
    const scope = github();
    // A stand-in for GitHub's comment store, shared by both runs.
    const store: Record<string, unknown>[] = [];
    let nextId = 900;
    scope
      .post("/app/installations/2/access_tokens")
      .reply(201, { token: "ghs_test", expires_at: "2099-01-01T00:00:00Z" });
    scope
      .get(/\/contents\/\.github(%2F|\/)speckit\.yml/)
      .times(4)
      .reply(404, { message: "Not Found" });
    scope
      .get(`${REPO_PATH}/pulls/2/files`)
      .query({ per_page: "100" })
      .times(2)
      .reply(200, [
        {
          sha: "1".padStart(40, "0"),
          filename: PLAN,
          status: "modified",
          additions: 1,
          deletions: 1,
          changes: 2,
          blob_url: "",
          raw_url: "",
          contents_url: "",
        },
      ]);
    mockGraphql(scope, repoFiles({ [PLAN]: fixture("plan-raw.md") }), 2);
    mockCheckOrder(scope, [], { times: 2 });
    mockCreateCheck(scope, 2);
    // Both runs post before either lists: the race.
    let posted = 0;
    let release: () => void = () => {};
    const bothPosted = new Promise<void>((resolve) => (release = resolve));
    scope
      .post(`${REPO_PATH}/issues/2/comments`)
      .times(2)
      .reply(201, async (_uri, body) => {
        const comment = commentResource(++nextId, (body as { body: string }).body);
        store.push(comment);
        if (++posted === 2) release();
        await bothPosted;
        return comment;
      });
    scope
      .get(`${REPO_PATH}/issues/2/comments`)
      .query({ per_page: "100" })
      .times(2)
      .reply(200, () => [...store]);
    scope.patch(`${REPO_PATH}/issues/comments/901`).reply(200, (_uri, body) => {
      Object.assign(
        store.find((c) => c.id === 901)!,
        body,
      );
      return store.find((c) => c.id === 901)!;
    });
    scope
      .delete(/\/issues\/comments\/\d+$/)
      .times(2)
      .reply((uri) => {
        const id = Number(uri.split("/").at(-1));
        const i = store.findIndex((c) => c.id === id);
        if (i < 0) return [404, { message: "Not Found" }];
        store.splice(i, 1);
        return [204, ""];
      });

    await Promise.all([
      deliver(probot, "pull_request", pullRequestEvent({ action: "synchronize" })),
      deliver(probot, "pull_request", pullRequestEvent({ action: "synchronize" })),
    ]);

    expect(store.map((c) => c.id)).toEqual([901]);
    // Both runs delete the younger comment (one of them finds it gone); the run whose comment
    // was deleted brings the survivor up to date with its own report (same head, its check run).
    expect(requestsTo("DELETE", /\/issues\/comments\/902$/)).toHaveLength(2);
    expect(requestsTo("PATCH", /\/issues\/comments\/901$/)).toHaveLength(1);
  });
});

describe("pull_request: failures", () => {
  it("retries a 502 and then succeeds", async () => {
    const probot = await createProbot({ retry: true });
    const scope = github();
    scope
      .post("/app/installations/2/access_tokens")
      .reply(201, { token: "ghs_test", expires_at: "2099-01-01T00:00:00Z" });
    scope
      .get(/\/contents\/\.github(%2F|\/)speckit\.yml/)
      .times(2)
      .reply(404, { message: "Not Found" });
    scope.get(`${REPO_PATH}/pulls/2/files`).query({ per_page: "100" }).reply(502, "Bad Gateway");
    scope.get(`${REPO_PATH}/pulls/2/files`).query({ per_page: "100" }).reply(200, []);
    mockCheckOrder(scope);
    mockCreateCheck(scope);

    await deliver(probot, "pull_request", pullRequestEvent({ action: "opened" }));

    expect(requestsTo("GET", /\/pulls\/2\/files/)).toHaveLength(2);
    expect(check()).toMatchObject({ conclusion: "success", output: { title: "No plan changes" } });
  });

  it("completes the check with what went wrong when the run breaks", async () => {
    const probot = await createProbot();
    const scope = github();
    mockRunStart(scope, [{ filename: PLAN }]);
    scope.post("/graphql").reply(500, { message: "Server Error" });
    mockCreateCheck(scope);

    await expect(
      deliver(probot, "pull_request", pullRequestEvent({ action: "opened" })),
    ).rejects.toThrow();

    const body = check();
    expect(body).toMatchObject({
      name: "speckit-gate",
      head_sha: HEAD,
      status: "completed",
      conclusion: "failure",
      output: { title: "speckit-gate could not check this commit" },
    });
    expect(body.output.summary).toContain("Server Error");
    expect(body.output.summary).toContain("(HTTP 500)");
    expect(body.output.summary).toContain("comment `/speckit recheck`");
    expect(body.output.summary).toMatch(/delivery id `delivery-\d+`/);
  });
});

describe("pull_request: the bot's identity", () => {
  it("asks GitHub for its login (GET /app) when the check run does not name the app", async () => {
    const probot = await createProbot();
    const scope = github();
    mockRunStart(scope, [{ filename: PLAN }]);
    mockGraphql(scope, repoFiles({ [PLAN]: fixture("plan-filled.md") }));
    scope
      .post(`${REPO_PATH}/check-runs`)
      .reply(201, { id: 9, status: "completed", html_url: "https://github.com/o/r/runs/9" });
    mockApp(scope);
    mockListComments(scope, [
      commentResource(101, sticky(OLDER, "2025-06-01T09:00:00Z")),
      commentResource(102, sticky(OLDER, "2025-06-01T09:00:00Z"), "someone-else"),
    ]);
    scope.patch(`${REPO_PATH}/issues/comments/101`).reply(200, {});

    await deliver(probot, "pull_request", pullRequestEvent({ action: "synchronize", comments: 2 }));

    // Only the app's own comment (by speckit-gate[bot]) is edited.
    expect(requestsTo("PATCH", `${REPO_PATH}/issues/comments/101`)).toHaveLength(1);
  });

  it("recognises its own comments by login, not by marker alone", async () => {
    const probot = await createProbot();
    const scope = github();
    mockRunStart(scope, [{ filename: PLAN }]);
    mockGraphql(scope, repoFiles({ [PLAN]: fixture("plan-filled.md") }));
    mockCreateCheck(scope);
    mockListComments(scope, [
      commentResource(101, sticky(OLDER, "2025-06-01T09:00:00Z"), "impostor[bot]"),
    ]);
    mockCreateComment(scope, 102);
    mockRelist(scope, [
      commentResource(101, sticky(OLDER, "2025-06-01T09:00:00Z"), "impostor[bot]"),
    ]);

    await deliver(probot, "pull_request", pullRequestEvent({ action: "synchronize", comments: 1 }));

    expect(requestsTo("PATCH", /\/issues\/comments\//)).toEqual([]);
    expect(requestsTo("DELETE", /\/issues\/comments\//)).toEqual([]);
  });
});
