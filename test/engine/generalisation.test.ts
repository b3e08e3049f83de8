import { readFileSync } from "node:fs";
import { describe, expect, it } from "@jest/globals";
import { DEFAULT_CONFIG } from "../../src/config/config.js";
import { checkPlan } from "../../src/engine/check.js";
import { parseConstitution } from "../../src/engine/constitution.js";
import { principlesAddressed } from "../../src/engine/coverage.js";
import { classify, parsePlan } from "../../src/engine/plan/index.js";

/**
 * Patterns the fifth blind audit round showed (issue 6), each as the general mechanism, on
 * plans written for the test: a status mark inside a bold label, German checklists against
 * English principle names, a gate that names several principles in words, `## Overview`,
 * and Title Case slots such as `[Component Name]`.
 */

const CONSTITUTION = ".specify/memory/constitution.md";

/** The engine's result for a plan, with its constitution and template texts (or none). */
function checked(
  text: string,
  constitution: string | null,
  template: string | null = null,
): ReturnType<typeof checkPlan> {
  return checkPlan({
    plan: { path: "specs/001-x/plan.md", text },
    constitution: constitution === null ? null : { path: CONSTITUTION, text: constitution },
    template:
      template === null ? null : { path: ".specify/templates/plan-template.md", text: template },
    config: DEFAULT_CONFIG,
  });
}

function findings(plan: string, constitution: string | null, rule: string): string[] {
  return checked(plan, constitution)
    .findings.filter((f) => f.rule === rule)
    .map((f) => `${f.line} ${f.message}`);
}

/** The lines of a rule's findings on a plan checked without a constitution (or with one). */
function lines(text: string, rule: string, constitution: string | null = null): number[] {
  return findings(text, constitution, rule).map((f) => Number(f.split(" ")[0]));
}

/**
 * The lines a rule reports on a plan of one line under one heading (line 5), checked without a
 * constitution: `oneLine("no-placeholder", "## Summary")("… [Date] …")`.
 */
function oneLine(rule: string, heading: string, title = "X"): (line: string) => number[] {
  return (line) =>
    lines([`# Implementation Plan: ${title}`, "", heading, "", line, ""].join("\n"), rule);
}

/** The principles `principle-coverage` reports for a check, as its findings quote them. */
function uncoveredNames(
  check: string,
  constitution: string,
  quoted = /principle `([^`]+)`/,
): string[] {
  return uncoveredIn(plan(check), constitution, quoted);
}

/** The principles `principle-coverage` reports on a whole plan, as its findings quote them. */
function uncoveredIn(text: string, constitution: string, quoted = /principle `([^`]+)`/): string[] {
  return findings(text, constitution, "principle-coverage").map((f) => quoted.exec(f)?.[1] ?? f);
}

/** A file of a plan folder of the audit corpus. */
function auditFile(dir: string, file: string): string {
  return readFileSync(`test/fixtures/audit/${dir}/${file}`, "utf8");
}

function plan(check: string): string {
  return [
    "# Implementation Plan: X",
    "",
    "## Summary",
    "",
    "Adds X.",
    "",
    "## Technical Context",
    "",
    "**Language/Version**: TypeScript 5",
    "",
    "## Constitution Check",
    "",
    check,
    "",
    "## Project Structure",
    "",
    "src/",
    "",
  ].join("\n");
}

/** The line of `plan()`'s check text, and of the first row of a `gateTable()` in it. */
const CHECK_LINE = plan("x").split("\n").indexOf("x") + 1;
const FIRST_ROW = CHECK_LINE + 2;

/** A gate table of the given rows, under its header and delimiter rows. */
function gateTable(...rows: string[]): string {
  return ["| Principle | Status | Notes |", "|---|---|---|", ...rows].join("\n");
}

/** The lines `gate-justification` reports on `plan()` of a gate table of one row. */
function tableGates(row: string): number[] {
  return lines(plan(gateTable(row)), "gate-justification");
}

describe("a status mark inside a bold label", () => {
  const questions = plan(
    [
      "- **✅ DDD 戰術模式**: 是否清楚定義 Entity、Value Object、Aggregate 邊界?",
      "  - `ReleaseBranchName` 為 Value Object",
      "- **❌ CQRS 模式**: 命令與查詢是否明確分離?",
      "- **KISS 原則**: 是否選擇最簡單的解決方案?",
    ].join("\n"),
  );

  it("answers the label's question: ✅ passes, ❌ fails, no mark leaves it unanswered", () => {
    const gates = parsePlan(questions).gates.map((g) => [g.line, g.status]);
    expect(gates).toEqual([
      [13, "pass"],
      [15, "fail"],
      [16, "unchecked"],
    ]);
  });
});

describe("principles matched by their words", () => {
  const german = [
    "# Constitution",
    "## Core Principles",
    "### I. Documentation as a Mandatory Deliverable",
    "Every change MUST update the documentation it affects.",
    "### II. German as Mandatory Communication Language",
    "All documents and team communication MUST be written in German.",
    "### III. Zero-Compile-Error Rule for New Code",
    "A compilation check (the build) MUST pass before merge.",
    "### IV. Definition of Done (DoD) Baseline",
    "Tests and reviews are part of every feature.",
    "",
    "**Version**: 1.0.0 | **Ratified**: 2025-01-01",
    "",
  ].join("\n");

  it("reads German cognates (`Kommunikation`, `Dokumentation`) and ignores a checklist's `definiert`", () => {
    const checklist = plan(
      [
        "- [x] Dokumentation als obligatorisches Deliverable",
        "- [x] Dokumentation und Team-Kommunikation auf Deutsch",
        "- [x] Compile-Validierungsbefehl definiert: `dotnet build`",
        "- [x] DoD-Baseline eingehalten",
      ].join("\n"),
    );
    expect(findings(checklist, german, "principle-coverage")).toEqual([]);
    // Without the Compile line, its principle is the one left uncovered.
    const without = checklist.replace(/^- \[x\] Compile.*\n/m, "");
    const uncovered = findings(without, german, "principle-coverage");
    expect(uncovered).toHaveLength(1);
    expect(uncovered[0]).toMatch(/^11 .*never addresses principle `III\. Zero-Compile-Error Rule/);
  });

  const stack = [
    "# Constitution",
    "## Core Principles",
    "### I. Rust Backend — Actix Web",
    "The API is served by Actix Web; the Tauri shell talks to it.",
    "### II. Tauri IPC + React Frontend",
    "The desktop UI is React in a Tauri shell.",
    "### III. SQLite Database",
    "Local state lives in SQLite.",
    "### IV. Spec-Driven Development",
    "Every change starts from a spec.",
    "",
    "**Version**: 1.0.0 | **Ratified**: 2025-01-01",
    "",
  ].join("\n");

  it("lets a gate written in words cover every principle it names by a word of that name alone", () => {
    const check = plan(
      [
        "- PASS — The spec exists before implementation (spec-driven).",
        "- PASS — The Android client adds no Rust/Actix/Tauri surface, so the desktop principles do not apply.",
        "- PASS — No SQLite: state stays in memory.",
      ].join("\n"),
    );
    expect(findings(check, stack, "principle-coverage")).toEqual([]);
  });

  it("keeps a gate named by numeral to its principle, whatever its evidence mentions", () => {
    const check = plan(
      [
        "| # | Principle | Evidence | Status |",
        "|---|---|---|---|",
        "| I | Backend | New route in the Actix app; the Tauri shell is untouched | ✅ |",
        "| III | Storage | One SQLite table | ✅ |",
        "| IV | Spec | spec.md approved | ✅ |",
      ].join("\n"),
    );
    const uncovered = findings(check, stack, "principle-coverage");
    expect(uncovered).toHaveLength(1);
    expect(uncovered[0]).toMatch(
      /^11 .*never addresses principle `II\. Tauri IPC \+ React Frontend`/,
    );
  });
});

describe("sections and template text", () => {
  it("reads `## Overview` as the Summary", () => {
    expect([...classify("Overview")]).toContain("summary");
    const text = plan("- [x] ok").replace("## Summary", "## Overview");
    expect(findings(text, null, "required-section")).toEqual([]);
  });

  it("flags a Title Case slot left in a heading or prose, not a link or one in code", () => {
    const text = [
      "# Plan: X",
      "",
      "### [Component Name] Backend Hubs",
      "Owned by [Your Name].",
      "See [Release Notes](notes.md) and `ui/[Display Name].tsx`.",
      "",
      "```text",
      "[Project Name]",
      "```",
      "",
    ].join("\n");
    expect(
      checked(text, null)
        .findings.filter((f) => f.rule === "no-placeholder")
        .map((f) => f.line),
    ).toEqual([3, 4]);
  });
});

/*
 * Patterns the sixth blind audit round showed, each as the general mechanism.
 */

describe("a Constitution Check whose gates name no principle", () => {
  const constitution = [
    "# X Constitution",
    "",
    "## Core Principles",
    "",
    "### I. Security-First",
    "Secrets never leave the vault.",
    "",
    "### II. Cross-Platform Parity",
    "Every script runs on Linux, macOS and Windows.",
    "",
    "### III. Bootstrap Automation",
    "One command sets up a machine.",
    "",
    "**Version**: 1.0.0 | **Ratified**: 2025-01-01 | **Last Amended**: 2025-01-01",
  ].join("\n");
  // Gates written for a constitution since replaced: their names are none of the current ones.
  const gates = [
    "| Prinzip | Status | Begruendung |",
    "|---|---|---|",
    "| Didaktische Klarheit | PASS | Doku zweisprachig. |",
    "| Historische Kompatibilitaet | PASS | Keine Semantik-Aenderung. |",
    "| Strikte Modularchitektur | PASS | Keine neuen Abhaengigkeiten. |",
  ].join("\n");

  it("is one error that lists the principles it cannot find, and fails the plan", () => {
    const result = checked(plan(gates), constitution);
    const coverage = result.findings.filter((f) => f.rule === "principle-coverage");
    expect(coverage).toHaveLength(1);
    expect(coverage[0]?.severity).toBe("error");
    expect(coverage[0]?.message).toMatch(/(\d+) of \1 gates that name no principle/);
    expect(coverage[0]?.message).toContain("`I. Security-First`");
    expect(result.verdict).toBe("fail");
  });

  it("is exact once the gates name the principles", () => {
    const named = gates
      .replace("Didaktische Klarheit", "I. Security-First")
      .replace("Historische Kompatibilitaet", "II. Cross-Platform Parity")
      .replace("Strikte Modularchitektur", "III. Bootstrap Automation");
    expect(findings(plan(named), constitution, "principle-coverage")).toEqual([]);
  });
});

describe("the template's questions answered by one result line", () => {
  const questions = [
    "- **Code Clarity**: Does the design prioritize readable, explicit implementations?",
    "- **Simple UX**: Is the user experience minimal and intuitive?",
    "- **No Testing**: Confirms no test infrastructure or test files included",
  ];

  it("passes the questions above a passing result line", () => {
    const text = plan(
      [...questions, "", "**Gate Status**: All gates satisfied; no violations expected."].join(
        "\n",
      ),
    );
    expect(parsePlan(text).gates.map((g) => g.status)).toEqual(["pass", "pass", "pass", "pass"]);
    expect(findings(text, null, "gate-justification")).toEqual([]);
  });

  it("leaves them unanswered without one, or when the result fails", () => {
    // The two questions; `No Testing` states a fact and asks nothing.
    expect(findings(plan(questions.join("\n")), null, "gate-justification")).toHaveLength(2);
    const failing = plan([...questions, "", "**Gate Status**: FAIL"].join("\n"));
    expect(findings(failing, null, "gate-justification").length).toBeGreaterThanOrEqual(2);
  });

  it("does not tick a checkbox left unticked", () => {
    const text = plan(["- [ ] **Code Clarity**: readable code", "", "**Result**: PASS"].join("\n"));
    expect(parsePlan(text).gates.find((g) => g.form === "checkbox")?.status).toBe("unchecked");
  });
});

describe("template text in the source tree and in samples", () => {
  it("flags the stock tree's undecided `ios/ or android/` outside code, not inside the kept tree", () => {
    const text = [
      "ios/ or android/",
      "# Plan: X",
      "",
      "```text",
      "ios/ or android/",
      "```",
      "",
    ].join("\n");
    expect(lines(text, "no-option-label")).toEqual([1]);
    expect(
      lines("# Plan\n\nWe ship ios/ or android/ first, whichever is ready.\n", "no-option-label"),
    ).toEqual([]);
  });

  it("flags an option label left in the tree, not the Structure Decision naming the one chosen", () => {
    const text = [
      "# Implementation Plan: X",
      "",
      "## Project Structure",
      "",
      "```text",
      '# Option 2: Web application (when "frontend" + "backend" detected)',
      "backend/",
      "```",
      "",
      "**Structure Decision**: Option 2: Web application (backend only)",
      "",
    ].join("\n");
    expect(lines(text, "no-option-label")).toEqual([6]);
  });

  it("leaves the slots of a markdown sample alone, nested fences and all", () => {
    const text = [
      "# Plan: X",
      "",
      "Owner: [Your Name]",
      "",
      "```markdown",
      "# Research",
      "**Completed**: [Date]",
      "```python",
      "# example",
      "```",
      "**Decision**: [FastMCP / Direct MCP SDK]",
      "```",
      "",
    ].join("\n");
    // CommonMark closes the sample at line 10 and reads line 11 as prose; the author did not.
    expect(lines(text, "no-placeholder")).toEqual([3]);
  });

  it("takes a lower-case angle slot for the author's parameter, a capital one in a path for a slot", () => {
    const text = [
      "# Plan: X",
      "",
      "- Add `session_secret: <placeholder-32-bytes-base64>` to the example config.",
      "- Roll back with `deploy --source=<git-sha>`; open `https://<your-app>.vercel.app`.",
      "",
      "```text",
      "data/<game-version>/characters.json",
      "services/<SERVICE_NAME>/main.py",
      "```",
      "",
    ].join("\n");
    expect(lines(text, "no-placeholder")).toEqual([8]);
  });
});

describe("principles referred to by numeral lists, and the first template's own questions", () => {
  const constitution = [
    "# X Constitution",
    "",
    "## Core Principles",
    "",
    "### I. Position Sizing",
    "Limits hold.",
    "",
    "### II. Deny-by-Default",
    "Whitelist only.",
    "",
    "### III. Project Vision",
    "Build the product the brief describes.",
    "",
    "### IV. Audit Log",
    "Append only.",
    "",
    "### V. Secret Isolation",
    "No secrets in code.",
    "",
    "**Version**: 1.0.0 | **Ratified**: 2025-01-01 | **Last Amended**: 2025-01-01",
  ].join("\n");
  const uncovered = (check: string): string[] => uncoveredNames(check, constitution);

  it("reads every numeral of `원칙 I·II`, `Principles IV and V`", () => {
    expect(
      uncovered(
        [
          "- 원칙 I·II: 기존 한도를 유지한다.",
          "- Principles IV and V: audit evidence kept, no secrets read.",
          "- Principle III holds: the brief is followed.",
        ].join("\n"),
      ),
    ).toEqual([]);
    expect(uncovered("- 원칙 I·II: 기존 한도를 유지한다.")).toEqual([
      "III. Project Vision",
      "IV. Audit Log",
      "V. Secret Isolation",
    ]);
  });

  it("does not take the first template's `Projects: 1` for `Project Vision`", () => {
    const check = [
      "**Simplicity**:",
      "- Projects: 1",
      "- Using framework directly? Yes",
      "",
      "- Principles I, II, IV and V: hold.",
    ].join("\n");
    expect(uncovered(check)).toEqual(["III. Project Vision"]);
  });
});

describe("a failing gate whose note only names the violation", () => {
  const table = (note: string): string =>
    plan(
      [
        "| Principle | Adherence | Notes |",
        "|---|---|---|",
        "| **Offline First** | ✅ Yes | Works without a network. |",
        `| **Cloud Sync** | ❌ No | ${note} |`,
      ].join("\n"),
    );

  it("is unjustified: the note describes the failure", () => {
    expect(
      findings(
        table("Local files only, which contradicts the principle. **This is a major violation.**"),
        null,
        "gate-justification",
      ).map((f) => f.split(" ")[0]),
    ).toEqual(["16"]);
  });

  it("is justified when the note gives a reason", () => {
    expect(
      findings(
        table("Violates the principle because the pilot runs air-gapped; sync returns in 002."),
        null,
        "gate-justification",
      ),
    ).toEqual([]);
    expect(
      findings(
        table("Local files only for the pilot; sync returns in 002."),
        null,
        "gate-justification",
      ),
    ).toEqual([]);
  });
});

/*
 * Patterns the seventh blind audit round showed, each as the general mechanism.
 */

describe("sections found by what they hold, under titles no lexicon knows", () => {
  const text = (context: string, check: string): string =>
    [
      "# 実施計画: Todo",
      "",
      "## 概要",
      "",
      "Todo アプリを作る。",
      "",
      context,
      "",
      "**言語/バージョン**: TypeScript 5",
      "**主な依存関係**: React 18",
      "**ストレージ**: localStorage",
      "**テスト**: Vitest",
      "",
      check,
      "",
      "すべてのゲートは満たされています。",
      "",
      "## プロジェクト構造",
      "",
      "src/",
      "",
    ].join("\n");

  it("reads `## 技術` over field lines as the Technical Context, and `## 構成チェック` that speaks of its gates as the Constitution Check", () => {
    expect(findings(text("## 技術", "## 構成チェック"), null, "required-section")).toEqual([]);
  });

  it("does not take a section of other labels, or a check title over other text, for them", () => {
    const risks = text("## Risks", "## Link Check").replace(
      /\*\*言語[^]*Vitest/u,
      [
        "**Privilege Escalation**: admin checks",
        "**Database Performance**: indexes",
        "**Admin Interface**: paging",
        "**Token Management**: rotation",
        "**Rollout**: flags",
      ].join("\n"),
    );
    const missing = findings(
      risks.replace("すべてのゲートは満たされています。", "All links resolve."),
      null,
      "required-section",
    ).map((f) => f.split(" ")[0]);
    expect(missing).toHaveLength(2);
  });

  it("does not take a section that names a gate's file (`extends gate.sh`) for the check", () => {
    const section = (prose: string): string =>
      text("## 技術", "## README policy + gate parity extension").replace(
        "すべてのゲートは満たされています。",
        prose,
      );
    expect(
      findings(
        section("Orchestrator then extends gate.sh with the byte-parity check."),
        null,
        "required-section",
      ),
    ).toEqual([expect.stringContaining("`Constitution Check`")]);
    // The gates themselves, named in prose, still make it the check.
    expect(
      findings(
        section("Orchestrator then confirms every gate with the byte-parity check."),
        null,
        "required-section",
      ),
    ).toEqual([]);
    // Unless it is a later step of the delivery (`## Slice 3 — …`), which checks its own gates.
    expect(
      findings(
        section("Orchestrator then confirms every gate with the byte-parity check.").replace(
          "## README policy",
          "## Slice 3 — README policy",
        ),
        null,
        "required-section",
      ),
    ).toEqual([expect.stringContaining("`Constitution Check`")]);
  });

  it("does not take a later step's own gate (`## Phase 4: CI Gate & Performance`) for the check, nor bold item titles for fields", () => {
    const plan = text("## 9. Risks & Mitigations", "## Phase 4: CI Gate & Performance")
      .replace(
        /\*\*言語[^]*Vitest/u,
        [
          "1. **実行時間増大**",
          "- 対策: nightly",
          "2. **環境依存の flaky**",
          "- 対策: retry",
          "3. **テスト保守負荷**",
        ].join("\n"),
      )
      .replace("すべてのゲートは満たされています。", "- Step B: warning gate");
    const missing = findings(plan, null, "required-section");
    expect(missing).toEqual([
      expect.stringContaining("`Technical Context`"),
      expect.stringContaining("`Constitution Check`"),
    ]);
    // Phase 0's gate is the check's (it comes before research), and labels with their colon
    // are fields, even empty.
    const before = text("## 9. Risks & Mitigations", "## Phase 0: Gate Check")
      .replace("**言語/バージョン**: TypeScript 5", "**言語/バージョン**:")
      .replace("すべてのゲートは満たされています。", "- Step B: warning gate");
    expect(findings(before, null, "required-section")).toEqual([]);
  });

  it("does not take a checklist that names the constitution's file (`CONSTITUTION.md`) for the check, only one that speaks of it", () => {
    const plan = text("## 技術", "## 6) Submission Checklist").replace(
      "すべてのゲートは満たされています。",
      "- Public GitHub repo with **CONSTITUTION.md** and full **/specs/**",
    );
    expect(findings(plan, null, "required-section")).toEqual([
      expect.stringContaining("`Constitution Check`"),
    ]);
    expect(
      findings(
        plan.replace("with **CONSTITUTION.md** and", "meets every constitution principle, with"),
        null,
        "required-section",
      ),
    ).toEqual([]);
  });
});

describe("brackets and markers that are content", () => {
  it("takes a dynamic route's file or folder for a path, not a placeholder", () => {
    const text = [
      "# Plan: X",
      "",
      "```text",
      "app/day/[date].tsx",
      "app/[locale]/page.tsx",
      "pages/blog/[...slug].tsx",
      "specs/[###-feature]/",
      "[FEATURE_NAME].md",
      "```",
      "",
    ].join("\n");
    expect(lines(text, "no-placeholder")).toEqual([7, 8]);
  });

  it("takes a capital token the plan quotes alone in a code span for a literal, there and bare", () => {
    const text = [
      "# Plan: X",
      "",
      "On `[HEAL-RESTART]`, load the persisted frontier and skip the full scan.",
      "",
      "```text",
      "src/heal.rs   # load persisted frontier on [HEAL-RESTART]",
      "src/[MODULE_NAME].rs",
      "```",
      "",
      "Owner: [TEAM-NAME]",
      "Name: `[FEATURE_NAME]`",
      "",
    ].join("\n");
    // A slot's underscored token is one even quoted; a token the plan never quotes is one bare.
    expect(lines(text, "no-placeholder")).toEqual([7, 10, 11]);
  });

  it("takes capital words in a bracket inside a longer code span for what the program prints (round 579)", () => {
    const text = [
      "# Plan: X",
      "",
      "The scanner fails the wheel with `❌ [POST-BUILD FAIL]` and deletes it.",
      "A dry run logs `[DRY RUN] skipping upload` for each file.",
      "Specs live in `specs/[FEATURE-ID]/plan.md`.",
      "Owner: `team [PROJECT_NAME] here`",
      "",
    ].join("\n");
    // A token in a path and an underscored slot are still template text.
    expect(lines(text, "no-placeholder")).toEqual([5, 6]);
  });

  it("takes a field's list of chosen names kept in brackets for its value, not a slot", () => {
    const text = [
      "# Plan: X",
      "",
      "**Primary Dependencies**: [@modelcontextprotocol/sdk, axios, markdown-it, jsdom]",
      "**Testing**: [vitest, pnpm test, custom integration scripts]",
      "**Storage**: [if applicable, e.g., PostgreSQL, files or N/A]",
      "**Target Platform**: [Linux server, or NEEDS CLARIFICATION]",
      "**Complexity**: [List any violations with rationale, or state None]",
      "",
    ].join("\n");
    expect(lines(text, "no-placeholder")).toEqual([5, 6, 7]);
  });

  it("takes a capital word in a URL's path for the URL's variable, not a slot", () => {
    const text = [
      "# Plan: X",
      "",
      "Returns the minimal format (https://[domain]/dp/[ASIN]) with one-click copy.",
      "Visit https://example.com/[SLUG] once deployed.",
      "Owner: [OWNER]",
      "See /dp/[ASIN] for the format.",
      "",
    ].join("\n");
    expect(lines(text, "no-placeholder")).toEqual([5, 6]);
  });

  it("reads `All [NEEDS CLARIFICATION] markers absent` as resolved", () => {
    const text = [
      "# Plan: X",
      "",
      "**Verification**: All [NEEDS CLARIFICATION] markers absent from spec at time of plan.",
      "**Storage**: [NEEDS CLARIFICATION: which database?]",
      "",
    ].join("\n");
    expect(lines(text, "no-unresolved-clarification")).toEqual([4]);
  });

  it("reads `без открытых NEEDS CLARIFICATION` and its kin (without open markers) as resolved", () => {
    const text = [
      "# Plan: X",
      "",
      "- research.md — R1–R12, без открытых NEEDS CLARIFICATION",
      "- research.md — sin NEEDS CLARIFICATION pendientes; sem NEEDS CLARIFICATION",
      "- research.md — sem pendentes NEEDS CLARIFICATION",
      "- Auth: NEEDS CLARIFICATION (открытый вопрос)",
      "",
    ].join("\n");
    expect(lines(text, "no-unresolved-clarification")).toEqual([6]);
  });
});

describe("a passing mark that opens a gate's label", () => {
  it("is the gate's status, whatever status words its value mentions", () => {
    const check = [
      "1. ✅ **Docusaurus Build**: npm run build = PASS",
      "2. ✅ **Completeness**: No TODO, TBD, or placeholder content",
      "3. ⚠️ STILL PENDING: Korean translation of the spec",
    ].join("\n");
    expect(parsePlan(plan(check)).gates.map((g) => [g.line, g.status])).toEqual([
      [13, "pass"],
      [14, "pass"],
      // A warning mark is refined by the words beside it.
      [15, "pending"],
    ]);
  });
});

describe("status words across languages", () => {
  it("reads `TODO` as pending, not Spanish and Portuguese `todo` (all)", () => {
    const text = plan(
      [
        "- Async-first: todo acceso a datos seguirá siendo asíncrono.",
        "- Seguridad: todo el código valida la entrada.",
        "- Observability: TODO",
        "- Rate limits: TODO: decide the quota",
      ].join("\n"),
    );
    expect(parsePlan(text).gates.map((g) => [g.label, g.status])).toEqual([
      ["Observability", "pending"],
      ["Rate limits", "pending"],
    ]);
  });
});

/*
 * Patterns the eighth blind audit round showed, each as the general mechanism.
 */

describe("principles headed `Principio III.`, and evidence under a principle's heading", () => {
  const constitution = [
    "# X Constitution",
    "",
    "## Principio I. Code Quality",
    "Readable code.",
    "",
    "## Principio II. Testing Standards",
    "Tests first.",
    "",
    "## Principio III. User Experience Consistency",
    "One design system.",
    "",
    "**Version**: 1.0.0 | **Ratified**: 2025-01-01 | **Last Amended**: 2025-01-01",
  ].join("\n");

  it("names a principle by its numeral and name, `III. User Experience Consistency`", () => {
    const found = findings(plan("- **I. Code Quality**: ✅"), constitution, "principle-coverage");
    expect(found.map((f) => /principle `([^`]+)`/.exec(f)?.[1])).toEqual([
      "II. Testing Standards",
      "III. User Experience Consistency",
    ]);
  });

  it("does not let `Consistent Style` under `### ✅ Code Quality` cover `User Experience Consistency`", () => {
    const check = [
      "### ✅ Code Quality",
      "",
      "- **Consistent Style**: ✅ ESLint and Prettier",
      "",
      "### ✅ Testing Standards",
      "",
      "- **TDD**: ✅ contract tests first",
    ].join("\n");
    const result = checked(plan(check), constitution);
    expect(result.principles.map((p) => [p.id, p.status])).toEqual([
      ["I", "pass"],
      ["II", "pass"],
      ["III", "missing"],
    ]);
    expect(result.verdict).toBe("fail");
  });
});

describe("pending gates explained by the result line below them", () => {
  const table = (result: string): string =>
    plan(
      [
        "| Principle | Status | Notes |",
        "|---|---|---|",
        "| I. Test-First | ⏳ PENDING | All new classes need unit tests |",
        "| II. Simplicity | ✅ PASS | Minimal dependencies |",
        "",
        result,
      ].join("\n"),
    );

  it("are justified when a passing result says why they are pending", () => {
    expect(
      findings(
        table(
          "**Gate Status**: ✅ PASS - No blocking violations. Pending items are implementation-phase requirements.",
        ),
        null,
        "gate-justification",
      ),
    ).toEqual([]);
  });

  it("are not when the result does not speak of them, or fails", () => {
    expect(findings(table("**Gate Status**: ✅ PASS"), null, "gate-justification")).toHaveLength(1);
    expect(
      findings(
        table("**Gate Status**: ❌ FAIL - pending items block the implementation phase"),
        null,
        "gate-justification",
      ).length,
    ).toBeGreaterThanOrEqual(1);
  });
});

/*
 * Patterns the ninth blind audit round showed, each as the general mechanism.
 */

describe("checklist groups, answers on their own line, and negated markers", () => {
  it("takes `**X Check** (if …):` over a checklist for the group's title, and its boxes for the gates", () => {
    const text = plan(
      [
        "**Input Validation Check** (if TypeScript project):",
        "",
        "- [ ] Inputs validated with zod at the boundary",
        "- [x] Errors mapped to 400",
      ].join("\n"),
    );
    expect(parsePlan(text).gates.map((g) => [g.line, g.form, g.status])).toEqual([
      [15, "checkbox", "unchecked"],
      [16, "checkbox", "pass"],
    ]);
  });

  it("answers a question with the `**Answer**:` line below it", () => {
    const text = plan(
      ["**Key Question**: Does this design keep the DDD layers?", "", "**Answer**: ✅ Yes"].join(
        "\n",
      ),
    );
    expect(parsePlan(text).gates.find((g) => g.label === "Key Question")?.status).toBe("pass");
    expect(findings(text, null, "gate-justification")).toEqual([]);
    const unanswered = plan("**Key Question**: Does this design keep the DDD layers?");
    expect(findings(unanswered, null, "gate-justification")).toHaveLength(1);
  });

  it("reads `sin NEEDS CLARIFICATION pendientes` as resolved, and `todo-lib` as a name", () => {
    const text = plan(
      [
        "- El research.md resuelve las 5 areas sin NEEDS CLARIFICATION pendientes",
        "- EVERY feature as library? ✅ (todo-lib planned)",
      ].join("\n"),
    );
    expect(findings(text, null, "no-unresolved-clarification")).toEqual([]);
    expect(findings(text, null, "gate-justification")).toEqual([]);
  });
});

/*
 * A pattern the tenth blind audit round showed.
 */

describe("a numeral whose shortened name shares words with another principle", () => {
  const constitution = [
    "# X Constitution",
    "",
    "## Core Principles",
    "",
    "### I. Server-First Rendering",
    "Render on the server.",
    "",
    "### II. CMS as Single Content Source",
    "All content comes from the CMS.",
    "",
    "### III. Design System : source unique du langage visuel",
    "One design system.",
    "",
    "**Version**: 1.0.0 | **Ratified**: 2025-01-01 | **Last Amended**: 2025-01-01",
  ].join("\n");

  const principleOf = (row: string): string | undefined =>
    checked(plan(["| Principe | Conformité |", "|---|---|", row].join("\n")), constitution).gates[0]
      ?.principle;

  it("keeps the numeral when the name has a word only its principle's name has (`CMS`)", () => {
    expect(principleOf("| **II. CMS source unique** | ✅ |")).toBe(
      "II. CMS as Single Content Source",
    );
  });

  it("still moves a numeral written with another principle's name", () => {
    expect(principleOf("| **II. Server-First Rendering** | ✅ |")).toBe(
      "I. Server-First Rendering",
    );
  });
});

/*
 * Patterns the eleventh blind audit round showed, each as the general mechanism.
 */

describe("constitutions: translated template slots, and versions in other languages", () => {
  const result = (constitution: string, planText: string) => checked(planText, constitution);

  it("reads a template whose slots are named in its own language as unfilled", () => {
    const translated = [
      "# [專案名稱] 憲章",
      "",
      "## 核心原則",
      "",
      "### [原則一名稱]",
      "[原則一說明]",
      "",
      "### [原則二名稱]",
      "[原則二說明]",
      "",
      "**版本**：[憲章版本] | **批准日期**：[批准日期]",
    ].join("\n");
    const r = result(translated, plan("- **I. X**: ✅"));
    expect(r.findings.map((f) => f.rule)).toContain("constitution-unratified");
    expect(r.findings.map((f) => f.rule)).not.toContain("principle-coverage");
    expect(r.principles).toEqual([]);
  });

  it("keeps real names written in brackets (`### [Home First]`) as principles", () => {
    const bracketed = [
      "# X Constitution",
      "",
      "## Core Principles",
      "",
      "### [Selfhosted]",
      "Runs at home.",
      "",
      "### [Home First]",
      "Home comes first.",
      "",
      "**Version**: [0.1.0]",
    ].join("\n");
    const r = result(bracketed, plan("- **Selfhosted**: ✅ runs on a NAS"));
    expect(r.principles.map((p) => [p.name, p.status])).toEqual([
      ["[Selfhosted]", "pass"],
      ["[Home First]", "missing"],
    ]);
  });

  it.each([
    ["**Versão:** 1.2.0", "pt"],
    ["**Versión**: 1.2.0", "es"],
    ["**Версия**: 1.2.0", "ru"],
    ["**Phiên bản**: 1.2.0", "vi"],
    ["**버전**: 1.2.0", "ko"],
  ])(
    "reads the version line `%s` (%s), and a plan citing `constitution.md` v1.0.0 as stale",
    (line) => {
      const constitution = [
        "# X",
        "",
        "## Core Principles",
        "",
        "### I. Code Quality",
        "Readable code.",
        "",
        line,
      ].join("\n");
      const text = plan(
        "Avaliado contra `.specify/memory/constitution.md` v1.0.0:\n\n- **I. Code Quality**: ✅",
      );
      const stale = result(constitution, text).findings.filter(
        (f) => f.rule === "constitution-version",
      );
      expect(stale.map((f) => f.message)).toEqual([
        expect.stringContaining("cites constitution version `1.0.0`"),
      ]);
    },
  );
});

describe("a citation its paragraph wraps before the version", () => {
  const constitution = [
    "# X",
    "## Core Principles",
    "### I. Code Quality",
    "Readable.",
    "**Version**: 1.4.0",
  ].join("\n");
  const stale = (text: string): string[] =>
    findings(plan(text), constitution, "constitution-version");

  it("reads the version opening the line after the constitution's link", () => {
    const text =
      "Principles evaluated against\n[`constitution.md`](../../.specify/memory/constitution.md)\nv1.0.0:\n\n- **I. Code Quality**: ✅";
    expect(stale(text)).toEqual([
      expect.stringMatching(/^\d+ The plan cites constitution version `1\.0\.0`/),
    ]);
  });

  it("does not join a version to a paragraph before it, nor a line that does not open with one", () => {
    expect(
      stale(
        "Checked against the constitution.\n\nv1.0.0 of the API ships first.\n\n- **I. Code Quality**: ✅",
      ),
    ).toEqual([]);
    expect(
      stale(
        "Checked against the constitution\nand the API v1.0.0 contract.\n\n- **I. Code Quality**: ✅",
      ),
    ).toEqual([]);
  });
});

describe("headings, slots and words that name no principle", () => {
  it("reads `## Cấu trúc` and `## 结构决策` as the Project Structure, not `## Data Structures`", () => {
    const without = (heading: string): string =>
      plan("- **I. X**: ✅").replace("## Project Structure", heading);
    expect(lines(without("## Cấu trúc"), "required-section")).toEqual([]);
    expect(lines(without("## 结构决策"), "required-section")).toEqual([]);
    expect(findings(without("## Data Structures"), null, "required-section")).toEqual([
      expect.stringContaining("`Project Structure`"),
    ]);
  });

  it("reads the first template's `Projects: [#]` as a number slot left in", () => {
    const text = plan("**Simplicity**:\n- Projects: [#] (max 3 - e.g., api, cli, tests)");
    const line = text.split("\n").findIndex((l) => l.includes("[#]")) + 1;
    expect(lines(text, "no-placeholder")).toEqual([line]);
    expect(lines("Issue [#] in `a[#]`\n", "no-placeholder")).toEqual([1]);
  });

  const constitution = [
    "# X Constitution",
    "",
    "## Core Principles",
    "",
    "### I. Modern Fullstack Architecture",
    "Next.js in front, FastAPI behind.",
    "",
    "### II. Data Boundary Discipline",
    "Every AI input MUST be minimized; every AI output parsed into a typed contract.",
    "",
    "### III. Living Documentation",
    "Docs change with the code.",
    "",
    "### IV. CP-ABE 必须使用真实 Go 库",
    "使用真实的 CP-ABE 实现。",
    "",
    "### V. 策略表达与真实加密解耦",
    "策略与加密分离。",
    "",
    "**Version**: 1.0.0",
  ].join("\n");
  const gatesOf = (check: string): Array<[string, string | undefined]> =>
    checked(plan(check), constitution).gates.map((g) => [g.label, g.principle]);

  it("does not take a folder of a file's path (`docs/architecture/x.md`) for a principle's word", () => {
    const check = "- [x] **Living Documentation**: will update `docs/architecture/frontend.md`";
    const result = checked(plan(check), constitution);
    expect(result.principles.filter((p) => p.status !== "missing").map((p) => p.id)).toEqual([
      "III",
    ]);
  });

  it("does not take a word of a route (`/api/{id}/complete`) for a principle's word", () => {
    const principles = [
      "# X Constitution",
      "",
      "## Core Principles",
      "",
      "### I. Spec-Driven Development",
      "Specs first.",
      "",
      "### II. Monorepo Architecture",
      "One repository.",
      "",
      "### III. Full-Stack Feature Completeness",
      "System MUST implement all features: Create Task, List Tasks, Mark Task Complete.",
      "",
      "### IV. API Contract Compliance",
      "Routes never change.",
      "",
      "**Version**: 1.0.0",
    ].join("\n");
    const covered = (evidence: string, heading = "### API Contract Compliance"): string[] =>
      checked(
        plan(
          [
            "### Spec-Driven Development Compliance",
            "- [x] Spec, plan and tasks come first",
            "### Architecture Compliance",
            "- [x] Maintains monorepo structure",
            heading,
            `- [x] Existing task API routes remain unchanged:${evidence}`,
          ].join("\n"),
        ),
        principles,
      )
        .principles.filter((p) => p.status !== "missing")
        .map((p) => p.id);
    expect(
      covered("\n  - GET /api/{user_id}/tasks\n  - PATCH /api/{user_id}/tasks/{id}/complete"),
    ).toEqual(["I", "II", "IV"]);
    expect(covered(" `PATCH /api/{user_id}/tasks/{id}/complete`")).toEqual(["I", "II", "IV"]);
    // The same word in the gate's prose is the principle's (under a sub-heading of its own that
    // names no principle: under `### API Contract Compliance` the box is IV's evidence).
    expect(covered(" and a task can be marked complete", "### Task Checks")).toEqual([
      "I",
      "II",
      "III",
      "IV",
    ]);
    expect(covered(" and a task can be marked complete")).toEqual(["I", "II", "IV"]);
  });

  it("matches an inflected word of a name (`bounded` for `Boundary`) and a label made of one name's words", () => {
    expect(
      gatesOf(
        [
          "- **AI input and output contracts are bounded**: ✅ yes",
          "- **真实 CP-ABE 实现**: ✅ 不使用模拟加解密",
        ].join("\n"),
      ),
    ).toEqual([
      ["AI input and output contracts are bounded", "II. Data Boundary Discipline"],
      ["真实 CP-ABE 实现", "IV. CP-ABE 必须使用真实 Go 库"],
    ]);
  });
});

/*
 * Patterns the twelfth blind audit round showed, each as the general mechanism.
 */

describe("a checkbox inside a bold label, and `$ARGUMENTS` written about", () => {
  it("reads `- **[x] Principle I (SDD):** Does …?` as a passed gate, `**[ ] …:**` as unchecked", () => {
    const check = [
      "- **[x] Principle I (SDD):** Does this feature have a spec?",
      "- **[ ] Testing Strategy:** Does the plan include tests?",
    ].join("\n");
    const result = checked(plan(check), null);
    expect(result.gates.map((g) => g.status)).toEqual(["pass", "unchecked"]);
  });

  it("reports `$ARGUMENTS` left in prose, not in a code span or a code block", () => {
    const text = [
      "# Plan",
      "",
      "Given the arguments: $ARGUMENTS",
      "",
      "Typing `/skill [args]` substitutes `$ARGUMENTS` in the file.",
      "",
      "```ts",
      "// Replaces all $ARGUMENTS in content",
      "```",
      "",
    ].join("\n");
    expect(lines(text, "no-placeholder")).toEqual([3]);
  });
});

/*
 * Patterns the thirteenth blind audit round showed, each as the general mechanism.
 */

describe("status marks before bold labels, one-word cognates, file-name patterns, wrapped negations", () => {
  const constitution = [
    "# X Constitution",
    "",
    "## Core Principles",
    "",
    "### I. API-First Design",
    "Contracts before code; documentation of every endpoint.",
    "",
    "### II. Walidacja danych",
    "Every input is validated.",
    "",
    "### III. Dokumentacja",
    "Kluczowe elementy systemu są opisane.",
    "",
    "**Version**: 1.0.0",
  ].join("\n");
  const result = (check: string) => checked(plan(check), constitution);

  it("reads `✅ **Label**: …` paragraphs as gates, the mark as their status", () => {
    const r = result(
      [
        "✅ **API-First Design**: existing endpoints; waits for approval of the new one.",
        "",
        "⚠️ **Walidacja danych**: Not applicable - this feature stores no input.",
        "",
        "✅ **Documentation**: Will update the component docs.",
      ].join("\n"),
    );
    expect(r.gates.map((g) => [g.label, g.status, g.principle])).toEqual([
      ["API-First Design", "pass", "I. API-First Design"],
      ["Walidacja danych", "needs-review", "II. Walidacja danych"],
      ["Documentation", "pass", "III. Dokumentacja"],
    ]);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("takes `[Name].tsx` and `[Component].module.css` for file-name patterns, not `[SERVICE_NAME].md` or `[feature].controller.ts`", () => {
    const text = [
      "# Plan",
      "",
      "```text",
      "src/components/",
      "├── [Name].tsx",
      "├── [Component].module.css",
      "├── [SERVICE_NAME].md",
      "└── [feature].controller.ts",
      "```",
      "",
    ].join("\n");
    expect(lines(text, "no-placeholder")).toEqual([7, 8]);
  });

  it("reads a marker that opens its line after `There is no` as resolved, not after a full stop", () => {
    const text = [
      "# Plan",
      "",
      "**Unknowns**: none. There is no",
      "NEEDS CLARIFICATION in this document.",
      "",
      "Open questions remain.",
      "NEEDS CLARIFICATION: which region?",
      "",
    ].join("\n");
    expect(lines(text, "no-unresolved-clarification")).toEqual([7]);
  });
});

describe("a `- **Status**:` line under a principle heading that shows its own mark", () => {
  it("is the heading's status line, not a verdict on the whole check", () => {
    const check = [
      "### I. Code Quality ✅",
      "- **Status**: PASS",
      "- **Justification**: linted and reviewed.",
      "",
      "### II. Data Storage ⚠️",
      "- **Status**: CONDITIONAL PASS (deviation justified)",
      "- **Original Principle**: in-memory storage for the CLI",
      "- **Current Requirement**: PostgreSQL for refresh tokens, which the API needs to survive restarts",
    ].join("\n");
    const result = checked(plan(check), null);
    expect(result.gates.map((g) => [g.label, g.status])).toEqual([
      ["I. Code Quality", "pass"],
      ["II. Data Storage", "needs-review"],
    ]);
    expect(result.findings.filter((f) => f.rule === "gate-justification")).toEqual([]);
  });
});

describe("a principle heading that shares a section's words", () => {
  it("reads `### III. Proper Project Structure ✅` inside the check as a gate", () => {
    const check = [
      "### I. Code Quality ✅",
      "- **Status**: PASS",
      "",
      "### III. Proper Project Structure ✅",
      "- **Status**: PASS",
    ].join("\n");
    const result = checked(plan(check), null);
    expect(result.gates.map((g) => [g.label, g.status])).toEqual([
      ["I. Code Quality", "pass"],
      ["III. Proper Project Structure", "pass"],
    ]);
  });
});

/*
 * Patterns the fourteenth blind audit round showed, each as the general mechanism.
 */

describe("articles written `Art. I —`, and gates deferred to the implementation phase", () => {
  const constitution = [
    "# Constituição do Projeto",
    "",
    "## Art. I — Stack fixada",
    "Spring Boot 4.",
    "",
    "## Art. II — Plataforma",
    "Virtual threads.",
    "",
    "## Art. III — Arquitetura",
    "Clean Architecture.",
    "",
    "## Governança",
    "Emendas por PR.",
  ].join("\n");
  const result = (check: string) => checked(plan(check), constitution);

  it("reads `## Art. I — Name` headings as principles, and `[x] Art. II` in a check as naming them", () => {
    const r = result("- [x] Art. II virtual threads · [x] Art. III camadas");
    expect(r.principles.map((p) => [p.id, p.status])).toEqual([
      ["I", "missing"],
      ["II", "pass"],
      ["III", "pass"],
    ]);
  });

  it("takes a pending gate's `after implementation` / `待实现阶段` as its reason", () => {
    const table = (row: string): string =>
      ["| # | Principle | Evidence | Status |", "|---|---|---|---|", row].join("\n");
    const unjustified = (row: string): number =>
      result(table(row)).findings.filter((f) => f.rule === "gate-justification").length;
    expect(unjustified("| I | Stack | 实现完成后更新 README.md | ⏳ 待实现阶段 |")).toBe(0);
    expect(unjustified("| I | Stack | README updated after implementation | ⏳ Pending |")).toBe(0);
    expect(unjustified("| I | Stack | README to be updated | ⏳ Pending |")).toBe(1);
  });
});

describe("a bracket quoted alone in a code span", () => {
  it("is a slot when the template's (`[###-feature-name]`, `[SERVICE_NAME]`), a tag when a bare capital word", () => {
    const text = [
      "# Plan",
      "",
      "**Branch**: `[###-feature-name]`",
      "",
      "Set `[SERVICE_NAME]` in the manifest.",
      "",
      "No new `[CLEANUP]` task is added.",
      "",
      "No new [CLEANUP] task is added.",
      "",
    ].join("\n");
    expect(lines(text, "no-placeholder")).toEqual([3, 5, 9]);
  });
});

/*
 * Patterns the fifteenth blind audit round showed, each as the general mechanism.
 */

describe("angle values in a config sample, and noun phrases in brackets", () => {
  it("reads `<OPERATOR_EMAIL>` in a code block as the sample's value, but in a tree or a path as a slot", () => {
    const text = [
      "# Plan",
      "",
      "```yaml",
      "email: <OPERATOR_EMAIL>   # Replace before applying",
      "path: deploy/<SERVICE_NAME>/values.yaml",
      "```",
      "",
      "```text",
      "├── <SERVICE_NAME>",
      "```",
      "",
    ].join("\n");
    expect(lines(text, "no-placeholder")).toEqual([5, 9]);
  });

  it("reads `[list of tasks]` as a noun phrase, `[List the tasks here]` as an instruction", () => {
    expect(lines('- Test no match: "Xyz" vs [list of tasks] → error\n', "no-placeholder")).toEqual(
      [],
    );
    expect(lines("- [List the tasks here]\n", "no-placeholder")).toEqual([1]);
  });
});

/*
 * Patterns from the earlier rounds' misses, found after round 15 (each as the general mechanism).
 */

describe("principles a Constitution Check's evidence or summary only touches on", () => {
  const constitution = [
    "# Constitution",
    "",
    "## Core Principles",
    "",
    "### I. Spec-Driven Development",
    "Specs come first.",
    "",
    "### II. Automated Testing Standards",
    "Every module has automated tests in CI.",
    "",
    "### III. MCP Server Architecture (Phase III/V)",
    "Tools are exposed through an MCP server.",
    "",
    "### IV. Conversational AI Standards (Phase III/V)",
    "Agents answer in plain language.",
    "",
    "### V. Event-Driven Architecture (Phase V Only)",
    "Services talk through events; the overall flow is asynchronous.",
    "",
    "**Version**: 1.0.0",
    "",
  ].join("\n");
  const uncovered = (check: string): string[] => uncoveredNames(check, constitution);

  it("does not let a labelled evidence item under a principle's heading cover another one by a shared word", () => {
    const check = [
      "### Principle I: Spec-Driven Development ✅",
      "- **Status**: PASS",
      "- **Local Testing**: validated on Minikube first.",
      "",
      "### Principle V: Event-Driven Architecture ✅",
      "- **Status**: PASS",
    ].join("\n");
    expect(uncovered(check)).toEqual([
      "II. Automated Testing Standards",
      "III. MCP Server Architecture (Phase III/V)",
      "IV. Conversational AI Standards (Phase III/V)",
    ]);
    // Named in full, the evidence does cover it.
    expect(
      uncovered(check.replace("**Local Testing**", "**Automated Testing Standards**")),
    ).not.toContain("II. Automated Testing Standards");
  });

  it("reads a parenthesised scope several principles share as no name of theirs", () => {
    const check = [
      "### Principle I: Spec-Driven Development ✅",
      "- **Phase Separation**: stays within Phase V; Phase II/III/IV code is untouched.",
      "",
      "### Principle II: Automated Testing Standards ✅",
      "### Principle V: Event-Driven Architecture ✅",
    ].join("\n");
    expect(uncovered(check)).toEqual([
      "III. MCP Server Architecture (Phase III/V)",
      "IV. Conversational AI Standards (Phase III/V)",
    ]);
    // Nor does a gate of its own that the scope's word labels.
    const gates = [
      "- [x] **Spec-Driven Development**: spec first",
      "- [x] **Automated Testing Standards**: CI runs them",
      "- [x] **Event-Driven Architecture**: events only",
      "- [x] **Phase Separation**: Phase V code only",
    ].join("\n");
    expect(uncovered(gates)).toEqual([
      "III. MCP Server Architecture (Phase III/V)",
      "IV. Conversational AI Standards (Phase III/V)",
    ]);
  });

  it("takes an overall result line for the principles it cites, not for a word it shares", () => {
    const check = [
      "### Principle I: Spec-Driven Development ✅",
      "### Principle II: Automated Testing Standards ✅",
      "### Principle III: MCP Server Architecture ✅",
      "",
      "**Overall Gate Status**: ✅ PASS - the event flow is kept (Principle IV).",
    ].join("\n");
    expect(uncovered(check)).toEqual(["V. Event-Driven Architecture (Phase V Only)"]);
  });
});

describe("principles written as plain list items under the principles heading", () => {
  const constitution = (items: string[]): string =>
    [
      "# Architectural Constitution",
      "",
      "## 1. Purpose",
      "Keeps the bot accessible.",
      "",
      "## 2. Non-negotiable principles",
      ...items,
      "",
      "## 3. Quality rules",
      "1. Layer separation: domain code imports no adapter.",
      "",
    ].join("\n");
  const uncovered = (c: string, check: string): string[] => uncoveredNames(check, c);

  it("reads `1. Name: rule` items as principles, each numbered as written", () => {
    const c = constitution([
      "1. Source-code alignment: every rule must be traceable to real modules.",
      "2. Accessibility first: all outputs must support screen readers.",
      "3. Fault tolerance: the system must degrade gracefully when AI fails.",
    ]);
    expect(
      uncovered(c, "- [x] I. Source-code alignment: traced\n- [x] Fault tolerance: fallback"),
    ).toEqual(["2. Accessibility first"]);
  });

  it("reads a list of rules where only some items hold a colon as rules, not names", () => {
    // (Not as `Name: rule` items; as a numbered list of rules, each a principle by its number
    // and first clause: reviewers of rounds 8 and 171 labelled such lists so.)
    const c = constitution([
      "1. Prefer constants and pure functions",
      "2. Prefix side-effecting functions with `wse`",
      "3. No globals or singletons",
      "4. Event naming: present tense for senders",
    ]);
    expect(uncovered(c, "- [x] Pure functions: yes")).toEqual([
      "2. Prefix side-effecting functions with wse",
      "3. No globals or singletons",
      "4. Event naming: present tense for senders",
    ]);
  });
});

/*
 * Patterns the sixteenth blind audit round showed, each as the general mechanism.
 */

describe("a translated NEEDS CLARIFICATION written in capitals", () => {
  it("is open wherever it stands, as the English marker is; in lower case only as a value", () => {
    const text = [
      "# Plano",
      "",
      "**Linguagem/Versão**: TypeScript 5.x (PRECISA DE CLARIFICAÇÃO - decidir entre Node e Python)",
      "",
      "### Incógnitas a Resolver (PRECISA DE CLARIFICAÇÃO)",
      "",
      "Todas as PRECISA DE CLARIFICAÇÃO resolvidas.",
      "",
      "O time precisa de clarificação sobre isso, mas já decidiu.",
      "",
      "**Armazenamento**: precisa de clarificação",
      "",
    ].join("\n");
    expect(lines(text, "no-unresolved-clarification")).toEqual([3, 5, 11]);
  });
});

describe("a numeral written with one whole word of another topic", () => {
  const constitution = [
    "# Constitution",
    "",
    "## Core Principles",
    "",
    "### I. Educational Excellence",
    "Lessons are accurate.",
    "",
    "### II. Deployment Readiness",
    "Every build deploys to staging.",
    "",
    "### III. Test-Driven Development",
    "Tests come first.",
    "",
    "**Version**: 1.0.0",
    "",
  ].join("\n");
  // The "cannot tell" finding names the principles too: read the first numbered one.
  const uncovered = (check: string): string[] =>
    uncoveredNames(check, constitution, /`([IVX]+\. [^`]+)`/);

  it("does not count for the principle of that numeral; an abbreviation still does", () => {
    const table = (second: string, third: string): string =>
      [
        "| Principle | Status |",
        "|---|---|",
        "| I. Educational Excellence | ✅ PASS |",
        `| ${second} | ✅ PASS |`,
        `| ${third} | ✅ PASS |`,
      ].join("\n");
    expect(uncovered(table("II. Modularity", "III. TDD"))).toEqual(["II. Deployment Readiness"]);
    expect(uncovered(table("II. Deployment", "III. Tests"))).toEqual([]);
  });
});

describe("a plan of its own format opened by its objective", () => {
  it("reads `## Objective`, `## Objetivo`, `## Objectifs` as the Summary", () => {
    for (const title of ["Objective", "Objetivo", "Objectifs", "Objetivos"])
      expect([...classify(title)]).toEqual(["summary"]);
  });
});

/*
 * Patterns the seventeenth blind audit round showed, each as the general mechanism.
 */

describe("a Constitution Check the team's template already words", () => {
  const check = (lines: string[]): string =>
    ["# Implementation Plan: X", "", "## Constitution Check", "", ...lines, ""].join("\n");
  const unjustified = (planLines: string[], templateLines: string[]): string[] =>
    checked(check(planLines), null, check(templateLines))
      .findings.filter((f) => f.rule === "gate-justification")
      .map((f) => `${f.line} ${/is (\w+)/.exec(f.message)?.[1] ?? ""}`);

  it("keeps statements copied as written as answers, and flags copied questions and slots as unanswered", () => {
    const lines = [
      "- **Simplicity First**: Implementation starts with the simplest viable approach",
      "- **Simplicity**: Using framework directly?",
      "- **Maintainability**: [OK / NEEDS REVIEW – reason]",
    ];
    expect(unjustified(lines, lines)).toEqual(["6 unanswered", "7 unanswered"]);
  });
});

describe("labelled checks under a group's heading", () => {
  it("still name principles by their words: the heading is the group's title, not one principle's", () => {
    const constitution = [
      "# Constitution",
      "",
      "## Core Principles",
      "",
      "### I. Ergonomic Code Style",
      "Names read well.",
      "",
      "### II. Data Model & Serialization Standards",
      "camelCase JSON.",
      "",
      "**Version**: 1.0.0",
      "",
    ].join("\n");
    const check = [
      "### Frontend Standards (All ✅ PASS)",
      "",
      "- ✅ **camelCase JSON**: serialized settings use camelCase",
      "- ✅ **Ergonomic code**: clear names such as `exportToCSV`",
    ].join("\n");
    expect(findings(plan(check), constitution, "principle-coverage")).toEqual([]);
  });
});

/*
 * Patterns the eighteenth blind audit round showed, each as the general mechanism.
 */

describe("a bracket alone in quotes", () => {
  it("is a string the author quotes when it is capital words, a slot when the template's", () => {
    const text = [
      "# Plan",
      "",
      '- Add overdue indicators ("[OVERDUE]", "[DUE TODAY]")',
      "",
      'Title: "[PROJECT_NAME]"',
      "",
      "- Add overdue indicators ([OVERDUE])",
      "",
    ].join("\n");
    expect(lines(text, "no-placeholder")).toEqual([5, 7]);
  });
});

describe("the plan's title block", () => {
  it("names the feature, not a section, however its words read", () => {
    const kinds = (text: string): string[] =>
      parsePlan(text)
        .sections.filter((s) => s.kinds.size > 0)
        .map((s) => `${s.line} ${[...s.kinds].join(",")}`);
    const text = [
      "# speckit.plan — Hackathon Todo App",
      "# Hierarchy: Constitution > Specify > Plan > Tasks",
      "",
      "## §1. System Architecture",
      "",
      "# Constitution Check",
      "",
    ].join("\n");
    expect(kinds(text)).toEqual(["6 constitution-check"]);
    // A plan written with `#` headings only keeps them as its sections.
    expect(kinds("# Summary\n\nX.\n\n# Constitution Check\n")).toEqual([
      "1 summary",
      "5 constitution-check",
    ]);
  });
});

describe("an overview of one part of the design", () => {
  it("is not the plan's Summary; `Overview` alone or the project's is", () => {
    expect([...classify("Architecture Overview")]).toEqual([]);
    expect([...classify("System Overview")]).toEqual([]);
    expect([...classify("Overview")]).toEqual(["summary"]);
    expect([...classify("Project Overview")]).toEqual(["summary"]);
    expect([...classify("Summary and Architecture Overview")]).toContain("summary");
  });

  it("in the other languages of the lexicon too", () => {
    for (const title of [
      "架构概览",
      "架構概覽",
      "1.2 系统概述",
      "アーキテクチャ概要",
      "시스템 개요",
      "Visão geral da arquitetura",
      "Vue d'ensemble de l'architecture",
      "Architektur-Überblick",
      "Обзор архитектуры",
      // The tasks of one phase (round 237).
      "タスク概要",
      "任务概述",
      "작업 개요",
      "Task Overview",
    ])
      expect([title, ...classify(title)]).toEqual([title]);
    for (const title of ["概要", "概述", "项目概述", "개요", "Resumen", "Überblick"])
      expect([title, ...classify(title)]).toEqual([title, "summary"]);
  });
});

/*
 * Patterns the nineteenth blind audit round showed, each as the general mechanism.
 */

describe("a capital word before the file it marks", () => {
  it("is the author's change marker in any language, not a slot", () => {
    const text = [
      "# Plan",
      "",
      "#### [MODIFICAR] `SecurityConfig.java`",
      "",
      "- [NEU] [Tabelle.ts](src/Tabelle.ts)",
      "",
      "#### [MODIFICAR] the security config",
      "",
    ].join("\n");
    expect(lines(text, "no-placeholder")).toEqual([7]);
  });
});

/*
 * Patterns the twentieth blind audit round showed, each as the general mechanism.
 */

describe("a constitution committed with an unresolved merge conflict", () => {
  it("is read from the side that was checked out, with the file's line numbers", () => {
    const constitution = [
      "# Constitution",
      "<<<<<<< HEAD",
      "## Core Principles",
      "",
      "### I. Layered Architecture",
      "Layers only call down.",
      "",
      "**Version**: 2.0.0",
      "=======",
      "## 核心原則",
      "",
      "### 一. 分層架構",
      "",
      "### 二. 無狀態認證",
      "",
      "**Version**: 1.0.0",
      ">>>>>>> 2114bcd016510959a49c09e342cc7e1f7771287c",
      "",
    ].join("\n");
    const c = parseConstitution(CONSTITUTION, constitution);
    expect(c.version).toBe("2.0.0");
    expect(c.principles.map((p) => `${p.line} ${p.id}. ${p.name}`)).toEqual([
      "5 I. Layered Architecture",
    ]);
  });

  // Round 621: the checked-out side was spec-kit's unfilled template, the other the project's
  // constitution; the engine read the template and called the constitution unratified.
  it("is read from the other side when the checked-out side is the unfilled template", () => {
    const constitution = [
      "<<<<<<< HEAD",
      "# [PROJECT_NAME] Constitution",
      "",
      "## Core Principles",
      "",
      "### [PRINCIPLE_1_NAME]",
      "[PRINCIPLE_1_DESCRIPTION]",
      "",
      "**Version**: [CONSTITUTION_VERSION] | **Ratified**: [RATIFICATION_DATE]",
      "=======",
      "# Todo Constitution",
      "",
      "## Core Principles",
      "",
      "### I. Specs Before Code",
      "No code without a spec.",
      "",
      "### II. Phases Are Additive",
      "A phase extends the last one.",
      "",
      "**Version**: 1.2.0 | **Ratified**: 2025-12-01",
      ">>>>>>> 9f1c2ab (phase 2)",
      "",
    ].join("\n");
    const c = parseConstitution(CONSTITUTION, constitution);
    expect(c.unfilled).toBe(false);
    expect(c.version).toBe("1.2.0");
    expect(c.principles.map((p) => `${p.line} ${p.id}. ${p.name}`)).toEqual([
      "15 I. Specs Before Code",
      "18 II. Phases Are Additive",
    ]);
  });

  it("keeps the checked-out side when both sides, or neither, are the template", () => {
    const side = (name: string, token: string) => [
      "## Core Principles",
      "",
      `### I. ${name}`,
      `Rules ${token}`,
    ];
    const constitution = (ours: string, theirs: string) =>
      [
        "# Constitution",
        "<<<<<<< HEAD",
        ...side("Ours", ours),
        "=======",
        ...side("Theirs", theirs),
        ">>>>>>> 9f1c2ab",
        "",
      ].join("\n");
    const names = (text: string) =>
      parseConstitution(CONSTITUTION, text).principles.map((p) => p.name);
    expect(names(constitution("", ""))).toEqual(["Ours"]);
    expect(names(constitution("[PROJECT_NAME]", "[PROJECT_NAME]"))).toEqual(["Ours"]);
    expect(names(constitution("", "[PROJECT_NAME]"))).toEqual(["Ours"]);
    expect(names(constitution("[PROJECT_NAME]", ""))).toEqual(["Theirs"]);
  });
});

// Round 630: a constitution amended by phase, each phase's chapter holding a `### Core
// Principles` that goes on with the numbering; only the first six were read.
describe("principles a later chapter adds under its own Core Principles heading", () => {
  const constitution = (later: string[]) =>
    [
      "# Todo Constitution",
      "",
      "## Core Principles",
      "",
      "### I. Spec-Driven Development",
      "Specs first.",
      "",
      "### II. Zero Manual Coding",
      "Agents write the code.",
      "",
      "## Key Standards",
      "",
      "### Security Requirements",
      "Secrets stay in the environment.",
      "",
      ...later,
      "",
    ].join("\n");
  const names = (later: string[]) =>
    parseConstitution(CONSTITUTION, constitution(later)).principles.map(
      (p) => `${p.line} ${p.id}. ${p.name}`,
    );

  it("are principles when they go on with the numbering", () => {
    expect(
      names([
        "## Phase 3 Update - AI Chatbot",
        "",
        "### Core Principles",
        "",
        "#### III. Stateless Chat Architecture",
        "No session state in the server.",
        "",
        "#### IV. Natural Language CRUD",
        "Tasks are managed by chat.",
        "",
        "### Key Standards",
        "",
        "#### MCP Tool Requirements",
        "Tools are typed.",
        "",
        "## Phase 4 Update - Kubernetes",
        "",
        "### Core Principles",
        "",
        "#### V. Infrastructure as Code",
        "Everything in Helm.",
      ]),
    ).toEqual([
      "5 I. Spec-Driven Development",
      "8 II. Zero Manual Coding",
      "20 III. Stateless Chat Architecture",
      "23 IV. Natural Language CRUD",
      "35 V. Infrastructure as Code",
    ]);
  });

  it("are not when the heading scopes them, or their numbering starts again or skips", () => {
    const first = ["5 I. Spec-Driven Development", "8 II. Zero Manual Coding"];
    // A part's own principles (`Step 2 Principles`, `Advanced Principles`).
    expect(
      names([
        "## Step 2: Web App",
        "",
        "### Step 2 Principles",
        "",
        "#### III. RESTful API Design",
      ]),
    ).toEqual(first);
    // A part's own list, numbered from I.
    expect(
      names([
        "## Appendix",
        "",
        "### Core Principles",
        "",
        "#### I. Keep It Small",
        "",
        "#### II. Ship",
      ]),
    ).toEqual(first);
    // Not the next numeral.
    expect(
      names(["## Phase 3", "", "### Core Principles", "", "#### V. Stateless Chat Architecture"]),
    ).toEqual(first);
  });
});

describe("the principle a gate is listed under", () => {
  const constitution = [
    "# Constitution",
    "",
    "## Core Principles",
    "",
    "### User Isolation & Security",
    "Every feature enforces authentication.",
    "",
    "### Iterative & Testable",
    "Features are built incrementally and tested at each step.",
    "",
  ].join("\n");
  const text = plan(
    [
      "✅ **User Isolation & Security**: endpoints require JWT",
      "✅ **Iterative & Testable**: 5 prioritized user stories enable incremental delivery",
    ].join("\n"),
  );

  it("is the one its label names, when its evidence also cites another", () => {
    const result = checked(text, constitution);
    expect(result.gates.map((g) => [g.line, g.principle])).toEqual([
      [13, "User Isolation & Security"],
      [14, "Iterative & Testable"],
    ]);
    // Both principles are still addressed.
    expect(result.findings.filter((f) => f.rule === "principle-coverage")).toEqual([]);
  });
});

describe("a check that calls the principles by numeral or name", () => {
  const constitution = [
    "# Constitution",
    "",
    "## Core Principles",
    "",
    "### I. Spec-Driven Development",
    "Every change starts from a specification.",
    "",
    "### II. AI-Native Architecture",
    "Agents orchestrate the work through the Agents SDK.",
    "",
    "### III. Progressive Evolution",
    "Each phase builds on the previous one.",
    "",
    "### IV. Reusability and Intelligence",
    "Create reusable components. Contract tests MUST validate every tool schema.",
    "",
    "### V. Security and User Isolation",
    "Every operation validates the user.",
    "",
  ].join("\n");

  it("has not checked a principle it skips, whatever its other checks' words share", () => {
    const check = [
      "- **Testing Requirements**:",
      "  - Contract tests for every tool schema ✅",
      "- **I. Spec-Driven Development**: ✅ follows the SDD lifecycle",
      "- **II. AI-Native Architecture**: ✅ uses the Agents SDK",
      "- **III. Progressive Evolution**: ✅ builds on phase II",
      "- **V. Security and User Isolation**: ✅ JWT on every call",
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual(["IV. Reusability and Intelligence"]);
  });

  it("still credits a principle a label or sub-heading calls in its name's words", () => {
    const byWords = [
      "### Reusable Intelligence",
      "- Contract tests for every tool schema ✅",
      "",
      "### Principles",
      "- **I. Spec-Driven Development**: ✅ follows the SDD lifecycle",
      "- **II. AI-Native Architecture**: ✅ uses the Agents SDK",
      "- **III. Progressive Evolution**: ✅ builds on phase II",
      "- **V. Security and User Isolation**: ✅ JWT on every call",
    ].join("\n");
    expect(uncoveredNames(byWords, constitution)).toEqual([]);
  });

  it("credits by content alone when the check calls few principles by name", () => {
    const paraphrased = [
      "- Contract tests for every tool schema ✅",
      "- Every change starts from a specification ✅",
      "- **V. Security and User Isolation**: ✅ JWT on every call",
    ].join("\n");
    expect(uncoveredNames(paraphrased, constitution)).not.toContain(
      "IV. Reusability and Intelligence",
    );
  });
});

describe("a Roman numeral written with its principle's name inside a text", () => {
  const constitution = [
    "# 憲章",
    "",
    "## Core Principles",
    "",
    "### I. 技術標準 (Technical Standards)",
    "使用 JavaScript 與 SQLite。",
    "",
    "### II. 安全規範 (Security)",
    "所有輸入必須驗證。",
    "",
    "### III. 效能與品質 (Performance)",
    "API 延遲低於 200ms。",
    "",
    "### IV. 程式碼規範與測試 (Coding Standards & Testing)",
    "邏輯封裝於 Service 層，並撰寫測試。",
    "",
  ].join("\n");

  it("names that principle: numeral and the start of its name agree", () => {
    const check = [
      "- [x] **技術組合**: JavaScript + SQLite (符合 I. 技術標準)",
      "- [x] **安全性**: XSS 脫逸處理 (符合 II. 安全規範)",
      "- [x] **效能**: API 延遲 < 200ms (符合 III. 效能與品質)",
      "- [x] **架構**: 分層清楚 (符合 IV. 程式碼規範)",
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual([]);
    // Named strictly, as a numeral and a whole name are: it counts when the check calls its
    // principles by numeral or name.
    const { principles } = parseConstitution(CONSTITUTION, constitution);
    expect(
      principlesAddressed("架構 分層清楚 (符合 IV. 程式碼規範)", principles).map((p) => p.numeral),
    ).toEqual([4]);
    // With another principle's name, the name decides.
    expect(
      principlesAddressed("架構 分層清楚 (符合 IV. 效能與品質)", principles).map((p) => p.numeral),
    ).toEqual([3]);
  });

  it("does not when the name is another principle's", () => {
    const check = [
      "- [x] **技術組合**: JavaScript + SQLite (符合 I. 技術標準)",
      "- [x] **安全性**: XSS 脫逸處理 (符合 II. 安全規範)",
      "- [x] **效能**: API 延遲 < 200ms (符合 III. 效能與品質)",
      "- [x] **架構**: 邏輯封裝 (符合 IV. 效能與品質)",
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual([
      "IV. 程式碼規範與測試 (Coding Standards & Testing)",
    ]);
  });
});

describe("a principle's name inside another's", () => {
  const constitution = [
    "# Constitution",
    "",
    "## Core Principles",
    "",
    "### I. API Standards",
    "Every endpoint returns the standard envelope.",
    "",
    "### II. Chat API Standards",
    "The chat endpoint streams its replies.",
    "",
    "### III. Persistence Law",
    "Conversations are stored.",
    "",
  ].join("\n");

  it("is the longer one's when the text holds only the longer name", () => {
    const check = [
      "- **Chat API Standards (II)**: ✅ POST /api/chat streams",
      "- **Persistence Law (III)**: ✅ stored in Postgres",
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual(["I. API Standards"]);
  });

  it("counts for both when the text also writes the shorter one on its own", () => {
    const check = [
      "- **API Standards**: ✅ envelopes as before",
      "- **Chat API Standards**: ✅ POST /api/chat streams",
      "- **Persistence Law**: ✅ stored in Postgres",
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual([]);
    const { principles } = parseConstitution(CONSTITUTION, constitution);
    expect(
      principlesAddressed("API Standards and Chat API Standards", principles).map((p) => p.numeral),
    ).toEqual([1, 2]);
  });
});

describe("the structure of folders, files or code", () => {
  it("is the Project Structure in the European languages of the lexicon too", () => {
    for (const title of [
      "Estructura de carpetas",
      "Estructura de archivos",
      "Estrutura de pastas",
      "Structure des dossiers",
      "Структура каталогов",
      "Struttura delle cartelle",
    ])
      expect([title, ...classify(title)]).toEqual([title, "project-structure"]);
    expect([...classify("Estructura de datos")]).toEqual([]);
  });

  it("is the repository's or the modules' structure in the CJK scripts", () => {
    for (const title of ["저장소 구조", "仓库结构", "リポジトリ構成", "模組結構", "모듈 구조"])
      expect([title, ...classify(title)]).toEqual([title, "project-structure"]);
    expect([...classify("데이터 구조")]).toEqual([]);
  });
});

describe("a numeral cited under another name", () => {
  const constitution = [
    "# Constitution",
    "",
    "## Core Principles",
    "",
    "### I. In-Memory Only",
    "Data lives in memory; nothing is persisted.",
    "",
    "### II. Zero Manual Coding",
    "Every line of backend and frontend code is generated by the agent.",
    "",
    "### III. Test-First Development",
    "Tests are written before code.",
    "",
  ].join("\n");

  it("checks a principle this constitution does not have: its words are not matched", () => {
    const check = [
      "- [x] **Principle II (Backward Compatibility)**: data lives in memory, nothing persisted",
      "- [x] **Principle III (Test-First Development)**: tests first",
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual([
      "I. In-Memory Only",
      "II. Zero Manual Coding",
    ]);
  });

  it("a colon inside a text opens an explanation, not a name", () => {
    const check = [
      "| Gate | Status | Notes |",
      "|------|--------|-------|",
      "| Separate tests | ✓ | Manual test cases (Principle III: the controller has no test runner) |",
      "| Memory | ✓ | Principle I |",
      "| Agent | ✓ | Principle II |",
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual([]);
  });
});

describe("a constitution of more principles than any real one", () => {
  it("is read up to 100 principles, and says so once", () => {
    const headings = Array.from(
      { length: 150 },
      (_, k) => `### ${k + 1}. Principle ${k + 1}\nRule ${k + 1}.\n`,
    );
    const constitution = ["# C", "", "## Core Principles", "", ...headings].join("\n");
    const parsed = parseConstitution(CONSTITUTION, constitution);
    expect(parsed.principles).toHaveLength(100);
    expect(parsed.unread).toBe(50);
    const found = findings(
      plan("- ✅ **1. Principle 1**: yes"),
      constitution,
      "principle-coverage",
    );
    expect(found.filter((f) => f.includes("holds 150 principles"))).toEqual([
      expect.stringContaining("only the first 100 are checked, and the other 50 are not"),
    ]);
    expect(found).toHaveLength(1 + 99);
  });
});

describe("a pending status that is itself the deferral", () => {
  it("is justified by the reason written after it", () => {
    const check = [
      "| Principle | Gate | Status |",
      "|---|---|---|",
      "| I. Pre-Push Build | build passes before push | ⏳ Not yet applicable (nothing pushed) — will gate the first push |",
      "| II. Progress Documentation | PROGRESS.md updated after merge | ⏳ Deferred to post-merge, tracked as a task |",
      "| III. Clean Code | no dead code | ⏳ Pending |",
    ].join("\n");
    expect(lines(plan(check), "gate-justification")).toEqual([17]);
  });
});

describe("a core principles section among other principles sections", () => {
  it("reads only the Japanese `## コア原則` beside `## プロジェクト構造の原則` (round 141)", () => {
    const c = [
      "# kost プロジェクト憲章",
      "",
      "## コア原則",
      "",
      "### I. 改善提案への特化",
      "提案のみ。",
      "",
      "### II. 安全性優先の設計",
      "読み取り専用。",
      "",
      "## プロジェクト構造の原則",
      "",
      "### ディレクトリ構成（推奨）",
      "cmd/ と internal/。",
      "",
      "### CLIコマンド設計",
      "サブコマンドは一つ。",
      "",
      "**Version**: 1.0.0 | **Ratified**: 2026-01-01 | **Last Amended**: 2026-01-01",
    ].join("\n");
    expect(parseConstitution(CONSTITUTION, c).principles.map((p) => p.name)).toEqual([
      "改善提案への特化",
      "安全性優先の設計",
    ]);
  });
});

describe("a principle's qualifier is not its name (round 131)", () => {
  it("does not credit `I. Spec-Driven Development (Mandatory)` to a gate saying `Mandatory`", () => {
    const c = [
      "# Constitution",
      "",
      "## Core Principles",
      "",
      "### I. Spec-Driven Development (Mandatory)",
      "All development starts from a written specification.",
      "",
      "### II. AI Agent Architecture Rules",
      "Agents reach the database only through MCP tools.",
      "",
      "**Version**: 1.0.0 | **Ratified**: 2026-01-01 | **Last Amended**: 2026-01-01",
    ].join("\n");
    expect(
      uncoveredNames("- **MCP Tool Mandatory Interface**: agents call MCP tools only (II)", c),
    ).toEqual(["I. Spec-Driven Development (Mandatory)"]);
    expect(
      uncoveredNames("- **Spec-Driven Development**: spec first\n- **II**: MCP only", c),
    ).toEqual([]);
  });
});

describe("spec-kit's example principles in other languages (round 134)", () => {
  const constitution = [
    "# Constitution",
    "",
    "## Core Principles",
    "",
    "### I. Code Quality",
    "All code follows the linter.",
    "",
    "### II. Testing Standards",
    "Tests come first.",
    "",
    "### III. User Experience Consistency",
    "Errors read the same everywhere.",
    "",
    "### IV. Performance Requirements",
    "Responses under 200 ms.",
    "",
    "### V. Documentation Localisation",
    "Docs in zh-TW.",
    "",
    "**Version**: 1.0.0 | **Ratified**: 2026-01-01 | **Last Amended**: 2026-01-01",
  ].join("\n");

  it("names each by its name in the plan's language, and no other by it", () => {
    const check = [
      "- **代碼品質**: 遵守 ESLint 標準",
      "- **測試標準**: TDD 強制",
      "- **用戶體驗一致性**: 一致的 JSON 格式",
      "- **性能要求**: API ≤500ms p95",
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual(["V. Documentation Localisation"]);
    // A common word of a topic in the evidence names nothing: only the whole name does.
    expect(
      uncoveredNames("- **代碼品質**: 遵守 ESLint 標準，測試與性能另行處理", constitution),
    ).toEqual([
      "II. Testing Standards",
      "III. User Experience Consistency",
      "IV. Performance Requirements",
      "V. Documentation Localisation",
    ]);
  });
});

describe("a constitution that is nothing but its numbered rules", () => {
  const rules = (sections: string[]): string =>
    ["# Constituição do Projeto", "", "Decisões definitivas.", "", ...sections].join("\n");
  const names = (text: string): string[] =>
    parseConstitution(CONSTITUTION, text).principles.map((p) => `${p.id}. ${p.name}`);

  it("reads its sections numbered in figures as its principles", () => {
    const c = rules([
      "## 1. Purpose",
      "Why this exists.",
      "## 2. Padrão Arquitetural: MVC",
      "Model, View and Controller stay apart.",
      "## 3. Estratégia de Armazenamento",
      "Storage is in memory.",
      "## 4. Gestão de Código: Monorepo",
      "Code and docs share one repository.",
    ]);
    expect(names(c)).toEqual([
      "2. Padrão Arquitetural: MVC",
      "3. Estratégia de Armazenamento",
      "4. Gestão de Código: Monorepo",
    ]);
    expect(
      uncoveredNames("- [x] Principle 2: MVC kept\n- [x] Principle 4: one repository", c),
    ).toEqual(["3. Estratégia de Armazenamento"]);
  });

  it("not a chaptered document, whose numbers are a table of contents", () => {
    const c = rules([
      "## 1. Project Overview",
      "### 1.1 Purpose",
      "A todo app.",
      "## 2. Technology Stack",
      "Python.",
      "## 3. Feature Progression",
      "### 3.1 Basic Level",
      "Add, delete.",
    ]);
    expect(names(c)).toEqual([]);
  });

  it("reads a document of one chapter by its numbered sections (round 125)", () => {
    const c = rules([
      "## 1. Strict Technical Rules",
      "### 1.1. Architecture",
      "A console app.",
      "### 1.2. Tech Stack",
      "Python 3.13.",
      "### 1.3. Methodology",
      "Specs first.",
      "### 1.4. Coding Standards",
      "PEP8.",
    ]);
    expect(parseConstitution(CONSTITUTION, c).principles.map((p) => p.name)).toEqual([
      "1.1. Architecture",
      "1.2. Tech Stack",
      "1.3. Methodology",
      "1.4. Coding Standards",
    ]);
    expect(
      uncoveredNames("- [x] 1.2 Tech Stack: Python 3.13\n- [x] Methodology: specs first", c),
    ).toEqual(["1.1. Architecture", "1.4. Coding Standards"]);
    // Two chapters are a table of contents again; so is one with fewer than three sections.
    expect(
      names(
        rules([
          "## 1. Rules",
          "### 1.1 A",
          "x",
          "### 1.2 B",
          "y",
          "### 1.3 C",
          "z",
          "## 2. Stack",
          "w",
        ]),
      ),
    ).toEqual([]);
    expect(names(rules(["## 1. Rules", "### 1.1 A", "x", "### 1.2 B", "y"]))).toEqual([]);
  });

  it("reads a constitution of only its title and a list of bold rules (round 128)", () => {
    const c = [
      "# TaskY — Constitution",
      "",
      "> Non-negotiable engineering principles.",
      "",
      "1. **Tenant isolation is deny-by-default.** Every query is org-scoped.",
      "2. **Time is server-authoritative.** Durations use the server clock.",
      "3. **Uploads are untrusted bytes.** Random prefix outside web root.",
      "",
      "**Version**: 1.0.0 | **Ratified**: 2026-09-26",
    ].join("\n");
    expect(parseConstitution(CONSTITUTION, c).principles.map((p) => p.name)).toEqual([
      "Tenant isolation is deny-by-default",
      "Time is server-authoritative",
      "Uploads are untrusted bytes",
    ]);
    expect(
      uncoveredNames(
        "- [x] Tenant isolation: every finder is scoped\n- [x] Uploads: random prefix",
        c,
      ),
    ).toEqual(["Time is server-authoritative"]);
    // Two items are not a list of principles.
    expect(parseConstitution(CONSTITUTION, c.replace(/^3\..*$/mu, "")).principles).toEqual([]);
  });

  it("not a document of chapters that hold unnumbered sections (round 64)", () => {
    const c = rules([
      "## 1. PROJECT OVERVIEW",
      "A todo app in five phases.",
      "## 2. FIVE PHASES DEFINITION",
      "### Phase 1: Console App",
      "In memory.",
      "## 3. GLOBAL DEVELOPMENT RULES",
      "### Spec-Driven Development",
      "Specs first.",
      "### Agent Usage",
      "Agents write code.",
      "## 4. CODE QUALITY STANDARDS",
      "### Type Safety",
      "Strict types.",
      "## 5. TECHNOLOGY STACK BY PHASE",
      "A table.",
    ]);
    expect(names(c)).toEqual([]);
  });

  it("not when few of its sections are numbered, or only the ones every document has", () => {
    expect(
      names(rules(["## 1. Security", "x", "## 2. Speed", "y", "## Notes", "z", "## Links", "w"])),
    ).toEqual([]);
    expect(
      names(rules(["## 1. Mission", "x", "## 2. Scope", "y", "## 3. Governance", "z"])),
    ).toEqual([]);
  });
});

describe("principles written as headings without their space", () => {
  it("reads `#Principle 1 - Name` lines as principles, each running to the next", () => {
    const c = [
      "# Constitution — Marketplace",
      "",
      "Ordered by priority.",
      "",
      "#Principle 1 - Dry-Run before execution",
      "",
      "Every feature has a reviewed plan first.",
      "",
      "#Principle 2 — Executable, unambiguous specs",
      "",
      "Specs are precise.",
      "",
      "#Principle 3 - Audit trail",
      "",
      "Every feature keeps its logs.",
    ].join("\n");
    const parsed = parseConstitution(CONSTITUTION, c);
    expect(parsed.principles.map((p) => [p.numeral, p.name, p.statement])).toEqual([
      [1, "Dry-Run before execution", "Every feature has a reviewed plan first."],
      [2, "Executable, unambiguous specs", "Specs are precise."],
      [3, "Audit trail", "Every feature keeps its logs."],
    ]);
    expect(
      uncoveredNames("- [x] Principle 1: plan reviewed\n- [x] Principle 3: logs kept", c),
    ).toEqual(["2. Executable, unambiguous specs"]);
  });

  it("not a single `#hashtag` line", () => {
    const c = ["# C", "", "#Principle 1 - Only one", "", "Text."].join("\n");
    expect(parseConstitution(CONSTITUTION, c).principles).toEqual([]);
  });
});

describe("a `Non-Negotiables` section of bold rules", () => {
  it("holds the principles, each with the rule written on its line", () => {
    const c = [
      "# Project Constitution",
      "",
      "## 1. Purpose",
      "A lean tool.",
      "",
      "## 2. Non-Negotiables",
      "",
      "* **Privacy First:** No audio data may leave the machine.",
      "* **Performance:** The UI thread never blocks.",
      "",
      "## 3. Quality Bars",
      "",
      "* **Testing:**",
      "  * `cargo test` passes.",
      "",
      "## 4. Change Control",
      "Amend by pull request.",
    ].join("\n");
    const parsed = parseConstitution(CONSTITUTION, c);
    expect(parsed.principles.map((p) => [p.name, p.statement])).toEqual([
      ["Privacy First", "No audio data may leave the machine."],
      ["Performance", "The UI thread never blocks."],
    ]);
  });
});

describe("a gate numbered as its principle", () => {
  const constitution = [
    "# C",
    "",
    "## Core Principles",
    "",
    "### I. Code Quality",
    "Lint clean.",
    "",
    "### II. Testing Standards",
    "Three tiers.",
    "",
    "### III. User Experience Consistency",
    "One design language.",
    "",
  ].join("\n");

  it("`### Gate III — UX Consistency` checks III, whose name it shortens", () => {
    const check = [
      "### Gate I — Code Quality",
      "- **PASS**: ESLint.",
      "",
      "### Gate II — Testing Standards",
      "- **PASS**: Vitest.",
      "",
      "### Gate III — UX Consistency",
      "- **PASS**: UI contracts define every state.",
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual([]);
  });

  it("not the pronoun of `the gate I checked`, nor a gate numbered under another name", () => {
    const ask = (text: string): string[] =>
      principlesAddressed(text, parseConstitution(CONSTITUTION, constitution).principles).map(
        (p) => p.name,
      );
    expect(ask("the gate I checked is fine")).toEqual([]);
    expect(ask("Gate III — Offline Sync Strategy")).toEqual([]);
    expect(ask("Gate II: Testing")).toEqual(["Testing Standards"]);
  });
});

describe("the template's gate instruction", () => {
  it("is the word `gate`, not one that ends in it (`Navigate`)", () => {
    const text = [
      "# Plan: X",
      "",
      "## Testing Plan",
      "",
      "### Manual Verification",
      "1. **Persistence**: Navigate to the editor, then back (phase 0 of the walk-through).",
      "",
    ].join("\n");
    expect(parsePlan(text).sections.some((s) => s.kinds.has("constitution-check"))).toBe(false);
  });
});

describe("the text of a gate whose label names its principle", () => {
  const constitution = [
    "# C",
    "",
    "## Core Principles",
    "",
    "### I. User Experience Excellence",
    "Responsive web UI.",
    "",
    "### II. Code Quality and Standards",
    "Typed code.",
    "",
    "### III. Error Handling and Resilience",
    "Every failure is handled.",
    "",
  ].join("\n");

  it("is that gate's evidence: its words do not name another principle", () => {
    const check = [
      "✅ **User Experience Excellence**: responsive design, error handling, loading states planned.",
      "",
      "✅ **Code Quality Standards**: strict TypeScript, type hints on all functions.",
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual(["III. Error Handling and Resilience"]);
  });

  it("a label that names no principle is still matched by its text", () => {
    const check = [
      "✅ **User Experience Excellence**: responsive design.",
      "",
      "✅ **Code Quality Standards**: strict TypeScript.",
      "",
      "✅ **Robustness**: every failure path has error handling and resilience tests.",
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual([]);
  });
});

describe("template text the plan quotes to replace", () => {
  it("a quoted bracket with an arrow to its replacement is the page's text, not the plan's", () => {
    const text = [
      "### Hero.tsx",
      "- Replace `[Wedding Date]` → `Tuesday 12th January 2027`",
      "- Replace `[Venue Name]` -> `Markovina Vineyard Estate`",
      "- Still to write: `[Venue Name]`",
      "- Date: [Wedding Date]",
    ].join("\n");
    expect(lines(text, "no-placeholder")).toEqual([4, 5]);
  });

  it("`$ARGUMENTS:` over the user's input written out labels it; a bare token is left in", () => {
    const text = [
      "## Technical Context",
      "",
      "$ARGUMENTS: The application will use vite and convex as the backend.",
      "",
      "Input: $ARGUMENTS",
    ].join("\n");
    expect(lines(text, "no-placeholder")).toEqual([5]);
  });
});

describe("a principles section numbered as an article", () => {
  it("holds its coded principles: the other articles are not principles", () => {
    const c = [
      "# FlyLab Constitution",
      "",
      "## Article I — Mission",
      "Simulate, configure, analyze.",
      "",
      "## Article II — Core Principles",
      "",
      "### P1. Accuracy is non-negotiable",
      "Validated physics.",
      "",
      "### P2. Determinism & reproducibility",
      "Same seed, same run.",
      "",
      "### P3. Headless core, separable from UI",
      "The engine runs in Node.",
      "",
      "## Article III — Engineering Standards",
      "TypeScript strict.",
      "",
      "## Article IV — Spec-Driven Development",
      "Spec, plan, tasks.",
      "",
      "## Article V — Amendment",
      "By pull request.",
    ].join("\n");
    expect(parseConstitution(CONSTITUTION, c).principles.map((p) => p.id)).toEqual([
      "P1",
      "P2",
      "P3",
    ]);
  });
});

describe("a principle cited beside a gate's label", () => {
  const constitution = [
    "# C",
    "",
    "## Core Principles",
    "",
    "### P1. Accuracy",
    "Validated.",
    "",
    "### P2. Determinism",
    "Reproducible.",
    "",
    "### P3. Headless core",
    "Runs in Node.",
    "",
    "### P4. Open by default",
    "Apache-2.0.",
    "",
  ].join("\n");

  it("by its code or a reference, counts; a word it shares does not", () => {
    const check = [
      "- **P1/P2** deterministic, validated (AC1–AC6 tests); **P3** pure core, Node-runnable.",
      "- **P4** open: the plan is public, headless core untouched.",
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual([]);
    expect(
      uncoveredNames("- **P1/P2** deterministic; headless core, Node-runnable.", constitution),
    ).toEqual(["P3 · Headless core", "P4 · Open by default"]);
  });
});

describe("a heading that cites a principle of the constitution", () => {
  it("is a section on its own subject, not the Constitution Check", () => {
    expect([...classify("5. Tests (Constitution X)")]).toEqual([]);
    expect([...classify("Files to MODIFY (append/merge only — Constitution P6)")]).toEqual([]);
    expect([...classify("Constitution Check (Constitution V)")]).toEqual(["constitution-check"]);
    expect([...classify("Constitution Compliance (v1.2.0)")]).toEqual(["constitution-check"]);
    expect([...classify("Constitution")]).toEqual(["constitution-check"]);
  });

  it("and `Constitution V/VI` in a check cites V and VI, not `constitution 1.2.0`", () => {
    const principles = parseConstitution(
      CONSTITUTION,
      [
        "# C",
        "",
        "## Core Principles",
        "",
        "### I. Spec First",
        "x",
        "### V. Demo Always Works",
        "y",
        "### VI. Type Safety",
        "z",
      ].join("\n"),
    ).principles;
    const ask = (text: string): string[] => principlesAddressed(text, principles).map((p) => p.id);
    expect(ask("Failure modes handled (Constitution V/VI).")).toEqual(["V", "VI"]);
    expect(ask("Checked against constitution 1.2.0")).toEqual([]);
    expect(ask("the constitution I wrote")).toEqual([]);
  });
});

describe("`NEEDS CLARIFICATION` in bold", () => {
  it("is a marker where it stands as a value, not as a term in a sentence", () => {
    const text = [
      "# Plan: X",
      "",
      "Deliverable: research.md. All **NEEDS CLARIFICATION** markers must be resolved here.",
      "**Storage**: **NEEDS CLARIFICATION**",
      "- **NEEDS CLARIFICATION**: which database?",
      "| Testing | **NEEDS CLARIFICATION** |",
      "",
    ].join("\n");
    expect(lines(text, "no-unresolved-clarification")).toEqual([4, 5, 6]);
  });
});

/*
 * Patterns the thirty-second blind audit round showed, each as the general mechanism.
 */

describe("a re-check after design under a title of its own", () => {
  const text = (title: string, opening: string): string =>
    [
      plan("- [x] **I. Spec First**: spec.md is approved"),
      `## ${title}`,
      "",
      opening,
      "",
      "- [ ] Does the data model stay immutable?",
      "- [ ] Is the file layout layered?",
      "",
    ].join("\n");
  const gateLines = (t: string): number[] =>
    findings(t, null, "gate-justification").map((f) => Number(f.split(" ")[0]));

  it("is the check's post-design phase when it speaks of the constitution or says it checks", () => {
    // The constitution word inside CJK text, with no space around it.
    expect(
      gateLines(text("Re-Evaluation Checkpoint", "**Phase 1完成后重新检查Constitution符合性**:")),
    ).toEqual([23, 24]);
    expect(gateLines(text("Re-check after Phase 1", "Answered once the design exists."))).toEqual([
      23, 24,
    ]);
    const gates = checked(text("Re-check after Phase 1", "x"), null).gates;
    expect(gates.filter((g) => g.phase === "post-design").map((g) => g.line)).toEqual([23, 24]);
  });

  it("is not when it is only about design, or when the plan has no Constitution Check", () => {
    expect(gateLines(text("Re-Evaluation Notes", "The design was reviewed by the team."))).toEqual(
      [],
    );
    const noCheck = [
      "# Implementation Plan: X",
      "",
      "## Re-check after Phase 1",
      "",
      "- [ ] Does the data model stay immutable?",
      "",
    ].join("\n");
    expect(parsePlan(noCheck).sectionsOf("constitution-check")).toEqual([]);
  });
});

describe("a Latin word written into CJK text", () => {
  it("is a word of its own for the lexicon's terms", () => {
    expect([...classify("Constitution检查")]).toEqual(["constitution-check"]);
    expect([...classify("项目Structure")]).toEqual(["project-structure"]);
    expect([...classify("Structure决策")]).toEqual([]);
  });
});

describe("a heading over the open questions", () => {
  it("is as open as the list below it: answered `None` / `无`, there are none", () => {
    const text = (answer: string): string =>
      ["# Plan: X", "", "### 待解决的NEEDS CLARIFICATION项", "", answer, ""].join("\n");
    expect(
      lines(text("无。所有技术栈已在Technical Context中明确定义。"), "no-unresolved-clarification"),
    ).toEqual([]);
    expect(
      lines(
        text("- None: every question was answered in research.md"),
        "no-unresolved-clarification",
      ),
    ).toEqual([]);
    expect(
      lines(text("1) 目标 DB 类型：是否需要兼容其他类型？"), "no-unresolved-clarification"),
    ).toEqual([3]);
    expect(lines(text("### Next"), "no-unresolved-clarification")).toEqual([3]);
  });
});

describe("slots of a team's own template", () => {
  it("count alone (`[Date]`, `[Number] tasks`) and numbered (`[Risk 1]`, `[Research Area 2]`)", () => {
    const text = [
      "# Plan: X",
      "",
      "**Created**: [Date]",
      "1. **Data Layer**: [Number] tasks",
      "- [Entity 1]: [Description]",
      "2. **[Research Area 2]**",
      "| [Risk 1] | High | [Mitigation] |",
      "",
      "See [Phase 1](#phase-1), tasks [P] and [US1], and the `[Name].tsx` files.",
      "",
    ].join("\n");
    expect(lines(text, "no-placeholder")).toEqual([3, 4, 5, 6, 7]);
  });
});

describe("a `Violations & Justifications` section", () => {
  it("is where the check's violations are justified, not a failing gate", () => {
    expect([...classify("Violations & Justifications")]).toEqual(["complexity-tracking"]);
    expect([...classify("Justificación de violaciones")]).toEqual(["complexity-tracking"]);
    expect([...classify("Violations")]).toEqual([]);
  });
});

describe("a copied template line holding a date or link slot", () => {
  it("is the check's metadata (template text), not an unanswered gate; a status slot is one", () => {
    const lines = [
      "**Evaluated Against**: [Link to constitution.md]",
      "**Last Check**: [Date]",
      "- **Maintainability**: [OK / NEEDS REVIEW – reason]",
    ];
    const check = (body: string[]): string =>
      ["# Implementation Plan: X", "", "## Constitution Check", "", ...body, ""].join("\n");
    const result = checked(check(lines), null, check(lines));
    expect(
      result.findings.filter((f) => f.rule === "gate-justification").map((f) => f.line),
    ).toEqual([7]);
    expect(result.findings.filter((f) => f.rule === "no-placeholder").map((f) => f.line)).toEqual([
      5, 6, 7,
    ]);
  });
});

describe("numbered groups of principles", () => {
  it("are the principles, and their numbered clauses the rules each one sets", () => {
    const text = [
      "# Constitution",
      "",
      "## Core Mission",
      "Help users save.",
      "",
      "## I. Code Quality Principles",
      "### 1.1 Type Safety (CRITICAL)",
      "No any.",
      "### 1.2 Testing Requirements (CRITICAL)",
      "Unit tests.",
      "## II. Security Principles",
      "### 2.1 Data Protection (CRITICAL)",
      "Consent first.",
      "## III. Accessibility Principles",
      "### 3.1 WCAG 2.1 AA (IMPORTANT)",
      "Contrast.",
      "## IV. Enforcement",
      "CI checks.",
      "## Governance",
      "**Version**: 1.0.0",
      "",
    ].join("\n");
    expect(parseConstitution(CONSTITUTION, text).principles.map((p) => p.id)).toEqual([
      "I",
      "II",
      "III",
    ]);
  });

  it("but one group of numbered principles keeps its principles", () => {
    const text = [
      "# Constitution",
      "",
      "## I. Core Principles",
      "### 1. Spec First",
      "x",
      "### 2. Tests First",
      "y",
      "## II. Governance",
      "**Version**: 1.0.0",
      "",
    ].join("\n");
    expect(parseConstitution(CONSTITUTION, text).principles.map((p) => p.name)).toEqual([
      "Spec First",
      "Tests First",
    ]);
  });
});

describe("`Visión general` and `Обзор плана`", () => {
  it("are the plan's Summary, as `Overview` is", () => {
    for (const title of ["1. VISIÓN GENERAL", "Visão geral", "Vue d'ensemble", "1. Обзор плана"])
      expect([...classify(title)]).toEqual(["summary"]);
  });
});

/*
 * Patterns the thirty-fourth blind audit round showed, each as the general mechanism.
 */

describe("a template translated and never filled in", () => {
  it("keeps its instructions as whole-line brackets and field slots, in any language", () => {
    const text = [
      "# Plan: X",
      "",
      "## サマリ",
      "",
      "[機能仕様から抽出: 主要要件 + research による技術的アプローチ]",
      "",
      "**構成決定**: [選択した構成と上で示した実際のディレクトリを記載]",
      "**Approved By**: [Pending]",
      "- **Rationale**: [Why this design]",
      "[Design notes]",
      "",
      "[design notes]: ./notes.md",
      "",
    ].join("\n");
    expect(lines(text, "no-placeholder")).toEqual([5, 7]);
  });

  it("offers the marker after `or` in the template's language: template text, not an open question", () => {
    const text = [
      "# Plan: X",
      "",
      "**テスト**: [例: pytest, XCTest, cargo test または NEEDS CLARIFICATION]",
      "**性能目标**: [领域相关，例如：1000 req/s 或 NEEDS CLARIFICATION]",
      "**제약**: [도메인별, 예: <200ms p95 또는 NEEDS CLARIFICATION]",
      "**パフォーマンス目標**: [ドメイン固有、例: 1000 req/s, 60 fps または NEEDS CLARIFICATION]",
      "**Storage**: PostgreSQL or NEEDS CLARIFICATION",
      "",
    ].join("\n");
    expect(lines(text, "no-placeholder")).toEqual([3, 4, 5, 6]);
    expect(lines(text, "no-unresolved-clarification")).toEqual([7]);
  });
});

/*
 * Patterns the thirty-fifth blind audit round showed, each as the general mechanism.
 */

describe("a check of one gate per principle, in the constitution's order", () => {
  const constitution = [
    "# Constitution",
    "",
    "## Core Principles",
    "",
    "### I. Flutter — кроссплатформенная разработка",
    "Один код для Android и iOS.",
    "",
    "### II. Русскоязычный интерфейс",
    "Весь интерфейс на русском языке.",
    "",
    "### III. Tab Bar Navigation",
    "Root navigation is a tab bar.",
    "",
    "### IV. Brand Palette",
    "Colors come from AppColors.",
    "",
    "### V. Offline First",
    "Works without a network.",
    "",
    "### VI. Error Reporting",
    "Crashes are reported.",
    "",
    "**Version**: 1.0.0",
    "",
  ].join("\n");
  const statuses = (check: string): string[] =>
    checked(plan(check), constitution).principles.map((p) => `${p.id} ${p.status}`);
  const named = [
    "- [x] **Tab Bar**: no change to root navigation",
    "- [x] **Brand palette**: AppColors.dark",
    "- [x] **Offline first**: cached catalogue",
    "- [x] **Error reporting**: Sentry unchanged",
  ];

  it("names the principle in its place when its own words name none", () => {
    const check = [
      "- [x] **Mobile targets**: Android and iOS from one codebase",
      "- [x] **Русский UI**: суффикс «/кг»",
      ...named,
    ].join("\n");
    expect(statuses(check).slice(0, 2)).toEqual(["I pass", "II pass"]);
    // A closing line of another form is not the last principle's gate.
    const closing = [
      "| Principle | Status |",
      "|---|---|",
      "| Mobile targets | ✅ |",
      "| Tab Bar | ✅ |",
      "| Brand palette | ✅ |",
      "| Offline first | ✅ |",
      "| Error reporting | ✅ |",
      "",
      "**Violations**: none to justify.",
    ].join("\n");
    expect(statuses(closing)).toContain("II missing");
  });

  it("not when the gates are fewer than the principles, out of order, or give another numeral", () => {
    expect(statuses(["- [x] **Русский UI**: суффикс «/кг»", ...named].join("\n"))[1]).toBe(
      "II missing",
    );
    const unordered = [
      "- [x] **Русский UI**: суффикс «/кг»",
      "- [x] **Mobile targets**: Android and iOS from one codebase",
      ...named.slice().reverse(),
    ].join("\n");
    expect(statuses(unordered).slice(0, 2)).toEqual(["I missing", "II missing"]);
    const numeral = [
      "- [x] **Mobile targets**: Android and iOS from one codebase",
      "- [x] **VII. Русский UI**: суффикс «/кг»",
      ...named,
    ].join("\n");
    expect(statuses(numeral)[1]).toBe("II missing");
  });
});

describe("a check that lists the terms it checked", () => {
  it("names each principle whose name has a term's words", () => {
    const constitution = [
      "# Constitution",
      "",
      "## Article I: Code Quality Principles",
      "Clean code.",
      "## Article II: Performance Requirements",
      "Fast pages.",
      "## Article III: Monitoring and Observability",
      "Logs and metrics.",
      "## Article IV: Documentation Requirements",
      "Docs for every module.",
      "",
      "**Version**: 1.0.0",
      "",
    ].join("\n");
    const check = [
      "All gates pass:",
      "- Clean code, SOLID, error handling, performance, monitoring, documentation, CI/CD enforced",
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual(["I. Code Quality Principles"]);
    expect(
      uncoveredNames("All gates pass:\n- Performance and monitoring were reviewed.", constitution),
    ).toContain("IV. Documentation Requirements");
  });
});

describe("a marker that ends its line", () => {
  it("is resolved when the next line of its paragraph says so", () => {
    const text = [
      "# Plan: X",
      "",
      "См. research.md — все решения зафиксированы, NEEDS CLARIFICATION",
      "отсутствуют.",
      "",
      "Every open point is listed as NEEDS CLARIFICATION",
      "were all resolved in research.md.",
      "",
      "Which database? NEEDS CLARIFICATION",
      "We will decide next week.",
      "",
    ].join("\n");
    expect(lines(text, "no-unresolved-clarification")).toEqual([9]);
  });
});

describe("a constitution's preamble, appendix and revision history", () => {
  it("are not principles", () => {
    const text = [
      "# Constitution",
      "",
      "## Preamble",
      "Why this exists.",
      "## I. Spec First",
      "x",
      "## II. Tests First",
      "y",
      "## Appendix A: Tools",
      "z",
      "## Revision History",
      "v1",
      "",
    ].join("\n");
    expect(parseConstitution(CONSTITUTION, text).principles.map((p) => p.id)).toEqual(["I", "II"]);
  });
});

/*
 * Patterns the thirty-sixth blind audit round showed, each as the general mechanism.
 */

describe("a range of numerals", () => {
  const constitution = [
    "# Constitution",
    "",
    "## Core Principles",
    "",
    ...["Spec First", "Docs of Record", "Design System", "One Source", "Operational", "Verified"]
      .map((name, k) => [`### ${["I", "II", "III", "IV", "V", "VI"][k]}. ${name}`, "Rule.", ""])
      .flat(),
    "**Version**: 1.0.0",
    "",
  ].join("\n");

  it("is the check when the check is that line (`Passes I–VI`)", () => {
    expect(uncoveredNames("Passes I–VI (see spec). No violations.", constitution)).toEqual([]);
    expect(uncoveredNames("Principles 1 to 4 hold; see spec.", constitution)).toEqual([
      "V. Operational",
      "VI. Verified",
    ]);
  });

  it("is not beside gates that number their principles, nor a phase's or a result line's", () => {
    const table = [
      "Princípios I–VI (`.specify/memory/constitution.md`).",
      "",
      "| Principle | Status |",
      "|---|---|",
      "| I. Spec First | ✅ |",
      "| II. Docs of Record | ✅ |",
    ].join("\n");
    expect(uncoveredNames(table, constitution)).toEqual([
      "III. Design System",
      "IV. One Source",
      "V. Operational",
      "VI. Verified",
    ]);
    expect(uncoveredNames("Delivered in Phase I–II. Spec First holds.", constitution)).toEqual([
      "II. Docs of Record",
      "III. Design System",
      "IV. One Source",
      "V. Operational",
      "VI. Verified",
    ]);
  });
});

/*
 * Patterns the thirty-seventh blind audit round showed, each as the general mechanism.
 */

describe("`No unresolved NEEDS CLARIFICATION markers`", () => {
  it("says there are none, as `no open` and `no remaining` do", () => {
    const text = [
      "# Plan: X",
      "",
      "No unresolved NEEDS CLARIFICATION markers exist in the spec.",
      "No pending NEEDS CLARIFICATION items.",
      "Unresolved: NEEDS CLARIFICATION (which queue?)",
      "",
    ].join("\n");
    expect(lines(text, "no-unresolved-clarification")).toEqual([5]);
  });
});

/*
 * Patterns the thirty-eighth blind audit round showed, each as the general mechanism.
 */

describe("a cross that answers no", () => {
  it("passes a gate asking whether something unwanted is needed; it still fails a requirement", () => {
    const text = plan(
      [
        "**Constitution Compliance**: ✅ PASS",
        "**Governance Amendment Required**: ❌ NO",
        "**Breaking Changes**: ❌ None",
        "**Tests Written**: ❌ NO",
      ].join("\n"),
    );
    expect(findings(text, null, "gate-justification").map((f) => Number(f.split(" ")[0]))).toEqual([
      16,
    ]);
  });
});

describe("a cross that answers no, in a table", () => {
  it("passes the row asking about something unwanted, as the line form does", () => {
    const text = plan(
      [
        "| Check | Status |",
        "|---|---|",
        "| Governance amendment required | ❌ No |",
        "| Tests written | ❌ No |",
      ].join("\n"),
    );
    expect(findings(text, null, "gate-justification").map((f) => Number(f.split(" ")[0]))).toEqual([
      16,
    ]);
  });
});

describe("a lower-case angle slot of the team's template in a code span", () => {
  it("is the naming convention the template also writes, not a slot; in a path it is one", () => {
    const template =
      "# Plan\n\n- Foreign keys are named `<entity>Id`; files go to `docs/<entity>/`.\n";
    const text = [
      "# Plan: X",
      "",
      "Keys follow `<entity>Id` naming.",
      "Docs live in `docs/<entity>/`.",
      "",
    ].join("\n");
    expect(
      checked(text, null, template)
        .findings.filter((f) => f.rule === "no-placeholder")
        .map((f) => f.line),
    ).toEqual([4]);
  });
});

describe("Vietnamese function syllables", () => {
  it("say nothing of a principle: `… cho người dùng` does not check `Giao diện cho người dùng`", () => {
    const constitution = [
      "# C",
      "## Core Principles",
      "### I. Kiểm thử trước",
      "Viết kiểm thử trước.",
      "### II. Giao diện cho người dùng",
      "Giao diện rõ ràng.",
      "### III. Bảo mật dữ liệu",
      "Mã hóa dữ liệu.",
    ].join("\n");
    const check = [
      "- [x] **I. Kiểm thử trước**: có",
      "- [x] **III. Bảo mật dữ liệu**: có",
      "- [x] Nhật ký cho người dùng không chuyên",
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual(["II. Giao diện cho người dùng"]);
  });
});

describe("a bracket inside a bold label of the team's template", () => {
  it("names the item, kept when the plan answers it; a bold slot alone is still a slot", () => {
    const template = [
      "# Plan",
      "",
      "- [ ] **A1 [5-Layer Architecture]**: Does the feature respect the five layers?",
      "- [ ] **[Entity Kind]**: what it holds",
      "",
    ].join("\n");
    const text = [
      "# Plan: X",
      "",
      "- [x] **A1 [5-Layer Architecture]**: ✅ The entity lives in src/entities/.",
      "- [x] **[Entity Kind]**: a user",
      "",
    ].join("\n");
    expect(
      checked(text, null, template)
        .findings.filter((f) => f.rule === "no-placeholder")
        .map((f) => f.line),
    ).toEqual([4]);
  });
});

describe("a constitution titled in two languages", () => {
  it("keeps both titles out of its principles sections", () => {
    const text = [
      "# Virtual Coach App Constitution",
      "# 虛擬健身教練應用程式開發準則",
      "",
      "## Core Principles",
      "## 核心原則",
      "",
      "### I. 程式碼品質標準 (Code Quality Standards)",
      "x",
      "### II. 測試標準 (Testing Standards)",
      "y",
      "",
      "## Governance",
      "## 治理規範",
      "**Version**: 1.0.0",
      "",
    ].join("\n");
    expect(parseConstitution(CONSTITUTION, text).principles.map((p) => p.id)).toEqual(["I", "II"]);
  });
});

describe("a check found by what it holds", () => {
  const body = (row: string): string =>
    [
      "# Plan 007: Ads",
      "",
      "## Approach",
      "",
      "Two slices over the shared tier.",
      "",
      "## Acceptance criteria → verification mapping",
      "",
      "| AC | Proven by |",
      "| --- | --- |",
      row,
      "",
    ].join("\n");
  const sections = (text: string): string[] =>
    parsePlan(text)
      .sectionsOf("constitution-check")
      .map((s) => s.title);

  it("is not a section whose table cells speak of the feature's own gate", () => {
    expect(sections(body("| AC-2 gate | unit `ads.test` |"))).toEqual([]);
  });

  it("is a section under a check title whose prose opens on the gates", () => {
    expect(
      sections(body("| AC-2 | unit |").replace("| AC | Proven by |", "All gates pass.\n")),
    ).toEqual(["Acceptance criteria → verification mapping"]);
  });
});

describe("gates against spec-kit's unfilled constitution", () => {
  const UNFILLED = [
    "# [PROJECT_NAME] Constitution",
    "",
    "## Core Principles",
    "",
    "### [PRINCIPLE_1_NAME]",
    "[PRINCIPLE_1_DESCRIPTION]",
    "",
    "**Version**: [CONSTITUTION_VERSION] | **Ratified**: [RATIFICATION_DATE]",
    "",
  ].join("\n");
  const text = plan(
    "- [x] **Library-First**: logic in `packages/core`.\n- [ ] **Test-First**: unit tests before UI.",
  );

  it("are the template's examples: gate-justification is skipped and the notice says so", () => {
    const result = checked(text, UNFILLED);
    expect(result.findings.filter((f) => f.rule === "gate-justification")).toEqual([]);
    expect(result.findings.find((f) => f.rule === "constitution-unratified")?.message).toContain(
      "`gate-justification`",
    );
    expect(result.verdict).toBe("skipped");
  });

  it("are still judged when the constitution is missing", () => {
    expect(lines(text, "gate-justification")).toEqual([
      text.split("\n").findIndex((l) => l.startsWith("- [ ]")) + 1,
    ]);
  });
});

describe("a sentence listing what the plan meets", () => {
  const CONSTITUTION_JA = [
    "# 憲法",
    "",
    "## Core Principles",
    "",
    "### I. クリーンコード（保守性の高いコード記述）",
    "読みやすいコード。",
    "",
    "### II. シンプルなUX（ユーザー体験）",
    "迷わない画面。",
    "",
    "### III. 技術選定とコーディングスタイル",
    "要件に合う技術を選ぶ。",
    "",
    "### IV. 可観測性とバージョニング",
    "構造化ログ。",
    "",
    "**Version**: 1.0.0",
    "",
  ].join("\n");

  it("names each principle whose name has a term's words, after its colon", () => {
    expect(
      uncoveredNames(
        "このプロジェクトは以下を満たす: クリーンコード、シンプルなUX、技術は要件に合わせて選定されること。",
        CONSTITUTION_JA,
      ),
    ).toEqual(["IV. 可観測性とバージョニング"]);
  });

  it("reads each sentence of the line after its own colon (`Pre-research: …. Post-design: …`)", () => {
    expect(
      uncoveredNames(
        "Pre-research: クリーンコード、シンプルなUX、技術は要件に合わせて選定されること. Post-design: same gates pass; no new imports.",
        CONSTITUTION_JA,
      ),
    ).toEqual(["IV. 可観測性とバージョニング"]);
  });

  it("is not a list without the colon that introduces it", () => {
    expect(
      uncoveredNames(
        "クリーンコード、シンプルなUX、技術は要件に合わせて選定されること。",
        CONSTITUTION_JA,
      ),
    ).toEqual(["III. 技術選定とコーディングスタイル", "IV. 可観測性とバージョニング"]);
  });
});

describe("the sections a team's template leaves out", () => {
  const template = [
    "# Implementation Plan: [FEATURE NAME]",
    "",
    "## Summary",
    "",
    "## Technical Context",
    "",
    "## Tasks",
    "",
  ].join("\n");
  const text = [
    "# Implementation Plan: Local RAG Chatbot",
    "",
    "## Summary",
    "",
    "A local chatbot over the team's notes.",
    "",
    "## Technical Context",
    "",
    "**Language/Version**: Python 3.12",
    "",
    "## Tasks",
    "",
    "1. Index the notes.",
    "",
  ].join("\n");

  it("are not required, except the Constitution Check", () => {
    const missing = checked(text, null, template).findings.filter(
      (f) => f.rule === "required-section",
    );
    expect(missing.map((f) => [f.section, f.severity])).toEqual([["Constitution Check", "error"]]);
    expect(missing[0]?.message).not.toContain("template");
  });
});

describe("a title that says where its subject comes from", () => {
  const sections = (title: string): string[] =>
    parsePlan(
      `# Plan\n\n## Constitution Check\n\n- [x] I. Tests\n\n## Testing Checklist\n\n### ${title}\n\n- [ ] Screenshot captured\n`,
    )
      .sectionsOf("constitution-check")
      .map((s) => s.title);

  it("is not a second Constitution Check when the constitution is in its parentheses", () => {
    expect(sections("Screenshot Documentation (Constitutional Requirement)")).toEqual([
      "Constitution Check",
    ]);
  });

  it("still is one when its title says it checks", () => {
    expect(sections("Pre-Implementation Gates (Constitution Compliance)")).toHaveLength(2);
  });
});

describe("a constitution whose principles are top-level headings", () => {
  const text = [
    "<!-- Sync Impact Report",
    "Modified principles:",
    "  * Spec-Driven Design (Section I)",
    "-->",
    "# JobHunter07 — Hunt Board",
    "## Engineering Constitution",
    "**Version:** 0.5.0",
    "",
    "# I. Spec-Driven Design (NON-NEGOTIABLE)",
    "Nothing is coded until it is specified.",
    "# II. Component-First Architecture",
    "Components first.",
    "# III. Dependency Management & Version Currency",
    "Dependencies stay current.",
    "# IV. Governance",
    "Amendments by PR.",
    "",
  ].join("\n");

  it("reads them past the title block, with a version principle, without the Governance", () => {
    const principles = parseConstitution(CONSTITUTION, text).principles;
    expect(principles.map((p) => p.id)).toEqual(["I", "II", "III"]);
    // `(Section I)` says where the principle stands; it is not another name for it.
    expect(principles[0]?.aliases).toEqual([]);
  });
});

describe("a constitution's core values", () => {
  const text = [
    "# Project Constitution",
    "",
    "## 1. Core Values",
    "1.  **Simplicity**: Optimize for readability.",
    "2.  **SSOT**: `schema.prisma` is the only truth.",
    "3.  **No Any**: Strict types.",
    "",
    "## 6. Logging Principles",
    "1.  **Structured Only**: All logs are JSON.",
    "2.  **Level Discipline**:",
    "    *   **ERROR**: Service failure",
    "    *   **WARN**: Abnormal but recoverable",
    "",
  ].join("\n");

  it("are its principles, before another section of principles on one subject", () => {
    expect(parseConstitution(CONSTITUTION, text).principles.map((p) => p.name)).toEqual([
      "Simplicity",
      "SSOT",
      "No Any",
    ]);
  });

  it("are so under `## Fundamental Values` too, numbered as headings", () => {
    const values = [
      "# Project Constitution",
      "## Core Mission",
      "Teach robotics.",
      "## Fundamental Values",
      "### 1. Educational Excellence",
      "Clear chapters.",
      "### 2. Technical Accuracy",
      "Checked code.",
      "### 3. Practical Application",
      "Labs in every chapter.",
      "## Target Audience",
      "### Primary Audience",
      "Students.",
    ].join("\n");
    expect(parseConstitution(CONSTITUTION, values).principles.map((p) => p.name)).toEqual([
      "Educational Excellence",
      "Technical Accuracy",
      "Practical Application",
    ]);
  });

  it("hold bold items nested in an item as its parts, not principles of their own", () => {
    const logging = text.replace("## 1. Core Values", "## 1. Background");
    expect(parseConstitution(CONSTITUTION, logging).principles.map((p) => p.name)).toEqual([
      "Structured Only",
      "Level Discipline",
    ]);
  });
});

describe("a summary of another section", () => {
  it("is not the plan's Summary", () => {
    expect([...classify("Constitution Compliance Summary")]).toEqual(["constitution-check"]);
    expect([...classify("宪法合规总结")]).toEqual(["constitution-check"]);
    expect([...classify("Technology Stack Summary")]).toEqual(["technical-context"]);
    expect([...classify("Summary & Technical Context")].sort()).toEqual([
      "summary",
      "technical-context",
    ]);
  });
});

describe("the template's option label without its number", () => {
  const text = (line: string): string =>
    ["# Plan", "", "## Project Structure", "", "```", line, "outbound/proxy/", "```", ""].join(
      "\n",
    );

  it("heading the kept tree is still a label", () => {
    expect(lines(text("# 选项: 单一 Go 模块 - 代理功能包"), "no-option-label")).toEqual([6]);
  });

  it("is not the author's own comment", () => {
    expect(lines(text("# Options are read from config.yml"), "no-option-label")).toEqual([]);
  });
});

describe("an id's format with its digits masked", () => {
  it("is notation in a code span, and a slot in prose", () => {
    const text = [
      "# Plan",
      "",
      "It cross-references fix tasks by `[BUG-NNN]` tag.",
      "See [ADR-NNN] for the decision.",
      "",
    ].join("\n");
    expect(lines(text, "no-placeholder")).toEqual([4]);
  });
});

describe("the format of research.md an old template's phase describes", () => {
  it("is not the plan's template text, in any entry of it", () => {
    const text = [
      "# Plan",
      "",
      "## Phase 0: Outline & Research",
      "",
      "4. **Consolidate findings** in `research.md` using format:",
      "   - Decision: [what was chosen]",
      "   - Internal docs consulted: [list docs/ files and sections referenced]",
      "",
      "## Phase 1: Design",
      "",
      "- [Entity 1]: [Description]",
      "",
    ].join("\n");
    expect(lines(text, "no-placeholder")).toEqual([11]);
  });
});

describe("round 46's gates and check", () => {
  it("reads an empty box drawn as an emoji as unchecked", () => {
    const text = plan(
      [
        "| Principle | Status | Notes |",
        "|---|---|---|",
        "| I. Tests | 🔲 Tests required | Test plan in tasks.md |",
        "| II. Docs | ✅ | Written |",
      ].join("\n"),
    );
    const row = text.split("\n").findIndex((l) => l.includes("🔲")) + 1;
    expect(lines(text, "gate-justification")).toEqual([row]);
  });

  it("keeps a ticked box ticked when its description says the work goes on", () => {
    const text = plan(
      "- [x] Documentation & QA (docs, reviews) - In progress with this planning workflow",
    );
    expect(lines(text, "gate-justification")).toEqual([]);
    // An emoji mark still says pending: `- [x] ⏳ Load tests` is not done.
    expect(lines(plan("- [x] ⏳ Load tests"), "gate-justification")).toHaveLength(1);
  });

  it("finds a check by the template's gate instruction, not by a step mentioning a gate", () => {
    const steps =
      "# Plan\n\n## Next Steps\n\n1. **Approve spec.md** (Phase 0 gate)\n2. Execute Phase 0\n";
    expect(parsePlan(steps).sectionsOf("constitution-check")).toEqual([]);
    const instruction = "# Plan\n\n## Kontrola\n\n*GATE: Must pass before Phase 0 research.*\n";
    expect(
      parsePlan(instruction)
        .sectionsOf("constitution-check")
        .map((s) => s.title),
    ).toEqual(["Kontrola"]);
  });

  it("reads no principle from list items that all open with a keyword", () => {
    const text = [
      "# 開發規範（憲法）",
      "",
      "## 核心原則",
      "",
      "- MUST：實作可回溯至已核可之功能規格。",
      "- MUST：發現規格缺漏時，先修訂規格。",
      "- MUST：依賴維持最小範圍。",
      "",
    ].join("\n");
    expect(parseConstitution(CONSTITUTION, text).principles).toEqual([]);
  });
});

describe("a check that names its principles by numeral", () => {
  const constitution = [
    "# Constitution",
    "",
    "## Core Principles",
    "",
    "### I. Evolutionary Development",
    "Grow the system step by step.",
    "",
    "### II. Apps Are the Architectural Unit",
    "Apps couple through contracts.",
    "",
    "### III. Project Purposes Are Authoritative",
    "Purposes decide.",
    "",
    "### IV. AI-Driven Development",
    "Role-based names.",
    "",
    "**Version**: 2.1.0",
    "",
  ].join("\n");

  it("reports each principle it skips: its unnumbered rows are the team's other rules", () => {
    const check = [
      "| Principle / Rule | Status | Notes |",
      "|---|---|---|",
      "| **II — Apps via contracts** | ✅ PASS | Self-contained |",
      "| **IV — AI-driven; no model names** | ✅ PASS | Role-based |",
      "| **Foundational tech** (Python · Postgres) | ✅ PASS | Python App |",
      "| **Cardinal Rule #1 — tasks.md record** | ✅ N/A yet | First tasks.md |",
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual([
      "I. Evolutionary Development",
      "III. Project Purposes Are Authoritative",
    ]);
  });
});

describe("a purpose clause in a gate's note", () => {
  it("is not the status `to verify`", () => {
    const row = (note: string): string =>
      plan(["| Principle | Compliance |", "|---|---|", `| I. Tests | ${note} |`].join("\n"));
    expect(
      lines(
        row("Will run Playwright after implementation to verify all acceptance scenarios"),
        "gate-justification",
      ),
    ).toEqual([]);
    expect(lines(row("⚠ To verify"), "gate-justification")).toHaveLength(1);
  });
});

describe("round 49's gates", () => {
  it("reads `no constitution violations` as a pass", () => {
    const text = plan(
      "- [x] I. Tests: PASS\n\n**Pre-Phase 0 gate: PASS** — no constitution violations.",
    );
    expect(lines(text, "gate-justification")).toEqual([]);
  });

  it("credits the principle whose name opens with a label's words", () => {
    const constitution = [
      "# Constitution",
      "",
      "## Core Principles",
      "",
      "### I. API-First Architecture",
      "Every feature is an API first.",
      "",
      "### II. Media Processing Excellence",
      "Audio is normalised.",
      "",
      "### III. Security & Data Integrity",
      "Secrets stay out of code.",
      "",
      "**Version**: 1.0.0",
      "",
    ].join("\n");
    const check = [
      "| Gate | Status |",
      "|---|---|",
      "| API-First | N/A |",
      "| Media Processing | N/A |",
      "| Security | ✅ |",
      "| Performance | N/A |",
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual([]);
  });
});

describe("round 50's gates and constitutions", () => {
  it("reads a negated violation in Portuguese, Spanish, French and German as a pass", () => {
    for (const note of [
      "Nenhuma violação a justificar.",
      "Sin violaciones que justificar.",
      "Aucune violation à justifier.",
      "Keine Verstöße zu begründen.",
    ]) {
      const text = plan(`- [x] I. Tests: PASS\n\n**Portão: PASSA.** ${note}`);
      expect(lines(text, "gate-justification")).toEqual([]);
    }
    // The word alone still fails the gate.
    const failing = plan("- [x] I. Tests: PASS\n\n**Portão:** violação do princípio I.");
    expect(lines(failing, "gate-justification")).toEqual([15]);
  });

  const parts = [
    "# Constitution du projet",
    "",
    "## Partie I — Principes globaux",
    "",
    "### G-I. Langue du code",
    "Le code est en anglais.",
    "",
    "### G-II. Sécurité",
    "Aucun secret dans le code.",
    "",
    "### G-III. Gouvernance",
    "Les amendements passent par une PR.",
    "",
    "## Partie II — Bibliothèque",
    "",
    "### L-I. Réutilisabilité",
    "Fonctionne sans configuration.",
    "",
    "### L-II. Versionnage sémantique",
    "SemVer strict.",
    "",
    "**Version** : 2.0.0",
    "",
  ].join("\n");

  it("reads letter-coded principles in every part of the constitution", () => {
    const { principles } = parseConstitution(CONSTITUTION, parts);
    expect(principles.map((p) => [p.id, p.name])).toEqual([
      ["G-I", "Langue du code"],
      ["G-II", "Sécurité"],
      ["L-I", "Réutilisabilité"],
      ["L-II", "Versionnage sémantique"],
    ]);
  });

  // (Two rows, and the table's header and delimiter rows are not gates: with them counted, two
  // of four "gates" would name no principle and the check could not tell which it skips.)
  it("matches the plan's own numerals to the coded principles by name", () => {
    const check = [
      "| Principe | Statut |",
      "|---|---|",
      "| I. Réutilisabilité | ✅ |",
      "| IV. Versionnage | ✅ |",
    ].join("\n");
    expect(uncoveredNames(check, parts)).toEqual(["G-I · Langue du code", "G-II · Sécurité"]);
  });

  it("cites a coded principle by its code, hyphen included", () => {
    const { principles } = parseConstitution(CONSTITUTION, parts);
    expect(principlesAddressed("Respecte L-II", principles).map((p) => p.id)).toEqual(["L-II"]);
    expect(principlesAddressed("GI tract", principles)).toEqual([]);
  });

  it("reads neither a checklist nor a bare governance item as a principle", () => {
    const inSection = [
      "# Constitution",
      "",
      "## Core Principles",
      "",
      "### I. Server Authority",
      "The server decides.",
      "",
      "### II. MCP Server Governance",
      "Tools are registered centrally.",
      "",
      "### III. Governance",
      "Amendments by PR.",
      "",
    ].join("\n");
    const names = (text: string): string[] =>
      parseConstitution(CONSTITUTION, text).principles.map((p) => p.name);
    expect(names(inSection)).toEqual(["Server Authority", "MCP Server Governance"]);
    // Numbered parts with no principles section: the checklist part is not one.
    const parts = [
      "# Constitution",
      "",
      "# I. Server Authority",
      "The server decides.",
      "",
      "# II. Inventory & Concurrency",
      "Stock never goes negative.",
      "",
      "# III. Adoption Checklist",
      "- [ ] Read this document.",
      "",
    ].join("\n");
    expect(names(parts)).toEqual(["Server Authority", "Inventory & Concurrency"]);
  });

  it("credits a principle whose acronym the check's prose uses", () => {
    const constitution = [
      "# Constitution",
      "",
      "## Core Principles",
      "",
      "### I. Test-Driven Development",
      "Tests first.",
      "",
      "### II. Continuous Improvement",
      "Retrospectives.",
      "",
    ].join("\n");
    const check = "✅ ALL GATES PASSED - SignalR for presence, TDD for the merge logic, CI/CD";
    // `CI` of `CI/CD` is two letters: not an acronym read in prose.
    expect(uncoveredNames(check, constitution)).toEqual(["II. Continuous Improvement"]);
  });
});

describe("rounds 51 to 54's constitutions and checks", () => {
  it("reads the principles that go on after the principles section at its level", () => {
    const constitution = [
      "# Constitution",
      "",
      "## Core Principles",
      "",
      "### I. Clean Architecture",
      "Dependencies point inward.",
      "",
      "### II. Strict TDD",
      "Tests first.",
      "",
      "## III. Regression Prevention (New)",
      "",
      "### 6.1 Pre-Coding Verification",
      "Run the tests before coding.",
      "",
      "## V. Not the next one",
      "",
      "## Governance",
      "Amendments by PR.",
      "",
    ].join("\n");
    const names = parseConstitution(CONSTITUTION, constitution).principles.map((p) => p.id);
    expect(names).toEqual(["I", "II", "III"]);
  });

  it("reads two principles written in one heading", () => {
    const constitution = [
      "# Constitution",
      "",
      "## Core Principles",
      "",
      "### I. Hexagonal Architecture",
      "Ports and adapters.",
      "",
      "### II. PostgreSQL Persistence · III. Observability and Reliability",
      "PostgreSQL is the database; every service logs.",
      "",
      "### IV. Tools / Scripts",
      "Scripts live in tools/.",
      "",
    ].join("\n");
    const names = parseConstitution(CONSTITUTION, constitution).principles.map(
      (p) => `${p.id}. ${p.name}`,
    );
    expect(names).toEqual([
      "I. Hexagonal Architecture",
      "II. PostgreSQL Persistence",
      "III. Observability and Reliability",
      "IV. Tools / Scripts",
    ]);
  });

  it("does not read a statement opening with `No` as the answer No", () => {
    const gates = parsePlan(
      plan(
        "- **Clean Architecture**: No Backend changes. Frontend logic isolated.\n- **Wrappers**: No — the SDK is used directly.",
      ),
    ).gates.map((g) => g.status);
    expect(gates).toEqual(["unknown", "fail"]);
  });

  it("reads a range written with a tilde as every principle in it", () => {
    const constitution = [
      "# Constitution",
      "",
      "## Core Principles",
      "",
      "### I. AX-First",
      "Agents first.",
      "",
      "### II. Minimum Cost",
      "Free tiers.",
      "",
      "### III. Mobile-First Delivery",
      "Phones first.",
      "",
    ].join("\n");
    expect(uncoveredNames("I~III 위반 없음(데이터·권한 불변).", constitution)).toEqual([]);
    expect(uncoveredNames("I~II 위반 없음.", constitution)).toEqual(["III. Mobile-First Delivery"]);
  });
});

describe("round 55's Italian check of an English constitution", () => {
  it("reads the Italian spelling of a Latin word as its English cognate", () => {
    const constitution = [
      "# Constitution",
      "",
      "## Core Principles",
      "",
      "### I. Small Modules",
      "Each module does one thing.",
      "",
      "### II. Explicit error handling; no silent null",
      "Errors are values.",
      "",
      "### III. Observability: every runtime operation is logged",
      "Structured logs.",
      "",
      "### IV. Data Protection",
      "Personal data is encrypted.",
      "",
    ].join("\n");
    const check = [
      "- [x] **I — Moduli piccoli:** **PASS** — un modulo per responsabilità.",
      "- [x] **II — Errori espliciti (NON-NEGOZIABILE):** **PASS** — nessun null silenzioso.",
      "- [x] **III — Osservabilità:** **PASS** — l'evento viene esteso.",
      "- [x] **IV — Protezione dei dati:** **PASS** — nessun dato personale.",
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual([]);
  });
});

describe("round 56's checks", () => {
  const constitution = [
    "# Constitution",
    "",
    "## Core Principles",
    "",
    "### I. Code-First GraphQL via Sequelize Models",
    "Models first.",
    "",
    "### II. Translation Discipline",
    "Every string is translated.",
    "",
    "### III. Transactional Mutations",
    "Writes run in a transaction.",
    "",
    "### IV. Resolver Test Discipline",
    "Every resolver has tests.",
    "",
    "### V. Architectural Guardrails",
    "0. **Single-repo model**: one checkout.",
    "1. **One canonical wrapper**: no second client.",
    "",
    "### VI. Determinism Over Inference",
    "No model call decides what code can.",
    "",
    "### VII. User Interface & User Experience",
    "Mobile first, accessible.",
    "",
  ].join("\n");

  it("reads each numbered name in a row that lists several", () => {
    const check = [
      "| Principle | Status |",
      "|---|---|",
      "| **I. Code-First GraphQL / III. Transactional Mutations / IV. Resolver Tests** | ✅ |",
      "| **II. Translation Discipline** | ✅ |",
      "| **V. Architectural Guardrails** | ✅ |",
      "| **VI. Determinism Over Inference** | ✅ |",
      "| **VII. UI/UX** | ✅ |",
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual([]);
  });

  it("reads a principle's clause (`V.1`) as that principle, and its name as its own", () => {
    const check = [
      "| Gate | Verdict |",
      "|---|---|",
      "| I. Code-First GraphQL | PASS |",
      "| II. Translation Discipline | PASS |",
      "| III. Transactional Mutations | PASS |",
      "| IV. Resolver Test Discipline | PASS |",
      "| V.0 Single-repo model | PASS |",
      "| V.10 Determinism over inference | PASS |",
      "| VII. User Interface | PASS |",
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual([]);
  });

  it("reads `UI/UX` as the words it abbreviates", () => {
    // (Out of the constitution's order, so that no gate is read by its place.)
    const check = [
      "- **UI/UX**: ✅ consistent across screens.",
      "- **Code-First GraphQL**: ✅ models first.",
      "- **Translation Discipline**: ✅ all strings in all.json.",
      "- **Transactional Mutations**: ✅ one transaction.",
      "- **Resolver Test Discipline**: ✅ resolver tests.",
      "- **Determinism Over Inference**: ✅ no model calls.",
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual(["V. Architectural Guardrails"]);
  });
});

describe("an Arabic constitution", () => {
  it("reads its articles (`المادة 1 — …`) as numbered principles, not its mission", () => {
    const constitution = [
      "# دستور المشروع",
      "",
      "## المهمة (Mission)",
      "متجر سريع.",
      "",
      "## المادة 1 — SEO أولاً",
      "كل صفحة لها عنوان ووصف.",
      "",
      "## المادة 2 — موبايل أولاً (Mobile-First)",
      "التصميم يبدأ من الهاتف.",
      "",
      "## الحوكمة",
      "التعديلات عبر طلب دمج.",
      "",
    ].join("\n");
    const { principles } = parseConstitution(CONSTITUTION, constitution);
    expect(principles.map((p) => [p.numeral, p.name])).toEqual([
      [1, "SEO أولاً"],
      [2, "موبايل أولاً (Mobile-First)"],
    ]);
    expect(
      uncoveredNames("| المبدأ | الحالة |\n|---|---|\n| المادة 1 | ✅ متوافق |", constitution),
    ).toEqual(["2. موبايل أولاً (Mobile-First)"]);
  });
});

describe("round 60's version citations", () => {
  it("reads another document's version (`architecture_constitution.md v2.5.0`) as no citation", () => {
    const versions = (line: string) =>
      parsePlan(`# P\n\n${line}\n`).citations.map((c) => c.version);
    expect(versions("Applied in `architecture_constitution.md` v2.5.0.")).toEqual([]);
    expect(versions("See security-constitution v1.2.0.")).toEqual([]);
    expect(versions("_Constitution v2.6.0_")).toEqual(["2.6.0"]);
    expect(versions("_憲法 v2.1.1 に基づく_")).toEqual(["2.1.1"]);
    expect(versions("Governing document: `.specify/memory/constitution.md` **v2.6.0**")).toEqual([
      "2.6.0",
    ]);
  });
});

describe("a standard's name in a gate's label", () => {
  const constitution = [
    "# Constitution",
    "",
    "## Core Principles",
    "",
    "### I. Faithful UI",
    "Screens render UTF-8 text as the original did.",
    "",
    "### II. UTF-8 First, Always",
    "All buffers are UTF-8.",
    "",
    "### III. Human as Tool Strategy",
    "Ask the user.",
    "",
  ].join("\n");

  it("calls the one principle whose name holds it (`UTF-8 hygiene` for `II. UTF-8 First`)", () => {
    expect(
      uncoveredNames(
        "- **UTF-8 hygiene**: no new byte→text construction. ✅\n- **Faithful UI**: unchanged. ✅\n- **Human as Tool**: asks. ✅",
        constitution,
      ),
    ).toEqual([]);
  });

  it("does not call a principle by one plain word its name shares with a longer label", () => {
    expect(
      uncoveredNames(
        "- **Task Management Tools**: none added. ✅\n- **Faithful UI**: unchanged. ✅\n- **UTF-8 hygiene**: kept. ✅",
        constitution,
      ),
    ).toEqual(["III. Human as Tool Strategy"]);
  });
});

describe("round 62's constitutions", () => {
  it("reads the principles that go on, numbered, under the sections after the principles section", () => {
    const constitution = [
      "# Constitution",
      "",
      "## Core Principles",
      "",
      "### I. Correctness First",
      "Right answers.",
      "",
      "### II. Simplicity",
      "Small code.",
      "",
      "## Agent Governance",
      "",
      "### III. Supported Operations",
      "Add and subtract.",
      "",
      "## Quality Standards",
      "",
      "### IV. Dependency Policy",
      "Few dependencies.",
      "",
      "### IV. Code Style",
      "Formatted.",
      "",
      "### V. Definition of Done",
      "Tested.",
      "",
      "## Governance",
      "",
      "### Amendment Process",
      "By pull request.",
      "",
      "### VI. Not a principle",
      "A numeral after governance does not go on with the list.",
      "",
    ].join("\n");
    const { principles } = parseConstitution(CONSTITUTION, constitution);
    expect(principles.map((p) => p.name)).toEqual([
      "Correctness First",
      "Simplicity",
      "Supported Operations",
      "Dependency Policy",
      "Code Style",
      "Definition of Done",
    ]);
  });

  it("does not go on past a section whose numbers start again", () => {
    const constitution = [
      "# Constitution",
      "",
      "## Core Principles",
      "",
      "### I. Correctness First",
      "Right answers.",
      "",
      "### II. Simplicity",
      "Small code.",
      "",
      "## Development Workflow",
      "",
      "### I. Branches",
      "One per feature.",
      "",
      "### III. Reviews",
      "Two reviewers.",
      "",
    ].join("\n");
    const { principles } = parseConstitution(CONSTITUTION, constitution);
    expect(principles.map((p) => p.name)).toEqual(["Correctness First", "Simplicity"]);
  });
});

describe("round 62's checks", () => {
  const checkTitles = (check: string[]) =>
    parsePlan(
      ["# 实施计划", "", "## 摘要", "", "x", "", ...check, "", "## 项目结构", "", "src/", ""].join(
        "\n",
      ),
    )
      .sectionsOf("constitution-check")
      .map((s) => s.title);

  it("finds a gate check whose table names the constitution (`## 门禁检查`)", () => {
    expect(
      checkTitles([
        "## 门禁检查",
        "",
        "| 门禁 | 来源 | 结果 |",
        "|---|---|---|",
        "| 章程门禁 | `.specify/memory/constitution.md` | 通过 |",
      ]),
    ).toEqual(["门禁检查"]);
  });

  it("does not take a gate check that never names the constitution", () => {
    expect(
      checkTitles(["## Gate Check", "", "| Gate | Result |", "|---|---|", "| AC-2 gate | ok |"]),
    ).toEqual([]);
  });
});

describe("principles inserted between two others (`I.5.`)", () => {
  const constitution = [
    "# Constitution",
    "",
    "## Core Principles",
    "",
    "### I. Web-First",
    "Responsive pages.",
    "",
    "### I.5. Reduce Overwhelm via Prioritization",
    "Show the next action first.",
    "",
    "### VI. Test-Driven Development",
    "Tests first.",
    "",
    "### VI.5. Test Observability & Developer Experience",
    "Readable test output.",
    "",
  ].join("\n");

  it("reads each as a principle with its code and name", () => {
    const { principles } = parseConstitution(CONSTITUTION, constitution);
    expect(principles.map((p) => [p.code ?? p.numeral, p.name])).toEqual([
      [1, "Web-First"],
      ["I.5", "Reduce Overwhelm via Prioritization"],
      [6, "Test-Driven Development"],
      ["VI.5", "Test Observability & Developer Experience"],
    ]);
    expect(
      uncoveredNames("- ✅ I. Web-First: responsive.\n- ✅ VI. TDD: yes.", constitution),
    ).toEqual([
      "I.5. Reduce Overwhelm via Prioritization",
      "VI.5. Test Observability & Developer Experience",
    ]);
  });

  it("credits one by its code, and none by the words of a code the constitution lacks", () => {
    expect(
      uncoveredNames(
        [
          "### ✅ I. Web-First",
          "- **Status**: PASS",
          "",
          "### ✅ I.5. Reduce Overwhelm",
          "- **Status**: PASS",
          "",
          "### ✅ VI. Test-Driven Development",
          "- **Status**: PASS",
          "",
          "### ✅ VI.7. Spec-Driven Development Workflow",
          "- **Status**: PASS",
          "",
          "### ✅ VIII.5. Solo Developer Efficiency & Cost Optimization",
          "- **Status**: PASS",
        ].join("\n"),
        constitution,
      ),
    ).toEqual(["VI.5. Test Observability & Developer Experience"]);
  });

  it("reads round 62's plan that cites another version's inserted principles", () => {
    const dir = new URL(
      "../fixtures/audit/round62/en-thaumonaut-cosplans-048-character-resource-model/",
      import.meta.url,
    );
    const read = (path: string) => readFileSync(new URL(path, dir), "utf8");
    const reported = checked(
      read("specs/048-character-resource-model/plan.md"),
      read(".specify/memory/constitution.md"),
    )
      .findings.filter((f) => f.rule === "principle-coverage")
      .map((f) => /principle `([^`]+)`/.exec(f.message)?.[1]);
    // `VI.7. Spec-Driven Development Workflow` and `VIII.5. Solo Developer Efficiency` are not
    // `VI.5. Test Observability & Developer Experience` in other words.
    expect(reported).toContain("VI.5. Test Observability & Developer Experience");
    expect(reported).not.toContain("I.5. Reduce Overwhelm via Prioritization");
  });
});

describe("round 61's constitutions", () => {
  const laws = (principlesSection: string[]) =>
    [
      "# Constitution",
      "",
      ...principlesSection,
      "## Architectural Laws",
      "",
      "### Part A: Technical Architecture",
      "",
      "### I. Dependency Flow",
      "Inward.",
      "",
      "### II. Type System",
      "Shared types.",
      "",
      "### III. Layered Backend",
      "Service, policy, repository.",
      "",
      "### III-A. Dumb Controllers",
      "No logic in routers.",
      "",
      "### Part B: Human Experience",
      "",
      "### IV. Human Interface",
      "Wizards.",
      "",
      "## Implementation Rules",
      "",
      "### V. Systematic Refactoring",
      "Small steps.",
      "",
      "## Governance",
      "",
      "### VI. Not a principle",
      "Past governance.",
      "",
    ].join("\n");

  it("reads a long run of numbered principles beside a principles section of one", () => {
    const { principles } = parseConstitution(
      CONSTITUTION,
      laws(["## Fundamental Principles", "", "### F-1. Single Source of Truth", "Prisma.", ""]),
    );
    expect(principles.map((p) => p.code ?? p.id)).toEqual([
      "F-1",
      "I",
      "II",
      "III",
      "III-A",
      "IV",
      "V",
    ]);
    expect(
      uncoveredNames(
        "- [x] **F-1**: one schema ✓\n- [x] **I. Dependency**: ✓\n- [x] **II. Type System**: ✓\n- [x] **III. Backend Layers**: ✓\n- [x] **IV. Human Interface**: ✓\n- [x] **V. Refactoring**: ✓",
        laws(["## Fundamental Principles", "", "### F-1. Single Source of Truth", "Prisma.", ""]),
      ),
    ).toEqual(["III-A. Dumb Controllers"]);
  });

  it("keeps a principles section of three or more as it is", () => {
    const { principles } = parseConstitution(
      CONSTITUTION,
      laws([
        "## Core Principles",
        "",
        "### Clarity",
        "x",
        "",
        "### Safety",
        "y",
        "",
        "### Speed",
        "z",
        "",
      ]),
    );
    expect(principles.map((p) => p.name)).toEqual(["Clarity", "Safety", "Speed"]);
  });
});

describe("a Complexity Tracking label inside the check", () => {
  it("is not a gate (`**Complexity Tracking** (violations requiring justification):`)", () => {
    const text = plan(
      [
        "| Principle | Status | Notes |",
        "|---|---|---|",
        "| Brand tokens | ⚠️ Deviation | Two hex values kept, see below. |",
        "",
        "**Complexity Tracking** (violations requiring justification):",
        "",
        "| Violation | Why Needed | Simpler Alternative Rejected Because |",
        "|---|---|---|",
        "| Hex `#1278AF` | Not a palette key | The palette key is unverified |",
      ].join("\n"),
    );
    expect(lines(text, "gate-justification")).toEqual([]);
    expect(parsePlan(text).gates.map((g) => g.label)).toEqual(["Brand tokens"]);
  });
});

describe("a numbered scope in one principle's parenthesis", () => {
  it("is not its other name when another principle's name says it (`(Phase III)`)", () => {
    const constitution = [
      "# Constitution",
      "",
      "## Core Principles",
      "",
      "### I. Mandatory Technology Stack (Phase III)",
      "FastAPI and Next.js.",
      "",
      "### II. Phase III Code Immutability",
      "Phase III code is frozen.",
      "",
      "### III. Reproducible Deployment",
      "Helm charts.",
      "",
    ].join("\n");
    expect(
      uncoveredNames(
        "- **Phase III Code Immutability (II)**: ✅ untouched\n- **Reproducible Deployment (III)**: ✅ Helm",
        constitution,
      ),
    ).toEqual(["I. Mandatory Technology Stack (Phase III)"]);
  });
});

describe("round 65's checks", () => {
  it("reads a principle heading over an unticked checklist as an unchecked gate, each empty box reported", () => {
    const check = [
      "### I. Accuracy and Verification",
      "- [ ] All claims will be verified against official documentation",
      "- [x] Sources are cited",
      "- [ ] Examples are reproducible",
      "- [ ] Load tests: deferred to Phase 3 because the service has no traffic yet",
      "",
      "### II. Reproducibility",
      "- [x] Every step is repeatable",
      "",
      "### III. Security ✅",
      "- [ ] No secrets in content",
    ].join("\n");
    // Line 13 is `### I.`: its unticked boxes are lines 14 and 16 (line 17 gives its reason);
    // II's boxes are all ticked; III's heading is marked passed, but its mark ticks no box, so
    // its empty box (line 23) is open too (rounds 4, 88 and 111 labelled such boxes).
    expect(lines(plan(check), "gate-justification")).toEqual([14, 16, 23]);
    const messages = findings(plan(check), null, "gate-justification");
    expect(messages[0]).toContain("Gate `I. Accuracy and Verification` has an unticked box");
    expect(messages[1]).toContain("`Examples are reproducible`");
    expect(parsePlan(plan(check)).gates.map((g) => g.status)).toEqual([
      "unchecked",
      "pass",
      "unchecked",
    ]);
  });

  it("takes a deferral to a later spec-kit step as a pending gate's reason", () => {
    const check = [
      "| Gate | Status | Criteria |",
      "|---|---|---|",
      "| Gate 2: Pre-Tasks | 🔄 PENDING | Will validate after Phase 1 design completion |",
      "| Gate 3: Pre-Implementation | 🔄 PENDING | Will validate during `/speckit.tasks` |",
      "| Gate 4: Post-Implementation | 🔄 PENDING | Will validate during `/sp.implement` |",
      "| Code formatting | ⏳ TBD | Will apply `dart format` |",
    ].join("\n");
    expect(lines(plan(check), "gate-justification")).toEqual([18]);
  });

  it("takes `next step` as a deferral, as `next phase` is (round 574)", () => {
    const check = [
      "| # | Principle | Status | Notes |",
      "|---|---|---|---|",
      "| III | Tasks Before Execution | PENDING | tasks.md next step |",
      "| IV | Simplicity | PENDING | tasks.md file |",
    ].join("\n");
    expect(lines(plan(check), "gate-justification")).toEqual([16]);
  });
});

describe("an unchecked gate's note of purpose or of scope (round 581)", () => {
  it("takes `for future …` as what the gate asks, and `not specific to this module's plan` as a reason", () => {
    const check = [
      "- [x] **Clarity**: Content is written for learners.",
      "- [ ] **RAG Chatbot Fidelity**: Content will be structured for future RAG ingestion to maintain fidelity.",
      "- [ ] **Chatbot Embedding**: (Broader book project concern, not specific to this module's plan)",
      "- [ ] **Load tests**: deferred to a future release, the service has no traffic yet.",
      "- [ ] **Caching**: to be added in the future, once traffic justifies it.",
    ].join("\n");
    expect(lines(plan(check), "gate-justification")).toEqual([14]);
  });
});

describe("a column headed as the status whose cells are prose (round 580)", () => {
  it("reads no status from a word deep in its prose", () => {
    const check = [
      "| Constitution requirement | Plan compliance |",
      "|---|---|",
      "| Public docstrings on all symbols | `ruff` rules `D101–D107` enabled; mypy `--strict` rejects untyped exports |",
      "| Tests deterministic; flaky tests quarantined within 24h | All randomness routed through `hypothesis` (seeded) or fixed RNGs; CI re-runs disabled — failure is failure |",
      "| Integration tests for every public API contract | `tests/contract/` is mandatory for the API surface |",
    ].join("\n");
    expect(parsePlan(plan(check)).gates.map((g) => g.status)).toEqual([
      "unknown",
      "unknown",
      "unknown",
    ]);
    expect(lines(plan(check), "gate-justification")).toEqual([]);
  });

  it("still reads the statuses of a column whose cells lead with them", () => {
    const check = [
      "| Constitution requirement | Plan compliance |",
      "|---|---|",
      "| Public docstrings on all symbols | ✅ ruff rules enabled |",
      "| Tests deterministic | FAIL |",
      "| Integration tests for every public API contract | PASS, contract tests cover it |",
    ].join("\n");
    expect(parsePlan(plan(check)).gates.map((g) => g.status)).toEqual(["pass", "fail", "pass"]);
  });
});

describe("a list its label exempts", () => {
  it("takes `**NOT Required for MVP**:` as the reason of the failing items below it", () => {
    const check = [
      "**Pre-Deployment Gates**:",
      "- [ ] P1 user stories manually tested",
      "",
      "**NOT Required for MVP**:",
      "- ❌ Test coverage thresholds",
      "- ❌ Performance benchmarks",
    ].join("\n");
    // Line 14 is the unticked pre-deployment box; lines 17-18 are exempted by their label.
    expect(lines(plan(check), "gate-justification")).toEqual([14]);
    const korean = [
      "**예외 승인됨**: 프로토타입 목적으로 보안 요구사항 완화",
      "- ❌ 이체 한도 관리: 프로토타입에서 제외",
      "",
      "**보안 검토**:",
      "- ❌ 암호화 통신",
    ].join("\n");
    expect(lines(plan(korean), "gate-justification")).toEqual([17]);
  });

  it("does not take a label that only names the phase as an exemption", () => {
    const check = [
      "**Checks for this phase**:",
      "- [ ] Contract tests written",
      "- ❌ Lint clean",
    ].join("\n");
    expect(lines(plan(check), "gate-justification")).toEqual([14, 15]);
  });
});

describe("round 66's checks", () => {
  it("reads a plain item's status after a full-width colon with no blank after it", () => {
    const check = [
      "- 用户输入审查：⚠️ 本功能不接收用户自由文本，属于 AI 输出；保留提示词约束与最小化处理",
      "- API 响应 ≤2s：❌",
    ].join("\n");
    const gates = parsePlan(plan(check)).gates;
    expect(gates.map((g) => [g.label, g.status])).toEqual([
      ["用户输入审查", "needs-review"],
      ["API 响应 ≤2s", "fail"],
    ]);
    expect(gates[0]?.reason).toContain("本功能不接收用户自由文本");
    // The first gives its reason; the second gives none.
    expect(lines(plan(check), "gate-justification")).toEqual([14]);
  });

  it("reports a gate whose Complexity Tracking row says it is not justified, whatever its note", () => {
    const withRows = (rows: string[]): string =>
      [
        plan(
          [
            "| Principle | Status | Notes |",
            "|---|---|---|",
            "| III. Layered Backend | ❌ FAIL | The controller holds all business logic inline. |",
            "| VI. Schema Append-Only | ⚠️ PARTIAL | Non-atomic chain not documented in the code. |",
          ].join("\n"),
        ),
        "## Complexity Tracking",
        "",
        "| Violation | Why Needed | Simpler Alternative Rejected Because |",
        "|---|---|---|",
        ...rows,
        "",
      ].join("\n");
    const denied = withRows([
      "| Logic in the controller (Principle III) | Not needed — accepted debt, not a justified design choice | A service would fix it |",
      "| Undocumented chain (Principle VI) | A Javadoc note is planned in the next task | Low risk |",
    ]);
    const constitution = [
      "# Constitution",
      "",
      "## Core Principles",
      "",
      "### III. Layered Backend",
      "Controllers delegate to services.",
      "",
      "### VI. Schema Append-Only",
      "Changesets are never edited.",
      "",
      "**Version**: 1.0.0 | **Ratified**: 2026-01-01 | **Last Amended**: 2026-01-01",
      "",
    ].join("\n");
    const lineOf = (text: string): number[] => lines(text, "gate-justification", constitution);
    // Line 15 is III's row; its Complexity Tracking row (line 26) denies a justification. VI's
    // row justifies it.
    expect(lineOf(denied)).toEqual([15]);
    expect(findings(denied, constitution, "gate-justification")[0]).toContain(
      "Complexity Tracking row that records it (line 26) says it is not justified",
    );
    const korean = withRows([
      "| 컨트롤러 로직 (원칙 III) | 기본 실행 경로에서 분리하지 않은 것은 정당화되지 않는다 | 서비스 분리 |",
    ]);
    expect(lineOf(korean)).toEqual([15]);
    // A row that justifies: III passes on its row, VI on its note.
    const justified = withRows([
      "| Logic in the controller (Principle III) | The port keeps the legacy shape for one release | A service would double the change |",
    ]);
    expect(lineOf(justified)).toEqual([]);
  });
});

describe("round 67's checks", () => {
  it("reads `no blocking violations` as a pass and a deviation (`Écart`, `DEVIATION`) as needing review", () => {
    const check = [
      "| Principle | Status | Notes |",
      "|---|---|---|",
      "| VI. Tests | **Écart** | Aucun test de la grille. |",
      "| VII. Docs | DEVIATION | |",
      "| VIII. Style | No deviations | |",
      "",
      "**Pre-research gate: PASSED** — no blocking violations.",
    ].join("\n");
    expect(parsePlan(plan(check)).gates.map((g) => [g.line, g.status])).toEqual([
      [15, "needs-review"],
      [16, "needs-review"],
      [17, "pass"],
      [19, "pass"],
    ]);
    // VI gives a note (an explanation answers a NEEDS REVIEW gate); VII gives none.
    expect(lines(plan(check), "gate-justification")).toEqual([16]);
  });

  it("reads `not a deviation` as a pass, and a deviation named for what it is as needing review (round 129)", () => {
    const check = [
      "- **G4 (Constructive Objection)** — the one flagged gap is now resolved in the design. Tracked as required work, not a deviation.",
      "- **G5 (Docs)** — one deviation from the style guide, for the generated client.",
    ].join("\n");
    expect(parsePlan(plan(check)).gates.map((g) => [g.line, g.status])).toEqual([
      [13, "pass"],
      [14, "needs-review"],
    ]);
  });

  it("takes a negation a word or two before `justified` in a Complexity Tracking row as a denial", () => {
    const constitution = [
      "# Constitution",
      "",
      "## Core Principles",
      "",
      "### VI. Tests de la logique",
      "Chaque widget clé est testé.",
      "",
      "**Version**: 1.0.0 | **Ratified**: 2026-01-01 | **Last Amended**: 2026-01-01",
      "",
    ].join("\n");
    const withRow = (why: string): string =>
      [
        plan(
          [
            "| Principe | Statut | Notes |",
            "|---|---|---|",
            "| VI. Tests de la logique | ❌ Écart | Aucun test de grille. Voir Complexity Tracking. |",
          ].join("\n"),
        ),
        "## Complexity Tracking",
        "",
        "| Violation | Why Needed | Simpler Alternative Rejected Because |",
        "|---|---|---|",
        `| Principe VI : aucun test de la grille | Correctif visuel vérifié à l'écran | ${why} |`,
        "",
      ].join("\n");
    const lineOf = (text: string): number[] => lines(text, "gate-justification", constitution);
    expect(
      lineOf(withRow("Un test serait possible ; c'est une dette à combler, pas un choix justifié")),
    ).toEqual([15]);
    expect(lineOf(withRow("Not needed — justified by the visual check"))).toEqual([]);
    expect(lineOf(withRow("Un test de widget doublerait le temps de CI"))).toEqual([]);
  });
});

describe("a list item written wholly in bold", () => {
  it("reads its status after a dash inside the bold, as a plain item's", () => {
    const check = [
      "- **원칙 I (가독성) — 대체로 준수.**",
      "- **원칙 III (검증 가능한 변경) — 위반 1건 잔존.**",
      "  CI 테스트 단계가 없다.",
      "- **Principle IV: FAILING**",
      "- **Backend**",
      "  - Express 5",
    ].join("\n");
    expect(parsePlan(plan(check)).gates.map((g) => [g.line, g.label, g.status])).toEqual([
      [13, "원칙 I (가독성)", "pass"],
      [14, "원칙 III (검증 가능한 변경)", "fail"],
      [16, "Principle IV", "fail"],
    ]);
    // III gives a detail line below it; IV gives nothing.
    expect(lines(plan(check), "gate-justification")).toEqual([16]);
  });
});

describe("round 72's checks", () => {
  it("takes the note a colonless item carries in its own text only when it says why", () => {
    const check = [
      "**Principle II: Chatbot**",
      "- ⚠️ Out of scope for this feature (separate future implementation per spec)",
      "",
      "**Security Requirements**:",
      "- [ ] Full OAuth 2.0/OIDC authentication (deferred to Phase 2+)",
      "- [ ] HTTPS enforcement (TLS 1.3 minimum) (infrastructure concern, deferred)",
      "- [ ] API p95 latency < 200ms (to be benchmarked)",
      "- [ ] Security considerations addressed",
    ].join("\n");
    // The first three say why (out of scope, deferred); the last two only describe the gate.
    expect(lines(plan(check), "gate-justification")).toEqual([19, 20]);
  });

  it("reads a `## Gates` section right after the Constitution Check as the check's gates", () => {
    const withGates = (between: string): string =>
      plan("- **I. X**: ✅").replace(
        "## Project Structure",
        [
          ...(between ? [between, "", "Notes.", ""] : []),
          "## Gates",
          "",
          "### Gate 3: Quality Assurance",
          "- [x] Error handling defined",
          "- [ ] Security considerations addressed",
          "",
          "## Project Structure",
        ].join("\n"),
      );
    expect(lines(withGates(""), "gate-justification")).toEqual([19]);
    // A parenthesis after the title says when they hold.
    expect(
      lines(
        withGates("").replace("## Gates", "## Gates (MUST PASS before proceeding)"),
        "gate-justification",
      ),
    ).toEqual([19]);
    // Further down, after another section, the gates are the feature's own release criteria.
    expect(lines(withGates("## Phase 0: Research"), "gate-justification")).toEqual([]);
  });

  it("reads `### 2.3 Workspace 结构` and `## Monorepo Layout` as the Project Structure", () => {
    const titled = (heading: string): string =>
      plan("- **I. X**: ✅").replace("## Project Structure", heading);
    expect(lines(titled("### 2.3 Workspace 结构"), "required-section")).toEqual([]);
    expect(lines(titled("## Monorepo Layout"), "required-section")).toEqual([]);
  });

  it("reads `## Package Structure` and `## 1. Structure du package` as the Project Structure (round 144)", () => {
    const titled = (heading: string): string =>
      plan("- **I. X**: ✅").replace("## Project Structure", heading);
    expect(lines(titled("## Package Structure"), "required-section")).toEqual([]);
    expect(lines(titled("## 1. Structure du package"), "required-section")).toEqual([]);
    expect(lines(titled("## Package Versions"), "required-section")).toEqual([1]);
  });
});

describe("a failing gate whose note says its remediation is planned (round 572)", () => {
  it("is the gap, not its justification", () => {
    const check = [
      "| Principle | Status | Evidence |",
      "|---|---|---|",
      "| III. Accessibility Required | Fail | Interactive divs lack role and tabindex. Search input lacks a label. Remediation planned in US6. |",
      "| IV. Simplicity | Fail | One extra service is needed for the queue; see the remediation guide for the rollback path. |",
    ].join("\n");
    // IV's note gives a reason and only names a remediation guide.
    expect(lines(plan(check), "gate-justification")).toEqual([15]);
  });
});

describe("round 75's checks", () => {
  it("does not take a note that says what is still to be fixed as a justification", () => {
    const check = [
      "| Principle | Status | Notes |",
      "|---|---|---|",
      "| III. Interaction | ⚠️ PARTIAL | Mobile nav is broken (no hamburger). Must fix before handoff. |",
      "| VII. Testing | ⚠️ NEEDS COMPLETION | No tests yet. All tests MUST be written in Phase 4. |",
      "| V. Records | ⚠️ Required | A record must be written, tracked as OPS-31. |",
      "| VI. Docs | ⚠️ PARTIAL | The API reference is generated from the schema instead. |",
      "| VIII. TDD | ⚠️ ADAPTED | - Rule: Tests MUST be written first - Compliance: helm lint and dry-run tests |",
    ].join("\n");
    // VII names the phase, V a ticket, VI gives a reason, VIII quotes its rule and says how it
    // complies: only III is the gap itself.
    expect(lines(plan(check), "gate-justification")).toEqual([15]);
  });

  it("reads a note that says what to add to satisfy the constitution as the fix still to be made (round 144)", () => {
    const check = [
      "| Principle | Pass/Fail | Notes |",
      "|---|---|---|",
      "| V. Observability | FAIL | Tasks only add tracing logs; add OTEL tracer + OTLP exporter to satisfy constitution. |",
      "| VI. Docs | FAIL | The API reference is generated instead, which satisfies the constitution's intent. |",
    ].join("\n");
    expect(lines(plan(check), "gate-justification")).toEqual([15]);
    expect(findings(plan(check), null, "gate-justification")[0]).toContain(
      "says a fix is still to be made",
    );
  });

  it("takes the Complexity Tracking rows a result line sends the open gates to as theirs", () => {
    const withResult = (result: string, rows: string[]): string =>
      [
        plan(
          [
            "- [x] Frontend scope is isolated.",
            "- [ ] API integration targets `http://localhost:8080` through one base URL.",
            "",
            `**Gate Result**: ${result}`,
          ].join("\n"),
        ),
        "## Complexity Tracking",
        "",
        "| Violation | Why Needed | Simpler Alternative Rejected Because |",
        "|---|---|---|",
        ...rows,
        "",
      ].join("\n");
    const row =
      "| Base URL rule `http://localhost:8080` | One origin removes CORS | A direct URL fails FR-001 |";
    expect(
      lines(
        withResult("CONDITIONAL (exception recorded in Complexity Tracking)", [row]),
        "gate-justification",
      ),
    ).toEqual([]);
    // A result that points nowhere, or a table with no real row, justifies nothing.
    // (A bare `CONDITIONAL` result is itself unexplained.)
    expect(lines(withResult("CONDITIONAL", [row]), "gate-justification")).toEqual([14, 16]);
    expect(
      lines(withResult("CONDITIONAL (see Complexity Tracking)", []), "gate-justification"),
    ).toEqual([14]);
  });
});

describe("round 74's and 76's checks", () => {
  it("does not read a gate's own `- Status:` line as a verdict when a nested check walks it again", () => {
    const check = [
      "### Constitutional Requirements Analysis",
      "",
      "⚠️ **Full-Stack Architecture Standards**",
      "- Status: PARTIAL COMPLIANCE",
      "- Better Auth in Next.js (not FastAPI) — justified: Node.js library, no Python port",
    ].join("\n");
    expect(parsePlan(plan(check)).gates.map((g) => [g.line, g.form, g.status])).toEqual([
      [15, "label", "needs-review"],
    ]);
    expect(lines(plan(check), "gate-justification")).toEqual([]);
  });

  it("takes a result line that defers its group, with the reason, as its open boxes' justification", () => {
    const group = (status: string): string =>
      plan(
        [
          "### Gate 6: RAG Integration",
          "- [ ] Content structured for future RAG indexing",
          "- [ ] Markdown format compatible with chunking",
          "",
          `**Status**: ${status}`,
        ].join("\n"),
      );
    expect(
      lines(
        group("⏸️ DEFERRED - Chatbot in Phase 2, content structured for later"),
        "gate-justification",
      ),
    ).toEqual([]);
    // A deferral with no reason, or a pending status that does not defer, explains nothing.
    expect(lines(group("⏸️ DEFERRED"), "gate-justification")).toEqual([14, 15, 17]);
    expect(lines(group("⏳ PENDING - the chunker is being written"), "gate-justification")).toEqual(
      [14, 15, 17],
    );
  });

  it("reads a gate labelled by a range of numerals as checking each principle in it", () => {
    const constitution = [
      "# X Constitution",
      "",
      "## Core Principles",
      "",
      "### I. Robotics Focus",
      "Robots.",
      "",
      "### II. Simulation",
      "Sims.",
      "",
      "### III. Digital Twin",
      "Twins.",
      "",
      "### IV. Learning Outcomes",
      "Outcomes.",
      "",
      "**Version**: 1.0.0 | **Ratified**: 2025-01-01 | **Last Amended**: 2025-01-01",
    ].join("\n");
    const table = (first: string): string =>
      [
        "| Principle | Status | Notes |",
        "|---|---|---|",
        `| ${first} | N/A | Feature is infrastructure for book delivery |`,
        "| IV (Learning Outcomes) | ✅ Aligned | Enables adaptive content |",
      ].join("\n");
    expect(uncoveredNames(table("I-III (Robotics Focus)"), constitution)).toEqual([]);
    expect(uncoveredNames(table("I (Robotics Focus)"), constitution)).toEqual([
      "II. Simulation",
      "III. Digital Twin",
    ]);
  });
});

describe("a status that says the gap is open", () => {
  it("needs a note that says why the gap is acceptable, not what is missing", () => {
    const check = [
      "| # | 原则 | 状态 | 说明 |",
      "|---|---|---|---|",
      "| VIII | 公共接口向后兼容 | ⚠️ 缺口 | WebSocket/REST/MCP 接口无版本策略 |",
      "| IX | 数据变更可回滚 | ⚠️ 缺口 | 当前使用 drizzle-kit push，因为原型阶段无生产数据 |",
      "| II | Route Protection | ⚠️ GAP (fix planifié) | `middleware.ts` retire `receptionist` de `/tarification` |",
      "| III | Audit Log | ⚠️ PARTIAL | Writes are logged; reads are not logged yet |",
    ].join("\n");
    // IX says why (因为), II's fix is this plan's, III is no gap status: only VIII is reported.
    expect(lines(plan(check), "gate-justification")).toEqual([15]);
  });

  it("reads `Requires change` and its translations as a gap, and quotes the note without it", () => {
    const check = [
      "| Regra | Status | Ação Requerida |",
      "|---|---|---|",
      "| Tokens-First | ⚠️ Requer Mudança | Adicionar Legend Colors aos tokens |",
      "| Docs-First | ⚠️ Requires change | Storybook pages move to MDX, because v8 drops CSF2 |",
      "| A11y-First | ⚠️ PARTIAL | Radix primitives kept; focus rings restyled |",
    ].join("\n");
    // Docs-First says why (because); A11y-First's status is no gap: only Tokens-First is reported.
    const found = findings(plan(check), null, "gate-justification");
    expect(found.map((f) => Number(f.split(" ")[0]))).toEqual([15]);
    expect(found[0]).toContain("the note beside it, `Adicionar Legend Colors aos tokens`,");
  });
});

describe("a bold `**GATE**:` line that gives the check's status", () => {
  it("reads `**GATE**: 要更新 — …` (needs update) as the check's verdict, open until justified", () => {
    const check = (gate: string): string =>
      plan([gate, "", "- Astroベストプラクティス遵守"].join("\n"));
    expect(
      lines(
        check("**GATE**: 要更新 — 以下の憲章ゲートに準拠していることを確認する"),
        "gate-justification",
      ),
    ).toEqual([13]);
    expect(
      lines(check("**GATE**: NEEDS UPDATE — confirm the gates below"), "gate-justification"),
    ).toEqual([13]);
    expect(lines(check("**GATE**: PASS — all gates below hold"), "gate-justification")).toEqual([]);
    // The template's instruction, in either emphasis, is no verdict.
    for (const instruction of [
      "*GATE: Must pass before Phase 0 research. Re-check after Phase 1 design.*",
      "**GATE**: Must pass before Phase 0 research. Re-check after Phase 1 design.",
    ])
      expect(parsePlan(check(instruction)).gates.map((g) => g.line)).toEqual([15]);
  });
});

describe("a figure joined to a word by a hyphen", () => {
  it("is no principle numeral: `4-layer architecture` does not call principle 4 or an architecture principle", () => {
    const constitution = [
      "# X Constitution",
      "",
      "## Core Principles",
      "",
      ...[
        "Spec-Driven Development",
        "Traceability",
        "Security by Design",
        "Separation of Concerns",
        "Scalability Ready",
        "Stateless Architecture",
      ].flatMap((name, k) => [
        `### ${["I", "II", "III", "IV", "V", "VI"][k]}. ${name}`,
        "",
        "Rule.",
        "",
      ]),
      "**Version**: 1.0.0 | **Ratified**: 2025-01-01",
    ].join("\n");
    const check = [
      "| Principle | Gate | Status | Evidence |",
      "|---|---|---|---|",
      "| I. Spec-Driven Development | Specs first | PASS | 5 spec files |",
      "| IV. Maintainability | Modular code, separation of concerns | PASS | 4-layer architecture designed |",
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual([
      "II. Traceability",
      "III. Security by Design",
      "V. Scalability Ready",
      "VI. Stateless Architecture",
    ]);
  });
});

describe("a gate labelled by its numerals alone", () => {
  const constitution = [
    "# X Constitution",
    "",
    "## Core Principles",
    "",
    ...[
      "Registra, Nunca Interpreta",
      "Privacidad",
      "Stack Fijo",
      "Freemium",
      "Simplicidad",
    ].flatMap((name, k) => [
      `### ${["I", "II", "III", "IV", "V"][k]}. ${name}`,
      "",
      "Rule text.",
      "",
    ]),
    "**Version**: 1.0.0 | **Ratified**: 2025-01-01",
  ].join("\n");
  it("addresses the principles it numbers: `**I**`, `**III, IV**`, `**V.**`", () => {
    const check = [
      "- **I**: texto informativo, sin consejo. ✅",
      "- **II**: la foto sigue en la cuenta. ✅",
      "- **III, IV**: sin cuentas ni planes nuevos. ✅",
      "- **V.**: sin librerías. ✅",
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual([]);
  });
  it("leaves out the principles it does not number", () => {
    const check = ["- **I**: texto informativo. ✅", "- **III, IV**: sin cuentas. ✅"].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual(["II. Privacidad", "V. Simplicidad"]);
  });
});

describe("a result line's finding", () => {
  it("quotes the result as its author labelled it, not by the engine's own label", () => {
    const found = findings(
      plan("**Initial Assessment**: **FAIL**\n\n- ✅ Library-first"),
      null,
      "gate-justification",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^13 Gate `Initial Assessment` is failing/);
    expect(found[0]).not.toContain("Gate result");
  });
});

describe("a note that says what is still needed", () => {
  it("is the gap beside a PARTIAL gate, not its justification", () => {
    const table = (note: string): string =>
      [
        "| Principle | Compliance Status | Notes / Actions |",
        "|---|---|---|",
        `| SOLID / Dependency Inversion | Partial | ${note} |`,
      ].join("\n");
    for (const note of [
      "Need explicit interface layer for repository to allow Azure SQL swap.",
      "Logging & metrics plan needed; adopt structured log schema early.",
      "Password policy, rate limits, PII masking pending; add to research.",
      "No test framework yet. Must establish testing infrastructure before implementation.",
    ])
      expect(lines(plan(table(note)), "gate-justification")).toEqual([15]);
    // A reason that says why the gap is acceptable still justifies it.
    expect(
      lines(
        plan(table("Interfaces are not needed for a single in-memory store; deferred to Phase 3.")),
        "gate-justification",
      ),
    ).toEqual([]);
  });

  it("is the gap when an item below the gate opens with it", () => {
    const check = (item: string): string =>
      plan(
        [
          "**IV. Privacy and Security**: ⚠ ATTENTION REQUIRED",
          "- Google AI service integration sends data externally",
          `- ${item}`,
          "- Clear disclosure of data sharing with Google AI",
        ].join("\n"),
      );
    expect(lines(check("Need user consent for external processing"), "gate-justification")).toEqual(
      [13],
    );
    // An item about the need for something, or one saying why the gap is acceptable, is not.
    expect(lines(check("Need for consent is covered by the ToS"), "gate-justification")).toEqual(
      [],
    );
    expect(
      lines(
        check("Need user consent: deferred to Phase 2 (no EU users yet)"),
        "gate-justification",
      ),
    ).toEqual([]);
  });
});

describe("a rule of the constitution cited beside a gate", () => {
  it("is what the gate checks, not a ticket it is tracked in", () => {
    const check = [
      "**Phase Compliance** (per Constitution Section III):",
      "- [ ] No future-phase technologies used (RULE PG-002)",
      "- [ ] Clean architecture principles followed (RULE QP-001 to QP-004)",
      "- [ ] Load tests (deferred, tracked in OPS-31)",
    ].join("\n");
    expect(lines(plan(check), "gate-justification")).toEqual([14, 15]);
  });
});

describe("tests put off beside a test-first gate", () => {
  it("are the violation, not its reason", () => {
    const row = (gate: string, note: string): string =>
      plan(
        [
          "| Principle | Compliance | Evidence |",
          "|---|---|---|",
          "| Spec-First Development | ✅ PASS | spec.md exists |",
          `| ${gate} | ⚠️ DEFER | ${note} |`,
        ].join("\n"),
      );
    const found = findings(
      row(
        "Test-First Implementation",
        "Tests will be written during implementation via /sp.implement",
      ),
      null,
      "gate-justification",
    );
    expect(found.map((f) => Number(f.split(" ")[0]))).toEqual([16]);
    expect(found[0]).toContain("puts the tests after the code");
    expect(
      lines(
        row("VII. Testing Requirements", "Unit tests will be added in later phase"),
        "gate-justification",
      ),
    ).toEqual([16]);
    // The tests written first in the tasks phase, or another gate deferred, are reasons.
    expect(
      lines(
        row("Test-First Implementation", "Tasks phase will create the tests first"),
        "gate-justification",
      ),
    ).toEqual([]);
    expect(
      lines(
        row("Observability", "Dashboards will be added in a later phase"),
        "gate-justification",
      ),
    ).toEqual([]);
  });
});

describe("a heading marked passed over boxes left empty", () => {
  it("reports each empty box: the heading's mark ticks none of them", () => {
    const check = (status: string): string =>
      plan(
        [
          "### ✅ Test-Driven Development",
          "- [x] Contract tests listed first",
          "- [ ] Unit tests for CategoriesService",
          "- [ ] End-to-end tests for the creation flow",
          status,
        ].join("\n"),
      );
    expect(
      lines(
        check("- **Status**: PASS with condition - Tests must be written later"),
        "gate-justification",
      ),
    ).toEqual([15, 16]);
    // A reason beside the heading's status still justifies its open boxes.
    expect(
      lines(
        check("- **Status**: PASS - deferred to Phase 3 because the API is not frozen"),
        "gate-justification",
      ),
    ).toEqual([]);
    // With every box ticked, the heading passes.
    expect(lines(check("").replaceAll("- [ ]", "- [x]"), "gate-justification")).toEqual([]);
  });
});

describe("a principle heading passed by a verdict line below it", () => {
  it("has judged the checklist under it: its empty boxes are the checks implementation will run", () => {
    const check = [
      "### Principle II: Authentication & Security (STRICT)",
      "",
      "✅ **PASS**: JWT authentication enforced on the chat endpoint.",
      "",
      "**Validation checklist**:",
      "- [ ] Chat endpoint validates JWT before processing messages",
      "- [ ] Unauthenticated chat requests return HTTP 401",
    ].join("\n");
    expect(parsePlan(plan(check)).gates.map((g) => [g.line, g.status])).toEqual([[13, "pass"]]);
    expect(lines(plan(check), "gate-justification")).toEqual([]);
    // Without the verdict the boxes are its status, each empty one reported.
    expect(lines(plan(check.replace("✅ **PASS**: ", "")), "gate-justification")).toEqual([18, 19]);
  });
});

describe("a tally of the check", () => {
  it("is no gate: `**Failed**: 0 ❌` and `**Warnings**: 0 ⚠️` count the gates above", () => {
    const check = [
      "- ✅ **I. Library-First**: shared code lives in a library",
      "",
      "**Total Gates**: 1",
      "**Passed**: 1 ✅",
      "**Failed**: 0 ❌",
      "**Warnings**: 0 ⚠️",
    ].join("\n");
    expect(lines(plan(check), "gate-justification")).toEqual([]);
    expect(parsePlan(plan(check)).gates.map((g) => g.label)).not.toContain("Failed");
    // A status with words is still a gate.
    expect(lines(plan(`${check}\n**Security**: ❌ FAIL`), "gate-justification")).toEqual([19]);
  });
});

describe("a box drawn with a status mark in it", () => {
  it("takes the mark's status (`- [✓]` passes, `- [⚠]` needs review, `- [✗]` fails)", () => {
    const check = [
      "**Error Resilience**",
      "- [✓] Partial success preferred over complete failure",
      "- [⚠] Feature accessible via both HTTP API and CLI",
      "- [✗] Tests run on Bun",
    ].join("\n");
    expect(parsePlan(plan(check)).gates.map((g) => [g.line, g.status])).toEqual([
      [14, "pass"],
      [15, "needs-review"],
      [16, "fail"],
    ]);
    // The passed one is no failing gate for the word `failure` in its text (and an item
    // marked only `⚠` that names no principle is a note).
    expect(lines(plan(check), "gate-justification")).toEqual([16]);
  });
});

describe("an item that a passed group leaves open", () => {
  it("reads `- Rate limiting (NEEDS IMPLEMENTATION)` under `**✅ Security Standards**` as a gate", () => {
    const group = (item: string): string =>
      plan(["**✅ Security Standards**", "- JWT verification on every request", item].join("\n"));
    expect(
      lines(
        group("- Rate limiting on auth endpoints (NEEDS IMPLEMENTATION)"),
        "gate-justification",
      ),
    ).toEqual([15]);
    expect(lines(group("- Audit log (PENDING)."), "gate-justification")).toEqual([15]);
    // Not a status in the item's words, nor a mark that goes on with a plan to fix it.
    expect(
      lines(group("- Clear status indicators: [TODO] and [DONE]"), "gate-justification"),
    ).toEqual([]);
    expect(lines(group("- Auth routes inconsistent ✗ → Will fix"), "gate-justification")).toEqual(
      [],
    );
    expect(lines(group("- Pending orders page (React)"), "gate-justification")).toEqual([]);
  });
});

describe("an open gate the post-design re-check passes", () => {
  it("is resolved by the re-check that lists it again, ticked", () => {
    const withRecheck = (second: string): string =>
      plan(
        [
          "- [ ] Minimal viable solution designed first",
          "- [ ] Extensibility patterns implemented",
        ].join("\n"),
      ).replace(
        "## Project Structure",
        [
          "## Re-evaluation of Constitution Check",
          "",
          "Post-design evaluation:",
          "",
          "- [x] Minimal viable solution designed first",
          `- ${second} Extensibility patterns implemented`,
          "",
          "## Project Structure",
        ].join("\n"),
      );
    expect(lines(withRecheck("[x]"), "gate-justification")).toEqual([]);
    // Left open in the re-check too, it is reported in both phases.
    expect(lines(withRecheck("[ ]"), "gate-justification")).toEqual([14, 21]);
  });

  it("is resolved by a re-check that passes its principle under another label (round 139)", () => {
    const constitution = [
      "# Constitution",
      "",
      "## Core Principles",
      "",
      "### 3. Comprehensive Testing Discipline",
      "Coverage of 85% at least.",
      "",
      "### 4. TypeScript-First",
      "No `any`.",
      "",
      "**Version**: 1.0.0 | **Ratified**: 2026-01-01 | **Last Amended**: 2026-01-01",
    ].join("\n");
    const withRecheck = (second: string): string =>
      plan(
        [
          "| # | Principle | Status | Notes |",
          "|---|---|---|---|",
          "| 3 | **Comprehensive Testing Discipline** | ⚠️ GAP | Idempotency tests missing. **Action**: expand the suite. |",
          "| 4 | **TypeScript-First** | ⚠️ GAP | `@ts-ignore` in routes. **Action**: add response types. |",
        ].join("\n"),
      ).replace(
        "## Project Structure",
        [
          "## Post-Phase 1 Constitution Re-Check",
          "",
          "| Principle | Re-check Status |",
          "|---|---|",
          "| 3 (Testing) | ✅ All gaps addressed by TEST-01 to TEST-05 |",
          `| 4 (TypeScript) | ${second} |`,
          "",
          "## Project Structure",
        ].join("\n"),
      );
    expect(
      lines(withRecheck("✅ TYPE-01 removes `@ts-ignore`"), "gate-justification", constitution),
    ).toEqual([]);
    // A principle the re-check leaves open keeps its initial gate reported.
    expect(
      lines(withRecheck("⚠️ PARTIAL — one `any` left"), "gate-justification", constitution),
    ).toEqual([16]);
    // Without the constitution to say which principle each label names, nothing is matched.
    expect(lines(withRecheck("✅ TYPE-01 removes `@ts-ignore`"), "gate-justification")).toEqual([
      15, 16,
    ]);
  });

  it("resolves the initial check's note that the re-check is to come, once the re-check passes", () => {
    const withRecheck = (second: string): string =>
      plan(
        [
          "- **Type Safety First**: PASS — strict TS",
          "- **Zero Runtime Dependencies**: PASS — native fetch",
          "",
          "**Post-Design Check (Phase 1)**: Pending — To be verified after design artifacts generated.",
        ].join("\n"),
      ).replace(
        "## Project Structure",
        [
          "## Post-Design Constitution Check (Phase 1)",
          "",
          "- **Type Safety First**: ✅ PASS — types in data-model.md",
          `- **Zero Runtime Dependencies**: ${second} — native fetch only`,
          "",
          "**All gates passed.**",
          "",
          "## Project Structure",
        ].join("\n"),
      );
    expect(lines(withRecheck("✅ PASS"), "gate-justification")).toEqual([]);
    // A re-check that leaves a gate open does not resolve the note: both are reported.
    expect(lines(withRecheck("⏳ PENDING"), "gate-justification")).toEqual([16, 21]);
    // Without a re-check below it, the note is an open gate.
    expect(
      lines(
        plan(
          "**Post-Design Check (Phase 1)**: Pending — To be verified after design artifacts generated.",
        ),
        "gate-justification",
      ),
    ).toEqual([13]);
  });
});

describe("the finding on a gate whose note is not a reason", () => {
  const message = (check: string): string =>
    findings(plan(check), null, "gate-justification")[0] ?? "";

  it("quotes the note and says why it is not a reason", () => {
    const table = (status: string, note: string): string =>
      [
        "| Principle | Status | Notes |",
        "|---|---|---|",
        `| III. Interaction | ${status} | ${note} |`,
      ].join("\n");
    expect(
      message(table("⚠️ PARTIAL", "Mobile nav is broken. Must fix before handoff.")),
    ).toContain(
      "the note beside it, `Mobile nav is broken. Must fix before handoff.`, says a fix is still to be made",
    );
    expect(message(table("⏳ Pending", "Lighthouse above 90 on new pages"))).toContain(
      "the note beside it, `Lighthouse above 90 on new pages`, describes the gate, not why leaving it open is acceptable",
    );
    expect(message(table("❌ FAIL", "This is a major violation."))).toContain(
      "restates the violation without saying why it is acceptable",
    );
    expect(message(table("❌ FAIL", "later"))).toContain(
      "the note beside it, `later`, is too short to say why",
    );
  });

  it("says nothing is written when nothing is", () => {
    const empty = message(
      ["| Principle | Status | Notes |", "|---|---|---|", "| III. Interaction | ❌ FAIL | |"].join(
        "\n",
      ),
    );
    expect(empty).toContain("no reason is written beside it");
    expect(empty).not.toContain("the note beside it");
  });
});

describe("a component file's blocks in the repository's template", () => {
  it("are markup, not angle placeholders, where the plan shows them in code", () => {
    const template = [
      "# Implementation Plan: [FEATURE]",
      "",
      'Components are ordered `<template>` → `<script setup lang="ts">` → `<style scoped>`.',
      "Services live in `services/<service-name>/`.",
      "",
    ].join("\n");
    const text = plan("- **I. X**: ✅").replace(
      "## Project Structure",
      [
        "```vue",
        "<template>",
        "  <HeroSection />",
        "</template>",
        "<style>",
        "</style>",
        "```",
        "",
        "Left in: `services/<service-name>/`.",
        "",
        "## Project Structure",
      ].join("\n"),
    );
    const found = checked(text, null, template)
      .findings.filter((f) => f.rule === "no-placeholder")
      .map((f) => f.message.match(/`([^`]+)`/)?.[1]);
    expect(found).toEqual(["<service-name>"]);
  });
});

describe("a count or a none right after the clarification marker", () => {
  /** The lines of a check's open questions, the check's lines starting at line 13. */
  const open = (check: string[]): number[] =>
    lines(plan(check.join("\n")), "no-unresolved-clarification");

  it("reads `NEEDS CLARIFICATION 0건` and a row labelled by the marker and answered none as resolved", () => {
    const check = [
      "| 항목 | 값 |",
      "|---|---|",
      "| NEEDS CLARIFICATION | 없음 — research.md 로 전부 해소 |",
      "| Storage | NEEDS CLARIFICATION |",
      "| Testing | NEEDS CLARIFICATION | none chosen yet |",
      "",
      "- [x] Phase 0: research.md 생성, NEEDS CLARIFICATION 0건",
      "- Open: NEEDS CLARIFICATION on the retention period",
    ];
    // The Storage and Testing values are open; so is the last line's question.
    expect(open(check)).toEqual([16, 17, 20]);
  });

  it("reads the markers as a kind, or one that stands elsewhere, as no open question", () => {
    const check = [
      "- [x] NEEDS CLARIFICATION items from spec reviewed - 5 critical items resolved via /clarify",
      "Gate Decision: PASS. Phase 0 proceeds to resolve remaining NEEDS CLARIFICATION items.",
      "- Current project has no test framework (NEEDS CLARIFICATION in Technical Context)",
      "- **Note**: Encryption library choice NEEDS CLARIFICATION in research phase",
      "- Which queue? NEEDS CLARIFICATION",
      "Proceeding while flagging the absence of governance details as NEEDS CLARIFICATION.",
    ];
    // Lines 16 and 17 are questions of this plan, open here; the last one says how it marks
    // them.
    expect(open(check)).toEqual([16, 17]);
  });

  it("reads a bold label of the marker answered none (`**NEEDS CLARIFICATION**: 無（…）`) as resolved", () => {
    const check = [
      "**NEEDS CLARIFICATION**: 無（spec 撰寫前討論已全數拍板）。",
      "- **NEEDS CLARIFICATION**: None.",
      "__NEEDS CLARIFICATION__: 0 items",
      "**NEEDS CLARIFICATION**: all resolved in research.md",
      "**NEEDS CLARIFICATION**: none of the hosting options fit",
      "**NEEDS CLARIFICATION**: which database?",
      "**Storage**: **NEEDS CLARIFICATION**: none chosen",
    ];
    // A none that goes on as a sentence, a question, and a field's value are open.
    expect(open(check)).toEqual([17, 18, 19]);
  });
});

describe("a check numbered I to N for the N principles, in order", () => {
  const constitution = [
    "# Constituição",
    "",
    "## Princípios",
    "",
    "### I. Skills de Arquitetura Obrigatórias",
    "Use as skills.",
    "",
    "### II. Stack Tecnológica Fixa",
    "React e .NET.",
    "",
    "### III. Case Sensitivity de Diretórios",
    "Pastas em PascalCase.",
    "",
    "### IV. Convenções de Banco de Dados (PostgreSQL)",
    "Tabelas no plural.",
    "",
    "**Version**: 1.0.0",
  ].join("\n");
  const table = (rows: string[]): string =>
    ["| Principle | Status | Notes |", "|---|---|---|", ...rows].join("\n");

  it("credits a numeral whose words name no principle to its own principle", () => {
    expect(
      uncoveredNames(
        table([
          "| I. Architecture skills | Pass | No new entity. |",
          "| II. Fixed stack | Pass | No package. |",
          "| III. Case sensitivity | Pass | `src/lib/currentMap.ts`. |",
          "| IV. Database | N/A | No schema change. |",
        ]),
        constitution,
      ),
    ).toEqual([]);
  });

  it("not when a numeral is missing from the run", () => {
    expect(
      uncoveredNames(
        table([
          "| I. Architecture skills | Pass | No new entity. |",
          "| II. Fixed stack | Pass | No package. |",
          "| III. Case sensitivity | Pass | `src/lib/currentMap.ts`. |",
          "| V. Database | N/A | No schema change. |",
        ]),
        constitution,
      ),
    ).toEqual(["IV. Convenções de Banco de Dados (PostgreSQL)"]);
  });
});

describe("one line that checks principles in turn by numeral", () => {
  const constitution = [
    "# 憲法",
    "",
    "## Core Principles",
    "",
    "### I. プライバシーファースト",
    "端末内で処理する。",
    "",
    "### II. MVP ファースト開発",
    "引き算で作る。",
    "",
    "### III. ソースに基づいた知識生成",
    "出典のある知識だけ。",
    "",
    "### IV. iOS の実現可能性を重視する",
    "標準部品を使う。",
    "",
    "**Version**: 1.0.0",
  ].join("\n");

  it("credits each part's numeral (`I privacy ✅ / II 引き算 ✅ / III source ✅`)", () => {
    expect(
      uncoveredNames(
        "- I privacy: on-device fetch のみ ✅ / II 引き算: 簡素化 ✅ / III source: 不変素材 ✅",
        constitution,
      ),
    ).toEqual(["IV. iOS の実現可能性を重視する"]);
    expect(
      uncoveredNames("I privacy ✅ | II 引き算 ✅ | III source ✅ | IV iOS ✅", constitution),
    ).toEqual([]);
  });

  it("not two numbered parts, nor a line whose parts are mostly unnumbered", () => {
    // (Two principles named by a bare numeral only: not enough to credit III and IV.)
    for (const check of [
      "- I privacy ✅ / II 引き算 ✅",
      "- I privacy ✅ / II 引き算 ✅ / III source ✅ / IV / a / b / c / d / e / f / g",
    ])
      expect(uncoveredNames(check, constitution)).toEqual(
        expect.arrayContaining(["III. ソースに基づいた知識生成", "IV. iOS の実現可能性を重視する"]),
      );
  });
});

describe("one line whose parts open with ranges and slashed numerals", () => {
  const names = [
    "Safety First",
    "Read Before Write",
    "Gated Changes",
    "Immutable Audit Trail",
    "Native Integration",
    "Vendor Neutrality",
    "Skill Modularity",
    "Verify After Every Change",
    "Security by Default",
    "Credential Safety",
  ];
  const numerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
  const constitution = [
    "# Constitution",
    "",
    "## Core Principles",
    "",
    ...names.flatMap((name, i) => [`### ${numerals[i]}. ${name}`, "Rules.", ""]),
    "**Version**: 1.0.0",
  ].join("\n");

  it("credits every numeral of `I–III/VIII` and `IX/X` opening a part, after the line's lead-in", () => {
    expect(
      uncoveredNames(
        "Pre/post design: I–III/VIII no network writes; IV actual audit; V native server; VI–VII six narrow skills; IX/X no browser key",
        constitution,
      ),
    ).toEqual([]);
  });

  it("not a group inside a part, nor a line whose parts are mostly unnumbered", () => {
    expect(
      uncoveredNames(
        "I–III hold; IV holds; V holds; we run CI/CD on IX/X later; a; b; c; d; e; f; g; h",
        constitution,
      ),
    ).toEqual(
      expect.arrayContaining(["VIII. Verify After Every Change", "IX. Security by Default"]),
    );
  });
});

describe("a check written in another script than the constitution", () => {
  const constitution = [
    "# 헌법",
    "",
    "## Core Principles",
    "",
    "### I. Jupyter 노트북 우선 개발",
    "모든 작업은 노트북에서.",
    "",
    "### II. 교육적 명확성",
    "열 살도 이해하게 설명한다.",
    "",
    "### III. 성능 우선 최적화",
    "정확도가 먼저다.",
    "",
    "### IV. 연구 주도 혁신",
    "최신 논문을 따른다.",
    "",
  ].join("\n");
  const boxes = [
    "- [x] **Jupyter Notebook-First**: all work in numbered notebooks",
    "- [x] **Educational Clarity**: markdown cells explain each concept",
    "- [x] **Performance-First**: F1 improvement drives every decision",
    "- [x] **Research-Driven**: Optuna and recent papers",
  ];
  const design = [
    "",
    "**Design Validation**:",
    "- ✅ Notebooks organized by stage",
    "- ✅ Docstrings everywhere",
  ];

  it("matches one gate per principle by place, the boxes apart from the design notes", () => {
    expect(uncoveredNames([...boxes, ...design].join("\n"), constitution)).toEqual([]);
  });

  it("not when a gate is missing: the places no longer line up", () => {
    const three = [boxes[0], boxes[1], boxes[3], ...design].join("\n");
    expect(uncoveredNames(three, constitution).length).toBeGreaterThan(0);
  });
});

describe("a bold sentence on a line of its own", () => {
  it("states a conclusion: a status word in its aside makes no gate, a status mark does", () => {
    const check = [
      "- [x] **I. Tenant isolation**: enforced by the repository",
      "",
      "**Platform is constitution-compliant and ready for feature development** (pending build fix).",
      "",
      "**All tests are written before the code** ❌ (pending) ",
      "",
      "**Load testing** (pending)",
    ].join("\n");
    // The sentence with a mark and the short label are gates, their notes too short to be reasons.
    expect(lines(plan(check), "gate-justification")).toEqual([17, 19]);
  });
});

describe("round 87's quality gates", () => {
  it("reads a bold title with an aside over a status-marked list as the title of its gates", () => {
    const check = [
      "| Principle | Status | Evidence |",
      "|---|---|---|",
      "| I. Legal Compliance | ✅ PASS | traced to LR-001 |",
      "",
      '**Quality Gates Status** (from Constitution Section "Quality Gates"):',
      "1. ✅ Constitution ratified",
      "2. ⏳ Project structure created - **Action: Add T001-scaffolding task**",
      "3. ❌ RLS policies defined - **Action: Add T014-RLS-policies task (BLOCKER per constitution)**",
      "4. ❌ Email deferred - not needed until Phase 2, because no mail is sent before launch",
    ].join("\n");
    // Items 2 and 3 say a task is still to be added; item 4 says why it waits.
    expect(lines(plan(check), "gate-justification")).toEqual([19, 20]);
  });

  it("reads `NEEDS TASKS` and `NEEDS RESEARCH` as open gaps", () => {
    const check = [
      "| Principle | Status | Evidence |",
      "|---|---|---|",
      "| III. Security | ⚠️ NEEDS TASKS | JWT auth specified, middleware tasks not yet created |",
      "| VII. AI-First | ⚠️ NEEDS RESEARCH | deferred to Phase 0 research, as the template orders |",
    ].join("\n");
    expect(lines(plan(check), "gate-justification")).toEqual([15]);
  });
});

describe("a gate labelled by an acronym", () => {
  const constitution = [
    "# X Constitution",
    "",
    "## Core Principles",
    "",
    "### I. Test-Driven Development Is Mandatory",
    "Tests first.",
    "",
    "### II. CI Quality Gates",
    "CI runs lint and tests.",
    "",
    "### III. API Consistency",
    "Stable names.",
    "",
    "### IV. Accessibility",
    "WCAG AA.",
    "",
  ].join("\n");

  it("names the principle whose leading words it abbreviates, or whose name writes it", () => {
    const check = [
      "- **TDD**: PASS. Tests are written first.",
      "- **CI**: PASS. Lint, typecheck and tests run on every push.",
      "- **Accessibility**: PASS. axe runs in Playwright.",
      "- **Auth**: PASS. The API key is hashed.",
    ].join("\n");
    // `API` deep in a gate's evidence names no principle: III stays unchecked.
    expect(uncoveredNames(check, constitution)).toEqual(["III. API Consistency"]);
  });
});

describe("an acronym a principle's bracketed reference writes", () => {
  const constitution = [
    "# X Constitution",
    "",
    "## Core Principles",
    "",
    "### I. On-Prem First (ADR-006)",
    "Runs on the customer's servers.",
    "",
    "### II. Observability Is Non-Negotiable (ADR-026)",
    "Every service exports traces.",
    "",
    "### III. ADR Before Code",
    "Every technology choice is recorded in an ADR first.",
    "",
  ].join("\n");

  it("does not name the principle: `**ADR-0101** — …` checks none that cites a record", () => {
    const check = [
      "- **On-prem first**: PASS. Postgres and MinIO are on-prem already.",
      "- **ADR-0101** — TimescaleDB hypertable for the hot tier.",
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual([
      "II. Observability Is Non-Negotiable (ADR-026)",
    ]);
  });

  it("still names the principle whose own words write it", () => {
    const check = [
      "- **On-prem first**: PASS. Postgres and MinIO are on-prem already.",
      "- **Observability**: PASS. Traces go to the collector.",
      "- **ADR**: PASS. ADR-0101 records the choice.",
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual([]);
  });
});

describe("no to something unwanted, in other languages and in a heading", () => {
  it("passes `### Violations: НЕТ`, `- **违规**: 无` and `| Violations | ❌ Ninguna |`", () => {
    const check = [
      "### Violations: НЕТ",
      "",
      "- **违规**: 无",
      "",
      "| Check | Result |",
      "|---|---|",
      "| Violations | ❌ Ninguna |",
      "",
      "### Violations: ❌ FAIL",
    ].join("\n");
    // Only the heading that fails is left.
    expect(lines(plan(check), "gate-justification")).toEqual([21]);
  });
});

describe("a constitution whose parts each number their principles from I", () => {
  const constitution = [
    "# HomeLib Constitution",
    "",
    "## 1. Core Architectural Principles",
    "",
    "### I. Централизация управления на сервере",
    "Сервер управляет всем.",
    "",
    "### II. Разделение ответственности",
    "Слои раздельны.",
    "",
    "### III. Stateless API",
    "Без состояния.",
    "",
    "## 2. Data & Storage Principles",
    "",
    "### I. Единая PostgreSQL как источник истины",
    "Одна база.",
    "",
  ].join("\n");

  it("reads `§2.I` as the second part's item, named by its words, not as principle I or 2", () => {
    const check = [
      "| # | Принцип | Статус |",
      "|---|---|---|",
      "| §1.II | Разделение ответственности | OK |",
      "| §1.III | Stateless API | OK |",
      "| §2.I | Единая PostgreSQL | OK |",
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual(["I. Централизация управления на сервере"]);
  });
});

describe("a verdict line closing the last heading's section", () => {
  it("sums up the check when the heading's items carry their own marks", () => {
    const check = [
      "### Reproducibility",
      "- ⚠️ **ACTION REQUIRED**: Document the Space configuration",
      "- ✅ **PASS**: All dependencies version-locked",
      "",
      "### Practicality & Inclusivity",
      "- ✅ **PASS**: Public deployment needs no login",
      "- ❌ **FAIL**: Urdu",
      "",
      "**Gate Status**: ✅ **APPROVED**",
    ].join("\n");
    // The last heading's failing item is a gate of its own, not hidden under the check's verdict.
    expect(lines(plan(check), "gate-justification")).toEqual([19]);
  });
});

describe("a note that says no work is required", () => {
  it("is no fix still to be made", () => {
    const check = [
      "| Principle | Status | Notes |",
      "|---|---|---|",
      "| V. Accessibility | ⚠️ PARTIAL | Inherits the Docusaurus theme; no additional work required |",
      "| VI. Brand | ⚠️ PARTIAL | The palette is wrong; work required before launch |",
    ].join("\n");
    expect(lines(plan(check), "gate-justification")).toEqual([16]);
  });
});

describe("a structure four levels down, inside another part", () => {
  it("is a module's, not the plan's Project Structure", () => {
    const withStructure = (heading: string): string =>
      plan("- **I. X**: ✅")
        .replace(
          "## Project Structure",
          "## Phase 1: Design\n\n### Backend Architecture\n\n" + heading,
        )
        .replace("src/", "connection/\n├── api.py");
    expect(lines(withStructure("#### Connection Module Structure"), "required-section")).toEqual([
      1,
    ]);
    expect(lines(withStructure("### Project Structure"), "required-section")).toEqual([]);
  });
});

describe("a bracket right after `#` in code", () => {
  it("is an attribute (`#[source]`), not the template's slot", () => {
    const template = "# Implementation Plan: [FEATURE]\n\n**Source**: [source]\n";
    const text = plan("- **I. X**: ✅").replace(
      "## Project Structure",
      [
        "```rust",
        "#[derive(Debug)]",
        "enum E { Io { #[source] e: std::io::Error } }",
        "```",
        "",
        "Left in: [source]",
        "",
        "## Project Structure",
      ].join("\n"),
    );
    const found = checked(text, null, template)
      .findings.filter((f) => f.rule === "no-placeholder")
      .map((f) => f.line);
    expect(found).toEqual([20]);
  });
});

describe("a lower-case tag in a tree's comment", () => {
  it("tags the entry (`├── domain/  # [domain] pure logic`); the entry in brackets is the slot", () => {
    const text = plan("- **I. X**: ✅").replace(
      "## Project Structure",
      [
        "```text",
        "src/app/",
        "├── main.py      # [infrastructure] CLI dispatch",
        "├── domain/      # [domain] pure business logic, no I/O",
        "├── [domain]/    # one folder per domain",
        "```",
        "",
        "## Project Structure",
      ].join("\n"),
    );
    expect(lines(text, "no-placeholder")).toEqual([19]);
  });
});

describe("the clarification marker as a field's value in a code span", () => {
  it("is open; written about in a code span, it is not", () => {
    const text = plan("- **I. X**: ✅").replace(
      "**Language/Version**: TypeScript 5",
      [
        "**Language/Version**: TypeScript 5",
        "**Performance Goals**: `<100ms p95`, `NEEDS CLARIFICATION` for the list API",
        "**Constraints**: `NEEDS CLARIFICATION` (e.g., retention policy)",
        "Mark unknowns as `NEEDS CLARIFICATION` in research.md.",
      ].join("\n"),
    );
    expect(lines(text, "no-unresolved-clarification")).toEqual([10, 11]);
  });
});

describe("a check that calls principles by their names cut short", () => {
  const constitution = [
    "# Tool Constitution",
    "",
    "## Core Principles",
    "",
    "### I. Protocol Compliance",
    "Every feature is exposed through the protocol.",
    "",
    "### II. Readable Output Design",
    "Responses are formatted for readers.",
    "",
    "### III. Simplicity Over Abstraction",
    "No managers, facades or orchestrators.",
    "",
    "### IV. Type Safety & Validation",
    "Inputs are typed structs with validation tags.",
    "",
    "### V. Development Information Integration",
    "Tools that expose issues include their branches, pull requests and commits.",
    "",
    "### VI. Documented Architecture Decisions",
    "Significant decisions are recorded.",
    "",
  ].join("\n");
  const groups = [
    "**Protocol Compliance:**",
    "- [x] Tool name confirmed: `get_development_information`",
    "",
    "**Readable Output:**",
    "- [x] Sections for branches, pull requests and commits",
    "",
    "**Simplicity:**",
    "- [x] Direct client calls",
    "",
    "**Type Safety:**",
    "- [x] Input struct with validation tags",
  ];

  it("calls them: the principle it never names is not credited by its items' words", () => {
    expect(uncoveredNames(groups.join("\n"), constitution)).toEqual([
      "V. Development Information Integration",
      "VI. Documented Architecture Decisions",
    ]);
  });

  it("credits the principle an acronym label's text checks (`**ADR**: decisions recorded`)", () => {
    const check = [...groups, "- [x] **ADR**: Significant decisions recorded"].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual(["V. Development Information Integration"]);
  });
});

describe("boxes under a sub-heading that names one principle", () => {
  const constitution = [
    "# Constitution",
    "",
    "## Article I: Library-First Principle",
    "Every feature starts as a library.",
    "",
    "## Article II: Test-First Imperative",
    "Tests MUST be written before the code; integration tests use a real database.",
    "",
    "## Article III: Simplicity",
    "At most three projects.",
    "",
    "## Article IV: Integration-First Testing",
    "Contracts are tested against real services.",
    "",
  ].join("\n");

  it("are that principle's evidence, not another's by their words", () => {
    const check = [
      "#### Simplicity Gate (Article III)",
      "- [x] One project",
      "",
      "#### Integration-First Gate (Article IV)",
      "- [x] Auth tested with real session",
      "- [x] Metrics tested against a seeded database",
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual([
      "I. Library-First Principle",
      "II. Test-First Imperative",
    ]);
  });
});

describe("a violations heading answered below it", () => {
  it("passes when the answer is none (`### Violations` over `None`); with no answer it fails", () => {
    const check = (heading: string, answer: string): string =>
      ["- [x] **I. X**: ok", "", heading, "", answer].join("\n");
    for (const [heading, answer] of [
      ["### Violations", "None"],
      ["### 위반 사항", "없음"],
      ["### Deviations", "None identified."],
    ] as const)
      expect([heading, lines(plan(check(heading, answer)), "gate-justification")]).toEqual([
        heading,
        [],
      ]);
    expect(lines(plan(check("### Violations", "")), "gate-justification")).toEqual([15]);
  });
});

describe("YAML front matter", () => {
  it("is the file's metadata, not a section, whatever its words (`gate: …`)", () => {
    const body = plan("- [x] **I. X**: ok");
    const withFront = (text: string): string =>
      ["---", "feature: 001-x", 'gate: "plan review, then /speckit.tasks"', "---", "", text].join(
        "\n",
      );
    // The plan without its Constitution Check: the front matter does not stand in for it.
    const noCheck = body.replace(/## Constitution Check[\s\S]*?(?=## Project Structure)/u, "");
    expect(lines(withFront(noCheck), "required-section")).toEqual([1]);
    expect(parsePlan(withFront(noCheck)).sectionsOf("constitution-check")).toEqual([]);
    // With it, the plan's sections are read as without front matter, five lines down.
    expect(
      parsePlan(withFront(body))
        .sectionsOf("constitution-check")
        .map((s) => s.line),
    ).toEqual([16]);
    expect(lines(withFront(body), "required-section")).toEqual([]);
  });
});

describe("gates that list the principles they check by numeral in brackets", () => {
  const names = [
    "API Services",
    "Strict Types",
    "Feature Folders",
    "Routing",
    "Layouts",
    "Components",
    "Query State",
    "Service Layer",
    "Accessibility",
    "Shared Primitives",
  ];
  const numerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
  const constitution = [
    "# App Constitution",
    "",
    "## Core Principles",
    "",
    ...names.flatMap((n, k) => [`### ${numerals[k]}. ${n}`, `Rule ${k + 1} MUST hold.`, ""]),
  ].join("\n");
  const table = (rows: string[]): string =>
    ["| Gate | Status |", "| --- | --- |", ...rows.map((r) => `| ${r} | ✅ Pass |`)].join("\n");

  it("credits every numeral of the list, a range written short included", () => {
    const check = table(["API First (I, VIII)", "Type Safety (II)", "UI & Styling (V, VI–VII, X)"]);
    expect(uncoveredNames(check, constitution)).toEqual([
      "III. Feature Folders",
      "IV. Routing",
      "IX. Accessibility",
    ]);
  });

  it("does not read a phase's numeral in brackets as a principle's", () => {
    const check = table(["API First (I, VIII)", "Type Safety (II)", "Rollout in phase (III)"]);
    expect(uncoveredNames(check, constitution)).toContain("III. Feature Folders");
  });
});

describe("a translated plan template left unfilled", () => {
  const unfilled = [
    "# Plano de Implementação: X",
    "",
    "## Resumo",
    "",
    "Adiciona X.",
    "",
    "## Contexto Técnico",
    "",
    "**Linguagem/Versão**: [ex: Python 3.11, Swift 5.9 ou PRECISA DE ESCLARECIMENTO]",
    "**Testes**: Jest",
    "",
    "## Verificação da Constituição",
    "",
    "- [x] **I. X**: ok",
    "",
    "## Estrutura do Projeto",
    "",
    "```text",
    "# [REMOVER SE NÃO UTILIZADO] Opção 1: Projeto único (PADRÃO)",
    "src/",
    "```",
    "",
    "**Decisão de Estrutura**: [Documentar a estrutura selecionada e referenciar os",
    "diretórios reais capturados acima]",
    "",
    "## Acompanhamento de Complexidade",
    "",
    "| Violação | Por que é necessária | Alternativa mais simples rejeitada porque |",
    "| --- | --- | --- |",
    "| [ex: 4º projeto] | [necessidade atual] | [por que 3 projetos são insuficientes] |",
    "| [예: Repository 패턴] | [구체적인 문제] | [직접 DB 접근이 불충분한 이유] |",
    "",
  ].join("\n");
  const result = checked(unfilled, null);
  const of = (rule: string): number[] =>
    result.findings.filter((f) => f.rule === rule).map((f) => f.line);

  it("offers the marker as the slot's example answer: template text, no open question", () => {
    expect(of("no-unresolved-clarification")).toEqual([]);
    expect(of("no-placeholder")).toContain(9);
  });

  it("keeps the bracketed instruction before an option label, in any language", () => {
    expect(of("no-option-label")).toEqual([19]);
  });

  it("reads the example rows of Complexity Tracking by the translated `e.g.`", () => {
    expect(of("template-example-row")).toEqual([30, 31]);
  });

  it("annotates a slot wrapped over two lines on both", () => {
    const english = unfilled
      .replace(
        "[Documentar a estrutura selecionada e referenciar os",
        "[Document the selected structure and reference the real",
      )
      .replace("diretórios reais capturados acima]", "directories captured above]");
    const wrapped = checked(english, null).findings.filter(
      (f) => f.rule === "no-placeholder" && f.line === 23,
    );
    expect(wrapped.map((f) => [f.line, f.endLine])).toEqual([[23, 24]]);
  });

  it("still reads the translated marker as a field's own value as an open question", () => {
    const open = unfilled.replace(
      "[ex: Python 3.11, Swift 5.9 ou PRECISA DE ESCLARECIMENTO]",
      "PRECISA DE ESCLARECIMENTO",
    );
    expect(
      checked(open, null)
        .findings.filter((f) => f.rule === "no-unresolved-clarification")
        .map((f) => f.line),
    ).toEqual([9]);
  });
});

describe("a box drawn with a mark in it", () => {
  it("is a gate however long its text (`- [~]` holds in part)", () => {
    const long =
      "V. New strings go in the existing wording files; localization is still not set up, which the team tracks as an existing deviation.";
    const gates = parsePlan(plan([`- [x] I. Privacy: ok`, `- [~] ${long}`].join("\n"))).gates;
    expect(gates.map((g) => [g.line, g.status])).toEqual([
      [13, "pass"],
      [14, "needs-review"],
    ]);
  });
});

describe("an assessment under a principle's sub-heading, resolved by the re-check", () => {
  const constitution = [
    "# App Constitution",
    "",
    "## Core Principles",
    "",
    "### I. Simple Design",
    "No complexity without justification.",
    "",
    "### II. Clear Documentation",
    "Every public API is documented with a runnable example.",
    "",
  ].join("\n");
  const check = (after: string): string =>
    [
      "### 原則 I: Simple Design",
      "",
      "**要件**: 正当化なき複雑さ禁止",
      "",
      "**事前評価**: ⚠️ NEEDS CLARIFICATION",
      "",
      "### 原則 II: Clear Documentation",
      "",
      "**事前評価**: ✅ 明確",
      "",
      "## Phase 1 設計後の憲法チェック再評価",
      "",
      "### 原則 I - Simple Design",
      "",
      `**事後評価**: ${after}`,
      "",
      "### 原則 II - Clear Documentation",
      "",
      "**事後評価**: ✅ 準拠確認",
    ].join("\n");
  const of = (text: string, rule: string): number[] =>
    checked(text, constitution)
      .findings.filter((f) => f.rule === rule)
      .map((f) => f.line);

  it("is that principle's gate, and the passed re-check answers its open question", () => {
    const resolved = plan(check("✅ 準拠確認"));
    expect(of(resolved, "no-unresolved-clarification")).toEqual([]);
    expect(of(resolved, "gate-justification")).toEqual([]);
    expect(of(resolved, "principle-coverage")).toEqual([]);
  });

  it("stays open when the re-check does not pass it", () => {
    const open = plan(check("⚠️ NEEDS CLARIFICATION"));
    expect(of(open, "no-unresolved-clarification")).toContain(17);
  });
});

describe("gates for the principles in order, then the team's own", () => {
  // Round 168's constitution (five principles in English, then sections of other rules).
  const constitution = readFileSync(
    new URL(
      "../fixtures/audit/round168/pt-brunolv-gestao-paroquia-011-event-api-refinement/.specify/memory/constitution.md",
      import.meta.url,
    ),
    "utf8",
  );
  const gates = [
    "- **Contrato de Domínio API-First**: [PASS] Novos contratos definidos na especificação.",
    "- **Integridade do Calendário Litúrgico**: [PASS] Filtros de data respeitam semântica temporal.",
    "- **Testabilidade Inegociável**: [PASS] Cenários de aceitação mapeados para histórias de usuário.",
    "- **Operações Rastreáveis e Auditoria**: [PASS] Requisito explícito de auditoria para leitura de eventos (FR-003).",
    "- **Arquitetura Limpa e Hexagonal**: [PASS] Lógica de negócio será isolada em Services, adaptadores no Controller/Repository.",
    "- **Métricas Operacionais e Disciplina SLO**: [PASS] Captura de latência exigida (FR-004).",
  ];

  it("reads a gate between two in their places as its place's principle", () => {
    expect(uncoveredNames(gates.join("\n"), constitution)).toEqual([]);
  });

  it("does not give the last principle the first of the team's own gates", () => {
    // The fifth principle's gate left out: the team's gate after the fourth is not its.
    const check = [...gates.slice(0, 4), gates[5] as string, "- **Revisão de Código**: [PASS] ok."];
    // (It is reported, alone or among the principles unnamed gates may check.)
    expect(
      findings(plan(check.join("\n")), constitution, "principle-coverage").join("\n"),
    ).toContain("`V. Clean and Hexagonal Architecture by Default`");
  });
});

describe("items that carry their own marks under a principle's heading", () => {
  it("are gates of that principle, each read where it stands", () => {
    const check = [
      "### Principle I: X",
      "- ✅ **PASS**: Vanilla JS, no frameworks",
      "",
      "### Principle II: Security",
      "- ✅ **PASS**: Local-first processing",
      "- ⚠️ **CRITICAL**: Must implement rate limiting",
    ].join("\n");
    const gates = parsePlan(plan(check)).gates.map((g) => [g.line, g.status]);
    expect(gates).toContainEqual([18, "needs-review"]);
    const constitution = [
      "# C",
      "## Core Principles",
      "### I. X",
      "Plain code.",
      "### II. Security",
      "Rate limits on every endpoint.",
    ].join("\n");
    expect(lines(plan(check), "gate-justification", constitution)).toEqual([18]);
  });
});

describe("statuses that hold a gate up", () => {
  const constitution = [
    "# C",
    "## Core Principles",
    "### I. Safety",
    "Review first.",
    "### II. Tests",
    "Tests first.",
  ].join("\n");

  it("reads `BLOCKED` as failing, and `blocked by` in a note as no status", () => {
    const check = [
      "| Principle | Status | Notes |",
      "|---|---|---|",
      "| I. Safety | **BLOCKED** | Security pass required before implementation |",
      "| II. Tests | ✅ PASS | Not blocked by anything |",
    ].join("\n");
    const gates = parsePlan(plan(check)).gates.map((g) => [g.label, g.status]);
    expect(gates).toContainEqual(["I. Safety", "fail"]);
    expect(gates).toContainEqual(["II. Tests", "pass"]);
  });

  it("reads `待執行` (still to be carried out) as pending, a gap its note must justify", () => {
    const check = [
      "| 原則 | 狀態 | 說明 |",
      "|---|---|---|",
      "| I. Safety | ✅ | 已審查 |",
      "| II. Tests | ⚠️ 待執行 | tasks.md 必須確保測試先於實作 |",
    ].join("\n");
    const gate = parsePlan(plan(check)).gates.find((g) => g.label === "II. Tests");
    expect(gate?.status).toBe("pending");
    expect(lines(plan(check), "gate-justification", constitution)).toEqual([gate?.line]);
  });
});

describe("a check in Spanish of a constitution written in English", () => {
  const constitution = [
    "# C",
    "## Core Principles",
    "### Code Quality & Cleanliness",
    "Lint and format every change.",
    "### Security-First Development",
    "Validate every input.",
    "### Rigorous Testing Standards",
    "Integration tests per endpoint.",
    "### Performance & Scalability",
    "Paginate every list.",
  ].join("\n");
  const check = [
    "| Principio | Implementado en el plan |",
    "|---|---|",
    "| Calidad de Código y Limpieza | ESLint + Prettier en el proyecto |",
    "| Seguridad Primero | JWT, validación de entradas |",
    "| Pruebas Rigurosas | Suites de integración por endpoint |",
    "| Rendimiento y Escalabilidad | Índices y paginación |",
  ].join("\n");

  it("names every principle: a topic within a longer name, and words that are not cognates", () => {
    expect(uncoveredNames(check, constitution)).toEqual([]);
  });

  it("lends a topic's names to no principle when two principles' names hold it", () => {
    const two = constitution.replace(
      "### Rigorous Testing Standards",
      "### Code Quality Gates\nEvery merge passes the gates.\n### Rigorous Testing Standards",
    );
    const uncovered = uncoveredNames(check, two);
    expect(uncovered).toContain("Code Quality & Cleanliness");
    expect(uncovered).toContain("Code Quality Gates");
  });
});

describe("a status word that ends a sentence", () => {
  it("is the sentence's object when it is a noun: a ticked box stays passed, a rule is no gate", () => {
    const check = [
      "- [x] Retries on transient failure",
      "- Do not treat `blocked` or `unable` as terminal runtime failure.",
      "- Load shedding — failure",
      "- Single Point of Failure",
    ].join("\n");
    const gates = parsePlan(plan(check)).gates.map((g) => [g.line, g.status]);
    expect(gates).toContainEqual([13, "pass"]);
    expect(gates.find(([line]) => line === 14)).toBeUndefined();
    expect(gates).toContainEqual([15, "fail"]);
    expect(gates.find(([line]) => line === 16)).toBeUndefined();
  });
});

describe("a check in Chinese of a constitution written in English", () => {
  it("shares the principle names' words that Chinese writes (隐私, 本地优先, 性能), no more", () => {
    const constitution = [
      "# C",
      "## Core Principles",
      "### 1. Privacy by Design",
      "No data leaves the device.",
      "### 2. Local-First Architecture",
      "Every feature works offline.",
      "### 3. Performance Awareness",
      "Lazy loading from the start.",
      "### 4. User Experience",
      "Every action gives feedback.",
      "### 5. No Vendor Lock-In",
      "No proprietary services at run time.",
      "### 6. Material Design",
      "Material components and theming.",
    ].join("\n");
    const check = [
      "1. **隐私优先**：零网络数据收集。所有数据保留在设备上。",
      "2. **本地优先架构**：所有功能必须离线工作。",
      "3. **性能意识**：从一开始就考虑懒加载和高效的数据库查询。",
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual([
      "4. User Experience",
      "5. No Vendor Lock-In",
      "6. Material Design",
    ]);
  });

  it("reads a short label by the words it translates (測試, 架構), its bigrams no name has", () => {
    const constitution = [
      "# C",
      "## Core Principles",
      "### I. Simplicity Over Cleverness",
      "Prefer the plain solution; tests stay small.",
      "### II. Test-First Delivery",
      "Write the failing test first.",
      "### III. Layered Service Architecture",
      "Route, service, repository; tests per layer.",
      "### IV. Security by Default",
      "No secrets in code.",
    ].join("\n");
    const check = [
      "- **簡潔性**: 採用內建 I18n，不引入額外套件。",
      "- **測試完整性**: 補上 system tests 與 integration tests。",
      "- **架構邊界**: 調整集中在 controller 與 view 層。",
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual(["IV. Security by Default"]);
    // The same words in a gate's evidence, under a label that names nothing, credit nothing.
    const evidence = check
      .replace("**測試完整性**: ", "**品質**: 測試")
      .replace("**架構邊界**: ", "**邊界**: 架構");
    expect(uncoveredNames(evidence, constitution)).toEqual([
      "II. Test-First Delivery",
      "III. Layered Service Architecture",
      "IV. Security by Default",
    ]);
  });
});

describe("a table of facts inside the Constitution Check", () => {
  it("has no status column when its status words stand deep in its prose", () => {
    const check = [
      "| Principle | Status | Notes |",
      "|---|---|---|",
      "| I. Safety | ✅ PASS | Reviewed |",
      "",
      "| Session | Checkout | Working |",
      "|---|---|---|",
      "| `studio-13` | main checkout | delivered EPIC-023 today; its changes are held pending the user's instruction to commit |",
      "| `studio-c3` | main checkout | diagnosis only; next intends `/speckit-tasks` |",
    ].join("\n");
    const constitution = ["# C", "## Core Principles", "### I. Safety", "Review first."].join("\n");
    expect(lines(plan(check), "gate-justification", constitution)).toEqual([]);
    const cells = check.replace(
      "delivered EPIC-023 today; its changes are held pending the user's instruction to commit",
      "⏳ pending",
    );
    expect(lines(plan(cells), "gate-justification", constitution)).toEqual([19]);
  });
});

describe("a note in the Constitution Check named in a few words", () => {
  it("is no gate, and the principle its prose mentions in passing stays unaddressed", () => {
    const constitution = [
      "# C",
      "## Core Principles",
      "### I. Project-First Isolation",
      "Each project is isolated.",
      "### II. Detached & Persistent Terminals",
      "Terminals survive restarts.",
    ].join("\n");
    const check = [
      "> **Constitution version note.** This branch carries the terminal keyboard contract amendment.",
      "",
      "**I. Project-First Isolation** — every operation is project-confined.",
    ].join("\n");
    expect(parsePlan(plan(check)).gates.map((g) => g.label)).not.toContain(
      "Constitution version note.",
    );
    expect(uncoveredNames(check, constitution)).toEqual(["II. Detached & Persistent Terminals"]);
  });
});

describe("a bracketed name the team's template and its constitution both write", () => {
  const template = [
    "# Implementation Plan: [FEATURE]",
    "",
    "## Constitution Check",
    "",
    "- User-visible changes include an `[Unreleased]` `CHANGELOG.md` entry.",
  ].join("\n");
  const text = plan("- [x] User-visible changes include an `[Unreleased]` `CHANGELOG.md` entry.");
  const placeholderLines = (constitution: string): number[] =>
    checked(text, constitution, template)
      .findings.filter((f) => f.rule === "no-placeholder")
      .map((f) => f.line);

  it("is the project's name for a thing (a changelog section), not a slot", () => {
    const constitution = [
      "# C",
      "## Core Principles",
      "### I. Release Notes",
      "User-visible behaviour MUST add an `[Unreleased]` entry to CHANGELOG.md.",
    ].join("\n");
    expect(placeholderLines(constitution)).toEqual([]);
  });

  it("stays the template's slot when the constitution never writes it", () => {
    const constitution = ["# C", "## Core Principles", "### I. Release Notes", "Notes."].join("\n");
    expect(placeholderLines(constitution)).toEqual([13]);
  });
});

describe("a numbered check in the names' own language, one gate per principle", () => {
  const constitution = [
    "# Projekt-Constitution",
    "## I. Anforderungen und überprüfbare Ergebnisse",
    "Text.",
    "## II. Tests und Verifikation",
    "Text.",
    "## III. Sicherheit und Secrets",
    "Text.",
    "## IV. Änderungen an bestehenden Projekten",
    "Text.",
  ].join("\n");
  const check = (fourth: string): string =>
    [
      "| Prinzip | Prüfung |",
      "| --- | --- |",
      "| I – Anforderungen | Erfüllt |",
      "| II – Tests | Erfüllt |",
      "| III – Secrets | Erfüllt |",
      `| ${fourth} | Erfüllt |`,
      "",
      "**Gate vor Recherche:** bestanden.",
    ].join("\n");

  it("reads a compound holding a word of its principle's name as that name (`Bestandsprojekt`)", () => {
    expect(uncoveredNames(check("IV – Bestandsprojekt"), constitution)).toEqual([]);
  });

  it("still reads a numeral under another principle's name as that one's", () => {
    expect(uncoveredNames(check("IV – Sicherheit und Secrets"), constitution)).toEqual([
      "IV. Änderungen an bestehenden Projekten",
    ]);
  });
});

describe("a check's result line with a qualifier in brackets", () => {
  const constitution = [
    "# 憲章",
    "## 基本原則",
    "### I. ソースデータ完全性",
    "正本を守る。",
    "### II. スクリプト化され再現可能な運用",
    "再現可能にする。",
    "### III. マージ前の検証",
    "検証する。",
  ].join("\n");

  it.each([
    ["**ゲート結果（設計前）**: 通過"],
    ["**Gate result (pre-design)**: PASS"],
    ["**Resultado (pré-design)**: aprovado"],
  ])("is the check's result, not a gate that keeps the others from their places: %s", (result) => {
    const check = [
      "- **Source Data Integrity**: 正本を書き換えない。",
      "- **Scripted and Reproducible Operations**: CLI を単一の入口にする。",
      "- **Verification Before Merge**: 自動テストで検証する。",
      "",
      result,
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual([]);
  });
});

describe("numerals cited with a name", () => {
  const constitution = [
    "# C",
    "## Core Principles",
    "### I. Visual-first MVP",
    "Show it.",
    "### II. Self-service data entry",
    "Less typing.",
    "### III. Simplicity over infrastructure",
    "YAGNI.",
    "### IV. Mobile-first, low-friction UI",
    "Phones first.",
    "### V. The site quotes; logistics stay manual",
    "Quotes only.",
  ].join("\n");

  it("reads a name given in another language after `Principio IV` as a translation", () => {
    const check = [
      "- **Principio I (visual-first)**: se ve.",
      "- **Principio II (autoservicio)**: menos tipeo.",
      "- **Principio III (simplicidad/YAGNI)**: sin endpoint nuevo.",
      "- **Principio IV (móvil, poca fricción)**: se prueba en un teléfono.",
      "- **Principio V (el sitio cotiza)**: el precio se resuelve al repetir.",
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual([]);
  });

  it("still takes an English name after `Principle IV` that is another principle's as a slip", () => {
    const check = [
      "- **Principle I (visual-first)**: shown.",
      "- **Principle II (self-service)**: less typing.",
      "- **Principle III (simplicity)**: no new endpoint.",
      "- **Principle IV (self-service data entry)**: typed once.",
      "- **Principle V (the site quotes)**: priced on repeat.",
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual(["IV. Mobile-first, low-friction UI"]);
  });

  it.each([
    ["| I–IV. Requirements testable and unambiguous | PASS |"],
    ["| Principles I–IV | PASS |"],
  ])("reads a range that opens a table's label as every principle in it: %s", (row) => {
    const check = ["| Item | Result |", "|---|---|", row, "| V. The site quotes | PASS |"].join(
      "\n",
    );
    expect(uncoveredNames(check, constitution)).toEqual([]);
  });
});

describe("a reason written in Russian beside an unchecked gate (round 221)", () => {
  const gate = (detail: string): string =>
    plan(
      [
        "- [x] **Воспроизводимые исследования**: фиксированный seed",
        "- [ ] **Тест-фёрст**: юнит-тесты для компонентов",
        `  - ⚠️ ${detail}`,
      ].join("\n"),
    );

  it.each([
    ["Для фазы отчётности тесты не критичны (нет новой функциональности)"],
    ["Отложено до следующей фазы, так как кода нет"],
    ["Тесты будут написаны на этапе реализации скриптов"],
  ])("takes `%s` as the reason", (detail) => {
    expect(lines(gate(detail), "gate-justification")).toEqual([]);
  });

  it("still reports a note that only describes the work", () => {
    expect(lines(gate("Будут созданы тесты для скриптов анализа"), "gate-justification")).toEqual([
      14,
    ]);
  });
});

describe("an empty box whose line closes with a passing mark (round 224)", () => {
  it("passes: the mark written last is the answer", () => {
    const check = [
      "- [ ] **Gentle Crawler**: Rate limiting, robots.txt compliance ✓",
      "- [ ] **Data Quality**: SI units, original values preserved ✅",
      "- [ ] **Architecture**: Separated services, static JSON DB",
      "- [ ] **Logging**: ✓ structured logs, still to be wired",
    ].join("\n");
    expect(parsePlan(plan(check)).gates.map((g) => [g.line, g.status])).toEqual([
      [13, "pass"],
      [14, "pass"],
      [15, "unchecked"],
      [16, "unchecked"],
    ]);
  });
});

describe("a constitution whose principle names are in two scripts (round 223)", () => {
  const constitution = [
    "# Конституция",
    "## Принципы разработки",
    "1. **Clean Architecture** — слои разделены.",
    "2. **Database First** — схема определяет API.",
    "3. **Test-Driven Development** — сначала тест.",
    "4. **Catalog-Only Answers** — ответы только из каталога.",
    "## Принципы продукта",
    "1. **18+ и никаких продаж** — сервис только рекомендует.",
    "2. **Образование > конверсия** — помогаем понять вино.",
    "3. **Приватность данных** — пользователь контролирует профиль.",
  ].join("\n");
  const row = (label: string): string => `| **${label}** | PASS | fine |`;
  const table = (labels: readonly string[]): string =>
    ["| Principle | Status | Notes |", "|---|---|---|", ...labels.map(row)].join("\n");
  const english = [
    "Clean Architecture",
    "Database First",
    "Test-Driven Development",
    "Catalog-Only Answers",
    "18+ / no sales",
    "Education > conversion",
    "Privacy",
  ];

  it("reads the gates in the other script by their place, with the team's own after them", () => {
    expect(uncoveredNames(table([...english, "Ruff linting", "Commitizen"]), constitution)).toEqual(
      [],
    );
  });

  it("still reports the principles when a named gate is missing from its place", () => {
    const shuffled = ["Database First", "Clean Architecture", "Catalog-Only Answers", "Privacy"];
    expect(uncoveredNames(table(shuffled), constitution)).toEqual([
      "Test-Driven Development",
      "18+ и никаких продаж",
      "Образование > конверсия",
      "Приватность данных",
    ]);
  });
});

describe("a plan with its headings in Indonesian (round 223)", () => {
  it("finds every required section", () => {
    const text = [
      "# Rencana Implementasi: X",
      "",
      "## Ringkasan",
      "",
      "Menambahkan X.",
      "",
      "## Konteks Teknis",
      "",
      "**Language/Version**: Go 1.22",
      "",
      "## Pemeriksaan Konstitusi",
      "",
      "- [x] **I. Spesifikasi**: lulus",
      "",
      "## Struktur Proyek",
      "",
      "src/",
    ].join("\n");
    expect(findings(text, null, "required-section")).toEqual([]);
    expect([...classify("Struktur Proyek")]).toEqual(["project-structure"]);
  });
});

describe("a plan written in Ukrainian (round 226)", () => {
  const text = [
    "# План реалізації: X",
    "",
    "## Резюме",
    "",
    "Публічний сайт.",
    "",
    "## Технічний контекст",
    "",
    "**Мова/версія**: TypeScript 5",
    "**Основні залежності**: Astro",
    "**Зберігання**: Git",
    "**Тестування**: Vitest",
    "**Цільова платформа**: браузери",
    "**Тип проєкту**: web",
    "**Цілі продуктивності**: LCP < 2,5 с",
    "**Обмеження**: без сервера",
    "**Масштаб/обсяг**: 40 сторінок",
    "",
    "## Перевірка конституції",
    "",
    "- [x] **I. Доступність**: так",
    "",
    "## Проєктна структура",
    "",
    "src/",
  ].join("\n");

  it("finds every section and every Technical Context field", () => {
    expect(findings(text, null, "required-section")).toEqual([]);
    expect(findings(text, null, "technical-context-field")).toEqual([]);
  });
});

describe("a gate in a principle's place that shares nothing with it", () => {
  const constitution = [
    "# Constitution",
    "## Core Principles",
    "### I. Modern Monolith",
    "One deployable unit; no microservices.",
    "### II. Strict ACID Integrity",
    "Every write runs in a transaction.",
    "### III. Zero-Copy Efficiency",
    "Borrow instead of cloning buffers.",
    "### IV. Safe Idiomatic Rust",
    "No unsafe blocks without review.",
    "### V. Scripting Backends",
    "JavaScript and Python scripts run beside the data as first-class citizens.",
  ].join("\n");
  const check = (fifth: string): string =>
    [
      "- [x] **Modern Monolith**: one binary.",
      "- [x] **ACID**: transactions kept.",
      "- [x] **Zero-Copy**: references only.",
      "- [x] **Safe Rust**: no unsafe.",
      `- [x] **${fifth}`,
    ].join("\n");

  it("is a check of the team's own, not that principle's", () => {
    expect(uncoveredNames(check("Review First**: every change reviewed."), constitution)).toEqual([
      "V. Scripting Backends",
    ]);
  });

  it("still checks the principle in its place in other words", () => {
    expect(
      uncoveredNames(check("Plugins**: Python scripts stay sandboxed."), constitution),
    ).toEqual([]);
  });
});

describe("a note on the constitution itself in the check (round 223)", () => {
  it.each([
    ["**Constitución**: el diseño cierra el TODO que la constitución dejó pendiente."],
    ["**Constituição**: o desenho fecha o TODO pendente da constituição."],
    ["**Constitution**: the design closes the TODO the constitution left pending."],
  ])("is no gate: %s", (line) => {
    const gates = parsePlan(
      plan(["- [x] **I. Simplicidad**: sin servicios nuevos", line].join("\n")),
    ).gates;
    expect(gates.map((g) => g.line)).toEqual([13]);
  });
});

describe("a checked box whose question names a status (round 235)", () => {
  it("is ticked: `confirmed to FAIL` is what it asks, not its answer", () => {
    const text = plan(
      [
        "- [x] Tests are written, user-approved, and confirmed to FAIL before any implementation?",
        "- [ ] Tests confirmed to FAIL first?",
        "- [x] Contract tests written first? FAIL",
      ].join("\n"),
    );
    expect(parsePlan(text).gates.map((g) => [g.line, g.status])).toEqual([
      [13, "pass"],
      [14, "unchecked"],
      [15, "fail"],
    ]);
    expect(lines(text, "gate-justification")).toEqual([14, 15]);
  });
});

describe("a principle cited as the charter's (`憲章 VI`, round 236)", () => {
  const constitution = [
    "# 憲章",
    "",
    "## 基本原則",
    "",
    "### I. コード品質ファースト",
    "型安全性を守る。",
    "",
    "### II. フェーズ順序の厳守",
    "フィーチャ定義の後に実装する。",
    "",
    "**Version**: 1.0.0 | **Ratified**: 2026-01-01 | **Last Amended**: 2026-01-01",
    "",
  ].join("\n");
  const withRow = (violation: string): string =>
    [
      plan(
        [
          "| 原則 | ステータス | 備考 |",
          "|------|-----------|------|",
          "| I. コード品質ファースト | ✅ PASS | 型安全性の向上 |",
          "| II. フェーズ順序の厳守 | ⚠️ 要更新 | 用語を一般化する必要あり |",
        ].join("\n"),
      ),
      "## Complexity Tracking",
      "",
      "| 違反 | 必要な理由 | より単純な代替案を却下した理由 |",
      "|------|-----------|-------------------------------|",
      `| ${violation} | 新しいフレームワークは .feature ファイルを使用しない | 用語を置き換えるだけ |`,
      "",
    ].join("\n");

  it("names that principle's gate in a Complexity Tracking row", () => {
    expect(lines(withRow("憲章 II の用語変更"), "gate-justification", constitution)).toEqual([]);
  });

  it("still leaves the gate reported when the row names another principle", () => {
    expect(lines(withRow("憲章 I の用語変更"), "gate-justification", constitution)).toEqual([16]);
  });

  it.each([["憲章"], ["憲法"]])(
    "is no principle when the figure is the version (`%s 1.1.0`)",
    (word) => {
      const check = ["- [x] **フェーズ順序**: 順序を守る", `- [x] ${word} 1.1.0 に従う。`].join(
        "\n",
      );
      // Principle I is left unchecked (the second gate names none, so it is said gently).
      expect(uncoveredNames(check, constitution, /may check `([^`]+)`/)).toEqual([
        "I. コード品質ファースト",
      ]);
    },
  );
});

describe("brackets that are a diagram's or the page's own text (round 238)", () => {
  it("are no slots in a Mermaid or PlantUML diagram; the template's slots elsewhere still are", () => {
    const text = plan(
      [
        "- [x] **I. Layers**: the data flows one way.",
        "",
        "```mermaid",
        "flowchart TB",
        "  subgraph domain [Domain]",
        "    UC[Watch UseCase]",
        "  end",
        "```",
        "",
        "```plantuml",
        "[Gateway] --> [Domain]",
        "```",
        "",
        "```text",
        "subgraph domain [Domain]",
        "```",
      ].join("\n"),
    );
    expect(lines(text, "no-placeholder")).toEqual([27]);
  });

  it("are no slots when alternatives are quoted alone as the text the page shows", () => {
    const text = plan(
      [
        "- [x] **I. Simple UI**: one bottom bar.",
        "- **Archetype A**: `[Home | Bookings | Services | Profile]`",
        "- **Status**: [PASS | FAIL]",
      ].join("\n"),
    );
    expect(lines(text, "no-placeholder")).toEqual([15]);
  });
});

describe("the old template's Phase 0 instructions, translated (round 247)", () => {
  it("are no open markers: `NEEDS CLARIFICATION 毎 → 調査タスク`, `**出力**: … 全て解決済み`", () => {
    const text = [
      "# Plan: X",
      "",
      "1. **技術コンテキストから不明点を抽出**:",
      "   - NEEDS CLARIFICATION 毎 → 調査タスク",
      "   - 每个 NEEDS CLARIFICATION → 研究任务",
      "**出力**: NEEDS CLARIFICATION 全て解決済みの research.md",
      "**Status**: NEEDS CLARIFICATION resolved",
      "**ストレージ**: NEEDS CLARIFICATION",
      "**Storage**: NEEDS CLARIFICATION (to be resolved in Phase 0)",
      "",
    ].join("\n");
    expect(lines(text, "no-unresolved-clarification")).toEqual([8, 9]);
  });
});

describe("a name several principles were renamed from (round 248)", () => {
  it("is no alias of any: `Placeholder principles → I. …` does not let `placeholder` check them", () => {
    const constitution = [
      "<!--",
      "Sync Impact Report",
      "- Placeholder principles → I. Human-First Specification Authority",
      "- Placeholder principles → II. Generator-First Delivery",
      "- Manual Boundaries → III. Explicit Boundaries",
      "-->",
      "# C",
      "## Core Principles",
      "### I. Human-First Specification Authority",
      "Humans own the spec.",
      "### II. Generator-First Delivery",
      "Generate the CRUD.",
      "### III. Explicit Boundaries",
      "Boundaries are explicit.",
    ].join("\n");
    expect(parseConstitution(CONSTITUTION, constitution).principles.map((p) => p.aliases)).toEqual([
      [],
      [],
      ["Manual Boundaries"],
    ]);
    const check = [
      "The constitution file is still a placeholder skeleton, so the plan uses its own gates:",
      "",
      "| Gate | Result |",
      "|---|---|",
      "| Standard CRUD comes from the generator | PASS |",
      "| Manual steps documented | PASS |",
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual(["I. Human-First Specification Authority"]);
  });
});

describe("a principle cited by numeral with an explanation after a dash (round 249)", () => {
  it("is that principle: the sentence in lower case explains, it names no other", () => {
    const constitution = [
      "# C",
      "## Core Principles",
      "### I. Spec-Driven Development",
      "Specs first.",
      "### II. Scope Discipline",
      "Only what the spec asks.",
      "### III. No Overengineering",
      "No speculative generality.",
    ].join("\n");
    expect(
      uncoveredNames(
        "- Principle III — no generic staff model, only the three columns a request needs.",
        constitution,
      ),
    ).toEqual(["I. Spec-Driven Development", "II. Scope Discipline"]);
    // A name after the numeral still decides: `III. Scope Discipline` is II, written with III.
    expect(uncoveredNames("- **III. Scope Discipline**: PASS", constitution)).toEqual([
      "I. Spec-Driven Development",
      "III. No Overengineering",
    ]);
  });
});

describe("numerals joined by slashes (round 254)", () => {
  it("cite each principle: `IV/V/VI. Tokens/Dark/shadcn`, `IX/X`", () => {
    const constitution = [
      "# C",
      "## Core Principles",
      "### I. Server Actions First",
      "Actions.",
      "### II. Design Tokens over Hardcoded Styles",
      "Tokens.",
      "### III. Dark Mode Compatibility",
      "Dark.",
      "### IV. shadcn/ui as UI Standard",
      "Components.",
      "### V. Auditability First",
      "Logs.",
    ].join("\n");
    const check = [
      "- **I. Server Actions First** — PASS: zero API routes.",
      "- **II/III/IV. Tokens/Dark/shadcn** — PASS: tokens only.",
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual(["V. Auditability First"]);
    expect(uncoveredNames(`${check}\n- **V** — PASS: audited.`, constitution)).toEqual([]);
  });
});

describe("a marker in a comment of fenced code (round 258)", () => {
  it("is open, also misspelt `NEED CLARIFICATION`; the answers to the markers are not", () => {
    const text = [
      "# Plan: X",
      "",
      "```text",
      "backend/",
      "└── tests/   # Backend tests (NEED CLARIFICATION on framework)",
      "src/         # NEEDS CLARIFICATION（如需交互式运行环境）",
      "|-- research.md   # Fase 0 (respostas a NEEDS CLARIFICATION e decisoes)",
      "|-- research.md   # resolution of NEEDS CLARIFICATION items",
      "# NEEDS CLARIFICATION items (a heading of a sample, not a note)",
      "2. Fill Technical Context (scan for NEEDS CLARIFICATION)",
      "```",
      "",
      "```ts",
      "// Test file upload (poster): [NEEDS CLARIFICATION if needed]",
      "const url = 'http://example.com'; // no marker here",
      "```",
      "",
      "We need clarification from the team on hosting.",
      "- Research notes: respostas a NEEDS CLARIFICATION",
      "",
    ].join("\n");
    expect(lines(text, "no-unresolved-clarification")).toEqual([5, 6, 14]);
  });
});

/** A ratified constitution, so that gate-justification reads the gates. */
const GATED = [
  "# X Constitution",
  "",
  "## Core Principles",
  "",
  "### I. Layers",
  "",
  "Each layer calls only the one below it.",
  "",
  "**Version**: 1.0.0 | **Ratified**: 2025-01-01 | **Last Amended**: 2025-01-01",
  "",
].join("\n");

describe("a negation with words between `no` and `violations` (round 259)", () => {
  it("passes `No layer violations`; a violation stated is still a failing gate", () => {
    const text = plan(
      [
        "- [x] **Layers**: No layer violations.",
        "- [x] **Tech constraints**: no new constitution violations.",
        "- [ ] **Storage**: violated",
      ].join("\n"),
    );
    // (The plan's check is on line 13; the third gate is line 15.)
    expect(lines(text, "gate-justification", GATED)).toEqual([15]);
  });
});

describe("gate tables with a status column per phase (round 260)", () => {
  it("reads each row by its rightmost decided status, not a phase still to come", () => {
    const text = plan(
      [
        "| 原則 | Phase 0 狀態 | Phase 1 狀態 | 最終評估 |",
        "|------|------------|------------|---------|",
        "| Code Quality | ⚠️ 待確認 TS 策略 | ✅ PASS | ✅ PASS — TS strict mode |",
        "| Testing | ⚠️ 待選擇框架 | ✅ PASS | ✅ PASS — Vitest |",
        "| Offline | ✅ PASS | ✅ PASS | ❌ FAIL |",
        "",
        "| Gate | Rule | Pre-impl | Post-impl |",
        "|------|------|----------|-----------|",
        "| GATE-1 | All files `.ts` | ✅ | [ ] |",
        "| GATE-2 | No cross-imports | ✅ design | [ ] |",
      ].join("\n"),
    );
    // Only `Offline`, failing in its last column with no justification (line 17).
    expect(lines(text, "gate-justification", GATED)).toEqual([17]);
  });
});

describe("open questions said to be none, in Russian, or named by their answers (rounds 262, 263)", () => {
  it("reads `Маркеров NEEDS CLARIFICATION нет` and `(NEEDS CLARIFICATION resolution)` as none open", () => {
    const text = [
      "# План реализации: X",
      "",
      "Маркеров NEEDS CLARIFICATION нет.",
      "**Storage**: NEEDS CLARIFICATION",
      "",
      "```text",
      "├── research.md   # Phase 0 output (technical decisions, NEEDS CLARIFICATION resolution)",
      "```",
      "",
      "### Research Tasks (NEEDS CLARIFICATION Resolution)",
      "",
    ].join("\n");
    expect(lines(text, "no-unresolved-clarification")).toEqual([4]);
  });
});

describe("Thai plans (round 262)", () => {
  const thai = [
    "# แผนการพัฒนา: ระบบร้องขอวัสดุ",
    "",
    "## สรุป",
    "",
    "ระบบร้องขอวัสดุและจัดส่ง",
    "",
    "## บริบททางเทคนิค",
    "",
    "**ภาษา/เวอร์ชัน**: Python 3.11",
    "**ไลบรารีหลัก**: FastAPI",
    "**ข้อจำกัด**: offline queue",
    "",
    "## การตรวจตามรัฐธรรมนูญ",
    "",
    "- **I. การรักษาทุนมาก่อน**: ผ่าน",
    "",
    "## โครงสร้างโปรเจกต์",
    "",
    "```text",
    "backend/",
    "```",
    "",
  ].join("\n");
  it("finds the sections by their Thai titles, which write no spaces between words", () => {
    const kinds = [
      "สรุป",
      "บริบททางเทคนิค",
      "การตรวจตามรัฐธรรมนูญ",
      "ตรวจสอบ Constitution",
      "โครงสร้างโปรเจกต์",
      "การติดตามความซับซ้อน",
    ].map((title) => [...classify(title)]);
    expect(kinds).toEqual([
      ["summary"],
      ["technical-context"],
      ["constitution-check"],
      ["constitution-check"],
      ["project-structure"],
      ["complexity-tracking"],
    ]);
    expect(lines(thai, "required-section")).toEqual([]);
  });
  it("matches Thai field labels written with vowel marks (`ไลบรารี`, `ข้อจำกัด`) to the template's English ones", () => {
    const template = [
      "## Technical Context",
      "",
      "**Language/Version**: [e.g., Python 3.11 or NEEDS CLARIFICATION]",
      "**Primary Dependencies**: [e.g., FastAPI or NEEDS CLARIFICATION]",
      "**Constraints**: [domain-specific, e.g., <200ms p95 or NEEDS CLARIFICATION]",
      "",
    ].join("\n");
    const missing = checked(thai, null, template)
      .findings.filter((f) => f.rule === "technical-context-field")
      .map((f) => f.message);
    expect(missing).toEqual([]);
  });
});

describe("bracketed text the author wrote (rounds 262, 265)", () => {
  it("keeps `[HIGH PRIORITY]`, a quoted token on a line about placeholder conventions, and an angle token the repository's template never writes", () => {
    const template =
      "# Implementation Plan: [FEATURE]\n\n## Summary\n\n[Extract from feature spec]\n";
    const text = [
      "# Implementation Plan: X",
      "",
      "### 1. The Foundation Cluster (Layouts) [HIGH PRIORITY]",
      "- [x] All placeholders follow `[ALL_CAPS_IDENTIFIER]` convention",
      "Manifests are written to `.claude/sentinel/<TASK-ID>/` for each task.",
      "Owner: [OWNER_NAME]",
      "",
    ].join("\n");
    const found = checked(text, null, template)
      .findings.filter((f) => f.rule === "no-placeholder")
      .map((f) => f.line);
    expect(found).toEqual([6]);
    // With no template to compare with, the angle token in a path still reads as a slot.
    expect(lines(text, "no-placeholder")).toEqual([5, 6]);
  });
});

describe("numerals each with its principle's name in brackets (round 271)", () => {
  const constitution = [
    "# App Constitution",
    "",
    "## Core Principles",
    "",
    "### I. Angular Platform",
    "",
    "The frontend is Angular.",
    "",
    "### II. 100% Local-First Data Storage",
    "",
    "Data stays on the device.",
    "",
    "### III. Arabic Language & RTL Layout",
    "",
    "Arabic first.",
    "",
    "**Version**: 1.1.0 | **Ratified**: 2025-01-01 | **Last Amended**: 2025-02-01",
    "",
  ].join("\n");
  it("credits each numeral its bracketed name agrees with", () => {
    const check = [
      '> **Note**: principles I ("Angular Platform") and II ("Local-First") govern the frontend, not `backend/`.',
      "",
      "| Principle | Status |",
      "|---|---|",
      "| III. Arabic Language & RTL | ✅ PASS |",
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual([]);
    // A bracketed name of another principle does not credit the numeral.
    const slip = check.replace('II ("Local-First")', 'II ("Arabic Language")');
    expect(uncoveredNames(slip, constitution)).toEqual(["II. 100% Local-First Data Storage"]);
  });
});

describe("a gate marked `(*NEEDS VERIFICATION*)` (round 273)", () => {
  it("is pending: its note restating the rule does not justify it, a reason does", () => {
    const text = plan(
      [
        "- **Layers**: Each layer calls only the one below it. (*NEEDS VERIFICATION*)",
        "- **Storage**: verification pending because the schema lands in feature 004",
      ].join("\n"),
    );
    const found = findings(text, GATED, "gate-justification");
    expect(found.map((f) => Number(f.split(" ")[0]))).toEqual([13]);
    expect(found[0]).toContain("is pending");
    // The note is quoted without the brackets the status stood in.
    expect(found[0]).toContain("`Each layer calls only the one below it.`");
  });
});

describe("a capital angle token in a phase's own section (round 272)", () => {
  it("is the author's when the repository's template does not write it", () => {
    const template =
      "# Implementation Plan: [FEATURE]\n\n## Summary\n\n[Extract from feature spec]\n";
    const text = [
      "# Implementation Plan: X",
      "",
      "## Phase 1: Deployment",
      "",
      "1. Check `<SFTP_REMOTE_PATH>/data/` exists",
      "",
    ].join("\n");
    const found = checked(text, null, template)
      .findings.filter((f) => f.rule === "no-placeholder")
      .map((f) => f.line);
    expect(found).toEqual([]);
    expect(lines(text, "no-placeholder")).toEqual([5]);
  });
});

describe("a gate citing a constitution's numbered subsection (round 282)", () => {
  const constitution = [
    "# 项目宪法",
    "",
    "## 第一条：架构原则",
    "",
    "### 1.1 关注点分离",
    "视图层禁止包含业务逻辑。",
    "",
    "## 第二条：测试要求",
    "",
    "### 2.1 测试覆盖率要求",
    "服务层覆盖率 95% 以上。",
    "",
    "## 第三条：安全要求",
    "",
    "### 3.1 身份认证与授权",
    "Token 认证。",
    "### 3.2 数据保护",
    "敏感数据加密。",
    "",
    "## 第四条：部署与基础设施",
    "",
    "### 4.1 环境配置",
    "配置通过环境变量管理。",
    "",
    "## 第五条：依赖管理",
    "",
    "### 5.1 核心依赖版本",
    "锁定版本。",
    "",
  ].join("\n");
  it("credits the principle that numbers the subsection, whatever the row calls it", () => {
    const check = [
      "| 条款 | 检查项 | 状态 |",
      "|------|--------|------|",
      "| 1.1 分层架构 | 业务逻辑在服务层 | ✅ |",
      "| 2.1 测试覆盖 | 服务层 >= 95% | ✅ |",
      "| 3.2 用户隔离 | user_id 粒度 | ✅ |",
      "| 4.1 并发模型 | 单并发 | ✅ |",
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual(["第五条 · 依赖管理"]);
  });
  it("does not read a plan's own checklist numbers as subsections the constitution lacks", () => {
    const check = [
      "| 条款 | 检查项 | 状态 |",
      "|------|--------|------|",
      "| 1.1 分层架构 | 业务逻辑在服务层 | ✅ |",
      "| 5.3 并发模型 | 单并发 | ✅ |",
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual([
      "第二条 · 测试要求",
      "第三条 · 安全要求",
      "第四条 · 部署与基础设施",
      "第五条 · 依赖管理",
    ]);
  });
});

describe("a constitution whose principles are filled in and whose header is still slots (round 285)", () => {
  const constitution = (principles: string[]): string =>
    [
      "# [PROJECT_NAME] Constitution",
      "",
      "## Core Principles",
      "",
      ...principles,
      "",
      "## Governance",
      "",
      "[GOVERNANCE_RULES]",
      "",
      "**Version**: [CONSTITUTION_VERSION] | **Ratified**: [RATIFICATION_DATE]",
    ].join("\n");
  const filled = constitution([
    "### I. Hardware Abstraction Layer",
    "Drivers sit behind interfaces.",
    "### II. Resource-Aware Development",
    "Every allocation is budgeted.",
    "### III. Fail-Safe Operation",
    "Faults put the device in a safe state.",
  ]);
  it("is the project's: its principles are checked", () => {
    const r = checked(plan("- [x] **I. Hardware Abstraction Layer**: drivers behind HAL"), filled);
    expect(r.findings.map((f) => f.rule)).not.toContain("constitution-unratified");
    expect(
      uncoveredNames("- [x] **I. Hardware Abstraction Layer**: drivers behind HAL", filled),
    ).toEqual(["II. Resource-Aware Development", "III. Fail-Safe Operation"]);
  });
  it("is still unfilled while a principle's own slot is left", () => {
    const half = constitution([
      "### I. Hardware Abstraction Layer",
      "Drivers sit behind interfaces.",
      "### II. Resource-Aware Development",
      "Every allocation is budgeted.",
      "### III. Fail-Safe Operation",
      "[PRINCIPLE_3_DESCRIPTION]",
    ]);
    expect(
      checked(plan("- [x] **I. Hardware Abstraction Layer**: ok"), half).findings.map(
        (f) => f.rule,
      ),
    ).toContain("constitution-unratified");
  });
});

describe("principles named in the Sync Impact Report's language (round 287)", () => {
  const constitution = [
    "<!--",
    "Sync Impact Report",
    "Version change: 1.0.0 -> 1.1.0",
    "Modified principles:",
    "- I. Collection Data Integrity -> I. Artifact-Centered Digital Identity",
    "Added principles:",
    "- II. Traceable Custody and Location",
    "- III. Backup and Recovery Readiness",
    "-->",
    "",
    "# دستور النظام",
    "",
    "## المبادئ الأساسية",
    "",
    "### I. الهوية الرقمية المركزية للقطعة المتحفية",
    "لكل قطعة معرف واحد.",
    "",
    "### II. تتبع الحركة والعهدة والموقع",
    "كل حركة مسجلة.",
    "",
    "### III. النسخ الاحتياطي والاستعادة",
    "نسخ احتياطي يومي.",
    "",
    "**الإصدار**: 1.1.0",
  ].join("\n");
  it("credits a gate that names a principle as the report does, in another script", () => {
    const check = [
      "| Principle | Result |",
      "| --- | --- |",
      "| Artifact-centered digital identity | PASS |",
      "| Traceable custody | PASS |",
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual(["III. النسخ الاحتياطي والاستعادة"]);
  });
  it("does not take a report's old name, or a name in the headings' own script", () => {
    const check = [
      "| Principle | Result |",
      "| --- | --- |",
      "| Collection data integrity | PASS |",
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toHaveLength(3);
    const english = constitution
      .replace("### II. تتبع الحركة والعهدة والموقع", "### II. Visitor Analytics")
      .replace("### III. النسخ الاحتياطي والاستعادة", "### III. Public Access");
    expect(uncoveredNames("- [x] **Traceable custody**: PASS", english)).toEqual([
      "I. الهوية الرقمية المركزية للقطعة المتحفية",
      "II. Visitor Analytics",
      "III. Public Access",
    ]);
  });
});

describe("a constitution that keeps the template's `PRINCIPLE_1:` as each principle's number (round 289)", () => {
  const constitution = [
    "# Constitution",
    "",
    "## Core Principles",
    "",
    "### PRINCIPLE_1: 模組化設計",
    "### 原則1：Modular Design",
    "",
    "所有功能必須採用模組化設計",
    "",
    "### PRINCIPLE_2: API 優先設計",
    "### 原則2：API-First Design",
    "",
    "所有功能必須先定義 API 契約",
    "",
    "### PRINCIPLE_3: Observability",
    "### 原則3：可觀察性",
    "",
    "結構化日誌記錄所有操作",
    "",
    "**Version**: 1.0.0",
  ].join("\n");
  it("reads each principle once, numbered, with both its names, quoted as written", () => {
    const check = [
      "| 原則 | 狀態 |",
      "|---|---|",
      "| 原則1 模組化 | ✅ |",
      "| 可觀察性 | ✅ |",
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual(["PRINCIPLE_2: API 優先設計"]);
  });
});

describe("a heading that cites a principle by section sign (round 294)", () => {
  it("is a design step's, not the Constitution Check: its to-do boxes are not gates", () => {
    const text = [
      "# Implementation Plan: X",
      "",
      "## Summary",
      "",
      "Chat.",
      "",
      "## Constitution Check",
      "",
      "- [x] **I. Stateless Backend**: history comes from the database",
      "",
      "## Migration Plan",
      "",
      "#### Constitutional Link: Statelessness Mandate (§XII)",
      "",
      "- [ ] Code review verifies no in-memory caches",
      "- [ ] Load test verifies no memory growth",
      "",
    ].join("\n");
    const gates = findings(text, GATED, "gate-justification");
    expect(gates).toEqual([]);
    // Saying it checks, it is one.
    const checked = text.replace("Constitutional Link:", "Constitution Check:");
    expect(
      findings(checked, GATED, "gate-justification").map((f) => Number(f.split(" ")[0])),
    ).toEqual([15, 16]);
  });
});

describe("a status written as a choice, `✓/✗` (round 300)", () => {
  it("is the template's slot for the answer, left unanswered", () => {
    const text = plan(
      [
        "**I. Layers**: ✓/✗ Each layer calls only the one below | ✓/✗ No cycles",
        "",
        "| Principle | Status |",
        "|---|---|",
        "| I. Layers | PASS/FAIL |",
      ].join("\n"),
    );
    const found = findings(text, GATED, "gate-justification");
    expect(found.map((f) => Number(f.split(" ")[0]))).toEqual([13, 17]);
    // Each says it is a choice left where the status goes, and which answers to pick from.
    expect(found[0]).toContain("still holds the template's choice `✓/✗` where its status goes");
    expect(found[0]).toContain("Pick the answer: `✓` with how this plan complies, or `✗` with");
    expect(found[1]).toContain("choice `PASS/FAIL`");
    // A choice written the other way round names the answers the same way.
    const reversed = findings(
      text.replace("PASS/FAIL", "FAIL / PASS"),
      GATED,
      "gate-justification",
    );
    expect(reversed[1]).toContain("choice `PASS/FAIL`");
    expect(reversed[1]).toContain("`PASS` with how this plan complies, or `FAIL` with");
    // Each answered, they pass.
    const answered = text.replace(/✓\/✗/g, "✓").replace("PASS/FAIL", "PASS");
    expect(findings(answered, GATED, "gate-justification")).toEqual([]);
  });
});

describe("a Constitution Check under an unknown title, its instruction numbering the phase first (round 306)", () => {
  const text = (title: string, instruction: string): string =>
    [
      "# 實作計畫：獎品盒",
      "",
      "## 摘要",
      "",
      "獎品盒的出貨與回收。",
      "",
      "## 技術背景",
      "",
      "**語言/版本**： Java 17",
      "**主要相依**： Spring Boot 3",
      "**儲存**： MySQL",
      "**測試**： JUnit 5",
      "",
      title,
      "",
      instruction,
      "",
      "| 原則 | 評估 | 結論 |",
      "|---|---|---|",
      "| 分層架構 | ✅ Service → Mapper | 通過 |",
      "",
      "## 專案結構",
      "",
      "src/",
      "",
    ].join("\n");

  it("is found by the template's gate instruction, `第 0 階段` or `0단계` as `Phase 0`", () => {
    for (const instruction of [
      "*關卡：必須在第 0 階段研究前通過。第 1 階段設計後重新確認。*",
      "*关卡：必须在第0阶段研究之前通过。*",
      "*게이트: 0단계 리서치 전에 통과해야 합니다. 1단계 설계 후 다시 확인.*",
    ])
      expect(findings(text("## 架構稽核", instruction), null, "required-section")).toEqual([]);
  });

  it("is not found by a gate instruction about another phase, or a number ending in 0", () => {
    for (const instruction of [
      "*關卡：必須在第 1 階段設計後通過。*",
      "*關卡：必須在第 10 階段前通過。*",
      "*关卡：v2.0 阶段发布前通过。*",
    ])
      expect(lines(text("## 架構稽核", instruction), "required-section")).toEqual([1]);
  });
});

describe("a principle inserted after another with a letter (`### IIa.`, round 311)", () => {
  const constitution = [
    "# Constitution",
    "",
    "## Core Principles",
    "",
    "### I. Developer Experience First",
    "Ease of use first.",
    "",
    "### II. POSIX-Compliant Bash for Scripts",
    "Scripts are POSIX bash.",
    "",
    "### IIa. TypeScript for CLI Packages",
    "CLI packages are TypeScript.",
    "",
    "### III. CLI Over Direct Edits",
    "State changes go through the CLI.",
    "",
  ].join("\n");

  it("reads it as a principle of its own, with its code", () => {
    const { principles } = parseConstitution(CONSTITUTION, constitution);
    expect(principles.map((p) => [p.code ?? p.numeral, p.name])).toEqual([
      [1, "Developer Experience First"],
      [2, "POSIX-Compliant Bash for Scripts"],
      ["IIa", "TypeScript for CLI Packages"],
      [3, "CLI Over Direct Edits"],
    ]);
  });

  it("is addressed by its code or its name, not by principle II's numeral", () => {
    const gates = (...rows: string[]): string =>
      ["| Principle | Status |", "|---|---|", ...rows.map((r) => `| ${r} | ✅ PASS |`)].join("\n");
    expect(uncoveredNames(gates("I", "II", "III"), constitution)).toEqual([
      "IIa. TypeScript for CLI Packages",
    ]);
    expect(uncoveredNames(gates("I", "II", "IIa", "III"), constitution)).toEqual([]);
    expect(
      uncoveredNames(gates("I", "II", "TypeScript for CLI Packages", "III"), constitution),
    ).toEqual([]);
  });

  it("takes no code from a word that starts with a numeral's letters (`### Vs. …`)", () => {
    const other = constitution.replace("### IIa. TypeScript", "### Vs. TypeScript");
    const { principles } = parseConstitution(CONSTITUTION, other);
    expect(principles.map((p) => p.code).filter(Boolean)).toEqual([]);
  });
});

describe("two principles cited with their names in one label, joined by a slash (round 310)", () => {
  const constitution = [
    "# C",
    "## Core Principles",
    "### I. Test-First",
    "Tests first.",
    "### II. Simplicity",
    "Simple.",
    "### III. Anti-Abstraction",
    "No wrappers.",
    "### IV. Logs",
    "Logged.",
  ].join("\n");
  const check = (label: string): string =>
    [
      "| Article | How | Status |",
      "|---|---|---|",
      "| I Test-First | tests first | Pass |",
      `| ${label} | one component | Pass |`,
      "| IV Logs | logged | Pass |",
    ].join("\n");

  it("credits each, with or without the numerals' dots", () => {
    expect(uncoveredNames(check("II Simplicity / III Anti-Abstraction"), constitution)).toEqual([]);
    expect(uncoveredNames(check("II. Simplicity / III. Anti-Abstraction"), constitution)).toEqual(
      [],
    );
  });

  it("does not credit a numeral whose name is another's", () => {
    expect(uncoveredNames(check("II Simplicity / III Logging"), constitution)).toEqual([
      "III. Anti-Abstraction",
    ]);
    expect(uncoveredNames(check("II Simplicity"), constitution)).toEqual(["III. Anti-Abstraction"]);
  });
});

describe("principles as bold numbered lines over recurring bold sub-labels (round 316)", () => {
  const constitution = (first: string, second: string): string =>
    [
      "# Constitution",
      "",
      "## Core Principles",
      "",
      `**${first}**`,
      "   - **Rule:** The `strict` mode is always enabled.",
      "   - **Rule:** The `any` type is forbidden.",
      "   - **Enforcement:** The build fails on type errors.",
      "",
      `**${second}**`,
      "   - **Rule:** Prettier and ESLint pass.",
      "   - **Enforcement:** Hooks and CI enforce it.",
      "",
      "**Clean Dependencies**",
      "   - **Rule:** Add a library only when truly necessary.",
      "   - **Enforcement:** A review for each new library.",
      "",
      "## Governance",
      "",
      "Amendments need approval.",
      "",
      "**Version**: 1.0.0 | **Ratified**: 2025-09-08",
    ].join("\n");

  it("reads the numbered lines as the principles, not `Rule` or `Enforcement`", () => {
    const { principles } = parseConstitution(
      CONSTITUTION,
      constitution("1. Type Safety First", "2. Consistent Code Style").replace(
        "**Clean Dependencies**",
        "**3. Clean Dependencies**",
      ),
    );
    expect(principles.map((p) => [p.numeral, p.name])).toEqual([
      [1, "Type Safety First"],
      [2, "Consistent Code Style"],
      [3, "Clean Dependencies"],
    ]);
  });

  it("reads unnumbered bold names as the principles, the labels under each as their parts", () => {
    const { principles } = parseConstitution(
      CONSTITUTION,
      constitution("Type Safety First", "Consistent Code Style"),
    );
    expect(principles.map((p) => p.name)).toEqual([
      "Type Safety First",
      "Consistent Code Style",
      "Clean Dependencies",
    ]);
  });
});

describe("a section of the constitution cited by its number (round 312)", () => {
  const constitution = [
    "# Constitution",
    "",
    "## 5. Technical Principles",
    "",
    "### 5.1 Performance Is a Feature",
    "Fast.",
    "",
    "### 5.4 No Bloat",
    "No third-party NLP.",
    "",
    "**Version**: 1.2.0 | **Ratified**: 2026-01-01",
  ].join("\n");
  const cited = (line: string): number[] =>
    lines(
      ["# Plan: X", "", "## Complexity Tracking", "", line, ""].join("\n"),
      "constitution-version",
      constitution,
    );

  it("is not a version when the constitution numbers a heading so", () => {
    expect(cited("| **Parser** | Constitution 5.4 forbids third-party NLP |")).toEqual([]);
    expect(cited("- Offline-first (per constitution §5.1)")).toEqual([]);
  });

  it("is a version when written as one, or when no heading has that number", () => {
    expect(cited("Checked against Constitution v5.4.")).toEqual([5]);
    expect(cited("Checked against Constitution 1.1.")).toEqual([5]);
  });
});

describe("Korean `미정의` (undefined) beside a gate (round 314)", () => {
  it("is a description, not the pending status `미정` (undecided)", () => {
    const check = (status: string): number[] =>
      lines(
        plan(["**헌법 준수 평가**: ✅ PASS", "", `**헌법 파일 상태**: ${status}`].join("\n")),
        "gate-justification",
        GATED,
      );
    expect(check("템플릿 상태 (프로젝트별 원칙 미정의)")).toEqual([]);
    expect(check("미정")).toEqual([15]);
  });
});

describe("a constitution written whole inside a Markdown fence (round 323)", () => {
  const body = [
    "# Bike Store Constitution",
    "",
    "## Core Principles",
    "",
    "### I. Simplicity",
    "Small components.",
    "",
    "### II. Observable & Measurable",
    "Log errors.",
    "",
    "**Version**: 1.0.0 | **Ratified**: 2025-10-01",
  ];

  it("is read as its content, its lines keeping their numbers", () => {
    for (const open of ["```markdown", "```md", "````", "~~~"]) {
      const close = open.startsWith("~") ? "~~~" : open.replace(/[a-z]+$/u, "");
      const { principles, version, unfilled } = parseConstitution(
        CONSTITUTION,
        [open, ...body, close, ""].join("\n"),
      );
      expect([unfilled, version]).toEqual([false, "1.0.0"]);
      expect(principles.map((p) => [p.name, p.line])).toEqual([
        ["Simplicity", 6],
        ["Observable & Measurable", 9],
      ]);
    }
  });

  it("not when the fence holds only part of it, or another language", () => {
    const part = ["```markdown", ...body.slice(0, 6), "```", ...body.slice(6)].join("\n");
    expect(parseConstitution(CONSTITUTION, part).principles.map((p) => p.name)).toEqual([
      "Observable & Measurable",
    ]);
    const yaml = ["```yaml", ...body, "```"].join("\n");
    expect(parseConstitution(CONSTITUTION, yaml).principles).toEqual([]);
  });
});

describe("a CJK gate label joining two topics (round 334)", () => {
  const constitution = [
    "# 航班监控宪章",
    "",
    "## 核心原则",
    "",
    "### I. 技术栈与 UI 基础",
    "前端 MUST 使用 Next.js。",
    "",
    "### II. 测试策略",
    "单元测试 MUST 覆盖核心逻辑。",
    "",
    "### III. 文档语言",
    "项目文档 MUST 使用中文撰写。",
    "",
    "### IV. 代码注释",
    "仅对关键逻辑添加必要注释。",
    "",
    "**Version**: 1.0.0 | **Ratified**: 2025-10-01",
  ].join("\n");
  const check = (last: string): string[] =>
    uncoveredNames(
      ["- **技术栈**：是。沿用 Next.js。", "- **测试**：是。单元测试覆盖映射逻辑。", last].join(
        "\n",
      ),
      constitution,
    );

  it("addresses the principle of each topic (`文档与注释`, `文档及注释`, `文档、注释`)", () => {
    for (const joiner of ["与", "及", "、", "和"])
      expect(check(`- **文档${joiner}注释**：是。文档中文；代码仅对关键逻辑添加注释。`)).toEqual(
        [],
      );
  });

  it("not a principle none of its topics names", () => {
    expect(check("- **文档与构建**：是。文档中文；构建沿用现有脚本。")).toEqual(["IV. 代码注释"]);
    expect(check("- **注释**：是。代码仅对关键逻辑添加注释。")).toEqual(["III. 文档语言"]);
  });
});

describe("a range of numerals run together with Chinese text (round 329)", () => {
  const constitution = [
    "# 构建系统宪章",
    "",
    "## Core Principles",
    "",
    ...["规范驱动", "单模块", "最小实现", "边界明确", "中文文档"].flatMap((name, k) => [
      `### ${["I", "II", "III", "IV", "V"][k]}. ${name}`,
      `${name}的规则。`,
      "",
    ]),
    "**Version**: 2.1.0 | **Ratified**: 2026-01-01",
  ].join("\n");

  it("cites every numeral the range spans (`设计前后I–V均PASS`)", () => {
    expect(uncoveredNames("设计前后I–V均PASS：I只在验收后实施；V中文。", constitution)).toEqual([]);
    expect(uncoveredNames("设计前后I-V均通过，无例外。", constitution)).toEqual([]);
  });

  it("no more than it spans, and not a Latin word's letters", () => {
    expect(uncoveredNames("设计前后I–III均PASS。", constitution)).toEqual([
      "IV. 边界明确",
      "V. 中文文档",
    ]);
    expect(uncoveredNames("CI–V2 均通过。", constitution)).toHaveLength(5);
  });
});

describe("an angle token the repository's template writes only inside an example (round 329)", () => {
  const plan = (commands: string): string =>
    [
      "# Implementation Plan: Welcome",
      "",
      "## Summary",
      "",
      "Adds a welcome command.",
      "",
      "## Technical Context",
      "",
      `**指令結構 (Commands)**: ${commands}`,
      "",
    ].join("\n");
  const placeholders = (template: string): number[] =>
    checked(plan("/welcome <player>"), null, template)
      .findings.filter((f) => f.rule === "no-placeholder")
      .map((f) => f.line);

  it("is the example's text, which a plan writes as its own (`/welcome <player>`)", () => {
    expect(
      placeholders("**指令結構 (Commands)**: [例如：/plugin reload, /plugin give <player> <item>]"),
    ).toEqual([]);
    expect(placeholders("**Commands**: [e.g., /give <player> <item>]")).toEqual([]);
  });

  it("is template text where the template writes it as a slot", () => {
    expect(placeholders("**指令結構 (Commands)**: /plugin give <player>")).toEqual([9]);
  });
});

describe("bold labels joined into one gate (round 333)", () => {
  const constitution = [
    "# Crypto Constitution",
    "",
    "## Core Principles",
    "",
    "### I. Shared-First Architecture",
    "Types live in shared/.",
    "",
    "### II. Security at the Boundary",
    "Never trust client data.",
    "",
    "### V. Accessibility and Internationalisation",
    "Every string is translated.",
    "",
    "**Version**: 1.0.0 | **Ratified**: 2026-01-01",
  ].join("\n");

  it("checks each label's principle, with the status written after the last", () => {
    const check = [
      "- **II. Security at the Boundary** — PASS. No secrets in code.",
      "- **I. Shared-First Architecture**, **V. Accessibility/i18n** — N/A. No shared types.",
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual([]);
    const gate = parsePlan(plan(check)).gates.find((g) => g.line === 14);
    expect([gate?.label, gate?.status]).toEqual([
      "I. Shared-First Architecture, V. Accessibility/i18n",
      "not-applicable",
    ]);
  });

  it("not a list of names with no value after it (`**React 19**, **TypeScript**`)", () => {
    const check = [
      "- **II. Security at the Boundary** — PASS.",
      "- **I. Shared-First Architecture**, **V. Accessibility** and more.",
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual([
      "V. Accessibility and Internationalisation",
    ]);
  });
});

describe("principles numbered with no stop after the numeral (round 336)", () => {
  const constitution = (names: string[]): string =>
    [
      "# Constituição do projeto FluxID",
      "",
      ...names.flatMap((name, k) => [
        `## ${["I", "II", "III", "IV"][k]} ${name}`,
        "",
        `Regra de ${name}.`,
        "",
      ]),
      "## Governança",
      "",
      "**Version**: 1.0.0 | **Ratified**: 2026-01-01",
    ].join("\n");
  const names = ["Especificação antes do código", "TDD obrigatório", "Estados explícitos"];

  it("are read when three or more count up from I (`## I Especificação`, `## II TDD`)", () => {
    const { principles } = parseConstitution(CONSTITUTION, constitution(names));
    expect(principles.map((p) => [p.numeral, p.name])).toEqual([
      [1, "Especificação antes do código"],
      [2, "TDD obrigatório"],
      [3, "Estados explícitos"],
    ]);
    expect(
      uncoveredNames(
        "| Princípio | Estado |\n| --- | --- |\n| I | ✅ PASS |\n| II | ✅ PASS |",
        constitution(names),
      ),
    ).toEqual(["III. Estados explícitos"]);
  });

  it("in any script (`## I 规范驱动`)", () => {
    const chinese = constitution(["规范驱动", "测试优先", "状态明确"]);
    expect(parseConstitution(CONSTITUTION, chinese).principles.map((p) => p.name)).toEqual([
      "规范驱动",
      "测试优先",
      "状态明确",
    ]);
  });

  it("not two such headings, nor headings that do not count up from I", () => {
    expect(parseConstitution(CONSTITUTION, constitution(names.slice(0, 2))).principles).toEqual([]);
    const shuffled = constitution(names).replace("## I Especificação", "## II Especificação");
    expect(parseConstitution(CONSTITUTION, shuffled).principles).toEqual([]);
  });
});

describe("a placeholder quoted beside the word placeholder (round 337)", () => {
  const reported = oneLine("no-placeholder", "## Constitution Check", "Login");

  it("is named, not left in (`` `[PROJECT_NAME] Constitution` 佔位符 ``, the placeholder `[X]`)", () => {
    expect(
      reported("憲章仍是未填寫的樣板（`[PROJECT_NAME] Constitution` 佔位符，沒有任何具體原則）。"),
    ).toEqual([]);
    expect(reported("The constitution still holds the `[PROJECT_NAME]` placeholder.")).toEqual([]);
    expect(reported("It keeps the placeholder `[PRINCIPLE_1_NAME]` unfilled.")).toEqual([]);
  });

  it("is left in when no such word stands beside it", () => {
    expect(reported("憲章：`[PROJECT_NAME] Constitution`，沒有任何具體原則。")).toEqual([5]);
    expect(
      reported("Project: `[PROJECT_NAME]` (rename before release; see placeholders.md)"),
    ).toEqual([5]);
  });
});

describe("a bracket inside a quoted phrase a page shows (round 346)", () => {
  const reported = oneLine("no-placeholder", "## Summary", "Audit");

  it('is the page\'s run-time slot (`"Audit Session [Date]"`, `“About [Name]” section`)', () => {
    expect(reported('- **Header**: "Audit Session [Date]" with status indicator')).toEqual([]);
    expect(reported("- **Profile Note Card**: “About [Name]” section with quoted text")).toEqual(
      [],
    );
  });

  it("not a slot outside the quotes, nor one quoted alone after a quoted phrase", () => {
    expect(reported('- **Header**: "Audit Session" for [Date]')).toEqual([5]);
    expect(reported('- Buttons "Save" and "Cancel"; owner: [Name]')).toEqual([5]);
  });
});

describe("the French template's `CLARIFICATION REQUISE` (round 350)", () => {
  it("is an open clarification, as NEEDS CLARIFICATION is", () => {
    const plan = [
      "# Plan d'implémentation : Authentification",
      "",
      "## Contexte technique",
      "",
      "**Dépendances Principales** : sql.js, Vite (CLARIFICATION REQUISE pour le hachage)",
      "**Stockage** : SQLite",
      "",
    ].join("\n");
    expect(lines(plan, "no-unresolved-clarification")).toEqual([5]);
    expect(
      lines(plan.replace("CLARIFICATION REQUISE", "bcrypt retenu"), "no-unresolved-clarification"),
    ).toEqual([]);
  });
});

describe("a box typed without its space, `- []` (round 355)", () => {
  const check = (boxes: string[]): number[] => lines(plan(boxes.join("\n")), "gate-justification");

  it("is an empty box: the gate is unchecked, with or without a space after it", () => {
    expect(check(["- [] Signals-First Architecture", "- []Data Preservation"])).toHaveLength(2);
    expect(check(["- [x] Signals-First Architecture", "- []Data Preservation"])).toHaveLength(1);
  });

  it("ticked, or written as plain items without a box, the same gates pass or are no gates", () => {
    expect(check(["- [x] Signals-First Architecture", "- [x] Data Preservation"])).toEqual([]);
    expect(check(["- Signals-First Architecture", "- Data Preservation"])).toEqual([]);
  });
});

describe("a tag the plan's legend defines (round 355)", () => {
  const reported = oneLine("no-placeholder", "## Summary", "Trivia");

  it("opening a list item and defined after it, is the plan's marker (`- [SECURITY] = …`)", () => {
    expect(reported("- [SECURITY] = Security validation")).toEqual([]);
    expect(reported("- [SECURITY]: security validation tasks")).toEqual([]);
  });

  it("is still a slot elsewhere on the line, or with nothing defined after it", () => {
    expect(reported("- Owner = [SECURITY]")).toEqual([5]);
    expect(reported("- [SECURITY]")).toEqual([5]);
    expect(reported("- [SECURITY] Security validation")).toEqual([5]);
  });
});

describe("a gate whose label names no principle over a line listing several (round 353)", () => {
  const constitution = [
    "# Tracing Constitution",
    "",
    "## Core Principles",
    "",
    "### I. Hexagonal Architecture (六角形架構)",
    "",
    "Domain code depends on no framework.",
    "",
    "### II. Domain-Driven Design (領域驅動設計)",
    "",
    "Each service is one bounded context.",
    "",
    "### III. Test-Driven Development (測試驅動開發)",
    "",
    "Tests are written first.",
    "",
    "### IV. Behavior-Driven Development (行為驅動開發)",
    "",
    "Acceptance scenarios are Gherkin features.",
    "",
    "### V. Code Quality Standards (程式碼品質標準)",
    "",
    "Static analysis passes.",
    "",
    "**Version**: 1.0.0 | **Ratified**: 2025-01-01 | **Last Amended**: 2025-01-01",
    "",
  ].join("\n");

  it("answers for each principle the list names, by name or by acronym", () => {
    expect(
      uncoveredNames(
        "**PASS — N/A**: Only dashboard JSON changes. The constitution's principles (Hexagonal Architecture, DDD, TDD, BDD, Code Quality) apply to Java code only.",
        constitution,
      ),
    ).toEqual([]);
  });

  it("not for an acronym inside a phrase, nor for a list that names no principle in words", () => {
    expect(
      uncoveredNames(
        "**PASS — N/A**: Only dashboard JSON changes. The constitution's principles (Hexagonal Architecture, no DDD layers, TDD, Code Quality) apply to Java code only.",
        constitution,
      ),
    ).toEqual([
      "II. Domain-Driven Design (領域驅動設計)",
      "IV. Behavior-Driven Development (行為驅動開發)",
    ]);
    expect(
      uncoveredNames("**PASS**: Tooling only (JSON, YAML, TDD, BDD).", constitution),
    ).toHaveLength(5);
  });
});

describe("an example topic inside a Chinese principle's name (round 353)", () => {
  const constitution = (first: string): string =>
    [
      "# Weborder Constitution",
      "",
      "## Core Principles",
      "",
      `### I. ${first}`,
      "",
      "所有變更須經兩人審查。",
      "",
      "### II. 測試標準不可妥協",
      "",
      "每個需求都有測試。",
      "",
      "### III. 使用者體驗一致性",
      "",
      "錯誤訊息格式一致。",
      "",
      "**Version**: 1.0.0 | **Ratified**: 2025-01-01 | **Last Amended**: 2025-01-01",
      "",
    ].join("\n");
  // (Not in the principles' order: no gate is taken for a principle by its place.)
  const check = [
    "- **Testing Gate**: PASS — 每個 FR 對應 unit/E2E。",
    "- **UX Consistency Gate**: PASS — 共用錯誤格式。",
    "- **Code Quality Gate**: PASS — TypeScript strict + ESLint.",
  ].join("\n");

  it("is named by the topic's English names (`Code Quality Gate` for `程式碼品質為預設要求`)", () => {
    expect(uncoveredNames(check, constitution("程式碼品質為預設要求"))).toEqual([]);
  });

  it("not when the name holds no topic, nor when two names hold the same one", () => {
    expect(uncoveredNames(check, constitution("預設要求嚴格"))).toEqual(["I. 預設要求嚴格"]);
    const twice = constitution("程式碼品質為預設要求").replace(
      "### III. 使用者體驗一致性",
      "### III. 程式碼品質審查流程",
    );
    expect(uncoveredNames(check, twice)).toEqual(
      expect.arrayContaining(["I. 程式碼品質為預設要求"]),
    );
  });
});

describe("an option of a decision left unticked beside the one ticked (round 353)", () => {
  const check = (options: string[]): number[] =>
    lines(
      plan(
        [
          "**Security Compliance:**",
          "- [x] OAuth tokens stored hashed",
          "- [x] Secrets kept out of the repository",
          "",
          "**Gate Decision:**",
          ...options,
        ].join("\n"),
      ),
      "gate-justification",
    );

  it("is the choice not made, not a gate (`- [x] **PASS**` over `- [ ] **FAIL**`)", () => {
    expect(
      check([
        "- [x] **PASS**: all principles met, Phase 0 may start",
        "- [ ] **FAIL**: a violation exists and must be resolved first",
      ]),
    ).toEqual([]);
  });

  it("is a gate when no option is ticked, or when the ticked box beside it is no option", () => {
    expect(
      check([
        "- [ ] **PASS**: all principles met, Phase 0 may start",
        "- [ ] **FAIL**: a violation exists and must be resolved first",
      ]),
    ).toContain(19);
    expect(
      check([
        "- [x] **Reviewed**: the check was read by the owner",
        "- [ ] **FAIL**: a violation exists and must be resolved first",
      ]),
    ).toEqual([19]);
  });
});

describe("a gap whose fix the row says was added (round 362)", () => {
  const check = (status: string): number[] =>
    lines(
      plan(
        [
          "| Principle | Verdict | Evidence / gap |",
          "|---|---|---|",
          `| **IV. Explicit Reset** | ${status} | Every register has a documented reset value; missing was the X-check. |`,
        ].join("\n"),
      ),
      "gate-justification",
    );

  it("is made in the plan: `⚠️ **Gap → test added**`, `⚠️ Gap → fixed`", () => {
    expect(check("⚠️ **Gap → test added**")).toEqual([]);
    expect(check("⚠️ Gap → fixed")).toEqual([]);
  });

  it("is still open with no fix named after it", () => {
    expect(check("⚠️ **Gap**")).toHaveLength(1);
    expect(check("⚠️ Gap → test needed")).toHaveLength(1);
  });
});

describe("an older constitution version beside the current one checked against (round 362)", () => {
  const constitution = [
    "# Chip Constitution",
    "",
    "## Core Principles",
    "",
    "### I. Test-First",
    "",
    "Benches come first.",
    "",
    "**Version**: 1.1.2 | **Ratified**: 2026-09-10 | **Last Amended**: 2026-09-12",
    "",
  ].join("\n");
  const stale = (lines: string[]): number =>
    findings(
      [
        "# Implementation Plan: PSG",
        "",
        "## Technical Context",
        "",
        "- cocotb-coverage 2.0 for functional coverage (constitution v1.1.0)",
        "",
        "## Constitution Check",
        "",
        ...lines,
        "",
        "- [x] **I. Test-First**: each bench precedes its RTL",
        "",
      ].join("\n"),
      constitution,
      "constitution-version",
    ).length;

  it("says when a rule came in, when the plan says it was checked against the current one", () => {
    expect(
      stale(["Checked against **constitution v1.1.2**, ratified after the first draft."]),
    ).toBe(0);
  });

  it("is stale when the current version is only named, or the plan was checked against the older", () => {
    expect(stale(["The constitution was amended: v1.1.0 → v1.1.2."])).toBe(1);
    expect(stale(["Reference: Constitution v1.1.2"])).toBe(1);
    expect(stale(["Evaluated against constitution v1.1.0."])).toBe(2);
  });
});

describe("principles sharing a numeral with a lower-case letter, `IV-a` and `IV-b` (round 362)", () => {
  const constitution = [
    "# GLP Constitution",
    "",
    "## Core Principles",
    "",
    "### I. Spec-First",
    "",
    "Specs lead code.",
    "",
    "### IV-a. Language Authority",
    "",
    "The owner decides the language surface.",
    "",
    "### IV-b. Preserve Working Internals",
    "",
    "Working internals are kept.",
    "",
    "### V. Claude-Only LM",
    "",
    "No external model API.",
    "",
    "**Version**: 1.0.0 | **Ratified**: 2026-06-10 | **Last Amended**: 2026-06-10",
    "",
  ].join("\n");

  it("are each cited by their code, also together (`IV-a/IV-b Language Authority / Preserve Internals`)", () => {
    expect(
      uncoveredNames(
        [
          "- **I Spec-First**: PASS — specs exist.",
          "- **IV-a/IV-b Language Authority / Preserve Internals**: PASS — no surface change.",
          "- **V Claude-Only LM**: PASS — no external API.",
        ].join("\n"),
        constitution,
      ),
    ).toEqual([]);
  });

  it("one cited alone leaves the other unchecked", () => {
    expect(
      uncoveredNames(
        [
          "- **I Spec-First**: PASS — specs exist.",
          "- **IV-a Language Authority**: PASS — no surface change.",
          "- **V Claude-Only LM**: PASS — no external API.",
        ].join("\n"),
        constitution,
      ),
    ).toEqual(["IV-b. Preserve Working Internals"]);
  });
});

describe("a principles section whose title joins the mission to its principles (round 362)", () => {
  const constitution = (title: string): string =>
    [
      "# Sentry Constitution",
      "",
      `## ${title}`,
      "",
      "### I. Early-Warning, Not Response",
      "",
      "The system alerts; it never acts.",
      "",
      "### II. Offline-First",
      "",
      "No cloud dependency.",
      "",
      "## Engineering Principles",
      "",
      "### III. Code Quality",
      "",
      "Named constants.",
      "",
      "### IV. Testing Standards",
      "",
      "Host-native unit tests.",
      "",
      "**Version**: 2.0.0 | **Ratified**: 2026-01-01 | **Last Amended**: 2026-09-01",
      "",
    ].join("\n");
  const check = [
    "- **Code Quality**: PASS — named constants.",
    "- **Testing Standards**: PASS — unit coverage.",
  ].join("\n");

  it("is read with the others (`## Mission & Safety Principles`)", () => {
    expect(uncoveredNames(check, constitution("Mission & Safety Principles"))).toEqual([
      "I. Early-Warning, Not Response",
      "II. Offline-First",
    ]);
  });

  it("a mission alone is not principles", () => {
    expect(uncoveredNames(check, constitution("Mission"))).toEqual([]);
  });
});

describe("a plan in Czech (round 360)", () => {
  const czech = [
    "# Plán implementace: 001-povidka",
    "",
    "## Souhrn",
    "",
    "Kapitola knihy.",
    "",
    "## Technický kontext",
    "",
    "**Jazyk/Verze**: Čeština.",
    "**Hlavní závislosti**: Žádné.",
    "**Úložiště**: Textové soubory.",
    "**Testování**: Manuální kontrola.",
    "**Cílová platforma**: Dokument Markdown.",
    "**Typ projektu**: Návrh kapitoly knihy.",
    "**Výkonnostní cíle**: 45 000 znaků.",
    "**Omezení**: Bez RPG mechanik.",
    "**Rozsah**: Jedna kapitola.",
    "",
    "## Kontrola ústavy",
    "",
    "- [x] **I. Příběh**: dodrženo",
    "",
    "## Struktura projektu",
    "",
    "kniha/",
    "",
  ].join("\n");

  it("has its sections and Technical Context fields read", () => {
    expect(lines(czech, "required-section")).toEqual([]);
    expect(lines(czech, "technical-context-field")).toEqual([]);
  });

  it("reports a field the Czech context lacks", () => {
    expect(
      findings(
        czech.replace("**Omezení**: Bez RPG mechanik.\n", ""),
        null,
        "technical-context-field",
      ),
    ).toEqual([expect.stringContaining("`Constraints`")]);
  });
});

describe("unnumbered sections after numbered principles (round 363)", () => {
  const constitution = (extra: string): string =>
    [
      "# CineScope Constitution",
      "",
      "## 4. Core Principles & Constraints",
      "",
      "### I. Specification-First Development",
      "",
      "Specs first.",
      "",
      "### II. Type Safety",
      "",
      "No any.",
      "",
      "### III. Automated Deployment",
      "",
      "CI deploys.",
      "",
      extra,
      "",
      "Next.js 14, TMDB API only.",
      "",
      "**Version**: 1.0.0 | **Ratified**: 2026-01-01 | **Last Amended**: 2026-01-01",
      "",
    ].join("\n");
  const check = [
    "| Principle | Status |",
    "|---|---|",
    "| I. Specification-First Development | ✅ PASS |",
    "| II. Type Safety | ✅ PASS |",
    "| III. Automated Deployment | ✅ PASS |",
  ].join("\n");

  it("are the constitution's other rules, not principles (`### Technical Constraints`)", () => {
    expect(uncoveredNames(check, constitution("### Technical Constraints"))).toEqual([]);
  });

  it("a numbered one after them is a principle", () => {
    expect(uncoveredNames(check, constitution("### IV. Technical Constraints"))).toEqual([
      "IV. Technical Constraints",
    ]);
  });
});

describe("a deferral with its reason in brackets beside it (round 363)", () => {
  const check = (item: string): number[] =>
    lines(plan(["### II. 動機駆動型UI", item].join("\n")), "gate-justification");

  it("is justified (`⚠️ **DEFERRED**: …（初期バージョンはCRUD機能に集中）`)", () => {
    expect(
      check(
        "- ⚠️ **DEFERRED**: ゲーミフィケーション要素は将来バージョンで実装（初期バージョンはCRUD機能に集中）",
      ),
    ).toEqual([]);
    expect(
      check("- ⚠️ **DEFERRED**: Localised strings (no user-facing text in this phase)"),
    ).toEqual([]);
  });

  it("is not without the bracket, nor is a pending gate that defers nothing", () => {
    expect(check("- ⚠️ **DEFERRED**: ゲーミフィケーション要素は将来バージョンで実装")).toHaveLength(
      1,
    );
    expect(check("- ⏳ **PENDING**: Localised strings (reviewed by the design team)")).toHaveLength(
      1,
    );
  });
});

describe("a gate heading citing its principle as a section, `### Section VIII:` (round 364)", () => {
  const constitution = [
    "# Todo Constitution",
    "",
    "## Core Principles",
    "",
    "### I. Spec-First Development",
    "",
    "Specs first.",
    "",
    "### II. Strict Architectural Boundaries",
    "",
    "Layers.",
    "",
    "### III. AI-Native Development & Reusable Intelligence",
    "",
    "Agents and skills.",
    "",
    "**Version**: 1.0.0 | **Ratified**: 2026-01-01 | **Last Amended**: 2026-01-01",
    "",
  ].join("\n");
  const check = (third: string): string[] =>
    uncoveredNames(
      // (Not in the principles' order: no gate is taken for a principle by its place.)
      [
        third,
        "- ✅ Uses /sp.* commands",
        "",
        "### Section I: Spec-First Development ✅",
        "- ✅ Feature spec exists",
        "",
        "### Section II: Strict Architectural Boundaries ✅",
        "- ✅ No direct database access",
      ].join("\n"),
      constitution,
    );

  it("names the principle of that numeral when the name agrees", () => {
    expect(check("### Section III: AI-Native Development ✅")).toEqual([]);
  });

  it("not in lower case, nor under another principle's name", () => {
    expect(check("### section iii: Agent tooling ✅")).toEqual([
      "III. AI-Native Development & Reusable Intelligence",
    ]);
    expect(check("### Section III: Strict Architectural Boundaries ✅")).toEqual([
      "III. AI-Native Development & Reusable Intelligence",
    ]);
  });
});

describe("a gate's later status below its first, `Post-Design Resolution` (round 368)", () => {
  const check = (resolution: string): number[] =>
    lines(
      plan(
        [
          "### Principle VII: Test-First for Hardware Features",
          "",
          "**Initial Status**: ⚠️ REQUIRED - Must create test sketches BEFORE integration",
          "",
          resolution,
          "",
          "1. **38-wifi-connect/** - WiFi connection from config file",
        ].join("\n"),
      ),
      "gate-justification",
    );

  it("is the gate's status (`**Post-Design Resolution**: ✅ **PASS - Test Suite Defined**`)", () => {
    expect(check("**Post-Design Resolution**: ✅ **PASS - Test Suite Defined**")).toEqual([]);
  });

  it("not a note that only describes, nor a later line of another label", () => {
    expect(check("**Test Sketches Planned** (see Project Structure)")).toHaveLength(1);
    expect(check("**Evidence**: ✅ **PASS** on the bench")).toHaveLength(1);
  });
});

describe("a plan whose sections are `#` headings after its title (round 366)", () => {
  const plan = (between: string[]): string =>
    [
      "# 实施计划：统一写入算子",
      ...between,
      "# 摘要",
      "",
      "统一 INSERT/UPDATE/DELETE 的写入路径。",
      "",
      "# 技术上下文",
      "",
      "**语言/版本**：Go 1.22",
      "",
      "# 宪法检查",
      "",
      "- ✅ 设计已覆盖",
      "",
      "# 项目结构",
      "",
      "## 源码",
      "",
      "executor/",
      "",
    ].join("\n");

  it("reads them as sections when the title's own text stands before them", () => {
    expect(
      lines(plan(["", "**分支**：`005-modify` | **日期**：2026-10-01", ""]), "required-section"),
    ).toEqual([]);
  });

  it("a run of `#` headings with nothing between them is the title block", () => {
    expect(findings(plan([]), null, "required-section")).toEqual(
      expect.arrayContaining([expect.stringContaining("Summary")]),
    );
  });
});

describe("an article's bracketed name, as the constitution writes it (round 367)", () => {
  const constitution = (names: string[]): string =>
    [
      "# 開発憲法",
      "",
      ...names.flatMap((n, k) => [`### 第${"一二三四五"[k]}条${n}`, "", "規則。", ""]),
      "**Version**: 1.0.0 | **Ratified**: 2026-01-01 | **Last Amended**: 2026-01-01",
      "",
    ].join("\n");

  it("follows its designation unspaced (`第一条（テストファースト命令）`)", () => {
    const names = [
      "（テストファースト命令）",
      "（統合優先テスト）",
      "（ライブラリ優先）",
      "（境界）",
      "（簡潔）",
    ];
    expect(uncoveredNames("- ✅ 設計済み", constitution(names))[0]).toBe(
      "第一条（テストファースト命令）",
    );
  });

  it("a name without brackets is set apart from it", () => {
    const names = [" テストファースト", " 統合優先", " ライブラリ優先", " 境界", " 簡潔"];
    expect(uncoveredNames("- ✅ 設計済み", constitution(names))[0]).toBe(
      "第一条 · テストファースト",
    );
  });
});

describe("a line saying what comes next, `**Ready for**:` (round 372)", () => {
  const constitution = [
    "# Support Constitution",
    "",
    "## Core Principles",
    "",
    "### I. App Router",
    "",
    "Routing by the App Router.",
    "",
    "### II. Specifications in Russian",
    "",
    "Specs, plans and tasks for /speckit.tasks are written in Russian.",
    "",
    "**Version**: 1.0.0 | **Ratified**: 2026-01-01 | **Last Amended**: 2026-01-01",
    "",
  ].join("\n");

  it("is no gate, and checks no principle by its words", () => {
    expect(
      uncoveredNames(
        [
          "- **Gate A (App Router)**: N/A — no routing change.",
          "",
          "**Ready for**: `/speckit.tasks`",
        ].join("\n"),
        constitution,
      ),
    ).toEqual(["II. Specifications in Russian"]);
  });

  it("a gate labelled with the principle's words still checks it", () => {
    expect(
      uncoveredNames(
        [
          "- **Gate A (App Router)**: N/A — no routing change.",
          "- **Gate B (Specifications in Russian)**: PASS — spec.md is in Russian.",
        ].join("\n"),
        constitution,
      ),
    ).toEqual([]);
  });
});

describe("a tree folder named by a camel-case parameter (round 376)", () => {
  const template = [
    "# Implementation Plan: [FEATURE]",
    "",
    "## Project Structure",
    "",
    "```",
    "app/",
    "└── products/",
    "    └── [productId]/",
    "        └── page.tsx",
    "└── [feature-name]/",
    "```",
    "",
  ].join("\n");
  const reported = (entry: string): number[] =>
    checked(
      [
        "# Implementation Plan: Laptop page",
        "",
        "## Project Structure",
        "",
        "```",
        "app/",
        "└── products/",
        entry,
        "```",
        "",
      ].join("\n"),
      null,
      template,
    )
      .findings.filter((f) => f.rule === "no-placeholder")
      .map((f) => f.line);

  it("is a dynamic route, though the repository's template writes it too", () => {
    expect(reported("    └── [productId]/")).toEqual([]);
  });

  it("a slot in the template's words is still one (`[feature-name]/`, `[Feature Name]/`)", () => {
    expect(reported("    └── [feature-name]/")).toEqual([8]);
    expect(reported("    └── [Feature Name]/")).toEqual([8]);
  });
});

describe("a bracketed folder or file under a route folder (rounds 105 and 588)", () => {
  const reported = (...tree: string[]): number[] =>
    checked(
      [
        "# Implementation Plan: Practice",
        "",
        "## Project Structure",
        "",
        "```text",
        ...tree,
        "```",
        "",
      ].join("\n"),
      null,
    )
      .findings.filter((f) => f.rule === "no-placeholder")
      .map((f) => f.line);

  it("is a segment of the route's path, under `app/`, `pages/` or `routes/`", () => {
    expect(
      reported(
        "src/",
        "├── app/",
        "│   └── practice/",
        "│       └── [source]/",
        "│           └── [session]/",
        "│               └── page.tsx",
      ),
    ).toEqual([]);
    expect(
      reported("frontend/src/app/", "    ├── workflows/", "    │   └── [name]/page.tsx"),
    ).toEqual([]);
    expect(reported("pages/", "  _app.tsx", "  [source]/", "    index.tsx")).toEqual([]);
  });

  it("elsewhere, or back out of the route folder, a template's slot is still one", () => {
    expect(reported("src/", "├── practice/", "│   └── [source]/", "│       └── page.tsx")).toEqual([
      8,
    ]);
    expect(
      reported("src/", "├── app/", "│   └── page.tsx", "└── lib/", "    └── [source]/"),
    ).toEqual([10]);
  });

  it("not in a tree without a router's file (a Python package's `src/app/`)", () => {
    expect(reported("src/app/", "├── main.py", "└── [source]/", "    └── page.py")).toEqual([8]);
  });

  it("a slot's words under a route folder are still a slot", () => {
    expect(reported("app/", "└── [platform-specific structure]")).toEqual([7]);
    expect(reported("app/", "└── [Source]/")).toEqual([7]);
  });
});

describe("round 353 and 372 plans, as labelled", () => {
  const uncovered = (dir: string, plan: string): string[] =>
    uncoveredIn(auditFile(dir, plan), auditFile(dir, CONSTITUTION));

  it("a `**Post-design**:` line sums the check up: it checks no principle by its place", () => {
    expect(
      uncovered("round372/ru-kot13-supportbot-010-github-cicd", "specs/010-github-cicd/plan.md"),
    ).toContain("VI. Спецификации на русском языке");
  });

  it("`SOLID` in a list that names principles names `III. SOLID Principles`", () => {
    expect(
      uncovered(
        "round353/en-chunpingwang-tracing-otel-agent-poc-007-enhance-grafana-dashboards",
        "specs/007-enhance-grafana-dashboards/plan.md",
      ),
    ).toEqual([]);
  });
});

describe("a check line's label settles a close call of its words (round 379)", () => {
  const dir = "round379/zh-hans-xyxiao001-cropper-next-vue-005-docs-experience-redesign";
  const plan = auditFile(dir, "specs/005-docs-experience-redesign/plan.md");
  const uncovered = (text: string): string[] => uncoveredIn(text, auditFile(dir, CONSTITUTION));

  it("`几何行为` shares a word with one name only: its line checks that principle", () => {
    // (Its words, `缩放、旋转`, lean to 三; 五's text quotes `几何行为` and is a close second.)
    expect(plan).toContain("- 几何行为：继续使用现有组件");
    expect(uncovered(plan)).toEqual([]);
  });

  it("a label sharing no name's word leaves the close call open", () => {
    expect(uncovered(plan.replace("- 几何行为：", "- 组件复用："))).toEqual([
      "三. 保证裁剪几何与交互正确",
    ]);
  });
});

describe("a principle the constitution command left for later, `TODO(PRINCIPLE_1)` (round 378)", () => {
  const constitution = (heading: string): string =>
    [
      "# Lab Constitution",
      "",
      "## Core Principles",
      "",
      heading,
      "TODO(DESCRIPTION): Add principle 1 description",
      "",
      "### II. Typed API Contracts",
      "Every endpoint MUST have a DTO.",
      "",
      "**Version**: 1.2.0 | **Ratified**: TODO(DATE) | **Last Amended**: 2026-03-14",
      "",
    ].join("\n");
  const check = "- Typed API Contracts: PASS, DTOs for every endpoint.";

  it("is no principle to check", () => {
    expect(
      uncoveredNames(check, constitution("### TODO(PRINCIPLE_1): Define Principle 1")),
    ).toEqual([]);
  });

  it("a principle whose name mentions a TODO is one", () => {
    expect(uncoveredNames(check, constitution("### I. No TODO Comments in Main"))).toEqual([
      "I. No TODO Comments in Main",
    ]);
  });
});

describe("principle words of Polish, Czech, Indonesian and Turkish cite by numeral (round 378)", () => {
  const constitution = [
    "# Konstytucja",
    "",
    "## Zasady",
    "",
    "### I. Architektura warstwowa",
    "Warstwy presentation / domain / data.",
    "",
    "### II. Testowalność",
    "Hilt dla DI, repozytoria jako interfejsy.",
    "",
    "### III. Zasady decyzji architektonicznych",
    "Decyzje projektowe MUSZĄ uwzględniać zależności i projekt Hilt.",
    "",
    "**Version**: 1.0.0 | **Ratified**: 2026-01-01 | **Last Amended**: 2026-01-01",
    "",
  ].join("\n");

  it.each(["zasada II", "zasadzie II", "zásada II", "prinsip II", "ilke II"])(
    "`(%s)` cites principle II, not III by the word `zasad`",
    (cited) => {
      expect(
        uncoveredNames(
          [
            "- **I. Architektura warstwowa**: ✅ PASS",
            `- **Uwaga dotycząca Hilt (${cited})**: Hilt jest celowo wyłączony, decyzja projektowa; zależności ręcznie.`,
          ].join("\n"),
          constitution,
        ),
      ).toEqual(["III. Zasady decyzji architektonicznych"]);
    },
  );
});

describe("`SemVer` and `k8s` are the words they stand for (round 382)", () => {
  const constitution = [
    "# Constitution",
    "",
    "## Core Principles",
    "",
    "### I. Type Safety First",
    "All definitions are typed.",
    "",
    "### II. Semantic Versioning",
    "Every module is versioned.",
    "",
    "### III. Kubernetes Native",
    "Deploy as charts.",
    "",
    "**Version**: 1.0.0 | **Ratified**: 2026-01-01 | **Last Amended**: 2026-01-01",
    "",
  ].join("\n");

  it("a row about them checks the principle that names them", () => {
    expect(
      uncoveredNames(
        [
          "| Principle | Status | Notes |",
          "|---|---|---|",
          "| Type Safety via CUE | ✅ | cue vet |",
          "| Code Standards | ✅ | Enforces SemVer, Conventional Commits |",
          "| Deployment | ✅ | Ships k8s manifests |",
        ].join("\n"),
        constitution,
      ),
    ).toEqual([]);
  });
});

describe("a constitution template's slot quoted in a code span (round 385)", () => {
  const reported = oneLine("no-placeholder", "## Constitution Check", "Ship");

  it("says what the constitution still holds: no slot of the plan", () => {
    expect(reported("The constitution's version still reads `[CONSTITUTION_VERSION]`.")).toEqual(
      [],
    );
    expect(reported("Every principle is still a `[PRINCIPLE_1_NAME]` placeholder.")).toEqual([]);
  });

  it("written bare, or a slot of the plan's own template, it is one", () => {
    expect(reported("Checked against constitution [CONSTITUTION_VERSION].")).toEqual([5]);
    expect(reported("The branch is `[FEATURE_BRANCH]`.")).toEqual([5]);
  });
});

describe("a gate titled as another section of the constitution (round 389)", () => {
  const constitution = [
    "# Azure Constitution",
    "",
    "## Core Principles",
    "",
    "### I. Code Quality",
    "Lint everything.",
    "",
    "### II. Test-First Development",
    "Tests first.",
    "",
    "### III. Type Safety & Static Analysis",
    "mypy strict.",
    "",
    "### IV. User Experience Consistency",
    "All user-facing features follow the design system; structured error messages.",
    "",
    "### V. Performance & Observability",
    "Structured logging and metrics.",
    "",
    "## Security & Azure Best Practices",
    "No hardcoded secrets; Key Vault.",
    "",
    "**Version**: 1.0.0 | **Ratified**: 2026-01-01 | **Last Amended**: 2026-01-01",
    "",
  ].join("\n");
  const check = (fourth: string): string[] =>
    uncoveredNames(
      [
        "✅ **Code Quality**: ruff and mypy.",
        "",
        "✅ **Test-First**: tests before code.",
        "",
        "✅ **Type Safety**: Pydantic models.",
        "",
        `✅ **${fourth}**: No hardcoded secrets in new features; credentials from Key Vault.`,
        "",
        "✅ **Performance & Observability**: structlog, OpenTelemetry.",
      ].join("\n"),
      constitution,
    );

  it("checks that section, not the principle in its place", () => {
    const dir = "round389/en-bcgov-azure-ai-poc-002-orchestrator-parallel-review";
    // (Its five gates: I, II, III by name, then `✅ **Security & Azure Best Practices**:` in the
    // fourth place, then V.)
    expect(
      uncoveredIn(
        auditFile(dir, "specs/002-orchestrator-parallel-review/plan.md"),
        auditFile(dir, CONSTITUTION),
      ),
    ).toEqual(["IV. User Experience Consistency"]);
    expect(check("Security & Azure Best Practices")).toEqual(["IV. User Experience Consistency"]);
  });

  it("a gate in words of its own, in that place, still checks the principle there", () => {
    expect(check("Consistent Experience")).toEqual([]);
  });
});

describe("principles a sentence of the check names in capitalised words (round 386)", () => {
  const constitution = [
    "# Constitution",
    "",
    "## Core Principles",
    "",
    "### I. Documentation-Implementation Unity",
    "Docs and code move together.",
    "",
    "### II. Tooling Leverage & Reuse",
    "Reuse editor tooling.",
    "",
    "### III. Responsible Intelligence & Consent",
    "LLM use is opt-in.",
    "",
    "### IV. Fast Feedback & Verification",
    "Quick checks.",
    "",
    "**Version**: 1.0.0 | **Ratified**: 2026-01-01 | **Last Amended**: 2026-01-01",
    "",
  ].join("\n");

  it("cut short or by two words of the name, joined by `and`", () => {
    expect(
      uncoveredNames(
        "Live Documentation strengthens Documentation-Implementation Unity and Tooling Reuse while operating under Responsible Intelligence (optional LLM enrichment stays opt-in).",
        constitution,
      ),
    ).toEqual(["IV. Fast Feedback & Verification"]);
  });

  it("one shared word in lower case is no name", () => {
    expect(
      uncoveredNames(
        "Documentation-Implementation Unity holds; we reuse tooling and keep feedback fast.",
        constitution,
      ),
    ).toEqual([
      "II. Tooling Leverage & Reuse",
      "III. Responsible Intelligence & Consent",
      "IV. Fast Feedback & Verification",
    ]);
  });
});

describe("tests that `fail first` (round 395)", () => {
  const reported = (cell: string): number[] =>
    lines(
      [
        "# Implementation Plan: X",
        "",
        "## Constitution Check",
        "",
        "| # | Principle | Post-design status |",
        "|---|---|---|",
        `| 1 | Verification Before Completion | ${cell} |`,
        "",
      ].join("\n"),
      "gate-justification",
    );

  it("is test-first's red step, not a failing gate", () => {
    expect(
      reported(
        "**STRENGTHENED.** Two contract files lock behavior, 40 assertions all required to fail first.",
      ),
    ).toEqual([]);
    expect(reported("**SATISFIED.** Contract tests fail before the code exists.")).toEqual([]);
  });

  it("a gate that fails is still failing", () => {
    expect(reported("**FAILS**")).toEqual([7]);
    expect(reported("tests fail, first")).toEqual([7]);
  });
});

describe("principles numbered on under unnumbered group headings (round 398)", () => {
  const constitution = (first: string): string =>
    [
      "# Constitution",
      "",
      "## 開発原則（Core Principles）",
      "",
      "### 基礎原則（Fundamental）",
      "",
      `#### ${first}Spec-Driven（仕様駆動開発）`,
      "Specs first.",
      "",
      "#### II. Test-First（テスト駆動）",
      "Tests first.",
      "",
      "### 品質基準（Quality Standards）",
      "",
      "#### III. Observability（可観測性）",
      "Logs and metrics.",
      "",
      "**Version**: 1.0.0 | **Ratified**: 2026-01-01 | **Last Amended**: 2026-01-01",
      "",
    ].join("\n");
  const check = "- [x] **I. Spec-Driven**: spec.md exists\n- [x] **II. Test-First**: tests first";

  it("are the principles; the groups are their parts", () => {
    expect(uncoveredNames(check, constitution("I. "))).toEqual(["III. Observability（可観測性）"]);
  });

  it("numbers that do not count on from I leave the groups as they were", () => {
    // (Its two gates then name none of the two group principles.)
    const out = uncoveredNames(check, constitution("IV. "));
    expect(out).toHaveLength(1);
    expect(out[0]).toContain(
      "may check `基礎原則（Fundamental）`, `品質基準（Quality Standards）`",
    );
  });
});

describe("a Turkish `İLKE I–VI` range (round 407)", () => {
  const constitution = [
    "# Anayasa",
    "",
    "## Core Principles",
    "",
    "### I. Bounded Context İzolasyonu",
    "Her bağlam kendi verisine sahiptir.",
    "",
    "### II. Zengin Aggregate",
    "Invariant'lar aggregate içinde korunur.",
    "",
    "### III. Domain-TDD (saf domain mantığı test-first)",
    "Saf domain mantığı test-first yazılır.",
    "",
    "### IV. Domain Süreci Legibility",
    "Süreçler belgelenir.",
    "",
    "**Version**: 1.0.0 | **Ratified**: 2026-01-01 | **Last Amended**: 2026-01-01",
    "",
  ].join("\n");

  it("cites every principle of the range, the dotted capital İ read as `i`", () => {
    expect(
      uncoveredNames(
        "- **İLKE I–III (izolasyon / aggregate / TDD):** Uygulanmaz — kod yok. ✅\n- **İlke IV (Legibility):** FLOW.md değişmez. ✅",
        constitution,
      ),
    ).toEqual([]);
  });

  it("a range that stops short still leaves the principles after it", () => {
    expect(
      uncoveredNames("- **İLKE I–II (izolasyon / aggregate):** Uygulanmaz. ✅", constitution),
    ).toEqual(["III. Domain-TDD (saf domain mantığı test-first)", "IV. Domain Süreci Legibility"]);
  });
});

describe("boxes under a sub-heading citing several principles by numeral (round 407)", () => {
  const constitution = [
    "# Constitución",
    "",
    "## Core Principles",
    "",
    "### I. Spec-Driven, spec-first",
    "Ningún código sin spec aprobada.",
    "",
    "### II. Requisitos en EARS",
    "Requisitos sin ambigüedad.",
    "",
    "### III. Trazabilidad RF → test",
    "Cada RF llega a un test.",
    "",
    "**Version**: 1.0.0 | **Ratified**: 2026-01-01 | **Last Amended**: 2026-01-01",
    "",
  ].join("\n");
  const check = (box: string): string =>
    ["### Gate · Calidad (Principios II, III)", "", "- [x] FRs en EARS.", `- [x] ${box}`].join(
      "\n",
    );

  it("are those principles' evidence: a shared word does not check another principle", () => {
    expect(
      uncoveredNames(check("Trazabilidad en la spec y docs/traceability.md."), constitution),
    ).toEqual(["I. Spec-Driven, spec-first"]);
  });

  it("a box citing another principle by numeral or whole name still checks it", () => {
    expect(uncoveredNames(check("La spec aprobada primero (Principio I)."), constitution)).toEqual(
      [],
    );
    expect(
      uncoveredNames(check("Spec-Driven, spec-first: spec.md aprobada."), constitution),
    ).toEqual([]);
  });
});

describe("`NEEDS CLARIFICATION` said to be none in Thai, Indonesian, Polish (round 411)", () => {
  const reported = oneLine("no-unresolved-clarification", "## Technical Context");

  it("is about the markers, not one", () => {
    expect(reported("**ไม่มี NEEDS CLARIFICATION**: stack และ storage กำหนดไว้แล้ว")).toEqual([]);
    expect(reported("Tidak ada NEEDS CLARIFICATION yang tersisa.")).toEqual([]);
    expect(reported("**NEEDS CLARIFICATION**: brak")).toEqual([]);
  });

  it("a marker with a question is still open", () => {
    expect(reported("**Storage**: NEEDS CLARIFICATION (ไม่มีข้อมูล)")).toEqual([5]);
  });
});

describe("a note that says what is still to be added, in other languages (round 413)", () => {
  const reported = (note: string): number[] =>
    lines(
      [
        "# Implementation Plan: X",
        "",
        "## Constitution Check",
        "",
        "#### VI. Testing Strategy (NON-NEGOTIABLE) ⚠️",
        "- ✅ JUnit 5 + Mockito для unit tests",
        `- ⚠️ ${note}`,
        "",
      ].join("\n"),
      "gate-justification",
    );

  it("is the gap, not its justification", () => {
    expect(
      reported("**ВНИМАНИЕ**: мало тестовых задач - **Требуется**: Добавить ~60-80 тестовых задач"),
    ).toEqual([5]);
    expect(reported("Cobertura baja. Acción: añadir pruebas de integración")).toEqual([5]);
    expect(reported("覆盖率不足，需要补充集成测试")).toEqual([5]);
  });

  it("a note that says why the gap is acceptable, or denies the need, justifies it", () => {
    expect(reported("Покрытие 60%: E2E тесты отложены до фазы 3, потому что UI ещё нет")).toEqual(
      [],
    );
    expect(reported("覆盖率 70%，不需要添加新的测试框架")).toEqual([]);
  });
});

describe("a translated marker alone in brackets (round 405)", () => {
  const reported = (line: string): string[] =>
    findings(
      ["# Implementation Plan: X", "", "## Phase 0", "", line, ""].join("\n"),
      null,
      "no-unresolved-clarification",
    );

  it("is open where it stands", () => {
    const out = reported("- 测试框架选择：仅 CTest vs. GoogleTest（需要澄清）");
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^5 Open question `需要澄清`/);
    expect(reported("- 認証方式 (待確認)")).toHaveLength(1);
  });

  it("words that go on inside the brackets are a sentence, not the marker", () => {
    expect(reported("- 框架（需要澄清的问题已在 research.md 解决）")).toEqual([]);
  });
});

describe("a `## Gates` section after the check that lists the workflow's phases (round 410)", () => {
  const reported = (items: string[]): number[] =>
    lines(
      [
        "# Implementation Plan: X",
        "",
        "## Constitution Check",
        "",
        "| Principle | Status |",
        "|---|---|",
        "| I. Library-First | ✅ |",
        "",
        "## Gates",
        "",
        ...items,
        "",
      ].join("\n"),
      "gate-justification",
    );

  it("is progress, not the check's gates", () => {
    expect(
      reported([
        "- [ ] **Phase 0**: Research complete, unknowns resolved.",
        "- [ ] **Phase 1**: Design complete, data models defined.",
        "- [ ] Fase 2: tareas generadas.",
      ]),
    ).toEqual([]);
  });

  it("gates among them are still the check's", () => {
    expect(
      reported([
        "- [ ] **Phase 0**: Research complete, unknowns resolved.",
        "- [ ] **Security review**: threat model written.",
      ]),
    ).toEqual([11, 12]);
  });
});

describe("a progress tag in brackets (round 509's `[COMPLETED]`)", () => {
  const reported = oneLine("no-placeholder", "## Phase 0: Research");

  it("is the author's status, not a slot", () => {
    expect(reported("1. [COMPLETED] Docusaurus v3 plugin development best practices")).toEqual([]);
    expect(reported("### Data Models [IN PROGRESS]")).toEqual([]);
  });

  it("a capital slot beside it is still reported", () => {
    expect(reported("1. [COMPLETED] [RESEARCH_TOPIC] best practices")).toEqual([5]);
  });
});

describe("a check of rule ids a principle's rules table defines (round 505)", () => {
  const constitution = [
    "# Constitution",
    "",
    "## Core Principles",
    "",
    "### I. Layer Separation",
    "",
    "| ID | Rule |",
    "|---|---|",
    "| D1.1 | A shipped artifact MUST NOT reference a development artifact. |",
    "| D1.2 | The package MUST build from a clean tree. |",
    "",
    "### II. Verification Before and After",
    "",
    "| ID | Rule |",
    "|---|---|",
    "| D2.1 | A change MUST begin from a passing suite. |",
    "",
    "### III. Shared Library Review",
    "",
    "| ID | Rule |",
    "|---|---|",
    "| D3.1 | A change to a shared artifact MUST re-validate its dependants. |",
    "",
    "**Version**: 1.0.0 | **Ratified**: 2025-01-01 | **Last Amended**: 2025-01-01",
  ].join("\n");
  const uncovered = (rows: string[]): string[] =>
    uncoveredNames(
      ["| Rule | Verdict | Basis |", "|---|---|---|", ...rows].join("\n"),
      constitution,
    );

  it("credits each id's principle, a range's too", () => {
    expect(
      uncovered([
        "| `D1.1`–`D1.2` | PASS | Deletions only |",
        "| `D2.1` | PASS | Suite green before the first edit |",
        "| `D3.1` | N/A | No shared library is changed |",
      ]),
    ).toEqual([]);
  });

  it("an id no principle defines names none", () => {
    expect(
      uncovered([
        "| `D1.1` | PASS | Deletions only |",
        "| `D2.1` | PASS | Suite green before the first edit |",
        "| `D9.1` | N/A | Nothing to do |",
      ]),
    ).toEqual(["III. Shared Library Review"]);
  });
});

describe("a check that copies a principle's rule beside others it names (round 501)", () => {
  const constitution = [
    "# Constitution",
    "",
    "## Core Principles",
    "",
    "### I. Technical Accuracy",
    "All factual claims MUST be verified through primary and authoritative sources.",
    "",
    "### II. Conceptual Clarity",
    "Content MUST be clear and accessible for undergraduate to early postgraduate students.",
    "",
    "### III. Engineering Focus",
    "Explanations MUST prioritize engineering perspectives with real-world robotics context.",
    "",
    "### IV. Reproducibility",
    "Every experiment MUST be reproducible from the repository.",
    "",
    "### V. Open-Source First",
    "Prefer open-source tools and libraries.",
    "",
    "### VI. Ethical Development",
    "Robots and AI MUST be developed safely and responsibly.",
    "",
    "### VII. AI-Native Workflow",
    "Use Spec-Kit Plus and Claude Code for every chapter.",
    "",
    "**Version**: 1.0.0 | **Ratified**: 2025-01-01 | **Last Amended**: 2025-01-01",
  ].join("\n");
  const named = [
    "- Engineering focus with real-world robotics context (✓)",
    "- Reproducibility of all experiments (✓)",
    "- Open-source-first mindset (✓)",
    "- Ethical, safe, and responsible AI and robotics development (✓)",
    "- AI-native workflow using Spec-Kit Plus and Claude Code (✓)",
  ];
  const uncovered = (check: string[]): string[] => uncoveredNames(check.join("\n"), constitution);

  it("calls the principles whose rules it copies, as their names would", () => {
    expect(
      uncovered([
        "- All factual claims must be verified through primary and authoritative sources (✓)",
        "- Content must be clear and accessible for undergraduate to early postgraduate students (✓)",
        ...named,
      ]),
    ).toEqual([]);
  });

  it("a line sharing a few of a rule's words does not call its principle", () => {
    expect(uncovered(["- Sources are listed in the appendix (✓)", ...named])).toEqual([
      "I. Technical Accuracy",
      "II. Conceptual Clarity",
    ]);
  });
});

describe("a sub-section of the gates that tracks the workflow's phases by name (round 496)", () => {
  const reported = (items: string[]): number[] =>
    lines(
      [
        "# Implementation Plan: X",
        "",
        "## Constitution Check",
        "",
        "- [x] I. Library-First: one package per feature",
        "",
        "## Gates",
        "",
        "### Pre-Implementation Gates",
        "- [ ] Security review: threat model written",
        "",
        "### Implementation Gates",
        ...items,
        "",
      ].join("\n"),
      "gate-justification",
    );

  it("is progress: only the real gate above it is reported", () => {
    expect(
      reported([
        "- [x] **Research Phase Complete**: All research tasks completed",
        "- [ ] **Testing Phase Complete**: All validation criteria met",
        "- [ ] Deployment phase done: deployed to GitHub Pages",
      ]),
    ).toEqual([10]);
  });

  it("a gate among the milestones keeps the sub-section's gates", () => {
    expect(
      reported([
        "- [ ] **Testing Phase Complete**: All validation criteria met",
        "- [ ] Accessibility audit: screen reader pass",
      ]),
    ).toEqual([10, 13, 14]);
  });

  it("a phase's name alone is not a milestone", () => {
    expect(reported(["- [ ] **Testing Phase**: all validation criteria met"])).toEqual([10, 13]);
  });
});

describe("a partial pass in Chinese, Japanese and Korean (round 74's `🟡 部分通过`)", () => {
  const reported = (cell: string): number[] =>
    lines(
      [
        "# Implementation Plan: X",
        "",
        "## Constitution Check",
        "",
        "| 原则 | 状态 |",
        "|---|---|",
        `| III. 模块化与可测试性 | ${cell} |`,
        "",
      ].join("\n"),
      "gate-justification",
    );

  it("is not a pass: it needs its reason", () => {
    expect(reported("🟡 部分通过")).toEqual([7]);
    expect(reported("部分達成")).toEqual([7]);
    expect(reported("一部準拠")).toEqual([7]);
    expect(reported("부분 통과")).toEqual([7]);
  });

  it("a pass is still a pass", () => {
    expect(reported("✅ 通过")).toEqual([]);
    expect(reported("통과")).toEqual([]);
  });
});

describe("`NEEDS CLARIFICATION` answered none with a word on what kind (round 423)", () => {
  const reported = oneLine("no-unresolved-clarification", "## Technical Context");

  it("`none blocking`, `none remaining` say there is no open marker", () => {
    expect(
      reported("**NEEDS CLARIFICATION**: none blocking. All product decisions are settled."),
    ).toEqual([]);
    expect(reported("**NEEDS CLARIFICATION**: None remaining")).toEqual([]);
  });

  it("a label followed by a question is still open", () => {
    expect(reported("**NEEDS CLARIFICATION**: blocking the storage choice (Postgres?)")).toEqual([
      5,
    ]);
    expect(reported("**Storage**: NEEDS CLARIFICATION")).toEqual([5]);
  });
});

describe("a translated marker that labels a list item (round 420's `- 要明確化: …`)", () => {
  const reported = (line: string): number[] =>
    lines(
      ["# 実装計画: X", "", "## 技術的コンテキスト", "", "**ストレージ**:", "", line, ""].join(
        "\n",
      ),
      "no-unresolved-clarification",
    );

  it("opens the question that follows it, as `- NEEDS CLARIFICATION: …` does", () => {
    expect(reported("- 要明確化: ORM の選定 (Prisma, Drizzle のいずれか)")).toEqual([7]);
    expect(reported("- **需要澄清**：部署环境")).toEqual([7]);
  });

  it("not when it is answered none or resolved, nor as a word in a sentence", () => {
    expect(reported("- 需要澄清：无")).toEqual([]);
    expect(reported("- 要明確化: なし")).toEqual([]);
    expect(reported("- 要確認事項: すべて解決済み")).toEqual([]);
    expect(reported("- デプロイ先は要明確化の項目から外した")).toEqual([]);
  });
});

describe("a phase's gate as a whole (round 420's `**Phase 0 (調査前) ゲート**`)", () => {
  const reported = (label: string): number[] =>
    lines(
      [
        "# Implementation Plan: X",
        "",
        "## Constitution Check",
        "",
        "- **I. Library-First**: ✅ PASS",
        "",
        "### Gate evaluation",
        "",
        `**${label}**: ⚠️ CONDITIONAL PASS`,
        "",
        "- Four of the five principles pass by design.",
        "- The storage choice is decided by the Phase 0 research, then re-checked.",
        "",
      ].join("\n"),
      "gate-justification",
    );

  it("is the verdict of its section, explained by the lines below it", () => {
    expect(reported("Phase 0 (調査前) ゲート")).toEqual([]);
    expect(reported("Phase 0 (pre-research) gate")).toEqual([]);
  });

  it("a named gate is still a gate, answered on its own line", () => {
    expect(reported("Security gate")).toEqual([9]);
  });
});

describe("an author's change markers in a legend (round 419's `- **[EXTEND]**: …`)", () => {
  it("are the author's words, not template slots", () => {
    const text = [
      "# Implementation Plan: X",
      "",
      "**Structure Decision**: 新功能採用擴充策略：",
      "- **[EXISTING]**: 完全不修改的檔案",
      "- **[EXTEND]**: 擴充現有檔案（新增方法或屬性）",
      "- **[REUSE]**: reused as is",
      "- **[FEATURE]**: the feature's name",
      "",
    ].join("\n");
    expect(lines(text, "no-placeholder")).toEqual([7]);
  });
});

describe("an older constitution version named as history (round 418)", () => {
  const constitution = [
    "# X",
    "## Core Principles",
    "### I. Build Consistency",
    "Java 25.",
    "**Version**: 1.1.0",
  ].join("\n");
  const stale = (text: string): string[] =>
    findings(
      plan(`- **I. Build Consistency**: ✅\n\n${text}`),
      constitution,
      "constitution-version",
    );

  it("is not the version the plan was checked against", () => {
    expect(stale("> **Historical**: Constitution **v1.0.0** still referenced Java 21.")).toEqual(
      [],
    );
    expect(stale("Previously (constitution v1.0.0) the baseline was Java 21.")).toEqual([]);
  });

  it("a plain citation of it is still stale", () => {
    expect(stale("Checked against constitution v1.0.0.")).toEqual([
      expect.stringMatching(/cites constitution version `1\.0\.0`/),
    ]);
  });
});

describe("Chinese-numbered principles with sections after them (round 419's `### 一、`)", () => {
  const names = (headings: string[]): string[] =>
    parseConstitution(
      CONSTITUTION,
      ["# 專案憲章", "", "## 核心原則", "", ...headings.flatMap((h) => [h, "", "內容。", ""])].join(
        "\n",
      ),
    ).principles.map((p) => p.name);

  it("the numbered headings are the principles, the unnumbered ones after them are not", () => {
    expect(
      names([
        "### 一、尊重棕地專案",
        "### 二、最小化變更原則",
        "### III. 使用者體驗一致性",
        "### 實施期間",
        "### 修訂程序",
      ]),
    ).toEqual(["尊重棕地專案", "最小化變更原則", "使用者體驗一致性"]);
  });

  it("unnumbered principles alone are still principles", () => {
    expect(names(["### 尊重棕地專案", "### 最小化變更原則", "### 實施期間"])).toHaveLength(3);
  });
});

describe("an address a path goes on from, in a code span (round 421's `<API_URL>/socket.io`)", () => {
  const reported = oneLine("no-placeholder", "## Frontend");

  it("names the value it starts with", () => {
    expect(reported("- `lib/socket.ts` connects to `<API_URL>/socket.io` with `auth`.")).toEqual(
      [],
    );
    expect(reported("- Health check: `<BASE_URL>/health` returns 200.")).toEqual([]);
  });

  it("a slot inside a path, or the address in prose, is still template text", () => {
    expect(reported("- Specs live in `plans/<EPIC-ID>/spec.md`.")).toEqual([5]);
    expect(reported("- The client connects to <API_URL>/socket.io.")).toEqual([5]);
  });
});

describe("a need denied beside a gate (round 426's `不需更新`)", () => {
  const gates = (line: string): number[] => lines(plan(line), "gate-justification");
  const check = CHECK_LINE;

  it("is no open need: the gate passes", () => {
    expect(gates("- [x] 不改變模組邊界 → **`ARCHITECTURE.md` 不需更新**")).toEqual([]);
    expect(gates("- [x] 公共组件按设计传入数据，无需修改")).toEqual([]);
    expect(gates("| I. Docs | ✅ | No update needed |")).toEqual([]);
    expect(gates("- **I. Docs**: the guide does not need review")).toEqual([]);
    expect(gates("- [x] 문서: 업데이트 필요 없음")).toEqual([]);
  });

  it("a need written without the denial is still open", () => {
    expect(gates("- [x] 不改變模組邊界 → **`ARCHITECTURE.md` 需更新**")).toEqual([check]);
    expect(gates("- **I. Docs**: update needed")).toEqual([check]);
  });
});

describe("research entries of a translated old template's phase (round 427's `- 決定: [選択されたもの]`)", () => {
  const entries = ["- 決定: [選択されたもの]", "- 理由：[选择原因]", "- Decisión: [qué se eligió]"];
  // The repository's template writes them, so outside a phase they are its slots.
  const template = ["# 実装計画: [FEATURE]", "", "## 概要", "", ...entries, ""].join("\n");
  const phase = (title: string, entry: string): number[] =>
    checked(
      ["# 実装計画: X", "", `## ${title}`, "", "1. 調査結果を統合:", `   ${entry}`, ""].join("\n"),
      null,
      template,
    )
      .findings.filter((f) => f.rule === "no-placeholder")
      .map((f) => f.line);

  it("describe research.md's format, in the template's language", () => {
    expect(phase("フェーズ0: アウトライン & 調査", entries[0] ?? "")).toEqual([]);
    expect(phase("阶段 0：大纲与研究", entries[1] ?? "")).toEqual([]);
    expect(phase("Fase 0: Investigación", entries[2] ?? "")).toEqual([]);
  });

  it("outside a phase, or as a slot of its own, they are template text", () => {
    expect(phase("概要", entries[0] ?? "")).toEqual([6]);
    expect(phase("フェーズ0: 調査", "- 決定: [FEATURE]")).toEqual([6]);
  });
});

describe('a secret withheld in a sample (round 430\'s `"[SECURE - DO NOT COMMIT]"`)', () => {
  const sample = (line: string): number[] =>
    lines(
      ["# Implementation Plan: X", "", "## Signing", "", "```kotlin", line, "```", ""].join("\n"),
      "no-placeholder",
    );

  it("is the author's redaction, not a slot", () => {
    expect(sample('    storePassword: "[SECURE - DO NOT COMMIT]"')).toEqual([]);
    expect(sample('    apiKey: "[REDACTED]"')).toEqual([]);
  });

  it("a capital slot in the same place is still template text", () => {
    expect(sample('    storePassword: "[STORE_PASSWORD]"')).toEqual([6]);
  });
});

describe("a re-check whose verdict passes every principle (round 436's `✅ ALL PRINCIPLES VALIDATED`)", () => {
  const withRecheck = (recheck: string[]): number[] =>
    lines(
      plan(
        [
          gateTable(
            "| I. Spec-Driven | ✅ PASS | 15 FRs |",
            "| III. Test-First | ⚠️ PENDING | Tests MUST be written before implementation |",
          ),
          "",
          "## Constitution Re-Check (Post-Design)",
          "",
          ...recheck,
        ].join("\n"),
      ),
      "gate-justification",
    );
  const pending = FIRST_ROW + 1;

  it("resolves the pending gates of the first check", () => {
    expect(
      withRecheck([
        "| Principle | Validation |",
        "|-----------|------------|",
        "| III. Test-First | Each step writes its test first |",
        "",
        "**Status**: ✅ ALL PRINCIPLES VALIDATED",
      ]),
    ).toEqual([]);
  });

  it("not when a gate of the re-check is still open, nor without a verdict", () => {
    expect(
      withRecheck(["- III. Test-First: ⚠️ PENDING", "", "**Status**: ✅ ALL PRINCIPLES VALIDATED"]),
    ).toContain(pending);
    expect(withRecheck(["Each step writes its test first."])).toEqual([pending]);
  });
});

describe("a note saying what the plan must still include (round 436)", () => {
  const gates = (note: string): number[] => tableGates(`| II. Test-First | ⚠️ GATE | ${note} |`);
  const check = FIRST_ROW;

  it("is the gap, not its reason", () => {
    expect(gates("Implementation must include unit tests before stage tools")).toEqual([check]);
  });

  it("a note that explains the deviation still justifies it", () => {
    expect(gates("Unit tests cover the stage tools; the browser is exercised by hand")).toEqual([]);
  });
});

describe("a configuration file's tables (round 435's ```toml `[API_ENDPOINTS]`)", () => {
  const fence = (info: string, line: string): number[] =>
    lines(
      [
        "# Implementation Plan: X",
        "",
        "## Config",
        "",
        `\`\`\`${info}`,
        line,
        'A = "b"',
        "```",
        "",
      ].join("\n"),
      "no-placeholder",
    );

  it("are sections of the file, not slots", () => {
    expect(fence("toml", "[API_ENDPOINTS]")).toEqual([]);
    expect(fence("toml", "[[CHAT_MODELS]]  # one per model")).toEqual([]);
    expect(fence("ini", "[SETTINGS]")).toEqual([]);
  });

  it("the template's tokens there, and capital slots in other code, are still template text", () => {
    expect(fence("toml", "[###-feature]")).toEqual([6]);
    expect(fence("toml", 'name = "[PROJECT_NAME]"')).toEqual([6]);
    expect(fence("python", "[API_ENDPOINTS]")).toEqual([6]);
  });
});

describe("a validation still to come (round 430's `NEEDS VALIDATION`)", () => {
  const gates = tableGates;
  const check = FIRST_ROW;

  it("is pending, as a verification still to come is", () => {
    expect(gates("| IV. Logging | NEEDS VALIDATION | Structured log format |")).toEqual([check]);
    expect(gates("| IV. Logging | ⏳ PENDING | To be validated during implementation |")).toEqual([
      check,
    ]);
  });

  it("a validation done, or one deferred with its reason, is not open", () => {
    expect(gates("| IV. Logging | ✅ Validated | Structured log format |")).toEqual([]);
    expect(
      gates(
        "| IV. Logging | NEEDS VALIDATION | Deferred to Phase 2 because the log pipeline lands there |",
      ),
    ).toEqual([]);
  });
});

describe("a first-template group title over a sentence of the plan's own (round 437's `- Architecture: …`)", () => {
  const constitution = [
    "# Constitution",
    "",
    "## Core Principles",
    "",
    "### I. Offline Rendering",
    "The viewer MUST render without network access; fonts ship with the build.",
    "",
    "### II. Architectural Boundaries",
    "The simulation MUST run on a background worker thread while the render loop stays on the",
    "main thread; the two exchange messages through one queue.",
    "",
    "### III. Contract Primacy",
    "The schema is the single source of truth; code follows the validated schema.",
    "",
    "**Version**: 1.0.0 | **Ratified**: 2026-01-01 | **Last Amended**: 2026-01-01",
    "",
  ].join("\n");
  const check = (architecture: string): string =>
    [
      "- **I. Offline Rendering**: fonts are bundled.",
      architecture,
      "- **III. Contract Primacy**: the schema is validated first.",
    ].join("\n");

  it("is matched by the sentence's words", () => {
    expect(
      uncoveredNames(
        check(
          "- Architecture: the simulation runs on a background worker thread, the render loop on the main thread, and they exchange messages through one queue.",
        ),
        constitution,
      ),
    ).toEqual([]);
  });

  it("the title alone, or the template's question after it, names no principle", () => {
    expect(
      uncoveredNames(
        check("- Architecture: Every feature as library? Yes, the viewer is one worker thread."),
        constitution,
      ),
    ).toEqual(["II. Architectural Boundaries"]);
  });
});

describe("numerals given their own verdicts inside another gate's line (round 437's `**III**: N/A. **V**: PASS.`)", () => {
  const constitution = [
    "# Constitution",
    "",
    "## Core Principles",
    "",
    ...["Evidence First", "Server Authority", "Real Authorization", "Honest AI", "Test-First"].map(
      (name, k) => `### ${["I", "II", "III", "IV", "V"][k]}. ${name}\n${name} rules apply.\n`,
    ),
    "**Version**: 1.0.0 | **Ratified**: 2026-01-01 | **Last Amended**: 2026-01-01",
    "",
  ].join("\n");
  const check = (last: string): string =>
    [
      "- **I. Evidence First**: PASS — proven by tests.",
      "- **II. Server Authority**: PASS — server-computed totals.",
      "- **IV. Honest AI**: PASS — demo labelled.",
      last,
    ].join("\n");

  it("check those principles", () => {
    expect(
      uncoveredNames(
        check("- **Secrets constraint**: PASS — names only. **III**: N/A. **V**: PASS."),
        constitution,
      ),
    ).toEqual([]);
  });

  it("a numeral with no verdict after its colon checks nothing", () => {
    expect(
      uncoveredNames(
        check("- **Secrets constraint**: PASS — names only. III: the schema rules apply later."),
        constitution,
      ),
    ).toEqual(["III. Real Authorization", "V. Test-First"]);
  });
});

describe("task tags a plan defines (round 445's `[CORE][P]`, `- **[SECURITY]**: …`)", () => {
  const placeholders = (extra: string[]): number[] =>
    lines(
      [
        "# Implementation Plan: X",
        "",
        "## Phase 2: Task Planning Approach",
        "",
        "- **[SECURITY]**: key management and signature tasks",
        "- **[CORE]**: data model and service tasks",
        "",
        "1. [CORE][P] Create the Device collection",
        "2. [SECURITY] Store keys in the keychain",
        "3. [SERVER][P] Add the signalling endpoint",
        ...extra,
        "",
      ].join("\n"),
      "no-placeholder",
    );

  it("are the plan's own vocabulary wherever it writes them", () => {
    expect(placeholders(["", "Tasks carry [SECURITY], [CORE] or [SERVER]."])).toEqual([]);
  });

  it("a capital slot the plan never uses as a tag is still template text", () => {
    expect(placeholders(["", "The service is [SERVICE_NAME]."])).toEqual([12]);
  });
});

describe("answers under a heading of the markers (round 445's `**NEEDS CLARIFICATION解决**:`)", () => {
  const open = (line: string): number[] =>
    oneLine("no-unresolved-clarification", "## Research")(line);

  it("the label over the answers is no open question", () => {
    expect(open("8. **NEEDS CLARIFICATION解决**:")).toEqual([]);
    expect(open("### Research Tasks (NEEDS CLARIFICATION解决)")).toEqual([]);
  });

  it("a field left at the marker is still open", () => {
    expect(open("- **认证方式**: NEEDS CLARIFICATION")).toEqual([5]);
  });
});

describe("an Option label kept as the tree's caption (rounds 435 and 444's `# Existing structure (Option 2: Web application)`)", () => {
  const structure = (
    tree: string,
    decision = "**Structure Decision**: the web layout.",
  ): number[] =>
    lines(
      [
        "# Implementation Plan: X",
        "",
        "## Project Structure",
        "",
        "```text",
        tree,
        "backend/",
        "```",
        "",
        decision,
        "",
      ].join("\n"),
      "no-option-label",
    );

  it("is the template's label", () => {
    expect(structure("# Existing structure (Option 2: Web application)")).toEqual([6]);
  });

  it("the decision naming the option, or a caption without the label, is the author's", () => {
    expect(
      structure(
        "# Existing structure (web application)",
        "**Structure Decision**: Option 2 (Web application) - keeps the monorepo.",
      ),
    ).toEqual([]);
  });
});

describe("a Complexity Tracking row answering that nothing needed the violation (round 437)", () => {
  const constitution = [
    "# Constitution",
    "",
    "## Core Principles",
    "",
    "### III. Offline First",
    "The viewer works without network access.",
    "",
    "**Version**: 1.0.0 | **Ratified**: 2026-01-01 | **Last Amended**: 2026-01-01",
    "",
  ].join("\n");
  const withRow = (row: string): string =>
    [
      plan(gateTable("| III. Offline First | ❌ VIOLATED | Recorded in Complexity Tracking. |")),
      "## Complexity Tracking",
      "",
      "| Violation | Why Needed | Simpler Alternative Rejected Because |",
      "|---|---|---|",
      row,
      "",
    ].join("\n");

  it("denies a justification", () => {
    expect(
      lines(
        withRow(
          "| Principle III - fonts from a CDN | Nothing required it. | Self-hosting was not evaluated |",
        ),
        "gate-justification",
        constitution,
      ),
    ).toEqual([FIRST_ROW]);
  });

  it("a row that gives the need justifies it", () => {
    expect(
      lines(
        withRow(
          "| Principle III - fonts from a CDN | The font's licence requires its CDN | Self-hosting breaks the licence |",
        ),
        "gate-justification",
        constitution,
      ),
    ).toEqual([]);
  });
});

describe("a constitution with some principles written and the rest still the template's (round 441)", () => {
  const constitution = (third: string): string =>
    [
      "# Text Moderation Constitution",
      "",
      "## Core Principles",
      "",
      "### I. Bun-First Technology Stack",
      "Bun is the runtime for every script.",
      "",
      "### [PRINCIPLE_2_NAME]",
      "[PRINCIPLE_2_DESCRIPTION]",
      "",
      "### III. Test-First (NON-NEGOTIABLE)",
      third,
      "",
      "### [PRINCIPLE_4_NAME]",
      "[PRINCIPLE_4_DESCRIPTION]",
      "",
      "**Version**: [CONSTITUTION_VERSION] | **Ratified**: [RATIFICATION_DATE]",
      "",
    ].join("\n");

  it("is ratified with the principles written in full", () => {
    const written = parseConstitution(CONSTITUTION, constitution("Tests are written first."));
    expect(written.unfilled).toBe(false);
    expect(written.principles.map((p) => p.numeral)).toEqual([1, 3]);
    expect(
      uncoveredNames(
        "- [x] **III. Test-First**: tests first",
        constitution("Tests are written first."),
      ),
    ).toEqual(["I. Bun-First Technology Stack"]);
  });

  it("is still unfilled while a principle written has its description still a slot", () => {
    expect(
      parseConstitution(CONSTITUTION, constitution("[PRINCIPLE_3_DESCRIPTION]")).unfilled,
    ).toBe(true);
  });
});

describe("a capital word in bold after the line's own words (round 454's `**[PROPOSTA]**`)", () => {
  const placeholders = (line: string): number[] => oneLine("no-placeholder", "## Summary")(line);

  it("marks what it follows", () => {
    expect(
      placeholders("1. Uma rota nova, `GET /api/v1/metrics/model-usage` **[PROPOSTA]**, sobre"),
    ).toEqual([]);
    expect(
      placeholders("| R1 | O contrato do endpoint é **[PROPOSTA]**; nomes podem mudar |"),
    ).toEqual([]);
  });

  it("a slot after a label, first on its line, or of the template is still template text", () => {
    expect(placeholders("**Owner**: **[OWNER]**")).toEqual([5]);
    expect(placeholders("**[COMPONENT]** handles the requests")).toEqual([5]);
    expect(placeholders("The plan for **[FEATURE]**, as specified")).toEqual([5]);
  });
});

describe("a question whether a principle was violated, answered no (round 454)", () => {
  const recheck = (answer: string): number[] =>
    lines(
      plan(
        [
          "- **Principle II still respected?** Yes, the design keeps it.",
          `- **Algum MUST passou a ser violado pelo design?** ${answer}`,
        ].join("\n"),
      ),
      "gate-justification",
    );

  it("passes, in the lexicon's languages", () => {
    expect(recheck("Não.")).toEqual([]);
    expect(recheck("Nein.")).toEqual([]);
  });

  it("a question whether a principle holds, answered no, is a failing gate", () => {
    expect(
      lines(plan("- **Princípio II continua respeitado?** Não."), "gate-justification"),
    ).toEqual([CHECK_LINE]);
  });

  it("in English too", () => {
    expect(
      lines(plan("- **Was any principle violated by the design?** No."), "gate-justification"),
    ).toEqual([]);
    expect(lines(plan("- **Tests written before the code?** No."), "gate-justification")).toEqual([
      CHECK_LINE,
    ]);
  });
});

describe("the markers still open counted none (round 454's `**NEEDS CLARIFICATION restantes**: 0`)", () => {
  const open = (line: string): number[] =>
    oneLine("no-unresolved-clarification", "## Technical Context")(line);

  it("are no open question", () => {
    expect(open("**Constitution**: PASS (v1.2.0) · **NEEDS CLARIFICATION restantes**: 0")).toEqual(
      [],
    );
    expect(open("| NEEDS CLARIFICATION restantes | 0 (Q1–Q4 resolvidos no clarify) |")).toEqual([]);
    expect(open("| NEEDS CLARIFICATION remaining | none |")).toEqual([]);
  });

  it("a count above none, or the marker as a field's value, is open", () => {
    expect(open("| NEEDS CLARIFICATION restantes | 2 (Q3, Q4) |")).toEqual([5]);
    expect(open("**Storage**: NEEDS CLARIFICATION")).toEqual([5]);
  });
});

describe("a status word in a slash-joined list of states (round 455's `Pending/approve/reject flows`)", () => {
  it("is a word of the text, not the gate's status", () => {
    expect(
      lines(
        plan(
          "- **P2 – Manager-Governed Approvals**: Pending/approve/reject flows remain visible in manager pages.",
        ),
        "gate-justification",
      ),
    ).toEqual([]);
  });

  it("a status standing alone, or a choice of two statuses, is still read", () => {
    expect(
      lines(
        plan("- **P2 – Manager-Governed Approvals**: Pending, approval flows to come."),
        "gate-justification",
      ),
    ).toEqual([CHECK_LINE]);
    expect(tableGates("| II. Tests | PASS/FAIL | |")).toEqual([FIRST_ROW]);
  });
});

describe("a checklist after the plan's check, every box open (round 455's `## Quality Validation Checklist`)", () => {
  const withChecklist = (title: string, parent: string | null): number[] =>
    lines(
      [
        plan(gateTable("| I. Spec-Driven | ✅ PASS | The spec exists. |")),
        "## Project Structure",
        "",
        "Single project.",
        "",
        ...(parent ? [parent, ""] : []),
        title,
        "",
        "- [ ] Principle 1: All code references specification documents",
        "- [ ] Principle 2: AI uses the agents SDK only",
        "",
      ].join("\n"),
      "gate-justification",
    );

  it("is the work's to-do list, not gates", () => {
    expect(withChecklist("### Constitution Compliance", "## Quality Validation Checklist")).toEqual(
      [],
    );
    expect(withChecklist("## 憲章合規性檢查清單", null)).toEqual([]);
  });

  it("a re-check after the plan's check, or one not titled a checklist, still has gates", () => {
    expect(withChecklist("## Constitution Check (Post-Design)", null)).toHaveLength(2);
    expect(withChecklist("### Constitution Compliance", "## Deployment")).toHaveLength(2);
  });
});

describe("a plan with no title, its sections written with `#` (round 458's `# 方案摘要`)", () => {
  const missing = (first: string): string[] =>
    findings(
      [
        "**Feature 分支**: `002-x` | **日期**: 2026-10-03 | **规格**: [spec.md](spec.md)",
        "",
        first,
        "",
        "本特性重塑配置向导。",
        "",
        "# 技术上下文",
        "",
        "**语言/版本**: Python 3.12",
        "",
        "# 宪法原则审查 (Constitution Check)",
        "",
        "- [x] I. 单文件：通过",
        "",
        "# 项目结构",
        "",
        "### 源码结构",
        "",
        "src/",
        "",
      ].join("\n"),
      null,
      "required-section",
    );

  it("has its first `#` heading as a section, not as the title", () => {
    expect(missing("# 方案摘要")).toEqual([]);
  });

  it("a title after the metadata is still the title", () => {
    expect(missing("# 初始化向导体验")).toEqual([expect.stringContaining("`Summary`")]);
  });
});

describe("a principle whose name has two parts, checked in two gates (round 461's `Cohere embeddings`, `Qdrant vector store`)", () => {
  const constitution = [
    "# Constitution",
    "",
    "## Core Principles",
    "",
    "### I. Backend-Only Development",
    "All work stays in the backend.",
    "",
    "### II. Deterministic RAG Answers",
    "Answers come from the textbook only.",
    "",
    "### III. Environment Variables for Configuration",
    "No secret is written in the code.",
    "",
    "### IV. Spec-First Development",
    "Every API endpoint and data model has clear requirements before implementation begins.",
    "",
    "### V. Cohere Embeddings and Qdrant Vector Store",
    "Embeddings come from Cohere and are stored in Qdrant.",
    "",
    "### VI. Neon Serverless PostgreSQL for Data Persistence",
    "Persistent data lives in Neon.",
    "",
    "**Version**: 1.0.0 | **Ratified**: 2026-01-01 | **Last Amended**: 2026-01-01",
    "",
  ].join("\n");
  const check = (fourth: string): string[] =>
    uncoveredNames(
      [
        "- [x] Backend-only development: all work confined to /backend",
        "- [x] Deterministic RAG: responses only from textbook content",
        "- [x] Environment variables: no hardcoded secrets",
        `- [x] ${fourth}`,
        "- [x] Qdrant vector store: use Qdrant Cloud for vector storage",
        "- [x] Neon Serverless PostgreSQL: use for all persistent data",
      ].join("\n"),
      constitution,
    );

  it("leaves the principle in the first gate's place unchecked", () => {
    expect(check("Cohere embeddings: use the Cohere API exclusively (not OpenAI)")).toEqual([
      "IV. Spec-First Development",
    ]);
  });

  it("a gate in its place in other words is still that principle's", () => {
    expect(check("Specs approved: the feature's spec was approved before planning")).toEqual([]);
  });
});

describe("a constitution whose principles are numbered rules under a title the lexicon lacks (round 461's `### RULE 6:`)", () => {
  const constitution = (word: string): string =>
    [
      "# Book Project Constitution",
      "",
      "**Version**: 1.0.0 | **Ratified**: 2026-03-04 | **Last Amended**: 2026-03-04",
      "",
      "## PROJECT KA MAQSAD",
      "",
      "Hum ek online book website bana rahe hain.",
      "",
      "## ZAROORI QAWAID",
      "",
      ...[
        "Apni Taraf Se Kuch Nahi",
        "Code Bilkul Structured Hoga",
        "Koi Undocumented Decision Nahi",
        "Build Hamesha Pass Hona Chahiye",
      ].flatMap((name, k) => [
        `### ${word} ${k + 1}: ${name}`,
        "",
        "Yeh rule hamesha lagu hai.",
        "",
      ]),
      "## Governance",
      "",
      "Amendments need approval.",
      "",
    ].join("\n");
  const check = gateTable(
    "| RULE 1: Apni Taraf Se Kuch Nahi | ✅ PASS | No new content. |",
    "| RULE 2: Code Structured | ✅ PASS | Files kept in backend/. |",
    "| RULE 4: Build Hamesha Pass | ✅ PASS | The build runs after each change. |",
  );

  it("reads the rules as its principles", () => {
    expect(uncoveredNames(check, constitution("RULE"))).toEqual([
      "3. Koi Undocumented Decision Nahi",
    ]);
    expect(uncoveredNames(check, constitution("Regla"))).toEqual([
      "3. Koi Undocumented Decision Nahi",
    ]);
  });

  it("beside a principles section, rules of another section are not principles", () => {
    const principled = [
      "# Constitution",
      "",
      "## Core Principles",
      "",
      "### I. Test-First",
      "Tests come first.",
      "",
      "### II. Simplicity",
      "Keep it simple.",
      "",
      "## Review Rules",
      "",
      "### Rule 1: Two approvals",
      "Every change needs two approvals.",
      "",
      "### Rule 2: Green build",
      "The build passes before merge.",
      "",
      "**Version**: 1.0.0 | **Ratified**: 2026-01-01 | **Last Amended**: 2026-01-01",
      "",
    ].join("\n");
    expect(parseConstitution(CONSTITUTION, principled).principles.map((p) => p.name)).toEqual([
      "Test-First",
      "Simplicity",
    ]);
  });
});

describe("a translated marker as the value of a date field (round 470's `**預計開始日期**: 待確認`)", () => {
  const reported = (line: string): number[] =>
    lines(
      ["# 實作計畫：X", "", "## 技術環境", "", "**語言/版本**：TypeScript 5", "", line, ""].join(
        "\n",
      ),
      "no-unresolved-clarification",
    );

  it("is a date not yet set, not an open question of the design", () => {
    expect(reported("**預計開始日期**: 待確認")).toEqual([]);
    expect(reported("- **截止日期**：待确认")).toEqual([]);
    expect(reported("**Fecha objetivo**: necesita aclaración")).toEqual([]);
  });

  it("is still open as the value of any other field, or in capitals", () => {
    expect(reported("**儲存方式**: 待確認")).toEqual([7]);
    expect(reported("**响应时间**：待确认")).toEqual([7]);
    expect(reported("**Fecha objetivo**: NECESITA ACLARACIÓN")).toEqual([7]);
  });
});

describe("`要確認` as a field's value (round 470's `**Next.js バージョン**: 要確認（…）`)", () => {
  const reported = oneLine("no-unresolved-clarification", "## 技術コンテキスト");

  it("is the marker, as the Japanese templates translate it", () => {
    expect(reported("**Next.js バージョン**: 要確認（App Router を推奨）。")).toEqual([5]);
    expect(reported("**ストレージ**: [要確認]")).toEqual([5]);
  });

  it("not as a word of a sentence or a table's status, nor said resolved", () => {
    expect(reported("- [x] すべての「要確認」解決済み")).toEqual([]);
    expect(reported("性能目標は要確認（初期案：<5s）。")).toEqual([]);
  });
});

describe("a waiver the gate's criterion allows (round 466's `budgets met or explicit waiver documented`)", () => {
  const reported = (item: string): number[] => lines(plan(item), "gate-justification");

  it("describes the unchecked gate; it is no waiver of this plan", () => {
    expect(reported("- [ ] Performance: budgets met or explicit waiver documented")).toEqual([
      CHECK_LINE,
    ]);
    expect(reported("- [ ] Dependencies: none added unless an exception is justified")).toEqual([
      CHECK_LINE,
    ]);
  });

  it("a waiver the plan has, or a reason beside the alternative, still justifies it", () => {
    expect(reported("- [ ] Performance: waived for the prototype (no traffic yet)")).toEqual([]);
    expect(
      reported("- [ ] Performance: budgets met or waiver documented; deferred to Phase 3"),
    ).toEqual([]);
  });
});

describe("an English constitution that quotes a term in another script (round 470's `Traditional Chinese (繁體中文)`)", () => {
  const constitution = [
    "# Project Constitution",
    "",
    "**Constitution Version**: 1.0.0",
    "**Ratification Date**: 2025-11-19",
    "**Last Amended Date**: 2025-11-19",
    "",
    "## Principles",
    "",
    "### Principle 1: Documentation Language",
    "",
    "**Statement**: All project documentation MUST be written in Traditional Chinese (繁體中文).",
    "",
    "### Principle 2: Small Releases",
    "",
    "**Statement**: Every release ships one feature.",
    "",
    "## Governance",
    "",
    "Amendments need a pull request.",
    "",
  ].join("\n");
  const check = (...rows: string[]): string =>
    ["| 原則 | 檢核項目 | 狀態 |", "|---|---|---|", ...rows].join("\n");

  it("is still English: a Chinese gate label is read by the words it translates", () => {
    expect(
      uncoveredNames(
        check(
          "| 文件語言 | 所有文件使用繁體中文 | ✅ 通過 |",
          "| Small Releases | 每次一個功能 | ✅ 通過 |",
        ),
        constitution,
      ),
    ).toEqual([]);
  });

  it("a label that translates no word of a principle's name does not check it", () => {
    expect(
      uncoveredNames(
        check(
          "| 版本發布 | 所有文件使用繁體中文 | ✅ 通過 |",
          "| Small Releases | 每次一個功能 | ✅ 通過 |",
        ),
        constitution,
      ),
    ).toEqual([expect.stringContaining("may check `1. Documentation Language`")]);
  });
});

describe("a translated marker said resolved on a line without accents (round 473's `Todos os PRECISA DE ESCLARECIMENTO resolvidos`)", () => {
  const reported = oneLine("no-unresolved-clarification", "## Rastreamento de Progresso");

  it("is about the markers, accents or not", () => {
    expect(reported("- [x] Todos os PRECISA DE ESCLARECIMENTO resolvidos")).toEqual([]);
    expect(reported("- [x] Todas las NECESITA ACLARACION resueltas")).toEqual([]);
  });

  it("a translated marker still open is reported, and an English line keeps its reading", () => {
    expect(reported("- [ ] Cache: PRECISA DE ESCLARECIMENTO")).toEqual([5]);
    expect(reported("- Auth NEEDS CLARIFICATION for todos os fluxos")).toEqual([5]);
  });
});

describe("the markers of another section named in Chinese (round 474's `基于技术上下文中的NEEDS CLARIFICATION`)", () => {
  const reported = oneLine("no-unresolved-clarification", "## Phase 0: 研究");

  it("refers to them; it is not one", () => {
    expect(reported("基于技术上下文中的NEEDS CLARIFICATION，以下研究任务需要完成：")).toEqual([]);
    expect(reported("解决规范里的 `NEEDS CLARIFICATION` 之后再设计。")).toEqual([]);
  });

  it("a marker standing as a value, or in a sentence without it, is still open", () => {
    expect(reported("**存储方式**：NEEDS CLARIFICATION")).toEqual([5]);
    expect(reported("认证方式 NEEDS CLARIFICATION，待研究")).toEqual([5]);
  });
});

describe("the version a Constitution Check says it was checked against (round 473's `Evaluada contra la versión **4.1.0**.`)", () => {
  const constitution = [
    "# X",
    "## Core Principles",
    "### I. Code Quality",
    "Readable.",
    "**Version**: 4.2.0",
  ].join("\n");
  const stale = (text: string): string[] =>
    findings(plan(text), constitution, "constitution-version");

  it("is a citation of the constitution in that section", () => {
    expect(stale("Evaluada contra la versión **4.1.0**.\n\n- **I. Code Quality**: ✅")).toEqual([
      expect.stringMatching(/^\d+ The plan cites constitution version `4\.1\.0`/),
    ]);
    expect(stale("Checked against version 4.2.0.\n\n- **I. Code Quality**: ✅")).toEqual([]);
  });

  it("not outside that section, nor a library's version", () => {
    const outside = plan("- **I. Code Quality**: ✅").replace(
      "Adds X.",
      "Tested against version 4.1.0 of the SDK.",
    );
    expect(findings(outside, constitution, "constitution-version")).toEqual([]);
    expect(stale("React 18.2, against the 4.1.0 API.\n\n- **I. Code Quality**: ✅")).toEqual([]);
  });
});

describe("a constitution whose footer opens with its version (round 472's `Version 4.0.0 - derniere modification: …`)", () => {
  const version = (footer: string): string | null =>
    parseConstitution(
      CONSTITUTION,
      ["# Constitution", "", "## Principes", "", "### 2.1 Local", "Local.", "", footer, ""].join(
        "\n",
      ),
    ).version;

  it("reads it as the version", () => {
    expect(version("Version 4.0.0 - derniere modification: 2026-09-23")).toBe("4.0.0");
    expect(version("**Version 1.0.0 - 2025-12-28 (Initial Ratification)**")).toBe("1.0.0");
    expect(version("Version 1.0.0 | Ratified 2026-09-13")).toBe("1.0.0");
  });

  it("not a version in a sentence, nor a two-part one", () => {
    expect(version("Version 2.1.0 of the API is frozen.")).toBeNull();
    expect(version("Version 2.1 - draft")).toBeNull();
  });
});

describe("a Constitution Check line saying no other principle applies (round 472's `No other principle is implicated: …`)", () => {
  const constitution = [
    "# Constitution",
    "",
    "## Core Principles",
    "",
    ...["Tenant Isolation", "Offline Sync", "GDPR Erasure", "Language Axes"].flatMap((name, k) => [
      `### ${["I", "II", "III", "IV"][k]}. ${name}`,
      `${name} rules.`,
      "",
    ]),
    "**Version**: 1.0.0 | **Ratified**: 2026-01-01 | **Last Amended**: 2026-01-01",
  ].join("\n");
  const check = (last: string): string =>
    ["- **Principle IV (Language Axes)** — PASS. The toggle is the principle.", last].join("\n");

  it("answers for the principles the check does not name", () => {
    expect(
      uncoveredNames(
        check("- No other principle is implicated: no new data entity, no new API surface."),
        constitution,
      ),
    ).toEqual([]);
    expect(
      uncoveredNames(
        check("All other principles: not applicable (no server change)."),
        constitution,
      ),
    ).toEqual([]);
  });

  it("not a bare pass for them, nor alignment with the principles", () => {
    expect(uncoveredNames(check("All other principles pass."), constitution)).toEqual([
      "I. Tenant Isolation",
      "II. Offline Sync",
      "III. GDPR Erasure",
    ]);
    expect(
      uncoveredNames(check("The feature aligns with the core principles."), constitution),
    ).toEqual(["I. Tenant Isolation", "II. Offline Sync", "III. GDPR Erasure"]);
  });
});

describe("a check in Portuguese of a constitution written in English (round 473's `Arquitetura Orientada à Especificação`)", () => {
  const constitution = [
    "# C",
    "## Core Principles",
    "### I. Feature-First Development",
    "Features first.",
    "### II. Test-Driven Development",
    "Tests first.",
    "### III. Specification-Driven Architecture",
    "The spec is the source of truth.",
    "### IV. Task-Based Implementation",
    "Work follows tasks.md.",
    "### V. Constitution Compliance",
    "Plans follow this constitution.",
  ].join("\n");
  const row = (name: string, note: string): string => `- **${name}**: PASSA. ${note}`;

  it("names each principle by the words of its name in Portuguese", () => {
    const check = [
      row("Desenvolvimento Orientado a Features", "O fluxo especificar → planejar."),
      row("Desenvolvimento Orientado a Testes", "Testes de contrato antes."),
      row("Arquitetura Orientada à Especificação", "O spec.md é a fonte da verdade."),
      row("Implementação Baseada em Tarefas", "O tasks.md guia a implementação."),
      row("Conformidade com a Constituição", "O plano adere aos princípios."),
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual([]);
  });

  it("a gate on something else in Portuguese names none of them", () => {
    const check = [
      row("Desenvolvimento Orientado a Features", "O fluxo especificar → planejar."),
      row("Desenvolvimento Orientado a Testes", "Testes de contrato antes."),
      row("Segurança de Dados", "Senhas com hash."),
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual(
      expect.arrayContaining([
        "III. Specification-Driven Architecture",
        "IV. Task-Based Implementation",
      ]),
    );
  });
});

describe("a heading naming the constitution with a version in brackets (round 467's `### Constitution Compliance Review (v1.1.0)`)", () => {
  const constitution = [
    "# X",
    "## Core Principles",
    "### I. Code Quality",
    "Readable.",
    "**Version**: 1.2.0",
  ].join("\n");
  const stale = (heading: string): number[] =>
    lines(plan(`${heading}\n\n- **I. Code Quality**: ✅`), "constitution-version", constitution);

  it("cites that version", () => {
    expect(stale("### Constitution Compliance Review (v1.1.0)")).toEqual([CHECK_LINE]);
    expect(stale("### 適用される憲法原則（v1.1.0）")).toEqual([CHECK_LINE]);
    expect(stale("### Constitution Check — v1.1.0")).toEqual([CHECK_LINE]);
    expect(stale("### Constitution Compliance Review (v1.2.0)")).toEqual([]);
  });

  it("not a heading naming no constitution, nor one naming another document's", () => {
    expect(stale("### Dependencies (Node v18.2.0)")).toEqual([]);
    expect(stale("### security-constitution compliance (v1.1.0)")).toEqual([]);
    expect(stale("Constitution compliance was reviewed (v1.1.0 of the SDK).")).toEqual([]);
  });
});

describe("a step of spec-kit's workflow in progress (round 474's `2. 🔄 Generating implementation plan: plan.md`)", () => {
  const reported = (item: string): number[] => lines(plan(item), "gate-justification");

  it("is pending by its nature while the plan is written, not a gap", () => {
    expect(reported("2. 🔄 Generating implementation plan (bilingual): plan.md")).toEqual([]);
    expect(reported("3. ⏳ Task list: tasks.md (via `/speckit.tasks`)")).toEqual([]);
  });

  it("not another artifact's step, nor an unticked box pointing at the plan", () => {
    expect(reported("2. 🔄 Data model: data-model.md")).toEqual([CHECK_LINE]);
    expect(reported("- [ ] Security review: plan.md")).toEqual([CHECK_LINE]);
    expect(reported("2. 🔄 Security review: plan.md needs a threat model")).toEqual([CHECK_LINE]);
  });
});

describe("`不再存在` before a marker (round 480's `- 不再存在 [需要澄清]`, the old template's `all NEEDS CLARIFICATION resolved`)", () => {
  const reported = oneLine("no-unresolved-clarification", "## 阶段 0: 大纲与研究");

  it("says none is left; it is not one", () => {
    expect(reported("- 不再存在 [需要澄清]")).toEqual([]);
    expect(reported("- 不再有 NEEDS CLARIFICATION")).toEqual([]);
  });

  it("a marker still open beside other words is reported", () => {
    expect(reported("- 存储方案 [需要澄清]")).toEqual([5]);
    expect(reported("- 依然存在 [NEEDS CLARIFICATION: 认证方式]")).toEqual([5]);
  });
});

describe("a check line quoting the module a principle mandates (round 480's `` `@hl8/config`、`libs/infra/cache` ``)", () => {
  const constitution = [
    "# X",
    "## Core Principles",
    "### I. 中文优先原则",
    "所有文档使用中文。",
    "### II. 配置模块使用规范",
    "- 必须优先通过 `@hl8/config` 读取与管理配置。",
    "### III. 缓存模块使用规范",
    "- 缓存策略必须通过 `libs/infra/cache` 管理。",
    "### IV. 数据库管理模块使用规范",
    "- 数据库连接必须通过 `libs/infra/mikro-orm-nestjs` 模块完成。",
    "### V. 简单性",
    "- 避免不必要的抽象，参见 `libs/infra/cache` 与 `docs/adr`。",
  ].join("\n");

  it("addresses that principle, the one whose rules alone quote it", () => {
    const check = [
      "- ✅ 语言规范：所有文档使用中文（对应中文优先原则）。",
      "- ✅ 基础设施依赖：整合 `@hl8/config`、`libs/infra/mikro-orm-nestjs`，禁止旁路实现。",
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual(["III. 缓存模块使用规范", "V. 简单性"]);
  });

  it("not one two principles quote, nor one a gate numbered for another principle quotes", () => {
    const check = [
      "- ✅ 语言规范：所有文档使用中文（对应中文优先原则）。",
      "- ✅ 存储：`libs/infra/cache`。",
      "- ✅ V. 简单性：不引入 `@hl8/config` 之外的配置库。",
    ].join("\n");
    expect(uncoveredNames(check, constitution)).toEqual([
      "II. 配置模块使用规范",
      "III. 缓存模块使用规范",
      "IV. 数据库管理模块使用规范",
    ]);
  });
});

describe("an English check of a constitution written in Cyrillic (round 489's `I. Scientific honesty` for `I. Научная честность`)", () => {
  const constitution = [
    "# Конституция",
    "## Принципы",
    "### I. Научная честность",
    "Никаких неподтверждённых утверждений.",
    "### II. Воспроизводимость как условие публикации",
    "Каждый результат воспроизводим.",
    "### III. Честное сравнение",
    "Сравнения на равных условиях.",
  ].join("\n");

  it("keeps each numeral: a translated name does not contradict it", () => {
    const check = gateTable(
      "| I. Scientific honesty | PASS | No claim changes |",
      "| II. Reproducibility | PASS | SHA recorded |",
      "| III. Fair comparison | PASS | No benchmark changes |",
    );
    expect(uncoveredNames(check, constitution)).toEqual([]);
  });

  it("a numeral written with another principle's name in the constitution's script still does not count", () => {
    const check = gateTable(
      "| I. Воспроизводимость как условие публикации | PASS | SHA recorded |",
      "| III. Честное сравнение | PASS | No benchmark changes |",
    );
    expect(uncoveredNames(check, constitution)).toEqual(["I. Научная честность"]);
  });
});

describe("an item marked ❌ that states a prohibition (round 488's `❌ API keys must never be hardcoded`)", () => {
  const reported = (item: string): number[] => lines(plan(item), "gate-justification");

  it("marks what is forbidden, a rule of a do/don't list, not a gate the plan fails", () => {
    expect(reported("- ❌ API keys must never be hardcoded (enforced via .env file)")).toEqual([]);
    expect(reported("- ❌ System must not generate answers without retrieved context")).toEqual([]);
    expect(reported("- ❌ Chrome MV3 compliance **does not apply** (not an extension)")).toEqual(
      [],
    );
  });

  it("nor does an exclusion the plan keeps (round 513's `❌ No Docker (deferred to Phase IV+)`)", () => {
    expect(reported("- ❌ No Docker (deferred to Phase IV+)")).toEqual([]);
    expect(reported("- ❌ No OpenAI Agents SDK (Phase V+ only)")).toEqual([]);
    expect(reported("- ❌ Without a cache layer - Phase IV")).toEqual([]);
  });

  it("not a failure stated plainly, nor a prohibition the plan says it breaks", () => {
    expect(reported("- ❌ Test coverage below 80%")).toEqual([CHECK_LINE]);
    expect(reported("- ❌ No integration tests written yet")).toEqual([CHECK_LINE]);
    expect(reported("- ❌ No rate limiting in the design (missing)")).toEqual([CHECK_LINE]);
    expect(reported("- ❌ UI must not call the database, however the settings page does")).toEqual([
      CHECK_LINE,
    ]);
    expect(reported("- ❌ Secrets must never be committed, but the seed script holds one")).toEqual(
      [CHECK_LINE],
    );
  });
});

describe("a result line whose justifications line below sends it to Complexity Tracking (round 480's `**Status**: ✓ CONDITIONAL PASS`)", () => {
  const withTable = (check: string, rows: string[]): string =>
    [
      plan(check),
      "## Complexity Tracking",
      "",
      "| Violation | Why Needed | Simpler Alternative Rejected Because |",
      "|---|---|---|",
      ...rows,
      "",
    ].join("\n");
  const result = (justifications: string): string =>
    [
      "- ✅ Security: tokens in the keychain",
      "",
      "**Status**: ✓ CONDITIONAL PASS",
      "",
      "**Violations**:",
      "1. Bundle size (map library ~200 KB)",
      "",
      justifications,
    ].join("\n");
  const row = "| Map library bundle | Offline maps need it | Tiles over the network fail offline |";
  const reported = (text: string): number[] => lines(text, "gate-justification");

  it("is justified by the table's rows", () => {
    expect(
      reported(withTable(result("**Justifications**: See Complexity Tracking below."), [row])),
    ).toEqual([]);
    expect(
      reported(withTable(result("**Justificación**: ver Complexity Tracking."), [row])),
    ).toEqual([]);
  });

  it("not when the table holds no real row, nor when no line sends it there", () => {
    const line = CHECK_LINE + 2;
    expect(
      reported(withTable(result("**Justifications**: See Complexity Tracking below."), [])),
    ).toEqual([line]);
    expect(reported(withTable(result("**Next**: revisit after Phase 1."), [row]))).toEqual([line]);
  });
});

describe("a check table numbering its own rows past the last principle (round 519's `| 35 | TLS in production | ✅ PASS |`)", () => {
  const constitution = [
    "# Constitution",
    "",
    "## Core Principles",
    "",
    "### I. Spec-Driven Development",
    "Specs come before code.",
    "",
    "### II. Security First",
    "Every route verifies its token.",
    "",
    "### III. Observability",
    "Every service logs and exposes metrics.",
    "",
    "**Version**: 1.0.0 | **Ratified**: 2025-01-01",
    "",
  ].join("\n");
  const table = (...rows: string[]): string =>
    ["| Rule | Description | Status | Notes |", "|---|---|---|---|", ...rows].join("\n");
  const ruleRows = [
    "| 1 | JWT verification on protected routes | ✅ PASS | kept |",
    "| 2 | Security first: token subject matches the URL | ✅ PASS | kept |",
    "| 3 | Query filtering by user id | ✅ PASS | kept |",
    "| 4 | Health endpoints on every service | ✅ PASS | kept |",
    "| 5 | Images tagged with the commit | ✅ PASS | kept |",
  ];

  it("reads `| 1 |` by its description, not as principle I", () => {
    // Rows 4 and 5 go past principle III: the numbers count the team's rules.
    expect(uncoveredNames(table(...ruleRows), constitution)).toEqual([
      "I. Spec-Driven Development",
      "III. Observability",
    ]);
  });

  it("not when the numbers stay within the principles", () => {
    expect(uncoveredNames(table(...ruleRows.slice(0, 3)), constitution)).toEqual([]);
  });
});

describe("a constitution section that says it is not principles (round 517's `## Restrições Fixadas (não são princípios, são escolhas travadas)`)", () => {
  const constitution = (title: string): string =>
    [
      "# Constitution — Forja",
      "",
      "**Versão:** 1.0.0",
      "**Ratificada em:** 2026-07-16",
      "",
      "## Artigo I — Determinismo da Simulação",
      "A simulação é determinística.",
      "",
      "## Artigo II — Separação de Camadas",
      "As camadas só dependem para baixo.",
      "",
      "## Artigo III — Falha Segura",
      "Toda falha pausa a simulação.",
      "",
      `## ${title}`,
      "",
      "| Item | Decisão |",
      "|---|---|",
      "| Engine | Godot 4.4+ |",
      "| Linguagem | C# / .NET |",
      "",
    ].join("\n");
  const names = (text: string): string[] =>
    parseConstitution(CONSTITUTION, text).principles.map((p) => p.name);

  it("is not read as principles: the articles are", () => {
    expect(
      names(constitution("Restrições Fixadas (não são princípios, são escolhas travadas)")),
    ).toEqual(["Determinismo da Simulação", "Separação de Camadas", "Falha Segura"]);
    expect(names(constitution("Locked Choices (not principles)"))).toEqual([
      "Determinismo da Simulação",
      "Separação de Camadas",
      "Falha Segura",
    ]);
  });

  it("a section that says it is principles still is", () => {
    // (Before the articles: after them, an unnumbered principles section gives way to the
    // articles numbered where the template has its principles, whatever its title.)
    const first = (title: string): string =>
      constitution(title).replace(
        /(## Artigo I —[\s\S]*?)(## [^\n]*\n\n\| Item[\s\S]*)$/u,
        "$2\n$1",
      );
    expect(names(first("Princípios Técnicos"))).toEqual(["Engine", "Linguagem"]);
    expect(names(first("Restrições Fixadas (não são princípios, são escolhas travadas)"))).toEqual([
      "Determinismo da Simulação",
      "Separação de Camadas",
      "Falha Segura",
    ]);
  });
});

describe("a capital word as a part of a URL of any scheme (round 517's `postgresql://postgres:[PASSWORD]@db.[PROJECT-REF].supabase.co`)", () => {
  const reported = (line: string, inCode = true): number[] =>
    lines(
      [
        "# Implementation Plan: X",
        "",
        "## Summary",
        "",
        ...(inCode ? ["```dotenv", line, "```"] : [line]),
        "",
      ].join("\n"),
      "no-placeholder",
    );

  it("is the URL's variable, not a slot", () => {
    expect(
      reported(
        "DIRECT_URL=postgresql://postgres:[PASSWORD]@db.[PROJECT-REF].supabase.co:5432/postgres",
      ),
    ).toEqual([]);
    expect(reported("REDIS_URL=redis://[REDIS-HOST]:6379/0")).toEqual([]);
  });

  it("not a slot standing alone, nor one outside a URL", () => {
    expect(reported("DATABASE_URL=[PROJECT-REF]")).toEqual([6]);
    expect(reported("Connect to [PROJECT_NAME] first.", false)).toEqual([5]);
  });
});

describe("a partial gate whose note says it still needs clarification (round 516's `⚠️ **PARTIAL**: … need clarification but basic implementation is possible`)", () => {
  const gate = (note: string): string =>
    ["### Gate 3: Resource Availability", "", `⚠️ **PARTIAL**: ${note}`].join("\n");
  const reported = (note: string): number[] => lines(plan(gate(note)), "gate-justification");

  it("is the open gap, not its justification", () => {
    expect(
      reported(
        "Some configuration details (Qdrant credentials, collection name) need clarification but basic implementation is possible",
      ),
    ).toEqual([CHECK_LINE]);
    expect(reported("The retention period is still to be determined by legal")).toEqual([
      CHECK_LINE,
    ]);
  });

  it("not when the note says why the gap is acceptable", () => {
    expect(
      reported(
        "Credentials are provisioned per environment, so the plan uses placeholders from .env.example",
      ),
    ).toEqual([]);
    expect(
      reported(
        "Collection name needs clarification, deferred to Phase 2 when the index is created",
      ),
    ).toEqual([]);
  });
});

describe("numbered sections of which two name principles of a topic (round 515's `## 1. 技術棧原則` … `## 3. 專案結構原則` … `## 8. 安全性`)", () => {
  const constitution = (third: string): string =>
    [
      "# 專案守則",
      "",
      "## 1. 技術棧原則",
      "",
      "### 後端",
      "- Python 3.11+",
      "",
      "### 前端",
      "- Jinja2",
      "",
      "## 2. 程式碼品質標準",
      "- 模組化設計",
      "",
      `## ${third}`,
      "- 分層",
      "",
      "## 4. 測試標準",
      "- pytest",
      "",
      "## 5. 安全性",
      "- 環境變數",
      "",
    ].join("\n");
  const names = (text: string): string[] =>
    parseConstitution(CONSTITUTION, text).principles.map((p) => p.name);

  it("are the principles, not the first one's sub-headings", () => {
    expect(names(constitution("3. 專案結構原則"))).toEqual([
      "技術棧原則",
      "程式碼品質標準",
      "專案結構原則",
      "測試標準",
      "安全性",
    ]);
  });

  it("not when one section alone says principles: its sub-headings are", () => {
    expect(names(constitution("3. 專案結構"))).toEqual(["後端", "前端"]);
  });
});

describe("a Sync Impact Report line that replaces a principle rather than renaming it (round 524's `IV. User-Scoped Data Isolation → IV. Stateless Architecture with Database Persistence`)", () => {
  const constitution = (from: string): string =>
    [
      "<!--",
      "Sync Impact Report",
      "- Version change: 1.0.0 → 2.0.0",
      "- Modified principles:",
      "  - I. Spec-Driven Development → I. Spec-Driven Development",
      `  - ${from} → II. Stateless Architecture with Database Persistence`,
      "-->",
      "# Constitution",
      "",
      "## Core Principles",
      "",
      "### I. Spec-Driven Development",
      "Specs come first.",
      "",
      "### II. Stateless Architecture with Database Persistence",
      "The server keeps no state in memory.",
      "",
      "**Version**: 2.0.0 | **Ratified**: 2025-01-01",
      "",
    ].join("\n");
  const check = [
    "- [x] Spec-Driven Development: derived from the spec",
    "- [x] Data Isolation: all queries user-scoped",
  ].join("\n");

  it("gives the new principle no old name: a check of the old one leaves it uncovered", () => {
    const reported = findings(
      plan(check),
      constitution("II. User-Scoped Data Isolation"),
      "principle-coverage",
    );
    expect(reported).toHaveLength(1);
    expect(reported[0]).toContain("`II. Stateless Architecture with Database Persistence`");
  });

  it("a rename keeps the old name (a shared word, or an acronym)", () => {
    expect(uncoveredNames(check, constitution("II. Data Isolation and Persistence"))).toEqual([]);
    expect(
      uncoveredNames("- [x] SADP: the server keeps no state", constitution("II. SADP")).filter(
        (n) => n.startsWith("II."),
      ),
    ).toEqual([]);
  });
});

describe("a gate flagged for review whose note says what it still requires (round 525's `| IV Tenant isolation | ⚠️ Requires RLS on replay tables + storage policies |`)", () => {
  const reported = (note: string): number[] =>
    lines(plan(gateTable(`| IV. Tenant isolation | ⚠️ | ${note} |`)), "gate-justification");

  it("is the open gap, not its justification", () => {
    expect(reported("Requires RLS on replay tables + storage policies")).toEqual([FIRST_ROW]);
    expect(reported("Requires encryption of the replay bucket at rest")).toEqual([FIRST_ROW]);
    // Said of the future (round 593's `⚠️ **End-to-End Quality Assurance**: Will require
    // validation of VLA pipeline integration in simulation environment`).
    expect(
      reported("Will require validation of VLA pipeline integration in simulation environment"),
    ).toEqual([FIRST_ROW]);
  });

  it("not when the note says why the gap is acceptable", () => {
    expect(reported("Requires no change: replay tables inherit the tenant policies")).toEqual([]);
    expect(reported("Will require no change: replay tables inherit the tenant policies")).toEqual(
      [],
    );
    expect(
      reported("Vision output must use Zod schema + confidence + limitations, as the design does"),
    ).toEqual([]);
  });
});

describe("a summary of one part of the work (round 520's `## Research Findings Summary` in Phase 0)", () => {
  const planWith = (first: string, later: string): string =>
    [
      "# Implementation Plan: X",
      "",
      ...(first ? [first, "", "Adds X.", ""] : []),
      "## Technical Context",
      "",
      "**Language/Version**: TypeScript 5",
      "",
      "## Constitution Check",
      "",
      "- [x] I. Simplicity: one package",
      "",
      "## Phase 0: Research",
      "",
      later,
      "",
      "Findings.",
      "",
    ].join("\n");
  const missing = (text: string): string[] =>
    findings(text, null, "required-section").map((f) => /`([^`]+)`/.exec(f)?.[1] ?? f);

  it("is not the plan's Summary", () => {
    expect(missing(planWith("", "### Research Findings Summary"))).toContain("Summary");
    expect(missing(planWith("", "### Data Model Summary"))).toContain("Summary");
  });

  it("the plan's own Summary is, whatever it is called, and so is a part's summary opening the plan", () => {
    expect(missing(planWith("## Executive Summary", "### Research Summary"))).not.toContain(
      "Summary",
    );
    expect(missing(planWith("## Changes Summary", "### Notes"))).not.toContain("Summary");
  });
});

describe("a principle's Roman numeral in brackets tagging an item (round 525's `- [XVII] Retention policies automated`)", () => {
  const reported = oneLine("no-placeholder", "## Verification Milestones");

  it("cites the principle; it is not a slot", () => {
    expect(reported("- [XVII] Retention policies automated")).toEqual([]);
    expect(reported("- [VIII] Rollback procedures tested")).toEqual([]);
  });

  it("a capital word of the template's kind still is", () => {
    expect(reported("- [FEATURE] Retention policies automated")).toEqual([5]);
    expect(reported("- [MILESTONE] Rollback procedures tested")).toEqual([5]);
  });
});

describe("a slot inside a quoted phrase in a code block (round 524's demo script `- \"Hi, I'm [Name], presenting TaskFlow\"`)", () => {
  const reported = (line: string): number[] =>
    lines(
      ["# Implementation Plan: X", "", "## Demo", "", "```", line, "```", ""].join("\n"),
      "no-placeholder",
    );

  it("is filled when the line is spoken, not by the plan", () => {
    expect(reported(`- "Hi, I'm [Name], presenting TaskFlow Phase V"`)).toEqual([]);
  });

  it("a slot standing alone in the block still is", () => {
    expect(reported("Presenter: [Name]")).toEqual([6]);
  });
});

describe("a parenthesis that qualifies a principle and gives its scope (round 528's `(NON-NEGOTIABLE - Gold Tier)`)", () => {
  const constitution = [
    "# Constitution",
    "",
    "## Core Principles",
    "",
    "### I. Audit Logging (NON-NEGOTIABLE - Gold Tier)",
    "Every action is logged.",
    "",
    "### II. Accounting Integration (NON-NEGOTIABLE - Gold Tier)",
    "Invoices go through the ledger.",
    "",
    "### III. Offline Mode (Local Agent)",
    "The agent works offline.",
    "",
    "**Version**: 1.0.0 | **Ratified**: 2025-01-01",
    "",
  ].join("\n");
  const aliases = (): string[][] =>
    parseConstitution(CONSTITUTION, constitution).principles.map((p) => [...p.aliases]);

  it("is no other name of the principle", () => {
    const [first, second] = aliases();
    expect(first).toEqual([]);
    expect(second).toEqual([]);
  });

  it("a parenthesis giving another name still is one", () => {
    expect(aliases()[2]).toEqual(["Local Agent"]);
  });
});

describe("an article's clauses numbered in figures (round 531's `## Article I — Code Quality` over `### §1.2 SOLID & DRY`)", () => {
  const constitution = (clause: string): string =>
    [
      "# Project Constitution",
      "",
      "## Article I — Code Quality",
      "",
      `### ${clause} SOLID & DRY`,
      "Small classes.",
      "",
      "## Article II — Naming Conventions",
      "",
      "### §2.1 Python Naming",
      "PEP 8.",
      "",
      "## Article III — Testing",
      "",
      "Tests first.",
      "",
    ].join("\n");
  const names = (text: string): string[] =>
    parseConstitution(CONSTITUTION, text).principles.map((p) => p.name);

  it("are the article's, not principles of their own", () => {
    expect(names(constitution("§1.2"))).toEqual(["Code Quality", "Naming Conventions", "Testing"]);
    expect(names(constitution("1.2"))).toEqual(["Code Quality", "Naming Conventions", "Testing"]);
  });

  it("not a sub-section numbered after another article", () => {
    expect(names(constitution("§3.2"))).toContain("§3.2 SOLID & DRY");
  });
});

describe("an arrow from the marker to its decision (round 532's `**Research resolution (NEEDS CLARIFICATION → decided):**`)", () => {
  const reported = oneLine("no-unresolved-clarification", "## Phase 0");

  it("says the markers were resolved", () => {
    expect(reported("**Research resolution (NEEDS CLARIFICATION → decided):**")).toEqual([]);
    expect(reported("Open questions (NEEDS CLARIFICATION => answered) are listed below.")).toEqual(
      [],
    );
  });

  it("not an arrow to another question, nor a marker still open", () => {
    expect(reported("- Storage: NEEDS CLARIFICATION → ask the platform team")).toEqual([5]);
    expect(reported("- Storage: NEEDS CLARIFICATION (to be decided)")).toEqual([5]);
  });
});

describe("items under a gate heading numbered as a principle under a name of the team's own (round 535's `### Principle 1: Feature Quality ✅ PASS`)", () => {
  const constitution = [
    "# Constitution",
    "",
    "## Core Principles",
    "",
    "### I. Source Accuracy & Verifiability",
    "Every claim cites a primary source; figures are verified before publishing.",
    "",
    "### II. Educational Clarity",
    "Chapters explain concepts for students step by step.",
    "",
    "### III. Test Coverage",
    "Every module ships with tests.",
    "",
    "**Version**: 1.0.0 | **Ratified**: 2025-01-01",
    "",
  ].join("\n");
  const check = (heading: string): string =>
    [
      `### ${heading} ✅ PASS`,
      "- Every claim cites a primary source and figures are verified before publishing",
      "",
      "### Principle 3: Test Coverage ✅ PASS",
      "- Unit tests for every module",
    ].join("\n");

  it("are that heading's evidence, not restatements of principles", () => {
    expect(uncoveredNames(check("Principle 1: Feature Quality"), constitution)).toContain(
      "I. Source Accuracy & Verifiability",
    );
  });

  it("under a heading that groups without a numeral, an item may still restate a principle", () => {
    expect(uncoveredNames(check("Feature Quality"), constitution)).not.toContain(
      "I. Source Accuracy & Verifiability",
    );
  });
});

describe("an answer kept in the template's brackets with its reason (round 535's `**Storage**: [N/A for frontend - data handled by backend]`)", () => {
  const reported = oneLine("no-placeholder", "## Technical Context");

  it("is the author's value, not the template's slot", () => {
    expect(reported("**Storage**: [N/A for frontend - data handled by backend]")).toEqual([]);
    expect(reported("**Storage**: [None - the service is stateless]")).toEqual([]);
  });

  it("a bracketed sentence that asks for the value still is", () => {
    expect(reported("**Storage**: [Describe the storage the feature needs]")).toEqual([5]);
  });
});

describe("a `## Gates Evaluation` section right after the Constitution Check (round 533)", () => {
  const planWith = (title: string): string =>
    [
      "# Implementation Plan: X",
      "",
      "## Summary",
      "",
      "Adds X.",
      "",
      "## Technical Context",
      "",
      "**Language/Version**: TypeScript 5",
      "",
      "## Constitution Check",
      "",
      "- [x] I. Simplicity: one package",
      "",
      `## ${title}`,
      "",
      "### Security Gate",
      "- [ ] JWT validation must be enforced for all chat operations",
      "",
      "## Project Structure",
      "",
      "src/",
      "",
    ].join("\n");

  it("holds the check's gates", () => {
    expect(lines(planWith("Gates Evaluation"), "gate-justification")).toEqual([18]);
  });

  it("not a section of the feature's own criteria under another title", () => {
    expect(lines(planWith("Release Criteria Evaluation"), "gate-justification")).toEqual([]);
  });
});

describe("a count of markers still open after the words that say they are resolved (round 536's `All NEEDS CLARIFICATION items from spec.md resolved (2 pending: …)`)", () => {
  const reported = oneLine("no-unresolved-clarification", "### Prerequisites");

  it("reports the line: it says questions are open", () => {
    expect(
      reported(
        "- All NEEDS CLARIFICATION items from spec.md resolved (2 pending: FR-005 escalation conditions, FR-036 data access permissions)",
      ),
    ).toEqual([5]);
    expect(reported("- All NEEDS CLARIFICATION resolved (one still open: retention)")).toEqual([5]);
  });

  it("not a line that says they are resolved, nor one counting none open", () => {
    expect(reported("- All NEEDS CLARIFICATION items from spec.md resolved")).toEqual([]);
    expect(reported("- All NEEDS CLARIFICATION resolved (0 pending)")).toEqual([]);
    expect(reported("- All NEEDS CLARIFICATION resolved (see research.md, 3 decisions)")).toEqual(
      [],
    );
  });
});

describe("a gate titled as the plan's Complexity Tracking in the last principle's place (round 542's `- [x] **Complexity Justification**: No violations`)", () => {
  const constitution = [
    "# Plugin Constitution",
    "",
    "## Core Principles",
    "",
    "### I. Plugin-First Architecture",
    "Every feature is a module with clear boundaries.",
    "",
    "### II. Test-First Development",
    "Tests are written before implementation.",
    "",
    "### III. Specification-Driven Development",
    "Every feature starts from an approved spec.",
    "",
    "### IV. Knowledge Retention & Lessons Learned",
    "Insights are recorded in lessons-learned.md and consulted at the start of each workflow.",
    "",
    "**Version**: 1.1.1 | **Ratified**: 2025-01-01 | **Last Amended**: 2025-02-01",
    "",
  ].join("\n");
  const check = (fourth: string): string[] =>
    uncoveredNames(
      [
        "- [x] **Plugin-First Architecture**: the workflow is a module of its own",
        "- [x] **Test-First Development**: test tasks precede implementation",
        "- [x] **Specification-Driven**: spec.md approved",
        `- [x] **${fourth}**: No violations - workflow is appropriately scoped`,
      ].join("\n"),
      constitution,
    );

  it("checks the plan's complexity, not the principle in its place", () => {
    expect(check("Complexity Justification")).toEqual([
      "IV. Knowledge Retention & Lessons Learned",
    ]);
    expect(check("Complexity Tracking")).toEqual(["IV. Knowledge Retention & Lessons Learned"]);
  });

  it("a gate in words of its own, in that place, still checks the principle there", () => {
    expect(check("Lessons Consulted")).toEqual([]);
  });
});

describe('a capital token opening a string in a code span (round 541\'s `` `print(f"[PGO-API] running on port {port}")` ``)', () => {
  const reported = oneLine("no-placeholder", "## Constitution Check");

  it("is the log line's prefix, not a slot", () => {
    expect(
      reported(
        '- The backend\'s `print(f"[PGO-API] running on port {settings.port} (PID: {pid})")` startup line is preserved.',
      ),
    ).toEqual([]);
    expect(reported("- Logs start with `logger.info('[SYNC-JOB] started')`.")).toEqual([]);
  });

  it("not a slot of the template's own in a string, nor a token outside a string", () => {
    expect(reported('- Banner: `print("[PROJECT_NAME] ready")`')).toEqual([5]);
    expect(reported("- The service `[PGO-API] --port 8080` starts it.")).toEqual([5]);
  });
});

describe("a pending gate whose note only says when it will be checked (round 548's `| III. Test-First Development | PENDING | Tests will be written first during implementation |`)", () => {
  it("describes the gate: the step named is when, not why waiting is acceptable", () => {
    for (const note of [
      "Tests will be written first during implementation",
      "Will verify after implementation",
      "Will be enforced during implementation phase",
      "To be validated during implementation",
      "MCP server integration approach will be clarified during research phase",
    ])
      expect([note, tableGates(`| III. Test-First Development | PENDING | ${note} |`)]).toEqual([
        note,
        [FIRST_ROW],
      ]);
  });

  it("so does a gate flagged for verification (round 546's `⚠️ **Needs Verification**: … will be clarified during research phase`)", () => {
    const text = plan(
      [
        "✅ **Passed**: All constitutional requirements can be met",
        "⚠️ **Needs Verification**: MCP server integration approach will be clarified during research phase",
        "⚠️ **Needs Verification**: Agent schema conflicts with principle II; accepted because the SDK fixes the schema",
      ].join("\n"),
    );
    expect(lines(text, "gate-justification")).toEqual([CHECK_LINE + 1]);
  });

  it("not a note that says why, nor a deferral that is the status itself", () => {
    expect(
      tableGates(
        "| III. Test-First Development | PENDING | Deferred to implementation because the harness lands in Phase 2 (tracked in #42) |",
      ),
    ).toEqual([]);
    expect(
      tableGates(
        "| III. Test-First Development | PENDING | Will verify during implementation, out of scope for this spike |",
      ),
    ).toEqual([]);
    expect(
      tableGates("| VI. Observability | ⏳ Deferred to post-merge | tracked as a task |"),
    ).toEqual([]);
  });
});

describe("the conditions the finished work must meet, in a gates section (round 556's `### Exit Gates` after `### Entry Gates`)", () => {
  const text = (exit: string): string =>
    plan(
      [
        "### Entry Gates",
        "- [ ] Docusaurus environment properly set up",
        "- [x] Design assets confirmed",
        "",
        `### ${exit}`,
        "- [ ] Homepage renders correctly with the new design",
        "- [ ] All links and navigation functional",
      ].join("\n"),
    );

  it("are not open gates at plan time: only the entry gate is reported", () => {
    for (const exit of ["Exit Gates", "Exit Criteria", "Definition of Done", "Completion Criteria"])
      expect([exit, lines(text(exit), "gate-justification")]).toEqual([exit, [CHECK_LINE + 1]]);
  });

  it("not a sub-section of gates of another name", () => {
    expect(lines(text("Design Gates"), "gate-justification")).toEqual([
      CHECK_LINE + 1,
      CHECK_LINE + 5,
      CHECK_LINE + 6,
    ]);
  });
});

describe("boxes under a bold label naming the principle they check (round 560's `**Security**:`)", () => {
  const constitution = [
    "# Shop Constitution",
    "",
    "## Core Principles",
    "",
    "### I. Clean Architecture",
    "Dependencies flow inward; the domain imports no framework.",
    "",
    "### II. Security-First Design",
    "Authorization rules are applied in Server Components and Route Handlers; no credential is hardcoded.",
    "",
    "### III. React Component Design Patterns",
    "Hooks are kept apart from pure UI; Server Components are the default and Client Components say `use client`.",
    "",
    "### IV. Independent Testability",
    "Every module is tested on its own, with fakes for its collaborators.",
    "",
    "**Version**: 1.0.0 | **Ratified**: 2025-01-01 | **Last Amended**: 2025-01-01",
    "",
  ].join("\n");
  const check = (group: string): string =>
    [
      "**Clean Architecture**:",
      "- [x] Dependencies flow inward (UI → Application → Domain)",
      "",
      group,
      "- [x] Authorization applied in Server Components and Route Handlers",
      "- [x] No credentials hardcoded (`.env` only)",
      "",
      "**Testing**:",
      "- [x] Each module is independently testable with fakes",
    ].join("\n");

  it("are that principle's evidence: their words do not check another principle", () => {
    for (const group of ["**Security**:", "**Security:**", "**Security-First Design**:"])
      expect([group, uncoveredNames(check(group), constitution)]).toEqual([
        group,
        ["III. React Component Design Patterns"],
      ]);
  });

  it("not under a label naming no principle, or another one than the box checks, nor without one", () => {
    for (const group of ["**Checks**:", "**Clean Architecture**:", "Security checks below.", ""])
      expect([group, uncoveredNames(check(group), constitution)]).toEqual([group, []]);
  });
});

describe("boxes opened by a task id (round 561's `## Gates` over `- [ ] T001 Research …`)", () => {
  // A `## Gates` heading after the check, over a phase's boxes.
  const text = (box: string): string =>
    plan(
      [
        "This plan keeps to the constitution by:",
        "- Using open-source tools",
        "",
        "## Gates",
        "",
        "### Phase 0: Research & Setup",
        box,
      ].join("\n"),
    );
  const BOX_LINE = CHECK_LINE + 6;

  it("are tasks, not open gates", () => {
    for (const box of [
      "- [ ] T001 Research best practices for robotics education",
      "- [ ] **T012** Set up the development environment",
      "- [ ] T1042 [P] Define content standards",
    ])
      expect([box, lines(text(box), "gate-justification")]).toEqual([box, []]);
  });

  it("not a box whose label only opens with a T", () => {
    for (const box of [
      "- [ ] Research best practices for robotics education",
      "- [ ] TDD approach agreed for every module",
      "- [ ] T1 research spike",
    ])
      expect([box, lines(text(box), "gate-justification")]).toEqual([box, [BOX_LINE]]);
  });
});

describe("a numeral written with another topic's name, sharing only a function word with its principle (round 563's `§VII No event sourcing without justification`)", () => {
  const constitution = [
    "# Fab Constitution",
    "",
    "## Core Principles",
    "",
    "### I. On-Prem First",
    "Every service runs on the customer's own hardware.",
    "",
    "### II. Domain-Driven Design",
    "Value objects are the default. CQRS and event sourcing are tools, not defaults.",
    "",
    "### III. Observability Is Non-Negotiable",
    "Every service exports traces and metrics. A release without a dashboard cannot ship.",
    "",
    "**Version**: 1.0.0 | **Ratified**: 2025-01-01 | **Last Amended**: 2025-01-01",
    "",
  ].join("\n");
  const check = (third: string): string =>
    gateTable(
      "| §I On-prem first | ✅ | no new external dependency |",
      "| §II DDD + value objects | ✅ | `AuditId` value object |",
      `| ${third} | ✅ | a plain CRUD entity |`,
    );

  it("does not address the principle of that numeral", () => {
    for (const third of [
      "§III No event sourcing without justification",
      "III. No event sourcing without justification",
    ])
      expect([third, uncoveredNames(check(third), constitution)]).toEqual([
        third,
        ["III. Observability Is Non-Negotiable"],
      ]);
  });

  it("a name that shares a word of the principle's own still does", () => {
    for (const third of ["§III Observability dashboards", "III. Traces and metrics exported"])
      expect([third, uncoveredNames(check(third), constitution)]).toEqual([third, []]);
  });
});

describe("an N/A gate in a principle's place, named for another topic (round 557's `5. **No Hallucinations**: N/A (… a robot control system …)`)", () => {
  const constitution = [
    "# Robot Book Constitution",
    "",
    "## Core Principles",
    "",
    "### I. Specification-First Development",
    "Every feature starts from a written specification.",
    "",
    "### II. Modular Architecture",
    "Each component is deployable and testable on its own.",
    "",
    "### III. Safe and Reliable Operation",
    "All robotic systems must operate safely, with fail-safes on every control loop.",
    "",
    "### IV. Free-Tier Infrastructure Focus",
    "Infrastructure prefers free tiers.",
    "",
    "**Version**: 1.0.0 | **Ratified**: 2025-01-01 | **Last Amended**: 2025-01-01",
    "",
  ].join("\n");
  const check = (third: string): string =>
    [
      "1. **Specification-First Development**: ✓",
      "2. **Modular Architecture**: ✓",
      `3. ${third}`,
      "4. **Free-Tier Infrastructure Focus**: ✓",
    ].join("\n");

  it("does not address the principle in its place by its reason's words", () => {
    expect(
      uncoveredNames(
        check("**No Hallucinations**: N/A (this is a robot control system, not a RAG chatbot)"),
        constitution,
      ),
    ).toEqual(["III. Safe and Reliable Operation"]);
  });

  it("a label that shares the principle's words, or a gate that is not N/A, still does", () => {
    for (const third of [
      "**Reliable Operation**: N/A (this is a robot control system in simulation only)",
      "**No Hallucinations**: ✓ fail-safes on every robot control loop",
    ])
      expect([third, uncoveredNames(check(third), constitution)]).toEqual([third, []]);
  });
});

describe("`failure` as a condition, not a status (round 564's `PRs cannot merge on failure`)", () => {
  it("is no failing gate after `on`, `upon`, `of` or `after`", () => {
    for (const note of [
      "CI runs Ruff and pytest; PRs cannot merge on failure.",
      "Retries upon failure, three times",
      "No single point of failure",
      "Alerts after failure of a job",
    ])
      expect([note, tableGates(`| X. Code Quality | ${note} | |`)]).toEqual([note, []]);
  });

  it("still is one as the gate's own status", () => {
    for (const note of ["Failure", "Failed", "Fails"])
      expect([note, tableGates(`| X. Code Quality | ${note} | |`)]).toEqual([note, [FIRST_ROW]]);
  });
});

describe("a marker closed by an aside that says it is resolved (round 615's `NEEDS CLARIFICATION (Resolved in research.md)`)", () => {
  it("is no open marker; one the aside says will be resolved still is", () => {
    const text = [
      "# Plan: X",
      "",
      "**Testing**: NEEDS CLARIFICATION (Resolved in [research.md](research.md))",
      "**Storage**: NEEDS CLARIFICATION (resolved: SQLite, see research.md)",
      "**Auth**: NEEDS CLARIFICATION (to be resolved in Phase 0)",
      "**Hosting**: NEEDS CLARIFICATION (resolve before Phase 1)",
      "",
    ].join("\n");
    expect(lines(text, "no-unresolved-clarification")).toEqual([5, 6]);
  });
});

describe("a field's whole value written as a bracketed marker in a code span (round 624's `**Testing**: `[NEEDS CLARIFICATION: …]``)", () => {
  it("is an open marker, as the same value without brackets is", () => {
    const text = [
      "# Plan: X",
      "",
      "**Testing**: `[NEEDS CLARIFICATION: Automated testing strategy for code examples]`",
      "**Storage**: `NEEDS CLARIFICATION`",
      "Mark each unknown as `[NEEDS CLARIFICATION: question]` in the spec.",
      "**Notes**: run `lint [NEEDS CLARIFICATION: x]` first",
      "",
    ].join("\n");
    expect(lines(text, "no-unresolved-clarification")).toEqual([3, 4]);
  });
});

// Round 637: Complexity Tracking written as a sentence, not a table, pointing at the note that
// justifies a `⚠️` gate; only table rows were read.
describe("Complexity Tracking written in sentences", () => {
  const constitution = [
    "# Constitution",
    "",
    "## Core Principles",
    "",
    "### I. User Experience Consistency",
    "Interfaces behave alike.",
    "",
    "### II. Performance Requirements",
    "Pages render fast.",
    "",
  ].join("\n");
  const text = (tracking: string) =>
    [
      plan(
        [
          "### I. User Experience Consistency",
          "- ✅ **Accessibility**: keyboard navigation",
          "- ⚠️ **Progressive Enhancement**: requires JavaScript for core functionality",
          "",
          "### II. Performance Requirements",
          "- ✅ **Response Time**: lazy loading",
          "",
          "### Progressive Enhancement Note",
          "",
          "The app is client-side only, so a no-JS fallback would need a server.",
        ].join("\n"),
      ),
      "## Complexity Tracking",
      "",
      tracking,
      "",
    ].join("\n");
  const gate = (tracking: string) => lines(text(tracking), "gate-justification", constitution);

  it("justifies the gate a sentence of it calls justified", () => {
    expect(
      gate(
        "> No violations detected. Progressive Enhancement partial compliance is justified above.",
      ),
    ).toEqual([]);
    expect(
      gate("- **Justification**: Progressive Enhancement is waived for this client-only app"),
    ).toEqual([]);
    expect(
      gate("- **Justificación**: Progressive Enhancement no aplica a una app solo de cliente"),
    ).toEqual([]);
  });

  it("does not when the sentence says none is needed, or names another gate", () => {
    expect(gate("")).toEqual([CHECK_LINE + 2]);
    expect(
      gate(
        "No constitution violations requiring justification. The Progressive Enhancement fix is a straightforward addition.",
      ),
    ).toEqual([CHECK_LINE + 2]);
    expect(gate("Progressive Enhancement is not justified yet.")).toEqual([CHECK_LINE + 2]);
    expect(gate("The bundle size is justified above.")).toEqual([CHECK_LINE + 2]);
    expect(
      gate("> **Fill ONLY if Constitution Check has violations that must be justified**"),
    ).toEqual([CHECK_LINE + 2]);
  });
});

// Round 636: a constitution's `**Kubernetes Version**: 1.28+` read as its own version, so a
// plan citing the real 1.0.0 was told the constitution changed.
describe("another thing's version in a constitution", () => {
  const version = (...body: string[]) =>
    parseConstitution(
      CONSTITUTION,
      ["# Constitution", "", "## Core Principles", "", "### I. Helm First", "", ...body, ""].join(
        "\n",
      ),
    ).version;

  it("is not the constitution's version", () => {
    expect(
      version(
        "- **Kubernetes Version**: 1.28+ (latest Minikube default)",
        "- Python Version: 3.12",
        "",
        "**Version**: 1.0.0 | **Ratified**: 2026-01-07",
      ),
    ).toBe("1.0.0");
    expect(version("- **Kubernetes Version**: 1.28+")).toBeNull();
  });

  it("while the constitution's own, named as such, is", () => {
    expect(version("**Constitution Version**: 2.3.0")).toBe("2.3.0");
    expect(version("**Document Version**: 1.4")).toBe("1.4");
    expect(version("Current version: **2.0.0**")).toBe("2.0.0");
    expect(version("| Version: 3.1.0 | Ratified: 2025-01-01 |")).toBe("3.1.0");
    expect(version("宪法版本：1.2.0")).toBe("1.2.0");
  });
});

// Round 643: `| XVIII Tradeoffs | PASS |` for `XVIII. Engineering Decision Hierarchy`, whose rule
// speaks of `Trade-offs`: the hyphenated word and the word written whole had no key in common,
// so the gate's name read as contradicting its numeral.
describe("a word written with a hyphen and written whole", () => {
  const constitution = [
    "# Constitution",
    "",
    "## Core Principles",
    "",
    "### I. Security First",
    "Secrets never leave the vault.",
    "",
    "### II. Engineering Decision Hierarchy",
    "Trade-offs MUST prioritize security, then correctness, then performance.",
    "",
  ].join("\n");
  const uncovered = (row: string) =>
    findings(
      plan(["| Principle | Status |", "| --- | --- |", "| I Security | PASS |", row].join("\n")),
      constitution,
      "principle-coverage",
    ).length;

  it("is one word: a gate naming it keeps its numeral", () => {
    expect(uncovered("| II Tradeoffs | PASS: security first |")).toBe(0);
  });

  it("while a name its principle never speaks of still contradicts the numeral", () => {
    expect(uncovered("| II Localisation | PASS |")).toBe(1);
  });
});

// Round 647: `- [x] **Test-First Gates**: Required failing-first tests are identified`, a ticked
// box whose `failing-first` (test-first's red step, hyphenated) was read as a failing status.
describe("tests that fail first, written with a hyphen", () => {
  const gate = (...item: string[]) => lines(plan(item.join("\n")), "gate-justification");

  it("are test-first's red step, not a failing gate", () => {
    expect(
      gate(
        "- [x] **Test-First Gates**: Required failing-first tests are identified (unit and",
        "      integration where cross-module behavior exists).",
      ),
    ).toEqual([]);
    expect(gate("- [x] **Testing**: fail-first")).toEqual([]);
  });

  it("while a gate that fails, a dash after it, still does", () => {
    expect(gate("- [x] **Testing**: FAIL")).toEqual([CHECK_LINE]);
    expect(gate("- [x] **Testing**: failing -")).toEqual([CHECK_LINE]);
  });
});

// Round 651: `- **TDD:** Plan includes **failing tests first** for new behavior`, a gate of the
// team's own template whose `failing tests first` (test-first's red step, the tests between)
// was read as a failing status.
describe("tests that fail first, the tests named between", () => {
  const items = (tdd: string) =>
    [
      "Confirm before proceeding:",
      "",
      "- **Layered architecture:** Design keeps **Controller → Service → Repository**.",
      `- **TDD:** ${tdd}`,
    ].join("\n");
  // The template writes the same gates as the plan: they are its gates.
  const gate = (tdd: string) =>
    checked(plan(items(tdd)), null, plan(items(tdd)))
      .findings.filter((f) => f.rule === "gate-justification")
      .map((f) => f.line);

  it("are test-first's red step, not a failing gate", () => {
    expect(
      gate("Plan includes **failing tests first** for new behavior (unit / MockMvc)."),
    ).toEqual([]);
    expect(gate("failing unit tests before implementation")).toEqual([]);
    expect(gate("write a failing test first")).toEqual([]);
  });

  it("while tests that fail, with no first nor before, still fail the gate", () => {
    expect(gate("failing tests in CI")).toEqual([CHECK_LINE + 3]);
  });
});

// Round 657: `| S-I to S-VII (Part II) | Pass | Mapped to spec FR-001 to FR-060 |`, a row that
// checks the constitution's game rules `### S-I. Core Gameplay` … `### S-VII. …` as a range of
// their codes: only its ends were read.
describe("a range of principle codes", () => {
  const constitution = [
    "# Arcade Constitution",
    "",
    "## Core Principles",
    "",
    "### S-I. Core Gameplay",
    "The snake MUST grow.",
    "",
    "### S-II. Difficulty Model",
    "One difficulty.",
    "",
    "### S-III. Controls",
    "Arrow keys.",
    "",
    "### S-IV. Scoring",
    "Points per fruit.",
    "",
    "**Version**: 1.0.0 | **Ratified**: 2025-01-01",
  ].join("\n");
  const uncovered = (check: string): string[] => uncoveredNames(check, constitution);

  it("opening a gate's label checks every principle from one end to the other", () => {
    expect(uncovered(gateTable("| S-I to S-IV (Part II) | Pass | Mapped to the spec |"))).toEqual(
      [],
    );
    expect(uncovered(gateTable("| S-I–S-IV | Pass | Mapped to the spec |"))).toEqual([]);
  });

  it("not one whose ends are not both principles, nor the check's own title naming its scope", () => {
    expect(uncovered(gateTable("| S-I to S-IX | Pass | Mapped |"))).toEqual([
      "S-II · Difficulty Model",
      "S-III · Controls",
      "S-IV · Scoring",
    ]);
    const titled = plan(gateTable("| S-I | Pass | Grows |")).replace(
      "## Constitution Check",
      "## Constitution Check (S-I–S-IV)",
    );
    expect(
      uncoveredIn(titled, constitution),
      // (Its ends are cited by name, as a range of numerals' are; those between are not.)
    ).toEqual(["S-II · Difficulty Model", "S-III · Controls"]);
  });
});

// Round 662: `- [x] Exceptions only for unrecoverable errors → … business errors return
// Result.Failure`, a ticked box whose `Result.Failure` (a type's member, in code's dotted form)
// was read as a failing status.
describe("a status word as a member of a dotted name", () => {
  const gate = (item: string) => lines(plan(item), "gate-justification");

  it("is the program's name, not the gate's status", () => {
    expect(
      gate(
        "- [x] Exceptions only for unrecoverable errors → business errors return Result.Failure",
      ),
    ).toEqual([]);
    expect(gate("- [x] Retries bounded → the job ends in Status.FAILED when they run out")).toEqual(
      [],
    );
  });

  it("while the word after a sentence's full stop still is", () => {
    expect(gate("- [x] Retries bounded → checked. Failed")).toEqual([CHECK_LINE]);
  });
});

// Round 659: `- [TEST] Write contract tests for data models`, `- [IMPL] Implement PostgreSQL
// models`, … : capital tags that open many list items, the plan's own labels of its tasks,
// were each reported as a template slot.
describe("a capital tag that opens three list items or more", () => {
  const placeholders = (...items: string[]) =>
    lines(
      ["# Implementation Plan: X", "", "## Task Outline", "", ...items, ""].join("\n"),
      "no-placeholder",
    );

  it("is the plan's own label of its items", () => {
    expect(
      placeholders(
        "- [TEST] Write contract tests for data models",
        "- [IMPL] Implement PostgreSQL models",
        "- [IMPL] Implement MinIO storage",
        "- [TEST] Run and verify model tests pass",
        "- [IMPL] Implement the search index",
        "- [TEST] Integration tests for agents",
      ),
    ).toEqual([]);
  });

  it("while one that opens only two is still a slot", () => {
    expect(
      placeholders("- [OWNER] Reviews the design", "- Implements it", "- [OWNER] Signs off"),
    ).toEqual([5, 7]);
  });
});

// Round 677: `### Principle VII: Tasteful Monetization` over `- **Upgrade moments natural**:`
// and its nested `  1. After value delivery`, `  2. During share flow`, `  3. When attempting a
// second restore`: the ordered list's numbers were read as citing principles I, II and III.
describe("an ordered list's numbers in a gate's evidence", () => {
  const constitution = [
    "# Photo Constitution",
    "",
    "## Core Principles",
    "",
    "### I. Mission & Core Values",
    "Preserve memories.",
    "",
    "### II. User-Centric Obsession",
    "Every screen MUST answer what the next easiest action is.",
    "",
    "### III. Mobile-First Always",
    "Touch targets MUST be large.",
    "",
    "### IV. Tasteful Monetization",
    "Previews MUST NOT be blocked by paywalls.",
    "",
    "**Version**: 1.0.0 | **Ratified**: 2025-01-01",
  ].join("\n");
  const uncovered = (check: string): string[] => uncoveredNames(check, constitution);

  it("counts the items of a nested list or of a gate heading's list; it cites no principle", () => {
    const nested = [
      "### Principle IV: Tasteful Monetization",
      "**Status**: ✅ COMPLIANT",
      "",
      "- **Upgrade moments natural**:",
      "  1. After value delivery (free restore complete)",
      "  2. During share flow (high-res upsell)",
      "  3. When attempting a second restore (quota exhausted)",
    ].join("\n");
    const ALL_BUT_IV = [
      "I. Mission & Core Values",
      "II. User-Centric Obsession",
      "III. Mobile-First Always",
    ];
    expect(uncovered(nested)).toEqual(ALL_BUT_IV);
    const underHeading = [
      "### Principle IV: Tasteful Monetization ✅",
      "",
      "1. After value delivery (free restore complete)",
      "2. During share flow (high-res upsell)",
    ].join("\n");
    expect(uncovered(underHeading)).toEqual(ALL_BUT_IV);
  });

  it("a numeral written in the item still cites its principle, and a top-level list still numbers gates", () => {
    const cited = [
      "### Principle IV: Tasteful Monetization ✅",
      "",
      "- **Upgrade moments natural**:",
      "  1. II. User-Centric Obsession: one tap to buy",
    ].join("\n");
    expect(uncovered(cited)).toEqual(["I. Mission & Core Values", "III. Mobile-First Always"]);
    const numbered = [
      "1. ✅ Mission & Core Values",
      "2. ✅ User-Centric Obsession",
      "3. ✅ Mobile-First Always",
      "4. ✅ Tasteful Monetization",
    ].join("\n");
    expect(uncovered(numbered)).toEqual([]);
  });
});

// Round 677: `**Architecture Simplicity**: Feature adds a single Settings tab …` was read as
// addressing `I. Privacy-First Architecture`: the one word it shares with that name says what
// kind of rule, the label's topic is its other word.
describe("a label sharing only a kind of rule with a principle's name", () => {
  const constitution = [
    "# Voice Constitution",
    "",
    "## Core Principles",
    "",
    "### I. Privacy-First Architecture",
    "Audio MUST stay on the device.",
    "",
    "### II. Local-First Processing",
    "Transcription MUST work offline.",
    "",
    "### III. Quality and Maintainability",
    "Code MUST be readable.",
    "",
    "**Version**: 1.0.0 | **Ratified**: 2025-01-01",
  ].join("\n");
  const uncovered = (check: string, secure = false): string[] =>
    uncoveredNames(
      check,
      secure
        ? constitution.replace(
            "**Version**",
            "### IV. Secure Software Architecture\nThreat models MUST be written.\n\n**Version**",
          )
        : constitution,
    );

  it("addresses none of them", () => {
    expect(
      uncovered(
        [
          "**Architecture Simplicity**: Feature adds a single Settings tab and extends the existing model. No new patterns required.",
          "",
          "**Quality and Maintainability**: ✅ readable code",
          "",
          "**Local-First Processing**: ✅ offline",
        ].join("\n"),
      ),
    ).toEqual(["I. Privacy-First Architecture"]);
  });

  it("but a label joining topics, or whose other word is a reference, still names it", () => {
    expect(
      uncovered(
        [
          "- **Privacy-First Architecture**: ✅ audio stays local",
          "- **Local-First Processing**: ✅ offline",
          "- **Quality and documentation**: ✅ readable code, docs updated",
          "- **Architecture/iSAQB**: ✅ threat model reviewed",
        ].join("\n"),
        true,
      ),
    ).toEqual([]);
    expect(
      uncovered(
        [
          "- **Architecture Principles (Constitution Section IV)**: ✅ threat model reviewed",
          "- **Privacy-First Architecture**: ✅ audio stays local",
          "- **Local-First Processing**: ✅ offline",
          "- **Quality and Maintainability**: ✅ readable code",
        ].join("\n"),
        true,
      ),
    ).toEqual([]);
  });
});

describe("pictographs before a constitution's headings, and sections named after one subject", () => {
  const constitution = (mark: string): string =>
    [
      "# Agent Constitution",
      "",
      `## ${mark}Article 0: Multi-Agent Collaboration Standards`,
      "",
      "### Section 0.1: Branch Isolation",
      "Agents MUST work on feature branches.",
      "",
      `## ${mark}Article I: Dependency Management`,
      "",
      "### Section 1.1: Frozen Environments",
      "Dependencies MUST be pinned.",
      "",
      `## ${mark}Article II: System Architecture Standards`,
      "",
      "### Section 2.1: Gateway Access",
      "Databases MUST be reached through the gateway.",
      "",
      "**Version**: 1.0.0 | **Ratified**: 2025-01-01",
    ].join("\n");

  it("reads `## 📋 Article I: Name` as the article its words number", () => {
    const names = (text: string): string[] =>
      parseConstitution(CONSTITUTION, text).principles.map((p) => `${p.id}. ${p.name}`);
    const plainly = names(constitution(""));
    expect(plainly).toEqual([
      "0. Multi-Agent Collaboration Standards",
      "I. Dependency Management",
      "II. System Architecture Standards",
    ]);
    expect(names(constitution("📋 "))).toEqual(plainly);
    expect(names(constitution("🛡️ "))).toEqual(plainly);
    // And a check that addresses one of them leaves the others reported.
    expect(uncoveredNames("- [x] **Article I**: dependencies pinned", constitution("📋 "))).toEqual(
      ["0. Multi-Agent Collaboration Standards", "II. System Architecture Standards"],
    );
  });

  const withTesting = (title: string, compliance: string): string =>
    [
      "# Implementation Plan: Document Store",
      "",
      "## Summary",
      "",
      "Persists documents.",
      "",
      "## Constitution Check",
      "",
      "- [x] **Article I**: dependencies pinned",
      "",
      "## Project Structure",
      "",
      "src/",
      "",
      `## ${title}`,
      "",
      "### Unit Tests",
      "",
      "**Test Files**:",
      "- `test_repository.py` - repository methods",
      "",
      "**Test Coverage Targets**:",
      "- Repository methods: 90%+",
      "",
      "### Integration Tests",
      "",
      "**Test Scenarios**:",
      "1. **End-to-End Persistence**: upload, persist, retrieve",
      "2. **Performance**: persistence under 2 s",
      "",
      `### ${compliance}`,
      "",
      "**Test File**: `test_constitutional_compliance.py`",
      "",
    ].join("\n");
  const missing = (text: string): string[] =>
    findings(text, null, "required-section").map((f) => /`([^`]+)`/.exec(f)?.[1] ?? f);

  it("does not take a testing strategy's labels for the Technical Context", () => {
    expect(missing(withTesting("Testing Strategy", "Load Tests"))).toEqual(["Technical Context"]);
    // A section of the same labels under a title that is no one subject's still is it.
    expect(missing(withTesting("Engineering Notes", "Load Tests"))).toEqual([]);
  });

  it("does not take the tests of constitutional compliance for the Constitution Check", () => {
    const text = withTesting("Testing Strategy", "Constitutional Compliance Tests").replace(
      /## Constitution Check\n\n[^\n]+\n\n/u,
      "",
    );
    expect(missing(text)).toEqual(["Technical Context", "Constitution Check"]);
    // A check titled as such still is one.
    expect(
      missing(text.replace("Constitutional Compliance Tests", "Constitutional Compliance")),
    ).toEqual(["Technical Context"]);
    expect(classify("宪法合规测试").has("constitution-check")).toBe(false);
    expect(classify("宪法合规检查").has("constitution-check")).toBe(true);
  });
});

describe("a constitution pasted as plain text", () => {
  const principlesOf = (text: string): string[] =>
    parseConstitution(CONSTITUTION, text).principles.map((p) => `${p.id}. ${p.name}`);

  it("reads its chapters' numbered names as headings: `一、核心设计原则` over `1. 配置驱动原则`", () => {
    const text = [
      "通用项目宪法",
      "",
      "版本: 1.0.1",
      "一、核心设计原则",
      "",
      "1. 配置驱动原则",
      "",
      "定义: 系统所有可变参数必须通过配置管理。",
      "变更流程: 版本控制 → 测试验证 → 灰度发布",
      "2. 数据分类存储原则",
      "",
      "定义: 基于数据特性选择存储方案。",
      "",
      "3. 安全容错原则",
      "",
      "凭证集中管理，定期轮换",
      "二、开发实施规范",
      "",
      "1. 文档标准",
      "",
      "每个功能必须有文档。",
      "",
    ].join("\n");
    expect(principlesOf(text)).toEqual([
      "1. 配置驱动原则",
      "2. 数据分类存储原则",
      "3. 安全容错原则",
    ]);
  });

  it("reads Roman-numbered chapters between rules of `═` as the principles, not the rules as their statements", () => {
    const rule = "═".repeat(30);
    const chapter = (title: string, rule1: string): string[] => [rule, title, rule, "", rule1, ""];
    const text = [
      "You are Claude Code operating under a binding engineering constitution.",
      "",
      ...chapter(
        "I. CORE PRINCIPLES (NON-NEGOTIABLE)",
        "1. SPEC SUPREMACY\n   - Specs are the truth.",
      ),
      ...chapter("II. ERROR HANDLING & DEBUGGING", "2. FAIL LOUD\n   - Never swallow errors."),
      ...chapter("III. OUTPUT RULES", "3. NO NOISE\n   - Print only results."),
    ].join("\n");
    expect(principlesOf(text)).toEqual([
      "I. CORE PRINCIPLES",
      "II. ERROR HANDLING & DEBUGGING",
      "III. OUTPUT RULES",
    ]);
    expect(parseConstitution(CONSTITUTION, text).principles[0]?.statement).toBe(
      "1. SPEC SUPREMACY",
    );
  });

  it("reads `I. Name` after a title line of its own (`Core Principles`)", () => {
    const text = [
      "Smart Highlights Constitution",
      "Core Principles",
      "I. Chrome Extension (Manifest V3)",
      "",
      "The extension MUST use Manifest V3.",
      "",
      "II. Highlight-First Interaction",
      "",
      "Highlighting MUST be the primary interaction.",
      "",
    ].join("\n");
    expect(principlesOf(text)).toEqual([
      "I. Chrome Extension (Manifest V3)",
      "II. Highlight-First Interaction",
    ]);
  });

  it("but a plain text of sentences, or of one chapter, still has no principles it can tell", () => {
    const sentences = [
      "Our rules.",
      "",
      "I. Write tests first.",
      "",
      "II. Keep it simple.",
      "",
    ].join("\n");
    expect(principlesOf(sentences)).toEqual([]);
    expect(
      principlesOf(["Rules", "", "一、核心原则", "", "1. 简单", "", "保持简单", ""].join("\n")),
    ).toEqual([]);
  });
});

describe("a compliance list among the acceptance criteria", () => {
  const text = (parent: string): string =>
    [
      "# Implementation Plan: Todo CLI",
      "",
      "## Summary",
      "",
      "A todo CLI.",
      "",
      "## Technical Context",
      "",
      "**Language/Version**: Python 3.13",
      "",
      "## Constitution Check",
      "",
      "| Principle | Status |",
      "|---|---|",
      "| I. Spec-Driven | ✅ PASS |",
      "",
      "## Project Structure",
      "",
      "src/",
      "",
      `## ${parent}`,
      "",
      "### Functional Completeness ✅",
      "",
      "- [ ] All five operations implemented",
      "",
      "### Constitutional Compliance ✅",
      "",
      "- [ ] All tests written before implementation (Principle VI)",
      "- [ ] All architectural decisions documented (Principle IV)",
      "",
    ].join("\n");

  it("is ticked when the work is done, not a gate left open", () => {
    expect(lines(text("Acceptance Criteria"), "gate-justification")).toEqual([]);
    expect(lines(text("Definition of Done"), "gate-justification")).toEqual([]);
    expect(lines(text("验收标准"), "gate-justification")).toEqual([]);
  });

  it("but under a heading of the plan's own work its unticked boxes are open gates", () => {
    const open = text("Acceptance Criteria")
      .split("\n")
      .indexOf("- [ ] All tests written before implementation (Principle VI)");
    expect(lines(text("Phase 2: Hardening"), "gate-justification")).toEqual([open + 1, open + 2]);
  });
});

describe("the template's `[link]` reworded", () => {
  const spec = (value: string): number[] =>
    lines(
      [
        "# Implementation Plan: X",
        "",
        `**Branch**: \`001-x\` | **Date**: 2025-01-01 | **Spec**: ${value}`,
        "",
        "## Summary",
        "",
        "x",
        "",
      ].join("\n"),
      "no-placeholder",
    );

  it("is still a slot while it points nowhere: `[spec link]`, `[feature spec URL]`", () => {
    expect(spec("[spec link]")).toEqual([3]);
    expect(spec("[spec.md link]")).toEqual([3]);
    expect(spec("[feature spec URL]")).toEqual([3]);
  });

  it("but a link written, or a bracket naming something else, is the author's", () => {
    expect(spec("[spec link](./spec.md)")).toEqual([]);
    expect(spec("[spec.md]")).toEqual([]);
    expect(spec("[Linked Issues]")).toEqual([]);
    expect(spec("[spec linkage notes]")).toEqual([]);
  });
});

describe("a part of the check titled by complexity (round 737)", () => {
  const check = (title: string, body: string): number[] =>
    lines(plan(["All gates pass.", "", title, "", body].join("\n")), "gate-justification");
  const boxes = ["- [ ] 数据模型是否遵循单一职责原则", "- [ ] 服务层是否过度抽象"].join("\n");
  const first = CHECK_LINE + 4;

  it("reads its checklist items as the check's gates (`### 设计复杂度评估`, `### Principle 3: Progressive Complexity`)", () => {
    expect(check("### 设计复杂度评估", boxes)).toEqual([first, first + 1]);
    expect(check("### Principle 3: Progressive Complexity", boxes)).toEqual([first, first + 1]);
  });

  it("keeps a part titled as Complexity Tracking's own work (tracking, violations, justification), or justifying in a table, as Complexity Tracking", () => {
    expect(check("### Potential Violations and Justifications", boxes)).toEqual([]);
    const table = ["| Violation | Why Needed |", "|---|---|", "| none | – |", boxes].join("\n");
    expect(check("### Complexity Tracking", table)).toEqual([]);
    expect(check("### Complexity Tracking", boxes)).toEqual([]);
    expect(check("### Complexity Justification Required?", boxes)).toEqual([]);
  });
});
