import type { Logger, Probot } from "probot";
import { Context } from "probot";
import { renderCrash } from "../../render/check-run.js";
import { createCompletedCheck, type Octokit } from "../github.js";
import { fallbackCheckName } from "../guard.js";
import { appState } from "../state.js";
import { pullExternalId, RERUN_PULL } from "../targets.js";
import type { DeliveryJob } from "./queue.js";

interface PullPayload {
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
}

/**
 * Reports a pull request's delivery that failed for good before its run could say so itself
 * (it timed out, or no installation token could be had): a failed check on the head commit
 * that says what went wrong and how to re-run, never a missing one. Other events carry no
 * commit to report on; their failure is logged.
 */
export async function reportFailedDelivery(
  probot: Probot,
  job: DeliveryJob,
  reason: string,
  log: Logger,
): Promise<boolean> {
  const payload = job.payload as PullPayload;
  const pull = payload.pull_request;
  const installationId = payload.installation?.id;
  const owner = payload.repository?.owner?.login;
  const repoName = payload.repository?.name;
  if (
    job.name !== "pull_request" ||
    !pull ||
    pull.state !== "open" ||
    !installationId ||
    !owner ||
    !repoName
  ) {
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
    headSha: pull.head.sha,
    externalId: pullExternalId(pull.number, { at: pull.updated_at, base: pull.base.sha }),
    output: renderCrash({ error: reason, deliveryId: job.id, rerun: RERUN_PULL, notes }),
  });
  return true;
}
