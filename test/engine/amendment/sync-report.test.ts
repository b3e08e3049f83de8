import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "@jest/globals";
import { DEFAULT_CONFIG } from "../../../src/config/config.js";
import { checkAmendment } from "../../../src/engine/amendment/check.js";
import { parseSyncReport } from "../../../src/engine/amendment/sync-report.js";
import { scan } from "../../../src/engine/markdown.js";

function parse(lines: readonly string[]) {
  const report = parseSyncReport(scan([...lines, "# X Constitution"].join("\n")));
  return (
    report && {
      version: report.version,
      items: report.items.map((i) => [i.list, i.text, i.line, i.rename ?? null]),
      lists: report.lists.map((l) => [l.list, l.label, l.line]),
    }
  );
}

describe("parseSyncReport", () => {
  it("reads spec-kit's shape: version change, lists inline and below their label, renames", () => {
    expect(
      parse([
        "<!--",
        "  SYNC IMPACT REPORT",
        "  ==================",
        "  Version change: 1.0.0 → 1.1.0 (MINOR — three principle amendments)",
        "  Modified principles:",
        "    - II. Calendar-First UX: mobile responsiveness demoted from MUST to SHOULD",
        "    - V. Observability & Simplicity -> V. Observability",
        "  Added sections: VI. Security; Deployment",
        "  Removed sections: N/A",
        "  Templates requiring updates:",
        "    - .specify/templates/plan-template.md ✅ aligned",
        "  Follow-up TODOs: none",
        "-->",
      ]),
    ).toEqual({
      version: {
        from: "1.0.0",
        to: "1.1.0",
        text: "1.0.0 → 1.1.0 (MINOR — three principle amendments)",
        line: 4,
      },
      items: [
        [
          "modified",
          "II. Calendar-First UX: mobile responsiveness demoted from MUST to SHOULD",
          6,
          null,
        ],
        [
          "modified",
          "V. Observability & Simplicity -> V. Observability",
          7,
          { from: "V. Observability & Simplicity", to: "V. Observability" },
        ],
        ["added", "VI. Security", 8, null],
        ["added", "Deployment", 8, null],
      ],
      lists: [
        ["modified", "Modified principles", 5],
        ["added", "Added sections", 8],
        ["removed", "Removed sections", 9],
      ],
    });
  });

  it("reads a report in Japanese, a removal written as a rename, and items that carry a colon", () => {
    expect(
      parse([
        "<!--",
        "変更影響レポート（Sync Impact Report）",
        "- バージョン変更: 1.0.0 → 2.0.0",
        "- 改定された原則:",
        "  - I. ハンドラーベースアーキテクチャ → Router-Nodeアーキテクチャ",
        "  - IV. C# LSP統合 → 削除（LLM Routerには不要）",
        "- 追加されたセクション:",
        "  - 原則 VI: インフラのコード化（IaC）",
        "- 削除されたセクション: なし",
        "-->",
      ]),
    ).toEqual({
      version: { from: "1.0.0", to: "2.0.0", text: "1.0.0 → 2.0.0", line: 3 },
      items: [
        [
          "modified",
          "I. ハンドラーベースアーキテクチャ → Router-Nodeアーキテクチャ",
          5,
          { from: "I. ハンドラーベースアーキテクチャ", to: "Router-Nodeアーキテクチャ" },
        ],
        [
          "modified",
          "IV. C# LSP統合 → 削除（LLM Routerには不要）",
          6,
          { from: "IV. C# LSP統合", to: null },
        ],
        ["added", "原則 VI: インフラのコード化（IaC）", 8, null],
      ],
      lists: [
        ["modified", "改定された原則", 4],
        ["added", "追加されたセクション", 7],
        ["removed", "削除されたセクション", 9],
      ],
    });
  });

  it("reads a version without an arrow, and ignores template placeholders", () => {
    expect(
      parse([
        "<!-- Sync Impact Report",
        "Version: 2.2.0",
        "Modified principles: [PRINCIPLE_1_NAME] -> I. Simplicity",
        "-->",
      ]),
    ).toEqual({
      version: { from: null, to: "2.2.0", text: "2.2.0", line: 2 },
      items: [["modified", "[PRINCIPLE_1_NAME] -> I. Simplicity", 3, null]],
      lists: [["modified", "Modified principles", 3]],
    });
  });

  it("is null without a Sync Impact Report comment", () => {
    expect(parse(["<!-- a note -->"])).toBeNull();
  });
});

describe("real constitutions", () => {
  const root = fileURLToPath(new URL("../../fixtures/", import.meta.url));
  const files = execFileSync("find", [root, "-name", "constitution.md", "-path", "*memory*"], {
    encoding: "utf8",
  })
    .trim()
    .split("\n")
    .filter(Boolean)
    .sort();

  it("are many (the corpus is there)", () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it("compared with themselves, are no amendment: nothing is reported", () => {
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      const result = checkAmendment({
        base: { path: "c.md", text },
        head: { path: "c.md", text },
        config: DEFAULT_CONFIG,
      });
      expect([file, result.amendment.changed, result.amendment.required, result.findings]).toEqual([
        file,
        false,
        null,
        [],
      ]);
    }
  });

  it("with their last principle removed, need a MAJOR bump", () => {
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      const base = checkAmendment({
        base: null,
        head: { path: "c.md", text },
        config: DEFAULT_CONFIG,
      }).amendment;
      const last = base.head.principles.at(-1);
      // A principle with another name (a heading in a second language) survives its first heading.
      if (base.head.unfilled || base.head.principles.length < 2 || !last || last.aliases.length > 0)
        continue;
      // Lines as the engine numbers them: a lone CR ends a line too (a file saved with `\r\r\n`).
      const lines = text.split(/\r\n|\r|\n/);
      // Nor one whose heading the file repeats (a constitution pasted twice, round 114): the
      // other copy still states it.
      const heading = lines[last.line - 1];
      if (lines.filter((l) => l === heading).length > 1) continue;
      // Nor one whose clauses are numbered after it (`## Article VI` over `### VI.1 — Commit
      // Message Format`, round 157; `## §13. Maestro Mode` over `### §13.1 …`, round 54): cut
      // its heading and its clauses stand, read as principles.
      const clause = new RegExp(`^#{1,6}\\s+§?\\s*${last.id}\\.\\d`, "u");
      if (lines.some((l, k) => k + 1 > last.line && clause.test(l))) continue;
      const cut = lines.filter((_, k) => k + 1 !== last.line).join("\n");
      const { amendment } = checkAmendment({
        base: { path: "c.md", text },
        head: { path: "c.md", text: cut },
        config: DEFAULT_CONFIG,
      });
      const removed = amendment.removed.map((d) => d.base?.name);
      // A constitution with no principles section reads its principles from the shape of its
      // numbered sections (round 116's waseem4100: rules, not chapters): cutting one can change
      // that reading, and then more than the last principle is gone, but never not it.
      if (amendment.head.principles.length === base.head.principles.length - 1)
        expect([file, removed]).toEqual([file, [last.name]]);
      else expect([file, removed]).toEqual([file, expect.arrayContaining([last.name])]);
      expect([file, amendment.required]).toEqual([file, "major"]);
    }
  });
});
