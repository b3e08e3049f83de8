import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { globSync } from "tinyglobby";
import type { Config } from "../config/config.js";
import { supportingPaths, type checkPlans } from "../engine/batch.js";
import type { RawFile } from "../engine/check.js";
import type { FileResult } from "../engine/types.js";
import { UsageError } from "./usage-error.js";
import { planMatcher } from "../engine/locate.js";

/** The file-system side of the CLI and the Action: every path here is relative to the root, with `/`. */

export type CheckFn = typeof checkPlans;

/**
 * Every file under the root matching the globs, sorted; `node_modules` and `.git` are skipped,
 * and so are vendored and fixture folders the globs do not name (as the App does: `planMatcher`).
 */
export function discoverPlans(root: string, globs: readonly string[]): string[] {
  return globSync([...globs], {
    cwd: root,
    dot: true,
    onlyFiles: true,
    expandDirectories: false,
    ignore: ["**/node_modules/**", "**/.git/**"],
  })
    .filter(planMatcher(globs))
    .sort();
}

/** Whether a path exists (file or folder). */
export function pathExists(root: string, path: string): boolean {
  return existsSync(join(root, path));
}

/** A file's bytes, or null when it is not a file. */
export function readFileBytes(root: string, path: string): Uint8Array | null {
  const full = join(root, path);
  try {
    if (!statSync(full).isFile()) return null;
  } catch {
    return null;
  }
  return readFileSync(full);
}

/**
 * Reads the plans and the files they may need (constitutions, templates) under the root and
 * runs the engine; `extra` is a plan whose text is already in hand (standard input), checked
 * after the others. A plan that cannot be read is a `UsageError`.
 */
export function checkFiles(
  root: string,
  planPaths: readonly string[],
  config: Config,
  check: CheckFn,
  extra: { readonly path: string; readonly text: string } | null = null,
): FileResult[] {
  const read = (path: string): RawFile | null => {
    try {
      const bytes = readFileBytes(root, path);
      return bytes ? { path, bytes } : null;
    } catch (error) {
      throw new UsageError(`Cannot read \`${path}\`: ${(error as Error).message}`);
    }
  };
  const plans: RawFile[] = planPaths.map((path) => {
    const file = read(path);
    if (!file) throw new UsageError(`Cannot read \`${path}\`: not a file.`);
    return file;
  });
  if (extra) plans.push(extra);
  const supporting = new Map<string, RawFile | null>();
  for (const path of supportingPaths(
    plans.map((p) => p.path),
    config,
  )) {
    supporting.set(path, read(path));
  }
  return check(
    plans,
    (path) => supporting.get(path) ?? null,
    config,
    (path) => pathExists(root, path),
  );
}

/** speckit-gate's own version, from its package.json (two levels above both `src/cli` and `dist/cli`). */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
    version?: string;
  };
  return pkg.version ?? "0.0.0";
}
