import { isTemplateRow } from "../coverage.js";
import { fenceOpen, type Doc } from "../markdown.js";
import { markLines } from "../plan/lines.js";
import { findPlaceholders, findWrappedPlaceholder } from "../placeholders.js";
import { code, type Rule } from "../rule.js";

const PHASE = /^phase\s*\d+\+?\s*[:：.-]/i;
/** Fences of shell sessions, where `<sha>` and `<local-url>` are the command's arguments to type. */
const SHELL =
  /^(?:bash|sh|shell|zsh|fish|console|shellsession|terminal|powershell|pwsh|ps1|cmd|bat)\b/i;

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
    for (const block of doc.codeBlocks)
      if (SHELL.test(block.info.trim())) shell.fill(1, block.line, block.endLine + 1);
    const samples = markdownSamples(doc);
    doc.lines.forEach((line, k) => {
      const kind = doc.kinds[k];
      if (kind === "comment" || kind === "fence" || templateRows.has(k + 1)) return;
      const own = inPhase(k + 1) ? null : template;
      const wrapped =
        (kind === "text" || kind === "list-item") && samples[k + 1] !== 1
          ? findWrappedPlaceholder(doc.lines, k, own)
          : null;
      const found = findPlaceholders(line, kind === "code", own);
      // In a shell command an angle slot is an argument the reader types, not template text.
      const hits =
        shell[k + 1] === 1
          ? found.filter((h) => !h.text.startsWith("<"))
          : samples[k + 1] === 1
            ? found.filter((h) => !h.text.startsWith("["))
            : found;
      for (const hit of wrapped ? [...hits, wrapped] : hits) {
        report({
          messageId: "placeholder",
          data: { text: code(hit.text) },
          line: k + 1,
          column: hit.index + 1,
          ...(hit === wrapped ? {} : { endColumn: hit.index + hit.text.length + 1 }),
        });
      }
    });
  },
};
