import { readFileSync } from "node:fs";
import { describe, expect, it } from "@jest/globals";
import { parse } from "yaml";

const text = readFileSync(new URL("../../app.yml", import.meta.url), "utf8");
const doc = readFileSync(new URL("../../docs/github-app.md", import.meta.url), "utf8");

describe("app.yml (the manifest Probot's setup page registers the app from)", () => {
  it("holds no apostrophe: the setup page quotes the manifest with them, and one cuts it short", () => {
    expect(text.includes("'")).toBe(false);
    expect(text.includes("\u2019")).toBe(false);
  });

  it("asks for the least permissions the app's calls need, and nothing else", () => {
    const manifest = parse(text) as { default_permissions: Record<string, string> };
    expect(manifest.default_permissions).toEqual({
      checks: "write",
      // Comments and reactions on pull requests: GitHub checks this permission for them.
      pull_requests: "write",
      // The issue_comment event only; the app writes nothing to plain issues.
      issues: "read",
      contents: "read",
      metadata: "read",
    });
  });

  it("subscribes to the events the app handles", () => {
    const manifest = parse(text) as { default_events: string[] };
    expect(manifest.default_events).toEqual([
      "check_run",
      "check_suite",
      "issue_comment",
      "pull_request",
      "push",
    ]);
  });

  it("is documented permission by permission in docs/github-app.md", () => {
    const manifest = parse(text) as { default_permissions: Record<string, string> };
    const names: Record<string, string> = {
      checks: "Checks",
      pull_requests: "Pull requests",
      issues: "Issues",
      contents: "Contents",
      metadata: "Metadata",
    };
    for (const [key, access] of Object.entries(manifest.default_permissions)) {
      expect(doc).toMatch(new RegExp(`\\| ${names[key]} \\| ${access} \\|`));
    }
  });
});
