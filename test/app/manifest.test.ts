import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { type DefaultTreeAdapterMap, parse as parseHtml } from "parse5";
import type { Server } from "probot";
import { parse } from "yaml";
import { readSettings, startSetup } from "../../src/server.js";
import { freePort } from "../helpers/github.js";
import { memoryLog } from "../helpers/probot.js";

const text = readFileSync(new URL("../../app.yml", import.meta.url), "utf8");
const doc = readFileSync(new URL("../../docs/github-app.md", import.meta.url), "utf8");
const manifest = parse(text) as {
  default_permissions: Record<string, string>;
  default_events: string[];
} & Record<string, unknown>;

type Node = DefaultTreeAdapterMap["node"];

/** Every element of a parsed document, depth first. */
function* elements(node: Node): Generator<DefaultTreeAdapterMap["element"]> {
  if ("tagName" in node) yield node;
  for (const child of "childNodes" in node ? node.childNodes : []) yield* elements(child);
  if ("content" in node) yield* elements(node.content);
}

describe("the setup page (`npm start` without APP_ID registers the app from app.yml)", () => {
  let server: Server | null = null;
  let page = "";
  const smee: string[] = [];
  const written: Record<string, string>[] = [];
  const { log, lines } = memoryLog();
  const saved = process.env.NO_SMEE_SETUP;

  beforeAll(async () => {
    const port = await freePort();
    const env = { NO_SMEE_SETUP: "true", PORT: String(port), HOST: "127.0.0.1" };
    // Probot's setup page reads NO_SMEE_SETUP from the process' environment, as `npm start` has it.
    process.env.NO_SMEE_SETUP = "true";
    const { settings, problems } = readSettings(
      env,
      mkdtempSync(join(tmpdir(), "speckit-gate-setup-")),
    );
    expect(problems.map((p) => p.variable)).toEqual(["APP_ID", "PRIVATE_KEY"]);
    server = await startSetup(settings, env, log, {
      SmeeClient: {
        createChannel: () => {
          smee.push("createChannel");
          return Promise.resolve("https://smee.io/never");
        },
      },
      updateEnv: (values) => {
        written.push(values as Record<string, string>);
        return values;
      },
    });
    const response = await fetch(`http://127.0.0.1:${port}/probot`);
    expect(response.status).toBe(200);
    page = await response.text();
  });

  afterAll(async () => {
    await server?.stop();
    if (saved === undefined) delete process.env.NO_SMEE_SETUP;
    else process.env.NO_SMEE_SETUP = saved;
  });

  it("embeds the manifest so that an HTML parser reads app.yml back, whole", () => {
    const button = [...elements(parseHtml(page))].find((e) =>
      e.attrs.some((a) => a.name === "id" && a.value === "manifest"),
    );
    const value = button?.attrs.find((a) => a.name === "value")?.value ?? "";
    const served = JSON.parse(value) as Record<string, unknown>;
    for (const [key, expected] of Object.entries(manifest)) {
      expect({ [key]: served[key] }).toEqual({ [key]: expected });
    }
    expect(served.redirect_url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/probot\/setup$/);
  });

  it("creates no smee.io channel and writes nothing to .env with NO_SMEE_SETUP=true", () => {
    expect(smee).toEqual([]);
    expect(written).toEqual([]);
    expect(lines().map((l) => l.msg)).toContain("Welcome to Probot!");
  });
});

describe("app.yml (the manifest Probot's setup page registers the app from)", () => {
  it("holds no apostrophe: the setup page quotes the manifest with them, and one cuts it short", () => {
    expect(text.includes("'")).toBe(false);
    expect(text.includes("\u2019")).toBe(false);
  });

  it("asks for the least permissions the app's calls need, and nothing else", () => {
    expect(manifest.default_permissions).toEqual({
      checks: "write",
      // Comments and reactions on pull requests: GitHub checks this permission for them.
      pull_requests: "write",
      // The issue_comment event only; the app writes nothing to plain issues.
      issues: "read",
      contents: "read",
      metadata: "read",
      // The merge_group event only.
      merge_queues: "read",
    });
  });

  it("subscribes to the events the app handles", () => {
    expect(manifest.default_events).toEqual([
      "check_run",
      "check_suite",
      "issue_comment",
      "merge_group",
      "pull_request",
      "push",
    ]);
  });

  it("is documented permission by permission in docs/github-app.md", () => {
    const names: Record<string, string> = {
      checks: "Checks",
      pull_requests: "Pull requests",
      issues: "Issues",
      contents: "Contents",
      metadata: "Metadata",
      merge_queues: "Merge queues",
    };
    for (const [key, access] of Object.entries(manifest.default_permissions)) {
      expect(doc).toMatch(new RegExp(`\\| ${names[key]} \\| ${access} \\|`));
    }
  });
});
