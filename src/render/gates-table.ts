import type { FileResult, GateStatus, GateSummary, PrincipleSummary } from "../engine/types.js";
import { plural } from "./counts.js";
import { inertMessage, inertText } from "./inert.js";
import { blobUrl, type Links } from "./links.js";

const STATUS_TEXT: Readonly<Record<GateStatus | "missing", string>> = {
  pass: "✅ pass",
  fail: "❌ violated",
  pending: "⏳ pending",
  unchecked: "⬜ unchecked",
  "needs-review": "🔍 needs review",
  "not-applicable": "➖ n/a",
  unknown: "❔ unclear",
  missing: "⚠️ not addressed",
};

/** The names a gate may give a principle (the engine names them like `I. Library-First`), normalised. */
function principleKeys(p: PrincipleSummary): string[] {
  const id = p.id.trim().toLowerCase();
  const name = p.name.trim().toLowerCase();
  return [id, name, `${id}. ${name}`, `${id} ${name}`];
}

/**
 * The gates addressing each principle, and the gates addressing none, in one pass over the
 * gates (a plan may hold thousands of them).
 */
function groupGates(r: FileResult): {
  readonly byPrinciple: GateSummary[][];
  readonly others: GateSummary[];
} {
  const index = new Map<string, number[]>();
  r.principles.forEach((p, i) => {
    for (const key of new Set(principleKeys(p))) index.set(key, [...(index.get(key) ?? []), i]);
  });
  const byPrinciple: GateSummary[][] = r.principles.map(() => []);
  const others: GateSummary[] = [];
  for (const gate of r.gates) {
    const hits = gate.principle ? index.get(gate.principle.trim().toLowerCase()) : undefined;
    if (!hits) others.push(gate);
    else for (const i of hits) byPrinciple[i]!.push(gate);
  }
  return { byPrinciple, others };
}

/** Rows per table at most (a plan may hold thousands of gates); the rest are counted. */
const MAX_TABLE_ROWS = 100;
/** Links to gate lines per cell at most. */
const MAX_GATE_LINKS = 5;

/** A gates table's rows, at most `MAX_TABLE_ROWS` of the `total`, then one row counting the rest. */
function capped(rows: readonly string[], total: number): string[] {
  if (total <= MAX_TABLE_ROWS) return [...rows];
  return [
    ...rows.slice(0, MAX_TABLE_ROWS),
    `| _…and ${plural(total - MAX_TABLE_ROWS, "more gate")}: see the plan_ | | | |`,
  ];
}

function principleLabel(p: PrincipleSummary): string {
  return p.name.toLowerCase().startsWith(p.id.toLowerCase()) ? p.name : `${p.id}. ${p.name}`;
}

function gateLinks(links: Links, path: string, gates: readonly GateSummary[]): string {
  if (gates.length === 0) return "—";
  const more = gates.length - MAX_GATE_LINKS;
  return gates
    .slice(0, MAX_GATE_LINKS)
    .map(
      (g) =>
        `[line ${g.line}](${blobUrl(links, path, g.line)})${g.phase === "post-design" ? " (post-design)" : ""}`,
    )
    .concat(more > 0 ? [`and ${more} more`] : [])
    .join(", ");
}

function gateNote(gates: readonly GateSummary[]): string {
  const reasons = gates.map((g) => g.reason).filter((r): r is string => Boolean(r));
  const text = reasons.join("; ");
  // Cut before escaping, so that no escape is cut in half.
  return inertMessage(text.length > 140 ? `${text.slice(0, 139)}…` : text, { table: true });
}

/** The principles table (or, without a constitution, the gates as the plan states them). */
export function gatesTable(r: FileResult, links: Links): string[] {
  if (r.principles.length > 0) {
    const { byPrinciple, others } = groupGates(r);
    const rows = r.principles.map((p, i) => {
      const gates = byPrinciple[i] ?? [];
      return `| ${inertText(principleLabel(p))} | ${STATUS_TEXT[p.status]} | ${gateLinks(links, r.path, gates)} | ${gateNote(gates)} |`;
    });
    const otherRows = others
      .slice(0, MAX_TABLE_ROWS)
      .map(
        (g) =>
          `| ${inertText(g.label)} _(not a principle)_ | ${STATUS_TEXT[g.status]} | ${gateLinks(links, r.path, [g])} | ${gateNote([g])} |`,
      );
    return [
      "| Principle | Status | Gate | Notes |",
      "| --- | --- | --- | --- |",
      ...capped([...rows, ...otherRows], rows.length + others.length),
    ];
  }
  if (r.gates.length > 0) {
    return [
      "| Gate | Status | Line | Notes |",
      "| --- | --- | --- | --- |",
      ...capped(
        r.gates
          .slice(0, MAX_TABLE_ROWS)
          .map(
            (g) =>
              `| ${inertText(g.label)} | ${STATUS_TEXT[g.status]} | ${gateLinks(links, r.path, [g])} | ${gateNote([g])} |`,
          ),
        r.gates.length,
      ),
    ];
  }
  return [];
}
