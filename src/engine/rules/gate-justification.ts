import { type Constitution, type Principle, principleLabel } from "../constitution.js";
import {
  coverage,
  deniesJustification,
  gatePrinciples,
  justifiedByComplexity,
  realComplexityRows,
  rowNaming,
} from "../coverage.js";
import { MAX_GATES } from "../limits.js";
import { memoizedPairOrNone } from "../memo.js";
import {
  type ComplexityRow,
  type Gate,
  isPostDesign,
  type OpenBox,
  type Plan,
} from "../plan/index.js";
import { replacePlaceholders } from "../placeholders.js";
import { code, type Report, type Rule } from "../rule.js";
import {
  mentionsStatus,
  needsJustification,
  statusChoice,
  withoutLeadingStatuses,
} from "../status.js";
import type { Template } from "../template.js";
import {
  CJK_NEED_DENIAL,
  COMPLEXITY,
  DEFERRAL_STATUSES,
  EXEMPTING_LABELS,
  JUSTIFICATION_CUES,
  JUSTIFICATION_LABEL_WORDS,
} from "../lexicon/index.js";
import { HAN_KANA, normalize, termMatcher, thousands } from "../text.js";
import type { Mutable } from "../types.js";

const STATUS_WORDS: Readonly<Record<string, string>> = {
  fail: "failing",
  pending: "pending",
  unchecked: "unchecked",
  // (`⚠️`, `PARTIAL`, `CONDITIONAL`, `NEEDS REVIEW`: the engine reads them all as one status.)
  "needs-review": "flagged for review (`⚠️`, partial, conditional or NEEDS REVIEW)",
};

/** What is left of the text beside a gate once questions, placeholders and template text are removed. */
export function ownReason(gate: Gate, template: Template | null): string {
  if (gate.reason.trim() === "") return "";
  if (
    template &&
    (template.gateTexts.has(normalize(gate.reason)) || template.gateTexts.has(normalize(gate.text)))
  )
    return "";
  let text = replacePlaceholders(gate.reason, template);
  // A question copied from the template is not an answer.
  text = text
    .split(/(?<=[?？])\s*/u)
    .filter((s) => !/[?？]\s*$/u.test(s))
    .join(" ");
  text = withoutLeadingStatuses(text);
  text = text.replace(/^[\s\-–—:：,.;()[\]|]+/u, "").trim();
  const n = normalize(text);
  if (template && [...template.gateTexts].some((t) => t.length > 0 && (t === n || t.includes(n))))
    return "";
  return text;
}

const cue = termMatcher(JUSTIFICATION_CUES);
const deferral = termMatcher(DEFERRAL_STATUSES);
const exempting = termMatcher(EXEMPTING_LABELS);
/**
 * A template gate still asking (`Using framework directly?`) or holding a status slot (`[OK /
 * NEEDS REVIEW – reason]`, `[PASS|FAIL]`). A slot for a date or a link (`**Last Check**:
 * [Date]`) is the check's metadata: template text, which `no-placeholder` reports, not a gate.
 */
function unanswered(text: string): boolean {
  if (/[?？]/u.test(text)) return true;
  for (const m of text.matchAll(/\[([^[\]]+)\]/gu)) if (STATUS_SLOT.test(m[1] ?? "")) return true;
  return false;
}
const STATUS_SLOT = /[/|✅❌⚠]|\b(?:pass|fail|ok|yes|no|n\/a)\b/iu;
const TRACKED_ID =
  /\b(?!(?:FR|NFR|SC|US|AC|CHK|REQ|TC|UC)-)[A-Z]{2,10}-\d{1,6}\b|(?<![\w&])#\d{1,6}\b/u;
/** The constitution's rules a note cites (`RULE PG-002`, `Rules QP-001 to QP-004`). */
const RULE_IDS =
  /(?:\b(?:RULES?|[Rr]ules?|PRINCIPLES?|[Pp]rinciples?|[Aa]rticles?|[Ss]ections?)|§)\s{0,3}[A-Z]{2,10}-\d{1,6}(?:\s{0,3}(?:to|through|and|[,&–—-])\s{0,3}[A-Z]{2,10}-\d{1,6}){0,12}/gu;
/** Whether a note names a ticket or record the gate is tracked in (not a rule it cites). */
function tracked(note: string): boolean {
  return TRACKED_ID.test(note.includes("-") ? note.replace(RULE_IDS, "") : note);
}

/**
 * What the text beside a gate makes of it: `justified`, or why it is not. For a failing or
 * NEEDS REVIEW gate an explanation is a justification; beside an unchecked box or a pending
 * status the text usually describes what is to be done, so it must say why that is acceptable
 * (because, deferred, N/A, ...). The finding quotes a note that is not a reason and says why.
 */
type NoteReading =
  | "justified"
  | "none"
  | "short"
  | "restates"
  | "to-fix"
  | "describes"
  | "when-only"
  | "tests-later";

/**
 * A note that only names the workflow's own step, this plan or what comes after it (`plan.md`,
 * `tasks.md (via /speckit.tasks)`, `/speckit.implement`): the item is a step of spec-kit's
 * workflow in progress, pending by its nature while the plan is written, not a gap.
 */
const WORKFLOW_STEP =
  /^[\s(（`*]*(?:via\s+)?`?(?:(?:plan|tasks)\.md|\/speckit\.(?:plan|tasks|implement))`?(?:\s*[(（]\s*(?:via\s+)?`?\/speckit\.(?:plan|tasks|implement)`?\s*[)）])?[\s)）`*.]*$/iu;

function readNote(gate: Gate, reason: string): NoteReading {
  if (reason.trim() === "") return "none";
  if (gate.status === "pending" && WORKFLOW_STEP.test(reason)) return "justified";
  if (!substantial(reason)) return "short";
  // A note that only says how bad the violation is (`… contradicts the principle. This is a
  // major violation.`) describes the failure; it does not justify it.
  if (gate.status === "fail" && RESTATED.test(reason) && !cue(normalize(reason))) return "restates";
  // A note that says what is still to be fixed (`Mobile nav is broken. Must fix before
  // handoff.`) is the gap, not its justification.
  // (A result line sums the gates up: its gap is theirs, reported at them.)
  const unruled = withoutRuleText(reason.replace(TO_FIX_STATUS, ""));
  if (
    gate.form !== "result" &&
    (TO_FIX.test(unruled) || TO_FIX_FOREIGN.test(unruled) || NEED_ITEM.test(reason)) &&
    !NAMED_PHASE.test(reason) &&
    !cue(normalize(reason)) &&
    !tracked(reason)
  )
    return "to-fix";
  // Tests put off to implementation beside a test-first gate (`Test-First Implementation | ⚠️
  // DEFER | Tests will be written during implementation`): the deferral is the violation.
  if (TEST_FIRST_GATE.test(gate.label) && TESTS_LATER.test(reason)) return "tests-later";
  // A pending gate whose note only says when it will be checked (`| III. Test-First | PENDING |
  // Tests will be written first during implementation |`, `Will verify after implementation`):
  // the step named is when, not why waiting is acceptable.
  if (
    (gate.status === "pending" || gate.status === "needs-review") &&
    WHEN_ONLY.test(reason.trim())
  )
    return "when-only";
  // A status that itself says the gap is open (`⚠️ 缺口`, `违规待修正`, `NEEDS DESIGN`): the note
  // beside it says what is missing; it must say why that is acceptable, as a pending gate's.
  // (Not one whose fix this plan makes: `⚠️ GAP (fix planifié)`.)
  // (A result line's label is the engine's own, `Gate result`: its text opens with the
  // author's short label, `GATE 要更新 — …`.)
  const status =
    gate.form === "result"
      ? gate.text.slice(0, 48)
      : gate.text.slice(gate.label.length, gate.label.length + 32);
  const opensGap = OPEN_GAP.test(status) && !PLANNED_FIX.test(status);
  if (gate.status !== "unchecked" && gate.status !== "pending" && !opensGap) return "justified";
  // A ticket or decision record it is tracked in (`OPS-31`, `#123`, `ADR-12`) is a reason too;
  // spec-kit's own ids (`FR-001`, `SC-002`, `NFR-3`) are not, nor the constitution's rule the
  // gate checks (`(RULE PG-002)`).
  if (
    cue(normalize(reason.replace(CRITERION_ALTERNATIVE, " ").replace(FOR_FUTURE, " "))) ||
    tracked(reason)
  )
    return "justified";
  // The status may itself be the deferral, its reason written after it (`⏳ Deferred to
  // post-merge, tracked as a task`, `⏳ Not yet applicable (nothing pushed) — will gate the
  // first push`): the status reader took the cue word, so it is looked for outside the label.
  if (gate.status === "pending" && deferral(normalize(gate.text.replace(gate.label, ""))))
    return "justified";
  // A deferral with its reason in brackets beside it (`⚠️ **DEFERRED**: ゲーミフィケーション要素は
  // 将来バージョンで実装（初期バージョンはCRUD機能に集中）`, "the first version focuses on CRUD";
  // `deferred (no user-facing text in this phase)`): the bracket says why.
  if (gate.status === "pending" && deferral(normalize(gate.text)) && bracketedReason(reason))
    return "justified";
  return "describes";
}

/**
 * A waiver the gate's criterion allows as its alternative (`- [ ] Performance: budgets met or
 * explicit waiver documented`, `unless an exception is justified`): what passing it takes, not
 * a waiver this plan has. Its cue word is read past.
 */
const CRITERION_ALTERNATIVE =
  /\b(?:or|unless)\s+(?:an?\s+|the\s+)?(?:(?:explicit(?:ly)?|documented|approved|written|recorded)\s+)?(?:waiver|waived|exception|justification|justified)\b(?:\s+(?:is\s+|are\s+|be\s+)?(?:justified|documented|approved|recorded|granted)\b)?/giu;

/**
 * A purpose, not a deferral: `Content will be structured for future RAG ingestion` describes
 * what the gate asks (a future phase, `deferred to a future release`, is still a reason).
 */
const FOR_FUTURE = /\bfor\s+(?:the\s+|any\s+)?future\b/giu;

/** A bracketed clause of some length in a note: `（初期バージョンはCRUD機能に集中）`, `(no UI yet)`. */
function bracketedReason(note: string): boolean {
  for (const m of note.matchAll(/[(（]([^()（）]{6,200})[)）]/gu))
    if (substantial(m[1] ?? "")) return true;
  return false;
}

function justifies(gate: Gate, reason: string): boolean {
  return readNote(gate, reason) === "justified";
}

/** How many lines below a result line its justification is looked for. */
const RESULT_NOTE_LINES = 8;

/**
 * Whether a line shortly below a result line, before the next heading, sends its violations to
 * Complexity Tracking (`**Status**: ✓ CONDITIONAL PASS` over `**Violations**: …` and
 * `**Justifications**: See Complexity Tracking section below.`): the result's note, written on
 * a line of its own. (Only when the table holds real rows.)
 */
function sentToComplexity(plan: Plan, line: number): boolean {
  const { doc } = plan;
  const last = Math.min(doc.lines.length, line + RESULT_NOTE_LINES);
  for (let l = line + 1; l <= last; l++) {
    if (doc.kinds[l - 1] === "heading") return false;
    const raw = doc.lines[l - 1] ?? "";
    if (JUSTIFICATIONS_LABEL.test(raw) && complexityWord(normalize(raw))) return true;
  }
  return false;
}

/** A line labelled as the justifications (`**Justifications**:`, `**理由**：`). */
const JUSTIFICATIONS_LABEL = new RegExp(
  String.raw`^\W*(?:${JUSTIFICATION_LABEL_WORDS})(?![\p{L}])`,
  "iu",
);

/**
 * A rule stated as a prohibition (`must never`, `must not`, `shall not`, `never …`), a rule
 * said not to apply here (`**does not apply** (separate project)`), or an exclusion (`No Docker
 * (deferred to Phase IV+)`, `No OpenAI Agents SDK (Phase V+ only)`, `Without a cache layer`).
 */
const PROHIBITION =
  /\b(?:must|shall|should)\s*(?:not|never)\b|^\W*(?:never|no|without)\s|\b(?:does|do)\s*n[o']t\s+apply\b/iu;
/** Words saying the plan breaks the rule after all. */
const BROKEN =
  /\bviolat|\bbreach|\bfail|\bbroken\b|\bbut\b|\bhowever\b|\bcurrently\b|\bexcept\b|\byet\b|\bmissing\b/iu;

function prohibits(text: string): boolean {
  const rule = withoutLeadingStatuses(text);
  return PROHIBITION.test(rule) && !BROKEN.test(rule);
}

/** Why a note beside a gate is not its justification, as the finding says it. */
const NOT_A_REASON: Readonly<Record<Exclude<NoteReading, "justified" | "none">, string>> = {
  short: "is too short to say why",
  restates: "restates the violation without saying why it is acceptable",
  "to-fix": "says a fix is still to be made",
  describes: "describes the gate, not why leaving it open is acceptable",
  "when-only": "says only when the gate will be checked, not why it can stay open until then",
  "tests-later": "puts the tests after the code, which is what a test-first principle rules out",
};

/**
 * A note that is only the step a gate waits for: a few words of subject, `will be` or `to be`, a
 * verb or two, then `during`/`after`/`in`/`at` implementation, research or task execution.
 */
const WHEN_ONLY =
  /^(?:[\p{L}\p{N}/-]+\s+){0,5}?(?:will\s+(?:be\s+)?|to\s+be\s+)(?:[\p{L}]+\s+){1,2}?(?:during|in|after|at)\s+(?:the\s+)?(?:implementation|research|task\s+execution)(?:\s+phase)?\.?$/iu;

/** A gate about writing tests first: `Test-First`, `TDD`, `Testing Requirements`, `测试优先`. */
const TEST_FIRST_GATE = /test[- ]?first|\btdd\b|test[- ]driven|\btesting\b|测试|テスト|테스트/iu;
/** Tests written with or after the code: `Tests will be written during implementation`. */
const TESTS_LATER =
  /\btests?\s+will\s+be\s+(?:written|added|created)\s+(?:during|with|after|alongside|later|in\s+(?:a\s+)?later)\b/iu;

/**
 * A checkbox or plain item written without a label separator carries its note in its own text:
 * a parenthesis that closes it (`- [ ] HTTPS enforcement (infrastructure concern, deferred)`),
 * or all that follows the status mark that opens it (`- ⚠️ Out of scope for this feature`).
 * Such a note justifies the gate only when it says why (a justification cue or a tracked id):
 * otherwise it describes the gate (`- [ ] API p95 latency < 200ms (to be benchmarked)`).
 */
function notedInOwnText(gate: Gate): boolean {
  if (gate.form !== "item" && gate.form !== "checkbox") return false;
  if (gate.text.trim() !== gate.label.trim()) return false;
  const closing = CLOSING_PARENTHESIS.exec(gate.label)?.[1];
  const afterMark = gate.form === "item" ? withoutLeadingStatuses(gate.label) : gate.label;
  const note = closing ?? (afterMark.length < gate.label.length ? afterMark : "");
  return note !== "" && (cue(normalize(note)) || tracked(note));
}

const CLOSING_PARENTHESIS = /[(（]([^()（）]+)[)）]\s*$/u;

/** A note that says a fix is still to be made. */
const TO_FIX =
  /\b(?:must|needs? to|has to|have to|should)\s+(?:be\s+)?(?:fix(?:ed)?|add(?:ed)?|creat(?:e|ed)|writ(?:e|ten)|defin(?:e|ed)|resolv(?:e|ed)|address(?:ed)?|implement(?:ed)?|includ(?:e|ed)|establish(?:ed)?|configur(?:e|ed)|set\s+up)\b|(?<!\bno\s(?:\w+\s)?)\b(?:fix|work)\s+(?:is\s+)?required\b|\baction(?:\s+required)?\s*[:：]\s*(?:add|create|write|fix|implement|define|resolve)\b|\bneeds?\s+(?:an?\s+)?(?:audit|fix|fixing|work)\b|\bbroken\b|^\s*needs?\s+(?:an?\s+)?\w|\b(?:plan|work|audit|design|decision)\s+needed\b|\bpending\s*;|\bneeds?\s+(?:further\s+|more\s+)?clarification\b|^\s*(?:will\s+)?requires?\s+(?!no\b|nothing\b|none\b)\p{L}|\b(?:yet|still)\s+to\s+be\s+(?:clarified|determined|confirmed|decided)\b|\bto\s+(?:satisfy|comply\s+with|meet|conform\s+to)\s+(?:the\s+)?(?:constitution|principle)\b|\bremediation\s+(?:is\s+)?(?:planned|scheduled|pending|needed|required)\b/iu;

/**
 * The same in the other languages of the lexicon: an action or a requirement that opens with
 * what to add or fix (`**Действие**: Добавить тестовые задачи`, `Требуется: Добавить ~60-80
 * тестовых задач в tasks.md`, `Acción: añadir pruebas`, `é preciso criar`, `il faut ajouter`,
 * `需要补充测试`, `追加が必要`, `추가 필요`). Not a need denied (`不需要添加`).
 */
const TO_FIX_FOREIGN = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:действие|требуется|необходимо|нужно|надо)(?:\s*[:：]\s*|\s+)(?:добавить|создать|написать|исправить|реализовать|определить|доработать|дополнить)|(?:acci[óo]n|se requiere|requerido|hay que|es necesario)(?:\s*[:：]\s*|\s+)(?:a[ñn]adir|agregar|crear|escribir|corregir|implementar|definir)|(?:a[çc][ãa]o|necess[áa]rio|[ée] preciso)(?:\s*[:：]\s*|\s+)(?:adicionar|criar|escrever|corrigir|implementar|definir)|(?:action|requis|il faut)(?:\s*[:：]\s*|\s+)(?:ajouter|cr[ée]er|[ée]crire|corriger|impl[ée]menter|d[ée]finir)|(?:azione|richiesto|bisogna|occorre)(?:\s*[:：]\s*|\s+)(?:aggiungere|creare|scrivere|correggere|implementare|definire))(?![\p{L}])|(?<![${CJK_NEED_DENIAL}])(?:需要|必须|必須)(?:补充|補充|添加|新增|修复|修復|编写|編寫)|(?:追加|修正|作成)が必要|(?:추가|수정|작성)(?:이|가)?\s*필요`,
  "iu",
);

/**
 * A detail item below the gate that opens with what is needed (`**IV. Privacy**: ⚠ ATTENTION
 * REQUIRED` over `- Sends chats to Google AI` and `- Need user consent for external
 * processing`): the items are joined into the note with dashes.
 */
const NEED_ITEM = /\s[-–—]\s+needs?\s+(?!(?:for|of|to be)\b)(?:an?\s+)?\p{L}/iu;

/**
 * A to-fix phrase that opens the note is the gate's status (`| ⚠ Must fix | Current silent
 * return violates this; fix must use Toaster |`): the rest of the note says how the plan fixes
 * it.
 */
const TO_FIX_STATUS = /^\s*(?:must fix|fix required|needs? fix(?:ing)?)\b/iu;

/**
 * The note without the principle's own rule quoted in it (`- **Rule**: Tests MUST be written
 * before implementation - **Compliance**: …`): a rule says what must be, not what is left to
 * fix.
 */
function withoutRuleText(reason: string): string {
  return reason
    .split(/\s[-–—]\s/u)
    .filter((part) => !RULE_LABEL.test(part))
    .join(" - ");
}

const RULE_LABEL =
  /^\s*(?:rules?|requirements?|required|mandates?|principles?|constitution(?: says)?|规则|規則|要求|ルール|규칙|regla|regra|règle|regel)\s*[:：]/iu;

/**
 * Status words that say a gap is open: `gap`, `needs design`, `requires change`, `缺口`, `待修正`,
 * `需要实施`, `Requer Mudança`.
 */
const OPEN_GAP = new RegExp(
  String.raw`(?<![\p{L}])(?:gaps?|needs? (?:design|implementation|changes?|tasks?|research)|requires? (?:changes?|update)|needs? update|(?<!\bno )update needed|not (?:yet )?implemented|to be fixed|requer(?:e)? mudanças?|precisa de mudanças?|requiere cambios?|necesita cambios?)(?![\p{L}])|(?<![${CJK_NEED_DENIAL}])(?:需要修改|需修改|需要更新|需更新)|要変更|要更新|要修正|변경 필요|업데이트 필요|缺口|待修正|待修复|待修復|需要实施|需要實施|未实施|未實施|未实现|未實現|未実装|要対応|未対応|미구현|미조치`,
  "iu",
);

/** The note without the open-gap status it starts with (`Requer Mudança Adicionar …`). */
function withoutGapStatus(note: string): string {
  const m = OPEN_GAP_START.exec(note);
  return m && m[0].length < note.length ? note.slice(m[0].length) : note;
}
const OPEN_GAP_START = new RegExp(String.raw`^(?:${OPEN_GAP.source})[\s:：,.\-–—]*`, "iu");

/**
 * A gap whose fix the plan makes: `fix planned`, `fix planifié`, `修正予定`; `Gap → test added`,
 * `Gap → tasks added` (the plan now holds the test or the tasks that close it).
 */
const PLANNED_FIX =
  /(?<![\p{L}])(?:fix|correction|correctif|corrección|correção)\s+(?:planned|scheduled|planifiée?|prévue?|planificad[oa]|previst[oa]|planejad[oa])|(?:planned|scheduled)\s+fix|(?:→|->)\s?(?:(?:tests?|tasks?|checks?|steps?)\s+added|fixed|addressed|resolved|mitigated)\b|修正予定|计划修复|計畫修復|已计划修复/iu;

/** A phase the work is planned in (`Test plan in Phase 4–6`): a deferral, not a gap. */
const NAMED_PHASE = /\b(?:in|during|by|until|before)\s+phase\s+\d/iu;

/** A note that names the failure as a violation or a contradiction, and nothing more. */
const RESTATED =
  /\b(?:(?:major|serious|critical|direct|clear|explicit)\s+(?:violation|breach|conflict)|contradicts|in (?:direct )?(?:opposition|conflict) (?:to|with)|violates)\b/i;

/**
 * Open gates that the check's result line below them accounts for, in one pass over the gates
 * (each gate looks at the first result line below it, in its phase):
 * - pending gates, by a passing result that speaks of them and says something of them
 *   (`**Gate Status**: ✅ PASS - Pending items are implementation-phase requirements.`);
 * - pending and unticked gates, by a result that defers its group with a reason (`**Status**:
 *   ⏸️ DEFERRED - Chatbot in Phase 2, content structured for future compatibility`);
 * - every open gate, by a result that sends them to Complexity Tracking (`**Gate Result**:
 *   CONDITIONAL (se registra excepcion justificada en Complexity Tracking)`) when the table
 *   holds a real row for each: the rows are their justification, though no row repeats a gate's
 *   words.
 */
function explainedByResults(gates: readonly Gate[], rows: number): Set<Gate> {
  const out = new Set<Gate>();
  const waiting: Gate[] = [];
  for (const gate of gates) {
    if (gate.form !== "result") {
      if (needsJustification(gate.status)) waiting.push(gate);
      continue;
    }
    const explainsPending =
      gate.status === "pass" && mentionsStatus(gate.reason, "pending") && substantial(gate.reason);
    const defers =
      gate.status === "pending" && deferral(normalize(gate.text)) && justifies(gate, gate.reason);
    const toComplexity =
      rows > 0 && waiting.length <= rows && complexityWord(normalize(gate.reason));
    for (const g of waiting) {
      if (g.phase !== gate.phase) continue;
      const open = g.status === "pending" || g.status === "unchecked";
      if (toComplexity || (defers && open) || (explainsPending && g.status === "pending"))
        out.add(g);
    }
    waiting.length = 0;
  }
  return out;
}

const complexityWord = termMatcher(COMPLEXITY);

/**
 * Complexity Tracking written in sentences, not a table (`> No violations detected. Progressive
 * Enhancement partial compliance is justified above.`, `- **Progressive Enhancement**: justified
 * because the app is client-side only`): a line of it that calls something justified, read as
 * a row, for the gate it names. (Not the template's own `Fill ONLY if Constitution Check has
 * violations that must be justified`, nor a sentence saying none is needed.)
 */
function proseRows(plan: Plan): ComplexityRow[] {
  const rows: ComplexityRow[] = [];
  for (const section of plan.sectionsOf("complexity-tracking"))
    for (let line = section.line + 1; line <= section.endLine; line++) {
      const kind = plan.doc.kinds[line - 1];
      if (kind !== "text" && kind !== "list-item") continue;
      const raw = plan.doc.lines[line - 1] ?? "";
      if (!JUSTIFIED_PROSE.test(raw)) continue;
      for (const sentence of raw.split(SENTENCE_END)) {
        // (A sentence of a paragraph's length at most: the negation search scans the sentence
        // from each of its words.)
        if (sentence.length > MAX_PROSE_SENTENCE) continue;
        if (!JUSTIFIED_PROSE.test(sentence) || NOT_JUSTIFIED.test(sentence)) continue;
        rows.push({ line, cells: [sentence] });
        if (rows.length >= MAX_PROSE_ROWS) return rows;
      }
    }
  return rows;
}

/**
 * A sentence saying something is justified: `… is justified above`, or a justification's label in
 * any language the lexicon has (`Justification: …`, `**Justificación**: …`, `理由：…`).
 */
const JUSTIFIED_PROSE = new RegExp(
  String.raw`\b(?:is|are|was|were|remains?)\s+(?:\p{L}+\s+)?justified\b|\bjustified\s+(?:above|below|by|because|in|as|since|on)\b|(?<![\p{L}\p{N}])(?:${JUSTIFICATION_LABEL_WORDS})(?:\s*(?:\*\*|__))?\s*[:：]`,
  "iu",
);
/** Unless it says it is not, or asks for one: `No violations requiring justification`. */
const NOT_JUSTIFIED =
  /\b(?:not|no|never|nothing|none|without)\b[^.;]*\bjustif|\bunjustified\b|\b(?:must|should|needs?\s+to)\s+be\s+justified\b|\bfill\s+(?:only\s+)?if\b/iu;
const SENTENCE_END = /(?<=[.;!?])\s+/u;
/** Lines of prose read from Complexity Tracking, at most: a hostile plan can be all of it. */
const MAX_PROSE_ROWS = 200;
const MAX_PROSE_SENTENCE = 1_000;

/**
 * Open gates of the initial check that the post-design re-check lists again, passed (`- [ ]
 * Minimal viable solution designed first` above, `- [x] Minimal viable solution designed first`
 * under `## Re-evaluation of Constitution Check`): the design resolved them. So are its pending
 * gates when the re-check's verdict passes and no gate of the re-check is open (`| III.
 * Test-First | ⚠️ PENDING | Tests MUST be written first |` above, a `## Constitution Re-Check
 * (Post-Design)` table of notes and `**Status**: ✅ ALL PRINCIPLES VALIDATED` below): pending
 * said the answer was still to come, and the re-check gives it.
 */
function recheckedLater(gates: readonly Gate[]): Gate[] {
  const passedAfter = new Set<string>();
  let firstAfter = Number.POSITIVE_INFINITY;
  let allPassed = true;
  let verdictPassed = false;
  for (const gate of gates) {
    if (gate.phase !== "post-design") continue;
    if (gate.form === "result") {
      verdictPassed ||= gate.status === "pass";
      continue;
    }
    firstAfter = Math.min(firstAfter, gate.line);
    if (gate.status === "pass") passedAfter.add(normalize(gate.label));
    else if (needsJustification(gate.status)) allPassed = false;
  }
  const verdictResolves = verdictPassed && allPassed;
  if (passedAfter.size === 0 && !verdictResolves) return [];
  // So is the initial check's note that the re-check is still to come (`**Post-Design Check
  // (Phase 1)**: Pending — To be verified after design artifacts generated.`) once the
  // re-check below it leaves no gate open.
  return gates.filter(
    (gate) =>
      gate.phase === "initial" &&
      needsJustification(gate.status) &&
      ((verdictResolves && gate.status === "pending") ||
        passedAfter.has(normalize(gate.label)) ||
        (allPassed &&
          gate.line < firstAfter &&
          (gate.status === "pending" || gate.status === "unchecked") &&
          isPostDesign(gate.label))),
  );
}

/**
 * Open gates of the initial check whose principles the post-design re-check passes, each under
 * another label (`| 3 | **Comprehensive Testing Discipline** … | ⚠️ GAP | … **Action**: Expand
 * test suite |` above, `| 3 (Testing) | ✅ All gaps addressed by TEST-01 through TEST-05 |`
 * under `## Post-Phase 1 Constitution Re-Check`): the design resolved them. Only when every
 * principle the gate addresses is passed after, and none is left open there.
 */
function principleRecheckedLater(plan: Plan, constitution: Constitution): Gate[] {
  if (!plan.gates.some((g) => g.phase === "post-design" && g.status === "pass")) return [];
  const byGate = new Map<Gate, Principle[]>();
  const passedAfter = new Set<Principle>();
  const openAfter = new Set<Principle>();
  for (const [principle, gates] of coverage(plan, constitution).gates) {
    for (const gate of gates) {
      if (gate.form === "result") continue;
      if (gate.phase === "post-design") {
        if (gate.status === "pass") passedAfter.add(principle);
        else if (needsJustification(gate.status)) openAfter.add(principle);
      } else if (gate.phase === "initial" && needsJustification(gate.status)) {
        const list = byGate.get(gate);
        if (list) list.push(principle);
        else byGate.set(gate, [principle]);
      }
    }
  }
  return [...byGate]
    .filter(([, ps]) => ps.every((p) => passedAfter.has(p) && !openAfter.has(p)))
    .map(([gate]) => gate);
}

/**
 * The lines of the initial check's open gates that the post-design re-check resolved (see
 * `recheckedLater` and `principleRecheckedLater`), once per plan and constitution.
 */
export const resolvedByRecheck: (
  plan: Plan,
  constitution: Constitution | null,
) => ReadonlySet<number> = memoizedPairOrNone((plan: Plan, constitution: Constitution | null) => {
  const gates = recheckedLater(plan.gates);
  if (constitution) gates.push(...principleRecheckedLater(plan, constitution));
  return new Set(gates.map((g) => g.line));
});

/** Every Chinese character or kana of a text (`match` with the global flag starts afresh). */
const HAN_KANA_ALL = new RegExp(HAN_KANA.source, "gu");

function substantial(text: string): boolean {
  const cjk = (text.match(HAN_KANA_ALL) ?? []).length;
  return (
    cjk >= 4 ||
    normalize(text)
      .split(" ")
      .filter((w) => w.length > 1).length >= 3
  );
}

export const gateJustification: Rule = {
  id: "gate-justification",
  summary: "A failing, pending, unchecked or NEEDS REVIEW gate without justification",
  defaultSeverity: "error",
  messages: {
    capped:
      "The Constitution Check holds more than {{max}} gates; only the first {{max}} are read, and the gates after line {{line}} are not checked. A real check holds one gate per principle, a few dozen at most: this one is usually generated or pasted in bulk. Keep one gate per principle and move the rest out of the Constitution Check.",
    unjustified:
      'Gate {{gate}} is {{status}} and nothing justifies it: no reason is written beside it and no Complexity Tracking row names it. spec-kit\'s plan workflow says "ERROR if violations unjustified"; an unexplained gate lets a violation merge silently. Either make the plan comply and mark the gate passed, or add a Complexity Tracking row naming {{name}} with why it is needed and why the simpler alternative was rejected.',
    noted:
      'Gate {{gate}} is {{status}}, and the note beside it, {{note}}, {{why}}; no Complexity Tracking row names it either. spec-kit\'s plan workflow says "ERROR if violations unjustified": a note that only describes the gap lets a violation merge as if it were accepted. Either make the plan comply and mark the gate passed, or say in the note why the gap is acceptable (deferred to a named phase because …, not applicable because …, tracked in a ticket), or add a Complexity Tracking row naming {{name}} with why it is needed and why the simpler alternative was rejected.',
    denied:
      'Gate {{gate}} is {{status}}, and the Complexity Tracking row that records it (line {{row}}) says it is not justified. spec-kit\'s plan workflow says "ERROR if violations unjustified": a violation the plan itself calls unjustified is one a reviewer should not merge. Either make the plan comply and mark the gate passed, or justify it in that row: why it is needed, and why the simpler alternative was rejected.',
    box: 'Gate {{gate}} has an unticked box, {{item}}, and nothing justifies it: no reason is written beside it and no Complexity Tracking row names the principle. spec-kit\'s plan workflow says "ERROR if violations unjustified"; a box left empty is a check this plan has not passed, and a violation could merge silently. Either make the plan comply and tick the box, or write why it is acceptable beside it (deferred to a named phase because …, not applicable because …), or add a Complexity Tracking row naming {{name}} with why it is needed and why the simpler alternative was rejected.',
    choice:
      "Gate {{gate}} still holds the template's choice {{choice}} where its status goes: neither answer was picked, so the gate was never checked. spec-kit's plan workflow says \"ERROR if violations unjustified\"; a gate left unanswered lets a violation merge unseen. Pick the answer: {{pass}} with how this plan complies, or {{fail}} with a Complexity Tracking row naming {{name}}, why it is needed and why the simpler alternative was rejected.",
    copied:
      "Gate {{gate}} is unanswered: it is copied word for word from the repository's template `{{template}}`, question or slot included, with no status of its own. The Constitution Check is answered for each plan: a template gate left as it was checks nothing, and a violation could merge unseen. Answer it: give its status and how this plan complies (e.g. `✅ PASS — <how>`), or mark it N/A with the reason.",
  },
  check({ plan, constitution, constitutionState, template, report }) {
    // Against spec-kit's unfilled constitution the check's gates are the template's examples
    // or borrowed ones, not the project's commitments: `constitution-unratified` says the
    // constitution rules are skipped, and this is one of them (RUBRIC.md empties the
    // constitution-dependent categories). A missing constitution does not skip it.
    if (constitutionState === "unfilled") return;
    if (plan.gates.length >= MAX_GATES) {
      const last = plan.gates[plan.gates.length - 1] as Gate;
      report({
        messageId: "capped",
        data: { max: thousands(MAX_GATES), line: last.line },
        line: last.line,
        section: "Constitution Check",
        severity: "warning",
      });
    }
    // Rows that say their violation is not justified deny it rather than justify it.
    const rows: ComplexityRow[] = [];
    const denying: ComplexityRow[] = [];
    for (const row of realComplexityRows(plan, template))
      (deniesJustification(row) ? denying : rows).push(row);
    const principles = constitution?.principles ?? [];
    const explained = explainedByResults(plan.gates, rows.length);
    // Open gates the post-design re-check resolved (shared with no-unresolved-clarification).
    const resolved = resolvedByRecheck(plan, constitution);
    let prose: ComplexityRow[] | undefined;
    for (let at = 0; at < plan.gates.length; at++) {
      const gate = plan.gates[at] as Gate;
      // A question or a slot (`[OK / NEEDS REVIEW – reason]`) copied from the template word
      // for word was never answered. (A statement the team's template already makes for its
      // principles, `- **Simplicity First**: starts with the simplest approach`, is an answer
      // kept as written.)
      const copied =
        gate.status === "unknown" &&
        template !== null &&
        unanswered(gate.text) &&
        template.gateTexts.has(normalize(gate.text));
      if (!needsJustification(gate.status) && !copied) continue;
      // An item of a list its label exempts (`**NOT Required for MVP**:` over `- ❌ Performance
      // benchmarks`) is out of scope by that label.
      if (gate.scope !== undefined && exempting(normalize(gate.scope))) continue;
      // A Complexity Tracking row that names the gate and says it is not justified outweighs
      // any note beside the gate: the plan records the violation as unjustified.
      const denied =
        copied || gate.form === "result" || denying.length === 0
          ? undefined
          : rowNaming(gate, denying, principles, plan, at);
      const boxes = denied ? undefined : gate.openBoxes;
      let note = "";
      let reading: NoteReading = "none";
      if (!denied) {
        if (justifiedByComplexity(gate, rows, principles, plan, at)) continue;
        prose ??= proseRows(plan);
        if (justifiedByComplexity(gate, prose, principles, plan, at)) continue;
        if (gate.form === "result" && rows.length > 0 && sentToComplexity(plan, gate.line))
          continue;
        // A principle heading unchecked by its boxes is justified by its prose, not by the
        // boxes' own text: each box answers for itself below.
        note = copied ? "" : ownReason(boxes ? withoutBoxes(gate) : gate, template);
        reading = readNote(gate, note);
        if (reading === "justified") continue;
        if (notedInOwnText(gate)) continue;
        if (explained.has(gate) || resolved.has(gate.line)) continue;
      }
      const addressed = gatePrinciples(gate, principles, plan, at)[0];
      // A plain item marked only `⚠️` that names no principle is a note (`⚠️ tasks.md comes
      // in Phase 2`), not a gate.
      if (gate.form === "item" && gate.status === "needs-review" && !addressed) continue;
      // A plain item marked `❌` that states a prohibition (`❌ API keys must never be
      // hardcoded`, beside `✅ .env file usage is mandatory`) marks what is forbidden, a rule of
      // a do/don't list, not a gate this plan fails; unless it says the plan breaks it.
      if (gate.form === "item" && gate.status === "fail" && prohibits(gate.text)) continue;
      // Built without spreads or a second quote of the same label: a plan can hold tens of
      // thousands of unjustified gates.
      // A result line is quoted as its author labelled it (`Initial Assessment`), not by the
      // engine's own label for it.
      const quoted = code(gate.written ?? gate.label, 70);
      const principle = addressed ? principleLabel(addressed) : undefined;
      const name = principle === undefined ? quoted : code(principle, 70);
      const section =
        gate.phase === "post-design" ? "Constitution Check (post-design)" : "Constitution Check";
      if (boxes) {
        // Each unticked box is a gate the reviewer reads on its own line.
        if (!reportBoxes(gate, boxes, { gate: quoted, name, section, principle }, report)) break;
        continue;
      }
      const status =
        gate.form === "label" && gate.status === "unchecked"
          ? "unanswered"
          : (STATUS_WORDS[gate.status] ?? gate.status);
      // A note that is not a reason is quoted, with why it is not one: the author sees what
      // the check read, not "nothing is written" beside a gate they did write about.
      const why = !copied && !denied && reading !== "none" ? NOT_A_REASON[reading] : undefined;
      // A choice left where the status goes (`✓/✗`, `PASS/FAIL`) is named as what it is.
      const choice =
        !copied && !denied && gate.status === "unchecked"
          ? statusChoice(gate.text.replace(gate.label, ""))
          : null;
      // Which message, and what it says: one choice, read once.
      const message: Pick<Report, "messageId" | "data"> = copied
        ? { messageId: "copied", data: { gate: quoted, template: template?.path ?? "" } }
        : denied
          ? { messageId: "denied", data: { gate: quoted, status, row: denied.line } }
          : choice
            ? {
                messageId: "choice",
                data: {
                  gate: quoted,
                  name,
                  choice: code(`${choice.pass}/${choice.fail}`, 20),
                  pass: code(choice.pass, 10),
                  fail: code(choice.fail, 10),
                },
              }
            : why
              ? {
                  messageId: "noted",
                  data: { gate: quoted, status, name, note: code(withoutGapStatus(note), 70), why },
                }
              : { messageId: "unjustified", data: { gate: quoted, status, name } };
      const finding: Mutable<Report> = {
        ...message,
        line: gate.line,
        column: gate.column,
        section,
      };
      if (principle !== undefined) finding.principle = principle;
      if (!report(finding)) break;
    }
  },
};

/** A principle heading's gate with its boxes' text taken out of its reason. */
function withoutBoxes(gate: Gate): Gate {
  let reason = gate.reason;
  for (const box of gate.openBoxes ?? [])
    if (box.text !== "") reason = reason.replace(box.text, "");
  return { ...gate, reason };
}

/**
 * The unticked boxes of a principle heading (`### I. Accuracy` over `- [ ] All claims will be
 * verified`), one finding each, on the box's line; a box whose own text justifies it (`- [ ]
 * Load tests: deferred because …`) is not reported. False when the report cap is reached.
 */
function reportBoxes(
  gate: Gate,
  boxes: readonly OpenBox[],
  heading: {
    readonly gate: string;
    readonly name: string;
    readonly section: string;
    readonly principle: string | undefined;
  },
  report: (r: Report) => boolean,
): boolean {
  for (const box of boxes) {
    if (justifies(gate, box.text)) continue;
    const finding: Mutable<Report> = {
      messageId: "box",
      data: { gate: heading.gate, item: code(box.text, 70), name: heading.name },
      line: box.line,
      column: box.column,
      section: heading.section,
    };
    if (heading.principle !== undefined) finding.principle = heading.principle;
    if (!report(finding)) return false;
  }
  return true;
}
