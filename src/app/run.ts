import type { Context } from "probot";
import { CONFIG_PATH, type Config, DEFAULT_CONFIG } from "../config/config.js";
import { planMatcher } from "../engine/locate.js";
import { type CheckRunOutput, renderCheckRun, renderNoPlanChanges } from "../render/check-run.js";
import { amendmentSections, withAmendments } from "../render/amendment.js";
import { inertCode, inertList } from "../render/inert.js";
import { type AmendmentCheck, checkAmendments } from "./amendment.js";
import { evaluatePlans } from "./evaluate.js";
import {
  type ChangedFile,
  clientsFor,
  createCompletedCheck,
  type CreatedCheck,
  errorText,
  listPullFiles,
  type Octokit,
  type Repo,
} from "./github.js";
import { guarded, loadRunConfig, type PendingCheck } from "./guard.js";
import { configErrorOutput, supportingFilesTouched } from "./load-config.js";
import { runOf } from "./observe.js";
import { isSuperseded } from "./order.js";
import type { RunOrder } from "./state.js";
import { syncSticky } from "./sticky.js";
import {
  type Deps,
  pullExternalId,
  type PullTarget,
  pushCheckName,
  pushExternalId,
  type PushTarget,
  repoKey,
  RERUN_PULL,
  RERUN_PULL_PLAIN,
  RERUN_PUSH,
  RERUN_PUSH_PLAIN,
} from "./targets.js";

export {
  type Deps,
  parsePullExternalId,
  pullExternalId,
  type PullLike,
  type PullTarget,
  pullTarget,
  pushCheckName,
  pushExternalId,
  type PushTarget,
  repoKey,
  RERUN_PULL,
  RERUN_PUSH,
} from "./targets.js";

/** Paths of the constitution or template that a change touches (they are judged from the base, so say so). */
function supportingNotes(
  config: Config,
  files: readonly ChangedFile[],
  baseRef: string,
  amended: boolean,
): string[] {
  const touched = supportingFilesTouched(
    config,
    files.map((f) => f.path),
  );
  const configTouched = files.some((f) => f.path === CONFIG_PATH);
  const notes: string[] = [];
  if (touched.length > 0) {
    const amendment = amended
      ? " The amended constitution itself is checked below, at the head commit, as an amendment."
      : "";
    notes.push(
      `This pull request changes ${inertList(touched)}. Plans are judged against the version on the base branch ${inertCode(baseRef)}, so that a pull request cannot relax the gate that judges it; the change applies once it is merged.${amendment}`,
    );
  }
  if (configTouched) {
    notes.push(
      `This pull request changes \`${CONFIG_PATH}\`. The configuration is read from the default branch; the change applies once it is merged.`,
    );
  }
  return notes;
}

function capNote(listed: number, total: number | null, capped: boolean): string[] {
  if (!capped && (total === null || total <= listed)) return [];
  return [
    `GitHub lists only the first ${listed.toLocaleString("en-US")} changed files of a pull request${total ? ` (this one changes ${total.toLocaleString("en-US")})` : ""}: plans beyond them were not checked. Split the pull request, or run \`speckit-gate check\` locally or in the GitHub Action.`,
  ];
}

export interface PullRunOptions {
  /** Called right after the check run is written (a `/speckit recheck` reacts then). */
  readonly afterCheck?: () => Promise<void>;
}

/**
 * Checks a pull request's head commit: the check run first (the write that gates the merge),
 * then the sticky comment.
 */
export async function checkPull(
  context: Context,
  deps: Deps,
  target: PullTarget,
  options: PullRunOptions = {},
): Promise<void> {
  const repo: Repo = { owner: target.owner, repo: target.repo };
  const { octokit, reader } = clientsFor(context);
  let name = DEFAULT_CONFIG.checkName;
  let crashNotes: readonly string[] = [];
  const order: RunOrder = { at: target.updatedAt, base: target.baseSha };
  const check: PendingCheck = {
    name: () => name,
    headSha: target.headSha,
    externalId: pullExternalId(target.number, order),
    rerun: RERUN_PULL,
    crashNotes: () => crashNotes,
    silent: () => isSuperseded(octokit, deps, target, name),
  };
  await guarded(context, repo, check, async (written) => {
    /** Writes the check run; null when a newer run owns it (then this run stops). */
    const write = async (output: CheckRunOutput): Promise<CreatedCheck | null> => {
      if (await isSuperseded(octokit, deps, target, name)) {
        written();
        context.log.info(
          `not reporting on ${repoKey(repo)}#${target.number}: a newer run owns the check of ${target.headSha}`,
        );
        return null;
      }
      // Written once created: a failure appending annotations must not file a crash over it.
      const created = await createCompletedCheck(
        octokit,
        repo,
        { name, headSha: target.headSha, externalId: check.externalId, output },
        written,
      );
      await options.afterCheck?.();
      return created;
    };

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

    const changed = await listPullFiles(octokit, repo, target.number);
    const isPlan = planMatcher(config.plans);
    const planPaths = changed.files
      .filter((f) => f.status !== "removed" && isPlan(f.path))
      .map((f) => f.path);
    const revs = { head: target.headSha, base: target.baseSha };
    const amendments = await amendmentsOf(context, octokit, reader, repo, config, changed, revs);
    const notes = [
      ...supportingNotes(config, changed.files, target.baseRef, amendments.views.length > 0),
      ...amendments.notes,
      ...capNote(changed.files.length, target.changedFiles, changed.capped),
    ];
    const links = { repoUrl: target.repoUrl, sha: target.headSha };
    const sections = amendmentSections(amendments.views, links);

    if (planPaths.length === 0) {
      const output = renderNoPlanChanges({ globs: config.plans, notes, sections });
      const created = await write(withAmendments(output, amendments.views, links, false));
      if (created) await syncSticky(context, deps, target, config, null, created, notes, sections);
      return;
    }

    const results = await evaluatePlans(octokit, reader, repo, config, planPaths, revs, {
      rerun: RERUN_PULL_PLAIN,
    });
    runOf(context).checked(results);
    const output = renderCheckRun(results, { ...links, notes, sections, rerun: RERUN_PULL });
    const created = await write(withAmendments(output, amendments.views, links, true));
    if (created) await syncSticky(context, deps, target, config, results, created, notes, sections);
  });
}

/**
 * The pull request's constitution amendments, checked. Under `amendments: warn` a failure to
 * read them is a note (they never decide the check); under `block` it fails the run, as a gate
 * that cannot judge must not pass.
 */
async function amendmentsOf(
  context: Context,
  octokit: Octokit,
  reader: Octokit,
  repo: Repo,
  config: Config,
  changed: { readonly files: readonly ChangedFile[] },
  revs: { readonly head: string; readonly base: string },
): Promise<AmendmentCheck> {
  try {
    return await checkAmendments(octokit, reader, repo, config, changed.files, revs);
  } catch (error) {
    if (config.amendments === "block") throw error;
    context.log.warn(`amendment check failed on ${repoKey(repo)}: ${errorText(error)}`);
    return {
      views: [],
      notes: [
        `The constitution amendment could not be checked (${inertCode(errorText(error))}); with \`amendments: warn\` this does not fail the check. Re-run the check, or run \`speckit-gate impact --base ${revs.base.slice(0, 12)}\` on a checkout.`,
      ],
    };
  }
}

/**
 * Checks the plans a push changes, at the pushed commit (constitution and template included:
 * on a branch, whoever pushes can already change them). Nothing is reported when no plan
 * changed: pushes have no required check to satisfy.
 */
export async function checkPush(
  context: Context,
  target: PushTarget,
  config: Config,
  changed: { readonly files: readonly ChangedFile[]; readonly capped: boolean },
  onCreated?: () => void,
): Promise<boolean> {
  const repo: Repo = { owner: target.owner, repo: target.repo };
  const { octokit, reader } = clientsFor(context);
  const isPlan = planMatcher(config.plans);
  const planPaths = changed.files
    .filter((f) => f.status !== "removed" && isPlan(f.path))
    .map((f) => f.path);
  if (planPaths.length === 0) return false;
  const results = await evaluatePlans(
    octokit,
    reader,
    repo,
    config,
    planPaths,
    { head: target.sha, base: target.sha },
    { rerun: RERUN_PUSH_PLAIN },
  );
  runOf(context).checked(results);
  const notes = changed.capped
    ? ["This push changes more files than GitHub lists: plans beyond them were not checked."]
    : [];
  await createCompletedCheck(
    octokit,
    repo,
    {
      name: pushCheckName(config.checkName),
      headSha: target.sha,
      externalId: pushExternalId(target.before),
      output: renderCheckRun(results, {
        repoUrl: target.repoUrl,
        sha: target.sha,
        notes,
        rerun: RERUN_PUSH,
      }),
    },
    onCreated,
  );
  return true;
}
