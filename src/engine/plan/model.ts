/**
 * The Plan model's shape: the parts a plan is read into (sections, Technical Context fields,
 * Constitution Check gates, Complexity Tracking rows, constitution citations, header fields).
 * Types only; each part is read by its own module in this folder.
 */
import type { Doc, Heading } from "../markdown.js";
import type { SECTION_PATTERNS } from "../lexicon/index.js";
import type { GateStatus } from "../types.js";

/** The sections every plan format has, whatever their numbering or language. */
export type SectionKind = keyof typeof SECTION_PATTERNS;

export interface Section {
  readonly kinds: ReadonlySet<SectionKind>;
  readonly heading: Heading;
  /** The heading as plain text, numbering and marks kept (`III. Code Quality ✅`). */
  readonly plain: string;
  /** The heading's title: numbering and decoration stripped (`Code Quality ✅`). */
  readonly title: string;
  /** First and last line of the section, heading included, subsections included. */
  readonly line: number;
  readonly endLine: number;
  readonly postDesign: boolean;
}

export interface Field {
  readonly label: string;
  readonly value: string;
  readonly line: number;
  /** Column where the label starts. */
  readonly column: number;
}

export type GateForm = "checkbox" | "label" | "table" | "heading" | "result" | "item";

export interface Gate {
  readonly label: string;
  readonly status: GateStatus;
  readonly line: number;
  readonly column: number;
  readonly form: GateForm;
  /** Text written beside the gate (after its status), with following detail lines. */
  readonly reason: string;
  /** The whole text of the gate line(s), for matching principles. */
  readonly text: string;
  readonly phase: "initial" | "post-design";
  /**
   * A result line's label as its author wrote it (`Initial Assessment` in `**Initial
   * Assessment**: **FAIL**`); its `label` is the engine's own, `Gate result`.
   */
  readonly written?: string;
  /** A table row's cells, as plain text. */
  readonly cells?: readonly string[];
  /** The section (possibly a sub-heading) the gate stands in. */
  readonly sectionTitle: string;
  /**
   * A principle heading with no status of its own takes it from the checklist below it
   * (`### I. Accuracy` over `- [ ] All claims will be verified`): these are its unticked boxes,
   * each reported on its own line.
   */
  readonly openBoxes?: readonly OpenBox[];
  /**
   * The bold label heading the list an item gate stands in (`**NOT Required for MVP**:` over
   * `- ❌ Performance benchmarks`): it may be the items' justification.
   */
  readonly scope?: string;
}

/** An unticked box below a principle heading. */
export interface OpenBox {
  readonly line: number;
  readonly column: number;
  /** The box's text, plain. */
  readonly text: string;
}

export interface ComplexityRow {
  readonly line: number;
  readonly cells: readonly string[];
}

export interface Citation {
  readonly version: string;
  readonly line: number;
  readonly column: number;
}

export interface HeaderField {
  readonly value: string;
  readonly line: number;
  readonly column: number;
}

export interface PlanHeader {
  readonly branch?: HeaderField;
  readonly date?: HeaderField;
  readonly spec?: HeaderField;
}

export interface Plan {
  readonly doc: Doc;
  readonly sections: readonly Section[];
  sectionsOf(kind: SectionKind): readonly Section[];
  readonly fields: readonly Field[];
  readonly gates: readonly Gate[];
  readonly complexityRows: readonly ComplexityRow[];
  readonly citations: readonly Citation[];
  readonly header: PlanHeader;
  /** Lines (1-based) in `[line, endLine]` ranges of the given kind's sections. */
  inSection(kind: SectionKind, line: number): boolean;
}
