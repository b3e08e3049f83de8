import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { globSync } from "tinyglobby";
import { planMatcher } from "../engine/locate.js";

/** The file-system side of the CLI: every path here is relative to the root, with `/`. */

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

/** speckit-gate's own version, from its package.json (two levels above both `src/cli` and `dist/cli`). */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
    version?: string;
  };
  return pkg.version ?? "0.0.0";
}
