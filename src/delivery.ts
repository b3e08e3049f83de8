import type { Server } from "node:http";
import { Redis } from "ioredis";
import type { Logger, Probot } from "probot";
import type { DeliverySettings } from "./app/delivery-settings.js";
import type { Octokit } from "./app/github.js";
import { type Intake, webhookIntake } from "./app/intake.js";
import { type Metrics, watchQueue } from "./app/metrics.js";
import { deliveryQueue } from "./app/queue/queue.js";
import { redisLanes } from "./app/queue/lanes.js";
import { startWorkers, type Workers } from "./app/queue/worker.js";
import { memorySweepStore, scheduleSweeps, sweep, type SweepStore } from "./app/redeliver.js";
import { redisSweepStore } from "./app/redeliver-redis.js";
import { shutdown, type ShutdownReport } from "./app/shutdown.js";

/**
 * How this process takes and runs deliveries, in either shape (docs/deployment.md): the
 * webhook endpoint, the workers (scale-out), the redelivery sweeps, and graceful shutdown.
 * A server entry needs three calls: `handle` for the webhook path (before anything else that
 * would claim it), `startSweeps` once it listens, and `stop` on SIGTERM.
 */
export interface Delivery {
  readonly settings: DeliverySettings;
  /** The webhook endpoint; null in a worker-only process. */
  readonly intake: Intake | null;
  /** Sweeps for failed deliveries now and every interval (once the server listens: they come back to it). */
  readonly startSweeps: () => void;
  /** Graceful shutdown (SIGTERM): see `shutdown()`. */
  readonly stop: (server: Server | null) => Promise<ShutdownReport>;
}

export interface DeliveryOptions {
  readonly probot: Probot;
  readonly settings: DeliverySettings;
  readonly log: Logger;
  /** `all` serves webhooks and runs workers (`npm start`); `worker` only runs workers (`npm run worker`). */
  readonly role: "all" | "worker";
  readonly webhookPath: string;
  /** Where the webhook answers, the queue's jobs and the redeliveries are counted. */
  readonly metrics?: Metrics;
}

export async function startDelivery(options: DeliveryOptions): Promise<Delivery> {
  const { probot, log, role, settings, metrics } = options;
  const answered = (status: number) => metrics?.webhooks.inc({ status: String(status) });
  if (role === "worker" && settings.redisUrl === null) {
    throw new Error(
      "`npm run worker` runs queued deliveries, so it needs REDIS_URL (the Redis the web replicas queue into). Without Redis, `npm start` runs deliveries in its own process.",
    );
  }

  let redis: Redis | null = null;
  let intake: Intake | null = null;
  let workers: Workers | null = null;
  let store: SweepStore = memorySweepStore();
  let closeQueue: () => Promise<void> = () => Promise.resolve();
  if (settings.redisUrl !== null) {
    redis = new Redis(settings.redisUrl, { maxRetriesPerRequest: 1, lazyConnect: false });
    redis.on("error", (error: Error) => log.warn({ err: error }, `Redis: ${error.message}`));
    const lanes = redisLanes(redis, settings.redisPrefix);
    const queue = deliveryQueue(settings, redis, lanes);
    closeQueue = queue.close;
    if (metrics) {
      watchQueue(metrics, () => queue.queue.getJobCounts("waiting", "active", "delayed", "failed"));
    }
    store = redisSweepStore(redis, settings.redisPrefix);
    if (role === "all") {
      intake = webhookIntake({
        probot,
        path: options.webhookPath,
        log,
        enqueue: queue.enqueue,
        answered,
      });
    }
    workers = startWorkers({ probot, settings, redis, lanes, queue: queue.queue, log });
  } else {
    intake = webhookIntake({ probot, path: options.webhookPath, log, answered });
  }

  let sweeps: { stop: () => Promise<void> } | null = null;
  const sweepOnce = async (): Promise<void> => {
    try {
      const octokit = (await probot.auth()) as Octokit;
      const result = await sweep(octokit, store, {
        now: Date.now(),
        windowMs: settings.redeliveryWindowMs,
      });
      if (!result.swept) return;
      metrics?.redeliveries.inc({ result: "redelivered" }, result.redelivered.length);
      metrics?.redeliveries.inc({ result: "refused" }, result.refused.length);
      if (result.redelivered.length > 0 || result.refused.length > 0) {
        log.info(
          { redelivered: result.redelivered, refused: result.refused, listed: result.listed },
          `redelivery sweep: asked GitHub to redeliver ${result.redelivered.length} failed deliveries`,
        );
      }
    } catch (error) {
      log.warn(
        { err: error },
        "redelivery sweep failed (the next one tries again): GitHub's deliveries list could not be read",
      );
    }
  };

  return {
    settings,
    intake,
    startSweeps: () => {
      if (sweeps || settings.redeliveryIntervalMs === 0) return;
      sweeps = scheduleSweeps(sweepOnce, settings.redeliveryIntervalMs);
    },
    stop: (server) =>
      shutdown({
        log,
        timeoutMs: settings.shutdownTimeoutMs,
        server,
        intake,
        sweeps,
        workers,
        close: async () => {
          await closeQueue();
          redis?.disconnect();
        },
      }),
  };
}
