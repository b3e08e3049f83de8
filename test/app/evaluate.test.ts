import { describe, expect, it } from "@jest/globals";
import { ProbotOctokit } from "probot";
import { evaluatePlans, PLANS_PER_QUERY } from "../../src/app/evaluate.js";
import type { Octokit } from "../../src/app/github.js";
import { DEFAULT_CONFIG } from "../../src/config/config.js";
import { github, requestsTo, useGitHubMock } from "../helpers/github.js";
import { BASE, HEAD, OWNER, REPO } from "../helpers/payloads.js";
import { fixture, mockGraphql, repoFiles } from "../helpers/scenario.js";

/**
 * `evaluatePlans` on its own (the App tests drive it through `probot.receive()`): what it does
 * between plans, and how much it reads when the work budget runs out.
 */

useGitHubMock();

function client(): Octokit {
  return new ProbotOctokit({
    auth: { token: "ghs_test" },
    retry: { enabled: false },
    throttle: { enabled: false },
  }) as unknown as Octokit;
}

const plans = (n: number): string[] =>
  Array.from({ length: n }, (_, i) => `specs/${String(i).padStart(4, "0")}-x/plan.md`);

describe("evaluatePlans", () => {
  it("lets the event loop run between plans: one pause per plan link scan and per plan check", async () => {
    const scope = github();
    const paths = plans(5);
    mockGraphql(
      scope,
      repoFiles(Object.fromEntries(paths.map((p) => [p, fixture("plan-filled.md")]))),
    );
    let pauses = 0;
    const octokit = client();

    const results = await evaluatePlans(
      octokit,
      octokit,
      { owner: OWNER, repo: REPO },
      DEFAULT_CONFIG,
      paths,
      { head: HEAD, base: BASE },
      { rerun: "Re-run.", pause: async () => void (pauses += 1) },
    );

    expect(results.map((r) => r.path)).toEqual(paths);
    expect(pauses).toBe(2 * paths.length);
  });

  it("stops reading once the budget is spent: no query for plans that would not be checked", async () => {
    const scope = github();
    const paths = plans(PLANS_PER_QUERY + 50);
    // Only the first query is answered: the budget runs out within its plans.
    mockGraphql(
      scope,
      repoFiles(Object.fromEntries(paths.map((p) => [p, fixture("plan-filled.md")]))),
    );
    const octokit = client();

    const results = await evaluatePlans(
      octokit,
      octokit,
      { owner: OWNER, repo: REPO },
      { ...DEFAULT_CONFIG, maxRunBytes: 20 * 4096 },
      paths,
      { head: HEAD, base: BASE },
      { rerun: "Re-run.", pause: async () => {} },
    );

    expect(requestsTo("POST", "/graphql")).toHaveLength(1);
    const over = results.filter((r) => r.findings.some((f) => f.rule === "plan-too-large"));
    expect(over).toHaveLength(paths.length - 12);
    expect(over[0]!.path).toBe(paths[12]);
  });
});
