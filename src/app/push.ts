import picomatch from "picomatch";
import type { Context } from "probot";
import { CONFIG_PATH } from "../config/config.js";
import { renderConfigErrors } from "../render/check-run.js";
import {
  type ChangedFile,
  clientsFor,
  compareFiles,
  createCompletedCheck,
  type Repo,
} from "./github.js";
import { loadConfig } from "./load-config.js";
import { checkPush, pushCheckName } from "./run.js";

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

/** `push`: checks the plans a push to the default branch (or a configured branch) changes. */
export async function push(context: Context<"push">): Promise<void> {
  const { payload } = context;
  if (payload.deleted || !payload.ref.startsWith("refs/heads/")) return;
  const branch = payload.ref.slice("refs/heads/".length);
  const { repository } = payload;
  const repo: Repo = { owner: repository.owner?.login ?? "", repo: repository.name };
  const defaultBranch = repository.default_branch;
  const isDefault = branch === defaultBranch;

  const loaded = await loadConfig(context, repo);
  const { octokit } = clientsFor(context);
  if (!loaded.ok) {
    // Only the default branch's push reports it: that is where the broken file lives.
    if (!isDefault) return;
    await createCompletedCheck(octokit, repo, {
      name: pushCheckName(loaded.checkName),
      headSha: payload.after,
      externalId: `push:${payload.before}`,
      output: renderConfigErrors(loaded.errors, {
        path: CONFIG_PATH,
        source: loaded.source,
        located: loaded.located,
      }),
    });
    return;
  }
  const config = loaded.config;
  if (!isDefault && !picomatch([...config.pushBranches])(branch)) return;

  const before = ZERO_SHA.test(payload.before) ? null : payload.before;
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
  );
}
