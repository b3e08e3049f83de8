/**
 * What one process remembers between deliveries, all of it bounded and none of it needed for
 * a correct result: it saves requests and orders work within the process. Several replicas
 * each keep their own; what must hold across them is decided on GitHub's side.
 */

/** A map that forgets its least recently set entries beyond `max`. */
export interface BoundedMap<K, V> {
  readonly get: (key: K) => V | undefined;
  readonly set: (key: K, value: V) => void;
}

export function boundedMap<K, V>(max: number): BoundedMap<K, V> {
  const map = new Map<K, V>();
  return {
    get: (key) => map.get(key),
    set: (key, value) => {
      map.delete(key);
      map.set(key, value);
      if (map.size > max) map.delete(map.keys().next().value as K);
    },
  };
}

/**
 * Allows at most `limit` events per key within `windowMs`. Each call counts, allowed or not
 * is decided before any request is made, so a flood of commands costs no request at all.
 */
export interface RateLimiter {
  /** Records an attempt; true when it is within the limit. */
  readonly allow: (key: string) => boolean;
}

export function rateLimiter(
  limit: number,
  windowMs: number,
  now: () => number,
  maxKeys = 10_000,
): RateLimiter {
  const seen = boundedMap<string, number[]>(maxKeys);
  return {
    allow: (key) => {
      const t = now();
      const recent = (seen.get(key) ?? []).filter((at) => t - at < windowMs);
      if (recent.length >= limit) {
        seen.set(key, recent);
        return false;
      }
      recent.push(t);
      seen.set(key, recent);
      return true;
    },
  };
}

/** The order of a pull request run: when GitHub last updated the pull request as the run saw it, and its base. */
export interface RunOrder {
  readonly at: string;
  readonly base: string;
}

/**
 * -1 when `a` was seen before `b`, 1 after, 0 when they cannot be told apart (the same
 * second, or a time that does not parse).
 */
export function compareOrder(a: RunOrder, b: RunOrder): number {
  const ta = Date.parse(a.at);
  const tb = Date.parse(b.at);
  if (Number.isNaN(ta) || Number.isNaN(tb) || ta === tb) return 0;
  return ta < tb ? -1 : 1;
}

/** The process's memory, handed to every handler. */
export interface AppState {
  /** The check name each repository (`owner/repo`) was last seen to configure. */
  readonly checkNames: BoundedMap<string, string>;
  /** Per pull request and head (`owner/repo#n@sha`), the newest run that began to write its check. */
  readonly newestRun: BoundedMap<string, RunOrder>;
  /** `/speckit help`: answers per pull request. */
  readonly help: RateLimiter;
  /** `/speckit recheck`: runs per pull request. */
  readonly recheck: RateLimiter;
  /** Whether a user (`owner/repo:login`) may give commands, and when that was asked. */
  readonly permissions: BoundedMap<string, { readonly allowed: boolean; readonly at: number }>;
  readonly now: () => number;
}

/** `/speckit help` is answered once per pull request in this window at most. */
export const HELP_WINDOW_MS = 10 * 60 * 1000;
/** `/speckit recheck` runs at most this many times per pull request in `HELP_WINDOW_MS`. */
export const RECHECKS_PER_WINDOW = 10;

export function appState(now: () => number = Date.now): AppState {
  return {
    checkNames: boundedMap(10_000),
    newestRun: boundedMap(10_000),
    help: rateLimiter(1, HELP_WINDOW_MS, now),
    recheck: rateLimiter(RECHECKS_PER_WINDOW, HELP_WINDOW_MS, now),
    permissions: boundedMap(10_000),
    now,
  };
}
