import { diffLabel, syncReportDiscrepancies } from "../amendment/claims.js";
import type { PrincipleDiff } from "../amendment/amendment.js";
import { principleLabel } from "../constitution.js";
import { code, type Rule } from "../rule.js";

const LISTS = {
  added: "Added sections",
  removed: "Removed sections",
  modified: "Modified principles",
};

/** `added`, `removed`, `renamed from \`Old\``, `redefined`: what the amendment did to a principle. */
function changeOf(d: PrincipleDiff): string {
  if (d.status !== "kept") return d.status;
  const what: string[] = [];
  if (d.renamed && d.base) what.push(`renamed (it was ${code(principleLabel(d.base))})`);
  if (d.nonNegotiableChanged)
    what.push(d.head?.nonNegotiable ? "made NON-NEGOTIABLE" : "no longer marks NON-NEGOTIABLE");
  if (d.body.change === "redefined") what.push("redefined");
  if (d.body.change === "expanded") what.push("expanded");
  return what.join(" and ");
}

function exampleOf(d: PrincipleDiff): string {
  const label = diffLabel(d);
  if (d.renamed && d.base) return `- ${principleLabel(d.base)} → ${label}`;
  return `- ${label}`;
}

export const amendmentSyncReport: Rule = {
  id: "amendment-sync-report",
  summary: "A Sync Impact Report that disagrees with the constitution change it reports",
  defaultSeverity: "warning",
  messages: {
    stale:
      "The Sync Impact Report at the top of `{{constitution}}` is the one from before this amendment, unchanged, so it describes an earlier change ({{reported}}), not this one ({{reason}}). spec-kit's `/speckit.constitution` rewrites the report on every amendment; reviewers and plan authors read it to learn what to re-check. Rewrite it for this amendment, starting with `Version change: {{before}} → {{after}}`.",
    versionMissing:
      "The Sync Impact Report does not state the version change. spec-kit's report starts with `Version change: old → new`, and its validation requires the version line to match the report. Add `Version change: {{before}} → {{after}}`.",
    versionMismatch:
      "The Sync Impact Report says `{{reported}}`, but the version line went from `{{before}}` to `{{after}}`. spec-kit's validation requires the version line to match the report. Write `Version change: {{before}} → {{after}}`, or fix the version line.",
    omitted:
      "The Sync Impact Report does not mention principle `{{principle}}`, which this amendment {{change}}. The report is how reviewers and plan authors learn which principles to re-check; spec-kit's report lists every modified principle (old title → new title when renamed) and every added and removed section. Add it under `{{list}}`: `{{example}}`.",
    omittedSection:
      "The Sync Impact Report does not mention section `{{section}}`, which this amendment {{change}}. spec-kit's report lists every added and removed section. Add it under `{{list}}`.",
    phantomUnchanged:
      "The Sync Impact Report lists {{item}} under `{{label}}`, but principle `{{principle}}` did not change in this amendment. A report that claims changes that did not happen sends plan authors to re-check for nothing and hides the real changes. Remove the line, or make the change it describes.",
    phantomExisted:
      "The Sync Impact Report lists {{item}} under `{{label}}`, but principle `{{principle}}` was already in version `{{before}}`. A report that claims changes that did not happen sends plan authors to re-check for nothing and hides the real changes. Remove the line, or list the principle under `Modified principles` if it changed.",
    phantomStillThere:
      "The Sync Impact Report says {{item}} was removed, but principle `{{principle}}` is still in the constitution. Plans keep citing a principle the report says is gone. Remove the line, or remove the principle.",
    phantomSameName:
      "The Sync Impact Report says {{item}}, but principle `{{principle}}` kept its name in this amendment. Remove the line (it may be left from an earlier amendment), or make the rename.",
    phantomSection:
      "The Sync Impact Report lists {{item}} under `{{label}}`, but section `{{section}}` {{fact}}. A report that claims changes that did not happen hides the real ones. Remove the line, or make the change it describes.",
  },
  checkAmendment({ amendment: a, report }) {
    const before = a.version.before ?? "?";
    const after = a.version.after ?? "?";
    for (const d of syncReportDiscrepancies(a)) {
      switch (d.kind) {
        case "stale":
          report({
            messageId: "stale",
            data: {
              constitution: a.path,
              reported: d.reported ? code(d.reported) : "no version change",
              reason: a.changes[0]?.text ?? "its wording changed",
              before,
              after,
            },
            line: d.line,
          });
          break;
        case "version-missing":
          report({ messageId: "versionMissing", data: { before, after }, line: d.line });
          break;
        case "version-mismatch":
          report({
            messageId: "versionMismatch",
            data: { reported: d.reported, before, after },
            line: d.line,
          });
          break;
        case "omitted": {
          const principle = diffLabel(d.diff);
          report({
            messageId: "omitted",
            data: {
              principle,
              change: changeOf(d.diff),
              list: LISTS[d.list],
              example: exampleOf(d.diff),
            },
            line: d.line,
            principle,
          });
          break;
        }
        case "omitted-section":
          report({
            messageId: "omittedSection",
            data: {
              section: d.section.head ?? d.section.base ?? "",
              change: d.section.status,
              list: LISTS[d.section.status === "added" ? "added" : "removed"],
            },
            line: d.line,
            section: d.section.head ?? d.section.base ?? "",
          });
          break;
        case "phantom": {
          const principle = diffLabel(d.diff);
          const messageId = {
            unchanged: "phantomUnchanged",
            existed: "phantomExisted",
            "still-there": "phantomStillThere",
            "same-name": "phantomSameName",
          }[d.fact];
          report({
            messageId,
            data: { item: code(d.item.text), label: d.item.label, principle, before },
            line: d.line,
            principle,
          });
          break;
        }
        case "phantom-section":
          report({
            messageId: "phantomSection",
            data: {
              item: code(d.item.text),
              label: d.item.label,
              section: d.section.head ?? d.section.base ?? "",
              fact: {
                unchanged: "did not change",
                existed: `was already in version ${before}`,
                "still-there": "is still in the constitution",
              }[d.fact],
            },
            line: d.line,
            section: d.section.head ?? d.section.base ?? "",
          });
          break;
      }
    }
  },
};
