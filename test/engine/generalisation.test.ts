import { describe, expect, it } from "@jest/globals";
import { DEFAULT_CONFIG } from "../../src/config/config.js";
import { checkPlan } from "../../src/engine/check.js";
import { classify, parsePlan } from "../../src/engine/plan/index.js";

/**
 * Patterns the fifth blind audit round showed (issue 6), each as the general mechanism, on
 * plans written for the test: a status mark inside a bold label, German checklists against
 * English principle names, a gate that names several principles in words, `## Overview`,
 * and Title Case slots such as `[Component Name]`.
 */

const CONSTITUTION = ".specify/memory/constitution.md";

function findings(plan: string, constitution: string | null, rule: string): string[] {
  return checkPlan({
    plan: { path: "specs/001-x/plan.md", text: plan },
    constitution: constitution === null ? null : { path: CONSTITUTION, text: constitution },
    template: null,
    config: DEFAULT_CONFIG,
  })
    .findings.filter((f) => f.rule === rule)
    .map((f) => `${f.line} ${f.message}`);
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
      checkPlan({
        plan: { path: "specs/001-x/plan.md", text },
        constitution: null,
        template: null,
        config: DEFAULT_CONFIG,
      })
        .findings.filter((f) => f.rule === "no-placeholder")
        .map((f) => f.line),
    ).toEqual([3, 4]);
  });
});
