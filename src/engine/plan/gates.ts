/**
 * Constitution Check gates: walks each Constitution Check section and reads its gates from
 * principle headings, labelled lines and list items (`line-gate.ts`) and status tables
 * (`table-gates.ts`), each stamped with its phase (initial or post-design) and section.
 */
import {
  CHECKBOX_ITEM,
  isProse,
  listItemAt,
  LIST_MARKER,
  plainText,
  type Doc,
  type Table,
} from "../markdown.js";
import { ANSWER_LABELS, CHECKLIST_TITLE } from "../lexicon/index.js";
import { findStatus, needsJustification, noToUnwanted, openingStatusMark } from "../status.js";
import { trimEndWith } from "../text.js";
import type { GateStatus, Mutable } from "../types.js";
import { RESULT_LABEL, splitLabel } from "./labels.js";
import { lineGate, statusOnly } from "./line-gate.js";
import { MAX_GATES } from "../limits.js";
import { blockSpans, markLines } from "./lines.js";
import type { Gate, OpenBox, Section } from "./model.js";
import { isPostDesign, parentSections, phasesOnly } from "./sections.js";
import { tableGates } from "./table-gates.js";

/** An item closed by a status in capitals, in brackets: `- Rate limiting (NEEDS IMPLEMENTATION)`. */
const CLOSING_STATUS = /\([A-Z]{2,}(?:[ -][A-Z]{2,}){0,3}\)\.?\s*$/u;

export function extractGates(
  doc: Doc,
  checks: readonly Section[],
  sections: readonly Section[],
  sectionAt: (line: number) => Section | undefined,
): Gate[] {
  const gates: Gate[] = [];
  // Lines already read as a gate (or a gate's status line), and lines of a post-design
  // re-check: one byte per line, a plan can hold 100,000 gates.
  const seen = new Uint8Array(doc.lines.length + 2);
  const postDesignLines = new Uint8Array(doc.lines.length + 2);
  const postDesignSections = markLines(
    doc.lines.length,
    sections.filter((s) => s.postDesign),
  );
  const sectionIndex = new Map(sections.map((s, k) => [s, k]));
  const blocks = blockSpans(doc);
  // Nested Constitution Check sections (a Post-Design re-check inside the main one) are visited once.
  const visited = new Set<number>();
  // Evidence lines under principle headings, stamped with the check they belong to (one array
  // for all checks: a plan of many Constitution Check headings allocates it once).
  const evidence = new Int32Array(doc.lines.length + 2);
  let ordinal = 0;
  // The last line of the checks that gave gates so far.
  let gatesEnd = 0;
  // Each section's parent, worked out once when a checklist is asked about.
  let parents: ReadonlyArray<Section | undefined> | undefined;
  // Whether a sub-section only tracks the workflow's phases, asked once per section.
  const progress = new Map<Section, boolean>();
  // The furthest end of the checks read so far (they come in line order): a check ending at or
  // before it is nested in an earlier one. (One pass: a plan can hold 50,000 checks.)
  let enclosing = 0;
  for (const check of checks) {
    const stamp = ++ordinal;
    const first = gates.length;
    const phaseOf = (line: number): "initial" | "post-design" =>
      check.postDesign || postDesignLines[line] === 1 || postDesignSections[line] === 1
        ? "post-design"
        : "initial";
    // Lines of a sub-section of the check: its Complexity Tracking, or a list that tracks the
    // workflow's phases (`### Implementation Gates` over `- [ ] **Testing Phase Complete**`,
    // read as a check of its own by its title), each sub-section asked once.
    const nested = enclosing >= check.endLine;
    enclosing = Math.max(enclosing, check.endLine);
    const skip = (line: number): boolean => {
      const s = sectionAt(line);
      if (s === undefined || (s === check && !nested)) return false;
      if (s.kinds.has("complexity-tracking") && !s.kinds.has("constitution-check")) return true;
      // The conditions the finished work must meet (`### Exit Gates` after `### Entry Gates`,
      // `### Definition of Done`): checked after implementation, open at plan time.
      if (FINISHED_WORK_TITLE.test(s.plain.trim())) return true;
      let tracks = progress.get(s);
      if (tracks === undefined) progress.set(s, (tracks = phasesOnly(doc, s)));
      return tracks;
    };
    const add = (gate: Omit<Gate, "phase" | "sectionTitle">): void => {
      if (seen[gate.line] === 1 || gates.length >= MAX_GATES) return;
      // A box opened by a task id (`- [ ] T001 Research best practices`, tasks.md's form, under
      // a `## Gates` heading) is work to do, not a gate of the constitution.
      if (gate.form === "checkbox" && TASK_ID.test(gate.label)) return;
      seen[gate.line] = 1;
      // Fields copied one by one: an object spread here cost more than the rest of the gate.
      const full: Mutable<Gate> = {
        label: gate.label,
        status: gate.status,
        line: gate.line,
        column: gate.column,
        form: gate.form,
        reason: gate.reason,
        text: gate.text,
        phase: phaseOf(gate.line),
        sectionTitle: sectionAt(gate.line)?.title ?? check.title,
      };
      if (gate.cells) full.cells = gate.cells;
      if (gate.openBoxes) full.openBoxes = gate.openBoxes;
      if (gate.scope !== undefined) full.scope = gate.scope;
      if (gate.written !== undefined) full.written = gate.written;
      gates.push(full);
    };

    // One heading per principle (`### I. Library-First ✅`), below the check's heading; the
    // lines under such a heading are its evidence, not gates of their own.
    for (
      let k = (sectionIndex.get(check) ?? sections.length) + 1;
      k < sections.length && gates.length < MAX_GATES;
      k++
    ) {
      const s = sections[k];
      if (!s || s.line > check.endLine) break;
      // A principle's heading may share a section's words (`### III. Proper Project
      // Structure ✅`): numbered like a principle, inside the check, it is a gate.
      if (visited.has(s.line) || s.postDesign) continue;
      if (
        s.kinds.size > 0 &&
        (s.kinds.has("constitution-check") || !PRINCIPLE_NUMERAL.test(s.plain))
      )
        continue;
      const gate = headingGate(doc, s);
      if (gate) {
        add(gate);
        if (gate.statusLine !== undefined) seen[gate.statusLine] = 1;
        const end = Math.min(s.endLine, doc.lines.length);
        evidence.fill(stamp, s.line + 1, end + 1);
        // A principle's heading with no status of its own over items that carry theirs (`###
        // Principle V: Data Privacy` over `- ✅ **PASS**: Local-first processing` and `- ⚠️
        // **CRITICAL**: Must add authentication`): each such item is a gate of the heading's
        // principle, read where it stands.
        if (gate.status === "unknown" && gate.openBoxes === undefined)
          for (let l = s.line + 1; l <= end; l++)
            if (
              doc.kinds[l - 1] === "list-item" &&
              openingStatusMark((doc.lines[l - 1] ?? "").replace(LIST_MARKER, "")) !== null
            )
              evidence[l] = 0;
      }
    }
    visited.add(check.line);
    // A verdict line at the end of the last principle's section speaks for the whole check.
    const isEvidence = (line: number): boolean =>
      evidence[line] === stamp && !isResultLine(doc.lines[line - 1] ?? "");

    // A bold pseudo-heading (`**Phase 1 设计后复核**:`) starts a re-check until the next heading.
    let postDesignFrom = Number.POSITIVE_INFINITY;
    // The label line over the list being read (`**NOT Required for MVP**:`), if any.
    let listLabel: { readonly label: string; readonly value: string } | null = null;
    for (let line = check.line + 1; line <= check.endLine && gates.length < MAX_GATES; line++) {
      const kind = doc.kinds[line - 1];
      if (kind === "heading") postDesignFrom = Number.POSITIVE_INFINITY;
      // A label heads the list right below it: a heading, a table or a paragraph ends it.
      if (kind !== "list-item" && kind !== "blank") listLabel = null;
      if (kind === "text") {
        const marker = splitLabel(doc.lines[line - 1] ?? "", false);
        if (marker && marker.value === "" && isPostDesign(marker.label)) postDesignFrom = line;
        // A label line may say what its list is (`**例外承認**: プロトタイプのため緩和`).
        listLabel = marker;
      }
      if (line > postDesignFrom) postDesignLines[line] = 1;
      if (
        (kind !== "text" && kind !== "list-item") ||
        skip(line) ||
        seen[line] === 1 ||
        isEvidence(line)
      )
        continue;
      const gate = lineGate(doc, blocks, line, check.endLine);
      if (!gate) continue;
      if (kind === "list-item" && listLabel)
        (gate as Mutable<typeof gate>).scope = `${listLabel.label}: ${plainText(listLabel.value)}`;
      add(gate);
      // Sub-items of a gate item explain it (and may carry a ⚠️ note); they are not gates.
      if (kind === "list-item") {
        const base = doc.indents[line - 1] ?? -1;
        const deeper = (l: number): boolean => (doc.indents[l] ?? -1) > base;
        // A blank line inside the item (a loose list) does not end it; a shallower line does.
        while (line + 1 <= check.endLine) {
          const nextKind = doc.kinds[line];
          if (nextKind === "heading") break;
          if (nextKind === "blank") {
            let k = line + 1;
            while (k < check.endLine && doc.kinds[k] === "blank") k++;
            if (k >= check.endLine || !deeper(k)) break;
            line = k;
            continue;
          }
          if (!deeper(line)) break;
          line++;
        }
      } else if (gate.form === "label") {
        // The list right below a paragraph gate is its answer.
        // (Under a passed group, `**✅ Security Standards**`, an item that asserts an open
        // status of its own, `- Rate limiting on auth endpoints (NEEDS IMPLEMENTATION)`, is a
        // gate the group left open.)
        while (line + 1 <= check.endLine && doc.kinds[line] === "list-item") {
          if (splitLabel((doc.lines[line] ?? "").replace(/^\s*[-*+]\s+/, ""), false)) break;
          line++;
          if (gate.status === "pass" && CLOSING_STATUS.test(doc.lines[line - 1] ?? "")) {
            const own = lineGate(doc, blocks, line, check.endLine);
            if (own && own.form === "item" && needsJustification(own.status)) add(own);
          }
          // Its status line (`- Status: PARTIAL COMPLIANCE`) is the gate's: a check section
          // nested in this one, which walks these lines again, does not read it as a verdict.
          if (isResultLine(doc.lines[line - 1] ?? "")) seen[line] = 1;
        }
      }
    }
    for (let t = firstTableAfter(doc.tables, check.line); t < doc.tables.length; t++) {
      const table = doc.tables[t];
      if (!table || table.line > check.endLine || gates.length >= MAX_GATES) break;
      if (skip(table.line)) continue;
      for (const gate of tableGates(table)) add(gate);
    }
    answerBelow(gates, first);
    answerByResult(gates, first);
    // A checklist after the plan's check, every box of it open (`## Quality Validation
    // Checklist` over `### Constitution Compliance` and `- [ ] Principle 1: All code references
    // specification documents`, `## 憲章合規性檢查清單`): the work's to-do list, ticked during
    // implementation or review, not gates. The check before it holds the plan's gates.
    if (
      first > 0 &&
      check.line > gatesEnd &&
      !check.postDesign &&
      gates.length > first &&
      titledChecklist(
        check,
        (parents ??= parentSections(sections))[sectionIndex.get(check) ?? -1],
      ) &&
      gates.slice(first).every((g) => g.status === "unchecked")
    )
      gates.length = first;
    if (gates.length > first) gatesEnd = Math.max(gatesEnd, check.endLine);
  }
  return gates.sort((a, b) => a.line - b.line);
}

/** spec-kit's task id opening a box: `T001`, `**T012**`, `T105 [P]`. */
const TASK_ID = /^(?:\*\*|__)?T\d{3,4}(?![\p{L}\p{N}])/u;

/**
 * The conditions the finished work is accepted by, checked after implementation and open at plan
 * time: `## Acceptance Criteria`, `### Exit Gates` after `### Entry Gates`, `## Definition of
 * Done`, `## 验收标准`. A check under one (`### Constitutional Compliance ✅` over unticked boxes)
 * is ticked when the work is done.
 */
const FINISHED_WORK_TITLE =
  /^(?:(?:exit|completion|post[- ]implementation)\s+(?:gates?|criteria|checks?|checklist)|(?:acceptance|success|done)\s+criteria|definition\s+of\s+done|验收标准|驗收標準|完成标准|完成標準|受け入れ基準|受入基準|완료 기준|인수 기준|criterios de aceptación|critérios de aceitação|critères d['’]acceptation)$/iu;

/**
 * Whether a check section, or the heading it sits under, names a checklist, or the heading it
 * sits under names the finished work's acceptance criteria.
 */
function titledChecklist(check: Section, parent: Section | undefined): boolean {
  return (
    CHECKLIST_TITLE.test(check.title) ||
    (parent !== undefined &&
      (CHECKLIST_TITLE.test(parent.title) || FINISHED_WORK_TITLE.test(parent.title.trim())))
  );
}

/** `**Answer**: ✅ Yes` below a question, in the languages of the lexicon. */
const ANSWER_LABEL = new RegExp(`^(?:${ANSWER_LABELS.join("|")})$`, "iu");

/**
 * A question answered on its own line below it (`**Key Question**: Does this design keep the
 * DDD layers?` then `**Answer**: ✅ Yes`) takes the answer's status. Line gates are added in
 * document order, so each question looks at the next gate only, within four lines.
 */
function answerBelow(gates: Gate[], from: number): void {
  for (let g = from; g + 1 < gates.length; g++) {
    const question = gates[g] as Mutable<Gate> | undefined;
    const answer = gates[g + 1];
    if (
      question?.form === "label" &&
      question.status === "unchecked" &&
      answer?.form === "label" &&
      ANSWER_LABEL.test(answer.label.trim()) &&
      answer.line - question.line <= 4 &&
      answer.status !== "unknown"
    ) {
      question.status = answer.status;
      question.reason = answer.reason;
    }
  }
}

/**
 * A check that lists the template's questions and then answers them all at once
 * (`**Gate Status**: All gates satisfied`) answered each question: the bold-label questions
 * above a passing result line of the same check and phase pass with it. A checkbox left
 * unticked is not answered by a result line; it says so itself.
 */
function answerByResult(gates: Gate[], from: number): void {
  // The last passing result line of each phase answers every question above it.
  const last = { initial: 0, "post-design": 0 };
  for (let r = from; r < gates.length; r++) {
    const result = gates[r];
    if (result?.form === "result" && result.status === "pass")
      last[result.phase] = Math.max(last[result.phase], result.line);
  }
  for (let g = from; g < gates.length; g++) {
    const gate = gates[g] as Mutable<Gate> | undefined;
    if (
      gate?.form === "label" &&
      (gate.status === "unchecked" || gate.status === "unknown") &&
      gate.line < last[gate.phase]
    )
      gate.status = "pass";
  }
}

/** Index of the first table that starts below `line` (tables come in document order). */
function firstTableAfter(tables: readonly Table[], line: number): number {
  let lo = 0;
  let hi = tables.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tables[mid]?.line ?? 0) <= line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isResultLine(raw: string): boolean {
  const split = splitLabel(raw.replace(/^\s*[-*+]\s+/, ""), true);
  return split !== null && RESULT_LABEL.test(split.label);
}

/** A heading numbered like a principle: `III. …`, `Principle 3: …`. */
const PRINCIPLE_NUMERAL =
  /^[\p{Extended_Pictographic}\uFE0F\s]*(?:principle\s+)?[IVXLC]{1,7}[.:：)]\s/iu;

/** A heading that is a gate of its own; `statusLine` is the body line its status came from. */
function headingGate(
  doc: Doc,
  s: Section,
): (Omit<Gate, "phase" | "sectionTitle"> & { readonly statusLine?: number }) | null {
  const title = s.plain;
  const inHeading = findStatus(title);
  let status: GateStatus | null = inHeading?.status ?? null;
  let statusLine: number | undefined;
  let marked = false;
  const body: string[] = [];
  for (let l = s.line + 1; l <= s.endLine; l++) {
    if (!isProse(doc.kinds[l - 1]) || doc.kinds[l - 1] === "heading") continue;
    const text = plainText(doc.lines[l - 1] ?? "");
    if (text === "") continue;
    // The first `**Status**:` line below the heading is its status (when the heading shows
    // none) or repeats it (`### IV. Data Storage ⚠️` over `**Status**: CONDITIONAL PASS`):
    // either way the heading's, not a verdict on the whole check. (Not below items that carry
    // their own marks, `- ✅ **PASS**: …`, `- ⚠️ **FUTURE**: …`: there it closes the last
    // heading's section and sums up the whole check.)
    if (!marked && doc.kinds[l - 1] === "list-item")
      marked = openingStatusMark(text.replace(LIST_MARKER, "")) !== null;
    if (statusLine === undefined && !marked) {
      const split = splitLabel((doc.lines[l - 1] ?? "").replace(LIST_MARKER, ""), true);
      const verdict = split ? headingVerdict(split, doc.kinds[l - 1] === "list-item") : null;
      if (verdict) {
        if (status === null) status = verdict.status;
        statusLine = l;
        if (verdict.rest !== null) body.push(verdict.rest);
        continue;
      }
    } else if (statusLine !== undefined && !inHeading) {
      // The status the design resolved it to, below the first (`**Initial Status**: ⚠️
      // REQUIRED` then `**Post-Design Resolution**: ✅ PASS - Test Suite Defined`): the later
      // one is the gate's.
      const split = splitLabel((doc.lines[l - 1] ?? "").replace(LIST_MARKER, ""), true);
      const later = split && RESOLVED_LABEL.test(split.label) ? findStatus(split.value) : null;
      if (later && later.index <= 4) status = later.status;
    }
    body.push(text);
  }
  // `### Violations: НЕТ`, `### Breaking changes: None`, `### Violations` over `None`, `### 위반
  // 사항` over `없음`: no to something unwanted passes. (`Violations` reads as a failure of its
  // own: the answer is what follows the colon, or else the first line below the heading.)
  const colon = title.search(/[:：]/u);
  const answer =
    colon > 0
      ? { asked: title.slice(0, colon), said: title.slice(colon + 1) }
      : statusLine === undefined && body[0] !== undefined
        ? { asked: title, said: body[0] }
        : null;
  if (
    (status === "fail" || status === "needs-review") &&
    inHeading &&
    answer &&
    noToUnwanted(answer.asked, answer.said)
  )
    status = "pass";
  const numbered = NUMBERED_TITLE.test(title);
  if (status === null && !numbered) return null;
  // A principle's heading with no status of its own over a checklist (`### I. Accuracy` over
  // `- [ ] All claims will be verified…`): its boxes are its status, unchecked while one is.
  let openBoxes: OpenBox[] | undefined;
  if (status === null && numbered) {
    const boxes = checklist(doc, s);
    status = boxes.status;
    if (boxes.open.length > 0) openBoxes = boxes.open;
  } else if (status === "pass" && inHeading) {
    // A heading marked passed over boxes left empty (`### ✅ Test-Driven Development` over `-
    // [ ] Unit tests for CategoriesService`): the mark ticks none of them. (A heading passed by
    // a verdict below it, `✅ **PASS**: …` over `**Validation checklist**:` and its boxes, has
    // judged them: they are the checks implementation will run.)
    const boxes = checklist(doc, s);
    if (boxes.open.length > 0) {
      status = "unchecked";
      openBoxes = boxes.open;
    }
  }
  // A sub-heading that groups checkbox gates (`### Dependency Checks`) is not a gate itself.
  if (!numbered && !inHeading) {
    for (let l = s.line + 1; l <= s.endLine; l++) {
      if (doc.kinds[l - 1] === "list-item" && CHECKBOX_ITEM.test(doc.lines[l - 1] ?? ""))
        return null;
    }
  }
  const label = inHeading
    ? trimEndWith(title.slice(0, inHeading.index), labelEnd).trim() || title
    : title;
  // Built field by field: a plan can hold tens of thousands of principle headings.
  const joined = body.join(" ");
  const gate: Mutable<Omit<Gate, "phase" | "sectionTitle">> & { statusLine?: number } = {
    label,
    status: status ?? "unknown",
    line: s.line,
    column: 1,
    form: "heading",
    reason: joined.replace(REASON_START, ""),
    text: `${title} ${joined}`,
  };
  if (statusLine !== undefined) gate.statusLine = statusLine;
  if (openBoxes) gate.openBoxes = openBoxes;
  return gate;
}

/**
 * A line below a gate's heading that gives the heading's status: `**Status**: CONDITIONAL PASS`
 * (its status, possibly none, and the words after it), or a paragraph whose label is a status
 * (`✅ **PASS**: JWT authentication enforced on …` right below `### Principle II:
 * Authentication & Security`; not a list item, which is a gate of its own).
 */
/** A label for the status a gate was resolved to later: `Post-Design Resolution`, `Final Status`. */
const RESOLVED_LABEL =
  /^(?:post[- ]design|final|after (?:phase 1|design))(?:\s+(?:resolution|status|result|verdict|re-?check))?$|^resolution$/iu;

function headingVerdict(
  split: { readonly label: string; readonly value: string },
  listItem: boolean,
): { readonly status: GateStatus | null; readonly rest: string | null } | null {
  if (RESULT_LABEL.test(split.label)) {
    const found = findStatus(split.value);
    return {
      status: found?.status ?? null,
      rest: found ? split.value.slice(found.index + found.length) : null,
    };
  }
  const status = listItem ? null : statusOnly(split.label);
  return status ? { status, rest: split.value } : null;
}

/**
 * The status a section's checkboxes give (`unchecked` when one is empty, else `pass`; none,
 * null) and its empty boxes.
 */
function checklist(doc: Doc, s: Section): { status: GateStatus | null; open: OpenBox[] } {
  let boxes = 0;
  const open: OpenBox[] = [];
  for (let l = s.line + 1; l <= s.endLine && open.length < MAX_GATES; l++) {
    const item = listItemAt(doc, l);
    if (!item || item.checked === null) continue;
    boxes++;
    if (!item.checked)
      open.push({ line: l, column: item.column, text: plainText(item.content).trim() });
  }
  return { status: boxes === 0 ? null : open.length > 0 ? "unchecked" : "pass", open };
}

const NUMBERED_TITLE =
  /^\s*(?:principle\s+|article\s+)?(?:[IVXLC]{1,7}|\d{1,3}|[一二三四五六七八九十]{1,3})\s*[.:：、)]/iu;
const LABEL_END = /[\s:：\-–—(]/u;
const labelEnd = (c: string): boolean => LABEL_END.test(c);
const REASON_START = /^[\s\-–—:：,.()|]+/u;
