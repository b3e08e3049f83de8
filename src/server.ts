import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseEnv } from "node:util";
import { createProbot, run } from "probot";
import { startDelivery } from "./delivery.js";
import app from "./index.js";

/**
 * The App's server: `npm start` (serves webhooks and, with REDIS_URL, runs workers) and
 * `npm run worker` (`--worker`: runs workers only). Probot's standard variables configure it;
 * docs/deployment.md lists the others. Without APP_ID it hands over to `probot run`, whose
 * setup mode registers the app.
 */

/** Probot's rule: `.env` in the working directory, its values winning over the shell's. */
function applyEnvFile(): void {
  try {
    Object.assign(process.env, parseEnv(readFileSync(join(process.cwd(), ".env"), "utf8")));
  } catch (error) {
    if ((error as { code?: string }).code !== "ENOENT") throw error;
  }
}

async function main(): Promise<void> {
  applyEnvFile();
  const env = process.env;
  const role = process.argv.includes("--worker") ? "worker" : "all";
  const appPath = fileURLToPath(new URL("./index.js", import.meta.url));
  if (!env["APP_ID"] && role === "all") {
    await run([appPath], { env });
    return;
  }
  const logFormat =
    env["LOG_FORMAT"] === "pretty" || env["LOG_FORMAT"] === "json"
      ? env["LOG_FORMAT"]
      : env["NODE_ENV"] === "production"
        ? "json"
        : "pretty";
  const probot = createProbot({
    env,
    overrides: {
      logLevel: (env["LOG_LEVEL"] || "info") as "info",
      logFormat,
    },
  });
  await probot.load(app, { cwd: process.cwd(), addHandler: () => {} });
  await probot.ready();
  const log = probot.log.child({ name: "server" });
  const webhookPath = env["WEBHOOK_PATH"] || "/api/github/webhooks";
  const delivery = await startDelivery({ probot, env, log, role, webhookPath });

  let server: ReturnType<typeof createServer> | null = null;
  if (delivery.intake) {
    const intake = delivery.intake;
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      if (req.method === "GET" && req.url?.split("?")[0] === "/ping") {
        res.writeHead(200, { "content-type": "text/plain" }).end("PONG");
        return;
      }
      intake.handle(req, res).then(
        (handled) => {
          if (!handled) res.writeHead(404).end();
        },
        (error: unknown) => {
          log.error({ err: error }, "webhook request failed");
          if (!res.headersSent) res.writeHead(500).end();
        },
      );
    });
    const port = Number(env["PORT"]) || 3000;
    const host = env["HOST"] || "localhost";
    const listening = server;
    await new Promise<void>((resolve, reject) => {
      listening.once("error", reject);
      listening.listen(port, host, () => resolve());
    });
    log.info(
      `Listening on http://${host}:${port} (${delivery.settings.redisUrl ? "scale-out: deliveries are queued in Redis and run by workers" : "embedded: deliveries run in this process"})`,
    );
  } else {
    log.info("worker: running queued deliveries from Redis");
  }
  delivery.startSweeps();

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: stopping (at most ${delivery.settings.shutdownTimeoutMs / 1000} s)`);
    delivery.stop(server).then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
