/**
 * Work to do at a later time: a rate-limited run is repeated once GitHub's limit has reset.
 * In one process this is a timer; the in-memory form loses what it holds on a restart (the
 * check then says to re-run it by hand), which a durable queue can replace behind the same
 * interface.
 */
export interface Later {
  /** Runs `job` at `at` (epoch ms); false when it cannot be taken (too many pending). */
  readonly schedule: (at: number, job: () => Promise<void>) => boolean;
  /** Jobs waiting. */
  readonly pending: () => number;
  /** Drops every pending job (shutdown); returns how many were dropped. */
  readonly stop: () => number;
}

/** Timers never hold the process open, and at most `max` jobs wait at once. */
export function inMemoryLater(
  options: {
    readonly max?: number;
    readonly now?: () => number;
    readonly onError?: (error: unknown) => void;
  } = {},
): Later {
  const max = options.max ?? 1000;
  const now = options.now ?? Date.now;
  const timers = new Set<NodeJS.Timeout>();
  return {
    schedule: (at, job) => {
      if (timers.size >= max) return false;
      const timer = setTimeout(
        () => {
          timers.delete(timer);
          job().catch((error: unknown) => options.onError?.(error));
        },
        Math.max(0, at - now()),
      );
      timer.unref();
      timers.add(timer);
      return true;
    },
    pending: () => timers.size,
    stop: () => {
      const dropped = timers.size;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      return dropped;
    },
  };
}
