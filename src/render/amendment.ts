/**
 * A constitution amendment on GitHub: the "Constitution amendment" section of the check run's
 * summary and of the sticky comment (version before and after, the changes, the findings, the
 * plans to re-check), the annotations on the constitution's lines, and the full impact list in
 * the check run's text. Every piece of repository text (paths, principle names, versions,
 * quotes in the changes) goes through `inert.ts`.
 */
import type {
  AmendmentResult,
  ImpactItem,
  ImpactReport,
  PlanImpact,
} from "../engine/amendment/index.js";
import type { Amendment } from "../engine/amendment/index.js";
import { principleLabel } from "../engine/constitution.js";
import type { Finding, Severity } from "../engine/types.js";
import {
  type CheckAnnotation,
  type CheckRunOutput,
  fitBlocks,
  MAX_ANNOTATIONS,
  OUTPUT_LIMIT_BYTES,
  toAnnotation,
} from "./check-run.js";
import { firstSentence, SEVERITY_ICON } from "./comment.js";
import { countsText } from "./counts.js";
import { inertCode, inertList, inertMessage } from "./inert.js";
import { blobUrl, docsUrl, type Links } from "./links.js";
import type { ReportSection } from "./section.js";

/** A checked amendment, as the App reports it. */
export interface AmendmentView {
  /** The amendment and its findings, their severities already those `amendments:` gives. */
  readonly result: AmendmentResult;
  readonly mode: "warn" | "block";
  /** The plans at the head the amendment affects; null when they could not be read. */
  readonly impact: ImpactReport | null;
  /** Why the impact list is missing or incomplete: sentences of ours, repository text already inert. */
  readonly notes: readonly string[];
  /** The base commit, for the command that lists everything (`speckit-gate impact --base`). */
  readonly base: string;
}

/** Plans listed in the summary and the comment; the check run's text lists more, the CLI all. */
export const MAX_LISTED_PLANS = 25;
/** What a plan must re-check, listed per plan in the summary and the comment. */
export const MAX_ITEMS_PER_PLAN = 4;
/** Changes and findings listed in the section. */
export const MAX_LISTED_CHANGES = 10;
export const MAX_SECTION_FINDINGS = 20;
/** The section's size: it shares the check run's summary (16 KiB) with the plans' table. */
export const SECTION_LIMIT_BYTES = 10_240;

const LEVEL_WORD = { major: "MAJOR", minor: "MINOR", patch: "PATCH" } as const;
const LEVEL_RANK: Readonly<Record<CheckAnnotation["annotation_level"], number>> = {
  failure: 0,
  warning: 1,
  notice: 2,
};

function plural(n: number, word: string): string {
  return `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;
}

function count(findings: readonly Finding[], severity: Severity): number {
  return findings.filter((f) => f.severity === severity).length;
}

export function amendmentFailing(view: AmendmentView): boolean {
  return view.result.findings.some((f) => f.severity === "error");
}

function affected(view: AmendmentView): number {
  return view.impact?.plans.length ?? 0;
}

/** `1 warning, 2 plans to re-check`, `no findings` (no repository text). */
function tally(views: readonly AmendmentView[]): string {
  const findings = views.flatMap((v) => v.result.findings);
  const plans = views.reduce((n, v) => n + affected(v), 0);
  const parts = [findings.length > 0 ? countsText(findings) : ""];
  if (plans > 0) parts.push(`${plural(plans, "plan")} to re-check`);
  const text = parts.filter(Boolean).join(", ");
  return text === "" ? "no findings" : text;
}

function iconOf(views: readonly AmendmentView[]): string {
  if (views.some(amendmentFailing)) return SEVERITY_ICON.error;
  const warned = views.some(
    (v) => affected(v) > 0 || v.result.findings.some((f) => f.severity === "warning"),
  );
  return warned ? SEVERITY_ICON.warning : "✅";
}

/**
 * The phrase for headlines (no repository text): `the constitution amendment fails its checks
 * (1 error)`, `… passes with 2 warnings; 3 plans to re-check`.
 */
function headlineOf(views: readonly AmendmentView[]): string {
  const one = views.length === 1;
  const what = one ? "the constitution amendment" : "the constitution amendments";
  const findings = views.flatMap((v) => v.result.findings);
  const plans = views.reduce((n, v) => n + affected(v), 0);
  const recheck = plans > 0 ? `; ${plural(plans, "plan")} to re-check` : "";
  if (views.some(amendmentFailing)) {
    return `${what} ${one ? "fails its" : "fail their"} checks (${plural(count(findings, "error"), "error")})${recheck}`;
  }
  const rest =
    findings.length > 0
      ? `${one ? "passes" : "pass"} with ${countsText(findings)}`
      : `${one ? "passes its" : "pass their"} checks`;
  return `${what} ${rest}${recheck}`;
}

/** What the amendment did to a principle, in a word or two, for the plans' list. */
function changeOf(amendment: Amendment, label: string): string {
  const d = amendment.principles.find((p) => p.head && principleLabel(p.head) === label);
  if (!d) return "changed";
  if (d.status === "added") return "added";
  if (d.nonNegotiableChanged)
    return d.head?.nonNegotiable ? "made NON-NEGOTIABLE" : "no longer NON-NEGOTIABLE";
  if (d.body.change === "redefined") return "redefined";
  if (d.body.change === "expanded") return "expanded";
  return "changed";
}

/** One thing a plan must re-check, short (the check run's details link each line). */
function phrase(view: AmendmentView, item: ImpactItem): string {
  const at = `line ${item.line}`;
  const p = inertCode(item.principle ?? "");
  const change = (): string => changeOf(view.result.amendment, item.principle ?? "");
  switch (item.kind) {
    case "uncovered":
      return `${at}: no gate for ${p} (${change()})`;
    case "removed":
      return `${at}: checks ${p}, which is removed`;
    case "renamed":
      return `${at}: cites ${inertCode(item.was ?? "")}, now ${p}`;
    case "redefined":
      return `${at}: re-check the gate for ${p} (${change()})`;
    case "version":
      return `${at}: cites version ${inertCode(item.cited ?? "")}, now ${inertCode(item.current ?? "")}`;
  }
}

function versionLine(view: AmendmentView): string {
  const a = view.result.amendment;
  const v = (value: string | null): string => (value === null ? "none" : inertCode(value));
  const parts: string[] = [];
  if (a.initial) {
    parts.push(
      a.base === null
        ? `New constitution, version ${v(a.version.after)}: there is no earlier version to compare with`
        : `First ratification (the base branch holds spec-kit's unfilled template), version ${v(a.version.after)}`,
    );
  } else {
    parts.push(`Version ${v(a.version.before)} → ${v(a.version.after)}`);
    if (a.required) parts.push(`the changes call for a ${LEVEL_WORD[a.required]} bump`);
  }
  parts.push(countsText(view.result.findings));
  return `${parts.join(" · ")}.`;
}

function findingRow(view: AmendmentView, f: Finding, links: Links): string {
  const path = view.result.path;
  return `| ${SEVERITY_ICON[f.severity]} | [${f.line}](${blobUrl(links, path, f.line)}) | [${inertCode(f.rule, { table: true })}](${docsUrl(f.docs)}) | ${inertMessage(firstSentence(f.message), { table: true })} |`;
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/** A plan to re-check: its path linked to its first line, then what to re-check. */
function planLine(view: AmendmentView, plan: PlanImpact, links: Links): string {
  const items = plan.items.slice(0, MAX_ITEMS_PER_PLAN).map((i) => phrase(view, i));
  const more = plan.items.length - items.length;
  if (more > 0) items.push(`and ${more} more`);
  return `- [${inertCode(plan.path)}](${blobUrl(links, plan.path, plan.items[0]?.line)}): ${items.join("; ")}`;
}

/**
 * The plans to re-check, as many as fit `room` bytes (at most `MAX_LISTED_PLANS`), then one
 * line saying how many more there are and where they are all listed.
 */
function impactLines(view: AmendmentView, links: Links, room: number): string[] {
  const impact = view.impact;
  const out: string[] = [];
  if (impact === null) return [...view.notes.flatMap((n) => ["", n])];
  const plans = impact.plans;
  const one = impact.checked === 1;
  if (plans.length === 0) {
    out.push(
      "",
      impact.checked === 0
        ? "No plan at the head commit uses this constitution, so none has to be re-checked."
        : `No plan has to be re-checked: ${one ? "the plan that uses" : `the ${impact.checked.toLocaleString("en-US")} plans that use`} this constitution at the head commit ${one ? "covers" : "cover"} what changed.`,
    );
  } else {
    out.push(
      "",
      `**Plans to re-check** (${plans.length.toLocaleString("en-US")} of ${one ? "the plan that uses" : `the ${impact.checked.toLocaleString("en-US")} plans that use`} this constitution at the head commit):`,
      "",
    );
    const tail = (hidden: number): string =>
      `- _…and ${plural(hidden, "more plan")}: the check run's details list them, and \`speckit-gate impact --base ${view.base.slice(0, 12)}\` lists them all._`;
    let size = byteLength(out.join("\n")) + byteLength(tail(plans.length)) + 2;
    let shown = 0;
    for (const plan of plans.slice(0, MAX_LISTED_PLANS)) {
      const line = planLine(view, plan, links);
      if (size + byteLength(line) + 1 > room) break;
      out.push(line);
      size += byteLength(line) + 1;
      shown += 1;
    }
    if (plans.length > shown) out.push(tail(plans.length - shown));
  }
  if (impact.unreadable.length > 0) {
    out.push(
      "",
      `${plural(impact.unreadable.length, "plan")} could not be read (not UTF-8 text, or over \`max-plan-bytes\`): ${inertList(impact.unreadable, 5)}.`,
    );
  }
  for (const note of view.notes) out.push("", note);
  return out;
}

/**
 * The "Constitution amendment" section of one amended constitution: its version before and
 * after, the changes with the bump each calls for, the findings (linked to the constitution's
 * lines at the head), and the plans to re-check, capped with "and N more". At most `limit` bytes.
 */
export function amendmentSection(
  view: AmendmentView,
  links: Links,
  options: { readonly heading?: string; readonly limit?: number } = {},
): ReportSection {
  const a = view.result.amendment;
  const path = view.result.path;
  const icon = iconOf([view]);
  const lines: string[] = [
    `${options.heading ?? "###"} ${icon} Constitution amendment: [${inertCode(path)}](${blobUrl(links, path)})`,
    "",
    versionLine(view),
  ];
  if (!a.initial) {
    if (!a.material) {
      lines.push("", "Only the version line, the dates or the Sync Impact Report changed.");
    } else {
      lines.push("", "**Changes:**", "");
      for (const c of a.changes.slice(0, MAX_LISTED_CHANGES)) {
        lines.push(`- ${LEVEL_WORD[c.level]}: ${inertMessage(c.text)}`);
      }
      const more = a.changes.length - MAX_LISTED_CHANGES;
      if (more > 0) lines.push(`- _…and ${plural(more, "more change")}._`);
    }
  }
  const findings = view.result.findings;
  if (findings.length > 0) {
    lines.push("", "| | Line | Rule | Finding |", "| --- | --- | --- | --- |");
    for (const f of findings.slice(0, MAX_SECTION_FINDINGS)) lines.push(findingRow(view, f, links));
    const more = findings.length - MAX_SECTION_FINDINGS;
    if (more > 0) {
      lines.push("", `_…and ${plural(more, "more finding")}: the check run annotates them all._`);
    }
    lines.push(
      "",
      view.mode === "block"
        ? "_`amendments: block`: the amendment's findings are errors, so they fail the check._"
        : "_`amendments: warn`: the amendment's findings do not fail the check; `amendments: block` in `.github/speckit.yml` makes them errors._",
    );
  }
  const limit = options.limit ?? SECTION_LIMIT_BYTES;
  // The notes and the unreadable plans after the list take at most about 2 KiB.
  lines.push(...impactLines(view, links, limit - byteLength(lines.join("\n")) - 2048));
  const text = fitBlocks(
    lines,
    limit,
    (left) =>
      `_…${plural(left, "more line")} left out to fit GitHub's size limit: see the check run's details._`,
  );
  return {
    lines: text.split("\n"),
    failing: amendmentFailing(view),
    headline: headlineOf([view]),
    icon,
  };
}

/** The sections of several amended constitutions (a monorepo), sharing the size of one. */
export function amendmentSections(views: readonly AmendmentView[], links: Links): ReportSection[] {
  const limit = Math.floor(SECTION_LIMIT_BYTES / Math.max(1, views.length));
  return views.map((v) => amendmentSection(v, links, { limit }));
}

/** Every plan to re-check with the full message of each item: the check run's text. */
function detailLines(view: AmendmentView, links: Links): string[] {
  const plans = view.impact?.plans ?? [];
  if (plans.length === 0) return [];
  const out = [`### Plans to re-check after the amendment of ${inertCode(view.result.path)}`, ""];
  for (const plan of plans) {
    out.push(`- [${inertCode(plan.path)}](${blobUrl(links, plan.path)})`);
    for (const item of plan.items) {
      out.push(
        `  - [line ${item.line}](${blobUrl(links, plan.path, item.line)}): ${inertMessage(item.message)}`,
      );
    }
  }
  return out;
}

/**
 * A pull request's check run with its amendments added: failing when an amendment finding is
 * an error, the title saying what the amendment gave, the constitution's findings among the
 * annotations (errors first), and the full list of plans to re-check in the text, as far as it
 * fits. The summary already holds the sections (`CheckRunContext.sections`).
 */
export function withAmendments(
  output: CheckRunOutput,
  views: readonly AmendmentView[],
  links: Links,
  plansChanged: boolean,
): CheckRunOutput {
  if (views.length === 0) return output;
  const failing = views.some(amendmentFailing);
  const what = views.length === 1 ? "constitution amendment" : "constitution amendments";
  const title = plansChanged
    ? `${output.title}; ${what}: ${tally(views)}`
    : `${what[0]!.toUpperCase()}${what.slice(1)}: ${tally(views)}`;
  const annotations = [
    ...views.flatMap((v) => v.result.findings.map((f) => toAnnotation(v.result.path, f))),
    ...output.annotations,
  ]
    .map((a, k) => ({ a, k }))
    .sort(
      (x, y) => LEVEL_RANK[x.a.annotation_level] - LEVEL_RANK[y.a.annotation_level] || x.k - y.k,
    )
    .map(({ a }) => a)
    .slice(0, MAX_ANNOTATIONS);
  const detail = views.flatMap((v) => detailLines(v, links));
  let text = output.text;
  const before = text ? `${text}\n\n` : "";
  const room = OUTPUT_LIMIT_BYTES - Buffer.byteLength(before, "utf8");
  // The plans' report filled the text: the summary's list and the CLI remain.
  if (detail.length > 0 && room >= 1024) {
    text =
      before +
      fitBlocks(
        detail,
        room,
        (left) =>
          `_${plural(left, "more line")} left out to fit GitHub's 65,535-byte limit: \`speckit-gate impact --base ${views[0]!.base.slice(0, 12)}\` lists every plan._`,
        "\n",
      );
  }
  return {
    conclusion: failing ? "failure" : output.conclusion,
    title,
    summary: output.summary,
    ...(text ? { text } : {}),
    annotations,
  };
}
