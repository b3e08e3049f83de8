import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { createHash } from "node:crypto";
import { join, relative } from "node:path";
import { describe, expect, it } from "@jest/globals";
import { DEFAULT_CONFIG } from "../../src/config/config.js";
import { checkPlans } from "../../src/engine/batch.js";
import type { RawFile } from "../../src/engine/check.js";
import { planMatcher } from "../../src/engine/locate.js";
import type { FileResult } from "../../src/engine/types.js";

const SEEDS = new URL("../fixtures/seeds/", import.meta.url).pathname;
const ORIGINALS = new URL("../../../shared/seeds/", import.meta.url).pathname;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Checks a fixture repository the way the CLI does: every plan, files read on demand. */
function checkRepo(root: string): FileResult[] {
  const isPlan = planMatcher(DEFAULT_CONFIG.plans);
  const plans = walk(root)
    .map((p) => relative(root, p))
    .filter(isPlan)
    .map((path) => ({ path, text: readFileSync(join(root, path), "utf8") }));
  const lookup = (path: string): RawFile | null =>
    existsSync(join(root, path)) && statSync(join(root, path)).isFile()
      ? { path, text: readFileSync(join(root, path), "utf8") }
      : null;
  return checkPlans(plans, lookup, DEFAULT_CONFIG, (path) => existsSync(join(root, path)));
}

const seeds = readdirSync(SEEDS).sort();

describe("seed templates", () => {
  it("has a raw and a filled fixture for each seed in shared/seeds", () => {
    const originals = existsSync(ORIGINALS)
      ? readdirSync(ORIGINALS)
          .map((f) => f.slice(0, 3))
          .sort()
      : seeds;
    expect(seeds).toEqual(originals);
  });

  describe.each(seeds)("seed %s", (seed) => {
    it("used verbatim, yields exactly the expected (line, rule) pairs", () => {
      const [result, ...rest] = checkRepo(join(SEEDS, seed, "raw"));
      expect(rest).toHaveLength(0);
      const expected = readFileSync(join(SEEDS, seed, "raw", "expected.txt"), "utf8")
        .trim()
        .split("\n");
      expect(result?.findings.map((f) => `${f.line} ${f.rule}`)).toEqual(expected);
      expect(result?.verdict).toBe("fail");
    });

    it("the fixture is the seed, byte for byte", () => {
      // SEED records the seed's file name in shared/seeds and its SHA-256.
      const [name, sha] = readFileSync(join(SEEDS, seed, "raw", "SEED"), "utf8")
        .trim()
        .split(" ");
      const plan = walk(join(SEEDS, seed, "raw")).find(
        (p) => /plan\.md$/.test(p) && !p.includes(".specify"),
      );
      const copy = readFileSync(plan ?? "");
      expect(createHash("sha256").update(copy).digest("hex")).toBe(sha);
      const original = join(ORIGINALS, name ?? "");
      if (existsSync(original)) expect(copy.equals(readFileSync(original))).toBe(true);
    });

    it("filled in properly, with a matching constitution, passes with no finding", () => {
      const results = checkRepo(join(SEEDS, seed, "filled"));
      expect(results).toHaveLength(1);
      expect(results[0]?.findings).toEqual([]);
      expect(results[0]?.verdict).toBe("pass");
      expect(results[0]?.principles.length).toBeGreaterThan(0);
      expect(results[0]?.principles.every((p) => p.status !== "missing")).toBe(true);
    });
  });
});
