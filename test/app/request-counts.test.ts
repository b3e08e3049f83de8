import { afterAll, describe, expect, it } from "@jest/globals";
import type nock from "nock";
import { github, mockToken, requests, useGitHubMock } from "../helpers/github.js";
import { BASE, HEAD, pullRequestEvent } from "../helpers/payloads.js";
import { createProbot, deliver } from "../helpers/probot.js";
import {
  commentResource,
  CONSTITUTION,
  fixture,
  mockCheckOrder,
  mockConfig,
  mockCreateCheck,
  mockCreateComment,
  mockGraphql,
  mockListComments,
  mockPullFiles,
  mockRelist,
  REPO_PATH,
  TEMPLATE,
  type Files,
} from "../helpers/scenario.js";

/**
 * How many requests the app makes per event (the installation token left out). Targets: at
 * most 9 for a pull request that changes one plan, at most one more per 50 further plans, at
 * most 5 for a pull request that changes no plan. Each pull request run reads the check run
 * GitHub shows on its head before writing its own (so that an older run never replaces a
 * newer one). The table is printed at the end.
 */

useGitHubMock();

const table: string[] = [];

function plans(n: number): string[] {
  return Array.from(
    { length: n },
    (_, i) => `specs/${String(i + 1).padStart(3, "0")}-feature/plan.md`,
  );
}

function files(paths: readonly string[]): Files {
  const out: Record<string, string> = {
    [`${BASE}:${CONSTITUTION}`]: fixture("constitution.md"),
    [`${BASE}:${TEMPLATE}`]: fixture("plan-template.md"),
  };
  for (const p of paths) {
    out[`${HEAD}:${p}`] = fixture("plan-filled.md").replaceAll(
      "001-subtitle-worker",
      p.split("/")[1]!,
    );
    out[`${HEAD}:${p.replace(/plan\.md$/, "spec.md")}`] = "# Spec\n";
  }
  return out;
}

async function count(
  label: string,
  setup: (scope: nock.Scope) => void,
  event: Record<string, unknown>,
): Promise<number> {
  const probot = await createProbot();
  const scope = github();
  mockToken(scope);
  mockCheckOrder(scope);
  setup(scope);
  await deliver(probot, "pull_request", event);
  const sent = requests();
  const kinds = sent.map(
    (r) =>
      `${r.method} ${r.path.split("?")[0]!.replace(/^\/repos\/Codertocat\/(Hello-World|\.github)/, "")}`,
  );
  table.push(`${String(sent.length).padStart(3)}  ${label}\n       ${kinds.join(", ")}`);
  return sent.length;
}

afterAll(() => {
  console.log(`Requests per event (installation token excluded):\n${table.join("\n")}`);
});

describe("requests per event", () => {
  it("no plan changed, no speckit.yml anywhere (Probot also looks in the owner's .github): 5", async () => {
    const n = await count(
      "pull_request.opened, no plan changed, no config",
      (scope) => {
        mockConfig(scope);
        mockPullFiles(scope, [{ filename: "README.md" }]);
        mockCreateCheck(scope);
      },
      pullRequestEvent({ action: "opened" }),
    );
    expect(n).toBeLessThanOrEqual(5);
  });

  it("no plan changed, the repository has a speckit.yml: 4", async () => {
    const n = await count(
      "pull_request.synchronize, no plan changed, repository config",
      (scope) => {
        mockConfig(scope, "comment: always\n");
        mockPullFiles(scope, [{ filename: "README.md" }]);
        mockCreateCheck(scope);
      },
      pullRequestEvent({ action: "synchronize", comments: 0 }),
    );
    expect(n).toBe(4);
  });

  it("one plan, first run (comment posted, then the race check): at most 9", async () => {
    const paths = plans(1);
    const n = await count(
      "pull_request.opened, 1 plan, comment created",
      (scope) => {
        mockConfig(scope);
        mockPullFiles(
          scope,
          paths.map((filename) => ({ filename })),
        );
        mockGraphql(scope, files(paths));
        mockCreateCheck(scope);
        mockCreateComment(scope);
        mockRelist(scope);
      },
      pullRequestEvent({ action: "opened" }),
    );
    expect(n).toBeLessThanOrEqual(9);
  });

  it("one plan, comment already there (edited in place): at most 8", async () => {
    const paths = plans(1);
    const n = await count(
      "pull_request.synchronize, 1 plan, comment updated (the login comes from the check run)",
      (scope) => {
        mockConfig(scope);
        mockPullFiles(
          scope,
          paths.map((filename) => ({ filename })),
        );
        mockGraphql(scope, files(paths));
        mockCreateCheck(scope);
        mockListComments(scope, [
          commentResource(
            101,
            `<!-- speckit-gate:sticky head=${"c".repeat(40)} at=2025-06-01T09:00:00Z -->\nold`,
          ),
        ]);
        scope.patch(`${REPO_PATH}/issues/comments/101`).reply(200, {});
      },
      pullRequestEvent({ action: "synchronize", comments: 1 }),
    );
    expect(n).toBeLessThanOrEqual(8);
  });

  it("one plan linking beyond its folder (a second query for the links): at most 9", async () => {
    const paths = plans(1);
    const text = fixture("plan-filled.md")
      .replaceAll("001-subtitle-worker", "001-feature")
      .replace(
        "## Summary\n",
        "## Summary\n\nSee [the shared research](../000-shared/research.md).\n",
      );
    const n = await count(
      "pull_request.opened, 1 plan linking another feature's research.md",
      (scope) => {
        mockConfig(scope);
        mockPullFiles(
          scope,
          paths.map((filename) => ({ filename })),
        );
        mockGraphql(
          scope,
          {
            ...files(paths),
            [`${HEAD}:${paths[0]}`]: text,
            [`${HEAD}:specs/000-shared/research.md`]: "# R\n",
          },
          2,
        );
        mockCreateCheck(scope);
        mockCreateComment(scope);
        mockRelist(scope);
      },
      pullRequestEvent({ action: "opened" }),
    );
    expect(n).toBeLessThanOrEqual(9);
  });

  for (const n of [51, 101, 201]) {
    it(`${n} plans: at most one more request per 50 further plans`, async () => {
      const paths = plans(n);
      const queries = Math.ceil(n / 100);
      const sent = await count(
        `pull_request.opened, ${n} plans`,
        (scope) => {
          mockConfig(scope);
          mockPullFiles(
            scope,
            paths.map((filename) => ({ filename })),
          );
          mockGraphql(scope, files(paths), queries);
          mockCreateCheck(scope);
          mockCreateComment(scope);
          mockRelist(scope);
        },
        pullRequestEvent({ action: "opened", changedFiles: n }),
      );
      // 8 for one plan; pages of `pulls.listFiles` hold 100 files, queries 100 plans.
      expect(sent).toBeLessThanOrEqual(8 + Math.floor((n - 1) / 50));
    });
  }
});
