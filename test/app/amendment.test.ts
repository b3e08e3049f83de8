import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "@jest/globals";
import type nock from "nock";
import { IMPACT_PLANS_PER_QUERY } from "../../src/app/amendment.js";
import { MAX_LISTED_PLANS } from "../../src/render/amendment.js";
import { bodyOf, github, requests, requestsTo, useGitHubMock } from "../helpers/github.js";
import { BASE, HEAD, pullRequestEvent } from "../helpers/payloads.js";
import { createProbot, deliver } from "../helpers/probot.js";
import {
  CONSTITUTION,
  mockCreateCheck,
  mockCreateComment,
  mockGraphql,
  mockGraphqlTimeout,
  mockRelist,
  mockRest,
  mockRunStart,
  REPO_PATH,
} from "../helpers/scenario.js";

/**
 * A pull request that amends the constitution, through `probot.receive()` with real webhook
 * payloads: the amendment checked at the head, its findings on the constitution's lines, the
 * plans at the head it leaves uncovered or out of date listed in the check run and the
 * comment. The requests each run makes are printed at the end.
 */

useGitHubMock();

const DIR = new URL("../fixtures/amendment/", import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, DIR), "utf8");
const BASE_TEXT = read("constitution.md");
const PLANS = ["001-ledger-import", "002-export", "003-audit-log"].map((f) => `specs/${f}/plan.md`);
const TEXTS = Object.fromEntries(PLANS.map((p) => [p, read(p)]));
const OTHER_CONSTITUTION = "services/billing/.specify/memory/constitution.md";
const OTHER_PLAN = "services/billing/specs/004-invoices/plan.md";
const URL_HEAD = `https://github.com/Codertocat/Hello-World/blob/${HEAD}`;

function edit(text: string, ...pairs: ReadonlyArray<readonly [string | RegExp, string]>): string {
  let out = text;
  for (const [from, to] of pairs) {
    if (typeof from === "string" ? !out.includes(from) : !from.test(out))
      throw new Error(String(from));
    out = out.replace(from, to);
  }
  return out;
}

function lineOf(text: string, needle: string): number {
  const k = text.split("\n").findIndex((l) => l.includes(needle));
  if (k < 0) throw new Error(`not found: ${needle}`);
  return k + 1;
}

/**
 * The amendment under review: principle IV removed (the next one renumbered), a principle
 * added, and a MINOR bump where a removal calls for MAJOR; the Sync Impact Report leaves the
 * removal out.
 */
const HEAD_TEXT = edit(
  BASE_TEXT,
  [/### IV\. Integration Testing[\s\S]*?### V\./, "### IV."],
  [
    "## Additional Constraints",
    "### V. Security by Default\nEvery endpoint MUST require authentication.\n\n## Additional Constraints",
  ],
  ["**Version**: 1.2.0", "**Version**: 1.3.0"],
  ["**Last Amended**: 2025-03-02", "**Last Amended**: 2025-04-15"],
  [
    /<!--[\s\S]*?-->/,
    "<!--\nSync Impact Report\nVersion change: 1.2.0 → 1.3.0\nModified principles: none\nAdded sections:\n- V. Security by Default\nRemoved sections: none\n-->",
  ],
);
const VERSION_LINE = lineOf(HEAD_TEXT, "**Version**");
const REMOVED_LINE = lineOf(HEAD_TEXT, "Removed sections: none");

/** The repository: both constitutions, the plans at the head, and a plan of another constitution. */
function repository(
  head = HEAD_TEXT,
  plans: Readonly<Record<string, string>> = TEXTS,
): Record<string, string> {
  const files: Record<string, string> = {
    [`${BASE}:${CONSTITUTION}`]: BASE_TEXT,
    [`${HEAD}:${CONSTITUTION}`]: head,
    [`${HEAD}:${OTHER_CONSTITUTION}`]: BASE_TEXT,
    [`${HEAD}:${OTHER_PLAN}`]: TEXTS[PLANS[1]!]!,
    [`${HEAD}:README.md`]: "# Ledgerly\n",
  };
  for (const [path, text] of Object.entries(plans)) files[`${HEAD}:${path}`] = text;
  return files;
}

interface Output {
  title: string;
  summary: string;
  text?: string;
  annotations?: Record<string, unknown>[];
}

function check(): { conclusion: string; output: Output } {
  return bodyOf("POST", `${REPO_PATH}/check-runs`) as unknown as {
    conclusion: string;
    output: Output;
  };
}

function comment(): string {
  return bodyOf("POST", `${REPO_PATH}/issues/2/comments`).body as string;
}

const table: string[] = [];

/** Delivers the pull request and records its requests for the table printed at the end. */
async function run(
  label: string,
  setup: (scope: nock.Scope) => void,
  event = pullRequestEvent({ action: "opened" }),
): Promise<number> {
  const probot = await createProbot();
  const scope = github();
  setup(scope);
  await deliver(probot, "pull_request", event);
  const sent = requests();
  const kinds = sent.map(
    (r) => `${r.method} ${r.path.split("?")[0]!.replace(/^\/repos\/Codertocat\/Hello-World/, "")}`,
  );
  table.push(`${String(sent.length).padStart(3)}  ${label}\n       ${kinds.join(", ")}`);
  return sent.length;
}

afterAll(() => {
  console.log(`Requests per amendment run (installation token excluded):\n${table.join("\n")}`);
});

const section = [
  `### ⚠️ Constitution amendment: [\`${CONSTITUTION}\`](${URL_HEAD}/${CONSTITUTION})`,
  "",
  "Version `1.2.0` → `1.3.0` · the changes call for a MAJOR bump · 2 warnings.",
  "",
  "**Changes:**",
  "",
  "- MAJOR: principle `IV. Integration Testing` was removed",
  "- MINOR: principle `V. Security by Default` was added",
  "- PATCH: principle `V. Observability & Simplicity` was renumbered `IV. Observability & Simplicity`",
  "",
  "| | Line | Rule | Finding |",
  "| --- | --- | --- | --- |",
  `| ⚠️ | [${REMOVED_LINE}](${URL_HEAD}/${CONSTITUTION}#L${REMOVED_LINE}) | [\`amendment-sync-report\`](https://github.com/speckit-gate/speckit-gate/blob/main/docs/rules/amendment-sync-report.md) | The Sync Impact Report does not mention principle \`IV. Integration Testing\`, which this amendment removed. |`,
  `| ⚠️ | [${VERSION_LINE}](${URL_HEAD}/${CONSTITUTION}#L${VERSION_LINE}) | [\`amendment-version-bump\`](https://github.com/speckit-gate/speckit-gate/blob/main/docs/rules/amendment-version-bump.md) | The version went from \`1.2.0\` to \`1.3.0\`, a MINOR bump, but principle \`IV. Integration Testing\` was removed, which calls for a MAJOR bump. spec-kit's rule for \`/speckit.constitution\`: MAJOR when a principle is removed or redefined incompatibly, MINOR when one is added or materially expanded, PATCH for wording. |`,
  "",
  "_`amendments: warn`: the amendment's findings do not fail the check; `amendments: block` in `.github/speckit.yml` makes them errors._",
  "",
  "**Plans to re-check** (3 of the 3 plans that use this constitution at the head commit):",
  "",
].join("\n");

/** The list item of a plan to re-check: its path linked to its first line, then `line N: what`. */
function planItem(path: string, items: readonly (readonly [number, string])[]): string {
  const phrases = items.map(([line, what]) => `line ${line}: ${what}`);
  return `- [\`${path}\`](${URL_HEAD}/${path}#L${items[0]![0]}): ${phrases.join("; ")}`;
}

const [IMPORT, EXPORT, AUDIT] = PLANS.map((p) => TEXTS[p]!) as [string, string, string];
const CHECK_LINE = (text: string): number => lineOf(text, "## Constitution Check");
const impactList = [
  planItem(PLANS[0]!, [
    [CHECK_LINE(IMPORT), "no gate for `V. Security by Default` (added)"],
    [
      lineOf(IMPORT, "**IV. Integration Testing**"),
      "checks `IV. Integration Testing`, which is removed",
    ],
    [lineOf(IMPORT, "*Based on Constitution"), "cites version `1.2.0`, now `1.3.0`"],
  ]),
  planItem(PLANS[1]!, [
    [CHECK_LINE(EXPORT), "no gate for `V. Security by Default` (added)"],
    [lineOf(EXPORT, "*Based on Constitution"), "cites version `1.1.0`, now `1.3.0`"],
  ]),
  planItem(PLANS[2]!, [
    [CHECK_LINE(AUDIT), "no gate for `V. Security by Default` (added)"],
    [
      lineOf(AUDIT, "### Integration Testing"),
      "checks `IV. Integration Testing`, which is removed",
    ],
  ]),
].join("\n");

describe("pull_request that amends the constitution (amendments: warn, the default)", () => {
  it("reports the amendment in the check run and the comment without failing the check", async () => {
    const files = repository();
    const n = await run(
      "constitution amended, 3 plans use it (+1 of another constitution)",
      (scope) => {
        mockRunStart(scope, [{ filename: CONSTITUTION }]);
        mockRest(scope, files, { trees: [HEAD] });
        mockGraphql(scope, files);
        mockCreateCheck(scope);
        mockCreateComment(scope);
        mockRelist(scope);
      },
    );
    // config (2), files, check order, head listing, one query, check run, comment, relist
    expect(n).toBe(9);

    const body = check();
    expect(body.conclusion).toBe("success");
    expect(body.output.title).toBe("Constitution amendment: 2 warnings, 3 plans to re-check");
    expect(body.output.summary).toContain(`${section}\n${impactList}\n`);
    expect(body.output.summary).toContain(
      "This pull request changes `.specify/memory/constitution.md`. Plans are judged against the version on the base branch `master`, so that a pull request cannot relax the gate that judges it; the change applies once it is merged. The amended constitution itself is checked below, at the head commit, as an amendment.",
    );
    // The plan of the billing service has its own constitution: not listed.
    expect(body.output.summary).not.toContain("services/billing");

    // Annotated on the constitution's lines, with the whole message and the rule's page.
    expect(body.output.annotations).toEqual([
      {
        path: CONSTITUTION,
        start_line: REMOVED_LINE,
        end_line: REMOVED_LINE,
        annotation_level: "warning",
        title: "amendment-sync-report",
        message:
          "The Sync Impact Report does not mention principle `IV. Integration Testing`, which this amendment removed. The report is how reviewers and plan authors learn which principles to re-check; spec-kit's report lists every modified principle (old title → new title when renamed) and every added and removed section. Add it under `Removed sections`: `- IV. Integration Testing`.\n\nPrinciple: IV. Integration Testing.\n\nRule: https://github.com/speckit-gate/speckit-gate/blob/main/docs/rules/amendment-sync-report.md",
      },
      {
        path: CONSTITUTION,
        start_line: VERSION_LINE,
        end_line: VERSION_LINE,
        start_column: 14,
        end_column: 19,
        annotation_level: "warning",
        title: "amendment-version-bump",
        message:
          "The version went from `1.2.0` to `1.3.0`, a MINOR bump, but principle `IV. Integration Testing` was removed, which calls for a MAJOR bump. spec-kit's rule for `/speckit.constitution`: MAJOR when a principle is removed or redefined incompatibly, MINOR when one is added or materially expanded, PATCH for wording. Set the version to `2.0.0`.\n\nRule: https://github.com/speckit-gate/speckit-gate/blob/main/docs/rules/amendment-version-bump.md",
      },
    ]);
    // The details hold each item's whole message.
    expect(body.output.text).toContain(
      `  - [line ${lineOf(AUDIT, "### Integration Testing")}](${URL_HEAD}/${PLANS[2]}#L${lineOf(AUDIT, "### Integration Testing")}): The plan checks principle \`IV. Integration Testing\`, which the amendment removes. Remove its gate, or say which principle now covers it.`,
    );

    // One query: both constitutions and the three plans that use the amended one.
    const graphql = requestsTo("POST", "/graphql");
    expect(graphql).toHaveLength(1);
    expect(
      Object.values((graphql[0]!.body as { variables: Record<string, string> }).variables).sort(),
    ).toEqual(
      [
        "Codertocat",
        "Hello-World",
        `${BASE}:${CONSTITUTION}`,
        `${HEAD}:${CONSTITUTION}`,
        ...PLANS.map((p) => `${HEAD}:${p}`),
      ].sort(),
    );

    const posted = comment();
    expect(posted).toContain(
      "## ⚠️ speckit-gate: the constitution amendment passes with 2 warnings; 3 plans to re-check\n\nThis pull request changes no implementation plan; it amends the constitution.",
    );
    expect(posted).toContain(`${section}\n${impactList}\n`);
  });

  it("says that nothing needs re-checking when the plans already cover the change", async () => {
    // A wording-only amendment (PATCH), stamped and reported correctly.
    const head = edit(
      BASE_TEXT,
      ["Tests MUST be written and approved", "Tests MUST be written and reviewed"],
      ["**Version**: 1.2.0", "**Version**: 1.2.1"],
      ["**Last Amended**: 2025-03-02", "**Last Amended**: 2025-04-15"],
      [
        /<!--[\s\S]*?-->/,
        "<!--\nSync Impact Report\nVersion change: 1.2.0 → 1.2.1\nModified principles:\n- III. Test-First: wording\nAdded sections: none\nRemoved sections: none\n-->",
      ],
    );
    const plans = {
      [PLANS[2]!]: AUDIT, // cites no version
    };
    const files = repository(head, plans);
    await run("wording-only amendment, 1 plan, nothing to re-check", (scope) => {
      mockRunStart(scope, [{ filename: CONSTITUTION }]);
      mockRest(scope, files, { trees: [HEAD] });
      mockGraphql(scope, files);
      mockCreateCheck(scope);
      mockCreateComment(scope);
      mockRelist(scope);
    });
    const body = check();
    expect(body.conclusion).toBe("success");
    expect(body.output.title).toBe("Constitution amendment: no findings");
    expect(body.output.annotations).toBeUndefined();
    expect(body.output.summary).toContain(
      "Version `1.2.0` → `1.2.1` · the changes call for a PATCH bump · no findings.\n\n**Changes:**\n\n- PATCH: principle `III. Test-First` was reworded\n\nNo plan has to be re-checked: the plan that uses this constitution at the head commit covers what changed.",
    );
    expect(comment()).toContain("## ✅ speckit-gate: the constitution amendment passes its checks");
  });

  it("adds the amendment to the report of a pull request that also changes a plan", async () => {
    const files = {
      ...repository(),
      [`${HEAD}:specs/002-export/spec.md`]: "# Spec\n",
    };
    const n = await run("constitution amended and one of its plans changed", (scope) => {
      mockRunStart(scope, [{ filename: CONSTITUTION }, { filename: PLANS[1]! }]);
      mockRest(scope, files, { trees: [HEAD] });
      // The amendment's query, then the changed plan's (judged against the base constitution).
      mockGraphql(scope, files, 2);
      mockCreateCheck(scope);
      mockCreateComment(scope);
      mockRelist(scope);
    });
    expect(n).toBe(10);
    const body = check();
    // The changed plan never addresses principles IV and V of the base constitution: it fails
    // there, as before; the amendment adds its warnings and its list.
    expect(body.conclusion).toBe("failure");
    expect(body.output.title).toBe(
      "2 errors in 1 plan; constitution amendment: 2 warnings, 3 plans to re-check",
    );
    expect(body.output.annotations!.map((a) => [a.path, a.title, a.annotation_level])).toEqual([
      [PLANS[1], "principle-coverage", "failure"],
      [PLANS[1], "principle-coverage", "failure"],
      [CONSTITUTION, "amendment-sync-report", "warning"],
      [CONSTITUTION, "amendment-version-bump", "warning"],
      [PLANS[1], "constitution-version", "warning"],
    ]);
    expect(body.output.summary).toContain(`${section}\n${impactList}\n`);
    const posted = comment();
    expect(posted).toMatch(/^## ❌ speckit-gate: the plan does not pass its gates$/m);
    expect(posted).toContain(`${section}\n${impactList}\n`);
  });
});

describe("pull_request that amends the constitution: amendments: block and off", () => {
  it("block: the amendment's findings are errors, and the check fails", async () => {
    const files = repository();
    await run("amendments: block", (scope) => {
      mockRunStart(scope, [{ filename: CONSTITUTION }], "amendments: block\n");
      mockRest(scope, files, { trees: [HEAD] });
      mockGraphql(scope, files);
      mockCreateCheck(scope);
      mockCreateComment(scope);
      mockRelist(scope);
    });
    const body = check();
    expect(body.conclusion).toBe("failure");
    expect(body.output.title).toBe("Constitution amendment: 2 errors, 3 plans to re-check");
    expect(body.output.annotations!.map((a) => [a.title, a.annotation_level])).toEqual([
      ["amendment-sync-report", "failure"],
      ["amendment-version-bump", "failure"],
    ]);
    expect(body.output.summary).toContain(
      "### ❌ Constitution amendment: [`.specify/memory/constitution.md`]",
    );
    expect(body.output.summary).toContain(
      "_`amendments: block`: the amendment's findings are errors, so they fail the check._",
    );
    expect(comment()).toContain(
      "## ❌ speckit-gate: the constitution amendment fails its checks (2 errors); 3 plans to re-check",
    );
  });

  it("off: nothing is read for the amendment, and the check is the usual one", async () => {
    const n = await run("amendments: off", (scope) => {
      mockRunStart(scope, [{ filename: CONSTITUTION }], "amendments: off\n");
      mockCreateCheck(scope);
    });
    expect(n).toBe(4);
    const body = check();
    expect(body).toMatchObject({ conclusion: "success", output: { title: "No plan changes" } });
    expect(body.output.summary).not.toContain("amendment");
    expect(requestsTo("GET", /git\/trees/)).toHaveLength(0);
  });

  it("comment: failures posts nothing for an amendment that only warns", async () => {
    const files = repository();
    await run("amendments: warn, comment: failures", (scope) => {
      mockRunStart(scope, [{ filename: CONSTITUTION }], "comment: failures\n");
      mockRest(scope, files, { trees: [HEAD] });
      mockGraphql(scope, files);
      mockCreateCheck(scope);
    });
    expect(check().conclusion).toBe("success");
    expect(requestsTo("POST", `${REPO_PATH}/issues/2/comments`)).toHaveLength(0);
  });
});

describe("pull_request that amends the constitution of a large repository", () => {
  it("reads 500 plans in one listing and five queries, and lists the first 25 with 'and N more'", async () => {
    const paths = Array.from(
      { length: 500 },
      (_, i) => `specs/${String(i + 1).padStart(3, "0")}-feature/plan.md`,
    );
    const plans = Object.fromEntries(paths.map((p) => [p, EXPORT]));
    const files = repository(HEAD_TEXT, plans);
    const queries = Math.ceil(500 / IMPACT_PLANS_PER_QUERY);
    const n = await run("constitution amended, 500 plans use it", (scope) => {
      mockRunStart(scope, [{ filename: CONSTITUTION }]);
      mockRest(scope, files, { trees: [HEAD] });
      mockGraphql(scope, files, queries);
      mockCreateCheck(scope);
      mockCreateComment(scope);
      mockRelist(scope);
    });
    expect(queries).toBe(5);
    expect(n).toBe(8 + queries);
    const summary = check().output.summary;
    expect(summary).toContain(
      "**Plans to re-check** (500 of the 500 plans that use this constitution at the head commit):",
    );
    expect(summary.match(/^- \[`specs\//gm)).toHaveLength(MAX_LISTED_PLANS);
    expect(summary).toContain(
      `- _…and 475 more plans: the check run's details list them, and \`speckit-gate impact --base ${BASE.slice(0, 12)}\` lists them all._`,
    );
    expect(comment()).toContain("- _…and 475 more plans:");
    // The details list as many as fit GitHub's limit, and say where the rest are.
    const text = check().output.text!;
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(65_535);
    expect(text).toMatch(/more lines left out to fit GitHub's 65,535-byte limit/);
  });
});

describe("pull_request that amends the constitution: plans over max-plan-bytes", () => {
  it("are not downloaded, and are listed as not read", async () => {
    const big = `${EXPORT}\n${"Filler line for a long plan.\n".repeat(100)}`;
    const files = repository(HEAD_TEXT, { ...TEXTS, "specs/009-big/plan.md": big });
    await run("max-plan-bytes: 2048, one plan over it", (scope) => {
      mockRunStart(scope, [{ filename: CONSTITUTION }], "max-plan-bytes: 2048\n");
      mockRest(scope, files, { trees: [HEAD] });
      mockGraphql(scope, files);
      mockCreateCheck(scope);
      mockCreateComment(scope);
      mockRelist(scope);
    });
    const variables = Object.values(
      (requestsTo("POST", "/graphql")[0]!.body as { variables: Record<string, string> }).variables,
    );
    expect(variables).not.toContain(`${HEAD}:specs/009-big/plan.md`);
    expect(check().output.summary).toContain(
      "**Plans to re-check** (3 of the 4 plans that use this constitution at the head commit):",
    );
    expect(check().output.summary).toContain(
      "1 plan could not be read (not UTF-8 text, or over `max-plan-bytes`): `specs/009-big/plan.md`.",
    );
  });
});

describe("pull_request that amends the constitution: when GitHub fails", () => {
  it("GraphQL failing: the constitutions are read raw, and the summary says the plans were not read", async () => {
    const files = repository();
    await run("GraphQL timing out", (scope) => {
      mockRunStart(scope, [{ filename: CONSTITUTION }]);
      mockRest(scope, files, { trees: [HEAD], reads: 2 });
      mockGraphqlTimeout(scope);
      mockCreateCheck(scope);
      mockCreateComment(scope);
      mockRelist(scope);
    });
    const body = check();
    expect(body.output.title).toBe("Constitution amendment: 2 warnings");
    expect(body.output.summary).toContain(
      "GitHub's GraphQL API could not answer (`Request failed due to following response errors: - Something went wrong while executing your query. This may be the result of a timeout, or it could be a GitHub bug.`), so the plans were not read. Re-run the check, or run `speckit-gate impact --base bbbbbbbbbbbb` on a checkout.",
    );
  });
});

describe("pull_request that amends the constitution: repository text stays text", () => {
  it("escapes principle names and plan paths in the summary and the comment", async () => {
    const hostile = edit(HEAD_TEXT, [
      "### V. Security by Default",
      "### V. Ping @org/security <img src=x> #12 www.example.com",
    ]);
    const path = "specs/006-a|b `x`/plan.md";
    const files = repository(hostile, { [path]: EXPORT });
    await run("hostile principle name and plan path", (scope) => {
      mockRunStart(scope, [{ filename: CONSTITUTION }]);
      mockRest(scope, files, { trees: [HEAD] });
      mockGraphql(scope, files);
      mockCreateCheck(scope);
      mockCreateComment(scope);
      mockRelist(scope);
    });
    for (const text of [check().output.summary, comment()]) {
      // In code spans, where GitHub neither links mentions nor renders HTML; nowhere else.
      // The engine keeps the principle's text, not its HTML.
      expect(text).toContain(
        "- MINOR: principle `V. Ping @org/security #12 www.example.com` was added",
      );
      expect(text).toContain("no gate for `V. Ping @org/security #12 www.example.com` (added)");
      expect(text.replace(/`[^`]*`/g, "")).not.toMatch(/@org|<img|#12|www\./);
      expect(text).toContain(
        `- [\`\`specs/006-a|b \`x\`/plan.md\`\`](${URL_HEAD}/specs/006-a%7Cb%20%60x%60/plan.md#L21):`,
      );
    }
  });
});
