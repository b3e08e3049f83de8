import picomatch from "picomatch";
import type { Context } from "probot";
import { DEFAULT_CONFIG } from "../config/config.js";
import {
  type ChangedFile,
  clientsFor,
  compareFiles,
  createCompletedCheck,
  type Repo,
} from "./github.js";
import { guarded, loadRunConfig, type PendingCheck } from "./guard.js";
import { configErrorOutput } from "./load-config.js";
import { checkPush, type Deps, pushCheckName, pushExternalId, repoKey, RERUN_PUSH } from "./run.js";

const ZERO_SHA = /^0+$/;

/** The payload lists at most 20 commits; beyond that (or when history was rewritten) ask the compare API. */
const PAYLOAD_COMMITS_LIMIT = 20;

interface PushCommit {
  readonly added?: readonly string[];
  readonly removed?: readonly string[];
  readonly modified?: readonly string[];
}

/** The net changes of a push's commits, oldest first: the last thing that happened to each path. */
export function filesFromCommits(commits: readonly PushCommit[]): ChangedFile[] {
  const status = new Map<string, ChangedFile["status"]>();
  for (const commit of commits) {
    for (const path of commit.added ?? []) status.set(path, "added");
    for (const path of commit.modified ?? []) status.set(path, "modified");
    for (const path of commit.removed ?? []) status.set(path, "removed");
  }
  return [...status].map(([path, s]) => ({ path, status: s }));
}

/**
 * `push`: checks the plans a push to the default branch (or a configured branch) changes.
 * Guarded as a pull request's run is: an invalid configuration (aliases included) is a
 * config error on its line, and any other failure on the default branch or a configured
 * branch is reported on the pushed commit rather than lost.
 */
export async function push(context: Context<"push">, deps: Deps): Promise<void> {
  const { payload } = context;
  if (payload.deleted || !payload.ref.startsWith("refs/heads/")) return;
  const branch = payload.ref.slice("refs/heads/".length);
  const { repository } = payload;
  const repo: Repo = { owner: repository.owner?.login ?? "", repo: repository.name };
  const defaultBranch = repository.default_branch;
  const isDefault = branch === defaultBranch;
  const before = ZERO_SHA.test(payload.before) ? null : payload.before;
  const { octokit } = clientsFor(context);

  let name = deps.state.checkNames.get(repoKey(repo)) ?? DEFAULT_CONFIG.checkName;
  let crashNotes: readonly string[] = [];
  // Until the configuration says otherwise, only the default branch is one the app reports on.
  let reports = isDefault;
  const check: PendingCheck = {
    name: () => pushCheckName(name),
    headSha: payload.after,
    externalId: pushExternalId(before),
    rerun: RERUN_PUSH,
    crashNotes: () => crashNotes,
    silent: () => Promise.resolve(!reports),
  };

  await guarded(context, repo, check, async (written) => {
    // A push the app does not report on files no crash report, so it needs no fallback name.
    const run = await loadRunConfig(
      context,
      repo,
      deps,
      reports
        ? (fallback) => {
            name = fallback.name;
            crashNotes = fallback.notes;
          }
        : null,
    );
    const loaded = run.loaded;
    name = run.name;
    if (!loaded.ok) {
      // Only the default branch's push reports it: that is where the broken file lives.
      if (!isDefault) return;
      await createCompletedCheck(
        octokit,
        repo,
        {
          name: pushCheckName(name),
          headSha: payload.after,
          externalId: check.externalId,
          output: configErrorOutput(loaded),
        },
        written,
      );
      return;
    }
    const config = loaded.config;
    if (!isDefault && !picomatch([...config.pushBranches])(branch)) return;
    reports = true;

    const fromPayload =
      payload.commits.length > 0 &&
      payload.commits.length < PAYLOAD_COMMITS_LIMIT &&
      !payload.forced &&
      (before !== null || isDefault);
    const changed = fromPayload
      ? { files: filesFromCommits(payload.commits), capped: false }
      : await compareFiles(octokit, repo, before ?? defaultBranch, payload.after);

    await checkPush(
      context,
      {
        ...repo,
        sha: payload.after,
        before,
        branch,
        defaultBranch,
        repoUrl: repository.html_url,
      },
      config,
      changed,
      written,
    );
  });
}
