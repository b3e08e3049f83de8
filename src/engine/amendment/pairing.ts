import { similarity } from "./statements.js";
import { keyWords } from "../text.js";

export interface Pairing<T> {
  readonly pairs: ReadonlyArray<readonly [T, T]>;
  readonly removed: readonly T[];
  readonly added: readonly T[];
}

/**
 * Pairs the items of two versions: same name first, then the renames `hints` name, then the
 * most similar text (a rename), then the same numeral unless the texts are unrelated.
 */
export function pair<T>(
  base: readonly T[],
  head: readonly T[],
  key: (t: T) => string,
  tokens: (t: T) => ReadonlySet<string>,
  numeral: (t: T) => string | null,
  hints: ReadonlyArray<readonly [string, string]> = [],
  hintKey: (t: T) => string = key,
): Pairing<T> {
  const pairs: Array<readonly [T, T]> = [];
  const usedBase = new Set<T>();
  const usedHead = new Set<T>();
  const link = (x: T, y: T): void => {
    pairs.push([x, y]);
    usedBase.add(x);
    usedHead.add(y);
  };
  for (const x of base) {
    const y = head.find((t) => !usedHead.has(t) && key(t) === key(x));
    if (y) link(x, y);
  }
  for (const [from, to] of hints) {
    const x = base.find((t) => !usedBase.has(t) && hintKey(t) === from);
    const y = head.find((t) => !usedHead.has(t) && hintKey(t) === to);
    if (x && y) link(x, y);
  }
  const candidates: { x: T; y: T; score: number }[] = [];
  for (const x of base) {
    if (usedBase.has(x)) continue;
    for (const y of head) {
      if (usedHead.has(y)) continue;
      const score = similarity(tokens(x), tokens(y));
      if (score >= 0.6) candidates.push({ x, y, score });
    }
  }
  candidates.sort((p, q) => q.score - p.score);
  for (const { x, y } of candidates) if (!usedBase.has(x) && !usedHead.has(y)) link(x, y);
  for (const x of base) {
    if (usedBase.has(x) || numeral(x) === null) continue;
    const y = head.find((t) => !usedHead.has(t) && numeral(t) === numeral(x));
    if (!y) continue;
    const sharesName = keyWords(key(x)).some((w) => keyWords(key(y)).includes(w));
    if (sharesName || similarity(tokens(x), tokens(y)) >= 0.15) link(x, y);
  }
  return {
    pairs,
    removed: base.filter((t) => !usedBase.has(t)),
    added: head.filter((t) => !usedHead.has(t)),
  };
}
