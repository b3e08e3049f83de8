import { createHmac, generateKeyPairSync } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "@jest/globals";
import nock from "nock";
import parsePrometheusTextFormat from "parse-prometheus-text-format";
import { type AppServer, main, readSettings, startApp } from "../../src/server.js";
import { freePort, github, useGitHubMock } from "../helpers/github.js";
import { pullRequestEvent } from "../helpers/payloads.js";
import { key, memoryLog } from "../helpers/probot.js";
import {
  fixture,
  mockCreateCheck,
  mockCreateComment,
  mockGraphql,
  mockRelist,
  mockRunStart,
  PLAN,
  repoFiles,
} from "../helpers/scenario.js";

useGitHubMock();

const SECRET = "test-webhook-secret";

/** A folder without `.env` or `*.pem`, as the server's working directory. */
const emptyDir = (): string => mkdtempSync(join(tmpdir(), "speckit-gate-server-"));

/** A stream that keeps what the logger writes. */
function memoryStream(): { readonly stream: Writable; readonly text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => chunks.join("") };
}

describe("npm start (src/server.ts)", () => {
  let app: AppServer | null = null;

  afterEach(async () => {
    await app?.stop();
    app = null;
  });

  it("serves webhooks and /metrics in Prometheus' text format, counting what the run did", async () => {
    const { settings, problems } = readSettings(
      {
        APP_ID: "123",
        PRIVATE_KEY: key(),
        WEBHOOK_SECRET: SECRET,
        PORT: String(await freePort()),
        HOST: "127.0.0.1",
        NODE_ENV: "production",
        // The redelivery sweep has its own tests (test/app/scale/).
        REDELIVERY_INTERVAL_SECONDS: "0",
      },
      emptyDir(),
    );
    expect(problems).toEqual([]);
    expect(settings.log.format).toBe("json");
    const { log, lines } = memoryLog();
    app = await startApp(settings, log);
    nock.enableNetConnect("127.0.0.1");
    const base = `http://127.0.0.1:${app.port}`;

    const scope = github();
    mockRunStart(scope, [{ filename: PLAN }]);
    mockGraphql(scope, repoFiles({ [PLAN]: fixture("plan-raw.md") }));
    mockCreateCheck(scope);
    mockCreateComment(scope);
    mockRelist(scope);

    const body = JSON.stringify(pullRequestEvent());
    const delivered = await fetch(`${base}/api/github/webhooks`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-github-event": "pull_request",
        "x-github-delivery": "a1b2c3d4-0000-4000-8000-000000000001",
        "x-hub-signature-256": `sha256=${createHmac("sha256", SECRET).update(body).digest("hex")}`,
      },
      body,
    });
    expect(delivered.status).toBe(200);

    const response = await fetch(`${base}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    const families = parsePrometheusTextFormat(text);
    const family = (name: string) => families.find((f) => f.name === name);
    const sample = (name: string, labels: Record<string, string>) =>
      family(name)?.metrics.find((m) =>
        Object.entries(labels).every(([k, v]) => m.labels?.[k] === v),
      );

    expect(family("speckit_gate_deliveries_total")?.type).toBe("COUNTER");
    expect(
      sample("speckit_gate_deliveries_total", {
        event: "pull_request.opened",
        outcome: "checked",
      })?.value,
    ).toBe("1");
    expect(sample("speckit_gate_checks_total", { conclusion: "failure" })?.value).toBe("1");
    // Config (2), files, check runs on the head, GraphQL, check run, comment, listing.
    const byStatus = Object.fromEntries(
      (family("speckit_gate_github_requests_total")?.metrics ?? []).map((m) => [
        m.labels?.status,
        m.value,
      ]),
    );
    // Config (two 404s: the repository's, then the owner's .github), files, GraphQL, the check
    // runs on the head, the comment's listing (200); installation token, check run, comment (201).
    expect(byStatus).toEqual({ "200": "4", "201": "3", "404": "2" });
    expect(family("speckit_gate_plans_checked_total")?.metrics[0]?.value).toBe("1");
    expect(
      sample("speckit_gate_findings_total", { rule: "no-placeholder", severity: "error" })?.value,
    ).toMatch(/^[1-9]\d*$/);
    const histogram = family("speckit_gate_run_duration_seconds");
    expect(histogram?.type).toBe("HISTOGRAM");
    // The parser folds a histogram's series into one and keeps only its buckets; its count, by
    // label, is read off the text.
    expect(histogram?.metrics[0]?.buckets?.["+Inf"]).toBe("1");
    expect(text).toMatch(
      /^speckit_gate_run_duration_seconds_count\{event="pull_request\.opened"\} 1$/m,
    );
    expect(family("speckit_gate_rate_limit_waits_total")?.type).toBe("COUNTER");
    expect(sample("speckit_gate_webhook_responses_total", { status: "200" })?.value).toBe("1");
    expect(family("process_resident_memory_bytes")?.type).toBe("GAUGE");

    // The run's one line: which delivery, where, what it concluded, what it cost.
    const run = lines().filter((l) => l.outcome);
    expect(run).toEqual([
      expect.objectContaining({
        level: 30,
        delivery: "a1b2c3d4-0000-4000-8000-000000000001",
        event: "pull_request",
        action: "opened",
        repository: "Codertocat/Hello-World",
        pull_request: 2,
        head_sha: "a".repeat(40),
        check: "speckit-gate",
        plans: 1,
        conclusion: "failure",
        findings: { error: 25, warning: 0, notice: 2 },
        // The 8 above and the installation token, which this run had to fetch.
        requests: 9,
        ms: expect.any(Number),
        outcome: "checked",
      }),
    ]);
  });

  it("answers /ping, and 404 on any other path", async () => {
    const { settings } = readSettings(
      {
        APP_ID: "123",
        PRIVATE_KEY: key(),
        PORT: String(await freePort()),
        HOST: "127.0.0.1",
        REDELIVERY_INTERVAL_SECONDS: "0",
      },
      emptyDir(),
    );
    app = await startApp(settings, memoryLog().log);
    nock.enableNetConnect("127.0.0.1");
    const port = app.port;
    expect((await fetch(`http://127.0.0.1:${port}/ping`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/metrics/x`)).status).toBe(404);
  });
});

describe("npm start without usable credentials", () => {
  it("stops in production with one JSON line naming each missing variable", async () => {
    const out = memoryStream();
    const code = await main({ NODE_ENV: "production" }, emptyDir(), out.stream);
    expect(code).toBe(1);
    const lines = out.text().trim().split("\n");
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(line).toMatchObject({
      level: 60,
      variables: ["APP_ID", "PRIVATE_KEY", "WEBHOOK_SECRET"],
    });
    expect(line.msg).toMatch(
      /^speckit-gate cannot start: APP_ID is not set: .*PRIVATE_KEY is not set/,
    );
  });

  it("names PRIVATE_KEY when it holds something that is not a key, without a stack trace", async () => {
    const out = memoryStream();
    const env = {
      NODE_ENV: "production",
      APP_ID: "1",
      PRIVATE_KEY: "not a key",
      WEBHOOK_SECRET: "s",
    };
    expect(await main(env, emptyDir(), out.stream)).toBe(1);
    const lines = out.text().trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 60, variables: ["PRIVATE_KEY"] });
    expect(lines[0]).not.toContain("    at ");
  });

  it("names PRIVATE_KEY_PATH when the file there is not a key", async () => {
    const dir = emptyDir();
    writeFileSync(
      join(dir, "app.pem"),
      "-----BEGIN RSA PRIVATE KEY-----\nnope\n-----END RSA PRIVATE KEY-----\n",
    );
    const { problems } = readSettings({ APP_ID: "1", PRIVATE_KEY_PATH: "app.pem" }, dir);
    expect(problems.map((p) => [p.variable, p.credentials])).toEqual([["PRIVATE_KEY_PATH", true]]);
  });

  it("reads a base64 key and a key with escaped newlines, as Probot does", () => {
    const pem = generateKeyPairSync("rsa", {
      modulusLength: 1024,
      privateKeyEncoding: { type: "pkcs8", format: "pem" },
      publicKeyEncoding: { type: "spki", format: "pem" },
    }).privateKey;
    const base64 = readSettings({ APP_ID: "1", PRIVATE_KEY: Buffer.from(pem).toString("base64") });
    const escaped = readSettings({ APP_ID: "1", PRIVATE_KEY: pem.replace(/\n/g, "\\n") });
    expect(base64.problems).toEqual([]);
    expect(escaped.problems).toEqual([]);
    expect(base64.settings.privateKey).toBe(pem);
  });

  it("names the delivery settings it cannot use, all in one line", async () => {
    const out = memoryStream();
    const env = {
      LOG_FORMAT: "json",
      REDIS_URL: "localhost:6379",
      WORKER_CONCURRENCY: "0",
      REDELIVERY_WINDOW_HOURS: "100",
    };
    expect(await main(env, emptyDir(), out.stream)).toBe(1);
    const line = JSON.parse(out.text().trim()) as Record<string, unknown>;
    expect(line.variables).toEqual(["REDIS_URL", "WORKER_CONCURRENCY", "REDELIVERY_WINDOW_HOURS"]);
    expect(line.msg).toContain(
      "REDIS_URL is `localhost:6379`: it must be a redis:// or rediss:// URL",
    );
  });

  it("`npm run worker` needs REDIS_URL, not WEBHOOK_SECRET, and has no setup page", async () => {
    const out = memoryStream();
    const env = { NODE_ENV: "production", APP_ID: "1", PRIVATE_KEY: key() };
    expect(await main(env, emptyDir(), out.stream, ["--worker"])).toBe(1);
    const line = JSON.parse(out.text().trim()) as Record<string, unknown>;
    expect(line).toMatchObject({ level: 60, variables: ["REDIS_URL"] });

    const dev = memoryStream();
    expect(await main({ LOG_FORMAT: "json" }, emptyDir(), dev.stream, ["--worker"])).toBe(1);
    const devLine = JSON.parse(dev.text().trim()) as Record<string, unknown>;
    expect(devLine.variables).toEqual(["APP_ID", "PRIVATE_KEY", "REDIS_URL"]);
  });

  it("stops in every mode on a setting that is not credentials", async () => {
    const out = memoryStream();
    const env = { LOG_LEVEL: "loud", LOG_FORMAT: "json", RATE_LIMIT_RETRIES: "many" };
    expect(await main(env, emptyDir(), out.stream)).toBe(1);
    const line = JSON.parse(out.text().trim()) as Record<string, unknown>;
    expect(line.variables).toEqual(["LOG_LEVEL", "RATE_LIMIT_RETRIES"]);
  });
});

describe("readSettings", () => {
  it("reads the standard Probot variables as Probot does", () => {
    const { settings } = readSettings({
      APP_ID: "42",
      PRIVATE_KEY: key(),
      WEBHOOK_SECRET: "s",
      PORT: "8080",
      HOST: "0.0.0.0",
      GHE_HOST: "github.example.com:8443",
      GHE_PROTOCOL: "http",
      LOG_LEVEL: "debug",
      LOG_FORMAT: "anything-but-pretty",
      LOG_LEVEL_IN_STRING: "true",
      LOG_MESSAGE_KEY: "message",
      WEBHOOK_PATH: "/hooks",
      WEBHOOK_PROXY_URL: "https://smee.io/abc",
      REDIS_URL: "redis://127.0.0.1:6379",
      REDIS_PREFIX: "gate-a",
      SHUTDOWN_TIMEOUT_SECONDS: "20",
      NO_SMEE_SETUP: "true",
      RATE_LIMIT_MAX_WAIT_SECONDS: "30",
      RATE_LIMIT_RETRIES: "5",
    });
    expect(settings).toMatchObject({
      production: false,
      appId: 42,
      secret: "s",
      port: 8080,
      host: "0.0.0.0",
      baseUrl: "http://github.example.com:8443/api/v3",
      webhookPath: "/hooks",
      webhookProxy: "https://smee.io/abc",
      noSmeeSetup: true,
      delivery: {
        redisUrl: "redis://127.0.0.1:6379",
        redisPrefix: "gate-a",
        shutdownTimeoutMs: 20_000,
      },
      log: { level: "debug", format: "json", levelInString: true, messageKey: "message" },
      policy: { maxResetWaitSeconds: 30, secondaryRetries: 5 },
    });
    expect(readSettings({}).settings.log.format).toBe("pretty");
    expect(readSettings({ NODE_ENV: "production" }).settings.log.format).toBe("json");
    expect(readSettings({ NODE_ENV: "production", LOG_FORMAT: "pretty" }).settings.log.format).toBe(
      "pretty",
    );
  });
});
