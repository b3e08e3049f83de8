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
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { getTransformStream } from "@probot/pino";
import pino, { type DestinationStream, type Logger } from "pino";
import { Probot, run, Server } from "probot";
import { inMemoryLater, type Later } from "./app/later.js";
import { createMetrics, metricsHandler } from "./app/metrics.js";
import { createTelemetry, type Telemetry } from "./app/observe.js";
import { appOctokit } from "./app/octokit.js";
import { createApp } from "./index.js";
import {
  type Env,
  loadDotEnv,
  type LogSettings,
  type Problem,
  readSettings,
  type Settings,
} from "./server-settings.js";

export {
  type Env,
  loadDotEnv,
  type LogSettings,
  type Problem,
  readSettings,
  type Settings,
} from "./server-settings.js";

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
  if (settings.noSmeeSetup && settings.webhookProxy) {
    log.warn(
      { variables: ["WEBHOOK_PROXY_URL", "NO_SMEE_SETUP"] },
      "WEBHOOK_PROXY_URL is ignored: NO_SMEE_SETUP=true never starts smee.",
    );
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
