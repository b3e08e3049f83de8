// Time from webhook delivery to completed check run, through the built app's real server.
//
// Starts the image's command, `node dist/server.js` (throttling and retries on, NODE_ENV=production,
// LOG_LEVEL=info, as in production) against a local stand-in for the GitHub API (GHE_HOST,
// http), delivers signed `pull_request.opened` webhooks over HTTP, and takes the time from
// sending each delivery to the API receiving the completed check run for it (matched by the
// X-GitHub-Delivery header that Probot forwards). It also checks what an operator sees: every
// line the server prints is JSON, each run has its one line, and /metrics counts the runs.
//
//   npm run build && node bench/app.js [--runs 200]
//
// It also measures how long one delivery can hold the app: a pull request that changes no
// plan is delivered while another installation's pull request with 300 plans is being
// checked, and its delivery-to-check time is compared with the idle one. The app checks
// plans one at a time and lets other deliveries run between them, so the small pull request
// should not wait for the large one. BENCH_ROOT=<checkout> runs it against another build.
//
// Probot's throttling spaces the writes of one installation a second apart. The check run is
// a run's first write, so a single pull request is not slowed by it; fifty pull requests of one
// installation at once are (the fiftieth check waits ~49 s for its turn), so they are measured
// both across fifty installations and within one.

import { spawn } from "node:child_process";
import { createHmac, generateKeyPairSync } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = process.env.BENCH_ROOT ?? fileURLToPath(new URL("..", import.meta.url));
const require = createRequire(import.meta.url);
const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 200;
const SECRET = "bench-secret";
const HEAD = "a".repeat(40);
const BASE = "b".repeat(40);
const PLAN = "specs/001-subtitle-worker/plan.md";
const fixture = (name) => readFileSync(join(root, "test/fixtures/app", name), "utf8");

/** The repository as the stand-in serves it: `<sha>:<path>` to text. */
const files = {
  [`${BASE}:.specify/memory/constitution.md`]: fixture("constitution.md"),
  [`${BASE}:.specify/templates/plan-template.md`]: fixture("plan-template.md"),
  [`${HEAD}:specs/001-subtitle-worker/spec.md`]: "# Spec\n",
};
const plans = { filled: fixture("plan-filled.md"), raw: fixture("plan-raw.md") };
/** The plans of the next pull requests (path -> text); one plan unless a scenario says otherwise. */
let planSet = new Map([[PLAN, null]]);
/** Pull request number -> whether it changes plans (the small pull requests change none). */
const noPlans = new Set();
/** Called when a GraphQL query reaches the stand-in (the large run is about to check). */
let onGraphql = null;

/** Delivery id -> time the completed check run reached the API. */
const checked = new Map();
const waiters = new Map();
let planText = plans.filled;
let requestCount = 0;

function send(res, status, body, headers = {}) {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(text);
}

function answerGraphql({ query, variables }) {
  const repository = {};
  for (const [name, expression] of Object.entries(variables)) {
    const m = /^e(\d+)$/.exec(name);
    if (!m) continue;
    const path = expression.slice(HEAD.length + 1);
    const text =
      expression.startsWith(`${HEAD}:`) && planSet.has(path)
        ? (planSet.get(path) ?? planText)
        : files[expression];
    const wantsBlob = query.includes(
      `f${m[1]}: object(expression: $e${m[1]}) { __typename ... on Blob`,
    );
    repository[`f${m[1]}`] =
      text === undefined
        ? null
        : wantsBlob
          ? {
              __typename: "Blob",
              text,
              isBinary: false,
              byteSize: Buffer.byteLength(text),
              isTruncated: false,
            }
          : { __typename: "Blob" };
  }
  return { data: { repository } };
}

const api = createServer((req, res) => {
  let raw = "";
  req.on("data", (chunk) => (raw += chunk));
  req.on("end", () => {
    requestCount += 1;
    const url = new URL(req.url, "http://localhost");
    const path = decodeURIComponent(url.pathname);
    const body = raw ? JSON.parse(raw) : undefined;
    if (req.method === "POST" && /^\/api\/v3\/app\/installations\/\d+\/access_tokens$/.test(path)) {
      return send(res, 201, {
        token: "ghs_bench",
        expires_at: new Date(Date.now() + 3600e3).toISOString(),
      });
    }
    if (req.method === "GET" && path.endsWith("/contents/.github/speckit.yml")) {
      return send(res, 404, { message: "Not Found" });
    }
    if (req.method === "GET" && /\/pulls\/\d+\/files$/.test(path)) {
      const number = Number(/\/pulls\/(\d+)\/files$/.exec(path)[1]);
      const listed = noPlans.has(number) ? ["README.md"] : [...planSet.keys()];
      const page = Number(url.searchParams.get("page") ?? "1");
      const rows = listed.slice((page - 1) * 100, page * 100).map((filename) => ({
        sha: "1".padStart(40, "0"),
        filename,
        status: "modified",
        additions: 1,
        deletions: 1,
        changes: 2,
      }));
      const last = Math.ceil(listed.length / 100);
      const link =
        page < last
          ? {
              link: `<http://${req.headers.host}${url.pathname}?per_page=100&page=${page + 1}>; rel="next"`,
            }
          : {};
      return send(res, 200, rows, link);
    }
    if (req.method === "GET" && /\/commits\/[0-9a-f]+\/check-runs$/.test(path)) {
      return send(res, 200, { total_count: 0, check_runs: [] });
    }
    if (req.method === "PATCH" && /\/check-runs\/\d+$/.test(path)) return send(res, 200, {});
    if (req.method === "POST" && path === "/api/graphql") {
      send(res, 200, answerGraphql(body));
      onGraphql?.();
      return;
    }
    if (req.method === "POST" && path.endsWith("/check-runs")) {
      const id = req.headers["x-github-delivery"];
      checked.set(id, performance.now());
      waiters.get(id)?.();
      return send(res, 201, {
        id: requestCount,
        html_url: `http://localhost/runs/${requestCount}`,
      });
    }
    if (req.method === "POST" && /\/issues\/\d+\/comments$/.test(path)) {
      return send(res, 201, {
        id: requestCount,
        body: body.body,
        user: { login: "speckit-gate[bot]", type: "Bot" },
      });
    }
    if (req.method === "GET" && /\/issues\/\d+\/comments$/.test(path)) return send(res, 200, []);
    if (req.method === "GET" && path === "/api/v3/app")
      return send(res, 200, { id: 1, slug: "speckit-gate" });
    send(res, 404, { message: `stand-in has no ${req.method} ${path}` });
  });
});

function listen(server) {
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve(server.address().port)),
  );
}

async function freePort() {
  const probe = createServer();
  const port = await listen(probe);
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

const examples = JSON.parse(
  readFileSync(require.resolve("@octokit/webhooks-examples/api.github.com/index.json"), "utf8"),
);
const template = examples
  .find((d) => d.name === "pull_request")
  .examples.find((e) => e.action === "opened" && e.installation);

function payload(number, installation) {
  const p = structuredClone(template);
  p.number = number;
  p.installation = { id: installation, node_id: "x" };
  Object.assign(p.pull_request, {
    number,
    comments: 0,
    changed_files: 1,
    updated_at: new Date().toISOString(),
  });
  p.pull_request.head.sha = HEAD;
  p.pull_request.base.sha = BASE;
  return JSON.stringify(p);
}

let delivery = 0;

/** Delivers one signed webhook; resolves with the milliseconds until its check run was created. */
async function deliver(appPort, number, installation) {
  const id = `bench-${++delivery}`;
  const body = payload(number, installation);
  const done = new Promise((resolve) => waiters.set(id, resolve));
  const start = performance.now();
  const response = fetch(`http://127.0.0.1:${appPort}/api/github/webhooks`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-github-event": "pull_request",
      "x-github-delivery": id,
      "x-hub-signature-256": `sha256=${createHmac("sha256", SECRET).update(body).digest("hex")}`,
    },
    body,
  });
  // The app answers 202 after 9 s at most; a run still going when the bench ends is fine.
  response.catch(() => {});
  await done;
  const elapsed = checked.get(id) - start;
  waiters.delete(id);
  return { elapsed, response };
}

function stats(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: at(0.5), p99: at(0.99), n: sorted.length };
}

const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(1)} ms`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function main() {
  const apiPort = await listen(api);
  const appPort = await freePort();
  const { privateKey } = generateKeyPairSync("rsa", {
    modulusLength: 2048,
    privateKeyEncoding: { type: "pkcs1", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" },
  });
  const server = spawn(process.execPath, [join(root, "dist/server.js")], {
    // An empty working directory: Probot reads `.env` from it, and a developer's must not count.
    cwd: mkdtempSync(join(tmpdir(), "speckit-bench-")),
    env: {
      PATH: process.env.PATH,
      APP_ID: "1",
      PRIVATE_KEY: privateKey,
      WEBHOOK_SECRET: SECRET,
      PORT: String(appPort),
      HOST: "127.0.0.1",
      GHE_HOST: `127.0.0.1:${apiPort}`,
      GHE_PROTOCOL: "http",
      LOG_LEVEL: "info",
      NODE_ENV: "production",
      NO_SMEE_SETUP: "true",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const logs = { lines: 0, notJson: [], runs: [] };
  let pending = "";
  server.stdout.on("data", (chunk) => {
    const parts = (pending + chunk).split("\n");
    pending = parts.pop();
    for (const line of parts) {
      logs.lines += 1;
      try {
        const entry = JSON.parse(line);
        if (entry.outcome) logs.runs.push(entry);
      } catch {
        logs.notJson.push(line);
      }
    }
  });
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${appPort}/ping`)).ok) break;
      } catch {
        if (i > 100) throw new Error("the app did not start");
        await sleep(100);
      }
    }

    // Installation tokens are fetched once per installation and cached (as in production).
    // Warm each installation up, then wait for its write queue to be idle again.
    const installations = Array.from({ length: Math.max(RUNS, 160) + 1 }, (_, i) => 1000 + i);
    await Promise.all(
      installations.map((inst, i) => deliver(appPort, 10_000 + i, inst).then((r) => r.response)),
    );
    await sleep(2500);

    const results = [];
    for (const [label, text] of [
      ["one plan (filled, passes)", plans.filled],
      ["one plan (raw template, 27 findings)", plans.raw],
    ]) {
      planText = text;
      const times = [];
      for (let i = 0; i < RUNS; i++) {
        // One installation per delivery: the previous run's comment write does not delay this check.
        const { elapsed } = await deliver(appPort, i + 1, installations[i]);
        times.push(elapsed);
      }
      results.push([label, stats(times)]);
      await sleep(2500);
    }

    planText = plans.filled;
    const across = await Promise.all(
      installations.slice(0, 50).map((inst, i) => deliver(appPort, 500 + i, inst)),
    );
    results.push([
      "50 concurrent pull requests, 50 installations",
      stats(across.map((r) => r.elapsed)),
    ]);
    await sleep(2500);

    const single = installations.at(-1);
    const within = await Promise.all(
      Array.from({ length: 50 }, (_, i) => deliver(appPort, 600 + i, single)),
    );
    results.push([
      "50 concurrent pull requests, one installation",
      stats(within.map((r) => r.elapsed)),
    ]);
    await sleep(2500);

    // One delivery must not hold the others: a pull request without plans, delivered while
    // another installation's 300-plan pull request is being checked.
    const big = new Map(
      Array.from({ length: 300 }, (_, i) => [
        `specs/${String(i).padStart(3, "0")}-feature/plan.md`,
        plans.filled.replaceAll("001-subtitle-worker", `${String(i).padStart(3, "0")}-feature`),
      ]),
    );
    const idle = [];
    const busy = [];
    const bigRuns = [];
    for (let i = 0; i < 10; i++) {
      const small = 700 + i;
      noPlans.add(small);
      idle.push((await deliver(appPort, small, installations[100 + i])).elapsed);
      planSet = big;
      const smallDone = new Promise((resolve) => {
        onGraphql = () => {
          onGraphql = null;
          // The large run has its files: deliver the small one while it checks them.
          setTimeout(() => deliver(appPort, 800 + i, installations[120 + i]).then(resolve), 5);
        };
      });
      noPlans.add(800 + i);
      const large = deliver(appPort, 900 + i, installations[140 + i]);
      busy.push((await smallDone).elapsed);
      bigRuns.push((await large).elapsed);
      planSet = new Map([[PLAN, null]]);
      await sleep(1500);
    }
    results.push(["no-plan pull request, app idle", stats(idle)]);
    results.push(["no-plan pull request, while 300 plans are checked", stats(busy)]);
    results.push(["the 300-plan pull request itself", stats(bigRuns)]);

    console.log(
      "speckit-gate app: webhook delivery -> completed check run (node dist/server.js, local API stand-in)",
    );
    for (const [label, s] of results) {
      console.log(
        `  ${label.padEnd(52)} median ${fmt(s.median).padStart(9)}   p99 ${fmt(s.p99).padStart(9)}   (n=${s.n})`,
      );
    }
    await operatorView(appPort, logs);
    await loopHold(apiPort, privateKey);
  } finally {
    server.kill();
    api.close();
    api.closeAllConnections?.();
  }
}

/** What an operator sees of the runs above: the server's log lines and its /metrics. */
async function operatorView(appPort, logs) {
  await sleep(500);
  const fields = [
    "delivery",
    "event",
    "action",
    "repository",
    "pull_request",
    "head_sha",
    "plans",
    "conclusion",
    "findings",
    "requests",
    "ms",
    "outcome",
  ];
  const complete = logs.runs.filter((r) => fields.every((f) => f in r));
  const requests = stats(logs.runs.filter((r) => r.plans === 1).map((r) => r.requests));
  const metrics = await (await fetch(`http://127.0.0.1:${appPort}/metrics`)).text();
  const delivered = metrics
    .split("\n")
    .filter((l) => l.startsWith("speckit_gate_deliveries_total{"))
    .reduce((sum, l) => sum + Number(l.split(" ").at(-1)), 0);
  console.log("speckit-gate app: what the operator sees (the same server)");
  console.log(
    `  log lines ${logs.lines}, not JSON ${logs.notJson.length}${logs.notJson.length ? ` (first: ${logs.notJson[0].slice(0, 80)})` : ""}`,
  );
  console.log(
    `  run lines ${logs.runs.length} (the runs finished by now; the last comments of a burst in one installation are still queued), with every field ${complete.length}; requests per one-plan run: median ${requests.median}, max ${Math.max(...logs.runs.filter((r) => r.plans === 1).map((r) => r.requests))}`,
  );
  console.log(`  /metrics: speckit_gate_deliveries_total sums to ${delivered}`);
}

/**
 * How long one delivery holds the event loop: the app loaded in this process (as `probot run`
 * loads it), one pull request delivered at a time, the loop's delay sampled every millisecond.
 */
async function loopHold(apiPort, privateKey) {
  const { Probot, ProbotOctokit } = await import(join(root, "node_modules/probot/lib/index.js"));
  const app = (await import(join(root, "dist/index.js"))).default;
  const probot = new Probot({
    appId: 1,
    privateKey,
    baseUrl: `http://127.0.0.1:${apiPort}/api/v3`,
    logLevel: "fatal",
    Octokit: ProbotOctokit.defaults((instance) => ({
      ...instance,
      throttle: { ...instance.throttle, enabled: false },
    })),
  });
  await probot.load(app);
  const scenarios = [
    ["1 plan", 1],
    ["30 plans", 30],
    ["300 plans", 300],
  ];
  console.log("speckit-gate app: longest event-loop block during one delivery (in process)");
  let number = 5000;
  for (const [label, n] of scenarios) {
    planSet = new Map(
      Array.from({ length: n }, (_, i) => [
        `specs/${String(i).padStart(3, "0")}-feature/plan.md`,
        plans.filled.replaceAll("001-subtitle-worker", `${String(i).padStart(3, "0")}-feature`),
      ]),
    );
    const maxima = [];
    for (let k = 0; k < 5; k++) {
      const histogram = monitorEventLoopDelay({ resolution: 1 });
      histogram.enable();
      await probot.receive({
        id: `loop-${++number}`,
        name: "pull_request",
        payload: JSON.parse(payload(number, 7)),
      });
      histogram.disable();
      maxima.push(histogram.max / 1e6);
    }
    const s = stats(maxima);
    console.log(
      `  ${label.padEnd(52)} median ${fmt(s.median).padStart(9)}   max ${fmt(Math.max(...maxima)).padStart(9)}   (n=${s.n})`,
    );
  }
  planSet = new Map([[PLAN, null]]);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
