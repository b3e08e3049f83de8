import type { Context } from "probot";
import { checkNameFromText, CONFIG_PATH, DEFAULT_CONFIG } from "../config/config.js";
import { renderCrash } from "../render/check-run.js";
import { inertCode } from "../render/inert.js";
import { noteSettled, willRetry } from "./attempt.js";
import { clientsFor, createCompletedCheck, errorText, type Repo } from "./github.js";
import { type LoadedConfig, loadConfig, readConfigText } from "./load-config.js";
import { runOf } from "./observe.js";
import { rateLimitedOutput, rateLimitOf } from "./rate-limit.js";
import { type Deps, repoKey } from "./targets.js";

/** The check run a run writes, its name known only once the configuration is read. */
export interface PendingCheck {
  readonly name: () => string;
  readonly headSha: string;
  readonly externalId: string;
  readonly rerun: string;
  /** Extra paragraphs for a crash report (e.g. why the name may not be the configured one). */
  readonly crashNotes?: () => readonly string[];
  /**
   * Whether a crash must go unreported: a newer run owns the check, or the run was not one
   * that reports (a push to a branch the configuration does not name).
   */
  readonly silent?: () => Promise<boolean>;
}

/**
 * Runs `work`. When it fails before writing its check run, the check is still completed (a
 * pending check would block the merge for good): a failure saying what went wrong and how to
 * retry, unless a newer run owns the check, or a queue will run the delivery again; when
 * GitHub's rate limit stopped it, saying so and when it runs again. The error is then rethrown
 * (for the run's observer to log, and for the queue to retry).
 */
export async function guarded(
  context: Context,
  repo: Repo,
  check: PendingCheck,
  work: (written: () => void) => Promise<void>,
): Promise<void> {
  let written = false;
  try {
    await work(() => {
      written = true;
      noteSettled();
    });
  } catch (error) {
    const now = Date.now();
    const limit = written ? null : rateLimitOf(error, now);
    // A rate-limited run says so at once (and when it runs again); any other failure that a
    // queue will try again waits for its last attempt, so that no failed check flashes by.
    if (!written && (limit !== null || !willRetry(error))) {
      const output = limit
        ? rateLimitedOutput({
            limit,
            plan: runOf(context).rateLimited(limit),
            now,
            rerun: check.rerun,
            deliveryId: context.id,
          })
        : renderCrash({
            error: errorText(error),
            deliveryId: context.id,
            rerun: check.rerun,
            notes: check.crashNotes?.() ?? [],
          });
      try {
        if (!(await check.silent?.().catch(() => false))) {
          await createCompletedCheck(clientsFor(context).octokit, repo, {
            name: check.name(),
            headSha: check.headSha,
            externalId: check.externalId,
            output,
          });
        }
      } catch (second) {
        context.log.error({ err: second }, "could not report the failed run on its check run");
      }
      noteSettled();
    }
    throw error;
  }
}

/**
 * The check name to report under when the configuration could not be loaded at all (GitHub
 * failing): the one the repository's own file names if it can still be read, else the one
 * this process last saw for the repository, else the default, with a note saying so.
 */
export async function fallbackCheckName(
  context: Context,
  repo: Repo,
  deps: Deps,
): Promise<{ readonly name: string; readonly notes: readonly string[] }> {
  try {
    const text = await readConfigText(context, repo);
    const named = text === null ? null : checkNameFromText(text);
    if (named) return { name: named, notes: [] };
    // A file of its own that names no check and extends nothing: the default is its name.
    if (text !== null && !/^_extends\s*:/m.test(text)) {
      return { name: DEFAULT_CONFIG.checkName, notes: [] };
    }
  } catch {
    // GitHub is failing: what this process remembers is all there is.
  }
  const remembered = deps.state.checkNames.get(repoKey(repo));
  const name = remembered ?? DEFAULT_CONFIG.checkName;
  return {
    name,
    notes: [
      `The configuration \`${CONFIG_PATH}\` could not be read, so this report is filed under ${remembered ? "the check name this repository last used" : "the default check name"}, ${inertCode(name)}. If branch protection requires a check of another name (\`check-name\`), that check has not reported yet: run the check again once GitHub answers, and it reports under the configured name.`,
    ],
  };
}

/** The name and notes a crash report is filed under when the configuration cannot be read. */
export type Fallback = Awaited<ReturnType<typeof fallbackCheckName>>;

/**
 * Reads a run's configuration and remembers the check name it gives the repository. When the
 * read itself fails, `onUnread` (if given) learns the name and notes the crash report is filed
 * under, and the error goes on to `guarded`.
 */
export async function loadRunConfig(
  context: Context,
  repo: Repo,
  deps: Deps,
  onUnread: ((fallback: Fallback) => void) | null,
): Promise<{ readonly loaded: LoadedConfig; readonly name: string }> {
  let loaded: LoadedConfig;
  try {
    loaded = await loadConfig(context, repo);
  } catch (error) {
    if (onUnread) onUnread(await fallbackCheckName(context, repo, deps));
    throw error;
  }
  const name = loaded.ok ? loaded.config.checkName : loaded.checkName;
  deps.state.checkNames.set(repoKey(repo), name);
  return { loaded, name };
}
