import { describe, expect, it } from "@jest/globals";
import { DEFAULT_CONFIG } from "../../src/config/config.js";
import { checkPlan } from "../../src/engine/check.js";
import { classify, parsePlan } from "../../src/engine/plan/index.js";
import { findStatus } from "../../src/engine/status.js";

/** One real-world heading per language and section (issue 6: at least these languages). */
const HEADINGS: ReadonlyArray<readonly [string, string, string]> = [
  ["en", "constitution-check", "Constitution Check"],
  ["zh-Hans", "constitution-check", "宪法检查"],
  ["zh-Hant", "constitution-check", "憲法合規檢查"],
  ["zh-Hant", "constitution-check", "準則檢查"],
  ["ja", "constitution-check", "規約チェック"],
  ["ko", "constitution-check", "9. 헌법 체크"],
  ["ko", "constitution-check", "3. 헌장 검증 (GATE)"],
  ["es", "constitution-check", "Revisión de Constitución"],
  ["pt", "constitution-check", "Verificação da Constituição"],
  ["fr", "constitution-check", "Vérification Constitution"],
  ["de", "constitution-check", "Verfassungsprüfung"],
  ["ru", "constitution-check", "Проверка конституции"],
  ["it", "constitution-check", "Verifica della Costituzione"],
  ["vi", "constitution-check", "Kiểm tra Hiến pháp"],
  ["en", "technical-context", "Technical Context"],
  ["zh-Hant", "technical-context", "技術背景"],
  ["zh-Hant", "technical-context", "技術脈絡"],
  ["ja", "technical-context", "技術的文脈"],
  ["ko", "technical-context", "2. 기술 컨텍스트"],
  ["es", "technical-context", "Contexto Técnico"],
  ["fr", "technical-context", "Contexte Technique"],
  ["de", "technical-context", "Technischer Kontext"],
  ["ru", "technical-context", "Технический контекст"],
  ["it", "technical-context", "Contesto Tecnico"],
  ["vi", "technical-context", "Bối cảnh Kỹ thuật"],
  ["zh-Hant", "summary", "摘要"],
  ["ja", "summary", "サマリー"],
  ["ko", "summary", "1. 요약 (Executive Summary)"],
  ["es", "summary", "Resumen"],
  ["pt", "summary", "Resumo"],
  ["fr", "summary", "Résumé"],
  ["de", "summary", "Zusammenfassung"],
  ["ru", "summary", "Резюме"],
  ["ru", "summary", "Кратко"],
  ["it", "summary", "Sintesi"],
  ["vi", "summary", "Tóm tắt"],
  ["zh-Hant", "project-structure", "專案結構"],
  ["ja", "project-structure", "プロジェクト構成"],
  ["ko", "project-structure", "프로젝트 구조"],
  ["en", "project-structure", "Module Structure"],
  ["es", "project-structure", "Estructura de Proyecto"],
  ["pt", "project-structure", "Estrutura do Projeto"],
  ["fr", "project-structure", "Structure du projet"],
  ["de", "project-structure", "Projektstruktur"],
  ["ru", "project-structure", "Структура проекта"],
  ["it", "project-structure", "Struttura Progetto"],
  ["vi", "project-structure", "Cấu trúc Dự án"],
  // A heading that is the word alone, or the template's `Structure Decision` raised to one.
  ["vi", "project-structure", "Cấu trúc"],
  ["zh-Hans", "project-structure", "结构"],
  ["en", "project-structure", "Structure Decision"],
  ["tr", "summary", "Özet"],
  ["tr", "technical-context", "Teknik Bağlam"],
  ["tr", "constitution-check", "Anayasa Kontrolü"],
  ["tr", "project-structure", "Proje Yapısı"],
  ["tr", "complexity-tracking", "Karmaşıklık Takibi"],
  ["cs", "summary", "Souhrn"],
  ["cs", "technical-context", "Technický kontext"],
  ["cs", "constitution-check", "Kontrola ústavy"],
  ["cs", "project-structure", "Struktura projektu"],
  ["cs", "complexity-tracking", "Sledování složitosti"],
  ["zh-Hans", "project-structure", "结构决策"],
  ["zh-Hant", "complexity-tracking", "複雜度追蹤"],
  ["es", "complexity-tracking", "Seguimiento de Complejidad"],
  ["ar", "constitution-check", "فحص الدستور"],
  ["ar", "technical-context", "السياق التقني"],
  ["ar", "technical-context", "حزمة التقنيات (Stack)"],
  ["ar", "summary", "الملخص"],
  ["ar", "project-structure", "هيكل المشروع"],
  ["ar", "project-structure", "2) هيكل المجلدات"],
];

describe("the lexicon", () => {
  it.each(HEADINGS)("reads a %s heading as %s: %s", (_, kind, heading) => {
    expect([...classify(heading)]).toContain(kind);
  });

  it.each([
    ["Data Structure"],
    ["Data Structures"],
    ["Structure of the Data"],
    ["Research Findings"],
    ["Implementation Phases"],
  ])("reads no canonical section in `%s`", (heading) => {
    expect([...classify(heading)]).toEqual([]);
  });

  it.each([
    ["✅ À VÉRIFIER", "pending"],
    ["⏳ 待實作", "pending"],
    ["✅ 준수", "pass"],
    ["❌ no cumple", "fail"],
    ["no cumple", "fail"],
    ["No critical violations", "pass"],
    ["✅ 위반 사항 없음", "pass"],
    ["해당 없음", "not-applicable"],
    ["Não se aplica", "not-applicable"],
    ["✅ متوافق", "pass"],
    ["لا توجد مخالفات", "pass"],
    ["غير متوافق", "fail"],
    ["قيد الانتظار", "pending"],
    ["لا ينطبق", "not-applicable"],
    // Written without a mark: the words alone say it is not passed.
    ["REQUIRES ATTENTION", "needs-review"],
    ["Attention needed: no load test yet", "needs-review"],
    ["NEEDS COMPLETION", "needs-review"],
  ])("reads the status of `%s` as %s", (text, status) => {
    expect(findStatus(text)?.status).toBe(status);
  });
});

describe("constitution version citations", () => {
  const plan = (line: string) => parsePlan(`# P\n\n${line}\n`).citations.map((c) => c.version);

  it.each([
    ["*Based on Constitution v2.1.1 - See `/memory/constitution.md`*", "2.1.1"],
    ["**Constitution Version**: 1.0.0", "1.0.0"],
    ["Follows Constitution §VI v1.8.0 on storage.", "1.8.0"],
    ["*憲章 v1.0.0 に基づく*", "1.0.0"],
    ["**Amendment applied**: Constitution v1.5.1 → v1.6.0 on 2026-03-21.", "1.6.0"],
    ["Cumple la Constitución versión 2.0", "2.0"],
  ])("reads `%s` as citing %s", (line, version) => {
    expect(plan(line)).toEqual([version]);
  });

  it("says that the template's 2.1.1 footer was never updated, and names a real stale citation as such", () => {
    const constitution = {
      path: ".specify/memory/constitution.md",
      text: "# C\n## Core Principles\n### I. Library-First\nx\n\n**Version**: 1.3.0 | **Ratified**: 2025-01-01\n",
    };
    const run = (line: string) =>
      checkPlan({
        plan: { path: "specs/001-x/plan.md", text: `# P\n\n${line}\n` },
        constitution,
        template: null,
        config: DEFAULT_CONFIG,
      }).findings.filter((f) => f.rule === "constitution-version");
    expect(
      run("*Based on Constitution v2.1.1 - See `/memory/constitution.md`*")[0]?.message,
    ).toMatch(/template's default line, never updated/);
    expect(run("**Constitution Version**: 1.2.0")[0]?.message).toMatch(
      /cites constitution version `1.2.0`/,
    );
    expect(run("**Constitution Version**: 1.3.0")).toEqual([]);
  });
});
