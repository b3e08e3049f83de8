import { code, type Rule } from "../rule.js";

const PHRASE = /NEEDS[ _]CLARIFICATION/g;
/** `- [x] All NEEDS CLARIFICATION resolved`, `no NEEDS CLARIFICATION remain`. */
const RESOLVED =
  /resolved|addressed|cleared|answered|clarified|none remain|no .{0,20}remain|remaining:\s*(?:0|none)|\b0\s+NEEDS|\bno\s+(?:open\s+|remaining\s+|outstanding\s+)?(?:`|")?NEEDS|\ball\s+(?:`|")?NEEDS|已解决|已澄清|解決済|解消/i;
/** Instructions quoting the phrase: `Use NEEDS CLARIFICATION for…`, `mark as NEEDS CLARIFICATION`. */
const INSTRUCTION_BEFORE =
  /(?:\b(?:use|mark(?:ed)?|as|with|if|any|each|every|for|resolve|contains?|flag(?:ged)?|marker|markers|explicitly|remaining)\s+(?:as\s+|with\s+|all\s+|any\s+)?["'`“]?|\bor\s+)$/i;

export const noUnresolvedClarification: Rule = {
  id: "no-unresolved-clarification",
  summary: "A `NEEDS CLARIFICATION` marker is still open",
  defaultSeverity: "error",
  messages: {
    open: 'Open question {{text}}. spec-kit\'s Phase 0 must resolve every `NEEDS CLARIFICATION` before design starts ("ERROR if … unresolved"), since the rest of the plan depends on the answer. Resolve it (record the decision in research.md) and write the answer here.',
  },
  check({ plan, report }) {
    const { doc } = plan;
    doc.lines.forEach((line, k) => {
      if (
        doc.kinds[k] !== "text" &&
        doc.kinds[k] !== "list-item" &&
        doc.kinds[k] !== "table" &&
        doc.kinds[k] !== "heading"
      )
        return;
      for (const m of line.matchAll(PHRASE)) {
        const before = line.slice(0, m.index);
        const after = line.slice(m.index + m[0].length);
        // Quoted or in a code span: someone talking about the marker.
        if (/[`"“'']\s*$/.test(before) && /^\s*[`"”'']/.test(after)) continue;
        if ((before.match(/`/g) ?? []).length % 2 === 1) continue;
        // `[e.g., Python 3.11 or NEEDS CLARIFICATION]` is template text: no-placeholder's finding.
        if (/\[[^\]]*\be\.?g\.?[^\]]*$/i.test(before)) continue;
        if (RESOLVED.test(line)) continue;
        if (!before.trimEnd().endsWith("[") && INSTRUCTION_BEFORE.test(before)) continue;
        const bracket = before.lastIndexOf("[");
        const close = line.indexOf("]", m.index);
        const text =
          bracket >= 0 && !before.slice(bracket).includes("]") && close > 0
            ? line.slice(bracket, close + 1)
            : line.slice(m.index, m.index + m[0].length + Math.min(60, after.length)).trim();
        report({
          messageId: "open",
          data: { text: code(text, 100) },
          line: k + 1,
          column: (bracket >= 0 && text.startsWith("[") ? bracket : m.index) + 1,
        });
      }
    });
  },
};
