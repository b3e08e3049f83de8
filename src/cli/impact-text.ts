import { nextVersion } from "../engine/amendment/index.js";
import type { Finding } from "../engine/types.js";
import { impactSummaryLine, type ImpactView } from "../render/impact.js";
import { docsUrl } from "../render/links.js";
import { location, painter, SEVERITY_STYLE, splitMessage } from "./text.js";

/**
 * `speckit-gate impact` on a terminal: the amendment's findings as `check` prints them
 * (`path:line:col  severity  message  rule`), the change (version, changes and the bump they
 * call for), then one line per item to re-check, `plan:line  kind  what`, and the summary line.
 */
export function renderImpactText(
  view: ImpactView,
  options: { readonly color: boolean; readonly verbose: boolean },
): string {
  const paint = painter(options.color);
  const a = view.result.amendment;
  const path = view.result.path;
  const lines: string[] = [];
  const rules = new Map<string, string>();
  const findings = [...view.result.findings].sort(
    (x: Finding, y: Finding) =>
      x.line - y.line || (x.column ?? 0) - (y.column ?? 0) || x.rule.localeCompare(y.rule),
  );
  for (const f of findings) {
    rules.set(f.rule, docsUrl(f.docs));
    const { what, more } = splitMessage(f.message);
    const severity = paint(SEVERITY_STYLE[f.severity], f.severity.padEnd(7));
    lines.push(`${location(path, f)}  ${severity}  ${what}  ${paint("dim", f.rule)}`);
    if (options.verbose) {
      if (more) lines.push(`    ${more}`);
      lines.push(`    ${paint("dim", docsUrl(f.docs))}`);
    }
  }
  if (lines.length > 0) lines.push("");

  const version = `${a.version.before ?? "none"} → ${a.version.after ?? "none"}`;
  lines.push(
    `${paint("bold", "Constitution amendment:")} ${path}, version ${version} (compared with ${view.base})`,
  );
  if (a.initial) {
    lines.push(
      a.base === null
        ? "  A new constitution: there is no earlier version to compare with."
        : "  A first ratification: the earlier version is spec-kit's unfilled template.",
    );
  } else if (!a.material) {
    lines.push("  Only the version line, the dates or the Sync Impact Report changed.");
  } else {
    for (const c of a.changes) lines.push(`  ${c.level.toUpperCase().padEnd(5)}  ${c.text}`);
    if (a.required && a.version.before) {
      lines.push(
        `  The changes call for a ${a.required.toUpperCase()} bump: ${a.version.before} → ${nextVersion(a.version.before, a.required)}.`,
      );
    }
  }

  const i = view.impact;
  lines.push("");
  if (i.plans.length === 0) {
    lines.push(
      i.checked === 0
        ? "No plan uses this constitution."
        : `No plan has to be re-checked: the ${i.checked === 1 ? "plan" : `${i.checked} plans`} using this constitution cover what changed.`,
    );
  } else {
    lines.push(
      `${paint("bold", "Plans to re-check:")} ${i.plans.length} of the ${i.checked === 1 ? "plan" : `${i.checked} plans`} using this constitution`,
    );
    const width = Math.max(...i.plans.flatMap((p) => p.items.map((x) => x.kind.length)));
    for (const plan of i.plans) {
      for (const item of plan.items) {
        const { what, more } = splitMessage(item.message);
        lines.push(`${plan.path}:${item.line}  ${paint("cyan", item.kind.padEnd(width))}  ${what}`);
        if (options.verbose && more) lines.push(`    ${more}`);
      }
    }
  }
  if (i.unreadable.length > 0) {
    lines.push("", `Not read (not UTF-8 text, or over max-plan-bytes): ${i.unreadable.join(", ")}`);
  }

  lines.push("");
  const errors = view.result.findings.some((f) => f.severity === "error");
  const warned = view.result.findings.length > 0 || i.plans.length > 0;
  lines.push(
    paint("bold", paint(errors ? "red" : warned ? "yellow" : "green", impactSummaryLine(view))),
  );
  if (rules.size > 0 && !options.verbose) {
    const width = Math.max(...[...rules.keys()].map((r) => r.length));
    lines.push(
      "Rules (why and how to fix: --verbose, or each rule's page):",
      ...[...rules.entries()]
        .sort(([x], [y]) => x.localeCompare(y))
        .map(([rule, url]) => `  ${rule.padEnd(width)}  ${paint("dim", url)}`),
    );
  }
  return `${lines.join("\n")}\n`;
}
