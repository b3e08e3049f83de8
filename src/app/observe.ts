import { performance } from "node:perf_hooks";
import type { Context } from "probot";
import type { FileResult } from "../engine/types.js";
import { willRetry } from "./attempt.js";
import type { Later } from "./later.js";
import { createMetrics, type Metrics } from "./metrics.js";
import { rateLimitOf, type RateLimit, type RerunPlan } from "./rate-limit.js";

/**
 * What the app tells its operator: one structured log line per run, and the metrics. A run is
 * one handler serving one delivery. Requests are attributed to the run by the delivery id
 * every request of a run carries (`x-github-delivery`), at the HTTP layer (see `octokit.ts`),
 * so that what the log says was written is what GitHub was sent.
 */

/** A check run a run wrote, as GitHub was sent it. */
interface WrittenCheck {
  readonly name: string;
  readonly headSha: string;
  readonly conclusion: string;
  readonly externalId: string;
}

/** What is known about a run while it goes on. */
export interface RunRecord {
  /** Records the plans a run judged. */
  readonly checked: (results: readonly FileResult[]) => void;
  /** Records one HTTP request the run made (called by the request layer). */
  readonly requested: (method: string, url: string, status: number | null, body: unknown) => void;
  /**
   * Records that GitHub's rate limit stopped the run, and returns what happens next: when the
   * run is repeated by itself, or when a person should repeat it.
   */
  readonly rateLimited: (limit: RateLimit) => RerunPlan;
}

const NO_RECORD: RunRecord = {
  checked: () => undefined,
  requested: () => undefined,
  rateLimited: (limit) => ({ at: limit.retryAt, automatic: false }),
};

const records = new WeakMap<object, RunRecord>();

/** The record of the run serving `context` (a no-op one outside an observed handler). */
export function runOf(context: Context): RunRecord {
  return records.get(context) ?? NO_RECORD;
}

/** Metrics, and the runs in flight by delivery id, shared by the app and its Octokit class. */
export interface Telemetry {
  readonly metrics: Metrics;
  readonly runs: Map<string, RunRecord>;
}

export function createTelemetry(metrics: Metrics = createMetrics()): Telemetry {
  return { metrics, runs: new Map() };
}

/** A rate-limited delivery is repeated at most this many times. */
export const MAX_RERUNS = 3;
/** Margin after a limit's reset before the repeat, so that clocks a little apart agree. */
const RERUN_MARGIN_MS = 5_000;

/** Which pull request, merge group or branch a delivery is about, from its payload. */
function subjectOf(payload: Record<string, unknown>): Record<string, unknown> {
  const p = payload as {
    pull_request?: { number?: number; head?: { sha?: string } };
    issue?: { number?: number; pull_request?: unknown };
    merge_group?: { head_sha?: string; head_ref?: string };
    check_run?: { head_sha?: string };
    check_suite?: { head_sha?: string };
    ref?: string;
    after?: string;
  };
  if (p.merge_group)
    return { merge_group: p.merge_group.head_ref, head_sha: p.merge_group.head_sha };
  if (p.pull_request) {
    return { pull_request: p.pull_request.number, head_sha: p.pull_request.head?.sha };
  }
  if (p.issue)
    return p.issue.pull_request ? { pull_request: p.issue.number } : { issue: p.issue.number };
  const head = p.check_run?.head_sha ?? p.check_suite?.head_sha ?? p.after;
  return { ...(p.ref ? { ref: p.ref } : {}), ...(head ? { head_sha: head } : {}) };
}

function parseJson(body: unknown): Record<string, unknown> | null {
  if (typeof body !== "string") return null;
  try {
    const parsed = JSON.parse(body) as unknown;
    return parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export interface ObserverOptions {
  readonly telemetry: Telemetry;
  /** Where rate-limited deliveries wait to be received again (in memory, or the queue). */
  readonly later: Later;
  readonly now?: () => number;
}

/**
 * Wraps a handler so that each run is observed: requests counted, a log line when it ends,
 * metrics. A run stopped by a rate limit is not an error: its check says so, and the delivery
 * is received again once the limit has reset (at most `MAX_RERUNS` times).
 */
export function observer(options: ObserverOptions) {
  const { telemetry, later } = options;
  const now = options.now ?? Date.now;
  const { metrics } = telemetry;

  return <C extends Context>(handler: (context: C) => Promise<void>) =>
    async (context: C): Promise<void> => {
      const payload = context.payload as Record<string, unknown>;
      const action = typeof payload.action === "string" ? payload.action : null;
      const event = action ? `${context.name}.${action}` : context.name;
      const attempt = later.reruns(context.id);
      const started = performance.now();
      const findings = { error: 0, warning: 0, notice: 0 };
      const checks: WrittenCheck[] = [];
      const run: {
        plans: number;
        suppressed: number;
        requests: number;
        limit: RateLimit | null;
        plan: RerunPlan | null;
      } = { plans: 0, suppressed: 0, requests: 0, limit: null, plan: null };

      /** Schedules the delivery to be received again; false when the app cannot take it. */
      const repeatAt = (at: number): boolean =>
        later.schedule(at, { id: context.id, name: context.name, payload: context.payload });

      const record: RunRecord = {
        checked: (results) => {
          run.plans += results.length;
          metrics.plansChecked.inc(results.length);
          for (const result of results) {
            for (const finding of result.findings) {
              if (finding.severity in findings)
                findings[finding.severity as keyof typeof findings]++;
              metrics.findings.inc({ rule: finding.rule, severity: finding.severity });
            }
            run.suppressed += result.suppressed ?? 0;
            for (const silenced of result.suppressions ?? [])
              metrics.suppressed.inc({ rule: silenced.rule });
          }
        },
        requested: (method, url, status, body) => {
          run.requests++;
          if (method !== "POST" || status === null || status >= 300) return;
          if (
            !/\/repos\/[^/]+\/[^/]+\/check-runs$/.test(new URL(url, "https://x.invalid").pathname)
          )
            return;
          const sent = parseJson(body);
          if (!sent) return;
          const conclusion = typeof sent.conclusion === "string" ? sent.conclusion : "none";
          metrics.checks.inc({ conclusion });
          checks.push({
            name: String(sent.name ?? ""),
            headSha: String(sent.head_sha ?? ""),
            conclusion,
            externalId: String(sent.external_id ?? ""),
          });
        },
        rateLimited: (found) => {
          if (run.plan) return run.plan;
          const at = found.retryAt + RERUN_MARGIN_MS;
          // A merge group that fails leaves the queue: repeating it would report on a dead commit.
          const automatic = context.name !== "merge_group" && attempt < MAX_RERUNS && repeatAt(at);
          run.limit = found;
          run.plan = { at, automatic };
          return run.plan;
        },
      };
      records.set(context, record);
      telemetry.runs.set(context.id, record);

      let outcome: "checked" | "ignored" | "rate_limited" | "retried" | "error" = "ignored";
      let failure: unknown = null;
      try {
        await handler(context);
      } catch (error) {
        const found = run.limit ?? rateLimitOf(error, now());
        if (found) record.rateLimited(found);
        else failure = error;
      } finally {
        if (telemetry.runs.get(context.id) === record) telemetry.runs.delete(context.id);
      }
      const ms = Math.round(performance.now() - started);
      const last = checks.at(-1);
      // A queued run that failed transiently runs again (see `attempt.ts`): not an error yet.
      const retried = failure !== null && willRetry(failure);
      if (failure) outcome = retried ? "retried" : "error";
      else if (run.limit) outcome = "rate_limited";
      else if (last) outcome = "checked";

      const pullFromCheck = /^pr:(\d+)/.exec(last?.externalId ?? "");
      const fields = {
        delivery: context.id,
        event: context.name,
        action,
        repository: (payload.repository as { full_name?: string } | undefined)?.full_name,
        ...subjectOf(payload),
        ...(pullFromCheck ? { pull_request: Number(pullFromCheck[1]) } : {}),
        ...(last ? { head_sha: last.headSha, check: last.name } : {}),
        plans: run.plans,
        conclusion: last?.conclusion ?? null,
        findings,
        ...(run.suppressed > 0 ? { suppressed: run.suppressed } : {}),
        requests: run.requests,
        ms,
        outcome,
        ...(attempt > 0 ? { rerun: attempt } : {}),
      };
      metrics.deliveries.inc({ event, outcome });
      metrics.runDuration.observe({ event }, ms / 1000);

      if (failure) {
        const e = failure as { status?: unknown; request?: { method?: string; url?: string } };
        const line = {
          ...fields,
          err: failure,
          ...(e.request?.url
            ? { failed_request: `${e.request.method ?? "?"} ${e.request.url}`, status: e.status }
            : {}),
        };
        if (retried) {
          context.log.warn(
            line,
            `run failed: ${event} on ${String(fields.repository)}; the queue runs it again`,
          );
        } else {
          context.log.error(line, `run failed: ${event} on ${String(fields.repository)}`);
        }
        throw failure;
      }
      const where = `${String(fields.repository)}${
        "pull_request" in fields && fields.pull_request !== undefined
          ? `#${String(fields.pull_request)}`
          : ""
      }`;
      if (run.limit && run.plan) {
        const { at, automatic } = run.plan;
        context.log.warn(
          {
            ...fields,
            rate_limit: run.limit.kind,
            limited_request: run.limit.request,
            rerun_at: new Date(at).toISOString(),
            rerun_scheduled: automatic,
          },
          `run rate-limited: ${event} on ${where}; ${
            automatic ? `runs again at ${new Date(at).toISOString()}` : "not repeated by the app"
          }`,
        );
        return;
      }
      context.log.info(
        fields,
        `run ${outcome}: ${event} on ${where}${last ? `: ${last.conclusion}` : ""} in ${ms} ms, ${run.requests} requests`,
      );
    };
}
