import { resolveLink } from "./locate.js";
import { codeSpans, isWhiteCode, spanCursor } from "./markdown.js";
import type { Plan } from "./plan/index.js";

export interface Link {
  readonly href: string;
  /** Repository path the link resolves to. */
  readonly target: string;
  /** Other readings of the same link (a backticked `specs/…` path may be from the root). */
  readonly alternatives: readonly string[];
  readonly line: number;
  readonly column: number;
}

/** Artifacts spec-kit writes beside a plan, which plans link to. */
const SIBLING =
  /(?:^|\/)(?:spec|research|data-model|quickstart|tasks|plan|impl-plan|exec-plan|requirements)\.md$|(?:^|\/)(?:contracts|checklists)(?:\/|$)/;

const isSpace = (c: string | undefined): boolean => c !== undefined && isWhiteCode(c.charCodeAt(0));

/**
 * The inline links of one line, `[text](href "title")`, as `{ href, index }` from left to
 * right: what `/\[[^[\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g` matches, read in one
 * pass. That regex rescans the rest of the line from every `[a](` that does not close, which is
 * quadratic on a line of them (issue 8); here each destination is read once, and the outcome of
 * what follows it is kept for every link that shares it.
 */
export function inlineLinks(
  line: string,
): Array<{ readonly href: string; readonly index: number }> {
  const out: Array<{ href: string; index: number }> = [];
  let open = -1; // the last `[` with no `]` after it
  let from = 0; // a link starts at or after the end of the previous one
  // The end of the destination run that starts at or after a position, cached: runs end at the
  // first `)`, blank or `>`, and starts only move right.
  let runEnd = -1;
  const ends = new Map<number, number>(); // destination end -> link end, or -1 when it does not close
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "[") {
      open = i;
      continue;
    }
    if (c !== "]") continue;
    const start = open;
    open = -1;
    if (start < from || line[i + 1] !== "(") continue;
    let j = i + 2;
    while (isSpace(line[j])) j++;
    // `<?([^)\s>]+)>?`: an angle bracket opens the destination only when one character follows.
    let hrefStart = j;
    if (line[j] === "<" && j + 1 < line.length && !/[)\s>]/.test(line[j + 1] ?? ""))
      hrefStart = j + 1;
    if (runEnd < hrefStart) {
      runEnd = hrefStart;
      while (runEnd < line.length && !/[)\s>]/.test(line[runEnd] ?? "")) runEnd++;
    }
    if (runEnd === hrefStart) continue;
    let end = ends.get(runEnd);
    if (end === undefined) {
      end = closeAfter(line, runEnd);
      ends.set(runEnd, end);
    }
    if (end < 0) continue;
    out.push({ href: line.slice(hrefStart, runEnd), index: start });
    from = end;
    i = end - 1;
  }
  return out;
}

/** After a destination: `>?(?:\s+"[^"]*")?\s*\)`; the index past the `)`, or -1. */
function closeAfter(line: string, at: number): number {
  let k = at;
  if (line[k] === ">") k++;
  let s = k;
  while (isSpace(line[s])) s++;
  if (s > k && line[s] === '"') {
    const quote = line.indexOf('"', s + 1);
    if (quote >= 0) {
      let t = quote + 1;
      while (isSpace(line[t])) t++;
      if (line[t] === ")") return t + 1;
    }
  }
  return line[s] === ")" ? s + 1 : -1;
}

const memo = new WeakMap<Plan, Map<string, Link[]>>();

/**
 * The links `spec-link` checks: the `**Spec**:` link or path, and links to sibling artifacts.
 * Read once per parsed plan and plan path.
 */
export function linksToCheck(planPath: string, plan: Plan): Link[] {
  let byPath = memo.get(plan);
  if (!byPath) {
    byPath = new Map();
    memo.set(plan, byPath);
  }
  let links = byPath.get(planPath);
  if (!links) {
    links = findLinks(planPath, plan);
    byPath.set(planPath, links);
  }
  return links;
}

/** Records links already read for a plan (by `linkTargets`, from another parse of the same text). */
export function rememberLinks(plan: Plan, planPath: string, links: readonly Link[]): void {
  let byPath = memo.get(plan);
  if (!byPath) {
    byPath = new Map();
    memo.set(plan, byPath);
  }
  byPath.set(planPath, [...links]);
}

function findLinks(planPath: string, plan: Plan): Link[] {
  const out: Link[] = [];
  const { doc, header } = plan;
  doc.lines.forEach((line, k) => {
    const kind = doc.kinds[k];
    if (kind === "code" || kind === "fence" || kind === "comment" || !line.includes("](")) return;
    const inSpan = spanCursor(codeSpans(line));
    for (const { href, index } of inlineLinks(line)) {
      if (inSpan(index)) continue;
      const target = resolveLink(planPath, href);
      if (!target || !SIBLING.test(target)) continue;
      out.push({ href, target, alternatives: [], line: k + 1, column: index + 1 });
    }
  });
  const spec = header.spec;
  if (spec && !spec.value.includes("](")) {
    const path = /^`([^`\s]+)`$/.exec(spec.value.trim())?.[1];
    const target = path && !path.includes("[") ? resolveLink(planPath, path) : null;
    const fromRoot = path ? resolveLink("", path) : null;
    if (path && target && /\.md$/.test(target)) {
      const alternatives = fromRoot && fromRoot !== target ? [fromRoot] : [];
      out.push({ href: path, target, alternatives, line: spec.line, column: spec.column });
    }
  }
  return out;
}
