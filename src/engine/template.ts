import { plainText } from "./markdown.js";
import { buildSections, parsePlan, type SectionKind } from "./plan/index.js";
import { isExample, type TemplatePlaceholders } from "./placeholders.js";
import { memoized } from "./memo.js";
import { normalize } from "./text.js";

/** What the repository's own plan template expects of a plan. */
export interface Template extends TemplatePlaceholders {
  readonly path: string;
  /** Canonical sections the template has (so a plan must have them). */
  readonly sections: ReadonlySet<SectionKind>;
  /** Technical Context field labels, as written in the template. */
  readonly fields: readonly string[];
  /** Bracketed placeholder texts of the template, normalised (`e g python 3 11`). */
  readonly placeholders: ReadonlySet<string>;
  /** Angle placeholders of the template (`<service-name>`), as written. */
  readonly angles: ReadonlySet<string>;
  /** Normalised texts of the template's HTML comments. */
  readonly comments: ReadonlySet<string>;
  /** Normalised gate texts of the template's Constitution Check, to tell a copied question from a reason. */
  readonly gateTexts: ReadonlySet<string>;
}

/**
 * Tags a template may show that are HTML or a component file's blocks (`<template>` →
 * `<script setup>` → `<style scoped>`), not placeholders. (Not the element names that double as
 * slot words, `<input>`, `<label>`, `<title>`, `<path>`: a template writing one means a value.)
 */
const HTML_TAGS = new Set([
  "template",
  "script",
  "style",
  "slot",
  "html",
  "head",
  "body",
  "main",
  "section",
  "header",
  "footer",
  "nav",
  "article",
  "aside",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "form",
  "button",
  "textarea",
  "svg",
  "iframe",
  "video",
  "audio",
  "canvas",
  "picture",
  "noscript",
  "blockquote",
  "thead",
  "tbody",
  "tfoot",
  "caption",
  "dl",
  "dt",
  "dd",
  "figure",
  "figcaption",
  "meta",
  "fieldset",
  "legend",
  "u",
  "s",
  "small",
  "mark",
  "abbr",
  "del",
  "ins",
  "details",
  "summary",
  "br",
  "hr",
  "p",
  "div",
  "span",
  "img",
  "a",
  "b",
  "i",
  "em",
  "strong",
  "code",
  "pre",
  "sup",
  "sub",
  "kbd",
  "table",
  "tr",
  "td",
  "th",
  "ul",
  "ol",
  "li",
]);
const BRACKET = /\[([^[\]]{2,300})\](?![(:[])/g;

/**
 * The spans of a line's bold labels that hold words besides a bracket (`**A1 [5-Layer
 * Architecture]**: Does the feature …?`): the bracket names the item, fixed text of the template
 * that a plan keeps when it answers the item, not a slot. (A bold slot alone, `**[Entity
 * 1]**:`, is still a slot.)
 */
function boldLabels(line: string): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  for (const m of line.matchAll(BOLD_LABEL)) {
    const words = (m[1] ?? "").replace(/\[[^[\]]*\]/g, "");
    if (/[\p{L}\p{N}]/u.test(words)) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}
const BOLD_LABEL = /\*\*([^*]{1,200})\*\*(?=\s?[:：])/gu;

export function parseTemplate(path: string, text: string): Template {
  const plan = parsePlan(text);
  const doc = plan.doc;
  const sections = new Set<SectionKind>();
  for (const s of buildSections(doc)) for (const k of s.kinds) sections.add(k);
  const placeholders = new Set<string>();
  doc.lines.forEach((line, k) => {
    if (doc.kinds[k] === "comment") return;
    const labels = boldLabels(line);
    for (const m of line.matchAll(BRACKET)) {
      const inner = (m[1] ?? "").trim();
      if (/^[ xX]$/.test(inner)) continue;
      if (labels.some(([from, to]) => m.index >= from && m.index + m[0].length <= to)) continue;
      const n = normalize(inner);
      if (n.length > 0) placeholders.add(n);
    }
  });
  const angles = new Set<string>();
  doc.lines.forEach((line, k) => {
    if (doc.kinds[k] === "comment") return;
    // (Capital ones too, `<EPIC-ID>`: a plan's token the template does not write is the
    // author's own.) Not one inside an example (`[例如：/plugin give <player> <item>]`): that
    // is the example's text, which a plan writes again as its own (`/welcome <player>`).
    // (Both come from left to right: a cursor over the examples answers each angle.)
    const examples = line.includes("<")
      ? [...line.matchAll(BRACKET)]
          .filter((m) => isExample(m[1] ?? ""))
          .map((m) => [m.index, m.index + m[0].length] as const)
      : [];
    let e = 0;
    for (const m of line.matchAll(/<([A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*)>/g)) {
      while (e < examples.length && (examples[e]?.[1] ?? 0) <= m.index) e++;
      const example = examples[e];
      if (example && m.index > example[0]) continue;
      if (!HTML_TAGS.has((m[1] ?? "").toLowerCase())) angles.add(m[0]);
    }
  });
  const comments = new Set(doc.comments.map((c) => normalize(c.text)).filter(Boolean));
  const gateTexts = new Set<string>();
  for (const gate of plan.gates) {
    gateTexts.add(normalize(gate.reason));
    gateTexts.add(normalize(gate.text));
  }
  const fields = plan.fields.map((f) => f.label).filter((l) => plainText(l) !== "");
  return {
    path,
    sections,
    fields: [...new Set(fields)],
    placeholders,
    angles,
    comments,
    gateTexts,
  };
}

/** `parseTemplate`, once per text. */
export const templateOf = memoized(parseTemplate);
