import { code, type Rule } from "../rule.js";

const PHRASE = /NEEDS[ _]CLARIFICATION/g;
/** `NEEDS CLARIFICATION` as plans written in other languages put it. */
const TRANSLATED =
  /명확화\s*필요|확인\s*필요|需要澄清|待澄清|需澄清|要明確化|要確認事項|necesita(?:n)?\s+aclaraci[oó]n|precisa(?:m)?\s+(?:de\s+)?esclarecimento|requer\s+esclarecimento|besoin\s+de\s+clarification/giu;
/** `- [x] All NEEDS CLARIFICATION resolved`, `no NEEDS CLARIFICATION remain`: about the markers, not one. */
const RESOLVED_AFTER =
  /^\s*(?:markers?|items?|questions?|points?)?\s*(?:(?:are|were|have been|has been|all)\s+)?(?:resolved|addressed|cleared|answered|clarified|remain(?:ing)?\s*[:：]?\s*(?:0|none)|remain\b)|^[^.]{0,40}\b(?:resolved|addressed|cleared)\b|^[^。.]{0,40}(?:解消済|解決済|已解决|已解決|已澄清|已澄清|解消|解決した|已处理)/iu;
const RESOLVED_BEFORE =
  /\b(?:all|no|zero|0|any remaining|none of the)\s+(?:open\s+|remaining\s+|outstanding\s+)?["'`“]?$|已解决|已澄清|解決済|解消/i;
/** Instructions quoting the phrase: `Use NEEDS CLARIFICATION for…`, `mark unknowns as NEEDS CLARIFICATION`. */
const INSTRUCTION_BEFORE =
  /(?:\b(?:use|mark(?:ed)?(?:\s+\w+)?\s+as|marked\s+with|if|any|each|every|for|resolve|contains?|flag(?:ged)?(?:\s+\w+)?\s+as|marker|markers|explicitly|scan for|search for)\s+["'`“]?)$/i;

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
        if (/\[[^\]]*(?:\be\.?g\.?[^\]]*|\bor\s+)$/i.test(before)) continue;
        // `[NEEDS CLARIFICATION: …]` and `**Field**: NEEDS CLARIFICATION` are markers, always.
        const marker = before.trimEnd().endsWith("[") || /(?:[:：|]|\*\*)\s*$/.test(before);
        if (!marker && (RESOLVED_BEFORE.test(before) || RESOLVED_AFTER.test(after))) continue;
        if (!marker && INSTRUCTION_BEFORE.test(before)) continue;
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
      // The marker in the plan's own language, where it stands as a value: `**성능 목표**: 명확화 필요`.
      for (const m of line.matchAll(TRANSLATED)) {
        const before = line.slice(0, m.index);
        if (!/(?:\[|[:：|]|\*\*)\s*$/.test(before)) continue;
        const rest = line
          .slice(m.index, m.index + m[0].length + 60)
          .replace(/\].*$/, "]")
          .trim();
        report({
          messageId: "open",
          data: { text: code(rest, 100) },
          line: k + 1,
          column: m.index + 1,
        });
      }
    });
  },
};
