/**
 * The settings of how deliveries are taken and run, read from the environment (see
 * docs/deployment.md). Each is validated: a bad value stops the start with a message naming
 * the variable (see `server-settings.ts`), rather than a server that quietly does something else.
 */

export interface DeliverySettings {
  /** Redis for the scale-out shape; null runs the embedded shape (deliveries run in the process). */
  readonly redisUrl: string | null;
  /** Prefix of every Redis key the app writes, so that several apps can share one Redis. */
  readonly redisPrefix: string;
  /** Jobs one process runs at once (different pull requests; one pull request runs one at a time). */
  readonly concurrency: number;
  /** Attempts per delivery when GitHub fails transiently (5xx, rate limits, network). */
  readonly attempts: number;
  /** The first wait before another attempt; doubled per attempt, unless GitHub says how long. */
  readonly backoffMs: number;
  /** A run still going after this long fails (its check says so) and frees its pull request's lane. */
  readonly jobTimeoutMs: number;
  /** How long a job of a replica that died stays claimed before another replica takes it. */
  readonly lockMs: number;
  /** Time between redelivery sweeps; 0 turns redelivery off (no sweep at start-up either). */
  readonly redeliveryIntervalMs: number;
  /** How far back a sweep looks for failed deliveries (GitHub keeps them 3 days). */
  readonly redeliveryWindowMs: number;
  /** On SIGTERM, how long in-flight work may take before it is handed back (or cut off). */
  readonly shutdownTimeoutMs: number;
}

const HOUR = 60 * 60 * 1000;
export const GITHUB_KEEPS_DELIVERIES_MS = 72 * HOUR;

type Env = Readonly<Record<string, string | undefined>>;

/** A delivery variable whose value cannot be used, and why. */
export interface SettingProblem {
  readonly variable: string;
  readonly message: string;
}

function number(
  env: Env,
  name: string,
  fallback: number,
  { min, max, integer }: { min: number; max: number; integer?: boolean },
  problems: SettingProblem[],
): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (
    !Number.isFinite(value) ||
    value < min ||
    value > max ||
    (integer && !Number.isInteger(value))
  ) {
    problems.push({
      variable: name,
      message: `${name} is \`${raw}\`: it must be ${integer ? "a whole number" : "a number"} from ${min} to ${max} (default ${fallback}).`,
    });
    return fallback;
  }
  return value;
}

/** Reads the delivery variables; each unusable one is a problem naming it (and its default is used meanwhile). */
export function deliverySettings(env: Env): {
  readonly settings: DeliverySettings;
  readonly problems: readonly SettingProblem[];
} {
  const problems: SettingProblem[] = [];
  let redisUrl = env["REDIS_URL"]?.trim() || null;
  if (redisUrl !== null && !/^rediss?:\/\//.test(redisUrl)) {
    problems.push({
      variable: "REDIS_URL",
      message: `REDIS_URL is \`${redisUrl}\`: it must be a redis:// or rediss:// URL (for example redis://redis:6379).`,
    });
    redisUrl = null;
  }
  let prefix = env["REDIS_PREFIX"]?.trim() || "speckit-gate";
  if (!/^[A-Za-z0-9_.-]+$/.test(prefix)) {
    problems.push({
      variable: "REDIS_PREFIX",
      message: `REDIS_PREFIX is \`${prefix}\`: use letters, digits, '.', '_' or '-' (default speckit-gate).`,
    });
    prefix = "speckit-gate";
  }
  const settings: DeliverySettings = {
    redisUrl,
    redisPrefix: prefix,
    concurrency: number(
      env,
      "WORKER_CONCURRENCY",
      8,
      { min: 1, max: 256, integer: true },
      problems,
    ),
    attempts: number(env, "JOB_ATTEMPTS", 5, { min: 1, max: 50, integer: true }, problems),
    backoffMs: number(env, "JOB_BACKOFF_SECONDS", 10, { min: 0.01, max: 3600 }, problems) * 1000,
    jobTimeoutMs: number(env, "JOB_TIMEOUT_SECONDS", 600, { min: 1, max: 86_400 }, problems) * 1000,
    lockMs: number(env, "QUEUE_LOCK_SECONDS", 30, { min: 1, max: 3600 }, problems) * 1000,
    redeliveryIntervalMs:
      number(env, "REDELIVERY_INTERVAL_SECONDS", 300, { min: 0, max: 86_400 }, problems) * 1000,
    redeliveryWindowMs:
      number(env, "REDELIVERY_WINDOW_HOURS", 72, { min: 0.001, max: 72 }, problems) * HOUR,
    shutdownTimeoutMs:
      number(env, "SHUTDOWN_TIMEOUT_SECONDS", 8, { min: 0, max: 3600 }, problems) * 1000,
  };
  return { settings, problems };
}
