import type { IncomingMessage, ServerResponse } from "node:http";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

/**
 * The App's Prometheus metrics, in a registry of their own (one per server, so that tests and
 * several apps in one process do not share counters). Label values are bounded: event names,
 * outcomes, HTTP statuses, rule ids; never repositories or pull requests, which go to the logs.
 */
export interface Metrics {
  readonly registry: Registry;
  /** Runs of deliveries, by `event.action` and outcome (`checked`, `ignored`, `rate_limited`, `retried` by the queue, `error`). */
  readonly deliveries: Counter<"event" | "outcome">;
  /** How long a run took, from the handler's start to its end (waits for rate limits included). */
  readonly runDuration: Histogram<"event">;
  /** Check runs written, by conclusion. */
  readonly checks: Counter<"conclusion">;
  /** Requests to GitHub's API (installation tokens aside), by HTTP status (`network_error` when none came). */
  readonly requests: Counter<"status">;
  /** Waits for a rate limit before a retry, by kind (`primary`, `secondary`). */
  readonly rateLimitWaits: Counter<"kind">;
  /** Plans judged. */
  readonly plansChecked: Counter;
  /** Findings reported, by rule and severity. */
  readonly findings: Counter<"rule" | "severity">;
  readonly suppressed: Counter<"rule">;
  /** Answers of the webhook endpoint, by HTTP status (200 ran, 202 queued or still running, 503 not taken). */
  readonly webhooks: Counter<"status">;
  /** Failed deliveries the sweep asked GitHub to redeliver, by result (`redelivered`, `refused`). */
  readonly redeliveries: Counter<"result">;
}

export const METRICS_PATH = "/metrics";

export function createMetrics(options: { readonly processMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  const registers = [registry];
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry });
  return {
    registry,
    deliveries: new Counter({
      name: "speckit_gate_deliveries_total",
      help: "Runs of webhook deliveries, by event.action and outcome (checked, ignored, rate_limited, retried: failed transiently and queued again, error).",
      labelNames: ["event", "outcome"],
      registers,
    }),
    runDuration: new Histogram({
      name: "speckit_gate_run_duration_seconds",
      help: "Time from the start of a run to its end, by event.action (waits for rate limits included).",
      labelNames: ["event"],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300],
      registers,
    }),
    checks: new Counter({
      name: "speckit_gate_checks_total",
      help: "Check runs written, by conclusion.",
      labelNames: ["conclusion"],
      registers,
    }),
    requests: new Counter({
      name: "speckit_gate_github_requests_total",
      help: "Requests to the GitHub API (installation tokens aside), by HTTP status; network_error when no answer came.",
      labelNames: ["status"],
      registers,
    }),
    rateLimitWaits: new Counter({
      name: "speckit_gate_rate_limit_waits_total",
      help: "Waits for a GitHub rate limit before retrying a request, by kind (primary: the hourly quota; secondary: retry-after).",
      labelNames: ["kind"],
      registers,
    }),
    plansChecked: new Counter({
      name: "speckit_gate_plans_checked_total",
      help: "Plans judged.",
      registers,
    }),
    findings: new Counter({
      name: "speckit_gate_findings_total",
      help: "Findings reported on checked plans, by rule and severity.",
      labelNames: ["rule", "severity"],
      registers,
    }),
    suppressed: new Counter({
      name: "speckit_gate_suppressed_findings_total",
      help: "Findings silenced by suppression comments in checked plans, by rule.",
      labelNames: ["rule"],
      registers,
    }),
    webhooks: new Counter({
      name: "speckit_gate_webhook_responses_total",
      help: "Answers of the webhook endpoint, by HTTP status (200: ran; 202: queued, or still running after 9 s; 400: bad signature; 503: not taken, Redis unavailable or shutting down).",
      labelNames: ["status"],
      registers,
    }),
    redeliveries: new Counter({
      name: "speckit_gate_redeliveries_total",
      help: "Failed deliveries the redelivery sweep asked GitHub to redeliver, by result (redelivered, refused).",
      labelNames: ["result"],
      registers,
    }),
  };
}

/**
 * The queue's jobs by state (`waiting`, `active`, `delayed`, `failed`), read from Redis when
 * the metrics are scraped (scale-out shape only). `count` failing leaves the gauge as it was.
 */
export function watchQueue(
  metrics: Metrics,
  count: () => Promise<Readonly<Record<string, number>>>,
): void {
  new Gauge({
    name: "speckit_gate_queue_jobs",
    help: "Jobs in the Redis delivery queue, by state (waiting, active, delayed: waiting for their turn, a retry or a rate limit's reset; failed: kept 3 days).",
    labelNames: ["state"],
    registers: [metrics.registry],
    async collect() {
      const counts = await count().catch(() => null);
      if (!counts) return;
      for (const [state, n] of Object.entries(counts)) this.set({ state }, n);
    },
  });
}

/**
 * A handler of the App's HTTP server (`src/server.ts`): `GET /metrics` answers in Prometheus'
 * text exposition format; any other request is left to the next handler (it returns false).
 */
export function metricsHandler(
  metrics: Metrics,
  path = METRICS_PATH,
): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  return async (req, res) => {
    if (req.method !== "GET" || (req.url ?? "").split("?")[0] !== path) return false;
    const body = await metrics.registry.metrics();
    res.writeHead(200, { "content-type": metrics.registry.contentType }).end(body);
    return true;
  };
}
