import { ProbotOctokit } from "probot";
import type { Telemetry } from "./observe.js";
import { type RateLimitPolicy, throttleHandlers } from "./rate-limit.js";

type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** The retry plugin's default `doNotRetry`, plus 429: rate limits are the throttling plugin's alone. */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];

function headerOf(headers: RequestInit["headers"], name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  if (Array.isArray(headers)) return headers.find((h) => h[0]?.toLowerCase() === name)?.[1];
  const value = (headers as Record<string, string | undefined>)[name];
  return typeof value === "string" ? value : undefined;
}

/** The fetch functions made here: a client built from another's options keeps its fetch as it is. */
const observed = new WeakSet<Fetch>();

interface Logger {
  readonly warn: (fields: object, msg: string) => void;
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

/**
 * `fetch` as Octokit calls it, counting every HTTP attempt (retries included) by status, and
 * handing it to the run it belongs to, found by its `x-github-delivery` header. GitHub failing
 * (5xx, or no answer) is logged as a warning: the retry plugin retries such requests unseen.
 * The real `fetch` is looked up on each call, so that whatever stands in for it (a test's
 * mock) is used.
 */
function observedFetch(telemetry: Telemetry, inner: Fetch | undefined, log?: Logger): Fetch {
  if (inner && observed.has(inner)) return inner;
  const fetch: Fetch = async (input, init) => {
    const delivery = headerOf(init?.headers, "x-github-delivery");
    const run = delivery === undefined ? undefined : telemetry.runs.get(delivery);
    const method = (init?.method ?? "GET").toUpperCase();
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    let response: Response;
    try {
      response = await (inner ?? globalThis.fetch)(input, init);
    } catch (error) {
      telemetry.metrics.requests.inc({ status: "network_error" });
      run?.requested(method, url, null, init?.body);
      log?.warn(
        { delivery, request: `${method} ${pathOf(url)}`, err: error },
        `no answer from GitHub to ${method} ${pathOf(url)}: Octokit retries it (3 times at most)`,
      );
      throw error;
    }
    telemetry.metrics.requests.inc({ status: String(response.status) });
    run?.requested(method, url, response.status, init?.body);
    if (response.status >= 500) {
      log?.warn(
        { delivery, request: `${method} ${pathOf(url)}`, status: response.status },
        `GitHub answered ${response.status} to ${method} ${pathOf(url)}: Octokit retries it (3 times at most)`,
      );
    }
    return response;
  };
  observed.add(fetch);
  return fetch;
}

export interface AppOctokitOptions {
  readonly telemetry: Telemetry;
  readonly policy: RateLimitPolicy;
  /**
   * Milliseconds per second of a rate limit's wait (the throttling plugin's
   * `retryAfterBaseValue`); 1000 in production, less in tests.
   */
  readonly retryAfterBaseValue?: number;
}

/**
 * The Octokit class the app's Probot uses: Probot's own, with the app's rate-limit policy as
 * the throttling plugin's handlers, 429 left to that plugin only, and every request observed.
 *
 * A function, not an options object: Probot passes its own throttle options down to this class
 * when it builds its clients, and an object's `throttle` would be overwritten by them. Each
 * instance's own settings (a client's throttling id, `enabled: false`) are kept.
 */
export function appOctokit(options: AppOctokitOptions): typeof ProbotOctokit {
  const handlers = throttleHandlers(options.policy, options.telemetry.metrics);
  return ProbotOctokit.defaults((instance: Record<string, unknown>) => {
    const throttle = (instance.throttle ?? {}) as Record<string, unknown>;
    const retry = (instance.retry ?? {}) as Record<string, unknown>;
    const request = (instance.request ?? {}) as { fetch?: Fetch };
    return {
      ...instance,
      throttle: {
        ...throttle,
        ...handlers,
        ...(options.retryAfterBaseValue !== undefined
          ? { retryAfterBaseValue: options.retryAfterBaseValue }
          : {}),
      },
      retry: { ...retry, doNotRetry: DO_NOT_RETRY },
      request: {
        ...request,
        fetch: observedFetch(options.telemetry, request.fetch, instance.log as Logger | undefined),
      },
    };
  }) as typeof ProbotOctokit;
}
