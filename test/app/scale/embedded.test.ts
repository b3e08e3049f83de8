import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import { githubStandIn, type StandIn } from "../../helpers/github-standin.js";
import { pullRequestEvent } from "../../helpers/payloads.js";
import {
  buildServer,
  deliver,
  removeBuild,
  type Replica,
  startReplica,
  stopReplica,
  waitFor,
} from "../../helpers/replicas.js";

/** The embedded shape (no REDIS_URL) through the built server: needs nothing but itself. */
describe("the embedded server (no Redis)", () => {
  let api: StandIn;
  const replicas: Replica[] = [];
  const start = async (env: Record<string, string> = {}) => {
    const replica = await startReplica("embedded", api.host, env);
    replicas.push(replica);
    return replica;
  };

  beforeAll(() => {
    buildServer();
  }, 120_000);
  afterAll(() => removeBuild());
  beforeEach(async () => {
    api = await githubStandIn();
  });
  afterEach(async () => {
    await Promise.all(replicas.splice(0).map((r) => stopReplica(r, "SIGKILL")));
    await api.close();
    expect(api.violations).toEqual([]);
  });

  it("runs a delivery in the process and answers when it is done", async () => {
    const app = await start();
    const response = await deliver(app, {
      id: "inline-1",
      name: "pull_request",
      payload: pullRequestEvent({ number: 7 }),
    });
    expect(response).toEqual({ status: 200, body: "ok\n" });
    expect(api.checks.map((c) => [c.pull, c.conclusion])).toEqual([[7, "success"]]);
  });

  it("refuses a delivery whose signature does not match", async () => {
    const app = await start();
    const response = await deliver(
      app,
      { id: "forged", name: "pull_request", payload: pullRequestEvent() },
      "sha256=00",
    );
    expect(response.status).toBe(400);
    expect(api.requests).toEqual([]);
  });

  it("on SIGTERM answers 503 to a run it cuts off, so that GitHub redelivers it, and logs it", async () => {
    const app = await start({ SHUTDOWN_TIMEOUT_SECONDS: "0.5" });
    api.hold = (r) => /\/pulls\/\d+\/files/.test(r.path);
    const response = deliver(app, {
      id: "cut-off",
      name: "pull_request",
      payload: pullRequestEvent({ number: 8 }),
    });
    await waitFor(
      () => api.requests.some((r) => r.delivery === "cut-off"),
      "the run to start",
      app,
    );
    app.child.kill("SIGTERM");
    expect((await response).status).toBe(503);
    await app.exited;
    const log = app.output.join("");
    expect(log).toMatch(/"deliveries":\["cut-off \(pull_request\)"\]/);
    expect(log).toMatch(/cut off and answered 503; GitHub records them as failed/);
    api.release();
  });

  it("starts the redelivery sweep at start-up with the app's JWT", async () => {
    const app = await start({ REDELIVERY_INTERVAL_SECONDS: "300" });
    await waitFor(
      () => api.requests.some((r) => r.path.startsWith("/app/hook/deliveries")),
      "the start-up sweep",
      app,
    );
  });
});

describe("Probot's Redis throttling", () => {
  it("finds the installed ioredis, the version Probot asks for, so it never runs npx", () => {
    const require = createRequire(import.meta.url);
    const fromProbot = createRequire(require.resolve("npx-import-light"));
    const resolved = fromProbot.resolve("ioredis/package.json");
    const { version } = JSON.parse(readFileSync(resolved, "utf8")) as { version: string };
    const asked = /npxImport\("ioredis@([\d.]+)"/.exec(
      readFileSync(
        join(dirname(require.resolve("probot")), "octokit/get-octokit-throttle-options.js"),
        "utf8",
      ),
    );
    expect(asked?.[1]).toBe(version);
    const deploy = JSON.parse(
      readFileSync(new URL("../../../deploy/package.json", import.meta.url), "utf8"),
    ) as {
      dependencies: Record<string, string>;
    };
    expect(deploy.dependencies["ioredis"]).toBe(version);
  });
});
