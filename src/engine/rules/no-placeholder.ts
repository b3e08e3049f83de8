import { MAX_FINDINGS_PER_RULE } from "../limits.js";
import { isTemplateRow } from "../coverage.js";
import { PHASE_WORDS } from "../lexicon/index.js";
import { fenceOpen, type Doc } from "../markdown.js";
import { markLines } from "../plan/lines.js";
import { findPlaceholders, findWrappedPlaceholder, ownTokens } from "../placeholders.js";
import { routeTreeEntries } from "../route-trees.js";
import { code, type Rule } from "../rule.js";

/** `Phase 0:`, and as the template's translations title it: `フェーズ0:`, `阶段 1：`, `Fase 2 -`. */
const PHASE = new RegExp(String.raw`^(?:${PHASE_WORDS})\s*\d+\+?\s*[:：.-]`, "iu");
/**
 * `- Internal docs consulted: [list docs/ files and sections referenced]` in a phase: a plain
 * label and a lower-case description, as `- Decision: [what was chosen]` is, the format of the
 * research.md entry the phase describes; in a translated template the description is in its
 * script, which has no capitals (`- 決定: [選択されたもの]`, `- Decisión: [qué se eligió]`).
 */
const ENTRY_FORMAT =
  /^\s*[-*+]\s+\p{L}[\p{L}\p{M} /-]{1,40}\s*[:：]\s*\[[\p{Ll}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}][^[\]]{0,120}\]\s*$/u;
/** Fences of shell sessions, where `<sha>` and `<local-url>` are the command's arguments to type. */
const SHELL =
  /^(?:bash|sh|shell|zsh|fish|console|shellsession|terminal|powershell|pwsh|ps1|cmd|bat)\b/i;

/**
 * Fences of diagrams, where a bracket is a node's shape or a component (`UI[BlocBuilder]`,
 * `subgraph domain [Domain]`, PlantUML's `[Gateway]`), not a slot to fill.
 */
const DIAGRAM = /^(?:mermaid|plantuml|puml|uml|dot|graphviz|d2)\b/i;

/**
 * Fences of configuration files, whose lines of a bracketed name alone are tables and sections
 * (TOML's `[API_ENDPOINTS]` and `[[servers]]`, INI's `[SETTINGS]`), not slots to fill.
 */
const CONFIG = /^(?:toml|ini|cfg|conf|properties|editorconfig|gitconfig|desktop)\b/i;
const TABLE_HEADER = /^\s*\[\[?[\w.-]+\]\]?\s*(?:[#;].*)?$/;

/** A fence that shows a markdown document (`` ```markdown ``): a sample of another file. */
const MARKDOWN_FENCE = /^(?:markdown|md)\b/i;

/**
 * Lines of the markdown samples a plan shows (`research.md`'s expected skeleton in a
 * `` ```markdown `` fence). Their bracketed slots are that file's, for whoever writes it: not
 * this plan's template text. Authors nest fences inside a sample (`` ```python `` … `` ``` ``)
 * the way they read, so the sample ends at the bare fence that closes the outer one, as the
 * author meant, not at the first bare fence as CommonMark has it. Linear: each line is read once.
 */
function markdownSamples(doc: Doc): Uint8Array {
  const inSample = new Uint8Array(doc.lines.length + 2);
  let from = 0;
  for (const block of doc.codeBlocks) {
    if (block.line <= from || !MARKDOWN_FENCE.test(block.info.trim())) continue;
    let depth = 0;
    let k = block.line; // the 0-based index of the line after the opening fence
    for (; k < doc.lines.length; k++) {
      const fence = fenceOpen(doc.lines[k] ?? "");
      if (!fence) continue;
      if (fence.info.trim() !== "") depth++;
      else if (depth === 0) break;
      else depth--;
    }
    inSample.fill(1, block.line, k + 2);
    from = k + 1;
  }
  return inSample;
}

/** A line of text that is one bracket: `[…]`, `**[…]**`, not a link or a footnote. */
const WHOLE_LINE = /^(\s*(?:\*\*)?)\[([^[\]]{6,300})\](?:\*\*)?\s*$/;

/**
 * A bracketed sentence that is the whole of its line (`[Extract from feature spec: primary
 * requirement …]`, `[憲法ファイルに基づいてゲート条件をここに記載]`): the template's instruction, in
 * whatever language it was translated to. Authors do not write a paragraph in brackets; a
 * bracket they keep on a line of its own is a link or a marker another rule reads (`[NEEDS
 * CLARIFICATION: …]`). Every such line of the audit corpus was labelled template text.
 */
function wholeLineSlot(line: string, item: boolean): { text: string; index: number } | null {
  const field = line.includes("**") && line.includes("[") ? FIELD_SLOT.exec(line) : null;
  if (field) {
    const inner = (field[2] ?? "").trim();
    // A sentence: two words at least (`[Pending]` is a status), or four CJK characters.
    if (
      !/\S\s+\S/.test(inner) &&
      !/\p{Script=Han}.*\p{Script=Han}.*\p{Script=Han}.*\p{Script=Han}|[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{4}/u.test(
        inner,
      )
    )
      return null;
    // `**Rationale**: [Why this design]` describes an entry of research.md, as the first
    // template's phases do.
    if (/^(?:NEEDS[ _]CLARIFICATION|(?:what|why|how|which|who|when|where)\b)/i.test(inner))
      return null;
    // `**Testing**: [vitest, pnpm test, custom integration scripts]`: the value, a list of the
    // tools chosen, kept in the template's brackets. (The template's slots give examples or
    // an instruction: `[e.g., …]`, `[if applicable, …]`, `[List any violations, or state
    // "None"]`, found above or by the words below.)
    if (chosenList(inner)) return null;
    // `**Storage**: [N/A for frontend - data handled by backend]`: the answer, and why, kept in
    // the template's brackets (the template's slot offers `or N/A` at its end, never first).
    if (/^(?:N\/A|none|not applicable)(?![\p{L}\p{N}/])/iu.test(inner)) return null;
    return { text: `[${field[2] ?? ""}]`, index: (field[1] ?? "").length };
  }
  if (item) return null;
  const m = WHOLE_LINE.exec(line);
  if (!m) return null;
  const inner = (m[2] ?? "").trim();
  if (/^(?:NEEDS[ _]CLARIFICATION|\^|[xX ]$)/.test(inner)) return null;
  if (m[1]?.endsWith("**") !== line.trimEnd().endsWith("**")) return null;
  return { text: `[${m[2] ?? ""}]`, index: (m[1] ?? "").length };
}

/**
 * A list of names (two items at least, each of one to three words, none a choice or a
 * note: `or N/A`, `または`, `NEEDS CLARIFICATION`, a colon or a quotation).
 */
function chosenList(inner: string): boolean {
  const items = inner.split(/[,、，]/u).map((i) => i.trim());
  return (
    items.length >= 2 &&
    items.every(
      (i) =>
        i !== "" &&
        i.length <= 40 &&
        i.split(/\s+/u).length <= 3 &&
        !/[:："“”'‘’]|\b(?:or|and\/or|N\/A|NEEDS)\b|または|など|或|或者|또는|등/u.test(i),
    )
  );
}

/**
 * A field whose whole value is a bracketed sentence: `**構成決定**: [選択した構成…を記載]`,
 * `- **Structure Decision**: [Document the selected structure …]`.
 */
const FIELD_SLOT =
  /^(\s*(?:[-*+]\s+)?\*\*[^*]{1,60}\*\*\s*(?:[:：]\s*){0,2})\[([^[\]]{6,300})\](?![([:])\s*$/u;

/** A route parameter's bracket: one word or a camel-case name (`[source]`, `[...slug]`). */
const ROUTE_PARAMETER = /^\[(?:\.\.\.)?[a-z][A-Za-z0-9]*\]$/;

/** The labels of the link reference definitions of a plan (`[design notes]: ./notes.md`), lower-cased. */
function definitions(doc: Doc): Set<string> {
  const labels = new Set<string>();
  doc.lines.forEach((line, k) => {
    if (doc.kinds[k] !== "text") return;
    const m = /^ {0,3}\[([^[\]]{1,300})\]:\s*\S/.exec(line);
    if (m) labels.add((m[1] ?? "").toLowerCase());
  });
  return labels;
}

export const noPlaceholder: Rule = {
  id: "no-placeholder",
  summary: "Template placeholder text left in the plan",
  defaultSeverity: "error",
  messages: {
    placeholder:
      "Template placeholder {{text}} was never filled in. `/speckit.plan` replaces every bracketed placeholder with the feature's real details; a plan that keeps one leaves reviewers guessing. Replace it with the actual value, or delete it if the item does not apply.",
  },
  check({ plan, template, report }) {
    const { doc } = plan;
    const templateRows = new Set(
      plan.complexityRows.filter((r) => isTemplateRow(r, template)).map((r) => r.line),
    );
    // Older templates describe each phase (`- Decision: [what was chosen]` is research.md's
    // format), and plans keep those sections verbatim: there, only placeholders known without
    // the repository's template count, so that having a template does not change the verdict.
    // (Marked once per line: a plan of 60,000 phase headings asked each of them per line.)
    const phaseLines = markLines(
      doc.lines.length,
      plan.sections.filter((s) => PHASE.test(s.title)),
    );
    const inPhase = (line: number): boolean => phaseLines[line] === 1;
    const shell = new Uint8Array(doc.lines.length + 2);
    const diagram = new Uint8Array(doc.lines.length + 2);
    const config = new Uint8Array(doc.lines.length + 2);
    for (const block of doc.codeBlocks) {
      if (SHELL.test(block.info.trim())) shell.fill(1, block.line, block.endLine + 1);
      if (DIAGRAM.test(block.info.trim())) diagram.fill(1, block.line, block.endLine + 1);
      if (CONFIG.test(block.info.trim())) config.fill(1, block.line, block.endLine + 1);
    }
    const samples = markdownSamples(doc);
    let defined: Set<string> | undefined;
    let routes: Int32Array | undefined;
    // Tokens the plan quotes as literals (`` `[HEAL-RESTART]` ``) or gives its tasks as tags
    // (`[CORE][P]`) are its own where it writes them bare too.
    const literals = ownTokens(doc.lines, (k) => doc.kinds[k] === "code", template);
    // Until the engine lists no more (a generated plan of a quarter of a million slots).
    let more = true;
    for (let k = 0; k < doc.lines.length && more; k++) {
      const line = doc.lines[k] ?? "";
      const kind = doc.kinds[k];
      if (kind === "comment" || kind === "fence" || templateRows.has(k + 1)) continue;
      if (kind === "list-item" && inPhase(k + 1) && ENTRY_FORMAT.test(line)) continue;
      if (config[k + 1] === 1 && TABLE_HEADER.test(line)) continue;
      const own = inPhase(k + 1) ? null : template;
      const wrapped =
        (kind === "text" || kind === "list-item") && samples[k + 1] !== 1
          ? findWrappedPlaceholder(doc.lines, k, own)
          : null;
      const found = findPlaceholders(line, kind === "code", own, MAX_FINDINGS_PER_RULE, template);
      if (
        (kind === "text" || kind === "list-item") &&
        found.length === 0 &&
        samples[k + 1] !== 1 &&
        !inPhase(k + 1)
      ) {
        const whole = wholeLineSlot(line, kind === "list-item");
        // (Not a shortcut reference link, `[Design notes]` over `[design notes]: ./notes.md`.)
        if (whole && !(defined ??= definitions(doc)).has(whole.text.slice(1, -1).toLowerCase()))
          found.push(whole);
      }
      // In a shell command an angle slot is an argument the reader types, not template text.
      let kept = literals.size > 0 ? found.filter((h) => !literals.has(h.text)) : found;
      // Under a route folder of a drawn tree (`app/` → `practice/` → `[source]/`), a bracketed
      // name is the route's parameter, whatever slot of a template it shares a word with.
      if (kind === "code" && kept.some((h) => ROUTE_PARAMETER.test(h.text))) {
        const end = (routes ??= routeTreeEntries(doc))[k + 1] ?? 0;
        kept = kept.filter((h) => !(h.index < end && ROUTE_PARAMETER.test(h.text)));
      }
      const hits =
        shell[k + 1] === 1
          ? kept.filter((h) => !h.text.startsWith("<"))
          : samples[k + 1] === 1 || diagram[k + 1] === 1
            ? kept.filter((h) => !h.text.startsWith("["))
            : kept;
      for (const hit of wrapped ? [...hits, wrapped] : hits) {
        more = report({
          messageId: "placeholder",
          data: { text: code(hit.text) },
          line: k + 1,
          column: hit.index + 1,
          // A slot wrapped over lines is annotated on all of them.
          ...(hit === wrapped
            ? { endLine: wrapped.endLine + 1 }
            : { endColumn: hit.index + hit.text.length + 1 }),
        });
        if (!more) break;
      }
    }
  },
};
