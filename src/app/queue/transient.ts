/**
 * Which failures are worth another attempt: GitHub answering 5xx, a rate limit, or the
 * network failing. Anything else (a 404, a 422, a bug) fails the same way every time, so the
 * run reports it at once.
 */

interface HttpishError {
  readonly status?: unknown;
  readonly message?: unknown;
  readonly code?: unknown;
  readonly name?: unknown;
  readonly cause?: unknown;
  readonly errors?: unknown;
  readonly response?: { readonly headers?: Readonly<Record<string, unknown>> };
}

const NETWORK_CODES = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "UND_ERR_SOCKET",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
]);

/** The errors inside an error: Probot reports a handler's failure wrapped in an AggregateError. */
export function causes(error: unknown): unknown[] {
  const inner = (error as HttpishError | null)?.errors;
  return Array.isArray(inner) && inner.length > 0 ? inner.flatMap(causes) : [error];
}

function isRateLimit(e: HttpishError): boolean {
  const message = typeof e.message === "string" ? e.message : "";
  if (e.status === 429) return true;
  if (e.status !== 403) return false;
  const headers = e.response?.headers ?? {};
  return (
    /rate limit/i.test(message) ||
    headers["x-ratelimit-remaining"] === "0" ||
    headers["retry-after"] !== undefined
  );
}

function isNetwork(e: HttpishError, depth = 0): boolean {
  if (typeof e.code === "string" && NETWORK_CODES.has(e.code)) return true;
  if (e.name === "TypeError" && e.message === "fetch failed") return true;
  if (depth < 3 && e.cause && typeof e.cause === "object") {
    return isNetwork(e.cause as HttpishError, depth + 1);
  }
  return false;
}

/** True when every failure inside `error` is one GitHub or the network may not repeat. */
export function isTransient(error: unknown): boolean {
  const all = causes(error);
  return all.every((e) => {
    if (!e || typeof e !== "object") return false;
    const h = e as HttpishError;
    if (typeof h.status === "number" && h.status >= 500) return true;
    return isRateLimit(h) || isNetwork(h);
  });
}

/**
 * How long to wait before the next attempt: what GitHub asked for (`retry-after`, or the reset
 * time of an exhausted rate limit), else `base` doubled per attempt made, at most 15 minutes.
 */
export function retryDelayMs(
  error: unknown,
  attemptsMade: number,
  baseMs: number,
  now: number,
): number {
  const cap = 15 * 60 * 1000;
  for (const e of causes(error)) {
    const headers = (e as HttpishError | null)?.response?.headers ?? {};
    const after = Number(headers["retry-after"]);
    if (Number.isFinite(after) && after > 0) return Math.min(after * 1000, cap);
    const reset = Number(headers["x-ratelimit-reset"]);
    if (headers["x-ratelimit-remaining"] === "0" && Number.isFinite(reset)) {
      return Math.min(Math.max(reset * 1000 - now, baseMs), cap);
    }
  }
  return Math.min(baseMs * 2 ** Math.max(0, attemptsMade - 1), cap);
}

/** A failure as one line: the first cause's message and HTTP status. */
export function failureText(error: unknown): string {
  const first = causes(error)[0];
  if (first instanceof Error) {
    const status = (first as HttpishError).status;
    return typeof status === "number" ? `${first.message} (HTTP ${status})` : first.message;
  }
  return String(first);
}
