import { afterAll, describe, expect, it } from "@jest/globals";
import { REST_READ_LIMIT } from "../../src/app/rest-reader.js";
import { MAX_ANNOTATIONS, OUTPUT_LIMIT_BYTES } from "../../src/render/check-run.js";
import { COMMENT_LIMIT } from "../../src/render/comment.js";
import {
  bodyOf,
  github,
  mockToken,
  requests,
  requestsTo,
  type SentRequest,
  useGitHubMock,
} from "../helpers/github.js";
import { audit, foreignHtml } from "../helpers/markdown.js";
import { BASE, HEAD, pullRequestEvent, pullResource, pushEvent } from "../helpers/payloads.js";
import { createProbot, deliver } from "../helpers/probot.js";
import {
  CONFIG_URL,
  CONSTITUTION,
  checkRunResource,
  commentResource,
  fixture,
  mockCheckOrder,
  mockConfig,
  mockCreateCheck,
  mockCreateComment,
  mockGraphql,
  mockGraphqlTimeout,
  mockListComments,
  mockRelist,
  mockRest,
  mockRunStart,
  PLAN,
  REPO_PATH,
  repoFiles,
  TEMPLATE,
} from "../helpers/scenario.js";

/**
 * Issue 8: what a hostile pull request (or a broken GitHub) can do to the App, each
 * reproduced through `probot.receive()` and kept as a test. The figures are printed at the end.
 */

useGitHubMock();

const figures: string[] = [];
afterAll(() => console.log(`Hostile input (issue 8):\n${figures.join("\n")}`));

interface Output {
  title: string;
  summary: string;
  text?: string;
  annotations?: Record<string, unknown>[];
}

function check(): Record<string, unknown> & { output: Output } {
  return bodyOf("POST", `${REPO_PATH}/check-runs`) as Record<string, unknown> & { output: Output };
}

function uploaded(sent: readonly SentRequest[]): number {
  return sent.reduce(
    (n, r) => n + (r.body === undefined ? 0 : Buffer.byteLength(JSON.stringify(r.body))),
    0,
  );
}

const filled = (folder: string): string =>
  fixture("plan-filled.md").replaceAll("001-subtitle-worker", folder);

describe("item 2: the REST fallback is capped, and an unread plan never passes", () => {
  it("100 plans ten folders deep after a GraphQL timeout: at most 100 REST requests, the rest fail", async () => {
    const probot = await createProbot();
    const scope = github();
    const plans = Array.from(
      { length: 100 },
      (_, i) => `specs/p${String(i).padStart(3, "0")}/a/b/c/d/e/f/g/001-subtitle-worker/plan.md`,
    );
    const files: Record<string, string> = {
      [`${BASE}:${CONSTITUTION}`]: fixture("constitution.md"),
      [`${BASE}:${TEMPLATE}`]: fixture("plan-template.md"),
    };
    for (const p of plans) {
      files[`${HEAD}:${p}`] = filled("001-subtitle-worker");
      // Listed at the head (its spec link resolves), never read.
      files[`${HEAD}:${p.replace("plan.md", "spec.md")}`] = "# Spec\n";
    }
    mockRunStart(
      scope,
      plans.map((filename) => ({ filename })),
    );
    mockGraphqlTimeout(scope);
    // Two listings, then one read per file used: 98 reads fit the budget.
    mockRest(scope, files, { reads: REST_READ_LIMIT - 2 });
    mockCreateCheck(scope);
    mockCreateComment(scope);
    mockRelist(scope);

    await deliver(probot, "pull_request", pullRequestEvent({ action: "opened" }));

    const rest = requestsTo("GET", /\/(contents|git\/trees)\//).filter(
      (r) => !r.path.includes("speckit.yml"),
    );
    expect(rest).toHaveLength(REST_READ_LIMIT);
    const body = check();
    expect(body.conclusion).toBe("failure");
    const unread = body.output.annotations!.filter((a) => a.title === "plan-unreadable");
    // The first plan costs 3 reads (plan, constitution, template), each other plan 1.
    expect(unread).toHaveLength(100 - (REST_READ_LIMIT - 2 - 2));
    expect(String(unread[0]!.message)).toMatch(
      /^GitHub's GraphQL API could not answer \(Something went wrong while executing your query.*\), and the REST fallback stops after 100 reads per run/,
    );
    expect(String(unread[0]!.message)).toContain("/speckit recheck");
    figures.push(
      `  REST fallback, 100 plans 10 folders deep: ${rest.length} REST reads, ${requests().length} requests in all (before the fix: 4,632 reads, unbounded: it grows with plans x depth)`,
    );
  });

  it("plans that could not be read fail the check: never 'All gates pass: 0 plans'", async () => {
    const probot = await createProbot();
    const scope = github();
    mockRunStart(scope, [{ filename: PLAN }, { filename: "specs/002-x/plan.md" }]);
    mockGraphqlTimeout(scope);
    scope
      .get(`${REPO_PATH}/git/trees/${HEAD}`)
      .query({ recursive: "1" })
      .reply(403, { message: "You have exceeded a secondary rate limit." });
    mockCreateCheck(scope);
    mockCreateComment(scope);
    mockRelist(scope);

    await deliver(probot, "pull_request", pullRequestEvent({ action: "opened" }));

    const body = check();
    expect(body).toMatchObject({ conclusion: "failure", output: { title: "2 errors in 2 plans" } });
    expect(body.output.annotations).toEqual([
      expect.objectContaining({ path: PLAN, title: "plan-unreadable", start_line: 1 }),
      expect.objectContaining({ path: "specs/002-x/plan.md", title: "plan-unreadable" }),
    ]);
    expect(String(body.output.annotations![0]!.message)).toMatch(
      /could not be read from GitHub \(You have exceeded a secondary rate limit\. \(HTTP 403\)\), so it was not checked\. A plan that was not checked never passes\./,
    );
    const comment = bodyOf("POST", `${REPO_PATH}/issues/2/comments`).body as string;
    expect(comment).toContain("## ❌ speckit-gate: 2 plans do not pass their gates");
  });

  it("a plan listed as changed but absent at the head fails instead of vanishing", async () => {
    const probot = await createProbot();
    const scope = github();
    mockRunStart(scope, [{ filename: PLAN }]);
    mockGraphql(scope, repoFiles({}));
    mockCreateCheck(scope);
    mockCreateComment(scope);
    mockRelist(scope);

    await deliver(probot, "pull_request", pullRequestEvent({ action: "opened" }));

    expect(check()).toMatchObject({
      conclusion: "failure",
      output: { title: "1 error in 1 plan" },
    });
    expect(String(check().output.annotations![0]!.message)).toContain(
      "is listed as changed but is not a file at commit aaaaaaa",
    );
  });
});

describe("item 3: annotations are capped, the report is sent once", () => {
  it("a 200 KB plan of [FEATURE] lines: 200 annotations in 4 requests, no resent text", async () => {
    const probot = await createProbot();
    const scope = github();
    mockRunStart(scope, [{ filename: PLAN }]);
    mockGraphql(scope, repoFiles({ [PLAN]: "[FEATURE]\n".repeat(20_480) }));
    mockCreateCheck(scope);
    scope
      .patch(/\/check-runs\/\d+$/)
      .times(3)
      .reply(200, {});
    mockCreateComment(scope);
    mockRelist(scope);

    await deliver(probot, "pull_request", pullRequestEvent({ action: "opened" }));

    const created = check();
    const updates = requestsTo("PATCH", /\/check-runs\/\d+$/).map(
      (r) => r.body as { output: Output },
    );
    expect([created, ...updates].map((b) => b.output.annotations!.length)).toEqual([
      50, 50, 50, 50,
    ]);
    expect(MAX_ANNOTATIONS).toBe(200);
    // The engine lists 1,000 placeholders and says it lists no more (MAX_FINDINGS_PER_RULE).
    expect(created.output.summary).toMatch(
      /_Annotations: the first 200 of 1,0\d\d findings, errors first\. The other 8\d\d are not annotated/,
    );
    for (const u of updates) {
      expect(u.output).not.toHaveProperty("text");
      expect(u.output).toMatchObject({
        title: created.output.title,
        summary: created.output.summary,
      });
    }
    const writes = requests().filter((r) => r.method !== "GET" && r.path !== "/graphql");
    const bytes = uploaded(writes);
    expect(bytes).toBeLessThan(400_000);
    figures.push(
      `  200 KB [FEATURE] plan: ${writes.length} writes (${1 + updates.length} for the check run), ${bytes.toLocaleString("en-US")} bytes uploaded (before the fix: 411 writes, 38,151,547 bytes)`,
    );
  });
});

describe("item 4: repository text cannot inject markup", () => {
  const ATTACK_PLAN = filled("001-subtitle-worker")
    .replace(
      "- [x] **VII. Configuration as Code**:",
      "- [ ] **@octocat <<x>img src=x onerror=alert(1)> <<x>h1>APPROVED**: pending\n- [x] **VII. Configuration as Code**:",
    )
    .replace(
      "**Spec**: [spec.md](./spec.md)",
      "**Spec**: [spec](x%60%20%40octo-org%2Fsecurity%20%3Cdetails%3E%3Csummary%3EAll%20plans%20pass%3C%2Fsummary%3E%2Fspec.md)",
    );
  const FOLDER = "specs/a`|`@octocat/plan.md";

  it("a crafted gate, link and folder name render as text in the comment and the check run", async () => {
    const probot = await createProbot();
    const scope = github();
    mockRunStart(scope, [{ filename: PLAN }, { filename: FOLDER }]);
    mockGraphql(scope, repoFiles({ [PLAN]: ATTACK_PLAN, [FOLDER]: ATTACK_PLAN }), 2);
    mockCreateCheck(scope);
    mockCreateComment(scope);
    mockRelist(scope);

    await deliver(probot, "pull_request", pullRequestEvent({ action: "opened" }));

    const comment = bodyOf("POST", `${REPO_PATH}/issues/2/comments`).body as string;
    const output = check().output;
    for (const md of [comment, output.summary, output.text ?? ""]) {
      const found = audit(md);
      expect({
        html: foreignHtml(found),
        images: found.images,
        mentions: found.mentions,
        badRows: found.badRows,
        foreignLinks: found.links.filter(
          (u) =>
            !u.startsWith(`https://github.com/Codertocat/Hello-World/blob/${HEAD}/`) &&
            !u.startsWith("https://github.com/speckit-gate/speckit-gate/blob/main/docs/rules/") &&
            !u.startsWith("https://github.com/Codertocat/Hello-World/runs/"),
        ),
      }).toEqual({ html: [], images: [], mentions: [], badRows: [], foreignLinks: [] });
    }
    // The gate is still shown, as text; the crafted folder too.
    expect(audit(comment).text).toContain("APPROVED");
    expect(comment).toContain("@\u2060octocat");
    // Where the markup survives at all, it is shown as code.
    expect(audit(comment).inlineCode).toContain(
      "@octocat <img src=x onerror=alert(1)> <h1>APPROVED",
    );
    // The link target the engine decoded is quoted as code, never closing its span.
    const specLink = output.annotations!.find((a) => a.title === "spec-link");
    expect(String(specLink!.message)).toContain("@\u2060octo-org/security <details>");
  });
});

describe("item 6: every list of paths fits GitHub's limits", () => {
  const constitutions = Array.from(
    { length: 2000 },
    (_, i) => `packages/p${i}/.specify/memory/constitution.md`,
  );

  it("2,000 touched constitutions and no plan: the summary fits and says what it left out", async () => {
    const probot = await createProbot();
    const scope = github();
    mockRunStart(
      scope,
      constitutions.map((filename) => ({ filename })),
    );
    // The amendment check reads the head's listing and the first 3 constitutions, no more.
    mockRest(scope, {}, { trees: [HEAD] });
    mockGraphql(scope, {});
    mockCreateCheck(scope);

    await deliver(
      probot,
      "pull_request",
      pullRequestEvent({ action: "opened", changedFiles: 2000 }),
    );

    const summary = check().output.summary;
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(OUTPUT_LIMIT_BYTES);
    expect(summary).toContain("and 1,990 more. Plans are judged against the version on the base");
    expect(requestsTo("POST", "/graphql")).toHaveLength(1);
    figures.push(
      `  2,000 touched constitutions, no plan: summary ${Buffer.byteLength(summary).toLocaleString("en-US")} bytes (before: 127 KB, refused with 422)`,
    );
  });

  it("2,000 touched constitutions and one plan: the comment fits", async () => {
    const probot = await createProbot();
    const scope = github();
    mockRunStart(scope, [{ filename: PLAN }, ...constitutions.map((filename) => ({ filename }))]);
    mockRest(scope, {}, { trees: [HEAD] });
    mockGraphql(scope, repoFiles({ [PLAN]: fixture("plan-raw.md") }), 2);
    mockCreateCheck(scope);
    mockListComments(scope, [
      commentResource(
        101,
        `<!-- speckit-gate:sticky head=${"c".repeat(40)} base=${BASE} at=2025-06-01T09:00:00Z -->\nold`,
      ),
    ]);
    scope.patch(`${REPO_PATH}/issues/comments/101`).reply(200, {});

    await deliver(
      probot,
      "pull_request",
      pullRequestEvent({ action: "synchronize", comments: 1, changedFiles: 2001 }),
    );

    const comment = bodyOf("PATCH", `${REPO_PATH}/issues/comments/101`).body as string;
    expect(comment.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(comment).toContain("and 1,990 more");
    figures.push(
      `  2,000 touched constitutions, one plan: comment ${comment.length.toLocaleString("en-US")} characters (before: 127,618, refused)`,
    );
  });
});

/** A `.github/speckit.yml` whose aliases expand past 100 values ("billion laughs"). */
function aliasBomb(): string {
  const lines = ["check-name: plan-gate", "a: &a [x, x, x, x, x, x, x, x, x, x]"];
  let previous = "a";
  for (let i = 0; i < 6; i++) {
    lines.push(`b${i}: &b${i} [${Array.from({ length: 10 }, () => `*${previous}`).join(", ")}]`);
    previous = `b${i}`;
  }
  return `${lines.join("\n")}\n`;
}

describe("item 8: a YAML alias bomb is a config error, on pull requests and pushes", () => {
  it("pull request: a failing check under the file's own check name, on the alias's line", async () => {
    const probot = await createProbot();
    const scope = github();
    mockToken(scope);
    scope
      .get(CONFIG_URL)
      .times(2)
      .reply(200, aliasBomb(), { "content-type": "application/vnd.github.raw; charset=utf-8" });
    mockCheckOrder(scope, [], { name: "plan-gate" });
    mockCreateCheck(scope);

    await deliver(probot, "pull_request", pullRequestEvent({ action: "opened" }));

    expect(check()).toMatchObject({
      name: "plan-gate",
      conclusion: "failure",
      output: { title: "Invalid configuration: 1 error" },
    });
    expect(check().output.annotations).toEqual([
      expect.objectContaining({
        path: ".github/speckit.yml",
        start_line: 3,
        message: expect.stringContaining("aliases (`*name`) expand to more than 100 values"),
      }),
    ]);
  });

  it("push to the default branch: the same config error, not an uncaught crash", async () => {
    const probot = await createProbot();
    const scope = github();
    mockToken(scope);
    scope
      .get(CONFIG_URL)
      .times(2)
      .reply(200, aliasBomb(), { "content-type": "application/vnd.github.raw; charset=utf-8" });
    mockCreateCheck(scope);

    await deliver(probot, "push", pushEvent({ modified: [".github/speckit.yml"] }));

    expect(check()).toMatchObject({
      name: "plan-gate (push)",
      conclusion: "failure",
      output: { title: "Invalid configuration: 1 error" },
    });
  });

  it("push: any other failure is reported on the pushed commit, as on pull requests", async () => {
    const probot = await createProbot();
    const scope = github();
    mockToken(scope);
    mockConfig(scope);
    scope.post("/graphql").reply(500, { message: "Server Error" });
    mockCreateCheck(scope);

    await expect(deliver(probot, "push", pushEvent({ modified: [PLAN] }))).rejects.toThrow();

    expect(check()).toMatchObject({
      name: "speckit-gate (push)",
      head_sha: HEAD,
      conclusion: "failure",
      output: { title: "speckit-gate could not check this commit" },
    });
  });
});

describe("item 9: a crash before the configuration loads reports under the configured name", () => {
  it("the organisation's file cannot be read: the repository's own file names the check", async () => {
    const probot = await createProbot();
    const scope = github();
    mockToken(scope);
    scope.get(CONFIG_URL).times(2).reply(200, "_extends: .github\ncheck-name: Plan gate\n", {
      "content-type": "application/vnd.github.raw; charset=utf-8",
    });
    scope
      .get(/^\/repos\/Codertocat\/\.github\/contents\/\.github(%2F|\/)speckit\.yml/)
      .reply(500, { message: "Server Error" });
    mockCheckOrder(scope, [], { name: "Plan gate" });
    mockCreateCheck(scope);

    await expect(
      deliver(probot, "pull_request", pullRequestEvent({ action: "opened" })),
    ).rejects.toThrow();

    expect(check()).toMatchObject({
      name: "Plan gate",
      conclusion: "failure",
      output: { title: "speckit-gate could not check this commit" },
    });
  });

  it("nothing can be read: the name this process last saw for the repository, and a note saying so", async () => {
    const probot = await createProbot();
    const scope = github();
    // A first run learns the name.
    mockRunStart(scope, [{ filename: "README.md" }], "check-name: Plan gate\n", {
      name: "Plan gate",
    });
    mockCreateCheck(scope);
    await deliver(probot, "pull_request", pullRequestEvent({ action: "opened" }));
    // Then GitHub fails every read of the configuration.
    scope.get(CONFIG_URL).times(2).reply(500, { message: "Server Error" });
    mockCheckOrder(scope, [], { name: "Plan gate" });
    mockCreateCheck(scope);

    await expect(
      deliver(probot, "pull_request", pullRequestEvent({ action: "synchronize" })),
    ).rejects.toThrow();

    const crash = requestsTo("POST", `${REPO_PATH}/check-runs`)[1]!.body as {
      name: string;
      output: Output;
    };
    expect(crash.name).toBe("Plan gate");
    expect(crash.output.summary).toContain(
      "so this report is filed under the check name this repository last used, `Plan gate`.",
    );
  });
});

describe("item 10: an older run never replaces a newer one's check run", () => {
  const NEW_BASE = "f".repeat(40);
  const older = () =>
    pullRequestEvent({ action: "synchronize", updatedAt: "2025-06-01T10:00:00Z" });
  const newer = () => {
    // The same head, retargeted to another base a minute later.
    const event = pullRequestEvent({
      action: "edited",
      base: NEW_BASE,
      updatedAt: "2025-06-01T10:01:00Z",
    });
    event.changes = { base: { ref: { from: "master" }, sha: { from: BASE } } };
    return event;
  };

  it("across processes: the check GitHub shows is newer, so the older run writes nothing", async () => {
    const probot = await createProbot();
    const scope = github();
    mockRunStart(scope, [{ filename: PLAN }], null, { order: false });
    mockGraphql(scope, repoFiles({ [PLAN]: fixture("plan-raw.md") }));
    mockCheckOrder(scope, [checkRunResource(1, `pr:2 at=2025-06-01T10:01:00Z base=${NEW_BASE}`)]);

    await deliver(probot, "pull_request", older());

    expect(requestsTo("POST", `${REPO_PATH}/check-runs`)).toEqual([]);
    expect(requestsTo("POST", `${REPO_PATH}/issues/2/comments`)).toEqual([]);
  });

  it("within a process: the retarget finished first, the slower older run then writes nothing", async () => {
    const probot = await createProbot();
    const scope = github();
    mockRunStart(scope, [{ filename: PLAN }]);
    mockGraphql(scope, repoFiles({ [PLAN]: fixture("plan-filled.md") }, {}, HEAD));
    mockCreateCheck(scope);
    mockCreateComment(scope);
    mockRelist(scope);
    await deliver(probot, "pull_request", newer());
    expect(check()).toMatchObject({
      external_id: `pr:2 at=2025-06-01T10:01:00Z base=${NEW_BASE}`,
    });

    // GitHub may not list the newer check run yet: the process remembers it.
    mockRunStart(scope, [{ filename: PLAN }], null, { token: false });
    mockGraphql(scope, repoFiles({ [PLAN]: fixture("plan-raw.md") }));
    await deliver(probot, "pull_request", older());

    expect(requestsTo("POST", `${REPO_PATH}/check-runs`)).toHaveLength(1);
  });

  it("seen in the same second on two bases: the pull request's current base decides", async () => {
    const probot = await createProbot();
    const scope = github();
    mockRunStart(scope, [{ filename: PLAN }], null, { order: false });
    mockGraphql(scope, repoFiles({ [PLAN]: fixture("plan-raw.md") }));
    mockCheckOrder(scope, [checkRunResource(1, `pr:2 at=2025-06-01T10:00:00Z base=${NEW_BASE}`)]);
    scope.get(`${REPO_PATH}/pulls/2`).reply(200, pullResource({ base: NEW_BASE }));

    await deliver(probot, "pull_request", older());

    expect(requestsTo("POST", `${REPO_PATH}/check-runs`)).toEqual([]);
  });

  it("the comment is ordered the same way: an older base never overwrites a newer one's report", async () => {
    const probot = await createProbot();
    const scope = github();
    // GitHub does not show the newer check yet, but the comment already reports the retarget.
    mockRunStart(scope, [{ filename: PLAN }]);
    mockGraphql(scope, repoFiles({ [PLAN]: fixture("plan-raw.md") }));
    mockCreateCheck(scope);
    mockListComments(scope, [
      commentResource(
        101,
        `<!-- speckit-gate:sticky head=${HEAD} base=${NEW_BASE} at=2025-06-01T10:01:00Z -->\nnewer`,
      ),
    ]);

    await deliver(probot, "pull_request", {
      ...older(),
      pull_request: { ...older().pull_request, comments: 1 },
    });

    expect(requestsTo("PATCH", /\/issues\/comments\//)).toEqual([]);
  });

  it("the newer run writes over an older one's check", async () => {
    const probot = await createProbot();
    const scope = github();
    mockRunStart(scope, [{ filename: PLAN }], null, { order: false });
    mockGraphql(scope, {
      ...repoFiles({ [PLAN]: fixture("plan-filled.md") }),
      [`${NEW_BASE}:${CONSTITUTION}`]: fixture("constitution.md"),
    });
    mockCheckOrder(scope, [checkRunResource(1, `pr:2 at=2025-06-01T10:00:00Z base=${BASE}`)]);
    mockCreateCheck(scope);
    mockCreateComment(scope);
    mockRelist(scope);

    await deliver(probot, "pull_request", newer());

    expect(check()).toMatchObject({ conclusion: "success" });
  });
});

describe("the work budget: deterministic, a clear finding, never a stall", () => {
  const plans = Array.from(
    { length: 30 },
    (_, i) => `specs/${String(i).padStart(3, "0")}-x/plan.md`,
  );

  async function run(): Promise<Output> {
    const probot = await createProbot();
    const scope = github();
    mockRunStart(
      scope,
      [...plans].reverse().map((filename) => ({ filename })),
      "max-run-bytes: 65536\n",
    );
    mockGraphql(
      scope,
      repoFiles(Object.fromEntries(plans.map((p) => [p, filled(p.split("/")[1]!)]))),
    );
    mockCreateCheck(scope);
    mockCreateComment(scope);
    mockRelist(scope);
    await deliver(probot, "pull_request", pullRequestEvent({ action: "opened", changedFiles: 30 }));
    return (requestsTo("POST", `${REPO_PATH}/check-runs`).at(-1)!.body as { output: Output })
      .output;
  }

  it("checks plans in path order while they fit max-run-bytes; the rest fail with plan-too-large", async () => {
    const first = await run();
    // Each plan costs 4,096 bytes plus its size (2.5 KB): 9 fit in 64 KiB.
    const budget = first.annotations!.filter((a) => a.title === "plan-too-large");
    expect(budget.map((a) => a.path)).toEqual(plans.slice(9));
    expect(String(budget[0]!.message)).toMatch(
      /^This run checks at most 65536 bytes of plans \(`max-run-bytes`, each plan counting at least 4096 bytes\), and the plans before this one in path order used it up, so this plan was not checked\./,
    );
    expect(first.title).toBe("21 errors in 21 of 30 plans");
    // The same input, listed in another order, gives the same result.
    const second = await run();
    expect(second.annotations).toEqual(first.annotations);
  });
});
