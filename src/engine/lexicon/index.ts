/**
 * Every language's words for what the engine recognises in plans and constitutions: section
 * headings, gate statuses, clarification markers, header labels. Data only; the models decide
 * what to do with it. Terms are matched after `normalize` (lower case, NFKC, Traditional
 * Chinese folded to Simplified, punctuation to spaces), so they are written here in any of
 * those forms: `憲法檢查` and `宪法检查` are the same term. Latin terms match whole words, CJK
 * and Hangul terms anywhere.
 *
 * Languages: English, Chinese (Simplified and Traditional), Japanese, Korean, Spanish,
 * Portuguese, French, German, Russian, Italian, Vietnamese, Arabic, and a few of Dutch, Polish,
 * Czech and Turkish. To add a language, add its words to each list; the tests in
 * test/engine/lexicon.test.ts hold one heading per language and section.
 */

import type { GateStatus } from "../types.js";

/** A section title names a kind when it holds a term of every group of one of its patterns. */
export type TermPattern = readonly (readonly string[])[];

export const CONSTITUTION = [
  "constitution",
  "constitutional",
  "constitutions",
  "宪法",
  "章程",
  "宪章",
  "憲章",
  "헌법",
  "헌장",
  "constitución",
  "constitucion",
  "constitucional",
  "constituição",
  "constituicao",
  "constitutionnel",
  "constitutionnelle",
  "verfassung",
  "verfassungsprüfung",
  "verfassungscheck",
  "konstitution",
  "конституция",
  "конституции",
  // Ukrainian.
  "конституція",
  "конституції",
  "конституционная",
  "конституционный",
  "costituzione",
  "costituzionale",
  "hiến pháp",
  "grondwet",
  "konstytucja",
  "konstytucji",
  "ústava",
  "ústavy",
  "ústavě",
  "anayasa",
  "konstitusi",
  "perlembagaan",
  "دستور",
  "الدستور",
  "دستورية",
  // Thai (matched inside words, as CJK terms are: Thai writes no spaces between them).
  "รัฐธรรมนูญ",
];

/**
 * A heading that names a checklist (`## Quality Validation Checklist`, `## 憲章合規性檢查清單`,
 * `### Lista de verificación`): after the plan's Constitution Check, a to-do list of the work.
 */
export const CHECKLIST_TITLE =
  /check\s?-?lists?|清单|清單|チェックリスト|체크리스트|lista de (?:verificaci[oó]n|verifica[cç][aã]o|comprobaci[oó]n|control[eo]?)|liste de (?:contr[oô]le|v[ée]rification)|checkliste|чек-?лист|контрольный список|danh sách kiểm tra/iu;

/**
 * A heading that names only the gates (`Gates`, `Quality Gates`, `Gate Checks`, `Gates Evaluation`, `ゲート`,
 * `게이트`, `门禁`): the Constitution Check's gates when it stands right after the check.
 */
export const GATES_TITLE =
  /^(?:(?:quality|phase|release)\s+)?gates?(?:\s+(?:checks?|evaluation|assessment|review|status|verification|validation))?$|^(?:品質|品质|質量|质量)?(?:ゲート|게이트|门禁|門禁|关卡|關卡)$|^품질\s*게이트$|^(?:portões|puertas|compuertas|portes)(?:\s+de\s+calidad|\s+de\s+qualidade|\s+de\s+qualité)?$/iu;

export const CHECK = [
  "check",
  "checks",
  "checklist",
  "compliance",
  "gate",
  "gates",
  "review",
  "verification",
  "validation",
  "alignment",
  "conformance",
  "adherence",
  "检查",
  "审查",
  "合规",
  "核查",
  "校验",
  "检验",
  "检核",
  "对照",
  "符合性",
  "遵循",
  "遵守",
  "チェック",
  "確認",
  "準拠",
  "適合",
  "検証",
  "審査",
  "ゲート",
  "검사",
  "체크",
  "확인",
  "점검",
  "검증",
  "준수",
  "검토",
  "게이트",
  "revisión",
  "revision",
  "verificación",
  "verificacion",
  "comprobación",
  "cumplimiento",
  "validación",
  "verificação",
  "verificacao",
  "checagem",
  "conformidade",
  "revisão",
  "validação",
  "vérification",
  "conformité",
  "contrôle",
  "prüfung",
  "überprüfung",
  "konformität",
  "проверка",
  "перевірка",
  "відповідність",
  "соответствие",
  "verifica",
  "controllo",
  "conformità",
  "kiểm tra",
  "tuân thủ",
  "đánh giá",
  "controle",
  "sprawdzenie",
  "kontrol",
  "pemeriksaan",
  "pengecekan",
  "kepatuhan",
  "semakan",
  // Thai: `การตรวจตามรัฐธรรมนูญ`, `ตรวจสอบ Constitution`.
  "ตรวจ",
];

const PRINCIPLES = [
  "principle",
  "principles",
  "مبادئ",
  "المبادئ",
  "مبدأ",
  "原则",
  "准则",
  "原則",
  "원칙",
  "principio",
  "principios",
  "princípio",
  "princípios",
  "principe",
  "principes",
  "prinzip",
  "prinzipien",
  "принцип",
  "принципы",
  "принципов",
  "principi",
  "nguyên tắc",
  // Thai.
  "หลักการ",
];

const TECHNICAL = [
  "تقني",
  "التقني",
  "تقنية",
  "التقنية",
  "التقنيات",
  "technical",
  "technological",
  "technology",
  "tech",
  "技术",
  "テクニカル",
  "기술",
  "técnico",
  "tecnico",
  "técnica",
  "tecnica",
  "technique",
  "techniques",
  "technisch",
  "technischer",
  "technische",
  "технический",
  "технічний",
  "технічна",
  "технологический",
  "kỹ thuật",
  "technisch",
  "techniczny",
  // Czech.
  "technický",
  "technická",
  "technické",
  "teknik",
  "teknis",
  "teknikal",
  // Thai: `บริบททางเทคนิค`.
  "เทคนิค",
];

const CONTEXT = [
  "context",
  "background",
  "overview",
  "environment",
  "setting",
  "上下文",
  "背景",
  "环境",
  "语境",
  "脉络",
  "文脉",
  "コンテキスト",
  "맥락",
  "컨텍스트",
  "배경",
  "문맥",
  "환경",
  "contexto",
  "contexte",
  "kontext",
  "hintergrund",
  "контекст",
  "contesto",
  "bối cảnh",
  "ngữ cảnh",
  "kontekst",
  "bağlam",
  "konteks",
  "latar belakang",
  "سياق",
  "السياق",
  "الخلفية",
  // Thai.
  "บริบท",
];

const SUMMARY = [
  "summary",
  "executive summary",
  // `## Overview` opens plans as `概述`, `개요`, `Überblick` and `Tổng quan` do.
  "overview",
  "visión general",
  "vista general",
  "descripción general",
  "visão geral",
  "vue d'ensemble",
  "vue d ensemble",
  "panoramica",
  "обзор",
  // `## Objective` / `## Objetivo` opening a plan of its own format states what it does.
  "objective",
  "objectives",
  "objetivo",
  "objetivos",
  "objectif",
  "objectifs",
  "摘要",
  "概要",
  "总结",
  "概述",
  "概览",
  "サマリー",
  "サマリ",
  "要約",
  "要旨",
  "요약",
  "개요",
  "resumen",
  "resumo",
  "sumário",
  "sumario",
  "résumé",
  "sommaire",
  "synthèse",
  "zusammenfassung",
  "überblick",
  "сводка",
  "резюме",
  "краткое описание",
  "кратко",
  "підсумок",
  "огляд",
  "коротко",
  "аннотация",
  "sintesi",
  "riepilogo",
  "sommario",
  "tóm tắt",
  "tổng quan",
  "samenvatting",
  "podsumowanie",
  "souhrn",
  "shrnutí",
  "özet",
  // Indonesian and Malay.
  "ringkasan",
  "ikhtisar",
  "ملخص",
  "الملخص",
  "نظرة عامة",
  // Thai: `สรุปภาพรวม`.
  "สรุป",
  "ภาพรวม",
];

const PROJECT = [
  "project",
  "source",
  "source code",
  "repository",
  "repo",
  "directory",
  "folder",
  "code",
  "codebase",
  "file",
  // `## Module Structure` over the source tree (rounds 32 and 61: both reviewers took it).
  "module",
  "modules",
  // `## Package Structure`, `## 1. Structure du package`: a library's tree (round 144).
  "package",
  "packages",
  // `### 2.3 Workspace 结构`, `## Monorepo Layout`: the repository's tree under the name a
  // monorepo gives it (round 72).
  "workspace",
  "monorepo",
  "工作区",
  "工作區",
  "ワークスペース",
  "워크스페이스",
  "项目",
  "专案",
  "目录",
  "工程",
  "代码",
  "源码",
  "源代码",
  "文件",
  "プロジェクト",
  "ディレクトリ",
  "ソース",
  "ソースコード",
  "ファイル",
  "프로젝트",
  // The repository and its modules in the CJK scripts (`## 저장소 구조`, `## 仓库结构`,
  // `## リポジトリ構成`, `## 模块结构`), as `repository` and `module` above (round 153).
  "저장소",
  "리포지토리",
  "레포지토리",
  "모듈",
  "仓库",
  "倉庫",
  "存储库",
  "儲存庫",
  "代码库",
  "程式庫",
  "模块",
  "模組",
  "リポジトリ",
  "モジュール",
  "디렉토리",
  "디렉터리",
  "폴더",
  "소스",
  "코드",
  "파일",
  "projektstruktur",
  "verzeichnisstruktur",
  "proyecto",
  "projeto",
  "projet",
  "progetto",
  "projekt",
  "projektu",
  "proyek",
  "projek",
  "проекта",
  "проект",
  "проєкт",
  "проєкту",
  "проєктна",
  "dự án",
  "thư mục",
  "mã nguồn",
  "kaynak",
  "proje",
  "مشروع",
  "المشروع",
  "المجلدات",
  "الملفات",
  // Folders, directories, files, code and repository in the European languages of the lexicon
  // (`## Estructura de carpetas`, `## Estrutura de pastas`, `## Структура каталогов`).
  "carpetas",
  "carpeta",
  "directorios",
  "directorio",
  "archivos",
  "código",
  "codigo",
  "repositorio",
  "pastas",
  "pasta",
  "diretórios",
  "diretorios",
  "arquivos",
  "repositório",
  "dossiers",
  "répertoires",
  "fichiers",
  "dépôt",
  "verzeichnis",
  "ordner",
  "dateien",
  "cartelle",
  "codice",
  "каталогов",
  "каталога",
  "папок",
  "файлов",
  "кода",
  "репозитория",
  // Thai.
  "โปรเจกต์",
  "โปรเจค",
  "โครงการ",
];

const STRUCTURE = [
  "structure",
  "layout",
  "tree",
  "organization",
  "organisation",
  "结构",
  "构造",
  "构成",
  "布局",
  "架构",
  "構成",
  "構造",
  "구조",
  "estructura",
  "estrutura",
  "arborescence",
  "struktur",
  "структура",
  "struttura",
  "cấu trúc",
  "structuur",
  "projektstruktur",
  "verzeichnisstruktur",
  "yapı",
  "yapısı",
  "struktura",
  "هيكل",
  "هيكلية",
  "بنية",
  // Thai: `โครงสร้างโปรเจกต์`.
  "โครงสร้าง",
];

export const VIOLATIONS = [
  "violation",
  "violations",
  "违规",
  "违反",
  "違規",
  "違反",
  "위반",
  "violación",
  "violaciones",
  "violação",
  "violações",
  "verstoß",
  "verstöße",
  "нарушения",
  "violazioni",
  "vi phạm",
];
export const JUSTIFICATIONS = [
  "justification",
  "justifications",
  "justified",
  "理由",
  "说明理由",
  "正当",
  "정당화",
  "justificación",
  "justificaciones",
  "justificativa",
  "justificativas",
  "justificação",
  "begründung",
  "обоснование",
  "giustificazione",
  "giustificazioni",
  "biện minh",
];

export const COMPLEXITY = [
  "complexity",
  "复杂度",
  "复杂性",
  "複雑性",
  "複雑さ",
  "복잡성",
  "복잡도",
  "complejidad",
  "complexidade",
  "complexité",
  "komplexität",
  "сложность",
  "сложности",
  "complessità",
  "độ phức tạp",
  "complexiteit",
  "złożoność",
  "složitost",
  "složitosti",
  "karmaşıklık",
  // Thai: `การติดตามความซับซ้อน`.
  "ความซับซ้อน",
];

export const SECTION_PATTERNS = {
  summary: [[SUMMARY]],
  "technical-context": [
    [TECHNICAL, CONTEXT],
    // `## Tech Stack`, `**Project Stack:**`: the stack is the context's substance.
    [["stack", "技术栈", "技術棧", "技術スタック", "기술 스택", "стек"]],
  ],
  "constitution-check": [
    [CONSTITUTION],
    [PRINCIPLES, CHECK],
    // spec-kit's first template: "Phase -1: Pre-Implementation Gates".
    [["pre implementation gates", "implementation gates", "規約"], CHECK],
    [["pre implementation gates"]],
  ],
  "project-structure": [
    [PROJECT, STRUCTURE],
    // The template's `**Structure Decision**:` line, raised to a heading of its own.
    [
      [
        "structure decision",
        "结构决策",
        "結構決策",
        "構成の決定",
        "構造の決定",
        "구조 결정",
        "decisión de estructura",
        "decisão de estrutura",
        "décision de structure",
        "strukturentscheidung",
        "quyết định cấu trúc",
      ],
    ],
  ],
  "complexity-tracking": [
    [COMPLEXITY],
    // `### Violations & Justifications`: where the check's violations are justified.
    [VIOLATIONS, JUSTIFICATIONS],
  ],
} as const satisfies Record<string, readonly TermPattern[]>;

/**
 * `Research Findings Summary`, `Phase 0: Research Summary`, `Data Model Summary`: the summary of
 * one part of the work, not the plan's Summary (`## Executive Summary`, `## Feature Summary`,
 * `## Implementation Summary` are). Normalised titles.
 */
export const PART_SUMMARY =
  /(?:^| )(?:research|findings|phase \d+|phase [ivx]+|decisions?|risks?|changes?|tests?|testing|validation|progress|artifacts?|deliverables?|data model|api|contracts?|endpoints?|timeline|gates?|tasks?|files?|acceptance criteria|requirements?|completion)(?: [a-z]+)? summary(?: |$)/u;

/**
 * `Architecture Overview`, `System Overview`, `タスク概要` (the tasks of a phase): the overview
 * of one part of the design, not the plan's Summary (which `## Overview` alone, `## Project
 * Overview`, is). Normalised titles.
 */
export const PART_OVERVIEW = new RegExp(
  [
    String.raw`(?:^| )(?:architecture|architectural|system|component|components|data|data model|api|module|modules|service|services|database|design|flow|infrastructure|security|deployment|integration|ui|frontend|backend|task|tasks)(?: and [a-z]+)? overview(?: |$)`,
    // `架构概览`, `システム概要`, `아키텍처 개요`: the part, then the word for overview.
    String.raw`(?:架构|架構|系统|系統|组件|組件|模块|模組|服务|服務|数据库|資料庫|数据|資料|任务|任務|部署|基础设施|基礎設施|设计|設計|アーキテクチャ|システム|コンポーネント|モジュール|サービス|データベース|データ|インフラ|タスク|아키텍처|시스템|컴포넌트|모듈|서비스|데이터베이스|데이터|인프라|작업|태스크|설계) ?(?:概览|概覽|概述|概要|总览|總覽|개요)`,
    // `Visão geral da arquitetura`, `Vue d'ensemble de l'architecture`, `Обзор архитектуры`.
    String.raw`(?:^| )(?:visão geral|visao geral|visión general|vista general|vue d ensemble|aperçu|descripción general|panorama|panoramica|resumen|обзор)(?: (?:da|do|de la|de l|del|de|des|du|dell|della))? (?:arquitetura|arquitectura|architecture|architettura|sistema|système|systeme|архитектуры|системы)(?: |$)`,
    String.raw`(?:^| )(?:architektur|system) ?(?:überblick|übersicht)(?: |$)`,
  ].join("|"),
  "u",
);

/**
 * Titles that are the word "structure" and nothing else (`## Cấu trúc`, `## 结构`): in a plan,
 * the project's structure. Only the whole title counts: `## Data Structures` is not it.
 */
export const BARE_STRUCTURE_TITLES: ReadonlySet<string> = new Set(
  STRUCTURE.filter((t) => !["layout", "tree", "organization", "organisation", "架构"].includes(t)),
);

/**
 * The word "version" (`**Versão:** 1.2.0`, `**Версия**: 1.2.0`, `版本：1.0.0`), longest first
 * where one spelling starts another: as regex alternatives they are tried in order.
 */
export const VERSION_WORDS = [
  "versione",
  "version",
  "versión",
  "versão",
  "versao",
  "версия",
  "phiên bản",
  "버전",
  "版本",
  "バージョン",
] as const;

/** Labels of an answer written below its question (`**Answer**: ✅ Yes`). */
export const ANSWER_LABELS = [
  "answer",
  "respuesta",
  "resposta",
  "réponse",
  "reponse",
  "antwort",
  "ответ",
  "risposta",
  "trả lời",
  "回答",
  "答案",
  "答复",
  "答覆",
  "답변",
  "응답",
] as const;

/**
 * Words a template's slot uses to say what goes in it (`[原則一名稱]`, `[Nombre del principio
 * 1]`): a name, a title, a principle.
 */
export const SLOT_WORDS = [
  "name",
  "nombre",
  "nome",
  "titel",
  "título",
  "titre",
  "名称",
  "名稱",
  "名前",
  "이름",
  "название",
  "tên",
  "principle",
  "principio",
  "princípio",
  "principe",
  "prinzip",
  "原则",
  "原則",
  "원칙",
  "принцип",
  "nguyên tắc",
] as const;

/** Canonical English names of the sections, as findings name them. */
export const SECTION_NAMES = {
  summary: "Summary",
  "technical-context": "Technical Context",
  "constitution-check": "Constitution Check",
  "project-structure": "Project Structure",
  "complexity-tracking": "Complexity Tracking",
} as const;

/** A heading of a re-check after design (`Post-Design Constitution Check`, `设计后复查`). */
export const POST_DESIGN = [
  "post design",
  "post phase 1",
  "after phase 1",
  "after design",
  "re check",
  "recheck",
  "re evaluation",
  "reevaluation",
  "re evaluated",
  "re validation",
  "设计后",
  "设计阶段后",
  "重新检查",
  "复查",
  "复核",
  "再检查",
  "再チェック",
  "再評価",
  "再確認",
  "再検証",
  "설계 후",
  "설계후",
  "재검사",
  "재확인",
  "재검토",
  "재평가",
  "pós design",
  "após o design",
  "reavaliação",
  "tras el diseño",
  "después del diseño",
  "post diseño",
  "reevaluación",
  "après la conception",
  "post conception",
  "réévaluation",
  "nach dem design",
  "nach design",
  "после проектирования",
  "повторная проверка",
  "dopo la progettazione",
  "rivalutazione",
  "sau thiết kế",
  "kiểm tra lại",
];

/**
 * Parts of a principles-section title in a constitution (`Core Principles`, `核心原则`,
 * `基本原則`, `Principios Fundamentales`), matched like section terms.
 */
/** `## Core Values`, `## 核心價值觀`: the values a constitution holds, its principles. */
/**
 * The principles spec-kit's own example asks a constitution for ("principles focused on code
 * quality, testing standards, user experience consistency, and performance requirements"), each
 * a family of its names in the languages plans are written in. A principle named by one of them
 * is known by all of them: a plan in another language than its constitution names it so
 * (`- **代碼品質**: …` for `I. Code Quality`). Whole names only, never a single common word
 * (`测试`, `性能`): those are every gate's evidence.
 */
export const PRINCIPLE_TOPICS: ReadonlyArray<readonly string[]> = [
  [
    "code quality",
    "code quality standards",
    "代码质量",
    "代码品质",
    "程式码品质",
    "程式码质量",
    "コード品質",
    "코드 품질",
    "calidad del código",
    "calidad de código",
    "qualidade do código",
    "qualidade de código",
    "qualité du code",
    "codequalität",
    "качество кода",
    "chất lượng mã",
  ],
  [
    "testing standards",
    "test standards",
    "测试标准",
    "测试规范",
    "テスト基準",
    "テスト標準",
    "테스트 표준",
    "estándares de pruebas",
    "estándares de prueba",
    "padrões de teste",
    "normes de test",
    "teststandards",
    "стандарты тестирования",
    "tiêu chuẩn kiểm thử",
  ],
  [
    "user experience consistency",
    "ux consistency",
    "consistent user experience",
    "用户体验一致性",
    "使用者体验一致性",
    "ux一致性",
    "uxの一貫性",
    "ux 일관성",
    "ユーザー体験の一貫性",
    "ユーザーエクスペリエンスの一貫性",
    "사용자 경험 일관성",
    "consistencia de la experiencia de usuario",
    "consistência da experiência do usuário",
    "cohérence de l'expérience utilisateur",
    "konsistente benutzererfahrung",
    "согласованность пользовательского опыта",
    "nhất quán trải nghiệm người dùng",
  ],
  [
    "performance requirements",
    "performance standards",
    "性能要求",
    "效能要求",
    "性能需求",
    "パフォーマンス要件",
    "性能要件",
    "성능 요구사항",
    "requisitos de rendimiento",
    "requisitos de desempenho",
    "exigences de performance",
    "performance-anforderungen",
    "требования к производительности",
    "yêu cầu hiệu năng",
  ],
];

/**
 * Titles of a section whose items are the principles under another word: values, tenets and
 * core rules (`## 1. Core Values` over `1. **Simplicity**: …`, `## Core Tenets` over `### 1. …`).
 */
export const CORE_VALUES = [
  "core values",
  "fundamental values",
  "guiding values",
  "核心价值观",
  "核心價值觀",
  "核心价值",
  "核心價值",
  "핵심 가치",
  "valores fundamentales",
  "valores centrales",
  "valores fundamentais",
  "valores centrais",
  "valeurs fondamentales",
  "kernwerte",
  "основные ценности",
  "ключевые ценности",
  // `## Core Tenets` over `### 1. Minimal Viable Specification` …
  "core tenets",
  "tenets",
  // `## Phase 3 Core Rules` over `### 1. Directory Structure` …: the rules the constitution
  // calls its core (not `## Rules` or `## Coding Rules`, which may be guidance beside them).
  "core rules",
];

export const PRINCIPLES_SECTION = [
  ...PRINCIPLES,
  ...CORE_VALUES,
  "信条",
  "规范",
  "准则",
  "articles",
  "artigos",
  "non-negotiables",
];

/**
 * Words that number a principle as an article, a principle or a rule (`Article 2`, `Artigo VI`,
 * `Principio III`, `RULE 7`, `المادة 1`): regex sources, the Latin ones apart (only they take a
 * Roman numeral after a space).
 */
export const ARTICLE_WORDS = String.raw`principle|principio|princípio|article|artigo|art[íi]culo|articolo|artikel|rule|regla|regra|r[èe]gle|regel|regola`;
export const ARTICLE_WORDS_AR = "المادة|مادة|المبدأ|مبدأ";

/** Titles of constitution sections that never hold principles. */
export const NOT_PRINCIPLES = [
  "المهمة",
  "الرؤية",
  "النطاق",
  "الحوكمة",
  "التعديلات",
  "الغرض",
  "mission",
  "misión",
  "missão",
  "purpose",
  "vision",
  "scope",
  "governance",
  "gobernanza",
  "governança",
  "gouvernance",
  "governance",
  "amendment",
  "amendments",
  "enmienda",
  "emenda",
  "overview",
  "introduction",
  "definitions",
  "glossary",
  "references",
  "治理",
  "附则",
  "附則",
  "ガバナンス",
  "거버넌스",
  "使命",
  "目的",
  "概要",
  "修订",
  "改正",
  "修正",
  "개정",
  "sync impact report",
  "preamble",
  // The standards a constitution lists after its principles (`### Key Standards` over `- Citation
  // format: APA style.`), as the prompt that wrote it asked for "Core principles, Key standards,
  // Constraints": rules of the project, each too narrow to be a principle a gate checks.
  "key standards",
  // The constitution's own standing (`IX. Ratification and Supremacy`), as governance is.
  "ratification",
  "supremacy",
  "appendix",
  "revision history",
  // (`version` alone is not one: `XV. Version Alignment`, `XII. Dependency Management &
  // Version Currency` are principles.)
  "version history",
  "changelog",
  // A checklist of the review (`### Code Review Checklist`, `# XX. Adoption Checklist`) lists
  // what to check, not a principle of its own.
  "checklist",
  "checklists",
  "チェックリスト",
  "체크리스트",
  "检查清单",
  "檢查清單",
  "propósito",
  "proposito",
  "alcance",
  "âmbito",
  "visión",
  "visão",
  "portée",
  "zweck",
  "geltungsbereich",
  "назначение",
  "область применения",
  "миссия",
  "scopo",
  "ambito",
  "范围",
  "範圍",
  "愿景",
  "願景",
  "適用範囲",
  "ビジョン",
  "목적",
  "범위",
  "비전",
];

/**
 * The parenthesised qualifier closing a constitution section's title that marks it as given for
 * reference only (`## 6. 공모전 운영 상수 (참고)`, `(Informative)`, `（参考）`): regex sources,
 * matched case-insensitively.
 */
export const FOR_REFERENCE_QUALIFIERS = [
  "참고",
  "참고용",
  "참조",
  "参考",
  "for reference",
  "for reference only",
  "reference only",
  "informative",
  "non-normative",
];

/**
 * A line of the Constitution Check that answers for every principle it does not name: `No other
 * principle is implicated: no new data entity, no new API surface`, `All other principles: not
 * applicable`, `Ningún otro principio aplica`. Not a bare `All other principles pass` nor `aligns
 * with the core principles`: only a principle's not applying is said of all of them at once.
 */
export const OTHER_PRINCIPLES_NOT_APPLICABLE =
  /(?<!\p{L})(?:no|none of the)\s+other\s+(?:constitution(?:al)?\s+)?(?:principles?|articles?)\s+(?:is|are|was|were)\s+(?:implicated|affected|impacted|engaged|touched|relevant|applicable|at stake)(?!\p{L})|(?<!\p{L})(?:all|the)\s+(?:other|remaining)\s+(?:constitution(?:al)?\s+)?(?:principles|articles)(?:\s*[:：—–-]\s*|\s+(?:are|were)\s+)(?:n\/a|not applicable|not implicated|not affected|unaffected|not relevant)(?!\p{L})|(?<!\p{L})ningún otro principio (?:aplica|se ve afectado)|(?<!\p{L})nenhum outro princípio (?:se aplica|é afetado)/iu;

/**
 * A field that holds a date (`**預計開始日期**`, `**Start Date**`, `**Fecha objetivo**`): a
 * translated marker as its value (`待確認`, "to be confirmed") is a date not yet set, the
 * schedule's open item, not a question the design waits on.
 */
export const DATE_FIELD =
  /(?:日期|日付|날짜|期日|期限|截止|(?<!\p{L})(?:dates?|fecha|datum|дата|ngày|deadline)(?!\p{L}))[^*_:：|]{0,12}(?:\*\*|__)?\s*$/iu;

/**
 * `NEEDS CLARIFICATION` as plans in other languages write it. Matched as written (case
 * folded), where it stands as a field value or a bracketed marker.
 */
export const CLARIFICATION_MARKERS = [
  "需要澄清",
  "待澄清",
  "需澄清",
  "需要釐清",
  "待釐清",
  "需釐清",
  "需要厘清",
  "待厘清",
  "待确认",
  "待確認",
  "要明確化",
  "要確認事項",
  "要確認",
  "明確化が必要",
  "要明确化",
  "명확화 필요",
  "명확화필요",
  "확인 필요",
  "명확히 필요",
  "necesita aclaración",
  "necesitan aclaración",
  "necesita aclaracion",
  "requiere aclaración",
  "precisa esclarecimento",
  "precisa de esclarecimento",
  "precisam de esclarecimento",
  "requer esclarecimento",
  "necessita esclarecimento",
  "precisa de clarificação",
  "precisa clarificação",
  "precisam de clarificação",
  "necessita clarificação",
  "requer clarificação",
  "necesita clarificación",
  "necesitan clarificación",
  "requiere clarificación",
  "besoin de clarification",
  // The French translation of the template writes it `CLARIFICATION REQUISE`; the same form in
  // Spanish, Portuguese and Italian.
  "clarification requise",
  "clarifications requises",
  "clarification nécessaire",
  "aclaración requerida",
  "esclarecimento necessário",
  "chiarimento necessario",
  "nécessite une clarification",
  "à clarifier",
  "klärung erforderlich",
  "klärungsbedarf",
  "требует уточнения",
  "нужно уточнить",
  "necessita chiarimento",
  "richiede chiarimento",
  "da chiarire",
  "cần làm rõ",
  "cần được làm rõ",
];

/**
 * Words before a marker that say it is still to be resolved (`Incógnitas a Resolver (PRECISA DE
 * CLARIFICAÇÃO)`): they hold an instruction word of `CLARIFICATION_CONTEXT` and still mean an
 * open one.
 */
export const CLARIFICATION_PENDING = [
  "a resolver",
  "por resolver",
  "à résoudre",
  "a résoudre",
  "da risolvere",
  "to resolve",
  "to be resolved",
  "待解决",
  "待解決",
];

/**
 * Words near a `NEEDS CLARIFICATION` that make the line about the markers rather than an open
 * one: `All NEEDS CLARIFICATION resolved`, `Nenhum NEEDS CLARIFICATION identificado`,
 * `未留 NEEDS CLARIFICATION`, `解决所有 NEEDS CLARIFICATION 项`. Matched within a few words of the
 * marker (see the rule).
 */
export const CLARIFICATION_CONTEXT = [
  // resolved
  "resolved",
  "resueltas",
  "resueltos",
  "resuelta",
  "resuelto",
  "resolvidas",
  "resolvidos",
  "resolvida",
  "resolvido",
  "résolues",
  "résolus",
  "résolu",
  "gelöst",
  "geklärt",
  "risolte",
  "risolti",
  "đã giải quyết",
  "đã làm rõ",
  "已解决",
  "已澄清",
  "已处理",
  "解决了",
  "解消済",
  "解決済",
  "解消",
  "해결",
  "해소",
  "разрешен",
  "решены",
  "устранен",
  "закрыт",
  "отсутств",
  // (`Маркеров NEEDS CLARIFICATION нет.`: there are none.)
  "нет",
  "немає",
  "не осталось",
  "не выявлен",
  "не обнаружен",
  // none, all
  "nenhum",
  "nenhuma",
  "ningún",
  "ninguna",
  "ninguno",
  "aucun",
  "aucune",
  "kein",
  "keine",
  "nessun",
  "nessuna",
  "không có",
  "không còn",
  "没有",
  "未留",
  "不存在",
  // (`不再存在 [需要澄清]`, "no [NEEDS CLARIFICATION] remains": the old template's `research.md
  // with all NEEDS CLARIFICATION resolved`, translated.)
  "不再存在",
  "不再有",
  "无",
  "なし",
  "ありません",
  "残っていない",
  "없음",
  "없습니다",
  "없다",
  "todas las",
  "todos los",
  "todos os",
  "todas as",
  "tous les",
  "toutes les",
  "alle",
  "tutti",
  "tutte",
  "tất cả",
  "所有",
  "全部",
  "すべての",
  "全ての",
  "모든",
  // instructions
  // (`NEEDS CLARIFICATION 毎 → 調査タスク`, `每个 NEEDS CLARIFICATION → 研究任务`: the old
  // template's `For each NEEDS CLARIFICATION → research task`, translated.)
  "毎",
  "ごと",
  "每个",
  "每個",
  "마다",
  "解决",
  "处理",
  "标记为",
  "标记",
  "项目",
  "项",
  "marcar como",
  "marcadas como",
  "marcados como",
  "marqué",
  "marquer",
  "resolver",
  "résoudre",
  "risolvere",
  "giải quyết",
  "마커",
  "항목",
  "marcadores",
  "itens",
  "ítems",
  "éléments",
];

/**
 * Technical Context fields, each a family of labels that mean the same field across wordings and
 * languages (matched against normalised labels, Traditional Chinese folded).
 */
export const TECHNICAL_FIELD_FAMILIES: readonly RegExp[] = [
  /language|lang\b|linguagem|lenguaje|langage|sprache|linguaggio|язык|мова|ngôn ngữ|bahasa|język|jazyk|语言|言語|언어|ภาษา/u,
  /dependenc|depend[êe]ncia|dipendenz|abhängigkeit|зависимост|залежност|phụ thuộc|dependensi|zależno|závislost|librar|librer|bibliotec|bibliothek|библиотек|thư viện|pustaka|framework|依赖|依存|ライブラリ|框架|의존|ไลบรารี|ขึ้นต่อ/u,
  /storage|database|persistence|\bdb\b|armazenamento|almacenamiento|stockage|speicher|archiviazione|хранени|хранилищ|зберіганн|lưu trữ|penyimpanan|przechowywani|úložišt|存储|数据库|ストレージ|データベース|永続|저장|จัดเก็บ|ที่เก็บข้อมูล|ฐานข้อมูล/u,
  /test|teste|prueba|тестир|тестуван|kiểm thử|pengujian|测试|テスト|테스트|ทดสอบ/u,
  /platform|plataforma|plateforme|piattaforma|платформ|nền tảng|environment|ambiente|entorno|runtime|deploy|平台|环境|プラットフォーム|環境|実行|플랫폼|환경|แพลตฟอร์ม|สภาพแวดล้อม/u,
  /project type|type of project|tipo de projeto|tipo de proyecto|type de projet|tipo di progetto|тип проекта|тип проєкту|loại dự án|jenis proyek|typ projektu|项目类型|プロジェクト種別|プロジェクトタイプ|种类|類型|프로젝트 유형|ประเภทโปรเจกต์|ประเภทโครงการ/u,
  /performance|perf\b|desempenho|rendimiento|prestazion|производительн|продуктивн|hiệu năng|hiệu suất|kinerja|wydajnoś|výkon|性能|パフォーマンス|성능|ประสิทธิภาพ|สมรรถนะ/u,
  /constraint|limitation|restri[çc][ãa]o|restri[çc][õo]es|restricci[óo]n|contrainte|vincol|ограничени|обмеженн|ràng buộc|batasan|ograniczeni|omezení|约束|制約|限制|制限|제약|ข้อจำกัด/u,
  /scale|scope|escala|escopo|alcance|échelle|scala|масштаб|quy mô|skala|rozsah|规模|範囲|規模|スケール|규모|범위|ขนาด|ขอบเขต/u,
  /service|servi[çc]o|servicio|服务|サービス|서비스/u,
];

/** The titles over the first template's question groups (`**Architecture**:`). */
export const TEMPLATE_GROUP_TITLES = [
  "simplicity",
  "architecture",
  "testing",
  "observability",
  "versioning",
] as const;

/**
 * The Constitution Check of spec-kit's first plan template checked fixed categories, not the
 * repository's principles; plans written from it keep them (also translated). A gate with one
 * of these labels that names no principle is the template's, not a principle under another
 * name.
 */
export const TEMPLATE_GATE_LABELS = [
  ...TEMPLATE_GROUP_TITLES,
  "projects",
  "using framework directly",
  "single data model",
  "avoiding patterns",
  "every feature as library",
  "libraries listed",
  "cli per library",
  "library docs",
  "red green refactor cycle enforced",
  "git commits show tests before implementation",
  "order",
  "real dependencies used",
  "integration tests for",
  "forbidden",
  "structured logging included",
  "frontend logs backend",
  "error context sufficient",
  "version number assigned",
  "build increments on every change",
  "breaking changes handled",
  "シンプルさ",
  "アーキテクチャ",
  "テスト",
  "可観測性",
  "バージョニング",
  "简洁性",
  "简单性",
  "简单",
  "架构",
  "测试",
  "可观测性",
  "版本控制",
  "版本管理",
  "단순성",
  "아키텍처",
  "테스트",
  "관찰 가능성",
  "관측성",
  "버전 관리",
  "simplicidad",
  "arquitectura",
  "pruebas",
  "observabilidad",
  "versionado",
  "simplicidade",
  "arquitetura",
  "testes",
  "observabilidade",
  "versionamento",
];

/**
 * The characters that deny a need written after them in Chinese (`不需更新`, `无需修改`, `無需`,
 * `毋需`, `免`): a regex character class's contents.
 */
export const CJK_NEED_DENIAL = "不无無毋免";

/**
 * Gate status words, one alternation (a regex source) per status and script. The leftmost
 * match in a text wins; at one position the earlier entry wins, so negations (`no violations`,
 * `non conforme`, `no cumple`) come before the words they negate. Latin entries match whole
 * words; CJK and Hangul entries anywhere.
 */
export const STATUS_WORDS: ReadonlyArray<readonly [GateStatus, string]> = [
  [
    "pass",
    // (Up to two words between: `No layer violations`, `no new constitution violations`; not
    // across a conjunction, `no tests but violations`.)
    String.raw`(?:no|zero|without)(?:\s(?!(?:but|and|or|yet)\b)[\w'-]+){0,2}\s(?:violations?|deviations?)|not violated|not an?\s(?:violation|deviation)`,
  ],
  [
    "pass",
    "无违反|无违规|無違反|無違規|违反项[:：]?\\s*无|違反なし|違反無し|違反はありません|위반\\s?(?:사항\\s?)?없|위반이 없",
  ],
  // A need denied (`No update needed`, `does not need review`, `不需更新`, `无需修改`, `수정
  // 불필요`): the need words below say the opposite, so the negation comes first.
  [
    "pass",
    String.raw`(?<![\p{L}\p{N}])(?:(?:no|zero)\s(?:further\s|more\s)?(?:updates?|changes?|review|action|attention)\s(?:(?:is|are)\s)?(?:needed|required|necessary)|(?:does\s?n[o'’]t|do\s?n[o'’]t|need\s?n[o'’]t)\s(?:need|require)\s(?:an?\s|any\s)?(?:updates?|changes?|review|attention)|(?:needs?|requires?)\sno\s(?:updates?|changes?|review|attention)|no\s(?:necesita|requiere)\s(?:cambios|revisi[oó]n|actualizaci[oó]n)|n[aã]o\s(?:precisa|requer)\s(?:de\s)?(?:mudan[cç]as?|revis[aã]o|atualiza[cç][aã]o))`,
  ],
  [
    "pass",
    `[${CJK_NEED_DENIAL}](?:需要?|必|用)(?:更新|修改|修正|审查|審查|复核|複核|关注|關注|调整|調整)|(?:업데이트|수정|변경|검증|확인|검토)\\s?(?:불필요|필요\\s?없)`,
  ],
  // Arabic (no word boundaries, as CJK: longer words only): `لا توجد مخالفات`.
  ["pass", "لا توجد مخالفات|لا مخالفات|بدون مخالفات|لا يوجد انتهاك"],
  [
    "pass",
    // The same in the Latin-script languages: `Nenhuma violação a justificar`, `sin
    // violaciones`, `aucune violation`, `keine Verstöße`.
    String.raw`(?:nenhuma?|sem|ninguna?|sin|aucune?|sans|keine|ohne|nessuna?|senza)\s(?:nova\s|nueva\s|nouvelle\s|neue\s|nuova\s)?(?:viola[cç](?:[aã]o|[õo]es)|violaci(?:[oó]n|ones)|violations?|verst[oö](?:ß|ss)e?|verletzung(?:en)?|violazion[ei]|[ée]carts?|desviaci(?:[oó]n|ones)|desvios?|abweichung(?:en)?|deviazion[ei])|không (?:có )?vi phạm`,
  ],
  [
    "fail",
    // (`BLOCKED` is the gate's status: `| I. Operator safety first | BLOCKED Security pass
    // required |`; `blocked by` names what holds a task up. Nor do tests that `fail first`, or
    // fail before the code exists, fail the gate: that is test-first's red step; written with a
    // hyphen too, `failing-first tests`, and with the tests between, `failing tests first`,
    // `failing unit tests before implementation`.)
    // (Nor a condition, `PRs cannot merge on failure`, `single point of failure`.)
    String.raw`non[- ]?compliant|not compliant|not met|does not (?:comply|conform|pass)|fail(?:s|ed|ing)?(?![\s-]+(?:(?:unit|integration|contract|acceptance)\s+)?(?:tests?[\s-]+)?(?:first|before)\b)|(?<!\b(?:on|upon|of|after)\s)failure(?![\s-]+(?:first|before)\b)|violat(?:ion|ions|ed|es|ing)|breach(?:es|ed)?|blocked(?!\s+by\b)`,
  ],
  [
    "fail",
    String.raw`no cumple|incumple|incumplimiento|violaci[oó]n|n[aã]o conforme|n[aã]o atende|viola[cç][aã]o|non conforme|non respect[ée]|nicht erf[uü]llt|versto[sß]|verletzt|non conforme|violazione|không đạt|vi phạm`,
  ],
  [
    "fail",
    "违反|违背|不符合|未通过|未通過|不合规|不合規|不满足|不滿足|違反|不適合|不合格|不準拠|逸脱|위반|미충족|불합격|미준수",
  ],
  ["fail", "مخالفة|مخالفات|غير مطابق|غير متوافق|انتهاك"],
  [
    "needs-review",
    String.raw`needs? review|review needed|requires? review|(?:needs?|requires?) (?:attention|update)|attention (?:needed|required)|update needed|needs? completion|partial(?:ly)?|conditional|at risk|warn(?:ing)?|deviations?`,
  ],
  [
    "needs-review",
    String.raw`parcial(?:mente)?|a revisar|por revisar|revisar|partiel(?:lement)?|teilweise|zu pr[uü]fen|parziale|một phần|[ée]carts?|desviaci(?:[oó]n|ones)|desvios?|abweichung(?:en)?|deviazion[ei]`,
  ],
  [
    "needs-review",
    "需审查|需審查|需要审查|需要審查|需复核|需複核|部分符合|部分通过|部分通過|部分达成|部分達成|部分满足|部分滿足|部分合规|部分合規|部分遵守|部分实现|部分實現|部分準拠|一部準拠|一部対応|부분 통과|부분 준수|需关注|需關注|需更新|需要更新|需修改|需修正|要確認|要レビュー|要検討|要注意|要更新|要修正|要対応|部分的|条件付き|검증 필요|확인 필요|업데이트 필요|수정 필요|부분 충족|주의",
  ],
  [
    "pending",
    // `TODO`, not Spanish and Portuguese `todo` (all): `todo acceso a datos seguirá…`, nor a
    // name: `todo-lib`, `todo_app`, `todo.md`.
    // (`(*NEEDS VERIFICATION*)` after a gate: not checked yet.)
    String.raw`pending|tbd|to be determined|todo(?![ \t]+\p{L}|[-_./]\w)|in progress|deferred|not yet|not started|needs? implementation|(?:needs?|requires?) (?:verification|validation)|(?:verification|validation) (?:needed|required|pending)|pending (?:verification|validation)|to be (?:verified|validated)`,
  ],
  [
    "pending",
    // (`to verify` as the status, not its purpose clause: `Will run Playwright after
    // implementation to verify all acceptance scenarios` passes.)
    String.raw`to verify(?![ \t]+\p{L})|to be verified|pendiente|por verificar|en progreso|pendente|a verificar|em andamento|a fazer|en attente|[àa] faire|[àa] v[ée]rifier|en cours|ausstehend|offen|in bearbeitung|in attesa|da fare|da verificare|đang chờ|chưa thực hiện|cần kiểm tra`,
  ],
  [
    "pending",
    "待定|待确认|待確認|待处理|待處理|待实作|待實作|待实现|待實現|待补充|待補充|待执行|待執行|待验证|待驗證|待測試|待测试|未完成|未确定|未確定|未確認|進行中|进行中|検討中|보류|대기|미정(?!의)|진행 중",
  ],
  ["pending", "قيد الانتظار|قيد التنفيذ|معلّق|مؤجل"],
  ["not-applicable", String.raw`n/a|not applicable`],
  [
    "not-applicable",
    String.raw`no aplica|n[aã]o se aplica|n[aã]o aplic[aá]vel|non applicable|sans objet|nicht zutreffend|entf[aä]llt|non applicabile|không áp dụng`,
  ],
  ["not-applicable", "不适用|不適用|該当なし|対象外|适用外|해당 없음|해당없음|비해당"],
  ["not-applicable", "لا ينطبق|غير منطبق|غير قابل للتطبيق"],
  [
    "pass",
    String.raw`pass(?:es|ed)?|ok|okay|compliant|complies|conforms?|satisfied|aligned|adheres`,
  ],
  [
    "pass",
    String.raw`cumple|aprobado|conforme|aprovado|cumprido|atendido|r[ée]ussi|respect[ée]|erf[uü]llt|bestanden|rispettato|superato|đạt|tuân thủ`,
  ],
  [
    "pass",
    "通过|通過|符合|满足|滿足|合规|合規|已满足|遵守|準拠|適合|合格|クリア|充足|達成|통과|준수|충족|적합",
  ],
  ["pass", "ناجح|مطابق|متوافق|مستوفى|مستوفاة"],
];

/**
 * The words that name a phase of the plan's workflow, as the template's translations write them
 * (`Phase 0`, `Fase 1`, `阶段 2`, `フェーズ0`): a regex source, matched case-insensitively.
 */
export const PHASE_WORDS = String.raw`phase|fase|stage|étape|etapa|этап|фаза|giai đoạn|阶段|階段|フェーズ|단계`;

/** Status marks (emoji): never incidental prose. */
export const STATUS_MARKS: ReadonlyArray<readonly [GateStatus, string]> = [
  ["pass", "✅|✔️|✔|☑️|☑|🟢|✓"],
  ["fail", "❌|✖️|✖|✗|✘|🔴|⛔|🚫|❎"],
  ["needs-review", "⚠️|⚠|🟡|🟠"],
  ["pending", "⏳|⌛|🕐|🔄"],
  // An empty box drawn as an emoji or a ballot box (`| IV. TDD | 🔲 Tests required |`): not
  // ticked, as `- [ ]` is not.
  ["unchecked", "🔲|☐"],
  ["not-applicable", "➖|⚪|⬜"],
];

/**
 * Pending statuses that are themselves a deferral or an N/A (`⏳ Deferred to post-merge`,
 * `⏳ Not yet applicable (nothing pushed)`): the status reader takes the word as the status, so
 * the reason written after it no longer holds the cue.
 */
export const DEFERRAL_STATUSES = [
  "deferred",
  "postponed",
  "not yet applicable",
  "not applicable",
  "aplazado",
  "diferido",
  "adiado",
  "reporté",
  "zurückgestellt",
  "отложено",
  "延后",
  "推迟",
  "延期",
  "先送り",
  "연기",
];

/**
 * A Complexity Tracking row that records a violation and says it is not justified (`Not needed
 * — an omission, not a decision`, `정당화되지 않는다`, `sans justification`): it names the gate
 * without justifying it. A negation before `justified` and its translations (`not a justified
 * design choice`, `pas un choix justifié`) is `DENIED_JUSTIFICATION`'s.
 */
export const DENIED_JUSTIFICATIONS = [
  "unjustified",
  "an omission",
  "no valid justification",
  // The row's `Why Needed` answered that nothing needed it.
  "nothing required it",
  "nothing requires it",
  "정당화되지 않",
  "정당화 사유가 없",
  "정당화할 수 없",
  "无正当理由",
  "沒有正當理由",
  "没有正当理由",
  "無正當理由",
  "不具正当性",
  "正当化されない",
  "正当化できない",
  "正当な理由はない",
  "sin justificación",
  "sem justificativa",
  "sans justification",
  "ohne rechtfertigung",
  "не обоснован",
  "без обоснования",
];

/**
 * A negation a word or two before `justified` and its translations, with nothing but blanks
 * between: `not a justified design choice`, `pas un choix justifié`, `no está justificado`,
 * `nicht gerechtfertigt`. Punctuation breaks it: `Not needed — justified by …` is no denial.
 */
export const DENIED_JUSTIFICATION =
  /(?<![\p{L}])(?:not|pas|no|não|nao|nicht|non)\s+(?:[\p{L}-]+\s+){0,2}(?:justified|justifiable|justifiée?s?|justificad[oa]s?|gerechtfertigt|giustificat[oa])(?![\p{L}])/iu;

/**
 * Words of a label that exempts the list below it (`**NOT Required for MVP**:` over `- ❌
 * Performance benchmarks`, `**예외 승인됨**: 프로토타입 목적으로 …` over `- ❌ 이체 한도 관리`):
 * the list's failing or open items are out of scope by the label, which is their reason.
 * Narrower than the justification cues: a label that names a phase (`**Checks for this
 * phase**:`) or a plan does not exempt anything.
 */
export const EXEMPTING_LABELS = [
  "not required",
  "not needed",
  "out of scope",
  "not in scope",
  "excluded",
  "exception",
  "exceptions",
  "exempt",
  "exempted",
  "waived",
  "deferred",
  "postponed",
  "not applicable",
  "non goals",
  "无需",
  "無需",
  "不需要",
  "范围外",
  "範圍外",
  "不在范围",
  "例外",
  "豁免",
  "延后",
  "推迟",
  "対象外",
  "範囲外",
  "除外",
  "先送り",
  "불필요",
  "범위 외",
  "예외",
  "제외",
  "연기",
  "no requerido",
  "no necesario",
  "fuera de alcance",
  "excepción",
  "excepciones",
  "diferido",
  "aplazado",
  "não necessário",
  "não requerido",
  "fora do escopo",
  "exceção",
  "exceções",
  "adiado",
  "non requis",
  "hors périmètre",
  "hors portée",
  "reporté",
  "nicht erforderlich",
  "nicht benötigt",
  "ausnahme",
  "ausnahmen",
  "zurückgestellt",
  "non richiesto",
  "fuori ambito",
  "eccezione",
  "eccezioni",
  "rinviato",
  "не требуется",
  "исключение",
  "исключения",
  "отложено",
];

/**
 * `or` right before `NEEDS CLARIFICATION`, as the template and its translations write the slot
 * that offers the marker as its answer (`[e.g., pytest or NEEDS CLARIFICATION]`, `[例: pytest
 * または NEEDS CLARIFICATION]`): a regular-expression source, with the blanks after the word.
 */
export const OR_BEFORE_MARKER = String.raw`(?:\b(?:or|ou bien|o|ou|oder|hoặc)\s+|(?<![\p{L}])или\s+|(?:または|もしくは|或者|或是|或|还是|還是|또는|혹은)\s*)`;

/**
 * An answer that says there is nothing: `none`, `N/A`, `(none — principle text unchanged)`,
 * `无。所有技术栈已明确`, `なし`, `Nenhum`, `Keine`. Read at the start of a line's text (its
 * list marker stripped): a `- ` item is not a dash answer.
 */
export const NONE_ANSWER =
  /^[(（]?\s*(?:none|n\/?a|no(?:ne)?\b|nothing|—|-|なし|無し|无|無|没有|沒有|없음|없습니다|該当なし|ninguno|ninguna|nenhum|nenhuma|aucun|aucune|keine|нет|nessuno|nessuna)(?=$|[\s(（)）—–\-,.;:。，、！!])/iu;

/**
 * Words that make the text beside an unchecked or pending gate a justification, not a
 * description of the gate (`- [ ] Timestamp handling: UTC normalization documented` describes;
 * `- [ ] Load tests: deferred to Phase 3 because the service has no traffic yet` justifies).
 */
export const JUSTIFICATION_CUES = [
  "because",
  "since",
  "due to",
  "as the",
  "deferred",
  "defer",
  "postponed",
  "later phase",
  "next phase",
  "next step",
  "this phase",
  "future",
  "follow up",
  "follow-up",
  "out of scope",
  "not specific to",
  "not applicable",
  "n/a",
  "not needed",
  "not required",
  "no need",
  "exception",
  "waived",
  "waiver",
  "accepted",
  "justified",
  "justification",
  "complexity tracking",
  "tracked in",
  "see adr",
  "adr",
  "completed",
  "done in",
  "implemented in",
  "covered by",
  "addressed by",
  "as part of",
  "this plan",
  "per user",
  "per request",
  "requested",
  "omitted",
  "unchanged",
  "not affected",
  "waiting for",
  "blocked by",
  "理由",
  "等待",
  "计划在",
  "待ち",
  "予定",
  "예정",
  "대기 중",
  "因为",
  "由于",
  "延后",
  "推迟",
  "后续",
  "下一阶段",
  "不适用",
  "例外",
  "豁免",
  "已完成",
  "ため",
  "延期",
  "対象外",
  "後続",
  "次フェーズ",
  "완료",
  "때문",
  "연기",
  "해당 없음",
  "다음 단계",
  "porque",
  "debido a",
  "pospuesto",
  "fuera de alcance",
  "no aplica",
  "pois",
  "adiado",
  "fora do escopo",
  "não se aplica",
  "parce que",
  "reporté",
  "hors périmètre",
  "weil",
  "verschoben",
  "perché",
  "rinviato",
  "vì",
  "hoãn",
  // Russian, matched as word beginnings (`не критичны`, `отложены`, `неприменимо`).
  "потому что",
  "так как",
  "поскольку",
  "из-за",
  "отложен",
  "перенесен",
  "не применим",
  "неприменим",
  "не требуется",
  "не нужн",
  "не критичн",
  "вне рамок",
  "за рамками",
  "исключени",
  "этап реализации",
  "этапе реализации",
  "фазе реализации",
  "следующей фазе",
  "следующем этапе",
  // Deferred to the phase that can do it: `⏳ 待实现阶段`, `after implementation`, `Will
  // validate during /sp.tasks`, `after Phase 1 design`.
  "speckit tasks",
  "speckit implement",
  "sp tasks",
  "sp implement",
  "after phase",
  "implementation phase",
  "during implementation",
  "after implementation",
  "once implemented",
  "post implementation",
  "实现阶段",
  "实施阶段",
  "实现完成后",
  "计划完成后",
  "实装阶段",
  "實作階段",
  "實現階段",
  "實施階段",
  "実装フェーズ",
  "実装段階",
  "実装後",
  "구현 단계",
  "구현 후",
  "fase de implementación",
  "durante la implementación",
  "fase de implementação",
  "durante a implementação",
  "phase d'implémentation",
  "implementierungsphase",
];

/**
 * The words a line's label gives its justifications with (`**Justifications**:`,
 * `Justificación:`, `Justificativa:`, `Begründung:`, `Обоснование:`, `**理由**：`, `正当化:`):
 * a regex source, matched case-insensitively at the line's start.
 */
export const JUSTIFICATION_LABEL_WORDS = String.raw`justifications?|justificaci[óo]n(?:es)?|justificativas?|justifica[çc](?:[ãa]o|[õo]es)|begr[üu]ndung(?:en)?|обосновани[ея]|理由|正当化|정당화`;

/**
 * Words of principle names that the languages plans are written in do not share with English
 * as cognates (`Seguridad Primero` for `Security-First`, `Rendimiento y Escalabilidad` for
 * `Performance & Scalability`, `Zuverlässigkeit` for `Reliability`), or share only past the
 * six letters words are compared by (`Arquitetura Orientada à Especificação` for
 * `Specification-Driven Architecture`: `arquit`, `especi`): compared as the English
 * word. Lower case, without accents (looked up with them stripped). Not the words for tests
 * (`pruebas`, `testes`): every gate's evidence speaks of tests, whichever principle it checks.
 */
export const WORD_TRANSLATIONS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    seguridad: "security",
    seguranca: "security",
    securite: "security",
    sicherheit: "security",
    sicurezza: "security",
    rendimiento: "performance",
    desempenho: "performance",
    leistung: "performance",
    prestazioni: "performance",
    escalabilidad: "scalability",
    escalabilidade: "scalability",
    skalierbarkeit: "scalability",
    scalabilita: "scalability",
    confiabilidad: "reliability",
    fiabilidad: "reliability",
    confiabilidade: "reliability",
    fiabilite: "reliability",
    zuverlassigkeit: "reliability",
    affidabilita: "reliability",
    mantenibilidad: "maintainability",
    manutenibilidade: "maintainability",
    maintenabilite: "maintainability",
    wartbarkeit: "maintainability",
    manutenibilita: "maintainability",
    sencillez: "simplicity",
    einfachheit: "simplicity",
    privacidad: "privacy",
    privacidade: "privacy",
    datenschutz: "privacy",
    barrierefreiheit: "accessibility",
    beobachtbarkeit: "observability",
    rastreabilidad: "traceability",
    rastreabilidade: "traceability",
    trazabilidad: "traceability",
    nachvollziehbarkeit: "traceability",
    arquitetura: "architecture",
    arquitectura: "architecture",
    especificacao: "specification",
    especificacion: "specification",
    tarefas: "tasks",
    tareas: "tasks",
    desenvolvimento: "development",
    desarrollo: "development",
  }),
);

/**
 * Words of principle names in Chinese, Japanese and Korean, as English writes them: a check in
 * one script of a constitution in another (`隐私优先` for `1. Privacy by Design`, `性能意识` for
 * `6. Performance Awareness`) shares these with it. Compared only in the tolerant comparison of
 * gates that name no principle, weighted like any other word. Not the words for tests.
 */
export const CJK_WORD_TRANSLATIONS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    隐私: "privacy",
    隱私: "privacy",
    プライバシー: "privacy",
    개인정보: "privacy",
    프라이버시: "privacy",
    보안: "security",
    セキュリティ: "security",
    性能: "performance",
    效能: "performance",
    パフォーマンス: "performance",
    성능: "performance",
    本地优先: "local",
    本地優先: "local",
    离线: "offline",
    離線: "offline",
    オフライン: "offline",
    오프라인: "offline",
    可观测: "observability",
    可觀測: "observability",
    可観測: "observability",
    관측: "observability",
    无障碍: "accessibility",
    無障礙: "accessibility",
    アクセシビリティ: "accessibility",
    접근성: "accessibility",
    可靠性: "reliability",
    信頼性: "reliability",
    신뢰성: "reliability",
    可维护: "maintainability",
    可維護: "maintainability",
    保守性: "maintainability",
    유지보수: "maintainability",
    可扩展: "scalability",
    可擴展: "scalability",
    スケーラビリティ: "scalability",
    확장성: "scalability",
    简洁: "simplicity",
    簡潔: "simplicity",
    シンプル: "simplicity",
    단순: "simplicity",
    模块化: "modularity",
    模組化: "modularity",
    モジュール: "modularity",
    모듈: "modularity",
    国际化: "internationalization",
    國際化: "internationalization",
    국제화: "internationalization",
  }),
);

/**
 * More words of principle names in Chinese, Japanese and Korean, as English writes them,
 * compared only with the words of a short gate label checking an English constitution
 * (`測試完整性` for `III. Test-First Delivery`, `架構邊界` for `IV. Layered Service
 * Architecture`): never with a gate's evidence, which speaks of tests, architecture and
 * documents whichever principle it checks.
 */
export const CJK_LABEL_TRANSLATIONS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    架构: "architecture",
    架構: "architecture",
    アーキテクチャ: "architecture",
    아키텍처: "architecture",
    文档: "documentation",
    文檔: "documentation",
    ドキュメント: "documentation",
    문서: "documentation",
    语言: "language",
    語言: "language",
    言語: "language",
    언어: "language",
    复用: "reuse",
    重用: "reuse",
    再利用: "reuse",
    재사용: "reuse",
    测试: "test",
    測試: "test",
    テスト: "test",
    테스트: "test",
  }),
);

/**
 * Abbreviations gates and principle names write for their words (`UI/UX & Accessibility` for
 * `III. User Interface & User Experience`, `DX` for `Developer Experience`, `a11y`): compared
 * as the words they stand for. Lower case, as `normalize` leaves them.
 */
export const ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    // (`UX` and `UI` as their distinctive word: `user` is in many principles' names.)
    ux: "experience",
    ui: "interface",
    dx: "developer experience",
    a11y: "accessibility",
    i18n: "internationalization",
    l10n: "localization",
    perf: "performance",
    db: "database",
    authn: "authentication",
    authz: "authorization",
    obs: "observability",
    o11y: "observability",
    semver: "semantic versioning",
    k8s: "kubernetes",
  }),
);
