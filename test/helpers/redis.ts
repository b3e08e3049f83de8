import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { connect, createServer } from "node:net";

/**
 * The Redis the scale-out tests run against: `SPECKIT_TEST_REDIS_URL` (CI's `.ci/run` starts
 * one), else a redis-server started here from PATH. Without either, the tests cannot run: they
 * say why, and when `REDIS_TESTS=required` (CI) they fail instead.
 */
export type TestRedis =
  { readonly url: string; readonly stop: () => Promise<void> } | { readonly missing: string };

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export const REDIS_MISSING =
  "redis-server is not installed and SPECKIT_TEST_REDIS_URL is not set, so the scale-out tests (two replicas sharing Redis) cannot run here. Install it (Debian: apt-get install redis-server) or point SPECKIT_TEST_REDIS_URL at a Redis you can flush; CI (.ci/run) does both and sets REDIS_TESTS=required.";

export async function testRedis(): Promise<TestRedis> {
  const given = process.env["SPECKIT_TEST_REDIS_URL"];
  if (given) return { url: given, stop: () => Promise.resolve() };
  if (spawnSync("redis-server", ["--version"]).status !== 0) {
    if (process.env["REDIS_TESTS"] === "required") {
      throw new Error(`REDIS_TESTS=required: ${REDIS_MISSING}`);
    }
    return { missing: REDIS_MISSING };
  }
  const port = await freePort();
  const child: ChildProcess = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: "ignore" },
  );
  const url = `redis://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (open) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url,
    stop: async () => {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    },
  };
}
