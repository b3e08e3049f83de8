/**
 * The impact of a constitution amendment on the repository's plans: which plans it leaves
 * uncovered (a principle added or changed that they never address) or out of date (a principle
 * they cite that was removed or renamed, a version citation that is now stale), and what each
 * must re-check. Pure, and streaming: plans are read one at a time, so memory stays bounded
 * however many plans the repository holds.
 */
import type { Amendment, PrincipleDiff } from "./amendment.js";
import { sameVersion } from "./versions.js";
import type { RawFile } from "../check.js";
import { principleLabel, type Constitution, type Principle } from "../constitution.js";
import { coverage, principlesAddressed } from "../coverage.js";
import { byteLength, decode } from "../decode.js";
import { normalizePath } from "../locate.js";
import { isProse } from "../markdown.js";
import { parsePlan, type Plan } from "../plan/index.js";
import { code, formatMessage } from "../rule.js";
import { hay, mentions } from "../text.js";

export type ImpactKind = "uncovered" | "removed" | "renamed" | "redefined" | "version";

/** One thing a plan must re-check after the amendment. */
export interface ImpactItem {
  readonly kind: ImpactKind;
  /** Line of the plan it concerns: the gate or citation, else the Constitution Check heading. */
  readonly line: number;
  /** The principle concerned, as the amended constitution names it (the base for removals). */
  readonly principle?: string;
  /** `renamed`: the name the plan still uses. */
  readonly was?: string;
  /** `version`: the version the plan cites, and the amended one. */
  readonly cited?: string;
  readonly current?: string;
  /** What to re-check, and why. */
  readonly message: string;
}

export interface PlanImpact {
  readonly path: string;
  readonly items: readonly ImpactItem[];
}

export interface ImpactReport {
  /** The amended constitution, and its version before and after. */
  readonly constitution: string;
  readonly before: string | null;
  readonly after: string | null;
  /** The plans the amendment affects, in input order; unaffected plans are left out. */
  readonly plans: readonly PlanImpact[];
  /** How many plans were read, and the ones that could not be (not UTF-8 text, or too large). */
  readonly checked: number;
  readonly unreadable: readonly string[];
}

export interface ImpactOptions {
  /** Plans larger than this are not read (the `maxPlanBytes` of the configuration). */
  readonly maxPlanBytes?: number;
}

const MESSAGES: Readonly<Record<ImpactKind | "added", string>> = {
  added:
    "The amendment adds principle {{principle}}, which this plan's Constitution Check never addresses. Add a gate for it, or mark it N/A with a reason.",
  uncovered:
    "The amendment {{change}} principle {{principle}}, which this plan's Constitution Check never addresses. Add a gate for it, or mark it N/A with a reason.",
  removed:
    "The plan checks principle {{principle}}, which the amendment removes. Remove its gate, or say which principle now covers it.",
  renamed:
    "The plan cites principle {{was}}, which the amendment renames {{principle}}. Cite it by its new name.",
  redefined:
    "The amendment {{change}} principle {{principle}}, which this plan checks. Re-check the gate against its new rules.",
  version:
    "The plan cites constitution version {{cited}}; the amended constitution is version {{current}}. Re-run the Constitution Check against {{current}} and update the citation.",
};

/**
 * Yields the impact on each plan, one plan at a time, skipping plans the amendment leaves
 * untouched. `plans` may be any iterable (a generator reading files lazily keeps memory flat).
 */
export function* planImpacts(
  amendment: Amendment,
  plans: Iterable<RawFile>,
  options: ImpactOptions = {},
  unreadable: (path: string) => void = () => undefined,
): Generator<PlanImpact> {
  const max = options.maxPlanBytes ?? Number.MAX_SAFE_INTEGER;
  for (const file of plans) {
    const path = normalizePath(file.path);
    const text = textOf(file, max);
    if (text === null) {
      unreadable(path);
      continue;
    }
    const items = impactOn(amendment, parsePlan(text));
    if (items.length > 0) yield { path, items };
  }
}

/** The impact report over every plan given (see `planImpacts`). */
export function impactReport(
  amendment: Amendment,
  plans: Iterable<RawFile>,
  options: ImpactOptions = {},
): ImpactReport {
  let checked = 0;
  const counted = (function* () {
    for (const plan of plans) {
      checked++;
      yield plan;
    }
  })();
  const unreadable: string[] = [];
  const affected = [...planImpacts(amendment, counted, options, (p) => unreadable.push(p))];
  return {
    constitution: amendment.path,
    before: amendment.version.before,
    after: amendment.version.after,
    plans: affected,
    checked,
    unreadable,
  };
}

function textOf(file: RawFile, max: number): string | null {
  if ("text" in file) {
    if (file.text.length > max && byteLength(file.text) > max) return null;
    return file.text.slice(0, 8000).includes("\u0000") ? null : file.text.replace(/^\uFEFF/, "");
  }
  if (file.bytes.length > max) return null;
  return decode(file.bytes).text?.replace(/^\uFEFF/, "") ?? null;
}

/** What one plan must re-check after the amendment, by line. */
export function impactOn(amendment: Amendment, plan: Plan): ImpactItem[] {
  const head = amendment.head;
  const base = amendment.initial ? null : amendment.base;
  const sectionLine = plan.sectionsOf("constitution-check")[0]?.line ?? 1;
  const items: ImpactItem[] = [];
  const item = (
    kind: ImpactKind,
    line: number,
    fields: Pick<ImpactItem, "principle" | "was" | "cited" | "current">,
    change = "",
    messageId: ImpactKind | "added" = kind,
  ): void => {
    const quoted = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, code(v)]));
    const message = formatMessage(MESSAGES[messageId], { ...quoted, change });
    items.push({ kind, line, ...fields, message });
  };

  if (head.principles.length > 0) {
    const now = coverage(plan, head);
    const then = base && base.principles.length > 0 ? coverage(plan, base) : null;
    const checkText = hay(constitutionCheckText(plan));
    const lineOf = (c: Constitution, p: Principle): number =>
      (c === head ? now : then)?.gates.get(p)?.[0]?.line ?? firstMention(plan, c, p) ?? sectionLine;
    for (const d of amendment.principles) {
      const change = changeOf(d);
      if (d.status === "added" && d.head) {
        if (!now.covered.has(d.head))
          item("uncovered", sectionLine, { principle: principleLabel(d.head) }, "", "added");
        continue;
      }
      if (d.status === "removed" && d.base) {
        if (then?.covered.has(d.base) && base)
          item("removed", lineOf(base, d.base), { principle: principleLabel(d.base) });
        continue;
      }
      if (!d.head || !d.base) continue;
      const coveredNow = now.covered.has(d.head);
      const coveredThen = then?.covered.has(d.base) ?? false;
      // Still named the old way: the old name is written, and is not just part of the new one.
      const oldName =
        d.renamed &&
        coveredThen &&
        mentions(checkText, d.base.name) &&
        (!mentions(checkText, d.head.name) || !mentions(d.head.name, d.base.name));
      if (oldName && base) {
        item("renamed", lineOf(base, d.base), {
          principle: principleLabel(d.head),
          was: principleLabel(d.base),
        });
      } else if (!coveredNow && change !== null) {
        item("uncovered", sectionLine, { principle: principleLabel(d.head) }, change);
      }
      if (coveredNow && change !== null) {
        item("redefined", lineOf(head, d.head), { principle: principleLabel(d.head) }, change);
      }
    }
  }

  const current = head.version;
  if (current) {
    for (const c of plan.citations) {
      if (sameVersion(c.version, current)) continue;
      item("version", c.line, { cited: c.version, current });
    }
  }
  return items.sort((a, b) => a.line - b.line);
}

/** What the amendment did to a kept principle's rules; null for a rename or wording. */
function changeOf(d: PrincipleDiff): string | null {
  if (d.status !== "kept") return null;
  if (d.nonNegotiableChanged)
    return d.head?.nonNegotiable ? "makes NON-NEGOTIABLE" : "no longer marks NON-NEGOTIABLE";
  if (d.body.change === "redefined") return "redefines";
  if (d.body.change === "expanded") return "expands";
  return null;
}

/** The first line of the Constitution Check that addresses the principle (a heading, a prose line). */
function firstMention(plan: Plan, c: Constitution, p: Principle): number | null {
  const { doc } = plan;
  for (const s of plan.sectionsOf("constitution-check")) {
    for (let l = s.line + 1; l <= s.endLine; l++) {
      if (!isProse(doc.kinds[l - 1])) continue;
      if (principlesAddressed(doc.lines[l - 1] ?? "", c.principles).includes(p)) return l;
    }
  }
  return null;
}

function constitutionCheckText(plan: Plan): string {
  const { doc } = plan;
  const out: string[] = [];
  for (const s of plan.sectionsOf("constitution-check")) {
    for (let l = s.line; l <= s.endLine; l++)
      if (isProse(doc.kinds[l - 1])) out.push(doc.lines[l - 1] ?? "");
  }
  return out.join("\n");
}
