// The App's amendment check on a repository of 500 (and 2,000) plans: requests, time, and the
// heap retained while plans are digested (sampled between plans, after a collection), against
// a stand-in for GitHub that builds each answer when asked. Runs against the build:
// `npm run build`, then `node --expose-gc bench/amendment-app.js`. Prints figures only.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { checkAmendments } from "../dist/app/amendment.js";
import { DEFAULT_CONFIG } from "../dist/config/config.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const gc = globalThis.gc ?? (() => undefined);
const MiB = 1024 * 1024;
const CONSTITUTION = ".specify/memory/constitution.md";
const BASE_SHA = "b".repeat(40);
const HEAD_SHA = "a".repeat(40);

const texts = execFileSync(
  "find",
  [join(root, "test/fixtures"), "-name", "plan.md", "-path", "*audit*"],
  { encoding: "utf8" },
)
  .trim()
  .split("\n")
  .sort()
  .map((p) => readFileSync(p, "utf8"));
const base = readFileSync(join(root, "test/fixtures/amendment/constitution.md"), "utf8");
const head = base
  .replace(/### IV\. Integration Testing[\s\S]*?### V\./, "### IV.")
  .replace(
    "## Additional Constraints",
    "### V. Security\nEvery endpoint MUST authenticate.\n\n## Additional Constraints",
  )
  .replace("**Version**: 1.2.0", "**Version**: 2.0.0");

/** A stand-in for the Octokit clients: answers are built on demand, never kept. */
function github(count) {
  const planText = (path) => texts[Number(/specs\/(\d+)\//.exec(path)[1]) % texts.length];
  const requests = { tree: 0, graphql: 0, aliases: 0 };
  const octokit = {
    rest: {
      git: {
        getTree: async () => {
          requests.tree++;
          const tree = [{ path: CONSTITUTION, type: "blob", size: Buffer.byteLength(head) }];
          for (let k = 0; k < count; k++) {
            const path = `specs/${k}/plan.md`;
            tree.push({ path, type: "blob", size: Buffer.byteLength(planText(path)) });
          }
          return { data: { tree, truncated: false } };
        },
      },
    },
    graphql: async (_query, variables) => {
      requests.graphql++;
      const repository = {};
      for (const [name, expression] of Object.entries(variables)) {
        const alias = /^e(\d+)$/.exec(name);
        if (!alias) continue;
        requests.aliases++;
        const [sha, ...rest] = expression.split(":");
        const path = rest.join(":");
        const text = path === CONSTITUTION ? (sha === BASE_SHA ? base : head) : planText(path);
        repository[`f${alias[1]}`] = {
          __typename: "Blob",
          text,
          isBinary: false,
          byteSize: Buffer.byteLength(text),
          isTruncated: false,
        };
      }
      return { repository };
    },
  };
  return { octokit, requests };
}

function run(octokit, pause) {
  return checkAmendments(
    octokit,
    octokit,
    { owner: "o", repo: "r" },
    DEFAULT_CONFIG,
    [{ path: CONSTITUTION, status: "modified" }],
    { base: BASE_SHA, head: HEAD_SHA },
    { pause },
  );
}

async function measure(count) {
  // Timed: yielding between plans as the App does.
  const { octokit, requests } = github(count);
  const t0 = performance.now();
  const check = await run(octokit, () => new Promise((r) => setImmediate(r)));
  const ms = performance.now() - t0;
  const view = check.views[0];
  // Heap: collected and sampled every 25 plans.
  let plans = 0;
  let peak = 0;
  gc();
  const before = process.memoryUsage().heapUsed;
  await run(github(count).octokit, async () => {
    if (++plans % 25 === 0) {
      gc();
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
    await new Promise((r) => setImmediate(r));
  });
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / texts.length;
  console.log(
    `${count} plans (${((count * bytes) / MiB).toFixed(1)} MiB): ${requests.tree} listing + ${requests.graphql} GraphQL queries (${requests.aliases} aliases); ${ms.toFixed(0)} ms (${(ms / count).toFixed(2)} ms per plan, yielding between plans); ${view.impact.plans.length} plans to re-check; heap retained while digesting: peak +${((peak - before) / MiB).toFixed(1)} MiB over the ${(before / MiB).toFixed(1)} MiB before`,
  );
}

await measure(500);
await measure(2000);
