import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { createHmac, generateKeyPairSync } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The built App server (`dist/server.js`) as child processes, the way `npm start` runs it,
 * for tests of what only a real process shows: two replicas sharing Redis, SIGKILL, SIGTERM.
 */

const root = fileURLToPath(new URL("../..", import.meta.url));
export const SECRET = "scale-test-secret";

let built: string | null = null;

/**
 * Builds the sources once per test file into `node_modules/.cache/` (so that the build finds
 * the installed packages), rather than trusting a `dist/` that may be stale.
 */
export function buildServer(): string {
  if (built) return built;
  const out = join(root, "node_modules", ".cache", `speckit-gate-server-${process.pid}`);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "package.json"), '{ "type": "module" }\n');
  execFileSync(
    process.execPath,
    [
      join(root, "node_modules/typescript/bin/tsc"),
      "-p",
      join(root, "tsconfig.build.json"),
      "--outDir",
      out,
      "--sourceMap",
      "false",
    ],
    { stdio: "inherit" },
  );
  built = join(out, "server.js");
  return built;
}

/** Removes the build (after the test file's last replica has exited). */
export function removeBuild(): void {
  if (!built) return;
  rmSync(join(built, ".."), { recursive: true, force: true });
  built = null;
}

let key: string | null = null;
function privateKey(): string {
  key ??= generateKeyPairSync("rsa", {
    modulusLength: 2048,
    privateKeyEncoding: { type: "pkcs1", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" },
  }).privateKey;
  return key;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface Replica {
  readonly name: string;
  readonly port: number;
  readonly child: ChildProcess;
  /** Everything it printed (JSON log lines). */
  readonly output: string[];
  readonly exited: Promise<number | null>;
}

export async function startReplica(
  name: string,
  apiHost: string,
  env: Record<string, string>,
  args: readonly string[] = [],
): Promise<Replica> {
  const port = await freePort();
  const child = spawn(process.execPath, [buildServer(), ...args], {
    cwd: mkdtempSync(join(tmpdir(), "speckit-replica-")),
    env: {
      PATH: process.env["PATH"] ?? "",
      APP_ID: "1",
      PRIVATE_KEY: privateKey(),
      WEBHOOK_SECRET: SECRET,
      PORT: String(port),
      HOST: "127.0.0.1",
      GHE_HOST: apiHost,
      GHE_PROTOCOL: "http",
      LOG_LEVEL: "info",
      LOG_FORMAT: "json",
      NODE_ENV: "production",
      REDELIVERY_INTERVAL_SECONDS: "0",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  child.stdout!.on("data", (chunk: Buffer) => output.push(chunk.toString("utf8")));
  child.stderr!.on("data", (chunk: Buffer) => output.push(chunk.toString("utf8")));
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );
  const replica = { name, port, child, output, exited };
  if (args.includes("--worker")) {
    await waitFor(() => output.join("").includes("worker: running"), `${name} to start`, replica);
    return replica;
  }
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/ping`)).ok) return replica;
    } catch {
      if (i > 300 || child.exitCode !== null) {
        throw new Error(`${name} did not start:\n${output.join("")}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

export function sign(body: string): string {
  return `sha256=${createHmac("sha256", SECRET).update(body).digest("hex")}`;
}

/** Sends a signed webhook delivery, as GitHub does. */
export async function deliver(
  replica: Pick<Replica, "port">,
  delivery: { readonly id: string; readonly name: string; readonly payload: unknown },
  signature?: string,
): Promise<{ status: number; body: string }> {
  const body = JSON.stringify(delivery.payload);
  const response = await fetch(`http://127.0.0.1:${replica.port}/api/github/webhooks`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-github-event": delivery.name,
      "x-github-delivery": delivery.id,
      "x-hub-signature-256": signature ?? sign(body),
    },
    body,
  });
  return { status: response.status, body: await response.text() };
}

/**
 * Waits until `done()` holds, checking every 50 ms; fails after `limitMs` saying what it waited
 * for and what the replicas printed (a bound on a hang, not a timing assertion).
 */
export async function waitFor(
  done: () => boolean | Promise<boolean>,
  what: string,
  ...replicas: Pick<Replica, "name" | "output">[]
): Promise<void> {
  const limitMs = 60_000;
  const start = Date.now();
  while (!(await done())) {
    if (Date.now() - start > limitMs) {
      const logs = replicas
        .map((r) => `--- ${r.name}\n${r.output.join("").slice(-4000)}`)
        .join("\n");
      throw new Error(`gave up waiting for ${what}\n${logs}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function stopReplica(
  replica: Replica,
  signal: NodeJS.Signals = "SIGTERM",
): Promise<number | null> {
  if (replica.child.exitCode === null && replica.child.signalCode === null)
    replica.child.kill(signal);
  return replica.exited;
}
