import type { Logger, Probot } from "probot";
import { Context } from "probot";
import { renderCrash } from "../../render/check-run.js";
import { createCompletedCheck, type Octokit } from "../github.js";
import { fallbackCheckName } from "../guard.js";
import { mergeGroupExternalId, RERUN_MERGE_GROUP } from "../merge-group.js";
import { appState } from "../state.js";
import { pullExternalId, RERUN_PULL } from "../targets.js";
import type { DeliveryJob } from "./queue.js";

interface DeliveryPayload {
  readonly action?: string;
  readonly installation?: { readonly id?: number };
  readonly repository?: { readonly name?: string; readonly owner?: { readonly login?: string } };
  readonly pull_request?: {
    readonly number: number;
    readonly state?: string;
    readonly updated_at: string;
    readonly head: { readonly sha: string };
    readonly base: { readonly sha: string };
  };
  readonly merge_group?: { readonly head_sha: string; readonly base_sha: string };
}

/** The check run a failed delivery is reported on: a pull request's head, or a merge group's. */
function reportTarget(
  job: DeliveryJob,
  payload: DeliveryPayload,
): { readonly headSha: string; readonly externalId: string; readonly rerun: string } | null {
  const pull = payload.pull_request;
  if (job.name === "pull_request" && pull && pull.state === "open") {
    return {
      headSha: pull.head.sha,
      externalId: pullExternalId(pull.number, { at: pull.updated_at, base: pull.base.sha }),
      rerun: RERUN_PULL,
    };
  }
  const group = payload.merge_group;
  if (job.name === "merge_group" && group) {
    return {
      headSha: group.head_sha,
      externalId: mergeGroupExternalId(group.base_sha),
      rerun: RERUN_MERGE_GROUP,
    };
  }
  return null;
}

/**
 * Reports a delivery that failed for good before its run could say so itself (it timed out,
 * or no installation token could be had): a failed check on the pull request's head commit
 * (or the merge group's) that says what went wrong and how to re-run, never a missing one.
 * Other events carry no commit to report on; their failure is logged.
 */
export async function reportFailedDelivery(
  probot: Probot,
  job: DeliveryJob,
  reason: string,
  log: Logger,
): Promise<boolean> {
  const payload = job.payload as DeliveryPayload;
  const installationId = payload.installation?.id;
  const owner = payload.repository?.owner?.login;
  const repoName = payload.repository?.name;
  const target = reportTarget(job, payload);
  if (!target || !installationId || !owner || !repoName) {
    log.error(
      { delivery: job.id, event: job.name, reason },
      `delivery ${job.id} (${job.name}) failed for good and has no commit to report on: ${reason}. Redeliver it from the app's settings (Advanced) once the cause is fixed.`,
    );
    return false;
  }
  const octokit = (await probot.auth(installationId)) as Octokit;
  const repo = { owner, repo: repoName };
  const context = new Context(
    { id: job.id, name: job.name, payload } as unknown as ConstructorParameters<typeof Context>[0],
    octokit,
    log,
  );
  const { name, notes } = await fallbackCheckName(context, repo, {
    botLogin: () => Promise.resolve(""),
    state: appState(),
  });
  await createCompletedCheck(octokit, repo, {
    name,
    headSha: target.headSha,
    externalId: target.externalId,
    output: renderCrash({ error: reason, deliveryId: job.id, rerun: target.rerun, notes }),
  });
  return true;
}
