import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { describe, expect, it } from "@jest/globals";
import { DEFAULT_CONFIG } from "../../src/config/config.js";
import { checkPlans } from "../../src/engine/batch.js";
import type { RawFile } from "../../src/engine/check.js";
import { planMatcher } from "../../src/engine/locate.js";

/**
 * Plans and constitutions copied verbatim from public spec-kit repositories (sources in each
 * SOURCE.md). `expected.txt` lists the reviewed `line rule` pairs of every finding but
 * `spec-link` (the sibling files were not copied); a change to it is a change in behaviour
 * on real plans, to be reviewed as such.
 */
const ROOTS = ["real", "real2", "real3", "real4", "real5"].map(
  (d) => new URL(`../fixtures/${d}/`, import.meta.url).pathname,
);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** `real/` holds flat plan.md + constitution.md pairs; `real2/` holds repository trees. */
function findings(dir: string): string[] {
  const read = (path: string): RawFile | null =>
    existsSync(join(dir, path)) && statSync(join(dir, path)).isFile()
      ? { path, text: readFileSync(join(dir, path), "utf8") }
      : null;
  const flat = existsSync(join(dir, "plan.md"));
  const plans = flat
    ? // The feature folder is unknown: name it after the fixture (so the branch is not judged).
      [{ path: `specs/${basename(dir)}/plan.md`, text: readFileSync(join(dir, "plan.md"), "utf8") }]
    : walk(dir)
        .map((p) => relative(dir, p))
        .filter(planMatcher(DEFAULT_CONFIG.plans))
        .map((path) => ({ path, text: readFileSync(join(dir, path), "utf8") }));
  const lookup = flat
    ? (path: string) =>
        path === ".specify/memory/constitution.md" ? read("constitution.md") : null
    : read;
  return checkPlans(plans, lookup, DEFAULT_CONFIG, () => true).flatMap((r) =>
    r.findings.map((f) => `${r.path}:${f.line} ${f.rule}`),
  );
}

const cases = ROOTS.flatMap((root) =>
  readdirSync(root)
    .filter(
      (d) => existsSync(join(root, d, "SOURCE.md")) && existsSync(join(root, d, "expected.txt")),
    )
    .map((d) => [d, join(root, d)] as const),
);

describe("real-world plans", () => {
  it("has an expectation for every real-world fixture", () => {
    const all = ROOTS.flatMap((root) =>
      readdirSync(root).filter((d) => existsSync(join(root, d, "SOURCE.md"))),
    );
    expect(cases.map(([d]) => d).sort()).toEqual(all.sort());
  });

  it.each(cases)("%s yields the reviewed findings", (_, dir) => {
    const expected = readFileSync(join(dir, "expected.txt"), "utf8")
      .trim()
      .split("\n")
      .filter(Boolean);
    expect(findings(dir)).toEqual(expected);
  });
});

export { findings };
