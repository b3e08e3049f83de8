import { readFileSync } from "node:fs";
import { describe, expect, it } from "@jest/globals";
import { DEFAULT_CONFIG } from "../../src/config/config.js";
import { constitutionMatcher } from "../../src/config/amendments.js";
import {
  checkPlans,
  constitutionFor,
  pointedPaths,
  supportingPaths,
} from "../../src/engine/batch.js";
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

  it("falls back to a `.specify` without its dot or its `memory/`, `specs/constitution.md`, the root's", () => {
    const tail = candidatePaths("specs/001-x/plan.md", DEFAULT_CONFIG.constitution).slice(-14, -3);
    expect(tail).toEqual([
      "specs/001-x/specify/memory/constitution.md",
      "specs/specify/memory/constitution.md",
      "specify/memory/constitution.md",
      "specs/001-x/.specify/constitution.md",
      "specs/.specify/constitution.md",
      ".specify/constitution.md",
      "specs/001-x/specs/constitution.md",
      "specs/specs/constitution.md",
      "specs/constitution.md",
      "constitution.md",
      // A root `CONSTITUTION.md`, written in capitals as READMEs are.
      "CONSTITUTION.md",
    ]);
    const amended = constitutionMatcher(DEFAULT_CONFIG);
    expect(amended("constitution.md")).toBe(true);
    expect(amended("CONSTITUTION.md")).toBe(true);
    expect(amended("services/docs/CONSTITUTION.md")).toBe(false);
    expect(amended(".claude/commands/constitution.md")).toBe(false);
  });

  it("falls back last to `docs/CONSTITUTION.md` and a constitution beside the GitHub files", () => {
    const tail = candidatePaths("specs/001-x/plan.md", DEFAULT_CONFIG.constitution).slice(-3);
    expect(tail).toEqual([
      "docs/CONSTITUTION.md",
      ".github/constitution.md",
      ".github/CONSTITUTION.md",
    ]);
    const amended = constitutionMatcher(DEFAULT_CONFIG);
    expect(amended("docs/CONSTITUTION.md")).toBe(true);
    expect(amended(".github/CONSTITUTION.md")).toBe(true);
    expect(amended(".github/constitution.md")).toBe(true);
    expect(amended("specs/.github/CONSTITUTION.md")).toBe(false);
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

  it("follows a stub that points at a README which links to the constitution", () => {
    const stub =
      "# hashibiroko Constitution\n\n**[README.md](../../README.md)** を参照してください。\n";
    const readme =
      "# hashibiroko\n\nSee the [constitution](docs/constitution.md) and [usage](docs/usage.md).\n";
    const stubFile = { path: ".specify/memory/constitution.md", text: stub };
    // Before the README is read, the chain stops at it; once it is, it goes on to the constitution.
    expect(pointedPaths([stubFile])).toEqual(["README.md"]);
    expect(pointedPaths([stubFile, { path: "README.md", text: readme }])).toEqual([
      "README.md",
      "docs/constitution.md",
    ]);
    const files = {
      ".specify/memory/constitution.md": stub,
      "README.md": readme,
      "docs/constitution.md": constitution,
    };
    const [result] = checkPlans(
      [{ path: "specs/001-a/plan.md", text: plan }],
      repo(files),
      DEFAULT_CONFIG,
    );
    expect(result?.constitution).toBe("docs/constitution.md");
    expect(result?.principles).toHaveLength(5);
    // A README that links to no constitution leaves the stub in place.
    const [alone] = checkPlans(
      [{ path: "specs/001-a/plan.md", text: plan }],
      repo({ ".specify/memory/constitution.md": stub, "README.md": "# hashibiroko\n" }),
      DEFAULT_CONFIG,
    );
    expect(alone?.constitution).toBe(".specify/memory/constitution.md");
  });
});

describe("which constitution judges a plan (a pull request cannot choose it)", () => {
  const unfilled = readFileSync(
    new URL("../fixtures/engine/constitution-template.md", import.meta.url),
    "utf8",
  );
  const root = { ".specify/memory/constitution.md": constitution };

  it("does not take vendored or fixture folders for plans, unless a glob names them", () => {
    const isPlan = planMatcher(DEFAULT_CONFIG.plans);
    expect(isPlan("vendor/spec-kit/specs/001-x/plan.md")).toBe(false);
    expect(isPlan("node_modules/kit/specs/001-x/plan.md")).toBe(false);
    expect(isPlan("test/fixtures/real/specs/001-x/plan.md")).toBe(false);
    expect(isPlan("packages/a/__fixtures__/specs/001-x/plan.md")).toBe(false);
    expect(isPlan("examples/demo/specs/001-x/plan.md")).toBe(false);
    expect(isPlan("third_party/x/specs/001-x/plan.md")).toBe(false);
    // A package of a monorepo is no foreign folder; a glob that names the folder opts in.
    expect(isPlan("packages/api/specs/001-x/plan.md")).toBe(true);
    expect(planMatcher(["examples/**/plan.md"])("examples/demo/specs/001-x/plan.md")).toBe(true);
    expect(planMatcher(["vendor/*/specs/*/plan.md"])("vendor/kit/specs/001-x/plan.md")).toBe(true);
  });

  it("never takes a constitution from inside a vendored or fixture folder", () => {
    const paths = candidatePaths(
      "vendor/spec-kit/specs/001-x/plan.md",
      DEFAULT_CONFIG.constitution,
    );
    expect(paths.filter((p) => p.startsWith("vendor/"))).toEqual([]);
    expect(paths).toContain(".specify/memory/constitution.md");
    expect(supportingPaths(["test/fixtures/a/specs/001-x/plan.md"], DEFAULT_CONFIG)).not.toContain(
      "test/fixtures/a/.specify/memory/constitution.md",
    );
    // Unless the configured path names the folder.
    expect(
      candidatePaths("vendor/kit/specs/001-x/plan.md", ["vendor/kit/constitution.md"]),
    ).toContain("vendor/kit/constitution.md");
  });

  it("judges a plan beside a vendored unfilled constitution by the repository's own (issue 8)", () => {
    const files = { ...root, "vendor/spec-kit/.specify/memory/constitution.md": unfilled };
    const [home, vendored] = checkPlans(
      [
        { path: "specs/001-x/plan.md", text: plan },
        { path: "vendor/spec-kit/specs/001-x/plan.md", text: plan },
      ],
      repo(files),
      DEFAULT_CONFIG,
    );
    expect(home?.verdict).toBe("fail");
    expect(vendored?.constitution).toBe(".specify/memory/constitution.md");
    expect(vendored?.verdict).toBe("fail");
    expect(vendored?.constitutionSkipped).toBe(false);
    expect(vendored?.findings.filter((f) => f.rule === "principle-coverage")).toHaveLength(4);
  });

  it("lets no unfilled constitution nearer the plan stand in front of a real one", () => {
    const files = { ...root, "services/api/.specify/memory/constitution.md": unfilled };
    const [result] = checkPlans(
      [{ path: "services/api/specs/001-a/plan.md", text: plan }],
      repo(files),
      DEFAULT_CONFIG,
    );
    expect(result?.constitution).toBe(".specify/memory/constitution.md");
    expect(result?.verdict).toBe("fail");
    expect(
      constitutionFor("services/api/specs/001-a/plan.md", repo(files), DEFAULT_CONFIG)?.path,
    ).toBe(".specify/memory/constitution.md");
  });

  it("still says so when the only constitution there is is unfilled", () => {
    const files = { "services/api/.specify/memory/constitution.md": unfilled };
    const [result] = checkPlans(
      [{ path: "services/api/specs/001-a/plan.md", text: plan }],
      repo(files),
      DEFAULT_CONFIG,
    );
    expect(result?.constitution).toBe("services/api/.specify/memory/constitution.md");
    expect(result?.constitutionSkipped).toBe(true);
    expect(result?.findings.map((f) => f.rule)).toContain("constitution-unratified");
    expect(result?.findings.map((f) => f.rule)).not.toContain("principle-coverage");
  });
});
