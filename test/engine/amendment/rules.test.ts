import { readFileSync } from "node:fs";
import { describe, expect, it } from "@jest/globals";
import { DEFAULT_CONFIG } from "../../../src/config/config.js";
import { checkAmendment } from "../../../src/engine/amendment/check.js";
import { impactReport, planImpacts } from "../../../src/engine/amendment/impact.js";
import { amendmentOf } from "../../../src/engine/amendment/amendment.js";
import { bumpOf, nextVersion } from "../../../src/engine/amendment/versions.js";
import { checkPlan, type RawFile } from "../../../src/engine/check.js";
import { rules } from "../../../src/engine/rules/index.js";

const DIR = new URL("../../fixtures/amendment/", import.meta.url);
const PATH = ".specify/memory/constitution.md";
const BASE = readFileSync(new URL("constitution.md", DIR), "utf8");
const IMPORT = readFileSync(new URL("specs/001-ledger-import/plan.md", DIR), "utf8");

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
  return text.split("\n").findIndex((l) => l.includes(needle)) + 1;
}

/** A head with its report rewritten to fit, so that only the rule under test speaks. */
function amended(text: string, version: string, date = "2025-04-15", lines: string[] = []): string {
  const stamped = edit(
    text,
    ["**Version**: 1.2.0", `**Version**: ${version}`],
    ["**Last Amended**: 2025-03-02", `**Last Amended**: ${date}`],
  );
  return stamped.replace(
    /<!--[\s\S]*?-->/,
    `<!--\nSync Impact Report\nVersion change: 1.2.0 → ${version}\n${lines.join("\n")}\n-->`,
  );
}

function findings(head: string, config = DEFAULT_CONFIG, base: string | null = BASE) {
  return checkAmendment({
    base: base === null ? null : { path: PATH, text: base },
    head: { path: PATH, text: head },
    config,
  }).findings.map((f) => `${f.rule}:${f.line}: ${f.message}`);
}

function diff(head: string) {
  return amendmentOf({ path: PATH, text: BASE }, { path: PATH, text: head });
}

const TYPO = ["strictly enforced", "rigorously enforced"] as const;

describe("amendmentOf: how much a change weighs", () => {
  it("reads a wording change as PATCH", () => {
    const a = diff(edit(BASE, TYPO));
    expect(a.reworded.map((d) => d.head?.id)).toEqual(["III"]);
    expect(a.required).toBe("patch");
  });

  it("reads a rule added to a principle, or a rule that only gains content, as MINOR", () => {
    const added = diff(
      edit(BASE, [
        "Shared schemas MUST have contract tests.",
        "Shared schemas MUST have contract tests.\nEvery public API MUST have a contract test.",
      ]),
    );
    expect(added.redefined.map((d) => [d.head?.id, d.body.change, d.body.added.length])).toEqual([
      ["IV", "expanded", 1],
    ]);
    const grown = diff(
      edit(BASE, [
        "through a command-line interface.",
        "through a command-line interface and an HTTP API.",
      ]),
    );
    expect(grown.redefined.map((d) => [d.head?.id, d.body.change, d.body.extended.length])).toEqual(
      [["II", "expanded", 1]],
    );
    expect([added.required, grown.required]).toEqual(["minor", "minor"]);
  });

  it("reads an obligation changed (MUST to SHOULD), a rule removed, or NON-NEGOTIABLE added as MAJOR", () => {
    const weakened = diff(
      edit(BASE, [
        "Shared schemas MUST have contract tests.",
        "Shared schemas SHOULD have contract tests.",
      ]),
    );
    expect(weakened.changes[0]?.text).toBe(
      "principle `IV. Integration Testing` was redefined: `Shared schemas MUST have contract tests.` became `Shared schemas SHOULD have contract tests.`",
    );
    const cut = diff(edit(BASE, ["Shared schemas MUST have contract tests.\n", ""]));
    expect(cut.changes[0]?.text).toBe(
      "principle `IV. Integration Testing` was redefined: rule `Shared schemas MUST have contract tests.` was removed",
    );
    const strict = diff(
      edit(BASE, ["### IV. Integration Testing", "### IV. Integration Testing (NON-NEGOTIABLE)"]),
    );
    expect(strict.changes.map((c) => c.text)).toEqual([
      "principle `IV. Integration Testing` was made NON-NEGOTIABLE",
    ]);
    expect([weakened.required, cut.required, strict.required]).toEqual(["major", "major", "major"]);
  });

  it("reads the rationale and the version line as no rule", () => {
    const a = diff(
      edit(BASE, [
        "**Rationale**: Libraries keep boundaries explicit",
        "**Rationale**: Libraries make boundaries explicit",
      ]),
    );
    expect(a.redefined).toEqual([]);
    expect(a.required).toBe("patch");
    const stampOnly = diff(
      edit(BASE, ["**Version**: 1.2.0", "**Version**: 1.2.1"], ["2025-03-02", "2025-04-15"]),
    );
    expect([stampOnly.changed, stampOnly.material, stampOnly.required]).toEqual([
      true,
      false,
      null,
    ]);
    const same = diff(BASE.replace(/\n/g, "\r\n"));
    expect([same.changed, same.material]).toEqual([false, false]);
  });

  it("diffs Governance and the other sections", () => {
    const a = diff(
      edit(
        BASE,
        ["approved by two maintainers", "approved by one maintainer"],
        [/## Development Workflow[\s\S]*?## Governance/, "## Governance"],
        [
          "## Governance",
          "## Security Review\n\nEvery release MUST pass a dependency audit.\n\n## Governance",
        ],
      ),
    );
    expect(a.sections.map((s) => [s.status, s.base, s.head, s.body.change])).toEqual([
      ["removed", "Development Workflow", null, "redefined"],
      ["kept", "Additional Constraints", "Additional Constraints", "unchanged"],
      ["added", null, "Security Review", "expanded"],
      ["kept", "Governance", "Governance", "redefined"],
    ]);
    expect(a.governance?.body.changed.length).toBe(1);
    expect(a.changes.map((c) => `${c.level} ${c.text}`)).toEqual([
      "major section `Development Workflow` was removed",
      "major section `Governance` was redefined: `…request, approved by two maintainers, and come with a migr…` became `…request, approved by one maintainer, and come with a migra…`",
      "minor section `Security Review` was added",
    ]);
  });
});

describe("bumpOf and nextVersion", () => {
  it("classify a bump and tell the next version at each level", () => {
    expect(bumpOf("1.2.0", "2.0.0")).toEqual({ level: "major", regular: true });
    expect(bumpOf("1.2.0", "1.3")).toEqual({ level: "minor", regular: true });
    expect(bumpOf("1.2.0", "1.4.0")).toEqual({ level: "minor", regular: false });
    expect(bumpOf("1.2.3", "1.2.3")).toEqual({ level: "none", regular: false });
    expect(bumpOf("1.2.3", "1.2.2")).toEqual({ level: "lower", regular: false });
    expect(["major", "minor", "patch"].map((l) => nextVersion("1.2.3", l as "major"))).toEqual([
      "2.0.0",
      "1.3.0",
      "1.2.4",
    ]);
  });
});

describe("amendment-version-bump", () => {
  const head = (version: string) => amended(edit(BASE, TYPO), version);

  it("reports a version line that was not updated", () => {
    const text = amended(edit(BASE, TYPO), "1.2.0");
    expect(findings(text)).toEqual([
      `amendment-version-bump:${lineOf(text, "**Version**")}: \`.specify/memory/constitution.md\` was amended (principle \`III. Test-First\` was reworded), but its version line still says \`1.2.0\`. spec-kit's \`/speckit.constitution\` versions every amendment, so plans can tell which version they were checked against. This change calls for a PATCH bump: set the version to \`1.2.1\`.`,
    ]);
  });

  it("reports a MINOR or MAJOR bump for wording only, a skipped version, a version that went down", () => {
    const text = head("2.0.0");
    expect(findings(text)).toEqual([
      `amendment-version-bump:${lineOf(text, "**Version**")}: The version went from \`1.2.0\` to \`2.0.0\`, a MAJOR bump, but the amendment only changes wording (principle \`III. Test-First\` was reworded): no principle or rule was added, removed or redefined. spec-kit keeps MINOR and MAJOR for changed rules, and a bigger bump tells every plan to re-check for nothing. Set the version to \`1.2.1\` (PATCH).`,
    ]);
    expect(findings(head("1.2.3"))[0]).toContain(
      "The version went from `1.2.0` to `1.2.3`, which is not the next PATCH version of `1.2.0` (semantic versioning resets the lower parts and skips none). Set it to `1.2.1`.",
    );
    expect(findings(head("1.1.9"))[0]).toContain("The version went down from `1.2.0` to `1.1.9`.");
  });

  it("reports a version line that disappeared", () => {
    const text = edit(BASE, TYPO, ["**Version**: 1.2.0 | ", ""]);
    expect(findings(text).filter((f) => f.startsWith("amendment-version-bump"))).toEqual([
      "amendment-version-bump:1: `.specify/memory/constitution.md` no longer states its version (it was `1.2.0`), so plans cannot cite the version they were checked against. Keep the line `**Version**: 1.2.1 | **Ratified**: … | **Last Amended**: …` that spec-kit's template ends with.",
    ]);
  });

  it("follows the configured severity, and stays silent when off", () => {
    const text = head("1.2.0");
    const config = (s: "error" | "off") => ({
      ...DEFAULT_CONFIG,
      rules: { "amendment-version-bump": s },
    });
    const result = checkAmendment({
      base: { path: PATH, text: BASE },
      head: { path: PATH, text },
      config: config("error"),
    });
    expect(result.findings.map((f) => [f.rule, f.severity, f.docs])).toEqual([
      ["amendment-version-bump", "error", "docs/rules/amendment-version-bump.md"],
    ]);
    expect(findings(text, config("off"))).toEqual([]);
  });
});

describe("amendment-date", () => {
  it("reports a date that went back, one not in ISO form, and a changed ratification date", () => {
    const back = amended(edit(BASE, TYPO), "1.2.1", "2025-02-01");
    expect(findings(back)).toEqual([
      `amendment-date:${lineOf(back, "**Version**")}: **Last Amended** went back from \`2025-03-02\` to \`2025-02-01\`. An amendment is later than the one before it, so the date can only move forward. Set it to the date of this amendment (\`YYYY-MM-DD\`).`,
    ]);
    expect(findings(amended(edit(BASE, TYPO), "1.2.1", "15/04/2025"))[0]).toContain(
      "**Last Amended** is `15/04/2025`, which is not an ISO date.",
    );
    const ratified = edit(amended(edit(BASE, TYPO), "1.2.1"), [
      "**Ratified**: 2025-01-10",
      "**Ratified**: 2025-04-15",
    ]);
    expect(findings(ratified)).toEqual([
      `amendment-date:${lineOf(ratified, "**Version**")}: **Ratified** changed from \`2025-01-10\` to \`2025-04-15\`. The ratification date is when the constitution was first adopted and stays the same across amendments; the date of this change belongs in **Last Amended**. Restore \`2025-01-10\`.`,
    ]);
  });

  it("points at the Last Amended value itself", () => {
    const text = amended(edit(BASE, TYPO), "1.2.1", "2025-03-02");
    const result = checkAmendment({
      base: { path: PATH, text: BASE },
      head: { path: PATH, text },
      config: DEFAULT_CONFIG,
    });
    const line = text.split("\n")[lineOf(text, "**Version**") - 1] ?? "";
    expect(result.findings.map((f) => [f.rule, f.column, f.endColumn])).toEqual([
      ["amendment-date", line.indexOf("2025-03-02") + 1, line.indexOf("2025-03-02") + 11],
    ]);
  });
});

describe("amendment-sync-report", () => {
  it("reports a report without its version change, and an added section it never mentions", () => {
    const text = amended(
      edit(BASE, [
        "## Governance",
        "## Security Review\n\nEvery release MUST pass a dependency audit.\n\n## Governance",
      ]),
      "1.3.0",
    ).replace("Version change: 1.2.0 → 1.3.0\n", "Added sections: none\n");
    expect(findings(text)).toEqual(
      [
        "amendment-sync-report:3: The Sync Impact Report does not mention section `Security Review`, which this amendment added. spec-kit's report lists every added and removed section. Add it under `Added sections`.",
        "amendment-sync-report:1: The Sync Impact Report does not state the version change. spec-kit's report starts with `Version change: old → new`, and its validation requires the version line to match the report. Add `Version change: 1.2.0 → 1.3.0`.",
      ].sort((x, y) => Number(x.split(":")[1]) - Number(y.split(":")[1])),
    );
  });

  it("says nothing when there is no report", () => {
    const text = amended(edit(BASE, TYPO), "1.2.1").replace(/<!--[\s\S]*?-->\n/, "");
    expect(findings(text)).toEqual([]);
  });
});

describe("a ratification, not an amendment", () => {
  const TEMPLATE = [
    "# [PROJECT_NAME] Constitution",
    "## Core Principles",
    "### [PRINCIPLE_1_NAME]",
    "[PRINCIPLE_1_DESCRIPTION]",
    "## Governance",
    "[GOVERNANCE_RULES]",
    "**Version**: [CONSTITUTION_VERSION] | **Ratified**: [RATIFICATION_DATE] | **Last Amended**: [LAST_AMENDED_DATE]",
  ].join("\n");

  it("gives no finding, from the unfilled template or from nothing", () => {
    expect(findings(BASE, DEFAULT_CONFIG, TEMPLATE)).toEqual([]);
    expect(findings(BASE, DEFAULT_CONFIG, null)).toEqual([]);
  });

  it("makes every principle new to the plans", () => {
    const { amendment } = checkAmendment({
      base: null,
      head: { path: PATH, text: BASE },
      config: DEFAULT_CONFIG,
    });
    expect(amendment.initial).toBe(true);
    expect(amendment.added.length).toBe(5);
    const bare = IMPORT.replace(
      /## Constitution Check[\s\S]*?## Project Structure/,
      "## Project Structure",
    );
    const report = impactReport(amendment, [{ path: "specs/001/plan.md", text: bare }]);
    expect(report.plans[0]?.items.map((i) => [i.kind, i.principle])).toEqual([
      ["uncovered", "I. Library-First"],
      ["uncovered", "II. CLI Interface"],
      ["uncovered", "III. Test-First"],
      ["uncovered", "IV. Integration Testing"],
      ["uncovered", "V. Observability & Simplicity"],
    ]);
  });
});

describe("the impact report", () => {
  const head = amended(
    edit(BASE, [
      "## Additional Constraints",
      "### VI. Security by Default\nEvery endpoint MUST require authentication.\n\n## Additional Constraints",
    ]),
    "1.3.0",
    "2025-04-15",
    ["Added sections: VI. Security by Default"],
  );
  const amendment = amendmentOf({ path: PATH, text: BASE }, { path: PATH, text: head });

  it("reads plans one at a time: the first plan's impact comes before the second plan is read", () => {
    const pulled: string[] = [];
    function* plans(): Generator<RawFile> {
      for (let k = 1; k <= 500; k++) {
        pulled.push(`p${k}`);
        yield { path: `specs/${k}/plan.md`, text: IMPORT };
      }
    }
    const it = planImpacts(amendment, plans());
    expect(it.next().value?.path).toBe("specs/1/plan.md");
    expect(pulled).toEqual(["p1"]);
    expect(impactReport(amendment, plans()).plans.length).toBe(500);
  });

  it("counts the plans read, lists the unreadable ones, and leaves out the unaffected", () => {
    const covered = IMPORT.replace(
      "- [x] **V. Observability & Simplicity**",
      "- [x] **VI. Security by Default**: every endpoint authenticates.\n- [x] **V. Observability & Simplicity**",
    ).replace("v1.2.0", "v1.3.0");
    const report = impactReport(
      amendment,
      [
        { path: "./specs/a/plan.md", text: covered },
        { path: "specs/b/plan.md", bytes: new Uint8Array([0x23, 0x00, 0x01]) },
        { path: "specs/c/plan.md", bytes: new TextEncoder().encode(IMPORT) },
        { path: "specs/d/plan.md", text: "x".repeat(5000) },
      ],
      { maxPlanBytes: 4000 },
    );
    expect(report).toMatchObject({
      constitution: PATH,
      before: "1.2.0",
      after: "1.3.0",
      checked: 4,
    });
    expect(report.unreadable).toEqual(["specs/b/plan.md", "specs/d/plan.md"]);
    expect(report.plans.map((p) => [p.path, p.items.map((i) => i.kind)])).toEqual([
      ["specs/c/plan.md", ["uncovered", "version"]],
    ]);
  });
});

describe("the registry", () => {
  it("keeps amendment rules out of plan checks: they judge a constitution change only", () => {
    const amendmentRules = rules.filter((r) => r.checkAmendment);
    expect(amendmentRules.map((r) => r.id)).toEqual([
      "amendment-date",
      "amendment-sync-report",
      "amendment-version-bump",
    ]);
    expect(amendmentRules.every((r) => !r.check && !r.checkSource)).toBe(true);
    const result = checkPlan({
      plan: { path: "specs/001/plan.md", text: IMPORT },
      constitution: { path: PATH, text: BASE },
      template: null,
      config: DEFAULT_CONFIG,
    });
    expect(result.findings.filter((f) => f.rule.startsWith("amendment-"))).toEqual([]);
  });
});
