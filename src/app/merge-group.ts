import type { Context } from "probot";
import { CONFIG_PATH, type Config, DEFAULT_CONFIG } from "../config/config.js";
import { planMatcher } from "../engine/locate.js";
import { type CheckRunOutput, renderCheckRun, renderNoPlanChanges } from "../render/check-run.js";
import { inertCode, inertList } from "../render/inert.js";
import { evaluatePlans } from "./evaluate.js";
import {
  type ChangedFile,
  clientsFor,
  compareFiles,
  createCompletedCheck,
  type Octokit,
  type Repo,
} from "./github.js";
import { guarded, loadRunConfig, type PendingCheck } from "./guard.js";
import { configErrorOutput, supportingFilesTouched } from "./load-config.js";
import { runOf } from "./observe.js";
import { type Deps, repoKey } from "./targets.js";

/**
 * How to get a merge group checked again. GitHub takes a pull request out of the queue when a
 * required check fails, and builds a new merge group (a new event) when it is queued again.
 */
export const RERUN_MERGE_GROUP =
  "Re-run: fix the plan on its pull request, or once the cause is gone, add the pull request to the merge queue again.";
const RERUN_MERGE_GROUP_PLAIN =
  "Fix the plan on its pull request, or once the cause is gone, add the pull request to the merge queue again.";

/** The `external_id` of a merge group's check run: the base it was judged against. */
export function mergeGroupExternalId(baseSha: string): string {
  return `merge_group:${baseSha}`;
}

/** Whether a check run (by its `external_id`) or a branch belongs to a merge group, which is never re-run. */
export function isMergeGroup(externalId: string, branch: string | null): boolean {
  return externalId.startsWith("merge_group:") || (branch ?? "").startsWith("gh-readonly-queue/");
}

/** A merge group as a run needs it. */
export interface MergeGroupTarget extends Repo {
  readonly headSha: string;
  readonly baseSha: string;
  /** `refs/heads/main`: the branch the group merges into. */
  readonly baseRef: string;
  readonly repoUrl: string;
}

/**
 * The plans whose content differs between two commits, from their whole listings (two
 * requests, whatever the number of changed files); `truncated` when GitHub cut a listing short.
 */
async function plansChangedByTrees(
  octokit: Octokit,
  repo: Repo,
  base: string,
  head: string,
  isPlan: (path: string) => boolean,
): Promise<{ files: ChangedFile[]; truncated: boolean }> {
  const blobs = async (sha: string) => {
    const { data } = await octokit.rest.git.getTree({ ...repo, tree_sha: sha, recursive: "1" });
    const shas = new Map<string, string>();
    for (const e of data.tree) {
      if (e.type === "blob" && e.path !== undefined && isPlan(e.path))
        shas.set(e.path, e.sha ?? "");
    }
    return { shas, truncated: data.truncated };
  };
  const [before, after] = [await blobs(base), await blobs(head)];
  const files: ChangedFile[] = [];
  for (const [path, sha] of after.shas) {
    const old = before.shas.get(path);
    if (old !== sha) files.push({ path, status: old === undefined ? "added" : "modified" });
  }
  return { files, truncated: before.truncated || after.truncated };
}

/** What the group changes that judges plans: the constitution and template (read at the base), the configuration. */
function supportingNotes(config: Config, files: readonly ChangedFile[], baseRef: string): string[] {
  const touched = supportingFilesTouched(
    config,
    files.map((f) => f.path),
  );
  const notes: string[] = [];
  if (touched.length > 0) {
    notes.push(
      `This merge group changes ${inertList(touched)}. Plans are judged against the version on ${inertCode(baseRef)}, the branch the group merges into; the change applies once it is merged.`,
    );
  }
  if (files.some((f) => f.path === CONFIG_PATH)) {
    notes.push(
      `This merge group changes \`${CONFIG_PATH}\`. The configuration is read from the default branch; the change applies once it is merged.`,
    );
  }
  return notes;
}

/**
 * Checks a merge group's head commit under the pull request check's name, so that a required
 * check does not stall the merge queue: the plans changed between the group's base and head,
 * read at the head, with the constitution and template from the base and the configuration
 * from the default branch. A merge group has no pull request page of its own: no comment.
 */
export async function checkMergeGroup(
  context: Context,
  deps: Deps,
  target: MergeGroupTarget,
): Promise<void> {
  const repo: Repo = { owner: target.owner, repo: target.repo };
  const { octokit, reader } = clientsFor(context);
  let name = deps.state.checkNames.get(repoKey(repo)) ?? DEFAULT_CONFIG.checkName;
  let crashNotes: readonly string[] = [];
  const check: PendingCheck = {
    name: () => name,
    headSha: target.headSha,
    externalId: mergeGroupExternalId(target.baseSha),
    rerun: RERUN_MERGE_GROUP,
    crashNotes: () => crashNotes,
  };
  await guarded(context, repo, check, async (written) => {
    const write = (output: CheckRunOutput) =>
      createCompletedCheck(
        octokit,
        repo,
        { name, headSha: target.headSha, externalId: check.externalId, output },
        written,
      );

    const run = await loadRunConfig(context, repo, deps, (fallback) => {
      name = fallback.name;
      crashNotes = fallback.notes;
    });
    const loaded = run.loaded;
    name = run.name;
    if (!loaded.ok) {
      await write(configErrorOutput(loaded));
      return;
    }
    const config = loaded.config;
    const isPlan = planMatcher(config.plans);

    let changed = await compareFiles(octokit, repo, target.baseSha, target.headSha);
    const notes: string[] = [];
    // The compare API lists at most 300 files: beyond them, the two trees tell which plans differ.
    if (changed.capped) {
      const byTrees = await plansChangedByTrees(
        octokit,
        repo,
        target.baseSha,
        target.headSha,
        isPlan,
      );
      changed = { files: [...changed.files, ...byTrees.files], capped: false };
      if (byTrees.truncated) {
        notes.push(
          "GitHub cut the file listing of this merge group short: plans beyond it were not checked. Run `speckit-gate check` locally or in the GitHub Action to check them all.",
        );
      }
    }
    const planPaths = [
      ...new Set(
        changed.files.filter((f) => f.status !== "removed" && isPlan(f.path)).map((f) => f.path),
      ),
    ];
    notes.unshift(...supportingNotes(config, changed.files, target.baseRef));

    if (planPaths.length === 0) {
      await write(renderNoPlanChanges({ globs: config.plans, notes }));
      return;
    }
    const results = await evaluatePlans(
      octokit,
      reader,
      repo,
      config,
      planPaths,
      { head: target.headSha, base: target.baseSha },
      { rerun: RERUN_MERGE_GROUP_PLAIN },
    );
    runOf(context).checked(results);
    await write(
      renderCheckRun(results, {
        repoUrl: target.repoUrl,
        sha: target.headSha,
        notes,
        rerun: RERUN_MERGE_GROUP,
      }),
    );
  });
}

/** `merge_group.checks_requested`: GitHub's merge queue asks for the required checks of a group. */
export async function mergeGroup(
  context: Context<"merge_group.checks_requested">,
  deps: Deps,
): Promise<void> {
  const { merge_group: group, repository } = context.payload;
  if (!repository) return;
  await checkMergeGroup(context, deps, {
    owner: repository.owner.login,
    repo: repository.name,
    headSha: group.head_sha,
    baseSha: group.base_sha,
    baseRef: group.base_ref.replace(/^refs\/heads\//, ""),
    repoUrl: repository.html_url,
  });
}
