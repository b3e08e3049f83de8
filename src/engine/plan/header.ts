/**
 * Header fields: the bold-labelled branch, date and spec lines at the top of a plan
 * (`**Branch**: 001-x | **Date**: 2025-01-01 | **Spec**: spec.md`).
 */
import type { Doc } from "../markdown.js";
import type { Mutable } from "../types.js";
import type { PlanHeader } from "./model.js";

const HEADER_LABELS: ReadonlyArray<readonly [keyof PlanHeader, RegExp]> = [
  ["branch", /^(?:feature )?branch$|^分支$|^ブランチ$/iu],
  ["date", /^(?:date|created|创建日期|日期|日付|作成日)$/iu],
  ["spec", /^(?:spec|feature spec|specification|规范|规格|仕様|仕様書)$/iu],
];

export function extractHeader(doc: Doc): PlanHeader {
  const header: Mutable<PlanHeader> = {};
  const limit = Math.min(doc.lines.length, 60);
  for (let k = 0; k < limit; k++) {
    const kind = doc.kinds[k];
    if (kind !== "text" && kind !== "list-item") continue;
    const raw = doc.lines[k] ?? "";
    const re = /(?:\*\*|__)([^*_]{1,30}?)[:：]?(?:\*\*|__)\s*(?:[:：]\s*)?([^|]*)/gu;
    for (let m = re.exec(raw); m; m = re.exec(raw)) {
      const label = (m[1] ?? "").trim();
      for (const [key, pattern] of HEADER_LABELS) {
        if (!header[key] && pattern.test(label)) {
          const valueRaw = m[2] ?? "";
          const column = m.index + m[0].length - valueRaw.length + 1;
          header[key] = { value: valueRaw.trim(), line: k + 1, column };
        }
      }
    }
  }
  return header;
}
