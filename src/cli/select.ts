import { isAbsolute, relative, resolve } from "node:path";
import picomatch from "picomatch";
import { normalizePath } from "../engine/locate.js";
import { UsageError } from "./usage-error.js";
import { isDirectory, isInside, toRootPath } from "./repo.js";

/** Which plans a list of paths, folders and globs names. */
export interface SelectInput {
  /** What relative arguments are relative to. */
  readonly cwd: string;
  readonly root: string;
  /** Plan files, folders or globs, relative to `cwd` or absolute. */
  readonly args: readonly string[];
  /** Every plan under the root (relative to it, with `/`), found by the `plans` globs; called at most once. */
  readonly plans: () => readonly string[];
  /** The `plans` globs, for messages. */
  readonly globs: readonly string[];
  /** The configuration file, for messages. */
  readonly configFile: string;
  /** An absolute path as messages show it. */
  readonly shown: (abs: string) => string;
}

export function isGlob(arg: string): boolean {
  return picomatch.scan(arg).isGlob;
}

function listGlobs(globs: readonly string[]): string {
  return globs.map((g) => `\`${g}\``).join(", ");
}

/**
 * The plans to check, relative to the root with `/`, sorted and without repeats. A file is
 * checked whatever its name; a folder stands for the plans under it; a glob for the plans it
 * matches or that lie under a folder it matches (`specs/00*`, `services/*\/specs`). A path
 * that exists is never taken as a glob. Throws `UsageError` for a missing path, a path outside
 * the root, and a folder or glob that holds no plan.
 */
export function selectPlans(input: SelectInput): string[] {
  const { cwd, root, shown } = input;
  let all: readonly string[] | undefined;
  const plans = (): readonly string[] => (all ??= input.plans());
  const fix = `pass a plan file, or set \`plans\` in \`${input.configFile}\``;
  const out = new Set<string>();
  for (const arg of input.args) {
    const abs = resolve(cwd, arg);
    const dir = isDirectory(abs);
    if (dir === null && isGlob(arg)) {
      const pattern = normalizePath(arg.replaceAll("\\", "/"));
      const matches = picomatch(isAbsolute(arg) ? arg : pattern, { dot: true });
      const found = plans().filter((p) => {
        const full = resolve(root, p);
        const rel = isAbsolute(arg) ? full : normalizePath(relative(cwd, full));
        const parts = rel.split("/");
        return parts.some((_, i) => matches(parts.slice(0, i + 1).join("/")));
      });
      if (found.length === 0) {
        throw new UsageError(
          `The glob \`${arg}\` matches no plan (a file matching ${listGlobs(input.globs)}, or a folder holding one): ${fix}.`,
        );
      }
      for (const p of found) out.add(p);
      continue;
    }
    if (dir === null) throw new UsageError(`Path \`${arg}\` does not exist.`);
    if (!isInside(root, abs)) {
      throw new UsageError(
        `Path \`${arg}\` is outside the repository root \`${shown(root)}\`: pass \`--root\` with the repository that holds it.`,
      );
    }
    const path = toRootPath(root, abs);
    if (!dir) {
      out.add(path);
      continue;
    }
    const under = plans().filter((p) => path === "" || p.startsWith(`${path}/`));
    if (under.length === 0) {
      throw new UsageError(`No plans under \`${arg}\` match ${listGlobs(input.globs)}: ${fix}.`);
    }
    for (const p of under) out.add(p);
  }
  return [...out].sort();
}
