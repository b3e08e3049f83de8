import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "@jest/globals";
import { run } from "../../src/cli/run.js";
import type { JsonImpactReport } from "../../src/render/impact.js";
import { sarifValidator } from "../fixtures/sarif-validator.js";
import { capture, git, makeRepo, tempDir, writeFiles } from "./helpers.js";

/** `speckit-gate impact` with the real engine and real git, on the demo repository and on repositories made here. */

const checkout = fileURLToPath(new URL("../../", import.meta.url));
const demo = join(checkout, "examples/demo-repo");
const CONSTITUTION = ".specify/memory/constitution.md";
const PASSING = "specs/001-passing-feature/plan.md";
const FAILING = "specs/002-failing-feature/plan.md";

function impact(argv: string[], cwd: string) {
  const io = capture(cwd);
  const code = run(["impact", ...argv], io);
  return { code, out: io.out(), err: io.err() };
}

/** A git repository holding a copy of the demo, committed; the constitution then edited. */
function amendedDemo(edit: (text: string) => string, config?: string): string {
  const root = tempDir();
  cpSync(demo, root, { recursive: true });
  git(root, "init", "-q", "-b", "main");
  git(root, "add", "-A");
  git(root, "commit", "-q", "-m", "initial");
  const path = join(root, CONSTITUTION);
  writeFileSync(path, edit(readFileSync(path, "utf8")));
  if (config !== undefined) writeFiles(root, { ".github/speckit.yml": config });
  return root;
}

/** Principle V removed; the version bumped MINOR (MAJOR is called for); the rest left as it was. */
const removeV = (text: string): string =>
  text
    .replace(/### V\. Simplicity & YAGNI[\s\S]*?(?=## Security)/, "")
    .replace("**Version**: 1.2.0", "**Version**: 1.3.0");

describe("speckit-gate impact on examples/demo-repo", () => {
  it("compares the constitution with its version before the last amendment (--base-file)", () => {
    const r = impact(
      [
        "--root",
        "examples/demo-repo",
        "--base-file",
        "examples/demo-repo/history/constitution-1.1.0.md",
      ],
      checkout,
    );
    expect(r.err).toBe("");
    expect(r.out).toBe(
      [
        "Constitution amendment: .specify/memory/constitution.md, version 1.1.0 → 1.2.0 (compared with examples/demo-repo/history/constitution-1.1.0.md)",
        "  MINOR  principle `IV. Observability by Default` was expanded: rule `Every money movement writes an audit event that records who…` was added",
        "  The changes call for a MINOR bump: 1.1.0 → 1.2.0.",
        "",
        "Plans to re-check: 2 of the 2 plans using this constitution",
        `${PASSING}:34  redefined  The amendment expands principle \`IV. Observability by Default\`, which this plan checks.`,
        `${FAILING}:30  uncovered  The amendment expands principle \`IV. Observability by Default\`, which this plan's Constitution Check never addresses.`,
        "",
        "Amendment of .specify/memory/constitution.md (1.1.0 → 1.2.0): 0 errors, 0 warnings, 0 notices; 2 of 2 plans to re-check",
        "",
      ].join("\n"),
    );
    expect(r.code).toBe(0);
  });

  it("explains each item with --verbose", () => {
    const r = impact(
      ["--root", demo, "--base-file", join(demo, "history/constitution-1.1.0.md"), "--verbose"],
      "/",
    );
    expect(r.out).toContain(
      `${PASSING}:34  redefined  The amendment expands principle \`IV. Observability by Default\`, which this plan checks.\n    Re-check the gate against its new rules.\n`,
    );
  });
});

describe("speckit-gate impact --base REF (git)", () => {
  it("reads the constitution at the revision and judges the change: warnings by default, exit 0", () => {
    const root = amendedDemo(removeV);
    const r = impact(["--base", "HEAD"], root);
    expect(r.err).toBe("");
    const lines = r.out.split("\n");
    expect(lines.slice(0, 3)).toEqual([
      expect.stringMatching(
        /^\.specify\/memory\/constitution\.md:1 {2}warning {2}The Sync Impact Report at the top of `\.specify\/memory\/constitution\.md` is the one from before this amendment, unchanged, .* {2}amendment-sync-report$/,
      ),
      expect.stringMatching(
        /^\.specify\/memory\/constitution\.md:61:14 {2}warning {2}The version went from `1\.2\.0` to `1\.3\.0`, a MINOR bump, .* {2}amendment-version-bump$/,
      ),
      expect.stringMatching(
        /^\.specify\/memory\/constitution\.md:61:67 {2}warning {2}.*still says `2025-03-02`\. {2}amendment-date$/,
      ),
    ]);
    expect(r.out).toContain(
      [
        "Constitution amendment: .specify/memory/constitution.md, version 1.2.0 → 1.3.0 (compared with HEAD)",
        "  MAJOR  principle `V. Simplicity & YAGNI` was removed",
        "  The changes call for a MAJOR bump: 1.2.0 → 2.0.0.",
        "",
        "Plans to re-check: 2 of the 2 plans using this constitution",
        `${PASSING}:35  removed  The plan checks principle \`V. Simplicity & YAGNI\`, which the amendment removes.`,
        `${PASSING}:76  version  The plan cites constitution version \`1.2.0\`; the amended constitution is version \`1.3.0\`.`,
        `${FAILING}:39  removed  The plan checks principle \`V. Simplicity & YAGNI\`, which the amendment removes.`,
        `${FAILING}:72  version  The plan cites constitution version \`1.2.0\`; the amended constitution is version \`1.3.0\`.`,
      ].join("\n"),
    );
    expect(r.code).toBe(0);
  });

  it("exits 1 under amendments: block, in every format", () => {
    const root = amendedDemo(removeV, "amendments: block\n");
    for (const format of ["text", "json", "sarif", "github"]) {
      expect([format, impact(["--base", "HEAD", "--format", format], root).code]).toEqual([
        format,
        1,
      ]);
    }
    const github = impact(["--base", "HEAD", "--format", "github"], root).out.trimEnd();
    expect(github.split("\n").map((l) => l.split(" ")[0])).toEqual([
      "::error",
      "::error",
      "::error",
      "::notice",
      "::notice",
      "::notice",
      "::notice",
      "Amendment",
    ]);
    // --quiet keeps the errors; a warning-free amendment exits 0.
    expect(impact(["--base", "HEAD", "--quiet"], root).code).toBe(1);
  });

  it("adds an `amendment` object to the version-1 JSON format", () => {
    const root = amendedDemo(removeV);
    const r = impact(["--base", "HEAD", "--format", "json"], root);
    const report = JSON.parse(r.out) as JsonImpactReport;
    expect(report.version).toBe(1);
    expect(report.files).toEqual([
      expect.objectContaining({ path: CONSTITUTION, constitution: CONSTITUTION, verdict: "pass" }),
    ]);
    expect(report.amendment).toEqual({
      constitution: CONSTITUTION,
      base: "HEAD",
      version: { before: "1.2.0", after: "1.3.0" },
      required: "major",
      expected: "2.0.0",
      changes: [
        {
          level: "major",
          text: "principle `V. Simplicity & YAGNI` was removed",
          line: 61,
          principle: "V. Simplicity & YAGNI",
        },
      ],
      impact: {
        checked: 2,
        unreadable: [],
        plans: [PASSING, FAILING].map((path) => ({
          path,
          items: [
            expect.objectContaining({ kind: "removed", principle: "V. Simplicity & YAGNI" }),
            expect.objectContaining({ kind: "version", cited: "1.2.0", current: "1.3.0" }),
          ],
        })),
      },
    });
  });

  it("writes valid SARIF, and the report to --output-file", () => {
    const root = amendedDemo(removeV);
    const r = impact(["--base", "HEAD", "--format", "sarif", "--output-file", "out/i.sarif"], root);
    expect(r.out).toBe("");
    const log = JSON.parse(readFileSync(join(root, "out/i.sarif"), "utf8"));
    const validate = sarifValidator();
    expect(validate(log) ? [] : validate.errors).toEqual([]);
    expect(log.runs[0].results).toHaveLength(3 + 4);
  });

  it("compares a constitution the revision does not have as a new one", () => {
    const root = makeRepo({ "README.md": "# R\n" }, { marker: "git" });
    cpSync(join(demo, ".specify"), join(root, ".specify"), { recursive: true });
    cpSync(join(demo, "specs"), join(root, "specs"), { recursive: true });
    const r = impact(["--base", "HEAD", "--format", "json"], root);
    expect(r.err).toBe(
      "speckit-gate: note: `.specify/memory/constitution.md` does not exist at `HEAD`: it is compared as a new constitution.\n",
    );
    const report = JSON.parse(r.out) as JsonImpactReport;
    expect(report.amendment.version).toEqual({ before: null, after: "1.2.0" });
    expect(report.files[0]!.findings).toEqual([]);
    expect(r.code).toBe(0);
  });

  it("checks the constitution named, with the plans that use it (a monorepo)", () => {
    const root = amendedDemo((t) => t);
    cpSync(join(demo, ".specify"), join(root, "services/api/.specify"), { recursive: true });
    cpSync(join(demo, "specs"), join(root, "services/api/specs"), { recursive: true });
    git(root, "add", "-A");
    git(root, "commit", "-q", "-m", "api");
    const api = join(root, "services/api", CONSTITUTION);
    writeFileSync(api, removeV(readFileSync(api, "utf8")));
    const r = impact(
      ["services/api/.specify/memory/constitution.md", "--base", "HEAD", "--format", "json"],
      root,
    );
    const report = JSON.parse(r.out) as JsonImpactReport;
    expect(report.amendment.constitution).toBe(`services/api/${CONSTITUTION}`);
    expect(report.amendment.impact.plans.map((p) => p.path)).toEqual([
      `services/api/${PASSING}`,
      `services/api/${FAILING}`,
    ]);
    // The root's constitution did not change: no finding, nothing to re-check.
    const top = JSON.parse(
      impact(["--base", "HEAD", "--format", "json"], root).out,
    ) as JsonImpactReport;
    expect(top.amendment.changes).toEqual([]);
    expect(top.amendment.impact).toEqual({ checked: 2, unreadable: [], plans: [] });
  });
});

describe("speckit-gate impact: configuration and usage errors", () => {
  it("checks nothing under amendments: off, and says so", () => {
    const root = amendedDemo(removeV, "amendments: off\n");
    const r = impact(["--base", "HEAD", "--format", "json"], root);
    expect(JSON.parse(r.out)).toMatchObject({ version: 1, files: [], totals: { plans: 0 } });
    expect(r.err).toContain("`amendments: off` in the configuration");
    expect(r.code).toBe(0);
  });

  it("names the flag and the fix", () => {
    const root = amendedDemo(removeV);
    const cases: readonly (readonly [string[], string])[] = [
      [[], "pass `--base REF` (a git revision, e.g. `--base origin/main`) or `--base-file FILE`"],
      [
        ["--base", "HEAD", "--base-file", "x.md"],
        "Pass either `--base REF` or `--base-file FILE`, not both.",
      ],
      [["--base", "no-such-ref"], "git knows no commit `no-such-ref`"],
      [["--base=-x"], "a git revision does not start with `-`"],
      [["--base-file", "missing.md"], "`--base-file missing.md` does not exist"],
      [["a.md", "b.md", "--base", "HEAD"], "takes one constitution, not 2 paths"],
      [
        ["--base", "HEAD", "--changed-since", "HEAD"],
        "`--changed-since` is an option of `check`, not of `impact`.",
      ],
      [["specs", "--base", "HEAD"], "`specs` is not a file"],
    ];
    for (const [argv, message] of cases) {
      const r = impact(argv, root);
      expect([argv, r.code, r.err]).toEqual([argv, 2, expect.stringContaining(message)]);
    }
    const check = capture(root);
    expect(run(["check", "--base", "HEAD"], check)).toBe(2);
    expect(check.err()).toContain("`--base` belongs to `speckit-gate impact`");
  });

  it("needs git for --base, and a constitution at the root when none is named", () => {
    const plain = makeRepo({ [CONSTITUTION]: "# C\n" }, { marker: "none" });
    expect(impact(["--root", plain, "--base", "main"], "/").err).toContain(
      "`--base` needs a git repository",
    );
    const empty = makeRepo({ "README.md": "# R\n" });
    expect(impact(["--base-file", "README.md"], empty).err).toContain(
      "No constitution at `.specify/memory/constitution.md`, `memory/constitution.md`, `docs/constitution.md`, `specify/memory/constitution.md`, `.specify/constitution.md`, `specs/constitution.md`, `constitution.md`, `CONSTITUTION.md`, `docs/CONSTITUTION.md`, `.github/constitution.md`, `.github/CONSTITUTION.md` under the root",
    );
  });
});
