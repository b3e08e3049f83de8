/**
 * The Plan model's public face: `parsePlan` and the parts' types, with the section and label
 * helpers the constitution, template and rule modules share.
 */
export { SECTION_NAMES } from "../lexicon/index.js";
export { fieldFamilies } from "./fields.js";
export { splitLabel } from "./labels.js";
export type {
  Citation,
  ComplexityRow,
  Field,
  Gate,
  GateForm,
  HeaderField,
  OpenBox,
  Plan,
  PlanHeader,
  Section,
  SectionKind,
} from "./model.js";
export { parsePlan, unwrapFence } from "./parse.js";
export {
  buildSections,
  classify,
  headingTitle,
  isPostDesign,
  parentSections,
  titleBlock,
} from "./sections.js";
