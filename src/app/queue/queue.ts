import { Queue } from "bullmq";
import type { Redis } from "ioredis";
import type { DeliverySettings } from "../delivery-settings.js";
import { GITHUB_KEEPS_DELIVERIES_MS } from "../delivery-settings.js";
import { laneKey } from "./lane-key.js";
import type { Lanes } from "./lanes.js";

/** The BullMQ queue every replica takes deliveries from. */
export const QUEUE_NAME = "deliveries";

/** A webhook delivery as queued: what `probot.receive()` needs, and its lane. */
export interface DeliveryJob {
  /** `X-GitHub-Delivery`: a redelivery keeps it. */
  readonly id: string;
  /** `X-GitHub-Event`. */
  readonly name: string;
  readonly payload: Record<string, unknown>;
  readonly lane: string | null;
  /** Times a rate limit made the queue run the delivery again (see `later.ts`). */
  readonly reruns?: number;
  /** When a rate-limited delivery runs again (epoch ms): the jobs behind it in its lane sleep till then. */
  readonly notBefore?: number;
}

/** How a delivery was taken. */
export type Enqueued =
  /** Queued now (or a redelivery of one that failed, queued again). */
  | "queued"
  /** The same delivery is already waiting or running. */
  | "pending"
  /** The same delivery already ran to the end: it is not run twice. */
  | "done";

/** BullMQ job ids may not contain `:` and may not be plain integers. */
export function jobIdOf(deliveryId: string): string {
  return `gh-${deliveryId.replace(/[^A-Za-z0-9._-]/g, "_")}`;
}

export function doneKey(prefix: string, deliveryId: string): string {
  return `${prefix}:done:${deliveryId}`;
}

export interface DeliveryQueue {
  readonly queue: Queue<DeliveryJob>;
  readonly enqueue: (delivery: Pick<DeliveryJob, "id" | "name" | "payload">) => Promise<Enqueued>;
  readonly close: () => Promise<void>;
}

/**
 * The producer side. Jobs keep their delivery id as job id, so a delivery sent twice while it
 * waits is queued once; one that completed leaves a mark for as long as GitHub keeps
 * deliveries, so that it is not run again; one that failed is queued again.
 */
export function deliveryQueue(
  settings: DeliverySettings,
  redis: Redis,
  lanes: Lanes,
): DeliveryQueue {
  const queue = new Queue<DeliveryJob>(QUEUE_NAME, {
    connection: { url: settings.redisUrl ?? undefined, maxRetriesPerRequest: 1 },
    prefix: settings.redisPrefix,
    defaultJobOptions: {
      attempts: settings.attempts,
      backoff: { type: "github" },
      // Completed jobs are marked in `done:` keys; the jobs themselves need not stay long.
      removeOnComplete: { age: 60 * 60, count: 10_000 },
      removeOnFail: { age: GITHUB_KEEPS_DELIVERIES_MS / 1000, count: 10_000 },
    },
  });
  // Errors surface on the calls that fail (the intake answers 503); the event would only repeat them.
  queue.on("error", () => {});
  return {
    queue,
    enqueue: async (delivery) => {
      if ((await redis.exists(doneKey(settings.redisPrefix, delivery.id))) === 1) return "done";
      const jobId = jobIdOf(delivery.id);
      const existing = await queue.getJob(jobId);
      if (existing) {
        const state = await existing.getState();
        if (state === "completed") return "done";
        if (state !== "failed") return "pending";
        // A redelivery of a delivery that failed: run it again.
        await existing.remove();
      }
      const lane = laneKey(delivery.name, delivery.payload);
      await queue.add(delivery.name, { ...delivery, lane }, { jobId });
      if (lane !== null) await lanes.join(lane, jobId);
      return "queued";
    },
    close: () => queue.close(),
  };
}
