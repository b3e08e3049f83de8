import { describe, expect, it } from "@jest/globals";
import { parseConstitution } from "../../src/engine/constitution.js";
import { principlesAddressed } from "../../src/engine/coverage.js";
import { DEFAULT_CONFIG } from "../../src/config/config.js";
import { checkPlan } from "../../src/engine/check.js";

describe("parseConstitution", () => {
  it("reads coded principles from several principles sections, and never Mission or Governance", () => {
    const c = parseConstitution(
      "c.md",
      [
        "# Constitución",
        "## 1. Misión",
        "Texto.",
        "## 2. Principios de Producto",
        "### PP1 · Valor de Usuario Primero",
        "Texto.",
        "## 3. Principios Técnicos",
        "### TP1 · Backend en .NET",
        "### TP11 · Identidad y Autenticación",
        "## 4. Gobernanza",
        "### 4.1 Procedimiento de Enmienda",
        "**Version**: 2.0.1",
      ].join("\n"),
    );
    expect(c.principles.map((p) => `${p.id}:${p.name}`)).toEqual([
      "PP1:Valor de Usuario Primero",
      "TP1:Backend en .NET",
      "TP11:Identidad y Autenticación",
    ]);
    expect(c.version).toBe("2.0.1");
    expect(
      principlesAddressed("| TP11 | ✅ | uses the oid claim |", c.principles).map((p) => p.id),
    ).toEqual(["TP11"]);
    expect(principlesAddressed("TP1 and PP1", c.principles).map((p) => p.id)).toEqual([
      "PP1",
      "TP1",
    ]);
  });

  it("without a principles section, takes headings numbered as principles, not `4.1` or Mission", () => {
    const c = parseConstitution(
      "c.md",
      "# C\n## I. Simplicity\n## II. Mission\n### 2.1 Scope detail\n## III. Security\n## Article 4 Data\n",
    );
    expect(c.principles.map((p) => p.id)).toEqual(["I", "III", "4"]);
  });

  it("does not read a handbook's numbered sections as principles", () => {
    const c = parseConstitution(
      "c.md",
      "# Handbook\n## 1. Project Overview\n## 2. Open Source\n### 2.1 General Principle\n- **Stars**: many\n## 3. Security\n",
    );
    expect(c.principles).toEqual([]);
  });

  it("takes the principles section's items, not a documentation section's principles", () => {
    const c = parseConstitution(
      "c.md",
      [
        "# C",
        "## Core Principles",
        "### I. Library-First",
        "**Rules:**",
        "- **Router**: one",
        "### II. Test-First",
        "## Documentation",
        "### Documentation principles",
        "- **Japanese first**: docs in Japanese",
      ].join("\n"),
    );
    expect(c.principles.map((p) => p.name)).toEqual(["Library-First", "Test-First"]);
  });

  it("reads `## II. Architectural Principles` among numbered sections as one principle of them", () => {
    const c = parseConstitution(
      "c.md",
      "# C\n## Overview\n## I. Philosophy\n## II. Architectural Principles\n- **Container-First**: x\n## III. Standards\n## Governance\n",
    );
    expect(c.principles.map((p) => p.id)).toEqual(["I", "II", "III"]);
  });

  it("does not take `Principled` for a `Principle` prefix", () => {
    const c = parseConstitution(
      "c.md",
      "# C\n## Core Principles\n### 1. Principled AI Development\n",
    );
    expect(c.principles.map((p) => p.name)).toEqual(["Principled AI Development"]);
  });

  it("takes a name in parentheses as another name of the principle", () => {
    const c = parseConstitution(
      "c.md",
      "# C\n## 核心原则\n### II. 模块化与 SOLID 原则 (Modularity and SOLID)\n文本\n",
    );
    expect(c.principles[0]?.aliases).toEqual(["Modularity and SOLID"]);
    expect(principlesAddressed("Modularity and SOLID", c.principles)).toHaveLength(1);
  });
});

describe("gate labels in Chinese and Japanese", () => {
  const c = parseConstitution(
    "c.md",
    "# C\n## 基本原則\n### 原則1: テスト駆動開発の徹底\n### 原則2: セキュリティ優先設計\n### 原則3: 代码质量优先\n",
  );
  it.each([
    ["テスト駆動開発", "1"],
    ["セキュリティ", "2"],
    ["代码质量", "3"],
  ])("a shortened label `%s` names principle %s", (label, id) => {
    expect(principlesAddressed(label, c.principles, true).map((p) => p.id)).toEqual([id]);
  });

  it("a short shared word is not enough", () => {
    expect(principlesAddressed("开发", c.principles, true)).toEqual([]);
  });

  it("an acronym glued to Japanese text names its principle (`TDD必須`), one inside a word does not", () => {
    const en = parseConstitution(
      "c.md",
      "# C\n## Core Principles\n### I. Test-Driven Development\n### II. Simplicity\n",
    );
    expect(principlesAddressed("TDD必須", en.principles, true).map((p) => p.id)).toEqual(["I"]);
    expect(principlesAddressed("XTDDY", en.principles, true)).toEqual([]);
  });
});

describe("a Constitution Check under a title in no lexicon", () => {
  const run = (title: string, instruction: string) =>
    checkPlan({
      plan: {
        path: "specs/x/plan.md",
        text: `# P\n## Summary\nS.\n## Technical Context\n**Language/Version**: Go\n## ${title}\n\n${instruction}\n\n- [x] **I. Library-First**: a library\n- [x] **II. Test-First**: tests first\n## Project Structure\nsrc/\n`,
      },
      constitution: {
        path: "c.md",
        text: "# C\n## Core Principles\n### I. Library-First\nx\n### II. Test-First\ny\n",
      },
      template: null,
      config: DEFAULT_CONFIG,
    })
      .findings.map((f) => f.rule)
      .filter((rule) => rule !== "technical-context-field");

  it("is found by the template's gate instruction below it", () => {
    expect(
      run(
        "Kontrola zgodności",
        "*GATE: Must pass before Phase 0 research. Re-check after Phase 1 design.*",
      ),
    ).toEqual([]);
    expect(run("헌장 점검", "*게이트: Phase 0 연구 전에 통과해야 함.*")).toEqual([]);
  });

  it("without the instruction, the section is missing and so is every principle's check", () => {
    expect(run("Kontrola zgodności", "Wszystko sprawdzone.")).toEqual([
      "principle-coverage",
      "principle-coverage",
      "required-section",
    ]);
  });
});

describe("sections titled by a bold line", () => {
  it("take the place of a missing heading: `**Constitution Check:**`, `**Project Stack:**`", () => {
    const result = checkPlan({
      plan: {
        path: "specs/x/plan.md",
        text: [
          "### Frontend UI plan",
          "",
          "**Project Stack:**",
          "* **Language/Version:** TypeScript 5",
          "",
          "**Summary**",
          "A UI.",
          "",
          "**Constitution Check:**",
          "",
          "- **Library-First:** a library.",
          "- **Test-First:** tests first.",
          "",
          "## Project Structure",
          "src/",
        ].join("\n"),
      },
      constitution: {
        path: "c.md",
        text: "# C\n## Core Principles\n### Library-First\nx\n### Test-First\ny\n",
      },
      template: null,
      config: DEFAULT_CONFIG,
    });
    expect(
      result.findings.map((f) => f.rule).filter((r) => r !== "technical-context-field"),
    ).toEqual([]);
    expect(result.gates.map((g) => g.line)).toEqual([11, 12]);
  });
});

describe("checkbox gates", () => {
  it("take their status from the box, not from a word of their description", () => {
    const plan = [
      "# P",
      "## Constitution Check",
      "- [x] Server-side rate limiting for failed login attempts",
      "- [ ] Retry on failed uploads",
      "- [x] Library-First: FAIL, the parser is inline",
      "- [x] Error budget ❌",
    ].join("\n");
    const result = checkPlan({
      plan: { path: "specs/x/plan.md", text: plan },
      constitution: null,
      template: null,
      config: DEFAULT_CONFIG,
    });
    expect(result.gates.map((g) => `${g.line}:${g.status}`)).toEqual([
      "3:pass",
      "4:unchecked",
      "5:fail",
      "6:fail",
    ]);
  });
});

describe("loose list items", () => {
  it("keeps a ⚠️ note below a checked gate, after a blank line, as that gate's detail", () => {
    const plan = [
      "# P",
      "## Constitution Check",
      "- [X] **Library-First**: a library",
      "",
      "  - ✅ packaged",
      "  - ⚠️ tests come in Phase 2",
    ].join("\n");
    const result = checkPlan({
      plan: { path: "specs/x/plan.md", text: plan },
      constitution: { path: "c.md", text: "# C\n## Core Principles\n### I. Library-First\nx\n" },
      template: null,
      config: DEFAULT_CONFIG,
    });
    expect(result.gates.map((g) => `${g.line}:${g.status}`)).toEqual(["3:pass"]);
    expect(result.gates[0]?.reason).toContain("tests come in Phase 2");
  });
});

describe("principles written other ways", () => {
  const table = [
    "# 憲章",
    "## 1. 文件目的",
    "說明。",
    "## 3. 核心原則（Core Principles）",
    "| # | 原則 | 說明 |",
    "|---|------|------|",
    "| C1 | 安全優先 | 寧可拒答，不可洩漏 |",
    "| C2 | 可稽核優先 | 每個關鍵決策必須可追溯 |",
    "| C3 | 可靠性優先 | fallback 是一等公民 |",
    "## 4. 產品邏輯原則",
    "- **不確定就追問**：不可臆測。",
    "- **遇機密就拒答**：返回拒答訊號。",
    "## 5. 安全原則",
    "- **輸入驗證**：全部驗證。",
  ].join("\n");

  it("reads a principles table's rows, and prefers the core principles to other guidance", () => {
    const c = parseConstitution("c.md", table);
    expect(c.principles.map((p) => `${p.id}:${p.name}`)).toEqual([
      "C1:安全優先",
      "C2:可稽核優先",
      "C3:可靠性優先",
    ]);
  });

  it("without a core section, keeps every principles section", () => {
    const c = parseConstitution("c.md", table.replace("核心原則（Core Principles）", "原則"));
    expect(c.principles.map((p) => p.name)).toEqual(
      expect.arrayContaining(["安全優先", "不確定就追問", "輸入驗證"]),
    );
  });

  it("takes the numbered bold lines, not the bold sub-labels in their text", () => {
    const c = parseConstitution(
      "c.md",
      [
        "# C",
        "## 5. 핵심 원칙 (Core Principles)",
        "**I. Specification-Driven Development**",
        "모든 개발은 명세에서 시작한다.",
        "**II. Slack-Based Confirmation**",
        "1. **Review Agent 자동 리뷰**: 검토 수행",
        "2. **사용자 컨펌 요청**: 승인 요청",
      ].join("\n"),
    );
    expect(c.principles.map((p) => p.id)).toEqual(["I", "II"]);
  });

  it("takes the principles of a principles section inside a chapter, not the other chapters", () => {
    const articles = (principles: string): string =>
      [
        "# SpecKit Constitution",
        "## Article I: Purpose & Philosophy",
        "### Section 1.1: Purpose",
        "Why.",
        `### Section 1.2: ${principles}`,
        "#### Principle I: Deterministic Generation",
        "Same input, same output.",
        "#### Principle II: Reproducibility",
        "Rebuild from specs.",
        "## Article II: Entities in the Ecosystem",
        "### Section 2.1: The Project",
        "## Article III: Quality Standards",
        "### Section 3.1: Content Standards",
      ].join("\n");
    expect(
      parseConstitution("c.md", articles("Core Principles")).principles.map((p) => p.name),
    ).toEqual(["Deterministic Generation", "Reproducibility"]);
    // Without a principles section, every numbered heading is a candidate.
    expect(parseConstitution("c.md", articles("Background")).principles.map((p) => p.name)).toEqual(
      expect.arrayContaining(["Deterministic Generation", "Entities in the Ecosystem"]),
    );
  });

  it("takes the core principles numbered `1.` to `5.` inside `## I. Core Principles`, not the other parts", () => {
    const parts = (title: string): string =>
      [
        "# The Evolution of Todo Constitution",
        `## I. ${title}`,
        "### 1. Spec-Driven Development Only",
        "Specs first.",
        "### 2. AI as Primary Developer",
        "The agent writes the code.",
        "### 3. Mandatory Traceability",
        "Every change links its spec.",
        "## II. Domain Model Governance",
        "## III. Technology Governance",
        "## IV. Repository Structure (MANDATORY)",
        "## V. Quality Standards (Global)",
        "## VI. Security & Compliance",
      ].join("\n");
    expect(
      parseConstitution("c.md", parts("Core Principles (NON-NEGOTIABLE)")).principles.map(
        (p) => p.name,
      ),
    ).toEqual([
      "Spec-Driven Development Only",
      "AI as Primary Developer",
      "Mandatory Traceability",
    ]);
    // `## I. Architectural Principles` among the numbered parts is one of them: its items are
    // its clauses.
    expect(
      parseConstitution("c.md", parts("Architectural Principles")).principles.map((p) => p.name),
    ).toEqual(expect.arrayContaining(["Architectural Principles", "Security & Compliance"]));
  });

  it("takes the items of a numbered part that names itself the core or authoritative principles", () => {
    const others = [
      "## III. Book Structure",
      "Modules.",
      "## IV. Documentation & Site Rules",
      "Pages.",
      "## V. Governance",
      "Amendments.",
    ];
    // Numbered items under `## II. AUTHORITATIVE PRINCIPLES` among the document's parts.
    const numbered = [
      "# Project Constitution",
      "## I. Purpose",
      "A textbook.",
      "## II. AUTHORITATIVE PRINCIPLES",
      "### 1. 100% Spec-Driven Development",
      "Specs first.",
      "### 2. Technical Accuracy Only",
      "Verified claims.",
      "### 3. Zero Hallucinations",
      "No invented APIs.",
      ...others,
    ].join("\n");
    expect(parseConstitution("c.md", numbered).principles.map((p) => p.name)).toEqual([
      "100% Spec-Driven Development",
      "Technical Accuracy Only",
      "Zero Hallucinations",
    ]);
    // Bold items under `## I. core-principles`.
    const bold = [
      "# Universal-Backend-Constitution",
      "## I. core-principles",
      "- **security-first**",
      "  - no secrets in logs.",
      "- **explicitness-and-simplicity**",
      "  - no hidden automagic behavior.",
      "- **testability**",
      "  - all layers mockable.",
      ...others,
    ].join("\n");
    expect(parseConstitution("c.md", bold).principles.map((p) => p.name)).toEqual([
      "security-first",
      "explicitness-and-simplicity",
      "testability",
    ]);
  });

  it("reads the filled-in principles of a constitution with the unfilled template pasted below", () => {
    const filled = [
      "# Project Constitution",
      "Constitution Version: 1.0.0",
      "## Principles",
      "### 1. Simplicity First",
      "Start simple.",
      "### 2. Security by Default",
      "Deny by default.",
      "## Governance",
      "PRs review compliance.",
    ];
    const template = [
      "# [PROJECT_NAME] Constitution",
      "## Core Principles",
      "### [PRINCIPLE_1_NAME]",
      "[PRINCIPLE_1_DESCRIPTION]",
      "### [PRINCIPLE_2_NAME]",
      "[PRINCIPLE_2_DESCRIPTION]",
      "## Governance",
      "[GOVERNANCE_RULES]",
      "**Version**: [CONSTITUTION_VERSION] | **Ratified**: [RATIFICATION_DATE]",
    ];
    const c = parseConstitution("c.md", [...filled, ...template].join("\n"));
    expect(c.unfilled).toBe(false);
    expect(c.principles.map((p) => p.name)).toEqual(["Simplicity First", "Security by Default"]);
    // The template alone is still unfilled.
    expect(parseConstitution("c.md", template.join("\n")).unfilled).toBe(true);
  });

  it("takes one unnumbered heading among numbered principles for context, not a principle", () => {
    const c = (extra: string[]): string[] =>
      parseConstitution(
        "c.md",
        [
          "# 憲法",
          "## Core Principles",
          "### I. 目的と手段の分離",
          "### II. 段階的な理解の深化",
          "### III. 最適解の選択と記録",
          "### IV. 関心の分離",
          ...extra,
          "### V. 技術スタック",
          "## Governance",
        ].join("\n"),
      ).principles.map((p) => p.name);
    expect(c(["### このアプリケーションの本質", "遊戯王のコンボを試す。"])).toEqual([
      "目的と手段の分離",
      "段階的な理解の深化",
      "最適解の選択と記録",
      "関心の分離",
      "技術スタック",
    ]);
    // A principle numbered 0 is numbered; two unnumbered among five are principles too.
    expect(c(["### 0. Meta-Governance"])).toContain("Meta-Governance");
    expect(c(["### Security", "### Privacy"])).toEqual(
      expect.arrayContaining(["Security", "Privacy"]),
    );
  });

  it("takes a principle named in two languages, heading after heading, as one", () => {
    const c = parseConstitution(
      "c.md",
      [
        "# C",
        "## Core Principles",
        "## 핵심 원칙",
        "### I. Complete Code First",
        "### I. 완전한 코드 우선",
        "No stubs.",
        "### II. Structured Error Handling",
        "### II. 구조화된 에러 처리",
        "Errors carry codes.",
      ].join("\n"),
    );
    expect(c.principles.map((p) => [p.id, p.name, p.aliases, p.statement])).toEqual([
      ["I", "Complete Code First", ["완전한 코드 우선"], "No stubs."],
      ["II", "Structured Error Handling", ["구조화된 에러 처리"], "Errors carry codes."],
    ]);
  });
});

describe("names in the Sync Impact Report", () => {
  it("takes a listed principle's parenthesis as its name in another language", () => {
    const c = parseConstitution(
      "c.md",
      [
        "<!--",
        "Principles Defined:",
        "  1. Скорость и Простота (Speed and Simplicity)",
        "  2. Тестирование (Testing)",
        "  3. Unknown Name (Ignored)",
        "-->",
        "# Constitution",
        "## Основные Принципы (Core Principles)",
        "### I. Скорость и Простота",
        "Быстро.",
        "### II. Тестирование",
        "Тесты.",
      ].join("\n"),
    );
    expect(c.principles.map((p) => [p.id, p.aliases])).toEqual([
      ["I", ["Speed and Simplicity"]],
      ["II", ["Testing"]],
    ]);
  });
});

describe("a rename from the template's stand-in name in the Sync Impact Report", () => {
  it("gives the principle no alias: `Template Principle 4 -> IV. …` is no name a plan uses", () => {
    const c = parseConstitution(
      "c.md",
      [
        "<!--",
        "Sync Impact Report",
        "- Template Principle 1 -> I. Production-Grade Flutter Only",
        "- PRINCIPLE_2_NAME → II. Bloc-Driven Presentation",
        "- Principle 3 (placeholder) -> III. Performance Gates",
        "- Simple Code -> IV. Readable Code",
        "-->",
        "# Constitution",
        "## Core Principles",
        "### I. Production-Grade Flutter Only",
        "Ship.",
        "### II. Bloc-Driven Presentation",
        "Blocs.",
        "### III. Performance Gates",
        "Fast.",
        "### IV. Readable Code",
        "Clear.",
      ].join("\n"),
    );
    expect(c.principles.map((p) => [p.id, p.aliases])).toEqual([
      ["I", []],
      ["II", []],
      ["III", []],
      ["IV", ["Simple Code"]],
    ]);
  });
});

describe("a change noted in brackets in the Sync Impact Report", () => {
  it("is no name of the principle: `IX. Dashboard Surfacing (new principle)`, `(新增)`, `(v1.2.0)`, `(code quality)`", () => {
    const c = parseConstitution(
      "c.md",
      [
        "<!--",
        "Added sections:",
        "  - IX. Dashboard Surfacing (new principle)",
        "  - X. 数据完整性 (新增)",
        "  - XI. Release Discipline (v1.2.0)",
        "  - XII. Speed and Simplicity (Rapidez y Sencillez)",
        "  - Principle 13: Graceful Degradation (code quality)",
        "  - Principle 14: Symbol Fidelity (code quality focus)",
        "-->",
        "# Constitution",
        "## Core Principles",
        "### IX. Dashboard Surfacing",
        "Dashboards.",
        "### X. 数据完整性",
        "数据。",
        "### XI. Release Discipline",
        "Releases.",
        "### XII. Speed and Simplicity",
        "Fast.",
        "### XIII. Graceful Degradation",
        "No crash.",
        "### XIV. Symbol Fidelity",
        "Symbols.",
      ].join("\n"),
    );
    // (A description in lower case, `(code quality)`, is the kind of principle, not a name:
    // a plan's `### Code Quality Gates` over other principles' boxes does not check it.)
    expect(c.principles.map((p) => [p.id, p.aliases])).toEqual([
      ["IX", []],
      ["X", []],
      ["XI", []],
      ["XII", ["Rapidez y Sencillez"]],
      ["XIII", []],
      ["XIV", []],
    ]);
  });
});

describe("an article on the constitution's own standing", () => {
  it("is no principle: `## Article IX: Ratification and Supremacy`, as governance is not", () => {
    const c = parseConstitution(
      "c.md",
      [
        "# Constitution",
        "## Preamble",
        "We build software.",
        "## Article I: Core Principle I - Code Quality Excellence",
        "Clean code.",
        "## Article II: Core Principle II - Comprehensive Testing Standards",
        "Tests.",
        "## Article III: Core Principle III - User Experience Consistency",
        "Consistent.",
        "## Article IV: Ratification and Supremacy",
        "This constitution supersedes all other practices.",
        "## Article V: Governance",
        "Amend by pull request.",
      ].join("\n"),
    );
    expect(c.principles.map((p) => p.name)).toEqual([
      "Code Quality Excellence",
      "Comprehensive Testing Standards",
      "User Experience Consistency",
    ]);
  });
});

describe("a Constitution Check restating the principles as plain rules", () => {
  const constitution = [
    "# C",
    "## Core Principles",
    "### I. Clean Code",
    "All code MUST be clean, readable and maintainable. Follow PEP 8 and use Ruff.",
    "### II. Minimal Dependencies",
    "New dependencies require explicit justification. Remove unused dependencies.",
    "### III. Test-First Development",
    "Write tests before implementation, with pytest.",
    "### IV. Progressive Enhancement",
    "All features must work without JavaScript.",
  ].join("\n");
  const uncovered = (check: string): string[] =>
    checkPlan({
      plan: {
        path: "specs/x/plan.md",
        text: `# Plan\n## Summary\nS.\n## Technical Context\n**Language/Version**: Python 3.12\n## Constitution Check\n${check}\n## Project Structure\nsrc/\n`,
      },
      constitution: { path: "c.md", text: constitution },
      template: null,
      config: DEFAULT_CONFIG,
    })
      .findings.filter((f) => f.rule === "principle-coverage")
      .map((f) => f.message.replace(/^.*principle `([^`]+)`.*$/s, "$1"));

  it("matches each top-level rule to the principle it restates", () => {
    expect(
      uncovered(
        [
          "- All code must be clean and readable (PEP 8, Ruff)",
          "- Minimize dependencies; justify any new ones",
          "- Tests must be written first (pytest)",
        ].join("\n"),
      ),
    ).toEqual(["IV. Progressive Enhancement"]);
  });

  it("reads a label that shortens a word of the name (`Auth` for `Authenticated`)", () => {
    const result = checkPlan({
      plan: {
        path: "specs/x/plan.md",
        text: "# P\n## Constitution Check\n- **Auth Guarding**: pages sit behind the sign-in.\n- **Convex-First Data Flow**: queries only.\n- **Tailwind-Only Styling**: utilities.\n- **Typed Contracts**: Zod.\n- **Observability**: logs.\n",
      },
      constitution: {
        path: "c.md",
        text: "# C\n## Core Principles\n### I. Authenticated Experiences Only\nEvery route enforces sign-in.\n### II. Convex-Orchestrated Data Flow\nConvex queries and mutations.\n### III. Tailwind CSS-First Interfaces\nUtility classes.\n### IV. Typed Contracts With Zod\nSchemas.\n### V. Observable Delivery\nLogs.\n",
      },
      template: null,
      config: DEFAULT_CONFIG,
    });
    expect(result.findings.filter((f) => f.rule === "principle-coverage")).toEqual([]);
  });

  it("does not take a gate's nested evidence for a check of another principle", () => {
    expect(
      uncovered(
        [
          "- **I. Clean Code**: ✅ PASS",
          "  - new dependencies justified in research.md",
          "  - tests written before implementation",
        ].join("\n"),
      ),
    ).toEqual([
      "II. Minimal Dependencies",
      "III. Test-First Development",
      "IV. Progressive Enhancement",
    ]);
  });
});

describe("a section marked as given for reference", () => {
  it("is not a principle (`## 6. 운영 상수 (참고)`, `(Informative)`)", () => {
    const text = [
      "# Constitution",
      "## 1. 프로토콜 제약",
      "stdout에는 JSON-RPC만 쓴다.",
      "## 2. Tool 설계 규칙",
      "도구 이름은 동사로 시작한다.",
      "## 3. 응답 요건",
      "응답은 100ms 안에 한다.",
      "## 4. 운영 상수 (참고)",
      "접수: 2026-06-15 ~ 2026-07-14",
      "## 5. Contest Calendar (Informative)",
      "Finals in August.",
    ].join("\n");
    expect(parseConstitution("c.md", text).principles.map((p) => p.name)).toEqual([
      "프로토콜 제약",
      "Tool 설계 규칙",
      "응답 요건",
    ]);
  });
});

describe("a lettered list of sub-sections under a numbered one", () => {
  it("is the section's parts: `### C.` is a letter, not principle 100", () => {
    const text = [
      "# Textbook Constitution",
      "## I. Spec-Driven Development",
      "Specs first.",
      "## II. Technical Standards",
      "Docusaurus.",
      "## III. Bonus Features",
      "### A. Reusable Intelligence",
      "Subagents.",
      "### B. Authentication",
      "Better Auth.",
      "### C. Content Personalization",
      "Per chapter.",
      "## IV. Hardware Requirements",
      "A workstation.",
    ].join("\n");
    expect(parseConstitution("c.md", text).principles.map((p) => p.id)).toEqual([
      "I",
      "II",
      "III",
      "IV",
    ]);
  });
});

describe("an article's rules numbered after it", () => {
  it("are its clauses (`### I.1 — Specs Before Code` under `## Article I`), not principles", () => {
    const text = [
      "# CONSTITUTION.md",
      "## Article I — Spec-Driven Development",
      "### I.1 — Specs Before Code",
      "No code without a spec.",
      "### I.2 — Spec Format",
      "spec-kit's format.",
      "## Article II — Test-Driven Development",
      "### II.1 — Red, Green, Refactor",
      "Tests first.",
      "## Article III — Documentation",
      "### III.1 — ADRs",
      "Decisions are recorded.",
    ].join("\n");
    expect(parseConstitution("c.md", text).principles.map((p) => p.id)).toEqual(["I", "II", "III"]);
    // A principle inserted beside the others (`### I.5.` between `### I.` and `### II.`) stays.
    const inserted = "# C\n## I. A\nx\n## I.5. B\ny\n## II. C\nz\n";
    expect(parseConstitution("c.md", inserted).principles.map((p) => p.name)).toEqual([
      "A",
      "B",
      "C",
    ]);
  });
});

describe("a constitution written as articles (`### 第8条 环境定义` in `## 第四章 …`)", () => {
  const text = [
    "# 项目宪法",
    "## 第一章 总则",
    "### 第1条 SDD流程强制规范",
    "spec → plan → tasks.",
    "### 第1-1条 TDD 强制规范",
    "先写失败测试。",
    "## 第二章 环境管理规范",
    "### 第2条 环境定义",
    "dev / test / prod。",
    "### 第3条 环境隔离要求",
    "环境之间数据隔离。",
    "## 第三章 编码规范",
    "### 第4条 编码规范",
    "统一 Result<T>。",
    "### 第5条 领域模型规范",
    "实体与值对象分离。",
    "## 第四章 附则",
    "### 第6条 生效与解释",
    "自发布之日起生效。",
  ].join("\n");

  it("has its articles as principles, not its chapters; a supplementary chapter's are none", () => {
    expect(parseConstitution("c.md", text).principles.map((p) => p.id)).toEqual([
      "第1条",
      "第1-1条",
      "第2条",
      "第3条",
      "第4条",
      "第5条",
    ]);
  });

  it("is checked article by article: `第1-1条` is not `第1条`, `第2条` is not in `第12条`", () => {
    const constitution = parseConstitution("c.md", text);
    const cited = (gate: string): string[] =>
      principlesAddressed(gate, constitution.principles).map((p) => p.id);
    expect(cited("- 第1-1条 TDD：先写失败测试 ✔")).toEqual(["第1-1条"]);
    expect(cited("- 第12条 文档中文 ✔")).toEqual([]);
    expect(cited("- 第2条环境：dev/test/prod ✔")).toEqual(["第2条"]);
  });
});

describe("a principle's name that restates its designation", () => {
  it("is the name after it: `Article IV: Core Principle IV - Performance Requirements`", () => {
    const text = [
      "# C",
      "## Article I: Core Principle I - Code Quality Excellence",
      "Readable code.",
      "## Article II: Core Principle II - Performance Requirements",
      "Fast pages.",
      "## Article III: Principle: Simplicity",
      "Few parts.",
      "## Article IV: Principle of Least Privilege",
      "Minimal rights.",
    ].join("\n");
    expect(parseConstitution("c.md", text).principles.map((p) => [p.id, p.name])).toEqual([
      ["I", "Code Quality Excellence"],
      ["II", "Performance Requirements"],
      ["III", "Simplicity"],
      ["IV", "Principle of Least Privilege"],
    ]);
  });
});

describe("an article whose name carries a gloss in brackets", () => {
  it("is read by its name, not by the gloss's words: `功能边界（Scope Guardrails）` is a principle", () => {
    const text = [
      "# 项目宪法",
      "## 第一条 · 课程目标优先（Education-first）",
      "1. 服务评分表。",
      "## 第二条 · 规格先行（Spec before Code）",
      "1. 先有 spec。",
      "## 第三条 · 功能边界（Scope Guardrails）",
      "**必须做**：五大模块。",
      "## 第四条 · 质量与可验证性",
      "1. 单元测试。",
      "## 第五条 · 设计与数据一致性",
      "1. 数据字典。",
      "## 第六条 · 治理（Governance）",
      "修改须经评审。",
    ].join("\n");
    expect(parseConstitution("c.md", text).principles.map((p) => p.id)).toEqual([
      "第一条",
      "第二条",
      "第三条",
      "第四条",
      "第五条",
    ]);
  });
});

describe("principles written as a numbered list of rules under the principles heading", () => {
  it("are each a principle, named by number and first clause", () => {
    const text = [
      "# Project Constitution",
      "",
      "## Principles",
      "",
      "1. Answers are source-grounded; unsupported claims fail closed.",
      "2. Evaluation artifacts are versioned and reproducible.",
      "3. Tests are delivered with each phase; testing is never deferred.",
      "",
      "## Quality gates",
      "",
      "- Unit tests do not require network access.",
    ].join("\n");
    expect(parseConstitution("c.md", text).principles.map((p) => `${p.id}. ${p.name}`)).toEqual([
      "1. Answers are source-grounded",
      "2. Evaluation artifacts are versioned and reproducible",
      "3. Tests are delivered with each phase",
    ]);
  });

  it("are not under a sub-heading of the section, nor out of order", () => {
    const under = "# C\n## Fundamental Principles\n### F-1. Single Source\n1. a.\n2. b.\n3. c.\n";
    expect(parseConstitution("c.md", under).principles.map((p) => p.id)).not.toContain("1");
    const unordered = "# C\n## Principles\n1. a.\n3. b.\n2. c.\n";
    expect(parseConstitution("c.md", unordered).principles).toEqual([]);
  });
});

describe("a constitution published with YAML front matter", () => {
  const body = [
    "# Textbook Constitution",
    "",
    "## Core Academic Principles",
    "",
    "### I. Embodied Intelligence Foundation",
    "Cognition, perception and action are coupled.",
    "",
    "### II. Multimodal System Integration",
    "Sensors are fused.",
  ];

  it("keeps its first principle, at the line the file gives it", () => {
    const text = ["---", "sidebar_position: 1", 'title: "Constitution"', "---", "", ...body].join(
      "\n",
    );
    const principles = parseConstitution("c.md", text).principles;
    expect(principles.map((p) => [p.id, p.line])).toEqual([
      ["I", 10],
      ["II", 13],
    ]);
  });

  it("is told from a thematic break that opens the document", () => {
    const text = [
      "---",
      "# C",
      "## Core Principles",
      "### I. A",
      "Text.",
      "",
      "---",
      "",
      "### II. B",
      "Text.",
    ];
    const principles = parseConstitution("c.md", text.join("\n")).principles;
    expect(principles.map((p) => [p.id, p.line])).toEqual([
      ["I", 4],
      ["II", 9],
    ]);
  });
});

describe("a stray top heading among unnumbered principles", () => {
  const text = (stray: string, sub = "### Domain Integrity") =>
    [
      "# ShapeGenerator Constitution",
      "## Core Principles",
      "### Scope Discipline",
      "Stay small.",
      "### Composability",
      "Shapes compose.",
      stray,
      "A decision note pasted in.",
      sub,
      "Designer intent first.",
      "### Library-First Core",
      "The engine is a library.",
      "## Governance",
      "### Amendments",
      "By review.",
    ].join("\n");

  it("does not hide the principles after it (`# Path Standardization Decision`)", () => {
    const names = parseConstitution("c.md", text("# Path Standardization Decision")).principles.map(
      (p) => p.name,
    );
    expect(names).toEqual([
      "Scope Discipline",
      "Composability",
      "Domain Integrity",
      "Library-First Core",
    ]);
  });

  it("is a part of its own when it never holds principles or a level sits between", () => {
    const governance = parseConstitution("c.md", text("# Governance")).principles;
    expect(governance.map((p) => p.name)).toEqual(["Scope Discipline", "Composability"]);
    const parted = parseConstitution(
      "c.md",
      text("# Appendix A", "## Notes\n### Domain Integrity"),
    );
    expect(parted.principles.map((p) => p.name)).toEqual(["Scope Discipline", "Composability"]);
  });
});

describe("the standards a constitution lists among its principles", () => {
  it("is no principle: `### Key Standards`, a list of the project's rules", () => {
    const c = parseConstitution(
      "c.md",
      [
        "# Book Constitution",
        "## Core Principles",
        "### Accuracy",
        "Every claim MUST be traceable to a source.",
        "### Clarity",
        "Writing MUST be clear.",
        "### Key Standards",
        "- Citation format: APA style.",
        "- Writing clarity: Flesch-Kincaid grade 10-12.",
        "## Constraints",
        "- Docusaurus.",
      ].join("\n"),
    );
    expect(c.principles.map((p) => p.name)).toEqual(["Accuracy", "Clarity"]);
  });
});

describe("principles named as such inside numbered articles (round 249)", () => {
  it("are the principles; the articles around them are the document's parts", () => {
    const c = parseConstitution(
      "c.md",
      [
        "# Project Constitution",
        "## Article I: Project Identity",
        "### Section 1.1: Name and Purpose",
        "A tool.",
        "## Article II: Core Architecture Principles",
        "### Section 2.1: Clean Architecture Mandate",
        "Layers.",
        "## Article III: Development Methodology Principles",
        "### Principle 1: Specification-Driven Development",
        "Specs first.",
        "### Principle 2: Test-Driven Development",
        "Tests first.",
        "### Principle 3: Type Safety",
        "Types.",
        "## Article IV: Documentation Standards",
        "### Section 4.1: Code Documentation",
        "Docstrings.",
        "## Article V: Governance",
        "Amendments by vote.",
      ].join("\n"),
    );
    expect(c.principles.map((p) => p.name)).toEqual([
      "Specification-Driven Development",
      "Test-Driven Development",
      "Type Safety",
    ]);
    // Without them, the articles are.
    const articles = parseConstitution(
      "c.md",
      [
        "# Project Constitution",
        "## Article I: Project Identity",
        "A tool.",
        "## Article II: Core Architecture Principles",
        "### Section 2.1: Clean Architecture Mandate",
        "Layers.",
        "## Article III: Development Methodology",
        "Specs first.",
        "## Article IV: Governance",
        "Amendments by vote.",
      ].join("\n"),
    );
    expect(articles.principles.map((p) => p.name)).toEqual([
      "Project Identity",
      "Core Architecture Principles",
      "Development Methodology",
    ]);
  });
});

describe("a principle whose name says principles, among principles named as such (round 592)", () => {
  it("is one of them, and its bold sub-labels are none", () => {
    const body = (n: number, name: string): string[] => [
      `## Principle ${n}: ${name}`,
      `**Statement:** ${name} matters.`,
      "",
      "**Rules:**",
      "- One rule.",
      "",
      "**Rationale:** It keeps the system sound.",
      "",
    ];
    const c = parseConstitution(
      "c.md",
      [
        "# Hackathon Todo Constitution",
        "## Governance",
        "Amendments by vote.",
        ...body(1, "Architecture Values"),
        ...body(2, "Technology Stack"),
        ...body(3, "API Design Principles"),
        ...body(4, "Database Principles"),
        ...body(5, "Error Handling"),
      ].join("\n"),
    );
    expect(c.principles.map((p) => p.name)).toEqual([
      "Architecture Values",
      "Technology Stack",
      "API Design Principles",
      "Database Principles",
      "Error Handling",
    ]);
  });
});

describe("principles written as tenets (round 257)", () => {
  it("are read under `## Core Tenets`, numbered in figures", () => {
    const c = parseConstitution(
      "c.md",
      [
        "# SpecKit Constitution",
        "## Philosophy",
        "Start small.",
        "## Core Tenets",
        "### 1. Minimal Viable Specification",
        "Just enough to start.",
        "### 2. Right-Sized Features",
        "One to three days.",
        "### 3. Task Granularity",
        "Small tasks.",
        "## Specification Structure",
        "### Story Format",
        "A story.",
      ].join("\n"),
    );
    expect(c.principles.map((p) => p.name)).toEqual([
      "Minimal Viable Specification",
      "Right-Sized Features",
      "Task Granularity",
    ]);
  });
});

describe("principles written as a bulleted list of phrases (round 512)", () => {
  const parse = (section: string[], rest: string[] = []) =>
    parseConstitution(
      "c.md",
      ["# Book Constitution", "## 1. Purpose", "Rules for the book.", ...section, ...rest].join(
        "\n",
      ),
    ).principles.map((p) => p.name);

  it("are read under a heading that is only the principles' name", () => {
    expect(
      parse(
        [
          "## 2. Core Principles",
          "",
          "- Engineering accuracy, academic clarity",
          "- Verified, reproducible robotics & AI workflows",
          "- Safety-first development for humanoid robots",
        ],
        ["## 3. Standards", "", "- Citations: APA or IEEE", "- Grade 10–12 readability"],
      ),
    ).toEqual([
      "Engineering accuracy, academic clarity",
      "Verified, reproducible robotics & AI workflows",
      "Safety-first development for humanoid robots",
    ]);
  });

  it("not rules with a keyword or a label, nor a section named for something more", () => {
    expect(
      parse(["## Principles", "- MUST：實作可回溯", "- MUST：先修訂規格", "- SHOULD：保持最小"]),
    ).toEqual([]);
    expect(
      parse([
        "## Core Guidance Principles",
        "- Write neutral content",
        "- Cite sources",
        "- Be clear",
      ]),
    ).toEqual([]);
    expect(parse(["## Core Principles", "- Accuracy", "- Clarity"])).toEqual([]);
  });
});

describe("a metadata block under a subtitle that names the principles (round 539)", () => {
  const articles = [
    "## Преамбула",
    "Платформа строится по ADR.",
    "## Article I: Event-Driven Architecture",
    "**Источник**: ADR-002",
    "Сервисы общаются через события.",
    "## Article II: Universal Docking Interface",
    "Каждый сервис публикует манифест.",
    "## Article III: JWT Authentication",
    "Единая аутентификация.",
  ];
  const names = (head: string[]): string[] =>
    parseConstitution(
      "c.md",
      ["# Конституция платформы Quark", ...head, ...articles].join("\n"),
    ).principles.map((p) => p.name);

  it("is the document's particulars: the articles are the principles", () => {
    expect(
      names([
        "## Архитектурные принципы и правила разработки",
        "",
        "**Версия**: 1.0.0  ",
        "**Дата создания**: 3 ноября 2025  ",
        "**Статус**: Действующая  ",
        "**Источник**: Консолидация ADR-001 по ADR-008",
        "",
      ]),
    ).toEqual(["Event-Driven Architecture", "Universal Docking Interface", "JWT Authentication"]);
  });

  it("only the paragraph that gives the version: bold principles after it are kept", () => {
    expect(
      names([
        "## Core Principles",
        "",
        "**Version**: 1.2.0",
        "",
        "**Version Pinning**: every dependency pins an exact version.",
        "",
        "**Small Modules**: no file over 300 lines.",
        "",
      ]),
    ).toEqual(["Version Pinning", "Small Modules"]);
  });
});

describe("principles numbered under a title of the team's own, before an unnumbered principles section (round 546)", () => {
  const names = (requirements: string, guiding: string[]): string[] =>
    parseConstitution(
      "c.md",
      [
        "# Local Kubernetes Deployment Constitution",
        "",
        "## Project Overview",
        "From chatbot to cluster.",
        "",
        `## ${requirements}`,
        "",
        "### I. Containerization and Orchestration",
        "Both services run in multi-stage containers.",
        "",
        "### II. AI-Generated Infrastructure as Code",
        "No manual YAML.",
        "",
        "### III. Minikube Cluster Deployment",
        "The application deploys on Minikube.",
        "",
        "### IV. AIOps Validation and Resilience",
        "kubectl-ai and kagent troubleshoot the cluster.",
        "",
        "## Helm Charts Architecture",
        "",
        "### Umbrella Chart Structure",
        "One chart with subcharts.",
        "",
        ...guiding,
        "## Governance",
        "Amendments by pull request.",
      ].join("\n"),
    ).principles.map((p) => p.name);

  it("are the principles; the later section is the constitution's aspirations", () => {
    expect(
      names("Core Requirements", [
        "## Guiding Principles",
        "",
        "### Spec-Driven Infrastructure",
        "Every manifest starts from a spec.",
        "",
        "### Back to Basics",
        "Prefer the simple tool.",
        "",
      ]),
    ).toEqual([
      "Containerization and Orchestration",
      "AI-Generated Infrastructure as Code",
      "Minikube Cluster Deployment",
      "AIOps Validation and Resilience",
    ]);
  });

  it("not when the principles section is numbered itself", () => {
    expect(
      names("Core Requirements", [
        "## Guiding Principles",
        "",
        "### 1. Spec-Driven Infrastructure",
        "Every manifest starts from a spec.",
        "",
        "### 2. Back to Basics",
        "Prefer the simple tool.",
        "",
      ]),
    ).toEqual(["Spec-Driven Infrastructure", "Back to Basics"]);
  });
});

describe("a part that joins the principles to the vision (round 547's `## 1. Project Vision & Core Principles`)", () => {
  const names = (first: string, second: string): string[] =>
    parseConstitution(
      "c.md",
      [
        "# Project Constitution: Docusaurus Book with RAG Chatbot",
        "",
        "## 1. Project Vision & Core Principles",
        "",
        `### ${first}`,
        "Build a modern, AI-powered educational platform.",
        "",
        `### ${second}`,
        "- **Simplicity First**: Prefer straightforward solutions",
        "- **Performance by Default**: Sub-second responses",
        "- **Incremental Delivery**: Ship working features progressively",
        "",
        "## 2. Technical Architecture Principles",
        "",
        "### 2.1 Monorepo Structure",
        "One repository.",
        "",
        "## Governance",
        "Amend by pull request.",
      ].join("\n"),
    ).principles.map((p) => p.name);

  it("has its principles in the one sub-section that holds them", () => {
    expect(names("1.1 Vision Statement", "1.2 Core Values")).toEqual([
      "Simplicity First",
      "Performance by Default",
      "Incremental Delivery",
    ]);
  });

  it("not when the other sub-section is a principle itself", () => {
    expect(names("1.1 Code Quality Standards", "1.2 Architecture Principles")).toEqual([
      "1.1 Code Quality Standards",
      "1.2 Architecture Principles",
    ]);
  });
});

describe("rules the constitution calls its core (round 613's `## Phase 3 Core Rules`)", () => {
  const names = (title: string): string[] =>
    parseConstitution(
      "c.md",
      [
        "# Project Constitution: Todo AI Chatbot (Phase 3)",
        "",
        "## Technical Stack",
        "- **Backend**: FastAPI",
        "",
        `## ${title}`,
        "",
        "### 1. Directory Structure",
        "- New specifications must be stored in `specs/003-ai-chatbot/`.",
        "",
        "### 2. Statelessness",
        "- The `/api/chat` endpoint MUST be stateless.",
        "",
        "### 3. Sub-Agent Usage",
        "- Claude Code MUST be used for all file modifications.",
        "",
        "## Implementation Workflow",
        "",
        "### 1. Specify",
        "### 2. Plan",
        "",
        "## Governance",
        "Amend by pull request.",
      ].join("\n"),
    ).principles.map((p) => p.name);

  it("are its principles", () => {
    expect(names("Phase 3 Core Rules")).toEqual([
      "Directory Structure",
      "Statelessness",
      "Sub-Agent Usage",
    ]);
  });

  it("not rules of another name, which may be guidance beside the principles", () => {
    expect(names("Coding Rules")).toEqual([]);
  });
});

describe("a principles heading over a preamble only, the principles its numbered siblings (round 648)", () => {
  const parse = (first: string) =>
    parseConstitution(
      "c.md",
      [
        "# Project Constitution",
        "",
        "## Core Principles",
        "",
        "All contributors must adhere to these principles.",
        "",
        `## ${first} Test-Driven Development (TDD)`,
        "### Principle",
        "**Tests MUST be written before implementation code.**",
        "### Enforcement",
        "- CI blocks merges without tests.",
        "",
        "## 2. Code Quality Standards",
        "### Principle",
        "Code MUST pass lint with zero warnings.",
        "",
        "## 3. Security & Privacy",
        "### Standards",
        "- No hardcoded secrets.",
        "",
        "## 4. Maintainability",
        "### Code Organization",
        "- Keep modules small.",
        "",
        "## Enforcement & Continuous Improvement",
        "### Pre-commit Hooks",
        "- Lint staged files.",
        "",
        "## Conclusion",
        "_Version: 1.0.0_",
      ].join("\n"),
    );

  it("are the run numbered from 1, up to the first heading that is not the next one", () => {
    const c = parse("1.");
    expect(c.principles.map((p) => p.name)).toEqual([
      "Test-Driven Development (TDD)",
      "Code Quality Standards",
      "Security & Privacy",
      "Maintainability",
    ]);
    expect(c.unfilled).toBe(false);
  });

  it("not a run that does not count from 1", () => {
    expect(parse("5.").principles).toEqual([]);
  });
});

describe("a principles group its title marks binding, beside the core one (round 667)", () => {
  const names = (title: string) =>
    parseConstitution(
      "c.md",
      [
        "# Phase V Constitution",
        "",
        `## ${title}`,
        "",
        "### I. Everything is Containerized",
        "Every service ships as an image.",
        "",
        "### II. AI-Assisted Operations First",
        "Prefer kubectl-ai for cluster operations.",
        "",
        "## Core Principles (Inherited from Phase II/III/IV)",
        "",
        "### I. Spec-Driven Development",
        "Specify before building.",
        "",
        "### II. Zero Manual Coding",
        "Agents write the code.",
        "",
        "## Governance",
        "**Version**: 5.0.0 | **Ratified**: 2026-01-01",
      ].join("\n"),
    ).principles.map((p) => p.name);

  it("holds principles the plan answers to, as the core ones are", () => {
    expect(names("Infrastructure Principles (NON-NEGOTIABLE)")).toEqual([
      "Everything is Containerized",
      "AI-Assisted Operations First",
      "Spec-Driven Development",
      "Zero Manual Coding",
    ]);
  });

  it("while a group of another name beside the core one is guidance", () => {
    expect(names("Infrastructure Principles")).toEqual([
      "Spec-Driven Development",
      "Zero Manual Coding",
    ]);
  });
});

// Round 680: `## Article I — Product Integrity` over `### Principle 1: The Poker Rules Are
// Authoritative` and `### Principle 2: Virtual Chips Only`, `## Article II — Server Authority`
// over `### Principle 3` …: both levels were read as principles.
describe("parts that hold numbered principles of their own", () => {
  const names = (text: string) => parseConstitution("c.md", text).principles.map((p) => p.name);

  it("are not principles; the principles inside them are", () => {
    expect(
      names(
        [
          "# Poker Constitution",
          "",
          "## Article I — Product Integrity",
          "",
          "### Principle 1: The Poker Rules Are Authoritative",
          "Rules MUST follow the standard.",
          "",
          "### Principle 2: Virtual Chips Only",
          "No real money.",
          "",
          "## Article II — Server Authority",
          "",
          "### Principle 3: Never Trust the Client",
          "The server decides.",
          "",
          "### Principle 4: Private Information Must Remain Private",
          "Hole cards stay hidden.",
          "",
          "## Article III — Testing",
          "",
          "### Principle 5: Critical Logic Requires Automated Tests",
          "Tests MUST cover the engine.",
          "",
          "## Governance",
          "**Version**: 1.0.0 | **Ratified**: 2025-01-01",
        ].join("\n"),
      ),
    ).toEqual([
      "The Poker Rules Are Authoritative",
      "Virtual Chips Only",
      "Never Trust the Client",
      "Private Information Must Remain Private",
      "Critical Logic Requires Automated Tests",
    ]);
  });

  it("but a principle a level up that goes on with the numbering is one of them (round 210)", () => {
    expect(
      names(
        [
          "# SubHub Constitution",
          "",
          "## Core Principles",
          "",
          "### I. Code Quality Gates Releases",
          "Lint MUST pass.",
          "",
          "### II. Tests Are Layered",
          "Unit and integration.",
          "",
          "## III. Design Source of Truth",
          "DESIGN.md decides.",
          "",
          "### IV. Consistent User Experience",
          "One pattern per task.",
          "",
          "### V. Performance Budgets",
          "Budgets MUST be set.",
          "",
          "## Governance",
          "**Version**: 1.0.0 | **Ratified**: 2025-01-01",
        ].join("\n"),
      ),
    ).toEqual([
      "Code Quality Gates Releases",
      "Tests Are Layered",
      "Design Source of Truth",
      "Consistent User Experience",
      "Performance Budgets",
    ]);
  });
});

describe("a principle filed under another part, numbered on from the principles", () => {
  const constitution = (later: string[]): string =>
    [
      "# Constitution",
      "## Core Principles",
      "### I. Test-First Development",
      "Tests first.",
      "### II. Code Quality",
      "Lint.",
      "### IV. Authentication",
      "Auth.",
      "### III. Feature Workflow",
      "Specs.",
      "## Development Standards",
      "### Testing Requirements",
      "Coverage.",
      ...later,
      "## Governance",
      "Amend by pull request.",
    ].join("\n");
  const names = (text: string): string[] =>
    parseConstitution("c.md", text).principles.map((p) => `${p.id}. ${p.name}`);

  it("is the next principle: `### V. Language Policy` under `## Technology Stack`, wherever I to IV stand", () => {
    expect(
      names(constitution(["## Technology Stack", "### V. Language Policy", "English only."])),
    ).toEqual([
      "I. Test-First Development",
      "II. Code Quality",
      "IV. Authentication",
      "III. Feature Workflow",
      "V. Language Policy",
    ]);
  });

  it("not one that skips a numeral, a sub-heading, nor one under a principles group or a list of its own", () => {
    for (const later of [
      ["## Technology Stack", "### VI. Language Policy", "English only."],
      ["## Advanced Principles", "### V. Language Policy", "English only."],
      ["## Technology Stack", "#### V. Language Policy", "English only."],
      // (A part numbering its own list from I: its `### V.` is the list's.)
      ["## Key Standards", "### I. Markdown", "Text.", "### V. Language Policy", "English only."],
    ])
      expect(names(constitution(later))).toHaveLength(4);
  });
});
