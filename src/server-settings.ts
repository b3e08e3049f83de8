/**
 * The server's settings: the standard Probot variables (read as Probot reads them) and the
 * app's own (rate limits here, deliveries in `app/delivery-settings.ts`), checked before
 * anything starts, each problem naming its variable.
 */
import { createPrivateKey } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseEnv } from "node:util";
import { getPrivateKey } from "@probot/get-private-key";
import { type DeliverySettings, deliverySettings } from "./app/delivery-settings.js";
import { DEFAULT_RATE_LIMIT_POLICY, type RateLimitPolicy } from "./app/rate-limit.js";

export type Env = Readonly<Record<string, string | undefined>>;

const LOG_LEVELS = ["trace", "debug", "info", "warn", "error", "fatal"] as const;
type LogLevel = (typeof LOG_LEVELS)[number];

export interface LogSettings {
  readonly level: LogLevel;
  readonly format: "json" | "pretty";
  readonly levelInString: boolean;
  readonly messageKey: string;
  readonly sentryDsn: string | undefined;
}

/** Everything the server is configured with, read from the environment. */
export interface Settings {
  readonly production: boolean;
  readonly appId: number | null;
  readonly privateKey: string | null;
  readonly secret: string | null;
  readonly port: number;
  readonly host: string | undefined;
  readonly webhookPath: string | undefined;
  readonly webhookProxy: string | undefined;
  /** The API's base URL on GitHub Enterprise Server; undefined for github.com. */
  readonly baseUrl: string | undefined;
  readonly noSmeeSetup: boolean;
  /** How deliveries are taken and run: Redis (`REDIS_URL`) or not, workers, redelivery, shutdown. */
  readonly delivery: DeliverySettings;
  readonly log: LogSettings;
  readonly policy: RateLimitPolicy;
}

/**
 * A variable that keeps the server from starting. `credentials` problems (the App's id, key and
 * secret) send development to the setup page; any other problem stops the server in every mode.
 */
export interface Problem {
  readonly variable: string;
  readonly message: string;
  readonly credentials: boolean;
}

const set = (value: string | undefined): value is string => value !== undefined && value !== "";

function integer(
  env: Env,
  name: string,
  fallback: number,
  min: number,
  max: number,
  problems: Problem[],
): number {
  const raw = env[name];
  if (!set(raw)) return fallback;
  const value = Number(raw);
  if (/^\d+$/.test(raw.trim()) && value >= min && value <= max) return value;
  problems.push({
    variable: name,
    message: `${name} is \`${raw}\`: it must be a whole number from ${min} to ${max}.`,
    credentials: false,
  });
  return fallback;
}

function readLog(env: Env, production: boolean, problems: Problem[]): LogSettings {
  const rawLevel = env.LOG_LEVEL;
  let level: LogLevel = "info";
  if (set(rawLevel)) {
    if ((LOG_LEVELS as readonly string[]).includes(rawLevel)) level = rawLevel as LogLevel;
    else {
      problems.push({
        variable: "LOG_LEVEL",
        message: `LOG_LEVEL is \`${rawLevel}\`: it must be one of ${LOG_LEVELS.join(", ")}.`,
        credentials: false,
      });
    }
  }
  // As Probot reads it: any value but `pretty` means JSON; unset, JSON in production.
  const format = set(env.LOG_FORMAT)
    ? env.LOG_FORMAT === "pretty"
      ? "pretty"
      : "json"
    : production
      ? "json"
      : "pretty";
  return {
    level,
    format,
    levelInString: env.LOG_LEVEL_IN_STRING === "true",
    messageKey: set(env.LOG_MESSAGE_KEY) ? env.LOG_MESSAGE_KEY : "msg",
    sentryDsn: set(env.SENTRY_DSN) ? env.SENTRY_DSN : undefined,
  };
}

/** The private key as Probot finds it (`PRIVATE_KEY`, `PRIVATE_KEY_PATH`, or one `*.pem` in `cwd`), checked to parse. */
function readKey(env: Env, cwd: string, problems: Problem[]): string | null {
  const variable = set(env.PRIVATE_KEY)
    ? "PRIVATE_KEY"
    : set(env.PRIVATE_KEY_PATH)
      ? "PRIVATE_KEY_PATH"
      : "PRIVATE_KEY";
  let text: string | null;
  try {
    text = getPrivateKey({ env: env as NodeJS.ProcessEnv, cwd });
  } catch (error) {
    const why = (error instanceof Error ? error.message : String(error)).replace(
      /^\[@probot\/get-private-key\]\s*/,
      "",
    );
    problems.push({
      variable,
      message:
        variable === "PRIVATE_KEY_PATH" && set(env.PRIVATE_KEY_PATH)
          ? `PRIVATE_KEY_PATH is \`${env.PRIVATE_KEY_PATH}\`, which is not a readable file: set it to the path of the app's .pem file.`
          : `${variable} is not usable (${why}): set it to the contents of the app's .pem file (newlines may be written \\n, or the whole file base64-encoded), or set PRIVATE_KEY_PATH to the file's path.`,
      credentials: true,
    });
    return null;
  }
  if (text === null) {
    problems.push({
      variable: "PRIVATE_KEY",
      message:
        "PRIVATE_KEY is not set: set it to the contents of the app's .pem file, or set PRIVATE_KEY_PATH to the file's path.",
      credentials: true,
    });
    return null;
  }
  try {
    createPrivateKey(text);
  } catch {
    problems.push({
      variable,
      message: `${variable} does not hold a private key that can be read (${
        variable === "PRIVATE_KEY_PATH" ? `the file \`${env.PRIVATE_KEY_PATH}\`` : "not a PEM key"
      }): generate a new private key on the app's settings page and use its .pem file.`,
      credentials: true,
    });
    return null;
  }
  return text;
}

/** Reads and checks the standard Probot variables and the app's own. */
export function readSettings(
  env: Env,
  cwd: string = process.cwd(),
): { readonly settings: Settings; readonly problems: readonly Problem[] } {
  const problems: Problem[] = [];
  const production = env.NODE_ENV === "production";
  const log = readLog(env, production, problems);

  let appId: number | null = null;
  if (!set(env.APP_ID)) {
    problems.push({
      variable: "APP_ID",
      message: "APP_ID is not set: set it to the App ID shown on the app's settings page.",
      credentials: true,
    });
  } else if (!/^\d+$/.test(env.APP_ID.trim()) || Number(env.APP_ID) === 0) {
    problems.push({
      variable: "APP_ID",
      message: `APP_ID is \`${env.APP_ID}\`: it must be the number shown as App ID on the app's settings page.`,
      credentials: true,
    });
  } else {
    appId = Number(env.APP_ID);
  }
  const privateKey = readKey(env, cwd, problems);
  const secret = set(env.WEBHOOK_SECRET) ? env.WEBHOOK_SECRET : null;
  if (secret === null && production) {
    problems.push({
      variable: "WEBHOOK_SECRET",
      message:
        "WEBHOOK_SECRET is not set: set it to the webhook secret of the app, or anyone could send the server deliveries signed with Probot's development secret.",
      credentials: true,
    });
  }

  const protocol = set(env.GHE_PROTOCOL) ? env.GHE_PROTOCOL : "https";
  if (protocol !== "https" && protocol !== "http") {
    problems.push({
      variable: "GHE_PROTOCOL",
      message: `GHE_PROTOCOL is \`${protocol}\`: it must be https or http.`,
      credentials: false,
    });
  }
  const delivery = deliverySettings(env);
  for (const p of delivery.problems) problems.push({ ...p, credentials: false });
  const settings: Settings = {
    production,
    appId,
    privateKey,
    secret,
    port: integer(env, "PORT", 3000, 1, 65535, problems),
    host: set(env.HOST) ? env.HOST : undefined,
    webhookPath: set(env.WEBHOOK_PATH) ? env.WEBHOOK_PATH : undefined,
    webhookProxy: set(env.WEBHOOK_PROXY_URL) ? env.WEBHOOK_PROXY_URL : undefined,
    baseUrl: set(env.GHE_HOST) ? `${protocol}://${env.GHE_HOST}/api/v3` : undefined,
    noSmeeSetup: env.NO_SMEE_SETUP === "true",
    delivery: delivery.settings,
    log,
    policy: {
      maxResetWaitSeconds: integer(
        env,
        "RATE_LIMIT_MAX_WAIT_SECONDS",
        DEFAULT_RATE_LIMIT_POLICY.maxResetWaitSeconds,
        0,
        3600,
        problems,
      ),
      secondaryRetries: integer(
        env,
        "RATE_LIMIT_RETRIES",
        DEFAULT_RATE_LIMIT_POLICY.secondaryRetries,
        0,
        10,
        problems,
      ),
    },
  };
  return { settings, problems };
}

/** Values of `.env` in `cwd` over the environment's, as Probot applies them; none when there is no file. */
export function loadDotEnv(cwd: string): Record<string, string> {
  try {
    return parseEnv(readFileSync(join(cwd, ".env"), "utf8")) as Record<string, string>;
  } catch (error) {
    if ((error as { code?: string }).code === "ENOENT") return {};
    throw error;
  }
}
