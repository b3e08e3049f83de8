/**
 * The App's server (`npm start`, the Docker image's command): Probot's server with the app,
 * the app's Octokit class (its rate-limit policy, every request observed) and `/metrics`,
 * configured by the standard Probot variables (see `.env.example`).
 *
 * Why not `probot run`: it logs pretty lines under `NODE_ENV=production` unless `LOG_FORMAT`
 * is set, prints a stack trace and serves its setup page when the private key is invalid, and
 * offers no place for the app's Octokit class or its metrics endpoint. Each step is a small
 * function, so that another mode (a queue worker, say) can reuse them.
 */
import { createPrivateKey } from "node:crypto";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseEnv } from "node:util";
import { getPrivateKey } from "@probot/get-private-key";
import { getTransformStream } from "@probot/pino";
import pino, { type DestinationStream, type Logger } from "pino";
import { Probot, run, Server } from "probot";
import { inMemoryLater, type Later } from "./app/later.js";
import { createMetrics, metricsHandler } from "./app/metrics.js";
import { createTelemetry, type Telemetry } from "./app/observe.js";
import { appOctokit } from "./app/octokit.js";
import { DEFAULT_RATE_LIMIT_POLICY, type RateLimitPolicy } from "./app/rate-limit.js";
import { createApp } from "./index.js";

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
  readonly redisUrl: string | undefined;
  readonly noSmeeSetup: boolean;
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
    redisUrl: set(env.REDIS_URL) ? env.REDIS_URL : undefined,
    noSmeeSetup: env.NO_SMEE_SETUP === "true",
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

/** Probot's logger (its JSON or pretty format, Sentry), on `destination` (stdout by default). */
export async function createLog(
  settings: LogSettings,
  destination: DestinationStream = pino.destination(1),
): Promise<Logger> {
  const transform = await getTransformStream({
    logFormat: settings.format,
    logLevelInString: settings.levelInString,
    sentryDsn: settings.sentryDsn,
  });
  transform.pipe(destination as NodeJS.WritableStream);
  return pino(
    { name: "probot", level: settings.level, messageKey: settings.messageKey },
    transform,
  );
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

/** How long a stopping server waits for the runs in flight (Docker's `stop` waits 10 s, then kills). */
export const STOP_GRACE_MS = 8_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The running App server. */
export interface AppServer {
  readonly server: Server;
  readonly telemetry: Telemetry;
  readonly later: Later;
  /**
   * Stops taking requests, gives the runs in flight up to `graceMs` to end, then closes what is
   * left and drops the runs waiting for a rate limit to reset, logging what was cut off.
   */
  readonly stop: (graceMs?: number) => Promise<void>;
}

/** Starts the App: webhooks, `/ping`, `/metrics`. */
export async function startApp(
  settings: Settings,
  log: Logger,
  options: { readonly telemetry?: Telemetry } = {},
): Promise<AppServer> {
  if (settings.appId === null || settings.privateKey === null) {
    throw new Error("startApp needs APP_ID and a private key (see readSettings)");
  }
  const telemetry = options.telemetry ?? createTelemetry(createMetrics());
  const later = inMemoryLater({
    onError: (error) => log.error({ err: error }, "a repeated run failed"),
  });
  const Octokit = appOctokit({ telemetry, policy: settings.policy });
  const server = new Server({
    host: settings.host,
    port: settings.port,
    webhookPath: settings.webhookPath,
    webhookProxy: settings.noSmeeSetup ? undefined : settings.webhookProxy,
    log,
    Probot: Probot.defaults({
      appId: settings.appId,
      privateKey: settings.privateKey,
      secret: settings.secret ?? undefined,
      baseUrl: settings.baseUrl,
      redisConfig: settings.redisUrl,
      log,
      Octokit,
    }),
  });
  server.addHandler(metricsHandler(telemetry.metrics));
  await server.load(createApp({ telemetry, later }));
  const http = await server.start();
  return {
    server,
    telemetry,
    later,
    stop: async (graceMs = STOP_GRACE_MS) => {
      const closed = server.stop();
      const deadline = Date.now() + graceMs;
      while (telemetry.runs.size > 0 && Date.now() < deadline) await sleep(100);
      const cut = [...telemetry.runs.keys()];
      if (cut.length > 0) {
        log.warn(
          { deliveries: cut },
          `${cut.length} runs still going were cut off: run them again (Re-run, /speckit recheck, or Redeliver on GitHub)`,
        );
      }
      http.closeAllConnections();
      await closed;
      const dropped = later.stop();
      if (dropped > 0) {
        log.warn(
          { dropped },
          `${dropped} rate-limited runs were waiting to be repeated: their checks say to re-run them`,
        );
      }
    },
  };
}

/**
 * Probot's setup page, for registering the app from `app.yml` (development only). With
 * `NO_SMEE_SETUP=true` no smee.io channel is created and no webhook proxy started.
 */
export async function startSetup(
  settings: Settings,
  env: Env,
  log: Logger,
  options: Pick<Parameters<typeof run>[1] & object, "SmeeClient" | "updateEnv"> = {},
): Promise<Server> {
  const setupEnv: Record<string, string | undefined> = { ...env, PORT: String(settings.port) };
  // Probot reads these itself and would print a stack trace for an unusable key.
  for (const name of ["APP_ID", "PRIVATE_KEY", "PRIVATE_KEY_PATH"]) delete setupEnv[name];
  if (settings.noSmeeSetup) delete setupEnv.WEBHOOK_PROXY_URL;
  return run(createApp(), { ...options, env: setupEnv, log });
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** One line for the problems that keep the server from starting. */
export function problemLine(problems: readonly Problem[]): string {
  return problems.map((p) => p.message).join(" ");
}

/**
 * `npm start`: reads `.env` and the environment, then serves the App, or in development the
 * setup page when the App's credentials are missing or unusable. Returns the exit code when
 * the server cannot start (one log line says why), else the running server.
 */
export async function main(
  env: Record<string, string | undefined> = process.env,
  cwd: string = process.cwd(),
  destination?: DestinationStream,
): Promise<number | AppServer | Server> {
  Object.assign(env, loadDotEnv(cwd));
  const { settings, problems } = readSettings(env, cwd);
  const log = await createLog(settings.log, destination);
  const fatal = problems.filter((p) => !p.credentials || settings.production);
  if (fatal.length > 0) {
    log.fatal(
      { variables: fatal.map((p) => p.variable) },
      `speckit-gate cannot start: ${problemLine(fatal)}`,
    );
    return 1;
  }
  let app: AppServer;
  try {
    if (problems.length > 0) {
      log.warn(
        { variables: problems.map((p) => p.variable) },
        `${problemLine(problems)} Serving the setup page to register the app (development only).`,
      );
      return await startSetup(settings, env, log);
    }
    app = await startApp(settings, log);
  } catch (error) {
    log.fatal({ err: error }, `speckit-gate cannot start: ${errorMessage(error)}`);
    return 1;
  }
  const shutdown = (signal: string) => {
    log.info({ signal }, `${signal}: stopping`);
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, "could not stop the server cleanly");
        process.exit(1);
      },
    );
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
  return app;
}

const entry = process.argv[1];
if (entry !== undefined && resolve(entry) === fileURLToPath(import.meta.url)) {
  main().then(
    (result) => {
      if (typeof result === "number") process.exitCode = result;
    },
    (error: unknown) => {
      console.error(`speckit-gate cannot start: ${errorMessage(error)}`);
      process.exitCode = 1;
    },
  );
}
