import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
import {
  CONFIG_PATH,
  DEFAULT_CONFIG,
  parseConfigText,
  type Config,
  type ConfigError,
} from "../config/config.js";
import { normalizePath } from "../engine/locate.js";
import { UsageError } from "./usage-error.js";

/** The repository side of the CLI and the Action: where the root is, what configures it. */

/** Whether a path is a folder (true), something else (false), or nothing (null). */
export function isDirectory(path: string): boolean | null {
  try {
    return statSync(path).isDirectory();
  } catch {
    return null;
  }
}

/** Whether `path` is `folder` or inside it (both absolute). */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** A path relative to the root, with `/`. */
export function toRootPath(root: string, abs: string): string {
  return normalizePath(relative(root, abs));
}

export interface FoundRoot {
  readonly root: string;
  /** What marked it, or null when nothing did and the caller's fallback was taken. */
  readonly marker: ".git" | ".specify" | null;
}

/**
 * The repository that holds an absolute path: the nearest folder at or above it holding `.git`
 * (a folder, or the file a worktree or submodule has), so that paths and the configuration are
 * those of the repository the GitHub App sees; where no `.git` is above, the nearest folder
 * holding `.specify/` (a spec-kit project not under git). Null when neither is found.
 */
export function findRoot(path: string): FoundRoot | null {
  let dir = isDirectory(path) ? path : dirname(path);
  let specify: string | null = null;
  for (;;) {
    if (existsSync(join(dir, ".git"))) return { root: dir, marker: ".git" };
    if (specify === null && isDirectory(join(dir, ".specify"))) specify = dir;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return specify === null ? null : { root: specify, marker: ".specify" };
}

/** The configuration files read when none is named, first found wins (`.yml` is the App's). */
export const CONFIG_FILES = [CONFIG_PATH, ".github/speckit.yaml"] as const;

export type LoadedConfig =
  | {
      readonly ok: true;
      readonly config: Config;
      /** The file read (absolute), or null when the defaults apply. */
      readonly file: string | null;
      /** Things the user should know, one sentence each. */
      readonly notes: readonly string[];
    }
  | {
      readonly ok: false;
      readonly file: string;
      readonly errors: readonly ConfigError[];
    };

/**
 * Loads the configuration: the file named (absolute path), else the first of `CONFIG_FILES`
 * under the root, else the defaults. A named file that is missing, a folder or unreadable is a
 * `UsageError`; `shown` turns an absolute path into the form messages use.
 */
export function loadConfig(
  root: string,
  named: string | undefined,
  shown: (abs: string) => string,
): LoadedConfig {
  const notes: string[] = [];
  let file: string;
  if (named !== undefined) {
    const dir = isDirectory(named);
    if (dir === null) {
      throw new UsageError(
        `\`--config ${shown(named)}\` does not exist: pass the path of a speckit.yml file, or leave \`--config\` out to use \`${CONFIG_PATH}\` under the root.`,
      );
    }
    if (dir) {
      throw new UsageError(`\`${shown(named)}\` is a folder: pass the path of a speckit.yml file.`);
    }
    file = named;
  } else {
    const present = CONFIG_FILES.map((f) => join(root, f)).filter((f) => isDirectory(f) === false);
    const first = present[0];
    if (first === undefined) return { ok: true, config: DEFAULT_CONFIG, file: null, notes };
    if (present.length > 1) {
      notes.push(
        `both \`${CONFIG_FILES[0]}\` and \`${CONFIG_FILES[1]}\` exist: only \`${CONFIG_FILES[0]}\` is read; delete the other.`,
      );
    } else if (!first.endsWith(".yml")) {
      notes.push(
        `the GitHub App reads only \`${CONFIG_PATH}\`: rename \`${shown(first)}\` so that the App follows it too.`,
      );
    }
    file = first;
  }
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(`Cannot read \`${shown(file)}\`: ${(error as Error).message}`);
  }
  const result = parseConfigText(text);
  if (!result.ok) return { ok: false, file, errors: result.errors };
  if (/^_extends\s*:/m.test(text)) {
    notes.push(
      `\`_extends\` in \`${shown(file)}\` is followed only by the GitHub App; here this file is used alone.`,
    );
  }
  return { ok: true, config: result.config, file, notes };
}
