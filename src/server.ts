/**
 * The App's server, the one entry of both shapes (docs/deployment.md):
 *
 * - `npm start` (the Docker image's command) serves webhooks, `/ping` and `/metrics`. Without
 *   `REDIS_URL` it runs each delivery in the request (embedded); with it, it queues deliveries
 *   in Redis and runs queue workers too (scale-out).
 * - `npm run worker` (`--worker`) runs queue workers only, and serves `/ping` and `/metrics`.
 *
 * It reads the standard Probot variables the way `probot run` does, and the app's own, and
 * checks them all before it starts (`server-settings.ts`). Why not `probot run`: it logs pretty
 * lines under `NODE_ENV=production` unless `LOG_FORMAT` is set, prints a stack trace and serves
 * its setup page when the private key is invalid, and its server answers webhooks itself,
 * leaving no place for the queue, the app's Octokit class (its rate-limit policy, every request
 * observed) or the metrics.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { getTransformStream } from "@probot/pino";
import pino, { type DestinationStream, type Logger } from "pino";
import { Probot, run, type Server } from "probot";
import { inMemoryLater, type Later, queuedLater } from "./app/later.js";
import { createMetrics, metricsHandler } from "./app/metrics.js";
import { createTelemetry, type Telemetry } from "./app/observe.js";
import { appOctokit } from "./app/octokit.js";
import type { ShutdownReport } from "./app/shutdown.js";
import { type Delivery, startDelivery } from "./delivery.js";
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

/** `all` serves webhooks (and, with Redis, runs workers): `npm start`. `worker` only runs workers: `npm run worker`. */
export type Role = "all" | "worker";

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

/** The running App server. */
export interface AppServer {
  readonly port: number;
  readonly telemetry: Telemetry;
  readonly later: Later;
  readonly delivery: Delivery;
  /**
   * Graceful stop (SIGTERM): takes no more deliveries (503), gives the work in flight until
   * SHUTDOWN_TIMEOUT_SECONDS, then hands queued jobs back to Redis or, embedded, cuts runs off
   * and logs which; drops the rate-limited runs waiting in memory, logging how many.
   */
  readonly stop: () => Promise<ShutdownReport>;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

const ping: Handler = (req, res) => {
  if (req.method !== "GET" || (req.url ?? "").split("?")[0] !== "/ping") return false;
  res.writeHead(200, { "content-type": "text/plain" }).end("PONG");
  return true;
};

interface Proxy {
  readonly close: () => void;
}

/**
 * Development: forwards the smee.io channel's deliveries (`WEBHOOK_PROXY_URL`) to this server,
 * as `probot run` does. smee-client is no dependency of the app: a local install is used, and
 * without one the log says how to run it.
 */
async function startWebhookProxy(url: string, target: string, log: Logger): Promise<Proxy | null> {
  const name = "smee-client";
  try {
    const { SmeeClient } = (await import(name)) as {
      SmeeClient: new (options: { source: string; target: string; logger: Logger }) => {
        start: () => Proxy | Promise<Proxy>;
      };
    };
    return await new SmeeClient({ source: url, target, logger: log }).start();
  } catch {
    log.warn(
      { variables: ["WEBHOOK_PROXY_URL"] },
      `WEBHOOK_PROXY_URL is set, but smee-client is not installed: run \`npx smee-client --url ${url} --target ${target}\` beside the server (or \`npm install --no-save smee-client\`).`,
    );
    return null;
  }
}

/** Starts the App: the Probot app with its Octokit class, the deliveries (either shape), the HTTP server. */
export async function startApp(
  settings: Settings,
  log: Logger,
  options: { readonly telemetry?: Telemetry; readonly role?: Role } = {},
): Promise<AppServer> {
  if (settings.appId === null || settings.privateKey === null) {
    throw new Error("startApp needs APP_ID and a private key (see readSettings)");
  }
  const role = options.role ?? "all";
  const scaleOut = settings.delivery.redisUrl !== null;
  const telemetry = options.telemetry ?? createTelemetry(createMetrics());
  const probot = new Probot({
    appId: settings.appId,
    privateKey: settings.privateKey,
    secret: settings.secret ?? undefined,
    baseUrl: settings.baseUrl,
    // Probot's Redis-backed throttling: every replica spaces its writes per installation together.
    redisConfig: settings.delivery.redisUrl ?? undefined,
    log,
    Octokit: appOctokit({ telemetry, policy: settings.policy }),
  });
  // A rate-limited run is received again after the reset: by the queue (durable), or a timer.
  const later = scaleOut
    ? queuedLater()
    : inMemoryLater({
        receive: (delivery) => probot.receive(delivery as Parameters<Probot["receive"]>[0]),
        onError: (error) => log.error({ err: error }, "a repeated run failed"),
      });
  await probot.load(createApp({ telemetry, later }));
  await probot.ready();

  const webhookPath = settings.webhookPath ?? "/api/github/webhooks";
  const delivery = await startDelivery({
    probot,
    settings: settings.delivery,
    log: log.child({ name: "delivery" }),
    role,
    webhookPath,
    metrics: telemetry.metrics,
  });
  const handlers: Handler[] = [
    // The webhook path first: nothing else may claim it.
    ...(delivery.intake ? [delivery.intake.handle] : []),
    ping,
    metricsHandler(telemetry.metrics),
  ];
  const server = createServer((req, res) => {
    void (async () => {
      try {
        for (const handler of handlers) if (await handler(req, res)) return;
        res.writeHead(404, { "content-type": "text/plain" }).end("Not found\n");
      } catch (error) {
        log.error({ err: error, request: `${req.method} ${req.url}` }, "request failed");
        if (!res.headersSent) res.writeHead(500).end();
      }
    })();
  });
  const closed = new Promise<void>((done) => server.once("close", () => done()));
  const host = settings.host ?? "localhost";
  await new Promise<void>((listening, failed) => {
    server.once("error", failed);
    server.listen(settings.port, host, () => listening());
  });
  const port = (server.address() as { port: number }).port;
  const base = `http://${host}:${port}`;
  if (delivery.intake) {
    log.info(
      `Listening on ${base} (${scaleOut ? "scale-out: deliveries are queued in Redis and run by workers" : "embedded: deliveries run in this process"}; /metrics for Prometheus)`,
    );
  } else {
    log.info(`worker: running queued deliveries from Redis; /ping and /metrics on ${base}`);
  }
  const proxy =
    role === "all" && settings.webhookProxy && !settings.noSmeeSetup
      ? await startWebhookProxy(settings.webhookProxy, `${base}${webhookPath}`, log)
      : null;
  delivery.startSweeps();

  return {
    port,
    telemetry,
    later,
    delivery,
    stop: async () => {
      proxy?.close();
      const report = await delivery.stop(server);
      const dropped = later.stop();
      if (dropped > 0) {
        log.warn(
          { dropped },
          `${dropped} rate-limited runs were waiting in this process to run again, and are dropped: their checks say they run again by themselves, which they now will not. Re-run them (Re-run on the check, or /speckit recheck) after the reset; with REDIS_URL they wait in the queue instead.`,
        );
      }
      server.closeAllConnections();
      await closed;
      return report;
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

/** The problems of `role`: a worker takes no webhooks (no secret needed) but needs Redis. */
function problemsOf(role: Role, settings: Settings, problems: readonly Problem[]): Problem[] {
  if (role === "all") return [...problems];
  const own = problems.filter((p) => p.variable !== "WEBHOOK_SECRET");
  if (settings.delivery.redisUrl === null && !own.some((p) => p.variable === "REDIS_URL")) {
    own.push({
      variable: "REDIS_URL",
      message:
        "REDIS_URL is not set: `npm run worker` runs the deliveries web replicas queue in Redis, so set it to that Redis. Without Redis, `npm start` runs deliveries in its own process.",
      credentials: false,
    });
  }
  return own;
}

/**
 * `npm start` and `npm run worker`: reads `.env` and the environment, then serves the App, or
 * in development the setup page when the App's credentials are missing or unusable. Returns the
 * exit code when the server cannot start (one log line says why), else the running server.
 */
export async function main(
  env: Record<string, string | undefined> = process.env,
  cwd: string = process.cwd(),
  destination?: DestinationStream,
  argv: readonly string[] = process.argv.slice(2),
): Promise<number | AppServer | Server> {
  Object.assign(env, loadDotEnv(cwd));
  const role: Role = argv.includes("--worker") ? "worker" : "all";
  const read = readSettings(env, cwd);
  const { settings } = read;
  const problems = problemsOf(role, settings, read.problems);
  const log = await createLog(settings.log, destination);
  // Credentials send development to the setup page; production, and a worker, stop instead.
  const fatal = problems.filter((p) => !p.credentials || settings.production || role === "worker");
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
    app = await startApp(settings, log, { role });
  } catch (error) {
    log.fatal({ err: error }, `speckit-gate cannot start: ${errorMessage(error)}`);
    return 1;
  }
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(
      { signal },
      `${signal}: stopping (at most ${settings.delivery.shutdownTimeoutMs / 1000} s)`,
    );
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, "could not stop the server cleanly");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
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
