import { AsyncLocalStorage } from "node:async_hooks";

/**
 * What the run of one delivery knows about itself when a queue runs it: whether a failure
 * will be tried again, and whether a check run has been written. Outside a queue (the
 * embedded shape, tests driving `probot.receive()`) there is no attempt: every failure is
 * final, as it always was.
 */
export interface Attempt {
  /** True when the queue will run the delivery again after this error (a transient one, attempts left). */
  readonly retries: (error: unknown) => boolean;
  /**
   * Set once the run's outcome is settled on GitHub: its check run written, its crash reported,
   * or a report deliberately left out (a newer run owns the check). A failed attempt that never
   * got this far (a time-out, a token that could not be had) is reported by the queue itself.
   */
  settled: boolean;
}

const storage = new AsyncLocalStorage<Attempt>();

/** Runs `fn` as one attempt of a queued delivery. */
export function withAttempt<T>(attempt: Attempt, fn: () => Promise<T>): Promise<T> {
  return storage.run(attempt, fn);
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
