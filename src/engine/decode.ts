import type { SourceInfo } from "./rule.js";

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** Decodes bytes as UTF-8 text, or says why they are not text. */
export function decode(
  bytes: Uint8Array,
):
  | { text: string; unreadable: null }
  | { text: null; unreadable: NonNullable<SourceInfo["unreadable"]> } {
  const head = bytes.subarray(0, 8000);
  if (head.includes(0)) return { text: null, unreadable: { kind: "binary" } };
  try {
    return { text: decoder.decode(bytes), unreadable: null };
  } catch {
    return { text: null, unreadable: { kind: "encoding", offset: firstInvalid(bytes) } };
  }
}

/** Offset of the first byte that breaks UTF-8. */
function firstInvalid(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b < 0xe0
          ? 1
          : b >= 0xe0 && b < 0xf0
            ? 2
            : b >= 0xf0 && b < 0xf5
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return i;
}

/** UTF-8 byte length of a string without allocating a copy. */
export function byteLength(text: string): number {
  // ASCII runs are a byte per character: the regular expression skips them natively, and
  // only the characters past them are weighed one by one (a 25 MB plan of indentation costs a
  // few milliseconds, not a JavaScript loop over every character).
  let n = text.length;
  const wide = /[\u0080-\uffff]+/g;
  for (let m = wide.exec(text); m; m = wide.exec(text)) {
    const run = m[0];
    for (let i = 0; i < run.length; i++) {
      const c = run.charCodeAt(i);
      if (c < 0x800) n += 1;
      else if (c >= 0xd800 && c < 0xdc00 && i + 1 < run.length) {
        // A surrogate pair: two UTF-16 units, four bytes.
        n += 2;
        i++;
      } else n += 2;
    }
  }
  return n;
}
