import { cpSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "@jest/globals";
import { run } from "../../src/cli/run.js";
import { DEFAULT_CONFIG } from "../../src/config/config.js";
import { checkPlans, supportingPaths } from "../../src/engine/batch.js";
import { toJsonReport, type JsonReport } from "../../src/render/json.js";
import { sarifValidator } from "../fixtures/sarif-validator.js";
import { SUPPRESSED_CONSTITUTION, SUPPRESSED_PLAN } from "../fixtures/suppressed.js";
import { capture, makeRepo, tempDir } from "./helpers.js";

/** The CLI with the real engine, on the bundled example repository and on small repositories made here. */

const demo = fileURLToPath(new URL("../../examples/demo-repo", import.meta.url));
const PASSING = "specs/001-passing-feature/plan.md";
const FAILING = "specs/002-failing-feature/plan.md";

function checkJson(argv: string[], cwd = "/"): { code: number; report: JsonReport; err: string } {
  const io = capture(cwd);
  const code = run([...argv, "--format", "json"], io);
  return { code, report: JSON.parse(io.out()) as JsonReport, err: io.err() };
}

describe("speckit-gate check on examples/demo-repo", () => {
  it("passes the filled plan and fails the broken one with the expected rules", () => {
    const { code, report, err } = checkJson(["check", "--root", demo]);
    expect(err).toBe("");
    expect(report.files.map((f) => [f.path, f.verdict])).toEqual([
      [PASSING, "pass"],
      [FAILING, "fail"],
    ]);
    const passing = report.files[0];
    expect(passing?.constitution).toBe(".specify/memory/constitution.md");
    expect(passing?.findings.filter((f) => f.severity === "error")).toEqual([]);
    const rules = new Set(report.files[1]?.findings.map((f) => f.rule));
    for (const rule of [
      "no-placeholder",
      "no-unresolved-clarification",
      "principle-coverage",
      "gate-justification",
    ]) {
      expect(rules).toContain(rule);
    }
    expect(code).toBe(1);
  });

  it("reports the same findings as the engine called directly, as the App does", () => {
    const { report } = checkJson(["check", "--root", demo]);
    const read = (path: string) => {
      try {
        return { path, text: readFileSync(join(demo, path), "utf8") };
      } catch {
        return null;
      }
    };
    const supporting = new Map(
      supportingPaths([PASSING, FAILING], DEFAULT_CONFIG).map((p) => [p, read(p)]),
    );
    const direct = checkPlans(
      [PASSING, FAILING].map((p) => read(p)!),
      (p) => supporting.get(p) ?? null,
      DEFAULT_CONFIG,
      (p) => existsSync(join(demo, p)),
    );
    expect(report).toEqual(toJsonReport(direct));
  });

  it("agrees on the exit code in every format, and its SARIF is valid", () => {
    for (const format of ["text", "github", "sarif"]) {
      const io = capture("/");
      expect(run(["check", "--root", demo, "--format", format], io)).toBe(1);
      if (format === "sarif") {
        const validate = sarifValidator();
        expect(validate(JSON.parse(io.out())) ? [] : validate.errors).toEqual([]);
      }
      if (format === "github")
        expect(io.out()).toMatch(/^::error file=specs\/002-failing-feature\/plan\.md,line=\d+/m);
    }
  });

  it("checks only the plans asked for", () => {
    const { code, report } = checkJson(
      ["check", "--root", demo, "specs/001-passing-feature"],
      demo,
    );
    expect(report.files.map((f) => f.path)).toEqual([PASSING]);
    expect(code).toBe(0);
  });
});

describe("speckit-gate check finds the repository root itself", () => {
  /** A copy of the demo repository, as a repository of its own (a `.git` marks it). */
  function demoCopy(): string {
    const root = makeRepo({});
    cpSync(demo, root, { recursive: true });
    return root;
  }

  it("gives the same findings from the root, from specs/ and from the plan's own folder", () => {
    const root = demoCopy();
    const fromRoot = checkJson(["check"], root);
    expect(fromRoot.report.files.map((f) => f.path)).toEqual([PASSING, FAILING]);
    expect(fromRoot.code).toBe(1);
    const failing = fromRoot.report.files[1];
    expect(failing?.constitution).toBe(".specify/memory/constitution.md");
    expect(failing?.findings.map((f) => f.rule)).toContain("principle-coverage");

    const fromSpecs = checkJson(["check"], join(root, "specs"));
    expect(fromSpecs).toEqual(fromRoot);
    const fromFolder = checkJson(["check"], join(root, "specs/002-failing-feature"));
    expect(fromFolder.report.files).toEqual([failing]);
    expect(fromFolder.code).toBe(1);
    const byPath = checkJson(["check", "plan.md"], join(root, "specs/002-failing-feature"));
    expect(byPath.report.files).toEqual([failing]);
    const fromOutside = checkJson(["check", join(root, FAILING)], "/");
    expect(fromOutside.report.files).toEqual([failing]);
    for (const r of [fromSpecs, fromFolder, byPath, fromOutside]) expect(r.err).toBe("");
  });

  it("takes a spec-kit project without git by its .specify/ folder", () => {
    const root = tempDir();
    cpSync(demo, root, { recursive: true });
    const a = checkJson(["check"], join(root, "specs/002-failing-feature"));
    const b = checkJson(["check", "--root", root, join(root, FAILING)]);
    expect(a.err).toBe("");
    expect(a).toEqual(b);
    expect(a.report.files[0]?.constitution).toBe(".specify/memory/constitution.md");
  });

  it("reports a plan of a nested spec-kit project relative to the git repository, as the App does", () => {
    const repo = makeRepo({});
    const nested = join(repo, "services/demo-repo");
    cpSync(demo, nested, { recursive: true });
    const { code, report, err } = checkJson(["check", "specs"], nested);
    expect(err).toBe("");
    expect(code).toBe(1);
    expect(report.files.map((f) => [f.path, f.constitution])).toEqual([
      [`services/demo-repo/${PASSING}`, "services/demo-repo/.specify/memory/constitution.md"],
      [`services/demo-repo/${FAILING}`, "services/demo-repo/.specify/memory/constitution.md"],
    ]);
  });
});

describe("speckit-gate check on other repositories", () => {
  it("says when no constitution exists, instead of failing on constitution rules", () => {
    const plan = readFileSync(join(demo, PASSING), "utf8");
    const root = makeRepo({ [PASSING]: plan });
    const { report } = checkJson(["check", "--root", root]);
    expect(report.files[0]?.constitution).toBeNull();
    expect(report.files[0]?.findings.map((f) => f.rule)).toContain("constitution-missing");
    expect(report.files[0]?.findings.map((f) => f.rule)).not.toContain("principle-coverage");
  });

  it("does not crash on a binary plan", () => {
    const root = makeRepo({
      "specs/001-a/plan.md": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff, 0xfe]),
    });
    const io = capture(root);
    const code = run(["check"], io);
    expect(io.err()).not.toContain("internal error");
    expect([0, 1]).toContain(code);
    expect(io.out()).toContain("specs/001-a/plan.md");
  });
});

describe("speckit-gate check on a plan with suppression comments", () => {
  const files = {
    ".specify/memory/constitution.md": SUPPRESSED_CONSTITUTION,
    "specs/001-x/plan.md": SUPPRESSED_PLAN,
    ".github/speckit.yml": "rules:\n  technical-context-field: off\n",
  };

  it("says how many findings they silenced in every format", () => {
    const root = makeRepo(files);
    const text = capture(root);
    expect(run(["check"], text)).toBe(0);
    expect(text.out()).toMatch(
      /^1 plan checked: 1 passed, 0 failed, 0 skipped; .*, 2 suppressed$/m,
    );

    const { code, report } = checkJson(["check"], root);
    expect(code).toBe(0);
    expect(report.files[0]?.suppressed).toBe(2);
    expect(report.files[0]?.suppressions.map((s) => [s.rule, s.line, s.reason])).toEqual([
      ["no-placeholder", 6, "@octocat said <b>so</b> | see #12"],
      ["gate-justification", 11, "deferred by ADR-12"],
    ]);
    expect(report.totals.suppressed).toBe(2);

    const github = capture(root);
    run(["check", "--format", "github"], github);
    expect(github.out().trimEnd().split("\n").at(-1)).toMatch(/, 2 suppressed$/);

    const sarif = capture(root);
    run(["check", "--format", "sarif"], sarif);
    const log = JSON.parse(sarif.out()) as { runs: { properties: Record<string, unknown> }[] };
    expect(log.runs[0]?.properties).toEqual({
      suppressed: 2,
      suppressedByFile: { "specs/001-x/plan.md": 2 },
    });
  });
});
