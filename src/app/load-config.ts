import type { Context } from "probot";
import {
  checkNameFromText,
  CONFIG_PATH,
  type Config,
  type ConfigError,
  DEFAULT_CONFIG,
  locateConfigErrors,
  parseConfigText,
  resolveConfig,
} from "../config/config.js";
import { normalizePath } from "../engine/locate.js";
import { type CheckRunOutput, renderConfigErrors } from "../render/check-run.js";
import type { Repo } from "./github.js";

export type LoadedConfig =
  | { readonly ok: true; readonly config: Config }
  | {
      readonly ok: false;
      /** The check name to report under: the configured one when it is itself valid. */
      readonly checkName: string;
      readonly errors: readonly ConfigError[];
      /** Whether the errors carry lines of this repository's `.github/speckit.yml`. */
      readonly located: boolean;
      /** Names the file(s) for the summary. */
      readonly source: string;
    };

const PLUGIN_ERROR = "[@probot/octokit-plugin-config]";

function checkNameOf(raw: unknown): string {
  const name = (raw as Record<string, unknown> | null)?.["check-name"];
  return typeof name === "string" && name.length > 0 && name.length <= 100
    ? name
    : DEFAULT_CONFIG.checkName;
}

/** The text of the repository's own `.github/speckit.yml` on its default branch; null when there is none. */
export async function readConfigText(context: Context, repo: Repo): Promise<string | null> {
  try {
    const { data } = await context.octokit.rest.repos.getContent({
      ...repo,
      path: CONFIG_PATH,
      mediaType: { format: "raw" },
    });
    return typeof data === "string" ? data : null;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null;
    throw error;
  }
}

/**
 * Loads `.github/speckit.yml` the way Probot does (default branch, the owner's `.github`
 * repository as fallback, `_extends` followed) and validates it. Only when it is invalid is
 * the repository's file read again as text, to put each error on its line.
 */
export async function loadConfig(context: Context, repo: Repo): Promise<LoadedConfig> {
  const source = `\`${CONFIG_PATH}\` (with its \`_extends\` and the owner's \`.github\` repository)`;
  let raw: unknown;
  try {
    // A repository's list (plans, constitution, …) replaces the one it extends rather than
    // being appended to it: deepmerge concatenates arrays by default.
    raw = await context.config("speckit.yml", undefined, { arrayMerge: (_base, own) => own });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!message.startsWith(PLUGIN_ERROR)) throw error;
    // Unparseable YAML, a directory in place of the file, or an `_extends` loop.
    const text = await readConfigText(context, repo);
    const parsed = text === null ? null : parseConfigText(text);
    // The file is unusable, but the name it asks for can often still be read from it.
    const checkName = (text === null ? null : checkNameFromText(text)) ?? DEFAULT_CONFIG.checkName;
    if (parsed && !parsed.ok) {
      return {
        ok: false,
        checkName,
        errors: parsed.errors,
        located: true,
        source: `\`${CONFIG_PATH}\``,
      };
    }
    return {
      ok: false,
      checkName,
      errors: [{ message: message.slice(PLUGIN_ERROR.length).trim(), pointer: "" }],
      located: false,
      source,
    };
  }
  const result = resolveConfig(raw);
  if (result.ok) return result;
  const text = await readConfigText(context, repo);
  return {
    ok: false,
    checkName: checkNameOf(raw),
    errors: text === null ? result.errors : locateConfigErrors(text, result.errors),
    located: text !== null,
    source: text === null ? source : `\`${CONFIG_PATH}\``,
  };
}

/**
 * The changed paths that are the constitution or the template as the configuration names them
 * (a `/`-rooted entry only at that path, any other also in a sub-project): a change to them
 * applies once merged, and the report says so.
 */
export function supportingFilesTouched(config: Config, paths: readonly string[]): string[] {
  const candidates = [...config.constitution, ...config.template].map((c) => ({
    rooted: c.startsWith("/"),
    path: normalizePath(c),
  }));
  return paths.filter((path) =>
    candidates.some((c) => path === c.path || (!c.rooted && path.endsWith(`/${c.path}`))),
  );
}

/** The check run of an invalid configuration: each error on its line of `.github/speckit.yml`. */
export function configErrorOutput(failed: Extract<LoadedConfig, { ok: false }>): CheckRunOutput {
  return renderConfigErrors(failed.errors, {
    path: CONFIG_PATH,
    source: failed.source,
    located: failed.located,
  });
}
