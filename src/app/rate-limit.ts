import type { CheckRunOutput } from "../render/check-run.js";
import { inertCode } from "../render/inert.js";
import type { Metrics } from "./metrics.js";

/**
 * GitHub's two kinds of rate limit, and what a run does about them.
 *
 * - Secondary limits (403 or 429, "You have exceeded a secondary rate limit", usually with
 *   `retry-after`): wait `retry-after` seconds (a minute when GitHub gives none) and retry, at
 *   most `secondaryRetries` times.
 * - Primary limits (the installation's hourly quota: `x-ratelimit-remaining: 0`): wait for the
 *   reset when it is at most `maxResetWaitSeconds` away; otherwise the run ends "rate-limited",
 *   its check says so and when the run will be repeated.
 *
 * The waiting and retrying is the throttling plugin's (`@octokit/plugin-throttling`, in every
 * Probot Octokit): these handlers only decide, log and count.
 */
export interface RateLimitPolicy {
  /** The longest wait for a primary limit's reset, in seconds; beyond it the run ends rate-limited. */
  readonly maxResetWaitSeconds: number;
  /** Retries of one request after secondary limits. */
  readonly secondaryRetries: number;
}

export const DEFAULT_RATE_LIMIT_POLICY: RateLimitPolicy = {
  maxResetWaitSeconds: 120,
  secondaryRetries: 3,
};

/** GitHub's own advice when a secondary limit comes without `retry-after`: wait at least a minute. */
export const SECONDARY_FALLBACK_SECONDS = 60;

/** Retries after a primary limit's reset: one is enough when the quota came back. */
const PRIMARY_RETRIES = 1;

/** The options the throttling plugin hands to its handlers (the parts used here). */
interface LimitedRequest {
  readonly method?: string;
  readonly url?: string;
  readonly headers?: Readonly<Record<string, unknown>>;
}

/** The Octokit the throttling plugin hands to its handlers (the parts used here). */
interface LimitedOctokit {
  readonly log: { readonly warn: (fields: object, msg: string) => void };
  readonly request: { readonly endpoint: { readonly parse: (options: never) => { url: string } } };
}

type LimitHandler = (
  retryAfter: number,
  options: LimitedRequest,
  octokit: LimitedOctokit,
  retryCount: number,
) => boolean;

/** `METHOD /path` of a request (its parameters filled in), and the delivery it serves. */
function describe(
  options: LimitedRequest,
  octokit: LimitedOctokit,
): { readonly request: string; readonly delivery: string | undefined } {
  let url = options.url ?? "?";
  try {
    url = pathOf(octokit.request.endpoint.parse(options as never).url);
  } catch {
    // Not an endpoint Octokit can expand: its URL as given.
  }
  const delivery = options.headers?.["x-github-delivery"];
  return {
    request: `${options.method ?? "?"} ${url}`,
    delivery: typeof delivery === "string" ? delivery : undefined,
  };
}

/** The throttling plugin's `onSecondaryRateLimit` and `onRateLimit`, following `policy`. */
export function throttleHandlers(
  policy: RateLimitPolicy,
  metrics: Metrics,
): { readonly onSecondaryRateLimit: LimitHandler; readonly onRateLimit: LimitHandler } {
  return {
    onSecondaryRateLimit: (retryAfter, options, octokit, retryCount) => {
      const { request, delivery } = describe(options, octokit);
      const fields = { delivery, request, retry_after_s: retryAfter, retry: retryCount + 1 };
      if (retryCount >= policy.secondaryRetries) {
        octokit.log.warn(
          { ...fields, retry: retryCount },
          `secondary rate limit on ${request} again after ${retryCount} retries: giving up`,
        );
        return false;
      }
      metrics.rateLimitWaits.inc({ kind: "secondary" });
      octokit.log.warn(
        fields,
        `secondary rate limit on ${request}: retry ${retryCount + 1} of ${policy.secondaryRetries} in ${retryAfter} s`,
      );
      return true;
    },
    onRateLimit: (retryAfter, options, octokit, retryCount) => {
      const { request, delivery } = describe(options, octokit);
      const fields = { delivery, request, reset_in_s: retryAfter, retry: retryCount + 1 };
      if (retryAfter > policy.maxResetWaitSeconds || retryCount >= PRIMARY_RETRIES) {
        octokit.log.warn(
          fields,
          `rate limit (quota used up) on ${request}: it resets in ${retryAfter} s, beyond the ${policy.maxResetWaitSeconds} s this app waits; the run ends rate-limited`,
        );
        return false;
      }
      metrics.rateLimitWaits.inc({ kind: "primary" });
      octokit.log.warn(
        fields,
        `rate limit (quota used up) on ${request}: waiting ${retryAfter} s for the reset`,
      );
      return true;
    },
  };
}

/** A request GitHub refused for a rate limit, and when it may be tried again. */
export interface RateLimit {
  readonly kind: "primary" | "secondary";
  /** Epoch milliseconds. */
  readonly retryAt: number;
  /** `METHOD /path` of the refused request. */
  readonly request: string;
}

interface ErrorShape {
  readonly status?: unknown;
  readonly message?: unknown;
  readonly request?: { readonly method?: unknown; readonly url?: unknown };
  readonly response?: {
    readonly headers?: Readonly<Record<string, unknown>>;
    readonly data?: unknown;
  };
}

function header(error: ErrorShape, name: string): string | undefined {
  const value = error.response?.headers?.[name];
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : undefined;
}

function graphqlRateLimited(data: unknown): boolean {
  const errors = (data as { errors?: unknown } | null | undefined)?.errors;
  return (
    Array.isArray(errors) &&
    errors.some((e) => (e as { type?: unknown } | null)?.type === "RATE_LIMITED")
  );
}

/**
 * Whether an error is GitHub refusing a request for a rate limit (after the throttling plugin
 * gave up on it), and when to try again; null for any other error.
 */
export function rateLimitOf(error: unknown, now: number): RateLimit | null {
  if (!error || typeof error !== "object") return null;
  const e = error as ErrorShape;
  const request = `${typeof e.request?.method === "string" ? e.request.method : "?"} ${
    typeof e.request?.url === "string" ? pathOf(e.request.url) : "?"
  }`;
  const limitStatus = e.status === 403 || e.status === 429;
  const graphql = graphqlRateLimited(e.response?.data);
  if ((limitStatus || graphql) && (header(e, "x-ratelimit-remaining") === "0" || graphql)) {
    const reset = Number(header(e, "x-ratelimit-reset"));
    const retryAt = Number.isFinite(reset) && reset > 0 ? reset * 1000 + 1000 : now + 3600_000;
    return { kind: "primary", retryAt: Math.max(retryAt, now), request };
  }
  const message = typeof e.message === "string" ? e.message : "";
  const retryAfter = header(e, "retry-after");
  if (limitStatus && (/\bsecondary rate\b/i.test(message) || retryAfter !== undefined)) {
    const seconds = Number(retryAfter) > 0 ? Number(retryAfter) : SECONDARY_FALLBACK_SECONDS;
    return { kind: "secondary", retryAt: now + seconds * 1000, request };
  }
  return null;
}

/** The path of a URL, without host or query. */
function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url.split("?")[0] ?? url;
  }
}

/** What the app will do about a rate-limited run: repeat it at `at`, or leave it to a person. */
export interface RerunPlan {
  /** Epoch milliseconds. */
  readonly at: number;
  readonly automatic: boolean;
}

function clock(at: number): string {
  return `${new Date(at).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

function inMinutes(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return minutes === 1 ? "about a minute" : `about ${minutes} minutes`;
}

/**
 * The check run of a run that GitHub's rate limits stopped: a failure (an unjudged gate must
 * not pass), saying which limit, and when the check runs again or how to run it again.
 */
export function rateLimitedOutput(ctx: {
  readonly limit: RateLimit;
  readonly plan: RerunPlan;
  readonly now: number;
  /** How a person runs the check again. */
  readonly rerun: string;
  readonly deliveryId?: string;
}): CheckRunOutput {
  const { limit, plan } = ctx;
  const which =
    limit.kind === "primary"
      ? `this installation has used up its hourly quota of GitHub API requests (GitHub answered ${inertCode(limit.request)} with its rate limit); the quota resets at ${clock(limit.retryAt)}`
      : `GitHub kept refusing ${inertCode(limit.request)} with its secondary rate limit (too many requests in a short time), also after waiting and retrying`;
  const when = plan.automatic
    ? `speckit-gate runs this check again by itself at ${clock(plan.at)} (in ${inMinutes(plan.at - ctx.now)}).`
    : `Run it again after ${clock(plan.at)}. ${ctx.rerun}`;
  return {
    conclusion: "failure",
    title: plan.automatic
      ? `Rate-limited by GitHub: runs again at ${clock(plan.at)}`
      : `Rate-limited by GitHub: run again after ${clock(plan.at)}`,
    summary: [
      `The plans of this commit were not judged yet: ${which}. The check fails until then, so that an unjudged plan cannot merge. This is not a problem in your plans.`,
      "",
      when,
      ...(ctx.deliveryId
        ? [
            "",
            `If this keeps happening, give the app's administrator the delivery id ${inertCode(ctx.deliveryId)}.`,
          ]
        : []),
    ].join("\n"),
    annotations: [],
  };
}
