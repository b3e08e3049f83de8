import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  jest,
} from "@jest/globals";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { jobIdOf, QUEUE_NAME } from "../../../src/app/queue/queue.js";
import { githubStandIn, type StandIn } from "../../helpers/github-standin.js";
import { pullRequestEvent } from "../../helpers/payloads.js";
import { testRedis } from "../../helpers/redis.js";
import {
  buildServer,
  deliver,
  removeBuild,
  type Replica,
  sign,
  startReplica,
  stopReplica,
  waitFor,
} from "../../helpers/replicas.js";

/**
 * The scale-out shape for real: the built server as two replicas (child processes) sharing a
 * redis-server, GitHub played by an HTTP stand-in that checks every request against the OpenAPI
 * description. What is asserted is what GitHub ends up with: one completed check run and one
 * comment per pull request, whatever happened to the replicas.
 */

// Child processes, a real Redis and queue backoffs: on a slow or loaded runner one test can
// take several times its usual few seconds. The limit is above `waitFor`'s own 60 s, so a
// stuck wait fails with the replicas' logs rather than with a bare timeout.
jest.setTimeout(120_000);

const redis = await testRedis();

let prefixes = 0;
function pull(number: number, installation: number, updatedAt = "2025-06-01T10:00:00Z") {
  const payload = pullRequestEvent({ action: "opened", number, updatedAt });
  payload.installation = { id: installation, node_id: "x" };
  return payload;
}

// The server is built once for the file (buildServer is memoised), removed after the last test.
afterAll(() => removeBuild());

describe("a replica whose Redis cannot be reached", () => {
  let api: StandIn;
  const replicas: Replica[] = [];

  beforeAll(() => {
    buildServer();
  }, 120_000);
  beforeEach(async () => {
    api = await githubStandIn();
  });
  afterEach(async () => {
    await Promise.all(replicas.splice(0).map((r) => stopReplica(r, "SIGKILL")));
    await api.close();
    expect(api.violations).toEqual([]);
  });

  it("answers 503 when Redis cannot take a delivery, so that GitHub records it as failed", async () => {
    const a = await startReplica("a", api.host, { REDIS_URL: "redis://127.0.0.1:1" });
    replicas.push(a);
    const response = await deliver(a, {
      id: "no-redis",
      name: "pull_request",
      payload: pull(700, 70),
    });
    expect(response.status).toBe(503);
    expect(response.body).toMatch(/delivery queue is unavailable/);
  });
});

// Without a redis-server the two-replica tests cannot run: they say so (and fail in CI, where
// REDIS_TESTS=required makes testRedis throw), and only the test above runs.
if ("missing" in redis) {
  console.warn(redis.missing);
} else {
  describe("scale-out across two replicas sharing Redis", () => {
    let client: Redis;
    let api: StandIn;
    let prefix: string;
    const replicas: Replica[] = [];

    const start = async (name: string, env: Record<string, string> = {}, args: string[] = []) => {
      const replica = await startReplica(
        name,
        api.host,
        {
          REDIS_URL: redis.url,
          REDIS_PREFIX: prefix,
          QUEUE_LOCK_SECONDS: "2",
          JOB_BACKOFF_SECONDS: "0.2",
          ...env,
        },
        args,
      );
      replicas.push(replica);
      return replica;
    };
    const done = async (ids: readonly string[]): Promise<boolean> =>
      (await Promise.all(ids.map((id) => client.exists(`${prefix}:done:${id}`)))).every(
        (n) => n === 1,
      );
    const checksOf = (n: number) => api.checks.filter((c) => c.pull === n);
    const commentsOf = (n: number) => api.comments.filter((c) => c.issue === n);

    beforeAll(() => {
      buildServer();
      client = new Redis(redis.url);
    }, 120_000);
    afterAll(async () => {
      client.disconnect();
      await redis.stop();
    });
    beforeEach(async () => {
      prefix = `test-${process.pid}-${++prefixes}`;
      api = await githubStandIn();
    });
    afterEach(async () => {
      await Promise.all(replicas.splice(0).map((r) => stopReplica(r, "SIGKILL")));
      await api.close();
      expect(api.violations).toEqual([]);
    });

    it("a burst across both replicas: every pull request gets exactly one completed check and one comment", async () => {
      const a = await start("a");
      const b = await start("b");
      const ids: string[] = [];
      const sent = await Promise.all(
        Array.from({ length: 12 }, (_, i) => {
          const id = `burst-${i}`;
          ids.push(id);
          return deliver(i % 2 === 0 ? a : b, {
            id,
            name: "pull_request",
            payload: pull(100 + i, 10 + (i % 6)),
          });
        }),
      );
      expect(sent.map((r) => r.status)).toEqual(Array(12).fill(202));
      await waitFor(() => done(ids), "all 12 deliveries to be done", a, b);
      for (let i = 0; i < 12; i++) {
        expect(checksOf(100 + i).map((c) => c.conclusion)).toEqual(["success"]);
        expect(commentsOf(100 + i)).toHaveLength(1);
      }
      // Both replicas did work. (A replica logs a delivery done after marking it so in Redis,
      // and its output reaches this process through a pipe: wait for the lines to arrive.)
      const ran = (r: Replica) =>
        r.output.join("").match(/"msg":"delivery burst-\d+ \(pull_request\) done"/g)?.length ?? 0;
      await waitFor(() => ran(a) + ran(b) >= 12, "the 12 deliveries' log lines", a, b);
      expect(ran(a) + ran(b)).toBe(12);
      expect(ran(a)).toBeGreaterThan(0);
      expect(ran(b)).toBeGreaterThan(0);
    });

    it("runs one pull request's deliveries one at a time, in the order they arrived", async () => {
      const a = await start("a");
      const b = await start("b");
      api.listFilesDelayMs = 300;
      const times = ["2025-06-01T10:00:01Z", "2025-06-01T10:00:02Z", "2025-06-01T10:00:03Z"];
      const ids = times.map((_, i) => `order-${i}`);
      for (const [i, at] of times.entries()) {
        const response = await deliver(i % 2 === 0 ? a : b, {
          id: ids[i]!,
          name: "pull_request",
          payload: pull(200, 20, at),
        });
        expect(response.status).toBe(202);
      }
      await waitFor(() => done(ids), "the three deliveries to be done", a, b);
      // Each run's requests (carrying its delivery id) end before the next run's begin.
      const spans = ids.map((id) => {
        const mine = api.requests.filter((r) => r.delivery === id).map((r) => r.at);
        return [Math.min(...mine), Math.max(...mine)] as const;
      });
      for (let i = 1; i < spans.length; i++)
        expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1]);
      expect(checksOf(200).map((c) => c.delivery)).toEqual(ids);
    });

    it("a replica killed right after answering loses nothing: the other runs its jobs", async () => {
      const a = await start("a", { WORKER_CONCURRENCY: "2" });
      // A's runs stop at their file listing: killed, they never get further.
      api.hold = (r) => /\/pulls\/\d+\/files/.test(r.path);
      const ids = [0, 1, 2, 3].map((i) => `kill-${i}`);
      for (const [i, id] of ids.entries()) {
        expect(
          (await deliver(a, { id, name: "pull_request", payload: pull(300 + i, 30 + i) })).status,
        ).toBe(202);
      }
      await waitFor(
        () => api.requests.filter((r) => /\/pulls\/\d+\/files/.test(r.path)).length >= 2,
        "a's two runs to be under way",
        a,
      );
      await stopReplica(a, "SIGKILL");
      api.release();
      const b = await start("b");
      await waitFor(() => done(ids), "b to finish a's jobs", b);
      for (let i = 0; i < 4; i++) {
        expect(checksOf(300 + i).map((c) => c.conclusion)).toEqual(["success"]);
        expect(commentsOf(300 + i)).toHaveLength(1);
      }
    });

    it("on SIGTERM a replica stops taking deliveries and hands its running jobs back", async () => {
      const a = await start("a", { SHUTDOWN_TIMEOUT_SECONDS: "0.5" });
      api.hold = (r) => /\/pulls\/\d+\/files/.test(r.path);
      expect(
        (await deliver(a, { id: "term-0", name: "pull_request", payload: pull(350, 35) })).status,
      ).toBe(202);
      await waitFor(
        () => api.requests.some((r) => r.delivery === "term-0" && /\/files/.test(r.path)),
        "a's run to be under way",
        a,
      );
      a.child.kill("SIGTERM");
      await a.exited;
      expect(a.output.join("")).toMatch(/handed back to the queue.*term-0|term-0.*handed back/s);
      api.release();
      const b = await start("b", {}, ["--worker"]);
      await waitFor(
        () => done(["term-0"]),
        "the worker-only replica to run the handed-back job",
        b,
      );
      expect(checksOf(350).map((c) => c.conclusion)).toEqual(["success"]);
    });

    it("a delivery sent again after it completed does not run twice; one that failed runs again", async () => {
      const a = await start("a");
      const b = await start("b");
      const first = { id: "dup-ok", name: "pull_request", payload: pull(400, 40) };
      expect((await deliver(a, first)).status).toBe(202);
      await waitFor(() => done(["dup-ok"]), "the first delivery", a, b);
      expect(await deliver(b, first)).toEqual({ status: 200, body: "already handled\n" });

      // A failure that is not transient: the run reports it on the check and the job fails.
      api.failures.push({
        method: "GET",
        path: /\/pulls\/401\/files/,
        status: 422,
        body: { message: "Unprocessable" },
        times: 1,
      });
      const failing = { id: "dup-failed", name: "pull_request", payload: pull(401, 40) };
      expect((await deliver(a, failing)).status).toBe(202);
      await waitFor(() => checksOf(401).length === 1, "the failed run's check", a, b);
      expect(checksOf(401)[0]).toMatchObject({
        conclusion: "failure",
        title: "speckit-gate could not check this commit",
      });
      // The check is written before the job is marked failed: GitHub's "Redeliver" comes after.
      const queue = new Queue(QUEUE_NAME, { connection: { url: redis.url }, prefix });
      try {
        const id = jobIdOf("dup-failed");
        await waitFor(async () => (await queue.getJobState(id)) === "failed", "the job to fail", a);
      } finally {
        await queue.close();
      }
      expect((await deliver(b, failing)).status).toBe(202);
      await waitFor(() => done(["dup-failed"]), "the redelivered delivery", a, b);
      expect(checksOf(401).map((c) => c.conclusion)).toEqual(["failure", "success"]);
      expect(checksOf(400)).toHaveLength(1);
    });

    it("retries a transient GitHub failure with backoff, reporting nothing until it succeeds", async () => {
      const a = await start("a");
      // Octokit retries a 502 three times within the run (1 s, 4 s, 9 s apart); the fourth
      // failure ends the attempt, and the queue runs the delivery again.
      api.failures.push({
        method: "GET",
        path: /\/pulls\/500\/files/,
        status: 502,
        body: { message: "Server Error" },
        times: 4,
      });
      expect(
        (await deliver(a, { id: "transient", name: "pull_request", payload: pull(500, 50) }))
          .status,
      ).toBe(202);
      await waitFor(() => done(["transient"]), "the delivery to succeed on its second attempt", a);
      expect(checksOf(500).map((c) => c.conclusion)).toEqual(["success"]);
      expect(api.requests.filter((r) => /\/pulls\/500\/files/.test(r.path))).toHaveLength(5);
      expect(a.output.join("")).toMatch(/delivery transient \(pull_request\) failed transiently/);
    });

    it("gives up after JOB_ATTEMPTS and leaves a failed check that says what went wrong and how to re-run", async () => {
      const a = await start("a", { JOB_ATTEMPTS: "2" });
      api.failures.push({
        method: "GET",
        path: /\/pulls\/501\/files/,
        status: 502,
        body: { message: "Server Error" },
        times: 20,
      });
      expect(
        (await deliver(a, { id: "gives-up", name: "pull_request", payload: pull(501, 50) })).status,
      ).toBe(202);
      await waitFor(() => checksOf(501).length > 0, "the failed check", a);
      const [check] = checksOf(501);
      expect(check).toMatchObject({ conclusion: "failure" });
      expect(check!.summary).toMatch(/Server Error/);
      expect(check!.summary).toMatch(/\/speckit recheck/);
      // Two attempts of four requests each (Octokit's three retries within each).
      expect(api.requests.filter((r) => /\/pulls\/501\/files/.test(r.path))).toHaveLength(8);
    });

    it("a rate-limited run waits in Redis for the limit's reset, and runs then on another replica", async () => {
      // No retry within the run: the first refusal ends it rate-limited.
      const a = await start("a", { RATE_LIMIT_RETRIES: "0" });
      api.failures.push({
        method: "GET",
        path: /\/pulls\/502\/files/,
        status: 403,
        body: { message: "You have exceeded a secondary rate limit." },
        headers: { "retry-after": "1" },
        times: 1,
      });
      expect(
        (await deliver(a, { id: "limited", name: "pull_request", payload: pull(502, 51) })).status,
      ).toBe(202);
      await waitFor(() => checksOf(502).length > 0, "the rate-limited check", a);
      expect(checksOf(502)[0]).toMatchObject({ conclusion: "failure" });
      expect(checksOf(502)[0]!.title).toMatch(/^Rate-limited by GitHub: runs again at /);
      await waitFor(
        () => a.output.join("").includes("rate-limited: the queue runs it again at"),
        "the job to wait in the queue",
        a,
      );
      // The replica that held it dies: the job is in Redis, not in its memory.
      await stopReplica(a, "SIGKILL");
      const b = await start("b", {}, ["--worker"]);
      await waitFor(() => done(["limited"]), "the other replica to run it after the reset", b);
      expect(checksOf(502).map((c) => c.conclusion)).toEqual(["failure", "success"]);
      expect(commentsOf(502)).toHaveLength(1);
      // The run's log line reaches this process through the replica's stdout pipe, which can
      // trail the job's done mark in Redis.
      await waitFor(
        () => b.output.join("").includes('"outcome":"checked"'),
        "the other replica's log line of the run",
        b,
      );
      const run = b.output
        .join("")
        .split("\n")
        .filter((l) => l.includes('"outcome":"checked"'))
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(run).toEqual([
        expect.objectContaining({ delivery: "limited", rerun: 1, pull_request: 502 }),
      ]);
    });

    it("redelivers failed deliveries once, one replica sweeping at a time", async () => {
      const sweepEnv = { REDELIVERY_INTERVAL_SECONDS: "1" };
      const now = Date.now();
      const at = (s: number) => new Date(now - s * 1000).toISOString();
      const payloads = new Map([
        ["lost-1", pull(600, 60)],
        ["lost-2", pull(601, 61)],
      ]);
      // Newest first, as GitHub lists them.
      api.deliveries.push(
        {
          id: 9005,
          guid: "fine",
          delivered_at: at(10),
          redelivery: false,
          status_code: 202,
          event: "pull_request",
          action: "opened",
        },
        {
          id: 9004,
          guid: "lost-2",
          delivered_at: at(20),
          redelivery: false,
          status_code: 503,
          event: "pull_request",
          action: "opened",
        },
        {
          id: 9003,
          guid: "lost-1",
          delivered_at: at(30),
          redelivery: false,
          status_code: 0,
          event: "pull_request",
          action: "opened",
        },
        {
          id: 9002,
          guid: "retried",
          delivered_at: at(35),
          redelivery: true,
          status_code: 500,
          event: "pull_request",
          action: "opened",
        },
        {
          id: 9001,
          guid: "retried",
          delivered_at: at(40),
          redelivery: false,
          status_code: 500,
          event: "pull_request",
          action: "opened",
        },
      );
      let nextId = 9100;
      const targets: Replica[] = [];
      api.onRedeliver = (d) => {
        // GitHub sends the delivery again, with its guid, to the load balancer (here: replica a).
        const payload = payloads.get(d.guid)!;
        void deliver(
          targets[0]!,
          { id: d.guid, name: d.event, payload },
          sign(JSON.stringify(payload)),
        ).then((r) => {
          api.deliveries.unshift({
            ...d,
            id: nextId++,
            redelivery: true,
            status_code: r.status,
            delivered_at: new Date().toISOString(),
          });
        });
      };
      const a = await start("a", sweepEnv);
      targets.push(a);
      const b = await start("b", sweepEnv);
      await waitFor(
        () => done(["lost-1", "lost-2"]),
        "the failed deliveries to come back and run",
        a,
        b,
      );
      const lists = () =>
        api.requests.filter((r) => r.path.startsWith("/app/hook/deliveries?")).length;
      const listed = lists();
      await waitFor(() => lists() >= listed + 4, "a few more sweeps", a, b);
      const attempts = api.requests
        .filter((r) => r.method === "POST" && /\/attempts$/.test(r.path))
        .map((r) => r.path);
      expect(attempts.sort()).toEqual([
        "/app/hook/deliveries/9003/attempts",
        "/app/hook/deliveries/9004/attempts",
      ]);
      expect(checksOf(600)).toHaveLength(1);
      expect(checksOf(601)).toHaveLength(1);
    });
  });
}
