import { readFileSync } from "node:fs";
import { describe, expect, it } from "@jest/globals";
import { DEFAULT_CONFIG } from "../../../src/config/config.js";
import { checkAmendment } from "../../../src/engine/amendment/check.js";
import { impactReport } from "../../../src/engine/amendment/impact.js";
import { amendmentOf } from "../../../src/engine/amendment/amendment.js";
import type { RawFile } from "../../../src/engine/check.js";
import type { Finding } from "../../../src/engine/types.js";

const DIR = new URL("../../fixtures/amendment/", import.meta.url);
const PATH = ".specify/memory/constitution.md";
const BASE = readFileSync(new URL("constitution.md", DIR), "utf8");
const PLANS: RawFile[] = ["001-ledger-import", "002-export", "003-audit-log"].map((f) => ({
  path: `specs/${f}/plan.md`,
  text: readFileSync(new URL(`specs/${f}/plan.md`, DIR), "utf8"),
}));
const [IMPORT, EXPORT, AUDIT] = PLANS.map((p) => ("text" in p ? p.text : "")) as [
  string,
  string,
  string,
];

/** The 1-based line of the first line of `text` containing `needle`. */
function lineOf(text: string, needle: string): number {
  const k = text.split("\n").findIndex((l) => l.includes(needle));
  if (k < 0) throw new Error(`not found: ${needle}`);
  return k + 1;
}

/** The base constitution with each `[from, to]` replaced once (each `from` must be there). */
function edit(text: string, ...pairs: ReadonlyArray<readonly [string | RegExp, string]>): string {
  let out = text;
  for (const [from, to] of pairs) {
    if (typeof from === "string" ? !out.includes(from) : !from.test(out))
      throw new Error(String(from));
    out = out.replace(from, to);
  }
  return out;
}

/** Replaces the Sync Impact Report with one of these lines. */
function report(text: string, lines: readonly string[]): string {
  return text.replace(/<!--[\s\S]*?-->/, `<!--\nSync Impact Report\n${lines.join("\n")}\n-->`);
}

/** The usual stamp of an amendment: a new version and today's date. */
function stamped(text: string, version: string, date = "2025-04-15"): string {
  return edit(
    text,
    ["**Version**: 1.2.0", `**Version**: ${version}`],
    ["**Last Amended**: 2025-03-02", `**Last Amended**: ${date}`],
  );
}

function check(head: string, config = DEFAULT_CONFIG) {
  return checkAmendment({
    base: { path: PATH, text: BASE },
    head: { path: PATH, text: head },
    config,
  });
}

function brief(findings: readonly Finding[]) {
  return findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    line: f.line,
    message: f.message,
  }));
}

function impact(head: string) {
  const { amendment } = check(head);
  return impactReport(amendment, PLANS).plans.map((p) => ({
    path: p.path,
    items: p.items.map((i) => ({ kind: i.kind, line: i.line, message: i.message })),
  }));
}

const IMPORT_CHECK = lineOf(IMPORT, "## Constitution Check");
const EXPORT_CHECK = lineOf(EXPORT, "## Constitution Check");
const AUDIT_CHECK = lineOf(AUDIT, "## Constitution Check");
const IMPORT_CITES = lineOf(IMPORT, "*Based on Constitution");
const EXPORT_CITES = lineOf(EXPORT, "*Based on Constitution");

const citesOld = (line: number, cited: string, current: string) => ({
  kind: "version",
  line,
  message: `The plan cites constitution version \`${cited}\`; the amended constitution is version \`${current}\`. Re-run the Constitution Check against \`${current}\` and update the citation.`,
});

describe("a renamed principle", () => {
  const head = report(
    stamped(edit(BASE, ["### V. Observability & Simplicity", "### V. Observability"]), "1.2.1"),
    [
      "Version change: 1.2.0 → 1.2.1",
      "Modified principles:",
      "- V. Observability & Simplicity → V. Observability",
      "Added sections: none",
      "Removed sections: none",
    ],
  );

  it("is a rename, its rules unchanged: a PATCH amendment", () => {
    const a = amendmentOf({ path: PATH, text: BASE }, { path: PATH, text: head });
    expect(a.renamed.map((d) => [d.base?.name, d.head?.name, d.body.change])).toEqual([
      ["Observability & Simplicity", "Observability", "unchanged"],
    ]);
    expect([a.added, a.removed, a.redefined, a.reworded].map((l) => l.length)).toEqual([
      0, 0, 0, 0,
    ]);
    expect(a.unchanged.map((d) => d.head?.id)).toEqual(["I", "II", "III", "IV"]);
    expect(a.required).toBe("patch");
    expect(a.changes.map((c) => c.text)).toEqual([
      "principle `V. Observability & Simplicity` was renamed `V. Observability`",
    ]);
    expect(a.version).toEqual({
      before: "1.2.0",
      after: "1.2.1",
      line: lineOf(head, "**Version**"),
      column: 14,
    });
    expect(a.lastAmended).toMatchObject({ before: "2025-03-02", after: "2025-04-15" });
  });

  it("gives no finding when bump, date and report fit", () => {
    expect(check(head).findings).toEqual([]);
  });

  it("lists the plans that still cite the old name, and the stale version citations", () => {
    expect(impact(head)).toEqual([
      {
        path: "specs/001-ledger-import/plan.md",
        items: [
          {
            kind: "renamed",
            line: lineOf(IMPORT, "**V. Observability & Simplicity**"),
            message:
              "The plan cites principle `V. Observability & Simplicity`, which the amendment renames `V. Observability`. Cite it by its new name.",
          },
          citesOld(IMPORT_CITES, "1.2.0", "1.2.1"),
        ],
      },
      { path: "specs/002-export/plan.md", items: [citesOld(EXPORT_CITES, "1.1.0", "1.2.1")] },
      {
        path: "specs/003-audit-log/plan.md",
        items: [
          {
            kind: "renamed",
            line: lineOf(AUDIT, "### Observability & Simplicity"),
            message:
              "The plan cites principle `V. Observability & Simplicity`, which the amendment renames `V. Observability`. Cite it by its new name.",
          },
        ],
      },
    ]);
  });

  it("is found without the report's `Old → New` line too, by the principle's unchanged text", () => {
    const bare = edit(BASE, ["### V. Observability & Simplicity", "### V. Telemetry"]);
    const a = amendmentOf({ path: PATH, text: BASE }, { path: PATH, text: bare });
    expect(a.renamed.map((d) => [d.base?.name, d.head?.name])).toEqual([
      ["Observability & Simplicity", "Telemetry"],
    ]);
  });
});

describe("an added principle", () => {
  const head = report(
    stamped(
      edit(BASE, [
        "## Additional Constraints",
        "### VI. Security by Default\nEvery endpoint MUST require authentication.\nPersonal data MUST be encrypted at rest.\n\n## Additional Constraints",
      ]),
      "1.3.0",
    ),
    [
      "Version change: 1.2.0 → 1.3.0",
      "Modified principles: none",
      "Added sections:",
      "- VI. Security by Default",
      "Removed sections: none",
    ],
  );

  it("is a MINOR amendment, and MINOR fits", () => {
    const a = check(head).amendment;
    expect(a.added.map((d) => d.head?.name)).toEqual(["Security by Default"]);
    expect(a.required).toBe("minor");
    expect(check(head).findings).toEqual([]);
  });

  it("is missing from every plan's Constitution Check", () => {
    const uncovered = (line: number) => ({
      kind: "uncovered",
      line,
      message:
        "The amendment adds principle `VI. Security by Default`, which this plan's Constitution Check never addresses. Add a gate for it, or mark it N/A with a reason.",
    });
    expect(impact(head)).toEqual([
      {
        path: "specs/001-ledger-import/plan.md",
        items: [uncovered(IMPORT_CHECK), citesOld(IMPORT_CITES, "1.2.0", "1.3.0")],
      },
      {
        path: "specs/002-export/plan.md",
        items: [uncovered(EXPORT_CHECK), citesOld(EXPORT_CITES, "1.1.0", "1.3.0")],
      },
      { path: "specs/003-audit-log/plan.md", items: [uncovered(AUDIT_CHECK)] },
    ]);
  });

  it("with a PATCH bump, calls for MINOR", () => {
    const patch = edit(
      head,
      ["**Version**: 1.3.0", "**Version**: 1.2.1"],
      ["1.2.0 → 1.3.0", "1.2.0 → 1.2.1"],
    );
    expect(brief(check(patch).findings)).toEqual([
      {
        rule: "amendment-version-bump",
        severity: "warning",
        line: lineOf(patch, "**Version**"),
        message:
          "The version went from `1.2.0` to `1.2.1`, a PATCH bump, but principle `VI. Security by Default` was added, which calls for a MINOR bump. spec-kit's rule for `/speckit.constitution`: MAJOR when a principle is removed or redefined incompatibly, MINOR when one is added or materially expanded, PATCH for wording. Set the version to `1.3.0`.",
      },
    ]);
  });
});

describe("a removed principle", () => {
  const head = report(
    stamped(edit(BASE, [/### IV\. Integration Testing[\s\S]*?### V\./, "### IV."]), "2.0.0"),
    [
      "Version change: 1.2.0 → 2.0.0",
      "Modified principles:",
      "- V. Observability & Simplicity → IV. Observability & Simplicity (renumbered)",
      "Added sections: none",
      "Removed sections:",
      "- IV. Integration Testing",
    ],
  );

  it("is a MAJOR amendment; the principle after it keeps its name under a new numeral", () => {
    const a = check(head).amendment;
    expect(a.removed.map((d) => d.base?.name)).toEqual(["Integration Testing"]);
    expect(a.principles.map((d) => [d.status, d.base?.id ?? null, d.head?.id ?? null])).toEqual([
      ["kept", "I", "I"],
      ["kept", "II", "II"],
      ["kept", "III", "III"],
      ["removed", "IV", null],
      ["kept", "V", "IV"],
    ]);
    expect(a.principles[4]).toMatchObject({ renamed: false, renumbered: true });
    expect(a.required).toBe("major");
    expect(check(head).findings).toEqual([]);
  });

  it("leaves the plans that checked it citing a principle that no longer exists", () => {
    const removed = (line: number) => ({
      kind: "removed",
      line,
      message:
        "The plan checks principle `IV. Integration Testing`, which the amendment removes. Remove its gate, or say which principle now covers it.",
    });
    expect(impact(head)).toEqual([
      {
        path: "specs/001-ledger-import/plan.md",
        items: [
          removed(lineOf(IMPORT, "**IV. Integration Testing**")),
          citesOld(IMPORT_CITES, "1.2.0", "2.0.0"),
        ],
      },
      { path: "specs/002-export/plan.md", items: [citesOld(EXPORT_CITES, "1.1.0", "2.0.0")] },
      {
        path: "specs/003-audit-log/plan.md",
        items: [removed(lineOf(AUDIT, "### Integration Testing"))],
      },
    ]);
  });

  it("with a MINOR bump, calls for MAJOR, and the report's version line disagrees", () => {
    const minor = edit(head, ["**Version**: 2.0.0", "**Version**: 1.3.0"]);
    expect(brief(check(minor).findings)).toEqual([
      {
        rule: "amendment-sync-report",
        severity: "warning",
        line: lineOf(minor, "Version change"),
        message:
          "The Sync Impact Report says `1.2.0 → 2.0.0`, but the version line went from `1.2.0` to `1.3.0`. spec-kit's validation requires the version line to match the report. Write `Version change: 1.2.0 → 1.3.0`, or fix the version line.",
      },
      {
        rule: "amendment-version-bump",
        severity: "warning",
        line: lineOf(minor, "**Version**"),
        message:
          "The version went from `1.2.0` to `1.3.0`, a MINOR bump, but principle `IV. Integration Testing` was removed, which calls for a MAJOR bump. spec-kit's rule for `/speckit.constitution`: MAJOR when a principle is removed or redefined incompatibly, MINOR when one is added or materially expanded, PATCH for wording. Set the version to `2.0.0`.",
      },
    ]);
  });
});

describe("a redefined principle with the wrong bump", () => {
  const head = report(
    stamped(
      edit(BASE, [
        "The CLI MUST accept input on stdin or as arguments and write results to stdout, with errors on stderr.",
        "The CLI MUST accept input only as arguments and write results to stdout as JSON.",
      ]),
      "1.2.1",
    ),
    [
      "Version change: 1.2.0 → 1.2.1",
      "Modified principles:",
      "- II. CLI Interface: clarified input handling",
      "Added sections: none",
      "Removed sections: none",
    ],
  );

  it("is a redefinition: a rule replaced, not reworded", () => {
    const a = check(head).amendment;
    expect(a.redefined.map((d) => [d.head?.name, d.body.change])).toEqual([
      ["CLI Interface", "redefined"],
    ]);
    const body = a.redefined[0]?.body;
    expect(body?.changed.map((p) => [p.base.line, p.head.line])).toEqual([
      [lineOf(BASE, "The CLI MUST"), lineOf(head, "The CLI MUST")],
    ]);
    expect([body?.added.length, body?.removed.length]).toEqual([0, 0]);
    expect(a.required).toBe("major");
  });

  it("is flagged: a PATCH bump for a MAJOR change", () => {
    expect(brief(check(head).findings)).toEqual([
      {
        rule: "amendment-version-bump",
        severity: "warning",
        line: lineOf(head, "**Version**"),
        message:
          "The version went from `1.2.0` to `1.2.1`, a PATCH bump, but principle `II. CLI Interface` was redefined: `The CLI MUST accept input on stdin or as arguments and writ…` became `The CLI MUST accept input only as arguments and write resul…`, which calls for a MAJOR bump. spec-kit's rule for `/speckit.constitution`: MAJOR when a principle is removed or redefined incompatibly, MINOR when one is added or materially expanded, PATCH for wording. Set the version to `2.0.0`.",
      },
    ]);
    expect(check(head).findings[0]).toMatchObject({ column: 14, endColumn: 19 });
  });

  it("sends every plan that checks the principle back to its gate", () => {
    const redefined = (line: number) => ({
      kind: "redefined",
      line,
      message:
        "The amendment redefines principle `II. CLI Interface`, which this plan checks. Re-check the gate against its new rules.",
    });
    expect(impact(head)).toEqual([
      {
        path: "specs/001-ledger-import/plan.md",
        items: [
          redefined(lineOf(IMPORT, "**II. CLI Interface**")),
          citesOld(IMPORT_CITES, "1.2.0", "1.2.1"),
        ],
      },
      {
        path: "specs/002-export/plan.md",
        items: [
          redefined(lineOf(EXPORT, "| II. CLI Interface")),
          citesOld(EXPORT_CITES, "1.1.0", "1.2.1"),
        ],
      },
      {
        path: "specs/003-audit-log/plan.md",
        items: [redefined(lineOf(AUDIT, "### CLI Interface"))],
      },
    ]);
  });
});

describe("a Sync Impact Report that disagrees with the diff", () => {
  const head = report(
    stamped(
      edit(BASE, [
        "## Additional Constraints",
        "### VI. Security by Default\nEvery endpoint MUST require authentication.\n\n## Additional Constraints",
      ]),
      "1.3.0",
    ),
    [
      "Version change: 1.2.0 → 1.2.1",
      "Modified principles:",
      "- I. Library-First: clarified",
      "Added sections: none",
      "Removed sections:",
      "- Development Workflow",
    ],
  );

  it("is flagged for each disagreement: version, a false claim, an omission, a section still there", () => {
    expect(brief(check(head).findings)).toEqual([
      {
        rule: "amendment-sync-report",
        severity: "warning",
        line: 3,
        message:
          "The Sync Impact Report says `1.2.0 → 1.2.1`, but the version line went from `1.2.0` to `1.3.0`. spec-kit's validation requires the version line to match the report. Write `Version change: 1.2.0 → 1.3.0`, or fix the version line.",
      },
      {
        rule: "amendment-sync-report",
        severity: "warning",
        line: 5,
        message:
          "The Sync Impact Report lists `I. Library-First: clarified` under `Modified principles`, but principle `I. Library-First` did not change in this amendment. A report that claims changes that did not happen sends plan authors to re-check for nothing and hides the real changes. Remove the line, or make the change it describes.",
      },
      {
        rule: "amendment-sync-report",
        severity: "warning",
        line: 6,
        message:
          "The Sync Impact Report does not mention principle `VI. Security by Default`, which this amendment added. The report is how reviewers and plan authors learn which principles to re-check; spec-kit's report lists every modified principle (old title → new title when renamed) and every added and removed section. Add it under `Added sections`: `- VI. Security by Default`.",
      },
      {
        rule: "amendment-sync-report",
        severity: "warning",
        line: 8,
        message:
          "The Sync Impact Report lists `Development Workflow` under `Removed sections`, but section `Development Workflow` is still in the constitution. A report that claims changes that did not happen hides the real ones. Remove the line, or make the change it describes.",
      },
    ]);
    expect(check(head).findings.map((f) => f.principle ?? f.section ?? null)).toEqual([
      null,
      "I. Library-First",
      "VI. Security by Default",
      "Development Workflow",
    ]);
  });

  it("left over from the previous amendment, unchanged, is reported once as stale", () => {
    const stale = edit(
      BASE,
      [
        "with a correlation id.",
        "with a correlation id.\nEvery service MUST expose health metrics.",
      ],
      ["**Version**: 1.2.0", "**Version**: 1.3.0"],
    );
    expect(brief(check(stale).findings)).toEqual([
      {
        rule: "amendment-sync-report",
        severity: "warning",
        line: 1,
        message:
          "The Sync Impact Report at the top of `.specify/memory/constitution.md` is the one from before this amendment, unchanged, so it describes an earlier change (`1.1.0 → 1.2.0`), not this one (principle `V. Observability & Simplicity` was expanded: rule `Every service MUST expose health metrics.` was added). spec-kit's `/speckit.constitution` rewrites the report on every amendment; reviewers and plan authors read it to learn what to re-check. Rewrite it for this amendment, starting with `Version change: 1.2.0 → 1.3.0`.",
      },
      {
        rule: "amendment-date",
        severity: "warning",
        line: lineOf(stale, "**Last Amended**"),
        message:
          "`.specify/memory/constitution.md` was amended (principle `V. Observability & Simplicity` was expanded: rule `Every service MUST expose health metrics.` was added), but **Last Amended** still says `2025-03-02`. spec-kit's `/speckit.constitution` sets the Last Amended date on every amendment, so readers can tell which plans predate it. Set it to the date of this amendment (`YYYY-MM-DD`).",
      },
    ]);
  });

  it("claims a rename that the diff does not show", () => {
    const claimed = report(
      stamped(edit(BASE, ["with a correlation id.", "with a trace id."]), "1.2.1"),
      [
        "Version change: 1.2.0 → 1.2.1",
        "Modified principles:",
        "- IV. Integration Testing → IV. Contract Testing",
        "- V. Observability & Simplicity: reworded",
      ],
    );
    expect(brief(check(claimed).findings)).toEqual([
      {
        rule: "amendment-sync-report",
        severity: "warning",
        line: 5,
        message:
          "The Sync Impact Report says `IV. Integration Testing → IV. Contract Testing`, but principle `IV. Integration Testing` kept its name in this amendment. Remove the line (it may be left from an earlier amendment), or make the rename.",
      },
    ]);
  });
});
