import type { Server } from "node:http";
import type { Logger } from "probot";
import type { Intake } from "./intake.js";
import type { Workers } from "./queue/worker.js";

/** What a process has running, all optional: a worker-only process has no server or intake. */
export interface Running {
  readonly log: Logger;
  readonly timeoutMs: number;
  readonly server?: Server | null;
  readonly intake?: Intake | null;
  readonly sweeps?: { readonly stop: () => Promise<void> } | null;
  readonly workers?: Workers | null;
  /** Closes what is left (Redis connections). */
  readonly close?: () => Promise<void>;
}

export interface ShutdownReport {
  /** Scale-out: jobs still running at the deadline, handed back to the queue (nothing lost). */
  readonly handedBack: readonly string[];
  /** Embedded: runs cut off before GitHub was answered; answered 503, so they are redelivered. */
  readonly failedBack: readonly string[];
  /** Embedded: runs cut off after GitHub was answered 202: lost unless someone re-runs them. */
  readonly lost: readonly string[];
}

const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)).unref());

/**
 * Graceful shutdown: stop taking deliveries (new ones get 503, which GitHub records as failed
 * and the sweep redelivers), stop sweeping, then give the work in flight until the deadline.
 * Past it, a queued job is handed back to Redis for another replica, and an embedded run is cut
 * off, and the log says which.
 */
export async function shutdown(running: Running): Promise<ShutdownReport> {
  const { log } = running;
  const deadline = Date.now() + running.timeoutMs;
  running.intake?.stop();
  if (running.server) {
    running.server.close();
    running.server.closeIdleConnections();
  }
  await Promise.race([running.sweeps?.stop(), sleep(deadline - Date.now())]);

  let handedBack: readonly string[] = [];
  const failedBack: string[] = [];
  const lost: string[] = [];
  if (running.intake) {
    await Promise.race([running.intake.idle(), sleep(deadline - Date.now())]);
    for (const run of running.intake.inflight()) {
      if (run.answered) {
        lost.push(`${run.id} (${run.name})`);
      } else {
        run.abandon();
        failedBack.push(`${run.id} (${run.name})`);
      }
    }
  }
  if (running.workers) {
    ({ handedBack } = await running.workers.close(Math.max(0, deadline - Date.now())));
  }
  if (handedBack.length > 0) {
    log.info(
      { deliveries: handedBack },
      `shutdown: ${handedBack.length} running deliveries handed back to the queue; another replica runs them`,
    );
  }
  if (failedBack.length > 0) {
    log.warn(
      { deliveries: failedBack },
      `shutdown: ${failedBack.length} running deliveries cut off and answered 503; GitHub records them as failed, and the redelivery sweep at the next start brings them back`,
    );
  }
  if (lost.length > 0) {
    log.error(
      { deliveries: lost },
      `shutdown: ${lost.length} running deliveries cut off after GitHub was answered, so they will not be redelivered: their pull requests may lack a check. Comment \`/speckit recheck\` on them, or redeliver these deliveries from the app's settings (Advanced, Recent Deliveries). Raise SHUTDOWN_TIMEOUT_SECONDS (and the container's stop timeout), or run with REDIS_URL, to lose none.`,
    );
  }
  await running
    .close?.()
    .catch((error: unknown) => log.warn({ err: error }, "shutdown: closing Redis failed"));
  return { handedBack, failedBack, lost };
}
