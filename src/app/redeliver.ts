import type { Octokit } from "./github.js";
import { boundedMap } from "./state.js";

/**
 * GitHub does not retry a delivery that failed (the app was down, answered 5xx or 503, or
 * timed out). The app asks for its own recent deliveries and redelivers each one whose attempts
 * all failed, once: a restart or an outage loses no pull request's check.
 */

/** One attempt at a delivery, as `GET /app/hook/deliveries` lists it. */
export interface DeliveryAttempt {
  readonly id: number;
  /** The delivery's `X-GitHub-Delivery`: every attempt at one delivery shares it. */
  readonly guid: string;
  readonly delivered_at: string;
  /** True for an attempt someone asked for (this app, or a person in the app's settings). */
  readonly redelivery: boolean;
  readonly status_code: number;
  readonly event: string;
  readonly action?: string | null;
}

/** What one sweep needs to share with the other replicas (Redis), or keeps in memory. */
export interface SweepStore {
  /** Takes the sweep lock for `ttlMs`; a release function, or null when another replica sweeps. */
  readonly lock: (ttlMs: number) => Promise<(() => Promise<void>) | null>;
  /** Where the previous complete sweep began (ms), so that the next one need not look further back. */
  readonly since: () => Promise<number | null>;
  readonly setSince: (ms: number) => Promise<void>;
  /** Claims a delivery for redelivery; false when it was claimed before (never twice). */
  readonly claim: (guid: string) => Promise<boolean>;
}

export interface SweepOptions {
  readonly now: number;
  /** How far back to look at most. */
  readonly windowMs: number;
  /** Redeliveries asked for in one sweep at most; the rest wait for the next sweep. */
  readonly maxRedeliveries?: number;
  /** Pages of 100 deliveries read in one sweep at most. */
  readonly maxPages?: number;
}

export interface SweepResult {
  /** False when another replica held the lock. */
  readonly swept: boolean;
  readonly listed: number;
  readonly redelivered: readonly { readonly guid: string; readonly event: string }[];
  /** Redeliveries GitHub refused (the delivery is kept for the log). */
  readonly refused: readonly { readonly guid: string; readonly error: string }[];
}

/** GitHub counts 2xx and 3xx answers as delivered. */
export function delivered(attempt: Pick<DeliveryAttempt, "status_code">): boolean {
  return attempt.status_code >= 200 && attempt.status_code < 400;
}

/**
 * The attempts to redeliver, oldest delivery first (a pull request's deliveries come back in
 * the order they were sent): one per delivery none of whose attempts
 * was delivered and that nobody redelivered yet (a redelivery that failed too is left alone:
 * never twice). The listed attempt is the newest of its delivery.
 */
export function toRedeliver(attempts: readonly DeliveryAttempt[]): DeliveryAttempt[] {
  const byGuid = new Map<string, DeliveryAttempt[]>();
  for (const a of attempts) {
    const list = byGuid.get(a.guid);
    if (list) list.push(a);
    else byGuid.set(a.guid, [a]);
  }
  const out: DeliveryAttempt[] = [];
  for (const list of byGuid.values()) {
    if (list.some(delivered) || list.some((a) => a.redelivery)) continue;
    out.push(list.reduce((newest, a) => (a.id > newest.id ? a : newest)));
  }
  return out.sort((a, b) => a.id - b.id);
}

/** A sweep holds its lock this long at most (a replica that dies mid-sweep frees it then). */
export const SWEEP_LOCK_MS = 2 * 60 * 1000;
/** The next sweep looks this far back before where the previous began (attempts land late). */
export const SWEEP_OVERLAP_MS = 2 * 60 * 1000;

/**
 * One sweep: lists the app's deliveries back to the window's start (newest first, by cursor),
 * and asks GitHub to redeliver each failed one once. Only one replica sweeps at a time.
 */
export async function sweep(
  octokit: Octokit,
  store: SweepStore,
  options: SweepOptions,
): Promise<SweepResult> {
  const release = await store.lock(SWEEP_LOCK_MS);
  if (!release) return { swept: false, listed: 0, redelivered: [], refused: [] };
  try {
    const previous = await store.since();
    const oldest = options.now - options.windowMs;
    const from = previous === null ? oldest : Math.max(oldest, previous - SWEEP_OVERLAP_MS);
    const maxPages = options.maxPages ?? 100;
    const maxRedeliveries = options.maxRedeliveries ?? 100;

    const attempts: DeliveryAttempt[] = [];
    let pages = 0;
    let complete = true;
    for await (const page of octokit.paginate.iterator(octokit.rest.apps.listWebhookDeliveries, {
      per_page: 100,
    })) {
      pages += 1;
      const rows = page.data as unknown as DeliveryAttempt[];
      let older = false;
      for (const row of rows) {
        if (Date.parse(row.delivered_at) < from) older = true;
        else attempts.push(row);
      }
      if (older) break;
      if (pages >= maxPages) {
        complete = false;
        break;
      }
    }

    const candidates = toRedeliver(attempts);
    const redelivered: { guid: string; event: string }[] = [];
    const refused: { guid: string; error: string }[] = [];
    for (const attempt of candidates) {
      if (redelivered.length + refused.length >= maxRedeliveries) {
        complete = false;
        break;
      }
      if (!(await store.claim(attempt.guid))) continue;
      try {
        await octokit.rest.apps.redeliverWebhookDelivery({ delivery_id: attempt.id });
        redelivered.push({ guid: attempt.guid, event: eventName(attempt) });
      } catch (error) {
        refused.push({
          guid: attempt.guid,
          error: error instanceof Error ? error.message : String(error),
        });
      }
    }
    // A sweep cut short starts the next one where it started: the rest is still to be seen.
    if (complete) await store.setSince(options.now);
    return { swept: true, listed: attempts.length, redelivered, refused };
  } finally {
    await release();
  }
}

function eventName(attempt: DeliveryAttempt): string {
  return attempt.action ? `${attempt.event}.${attempt.action}` : attempt.event;
}

/** The store of the embedded shape: one process, so memory will do. */
export function memorySweepStore(): SweepStore {
  const claimed = boundedMap<string, true>(100_000);
  let since: number | null = null;
  let locked = false;
  return {
    lock: () => {
      if (locked) return Promise.resolve(null);
      locked = true;
      return Promise.resolve(() => {
        locked = false;
        return Promise.resolve();
      });
    },
    since: () => Promise.resolve(since),
    setSince: (ms) => {
      since = ms;
      return Promise.resolve();
    },
    claim: (guid) => {
      if (claimed.get(guid)) return Promise.resolve(false);
      claimed.set(guid, true);
      return Promise.resolve(true);
    },
  };
}

/** Runs `sweepOnce` now and every `intervalMs`, one at a time; `stop` ends it. */
export function scheduleSweeps(
  sweepOnce: () => Promise<void>,
  intervalMs: number,
): { readonly stop: () => Promise<void> } {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const tick = (): void => {
    running = sweepOnce().finally(() => {
      if (!stopped) timer = setTimeout(tick, intervalMs);
    });
  };
  tick();
  return {
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running.catch(() => {});
    },
  };
}
