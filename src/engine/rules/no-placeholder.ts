import { isTemplateRow } from "../coverage.js";
import { findPlaceholders, findWrappedPlaceholder } from "../placeholders.js";
import { code, type Rule } from "../rule.js";

const PHASE = /^phase\s*\d+\+?\s*[:：.-]/i;
/** Fences of shell sessions, where `<sha>` and `<local-url>` are the command's arguments to type. */
const SHELL =
  /^(?:bash|sh|shell|zsh|fish|console|shellsession|terminal|powershell|pwsh|ps1|cmd|bat)\b/i;

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
    const phases = plan.sections.filter((s) => PHASE.test(s.title));
    const inPhase = (line: number): boolean =>
      phases.some((s) => line >= s.line && line <= s.endLine);
    const shell = new Uint8Array(doc.lines.length + 2);
    for (const block of doc.codeBlocks)
      if (SHELL.test(block.info.trim())) shell.fill(1, block.line, block.endLine + 1);
    doc.lines.forEach((line, k) => {
      const kind = doc.kinds[k];
      if (kind === "comment" || kind === "fence" || templateRows.has(k + 1)) return;
      const own = inPhase(k + 1) ? null : template;
      const wrapped =
        kind === "text" || kind === "list-item" ? findWrappedPlaceholder(doc.lines, k, own) : null;
      const found = findPlaceholders(line, kind === "code", own);
      // In a shell command an angle slot is an argument the reader types, not template text.
      const hits = shell[k + 1] === 1 ? found.filter((h) => !h.text.startsWith("<")) : found;
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
