import { describe, expect, it } from "@jest/globals";
import { bodyOf, github, useGitHubMock } from "../helpers/github.js";
import { HEAD, pullRequestEvent } from "../helpers/payloads.js";
import { createProbot, deliver, memoryLog } from "../helpers/probot.js";
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

/**
 * The filled plan with gate VI left unchecked and unjustified, silenced by a suppression
 * comment: the gate passes, and the check run and the comment say what was silenced and why.
 */
function silencedPlan(): string {
  const plan = fixture("plan-filled.md");
  const gate = plan.split("\n").find((l) => l.startsWith("- [x] **VI. "));
  if (!gate) throw new Error("fixture: gate VI not found");
  return plan.replace(
    gate,
    "<!-- speckit-gate-disable-next-line gate-justification -- model pinning lands with ADR-7, see @octocat -->\n- [ ] **VI. Systematic AI Model Management**: later",
  );
}

describe("pull_request: findings silenced by suppression comments", () => {
  it("passes, and counts and lists them in the check run and the sticky comment", async () => {
    const { log, lines } = memoryLog();
    const probot = await createProbot({ log });
    const scope = github();
    mockRunStart(scope, [{ filename: PLAN }]);
    mockGraphql(scope, repoFiles({ [PLAN]: silencedPlan() }));
    mockCreateCheck(scope);
    mockCreateComment(scope);
    mockRelist(scope);

    await deliver(probot, "pull_request", pullRequestEvent({ action: "synchronize" }));

    // The operator's run line counts them too.
    expect(lines().filter((l) => l.outcome)).toEqual([
      expect.objectContaining({ outcome: "checked", plans: 1, suppressed: 1 }),
    ]);

    const check = bodyOf("POST", `${REPO_PATH}/check-runs`) as {
      conclusion: string;
      output: { title: string; summary: string; text: string; annotations?: unknown[] };
    };
    expect(check.conclusion).toBe("success");
    expect(check.output.title).toBe("All gates pass: 1 plan (1 suppressed)");
    expect(check.output.summary).toContain("**The plan passes the gate**: 1 suppressed.");
    expect(check.output.summary).toContain(
      "| Plan | Result | Errors | Warnings | Notices | Suppressed |",
    );
    expect(check.output.summary).toContain("| ✅ pass | 0 | 0 | 0 | 1 |");
    expect(check.output.annotations).toBeUndefined();
    const row = `| [32](https://github.com/Codertocat/Hello-World/blob/${HEAD}/${PLAN}#L32) | [\`gate-justification\`](https://github.com/speckit-gate/speckit-gate/blob/main/docs/rules/gate-justification.md) | error | model pinning lands with ADR-7, see @\u2060octocat |`;
    expect(check.output.text).toContain(
      "<details><summary>1 finding suppressed by comments in the plan</summary>",
    );
    expect(check.output.text).toContain(row);

    const comment = bodyOf("POST", `${REPO_PATH}/issues/2/comments`).body as string;
    expect(comment).toContain("## ✅ speckit-gate: the plan passes its gates (1 suppressed)");
    expect(comment).toContain("· 1 suppressed");
    expect(comment).toContain(
      "<details><summary>1 finding suppressed by comments in the plan</summary>",
    );
    expect(comment).toContain(row);
  });
});
