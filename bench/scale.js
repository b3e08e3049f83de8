// Scale-out against the embedded default, on the same burst: 200 pull requests across 20
// installations, all delivered at once.
//
//   npm run bench:scale            (builds, then runs; needs redis-server on PATH)
//
// - scale-out: two replicas of `node dist/server.js` with REDIS_URL (one redis-server started
//   here on a free loopback port), deliveries alternating between them;
// - embedded: one `node dist/server.js` without Redis, every delivery to it.
//
// GitHub is a local stand-in (GHE_HOST, http). For each shape it prints the median and p99 time
// from sending a delivery to the stand-in receiving its completed check run (matched by the
// X-GitHub-Delivery header Probot forwards), the requests per pull request, and the largest
// number of writes one installation made in any one second, as seen by the stand-in (a sliding
// window, with the shortest gap between two writes): GitHub's secondary limits count writes per
// installation, and with Redis both replicas space them together, about a second apart.

import { spawn, spawnSync } from "node:child_process";
import { createHmac, generateKeyPairSync } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const require = createRequire(import.meta.url);
const PULLS = 200;
const INSTALLATIONS = 20;
const SECRET = "bench-secret";
const HEAD = "a".repeat(40);
const BASE = "b".repeat(40);
const PLAN = "specs/001-subtitle-worker/plan.md";
const fixture = (name) => readFileSync(join(root, "test/fixtures/app", name), "utf8");
const files = {
  [`${BASE}:.specify/memory/constitution.md`]: fixture("constitution.md"),
  [`${BASE}:.specify/templates/plan-template.md`]: fixture("plan-template.md"),
  [`${HEAD}:${PLAN}`]: fixture("plan-filled.md"),
  [`${HEAD}:specs/001-subtitle-worker/spec.md`]: "# Spec\n",
};

/** What the stand-in saw: every request, and when each delivery's check run arrived. */
const state = { requests: [], checked: new Map(), waiters: new Map() };

function send(res, status, body, headers = {}) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(JSON.stringify(body));
}

function answerGraphql({ query, variables }) {
  const repository = {};
  for (const [name, expression] of Object.entries(variables)) {
    const m = /^e(\d+)$/.exec(name);
    if (!m) continue;
    const text = files[expression];
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
    const path = new URL(req.url, "http://localhost").pathname;
    const body = raw ? JSON.parse(raw) : undefined;
    const installation = /ghs_(\d+)/.exec(req.headers.authorization ?? "")?.[1] ?? null;
    state.requests.push({ method: req.method, path, installation, at: Date.now() });
    let m;
    if (req.method === "POST" && (m = /\/app\/installations\/(\d+)\/access_tokens$/.exec(path))) {
      return send(res, 201, {
        token: `ghs_${m[1]}`,
        expires_at: new Date(Date.now() + 3600e3).toISOString(),
      });
    }
    if (req.method === "GET" && path.endsWith("/contents/.github/speckit.yml")) {
      return send(res, 404, { message: "Not Found" });
    }
    if (req.method === "GET" && /\/pulls\/\d+\/files$/.test(path)) {
      return send(res, 200, [
        {
          sha: "1".padStart(40, "0"),
          filename: PLAN,
          status: "modified",
          additions: 1,
          deletions: 1,
          changes: 2,
        },
      ]);
    }
    if (req.method === "GET" && /\/check-runs$/.test(path))
      return send(res, 200, { total_count: 0, check_runs: [] });
    if (req.method === "POST" && path === "/api/graphql")
      return send(res, 200, answerGraphql(body));
    if (req.method === "POST" && path.endsWith("/check-runs")) {
      const id = req.headers["x-github-delivery"];
      state.checked.set(id, performance.now());
      state.waiters.get(id)?.();
      return send(res, 201, { id: state.requests.length, html_url: "http://localhost/run" });
    }
    if (req.method === "POST" && /\/issues\/\d+\/comments$/.test(path)) {
      return send(res, 201, {
        id: state.requests.length,
        body: body.body,
        user: { login: "speckit-gate[bot]", type: "Bot" },
      });
    }
    if (req.method === "GET" && /\/issues\/\d+\/comments$/.test(path)) return send(res, 200, []);
    if (req.method === "GET" && path === "/api/v3/app")
      return send(res, 200, { id: 1, slug: "speckit-gate" });
    if (req.method === "GET" && path === "/api/v3/app/hook/deliveries") return send(res, 200, []);
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

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function startServer(apiPort, privateKey, env) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, "dist/server.js")], {
    cwd: mkdtempSync(join(tmpdir(), "speckit-bench-")),
    env: {
      PATH: process.env.PATH,
      APP_ID: "1",
      PRIVATE_KEY: privateKey,
      WEBHOOK_SECRET: SECRET,
      PORT: String(port),
      HOST: "127.0.0.1",
      GHE_HOST: `127.0.0.1:${apiPort}`,
      GHE_PROTOCOL: "http",
      LOG_LEVEL: "error",
      NODE_ENV: "production",
      REDELIVERY_INTERVAL_SECONDS: "0",
      WORKER_CONCURRENCY: "32",
      ...env,
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/ping`)).ok) return { port, child };
    } catch {
      if (i > 200) throw new Error("the app did not start");
      await sleep(50);
    }
  }
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

async function deliver(port, id, body) {
  const done = new Promise((resolve) => state.waiters.set(id, resolve));
  const start = performance.now();
  const response = await fetch(`http://127.0.0.1:${port}/api/github/webhooks`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-github-event": "pull_request",
      "x-github-delivery": id,
      "x-hub-signature-256": `sha256=${createHmac("sha256", SECRET).update(body).digest("hex")}`,
    },
    body,
  });
  await response.text();
  await done;
  return state.checked.get(id) - start;
}

function percentile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

/** The burst: every pull request delivered at once; figures once every check and comment is in. */
async function burst(label, ports, run) {
  state.requests.length = 0;
  const t0 = Date.now();
  const times = await Promise.all(
    Array.from({ length: PULLS }, (_, i) =>
      deliver(ports[i % ports.length], `${run}-${i}`, payload(1000 + i, 100 + (i % INSTALLATIONS))),
    ),
  );
  // Let the comments (the last write of each run) land.
  for (let quiet = 0; quiet < 20;) {
    const before = state.requests.length;
    await sleep(250);
    quiet = state.requests.length === before ? quiet + 1 : 0;
  }
  const sorted = times.sort((a, b) => a - b);
  // Writes per installation: the most in any window of one second, and the shortest gap.
  const byInstallation = new Map();
  for (const r of state.requests) {
    if (r.method === "GET" || r.path.endsWith("/graphql") || r.path.endsWith("/access_tokens"))
      continue;
    if (!r.installation) continue;
    const list = byInstallation.get(r.installation) ?? [];
    list.push(r.at);
    byInstallation.set(r.installation, list);
  }
  let maxWrites = 0;
  let minGap = Infinity;
  for (const list of byInstallation.values()) {
    list.sort((x, y) => x - y);
    for (let i = 0, j = 0; i < list.length; i++) {
      while (list[i] - list[j] >= 1000) j++;
      maxWrites = Math.max(maxWrites, i - j + 1);
      if (i > 0) minGap = Math.min(minGap, list[i] - list[i - 1]);
    }
  }
  const comments = state.requests.filter(
    (r) => r.method === "POST" && /\/comments$/.test(r.path),
  ).length;
  const checks = state.requests.filter(
    (r) => r.method === "POST" && r.path.endsWith("/check-runs"),
  ).length;
  return {
    label,
    median: sorted[Math.floor(sorted.length / 2)],
    p99: percentile(sorted, 0.99),
    requestsPerPull: state.requests.length / PULLS,
    maxWrites,
    minGap,
    checks,
    comments,
    seconds: (Date.now() - t0) / 1000,
  };
}

async function main() {
  if (spawnSync("redis-server", ["--version"]).status !== 0) {
    console.error(
      "bench/scale.js needs redis-server on PATH (Debian: apt-get install redis-server).",
    );
    process.exit(2);
  }
  const apiPort = await listen(api);
  const { privateKey } = generateKeyPairSync("rsa", {
    modulusLength: 2048,
    privateKeyEncoding: { type: "pkcs1", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" },
  });
  const redisPort = await freePort();
  const redis = spawn(
    "redis-server",
    ["--port", String(redisPort), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: "ignore" },
  );
  const servers = [];
  const results = [];
  try {
    await sleep(300);
    const env = { REDIS_URL: `redis://127.0.0.1:${redisPort}` };
    const a = await startServer(apiPort, privateKey, env);
    const b = await startServer(apiPort, privateKey, env);
    servers.push(a, b);
    results.push(await burst("scale-out: 2 replicas + Redis", [a.port, b.port], "scale"));
    for (const s of servers.splice(0)) s.child.kill("SIGKILL");
    await sleep(3000);

    const single = await startServer(apiPort, privateKey, {});
    servers.push(single);
    results.push(await burst("embedded: 1 process, no Redis", [single.port], "embedded"));
  } finally {
    for (const s of servers) s.child.kill("SIGKILL");
    redis.kill("SIGTERM");
    api.close();
    api.closeAllConnections?.();
  }
  const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
  console.log(
    `speckit-gate app: ${PULLS} pull requests across ${INSTALLATIONS} installations, delivered at once (local API stand-in)`,
  );
  for (const r of results) {
    console.log(
      `  ${r.label.padEnd(32)} delivery -> check: median ${s(r.median).padStart(7)}  p99 ${s(r.p99).padStart(7)}   requests/PR ${r.requestsPerPull.toFixed(2)}   writes/installation: max ${r.maxWrites} in any 1 s, min gap ${r.minGap} ms   (${r.checks} checks, ${r.comments} comments, all done in ${r.seconds.toFixed(0)} s)`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
