import { AsyncLocalStorage } from "node:async_hooks";

/**
 * What the run of one delivery knows about itself when a queue runs it: whether a failure
 * will be tried again, whether a check run has been written, and whether the run asked to be
 * run again later (a rate limit). Outside a queue (the embedded shape, tests driving
 * `probot.receive()`) there is no attempt: every failure is final, as it always was.
 */
export interface Attempt {
  /** The delivery the attempt runs (`X-GitHub-Delivery`). */
  readonly deliveryId: string;
  /** True when the queue will run the delivery again after this error (a transient one, attempts left). */
  readonly retries: (error: unknown) => boolean;
  /**
   * Set once the run's outcome is settled on GitHub: its check run written, its crash reported,
   * or a report deliberately left out (a newer run owns the check). A failed attempt that never
   * got this far (a time-out, a token that could not be had) is reported by the queue itself.
   */
  settled: boolean;
  /** Times the queue has already run this delivery again for a rate limit. */
  readonly reruns: number;
  /**
   * When the run asked to be run again (epoch ms): a rate limit stopped it, and its check says
   * when it runs again. The queue then keeps the job and runs it at that time.
   */
  repeatAt: number | null;
}

const storage = new AsyncLocalStorage<Attempt>();

/** Runs `fn` as one attempt of a queued delivery. */
export function withAttempt<T>(attempt: Attempt, fn: () => Promise<T>): Promise<T> {
  return storage.run(attempt, fn);
}

/** The queued attempt running now, if any. */
export function currentAttempt(): Attempt | undefined {
  return storage.getStore();
}

/**
 * Whether a failed run will be tried again. A crash report then waits for the last attempt:
 * a transient error must not flash a failed check on the pull request.
 */
export function willRetry(error: unknown): boolean {
  return storage.getStore()?.retries(error) ?? false;
}

/** Records that the run's outcome is settled on GitHub (see `Attempt.settled`). */
export function noteSettled(): void {
  const attempt = storage.getStore();
  if (attempt) attempt.settled = true;
}
