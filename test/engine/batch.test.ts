import { readFileSync } from "node:fs";
import { describe, expect, it } from "@jest/globals";
import { DEFAULT_CONFIG } from "../../src/config/config.js";
import { checkPlans, pointedPaths, supportingPaths } from "../../src/engine/batch.js";
import type { RawFile } from "../../src/engine/check.js";
import { candidatePaths, planMatcher, resolveLink } from "../../src/engine/locate.js";

const constitution = readFileSync(
  new URL("../fixtures/engine/constitution.md", import.meta.url),
  "utf8",
);
const plan = "# Plan\n\n## Summary\nx\n\n## Constitution Check\n- [x] **I. Library-First**: yes\n";

function repo(files: Record<string, string>): (path: string) => RawFile | null {
  return (path) => (path in files ? { path, text: files[path] ?? "" } : null);
}

describe("locating files", () => {
  it("tries the nearest .specify/memory/constitution.md first, then the fallbacks", () => {
    expect(
      candidatePaths("apps/web/specs/001-x/plan.md", DEFAULT_CONFIG.constitution).slice(0, 6),
    ).toEqual([
      "apps/web/specs/001-x/.specify/memory/constitution.md",
      "apps/web/specs/.specify/memory/constitution.md",
      "apps/web/.specify/memory/constitution.md",
      "apps/.specify/memory/constitution.md",
      ".specify/memory/constitution.md",
      "apps/web/specs/001-x/memory/constitution.md",
    ]);
    expect(candidatePaths("specs/001-x/plan.md", ["/docs/constitution.md"])).toEqual([
      "docs/constitution.md",
    ]);
  });

  it("matches the default plan globs, monorepos and the epic layout", () => {
    const isPlan = planMatcher(DEFAULT_CONFIG.plans);
    expect(isPlan("specs/001-x/plan.md")).toBe(true);
    expect(isPlan("services/api/specs/002-y/plan.md")).toBe(true);
    expect(isPlan("plans/platform/billing/EPIC-1/features/F-1/impl-plan.md")).toBe(true);
    expect(isPlan("specs/001-x/spec.md")).toBe(false);
    expect(isPlan("docs/plan.md")).toBe(false);
  });

  it("resolves relative and root-relative links, and refuses links that leave the repository", () => {
    expect(resolveLink("specs/001-x/plan.md", "./spec.md")).toBe("specs/001-x/spec.md");
    expect(resolveLink("specs/001-x/plan.md", "../002-y/spec.md#top")).toBe("specs/002-y/spec.md");
    expect(resolveLink("specs/001-x/plan.md", "/docs/a%20b.md")).toBe("docs/a b.md");
    expect(resolveLink("specs/001-x/plan.md", "../../../x.md")).toBeNull();
    expect(resolveLink("specs/001-x/plan.md", "https://example.com/spec.md")).toBeNull();
  });
});

describe("checkPlans", () => {
  it("lists each supporting path once", () => {
    const paths = supportingPaths(["specs/001-a/plan.md", "specs/002-b/plan.md"], DEFAULT_CONFIG);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toContain(".specify/memory/constitution.md");
    expect(paths).toContain(".specify/templates/plan-template.md");
  });

  it("uses the nearest constitution for each plan of a monorepo", () => {
    const lookup = repo({
      ".specify/memory/constitution.md": constitution,
      "services/api/.specify/memory/constitution.md":
        "# API Constitution\n\n## Core Principles\n\n### I. Library-First\nx\n",
    });
    const [root, api] = checkPlans(
      [
        { path: "specs/001-a/plan.md", text: plan },
        { path: "services/api/specs/001-a/plan.md", text: plan },
      ],
      lookup,
      DEFAULT_CONFIG,
    );
    expect(root?.constitution).toBe(".specify/memory/constitution.md");
    expect(root?.findings.filter((f) => f.rule === "principle-coverage")).toHaveLength(4);
    expect(api?.constitution).toBe("services/api/.specify/memory/constitution.md");
    expect(api?.findings.filter((f) => f.rule === "principle-coverage")).toHaveLength(0);
  });

  it("follows a constitution that only points at the real one", () => {
    const pointer =
      "# 项目宪法导航\n\n唯一权威来源是 [`docs/engineering/constitution.md`](../../docs/engineering/constitution.md)。\n";
    const files = {
      ".specify/memory/constitution.md": pointer,
      "docs/engineering/constitution.md": constitution,
    };
    expect(pointedPaths([{ path: ".specify/memory/constitution.md", text: pointer }])).toEqual([
      "docs/engineering/constitution.md",
    ]);
    const [result] = checkPlans(
      [{ path: "specs/001-a/plan.md", text: plan }],
      repo(files),
      DEFAULT_CONFIG,
    );
    expect(result?.constitution).toBe("docs/engineering/constitution.md");
    expect(result?.principles).toHaveLength(5);
  });
});
