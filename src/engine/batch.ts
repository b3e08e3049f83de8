import type { Config } from "../config/config.js";
import { checkPlan, type RawFile } from "./check.js";
import {
  constitutionLink,
  constitutionOf,
  constitutionPointer,
  isConstitutionPath,
} from "./constitution.js";
import { decode } from "./decode.js";
import { candidatePaths, normalizePath } from "./locate.js";
import type { FileResult } from "./types.js";

type BatchConfig = Pick<Config, "rules" | "maxPlanBytes" | "constitution" | "template">;

/**
 * Every path whose content a batch of plans may need besides the plans themselves:
 * the constitution and template candidates, best first per plan, without repeats.
 * Callers fetch them all at once (one GraphQL query, or the file system).
 */
export function supportingPaths(planPaths: readonly string[], config: BatchConfig): string[] {
  const out = new Set<string>();
  for (const plan of planPaths) {
    for (const p of candidatePaths(plan, config.constitution)) out.add(p);
    for (const p of candidatePaths(plan, config.template)) out.add(p);
  }
  return [...out];
}

/**
 * Checks plans whose supporting files were fetched beforehand. `lookup` returns a file's
 * content, or null when it does not exist. The first existing candidate wins.
 */
export function checkPlans(
  plans: readonly RawFile[],
  lookup: (path: string) => RawFile | null,
  config: BatchConfig,
  exists?: (path: string) => boolean,
): FileResult[] {
  const first = (paths: readonly string[]): RawFile | null => {
    for (const p of paths) {
      const file = lookup(p);
      if (file) return file;
    }
    return null;
  };
  return plans.map((plan) =>
    checkPlan({
      plan,
      constitution: constitutionFor(plan.path, lookup, config),
      template: first(candidatePaths(plan.path, config.template)),
      config,
      ...(exists ? { exists } : {}),
    }),
  );
}

/**
 * The constitution that judges a plan: the first candidate (see `candidatePaths`) that is a
 * constitution with principles, pointers followed; when none is, the first that exists (so
 * that `constitution-unratified` says it is unfilled), or null. An unfilled or empty
 * constitution nearer the plan (a package that has not written its own yet, or a vendored
 * copy of spec-kit's template) never stands in front of a real one further up: a plan cannot
 * dodge the repository's constitution by where it is placed.
 */
export function constitutionFor(
  planPath: string,
  lookup: (path: string) => RawFile | null,
  config: Pick<Config, "constitution">,
): RawFile | null {
  let fallback: RawFile | null = null;
  for (const path of candidatePaths(planPath, config.constitution)) {
    const file = follow(lookup(path), lookup);
    if (!file) continue;
    if (judges(file)) return file;
    fallback ??= file;
  }
  return fallback;
}

/** Whether a constitution can judge plans: filled in, with principles. */
function judges(file: RawFile): boolean {
  const text = textOf(file);
  if (text === null) return false;
  const parsed = constitutionOf(normalizePath(file.path), text);
  return !parsed.unfilled && parsed.principles.length > 0;
}

function textOf(file: RawFile): string | null {
  return "text" in file ? file.text : decode(file.bytes).text;
}

/**
 * A constitution that only points at another file is replaced by that file, when it exists: a
 * link to a constitution directly, or to a document (a README) whose own link to a
 * constitution is followed in turn. Anywhere the chain breaks, the stub stays.
 */
function follow(file: RawFile | null, lookup: (path: string) => RawFile | null): RawFile | null {
  if (!file) return null;
  for (const target of pointerChain(file, lookup)) {
    if (isConstitutionPath(target)) return lookup(target) ?? file;
  }
  return file;
}

/**
 * The paths a constitution points through, in order: `[target]` for a direct link, `[readme,
 * target]` through a document, `[readme]` while that document is not read yet.
 */
function pointerChain(
  file: RawFile,
  lookup: (path: string) => RawFile | null,
  through = true,
): string[] {
  const text = textOf(file);
  const first = text === null ? null : constitutionPointer(file.path, text, { through });
  if (!first) return [];
  if (isConstitutionPath(first)) return [first];
  const middle = lookup(first);
  const middleText = middle ? textOf(middle) : null;
  const second = middleText === null ? null : constitutionLink(first, middleText);
  return second && second !== file.path ? [first, second] : [first];
}

/**
 * The files that found constitutions point to (see `constitutionPointer`), which a caller that
 * prefetches must fetch too before `checkPlans`; call it again once they are fetched, for the
 * constitution a pointed-at README links to. Usually empty.
 */
export function pointedPaths(files: readonly RawFile[]): string[] {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const out = new Set<string>();
  for (const file of files) {
    // Through a README only from a constitution: a template that links to docs is no stub.
    const through = isConstitutionPath(file.path);
    for (const target of pointerChain(file, (p) => byPath.get(p) ?? null, through)) out.add(target);
  }
  return [...out];
}
