import { currentAttempt } from "./attempt.js";
import { boundedMap } from "./state.js";

/**
 * Deliveries to receive again at a later time: a run that GitHub's rate limit stopped is
 * repeated once the limit has reset (see `observe.ts`). Two forms behind one interface:
 *
 * - in memory (the embedded shape): a timer in this process. What it holds is lost on a
 *   restart; the server logs what it dropped, and the check says how to re-run by hand.
 * - queued (the scale-out shape, `REDIS_URL`): the delivery's job stays in the Redis queue,
 *   delayed to the reset time, and any replica runs it then. Nothing is lost on a restart.
 */
export interface Later {
  /** Receives `delivery` again at `at` (epoch ms); false when it cannot be taken. */
  readonly schedule: (at: number, delivery: LaterDelivery) => boolean;
  /** Times the delivery has been received again so far (0 on its first run). */
  readonly reruns: (deliveryId: string) => number;
  /** Deliveries waiting in this process. */
  readonly pending: () => number;
  /** Drops every delivery waiting in this process (shutdown); returns how many were dropped. */
  readonly stop: () => number;
}

/** A webhook delivery, as `probot.receive()` takes it. */
export interface LaterDelivery {
  readonly id: string;
  readonly name: string;
  readonly payload: unknown;
}

/** Timers never hold the process open, and at most `max` deliveries wait at once. */
export function inMemoryLater(options: {
  readonly receive: (delivery: LaterDelivery) => Promise<void>;
  readonly max?: number;
  readonly now?: () => number;
  readonly onError?: (error: unknown) => void;
}): Later {
  const max = options.max ?? 1000;
  const now = options.now ?? Date.now;
  const timers = new Set<NodeJS.Timeout>();
  const counts = boundedMap<string, number>(10_000);
  return {
    schedule: (at, delivery) => {
      if (timers.size >= max) return false;
      const timer = setTimeout(
        () => {
          timers.delete(timer);
          counts.set(delivery.id, (counts.get(delivery.id) ?? 0) + 1);
          options.receive(delivery).catch((error: unknown) => options.onError?.(error));
        },
        Math.max(0, at - now()),
      );
      timer.unref();
      timers.add(timer);
      return true;
    },
    reruns: (deliveryId) => counts.get(deliveryId) ?? 0,
    pending: () => timers.size,
    stop: () => {
      const dropped = timers.size;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      return dropped;
    },
  };
}

/**
 * The queued form: the delivery being run is the queue's job, so running it again is keeping
 * that job, delayed to `at` (the worker does it once the run returns; see `queue/worker.ts`).
 * A delivery the queue is not running now cannot be taken.
 */
export function queuedLater(): Later {
  const running = (deliveryId: string) => {
    const attempt = currentAttempt();
    return attempt?.deliveryId === deliveryId ? attempt : undefined;
  };
  return {
    schedule: (at, delivery) => {
      const attempt = running(delivery.id);
      if (!attempt) return false;
      attempt.repeatAt = at;
      return true;
    },
    reruns: (deliveryId) => running(deliveryId)?.reruns ?? 0,
    pending: () => 0,
    stop: () => 0,
  };
}
