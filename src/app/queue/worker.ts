import { DelayedError, type Job, type Queue, UnrecoverableError, Worker } from "bullmq";
import type { Redis } from "ioredis";
import type { Logger, Probot } from "probot";
import { type Attempt, withAttempt } from "../attempt.js";
import type { DeliverySettings } from "../delivery-settings.js";
import { GITHUB_KEEPS_DELIVERIES_MS } from "../delivery-settings.js";
import type { Lanes } from "./lanes.js";
import { type DeliveryJob, doneKey, QUEUE_NAME } from "./queue.js";
import { reportFailedDelivery } from "./report.js";
import { failureText, isTransient, retryDelayMs } from "./transient.js";

/**
 * A job waiting for its turn in its lane looks again this often; the job ahead of it wakes it
 * as soon as it leaves, so this only covers a wake-up that was missed.
 */
const LANE_POLL_MS = 5000;

export interface Workers {
  /** Jobs running in this process now: their delivery ids. */
  readonly running: () => string[];
  /**
   * Stops taking jobs and waits up to `timeoutMs` for the running ones; those still running
   * then are handed back to the queue (another replica runs them). Their delivery ids.
   */
  readonly close: (timeoutMs: number) => Promise<{ readonly handedBack: readonly string[] }>;
}

export interface WorkerDeps {
  readonly probot: Probot;
  readonly settings: DeliverySettings;
  readonly redis: Redis;
  readonly lanes: Lanes;
  readonly queue: Queue<DeliveryJob>;
  readonly log: Logger;
}

class RunTimeout extends Error {
  constructor(ms: number) {
    super(
      `the run did not finish within ${Math.round(ms / 1000)} s (JOB_TIMEOUT_SECONDS); GitHub may be very slow, or the run is stuck`,
    );
    this.name = "RunTimeout";
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RunTimeout(ms)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The workers of one process: they take queued deliveries and run them through the app
 * (`probot.receive()`), one at a time per lane (pull request), retrying transient GitHub
 * failures with backoff. A delivery that fails for good leaves a failed check saying why.
 */
export function startWorkers(deps: WorkerDeps): Workers {
  const { probot, settings, redis, lanes, queue, log } = deps;
  const active = new Map<string, { readonly job: Job<DeliveryJob>; readonly token: string }>();

  /** Leaves the job's lane and wakes the job that is now at its head. */
  const leaveLane = async (job: Job<DeliveryJob>): Promise<void> => {
    if (!job.data.lane || !job.id) return;
    const next = await lanes.leave(job.data.lane, job.id);
    if (next === null) return;
    const nextJob = await queue.getJob(next);
    if (nextJob && (await nextJob.isDelayed())) await nextJob.promote().catch(() => {});
  };

  /** True when it is the job's turn in its lane; otherwise the job is put back to wait for it. */
  const takeTurn = async (job: Job<DeliveryJob>, lane: string, token: string): Promise<boolean> => {
    const id = job.id!;
    await lanes.join(lane, id);
    for (;;) {
      const head = await lanes.head(lane);
      if (head === null || head === id) return true;
      const ahead = await queue.getJob(head);
      const state = ahead ? await ahead.getState() : "unknown";
      if (state === "completed" || state === "failed" || state === "unknown") {
        // Finished without leaving (its replica died at the wrong moment), or removed.
        await lanes.leave(lane, head);
        continue;
      }
      // Behind a rate-limited job, sleep until it runs again; it wakes this one when it leaves.
      await job.moveToDelayed(
        Math.max(Date.now() + LANE_POLL_MS, ahead?.data.notBefore ?? 0),
        token,
      );
      // The job ahead may have left between the look and the move: then wake up at once.
      if ((await lanes.head(lane)) === id) await job.promote().catch(() => {});
      return false;
    }
  };

  /** A failure that will not be retried: reported on the pull request unless the run did so. */
  const settleFailure = async (job: Job<DeliveryJob>, reason: string, attempt: Attempt | null) => {
    if (!attempt?.settled) {
      try {
        await reportFailedDelivery(probot, job.data, reason, log);
      } catch (error) {
        log.error(
          { err: error, delivery: job.data.id },
          "could not report the failed delivery on its check run",
        );
      }
    }
    await leaveLane(job);
  };

  const processor = async (job: Job<DeliveryJob>, token?: string): Promise<void> => {
    const { id, name, payload, lane } = job.data;
    if ((await redis.exists(doneKey(settings.redisPrefix, id))) === 1) {
      await leaveLane(job);
      return;
    }
    if (lane !== null && token && !(await takeTurn(job, lane, token))) throw new DelayedError();

    const attempts = job.opts.attempts ?? 1;
    const last = job.attemptsMade + 1 >= attempts;
    const reruns = job.data.reruns ?? 0;
    const attempt: Attempt = {
      deliveryId: id,
      retries: (error) => !last && isTransient(error),
      settled: false,
      reruns,
      repeatAt: null,
    };
    const started = Date.now();
    if (token) active.set(job.id!, { job, token });
    try {
      await withAttempt(attempt, () =>
        withTimeout(
          probot.receive({ id, name, payload } as unknown as Parameters<Probot["receive"]>[0]),
          settings.jobTimeoutMs,
        ),
      );
    } catch (error) {
      const reason = failureText(error);
      if (attempt.retries(error)) {
        log.warn(
          { delivery: id, event: name, attempt: job.attemptsMade + 1, attempts },
          `delivery ${id} (${name}) failed transiently, will try again: ${reason}`,
        );
        throw error;
      }
      log.error(
        { delivery: id, event: name, attempt: job.attemptsMade + 1, attempts },
        `delivery ${id} (${name}) failed for good: ${reason}`,
      );
      await settleFailure(
        job,
        `${reason} (attempt ${job.attemptsMade + 1} of ${attempts})`,
        attempt,
      );
      throw new UnrecoverableError(reason);
    } finally {
      active.delete(job.id!);
    }
    if (attempt.repeatAt !== null && token) {
      // A rate limit stopped the run, and its check says when it runs again: the job waits
      // here, in Redis, until then (any replica runs it), keeping its place in its lane.
      const at = new Date(attempt.repeatAt).toISOString();
      await job.updateData({ ...job.data, reruns: reruns + 1, notBefore: attempt.repeatAt });
      await job.moveToDelayed(attempt.repeatAt, token);
      log.info(
        { delivery: id, event: name, rerun_at: at, rerun: reruns + 1 },
        `delivery ${id} (${name}) rate-limited: the queue runs it again at ${at}`,
      );
      throw new DelayedError();
    }
    await redis.set(doneKey(settings.redisPrefix, id), "1", "PX", GITHUB_KEEPS_DELIVERIES_MS);
    await leaveLane(job);
    log.info(
      { delivery: id, event: name, ms: Date.now() - started },
      `delivery ${id} (${name}) done`,
    );
  };

  const worker = new Worker<DeliveryJob>(QUEUE_NAME, processor, {
    connection: { url: settings.redisUrl ?? undefined },
    prefix: settings.redisPrefix,
    concurrency: settings.concurrency,
    lockDuration: settings.lockMs,
    stalledInterval: settings.lockMs,
    maxStalledCount: 3,
    settings: {
      backoffStrategy: (attemptsMade, _type, error) =>
        retryDelayMs(error, attemptsMade, settings.backoffMs, Date.now()),
    },
  });
  worker.on("error", (error) => log.error({ err: error }, "the delivery queue (Redis) failed"));
  worker.on("failed", (job, error) => {
    // A job failed by the queue itself (its replicas kept dying mid-run), not by the processor.
    if (job && /stalled/i.test(error.message)) {
      void settleFailure(
        job,
        `the run was interrupted ${job.attemptsStarted} times (${error.message})`,
        null,
      );
    }
  });

  return {
    running: () => [...active.values()].map((a) => a.job.data.id),
    close: async (timeoutMs) => {
      await worker.pause(true).catch(() => {});
      const deadline = Date.now() + timeoutMs;
      while (active.size > 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const handedBack: string[] = [];
      for (const { job, token } of active.values()) {
        try {
          await job.moveToWait(token);
          handedBack.push(job.data.id);
        } catch (error) {
          log.warn(
            { err: error, delivery: job.data.id },
            "could not hand a job back; another replica takes it once its lock expires",
          );
        }
      }
      await worker.close(true).catch(() => {});
      return { handedBack };
    },
  };
}
