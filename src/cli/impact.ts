import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { constitutionMatcher, underMode } from "../config/amendments.js";
import type { Config } from "../config/config.js";
import { checkAmendment, impactReport } from "../engine/amendment/index.js";
import type { RawFile } from "../engine/check.js";
import { candidatePaths } from "../engine/locate.js";
import { renderJson } from "../render/json.js";
import {
  renderImpactJson,
  renderImpactSarif,
  renderImpactWorkflowCommands,
  type ImpactView,
} from "../render/impact.js";
import { renderSarif } from "../render/sarif.js";
import type { ImpactCommand } from "./args.js";
import { discoverPlans, pathExists, readFileBytes } from "./files.js";
import { GitError, inWorkTree, resolveCommit, type Git } from "./git.js";
import { renderImpactText } from "./impact-text.js";
import { isDirectory, isInside, toRootPath } from "./repo.js";
import { UsageError } from "./usage-error.js";

/**
 * `speckit-gate impact`: the constitution in the working tree against its version at a git
 * revision (`--base REF`, read with `git show` through an argument array) or in a file
 * (`--base-file FILE`), checked as an amendment, and the plans that use it read one at a time
 * (memory stays flat however many there are) to list what each must re-check.
 */

export interface ImpactContext {
  readonly cwd: string;
  readonly root: string;
  readonly config: Config;
  readonly git: Git;
  readonly note: (text: string) => void;
  readonly shown: (abs: string) => string;
}

/** The amendment and its impact; null when `amendments: off` (a note says so). */
export function impactOf(command: ImpactCommand, ctx: ImpactContext): ImpactView | null {
  const { config, root } = ctx;
  if (config.amendments === "off") {
    ctx.note(
      "`amendments: off` in the configuration: constitution amendments are not checked. Remove it (or set `warn` or `block`) to check them.",
    );
    return null;
  }
  const path = constitutionPath(command, ctx);
  const headBytes = readFileBytes(root, path);
  if (!headBytes) throw new UsageError(`Cannot read \`${path}\`: not a file.`);
  const head: RawFile = { path, bytes: headBytes };
  const base =
    command.baseFile !== undefined
      ? baseFromFile(command.baseFile, path, ctx)
      : baseFromGit(command.base ?? "", path, ctx);
  const checked = checkAmendment({ base, head, config });
  const result = { ...checked, findings: underMode(checked.findings, config.amendments) };
  const plans = plansUsing(root, config, path);
  const impact = impactReport(result.amendment, readLazily(root, plans), {
    maxPlanBytes: config.maxPlanBytes,
  });
  return { result, impact, base: command.base ?? command.baseFile ?? "" };
}

/**
 * The amended constitution, relative to the root: the one named, or the one at the root (the
 * first configured location that exists there).
 */
function constitutionPath(command: ImpactCommand, ctx: ImpactContext): string {
  const named = command.paths[0];
  if (named !== undefined) {
    const abs = resolve(ctx.cwd, named);
    if (!isInside(ctx.root, abs)) {
      throw new UsageError(
        `\`${named}\` is outside the repository root \`${ctx.shown(ctx.root)}\`: pass \`--root\` with the repository that holds it.`,
      );
    }
    if (isDirectory(abs) !== false) {
      throw new UsageError(
        `\`${named}\` is not a file: name the amended constitution, e.g. \`.specify/memory/constitution.md\`.`,
      );
    }
    const path = toRootPath(ctx.root, abs);
    if (!constitutionMatcher(ctx.config)(path)) {
      ctx.note(
        `\`${path}\` is not at a configured \`constitution\` location, so no plan uses it: its impact list is empty.`,
      );
    }
    return path;
  }
  const candidates = candidatePaths("plan.md", ctx.config.constitution);
  const found = candidates.find((p) => isDirectory(resolve(ctx.root, p)) === false);
  if (found === undefined) {
    throw new UsageError(
      `No constitution at ${candidates.map((c) => `\`${c}\``).join(", ")} under the root \`${ctx.shown(ctx.root)}\`: name the amended one, e.g. \`speckit-gate impact services/api/.specify/memory/constitution.md --base origin/main\`.`,
    );
  }
  return found;
}

function baseFromFile(file: string, path: string, ctx: ImpactContext): RawFile {
  const abs = resolve(ctx.cwd, file);
  const dir = isDirectory(abs);
  if (dir === null) {
    throw new UsageError(
      `\`--base-file ${file}\` does not exist: pass the file holding the constitution before the amendment.`,
    );
  }
  if (dir) throw new UsageError(`\`--base-file ${file}\` is a folder: pass a file.`);
  try {
    return { path, bytes: readFileSync(abs) };
  } catch (error) {
    throw new UsageError(`Cannot read \`${ctx.shown(abs)}\`: ${(error as Error).message}`);
  }
}

/** The constitution at a revision (null when it did not exist there: the amendment creates it). */
function baseFromGit(ref: string, path: string, ctx: ImpactContext): RawFile | null {
  const { git, root } = ctx;
  if (!inWorkTree(git, root)) {
    throw new UsageError(
      `\`--base\` needs a git repository, and \`${ctx.shown(root)}\` is not in one (or git is not installed). Pass \`--base-file FILE\` with the constitution before the amendment instead.`,
    );
  }
  const commit = resolveCommit(git, root, ref);
  if (commit === null) {
    throw new UsageError(
      `\`--base ${ref}\`: git knows no commit \`${ref}\`. Check the name; in a shallow clone, fetch it first (e.g. \`git fetch --depth=1 origin main\`).`,
    );
  }
  try {
    // Paths after `--` and `<commit>:./<path>` are relative to the root, wherever git's top is.
    const listed = git(["ls-tree", "-z", "--name-only", commit, "--", path], root);
    if (listed.split("\0").filter(Boolean).length === 0) {
      ctx.note(`\`${path}\` does not exist at \`${ref}\`: it is compared as a new constitution.`);
      return null;
    }
    return { path, text: git(["show", `${commit}:./${path}`], root) };
  } catch (error) {
    if (error instanceof GitError) {
      throw new UsageError(`\`--base ${ref}\`: git failed: ${error.message}`);
    }
    throw error;
  }
}

/** The plans under the root whose constitution (the nearest one that exists) is `constitution`. */
function plansUsing(root: string, config: Config, constitution: string): string[] {
  const exists = new Map<string, boolean>();
  const isFile = (p: string): boolean => {
    let known = exists.get(p);
    if (known === undefined) {
      known = pathExists(root, p) && isDirectory(resolve(root, p)) === false;
      exists.set(p, known);
    }
    return known;
  };
  return discoverPlans(root, config.plans).filter(
    (plan) => candidatePaths(plan, config.constitution).find(isFile) === constitution,
  );
}

/** Each plan read only when the impact report asks for it, so one plan's bytes are held at a time. */
function* readLazily(root: string, paths: readonly string[]): Generator<RawFile> {
  for (const path of paths) {
    const bytes = readFileBytes(root, path);
    if (bytes) yield { path, bytes };
  }
}

/** The report in a format; with `amendments: off`, an empty one. */
export function renderImpact(
  view: ImpactView | null,
  format: ImpactCommand["format"],
  options: { readonly color: boolean; readonly verbose: boolean; readonly toolVersion: string },
): string {
  if (view === null) {
    switch (format) {
      case "json":
        return renderJson([]);
      case "sarif":
        return renderSarif([], { toolVersion: options.toolVersion });
      case "github":
      case "text":
        return "Constitution amendments are not checked (`amendments: off`).\n";
    }
  }
  switch (format) {
    case "json":
      return renderImpactJson(view);
    case "sarif":
      return renderImpactSarif(view, { toolVersion: options.toolVersion });
    case "github":
      return renderImpactWorkflowCommands(view);
    case "text":
      return renderImpactText(view, options);
  }
}
