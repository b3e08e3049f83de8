import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "@jest/globals";
// The scorer is plain JavaScript so that `npm run audit` can use it on the built engine.
import { scorePlan, summarize, validateLabels } from "../../scripts/audit-score.js";
import { DEFAULT_CONFIG } from "../../src/config/config.js";
import { checkPlans } from "../../src/engine/batch.js";

/**
 * The audit corpus: real plans from public spec-kit repositories, each labelled by hand by
 * ../shared/design/RUBRIC.md before the engine ran on it (see test/fixtures/audit/README.md).
 */
const ROOT = new URL("../fixtures/audit/", import.meta.url).pathname;
const RESERVED = new URL("../../../shared/design/reserved-repos.txt", import.meta.url).pathname;
const FIXTURES = new URL("../fixtures/", import.meta.url).pathname;

function walkFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walkFiles(path) : [path];
  });
}

interface Labels {
  readonly plan: string;
  readonly constitution: string | null;
  readonly source: { readonly repo: string };
  readonly placeholder_lines: number[];
  readonly clarification_lines: number[];
  readonly unjustified_gates: Array<{ line: number }>;
  readonly verdict: string;
}

const plans = readdirSync(ROOT)
  .filter((round) => statSync(join(ROOT, round)).isDirectory())
  .flatMap((round) =>
    readdirSync(join(ROOT, round))
      .filter((name) => existsSync(join(ROOT, round, name, "labels.json")))
      .map((name) => [round, name, join(ROOT, round, name)] as const),
  );

function labelsOf(dir: string): Labels {
  return JSON.parse(readFileSync(join(dir, "labels.json"), "utf8")) as Labels;
}

describe("audit corpus", () => {
  it.each(plans)("%s/%s is well-formed", (_, __, dir) => {
    const labels = labelsOf(dir);
    expect(validateLabels(labels)).toEqual([]);
    expect(existsSync(join(dir, labels.plan))).toBe(true);
    if (labels.constitution !== null) expect(existsSync(join(dir, labels.constitution))).toBe(true);
    expect(existsSync(join(dir, "SOURCE.md"))).toBe(true);
    const count = readFileSync(join(dir, labels.plan), "utf8").split(/\r\n|\r|\n/).length;
    const lines = [
      ...labels.placeholder_lines,
      ...labels.clarification_lines,
      ...labels.unjustified_gates.map((g) => g.line),
    ];
    for (const line of lines) {
      expect(line).toBeGreaterThanOrEqual(1);
      expect(line).toBeLessThanOrEqual(count);
    }
  });

  it("uses no repository kept for independent evaluation", () => {
    const reserved = existsSync(RESERVED)
      ? new Set(
          readFileSync(RESERVED, "utf8")
            .split("\n")
            .map((l) => l.trim().toLowerCase())
            .filter((l) => l !== "" && !l.startsWith("#")),
        )
      : new Set<string>();
    const used = plans.map(([, , dir]) => labelsOf(dir).source.repo.toLowerCase());
    expect(used.filter((r) => reserved.has(r))).toEqual([]);
    // Nor does any fixture's record of its source name one (all fixture trees, not only the
    // audit corpus): `owner/name` as a whole word.
    const sources = walkFiles(FIXTURES).filter((f) =>
      /(?:^|\/)(?:SOURCE\.md|labels\.json)$/.test(f),
    );
    expect(sources.length).toBeGreaterThan(100);
    const named = sources.flatMap((file) => {
      const text = readFileSync(file, "utf8").toLowerCase();
      return [...reserved]
        .filter((repo) => {
          const at = text.indexOf(repo);
          if (at < 0) return false;
          const before = text[at - 1] ?? " ";
          const after = text[at + repo.length] ?? " ";
          return !/[\w.-]/.test(before) && !/[\w.-]/.test(after);
        })
        .map((repo) => `${file}: ${repo}`);
    });
    expect(named).toEqual([]);
  });

  it("scores a plan the engine agrees with as exact, and counts what differs", () => {
    const labels = {
      plan: "p.md",
      constitution: null,
      placeholder_lines: [3],
      clarification_lines: [9],
      missing_sections: [],
      uncovered_principles: ["II. Test-First"],
      unjustified_gates: [{ label: "I", line: 20 }],
      verdict: "block",
    };
    const finding = (rule: string, line: number, extra: object = {}) => ({
      rule,
      line,
      severity: "error",
      ...extra,
    });
    const score = scorePlan(labels, {
      verdict: "fail",
      findings: [
        finding("no-placeholder", 4),
        finding("no-placeholder", 9),
        finding("principle-coverage", 1, { principle: "II. Test-First Development" }),
        finding("gate-justification", 30),
      ],
    });
    expect(score.categories.placeholder_lines).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    // The open clarification on line 9 was reported as template text: found (RUBRIC.md).
    expect(score.categories.clarification_lines).toMatchObject({ tp: 1, fn: 0 });
    expect(score.categories.uncovered_principles).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(score.categories.unjustified_gates).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(summarize([score]).verdictAccuracy).toBe(1);
  });

  it("matches a principle the label names by its article word (`원칙 1:`) and the engine by numeral", () => {
    const labels = {
      plan: "p.md",
      constitution: null,
      placeholder_lines: [],
      clarification_lines: [],
      missing_sections: [],
      uncovered_principles: ["원칙 1: 가독성 및 명확성 우선", "Principle 2: Reuse"],
      unjustified_gates: [],
      verdict: "block",
    };
    const score = scorePlan(labels, {
      verdict: "fail",
      findings: [
        { rule: "principle-coverage", line: 1, severity: "error", principle: "1. 가독성" },
        { rule: "principle-coverage", line: 1, severity: "error", principle: "2. Reuse" },
      ],
    });
    expect(score.categories.uncovered_principles).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });

  // Floors under the figures measured when each round was scored (README.md of the corpus):
  // a change that makes the engine agree with the reviewers less often fails here.
  const FLOORS: Record<string, { verdict: number; principles: number }> = {
    round1: { verdict: 0.92, principles: 0.78 },
    round2: { verdict: 0.9, principles: 0.88 },
    round3: { verdict: 0.94, principles: 0.65 },
    round4: { verdict: 0.92, principles: 0.82 },
    round5: { verdict: 0.85, principles: 0.82 },
    // (0.62 until a root `CONSTITUTION.md` became a default location: one plan's repository
    // keeps a filled one beside an unfilled `.specify` template, and the engine now judges the
    // plan by the filled one, five principles its reviewer did not list; round 45 gained five.)
    round6: { verdict: 0.86, principles: 0.6 },
    round7: { verdict: 0.96, principles: 0.3 },
    round8: { verdict: 0.96, principles: 0.85 },
    round9: { verdict: 0.95, principles: 0.77 },
    round10: { verdict: 0.93, principles: 0.55 },
    round11: { verdict: 0.96, principles: 0.9 },
    round12: { verdict: 0.96, principles: 0.9 },
    round13: { verdict: 0.93, principles: 0.78 },
    round14: { verdict: 0.96, principles: 0.8 },
    round15: { verdict: 0.96, principles: 0.68 },
    round16: { verdict: 0.92, principles: 0.45 },
    round17: { verdict: 0.96, principles: 0.9 },
    round18: { verdict: 0.93, principles: 0.9 },
    round19: { verdict: 0.93, principles: 0.85 },
    round20: { verdict: 0.93, principles: 0.9 },
    round21: { verdict: 0.93, principles: 0.75 },
    round22: { verdict: 0.93, principles: 0.9 },
    round23: { verdict: 0.93, principles: 0.65 },
    round24: { verdict: 0.93, principles: 0.8 },
    round25: { verdict: 0.93, principles: 0.82 },
    round26: { verdict: 0.93, principles: 0.9 },
    round27: { verdict: 0.93, principles: 0.95 },
    round28: { verdict: 0.93, principles: 0.85 },
    round29: { verdict: 0.93, principles: 0.9 },
    round30: { verdict: 0.93, principles: 0.85 },
    round31: { verdict: 0.93, principles: 0.6 },
    round32: { verdict: 0.9, principles: 0.55 },
    round33: { verdict: 0.93, principles: 0.9 },
    round34: { verdict: 0.93, principles: 0.9 },
    round35: { verdict: 0.93, principles: 0.22 },
    round36: { verdict: 0.87, principles: 0.9 },
    round37: { verdict: 0.93, principles: 0.75 },
    round38: { verdict: 0.93, principles: 0.55 },
    round39: { verdict: 0.93, principles: 0.35 },
    round40: { verdict: 0.93, principles: 0.8 },
    round41: { verdict: 0.96, principles: 0.8 },
    round42: { verdict: 0.93, principles: 0.85 },
    round43: { verdict: 0.93, principles: 0.95 },
    round44: { verdict: 0.93, principles: 0.85 },
    round45: { verdict: 0.96, principles: 0.9 },
    round46: { verdict: 0.96, principles: 0.95 },
    round47: { verdict: 0.96, principles: 0.9 },
    round48: { verdict: 0.96, principles: 0.8 },
    round49: { verdict: 0.93, principles: 0.7 },
    round50: { verdict: 0.93, principles: 0.9 },
    round51: { verdict: 0.93, principles: 0.85 },
    round52: { verdict: 0.93, principles: 0.75 },
    round53: { verdict: 0.93, principles: 0.9 },
    round54: { verdict: 0.93, principles: 0.75 },
    round55: { verdict: 0.93, principles: 0.95 },
    round56: { verdict: 0.93, principles: 0.7 },
    round57: { verdict: 0.85, principles: 0.55 },
    round58: { verdict: 0.93, principles: 0.9 },
    round59: { verdict: 0.93, principles: 0.85 },
    round60: { verdict: 0.9, principles: 0.85 },
    round61: { verdict: 0.93, principles: 0.8 },
    round62: { verdict: 0.85, principles: 0.8 },
    round63: { verdict: 1, principles: 1 },
    round64: { verdict: 0.93, principles: 0.85 },
    round65: { verdict: 0.8, principles: 0.5 },
    round66: { verdict: 0.8, principles: 1 },
    round67: { verdict: 0.8, principles: 0.65 },
    round68: { verdict: 0.93, principles: 0.75 },
    round69: { verdict: 1, principles: 1 },
    round70: { verdict: 1, principles: 1 },
    round71: { verdict: 1, principles: 1 },
    round72: { verdict: 0.93, principles: 1 },
    round73: { verdict: 1, principles: 1 },
    round74: { verdict: 0.75, principles: 0.8 },
    round75: { verdict: 0.7, principles: 0.9 },
    round76: { verdict: 0.83, principles: 0.3 },
    round77: { verdict: 1, principles: 0.95 },
    round78: { verdict: 0.85, principles: 1 },
    round79: { verdict: 1, principles: 0.7 },
    // (0.93 at its first run, on an engine with a change since reverted, 06473b40: it blocked one
    // bad plan for two principles its reviewer took as covered, right for the wrong reason.)
    round80: { verdict: 0.86, principles: 0.5 },
    round81: { verdict: 0.83, principles: 1 },
    round82: { verdict: 0.9, principles: 0.6 },
    round83: { verdict: 1, principles: 0.75 },
    round84: { verdict: 0.9, principles: 0.55 },
    round85: { verdict: 1, principles: 0.8 },
    round86: { verdict: 0.94, principles: 0.6 },
    round87: { verdict: 0.78, principles: 0.6 },
    // (1.00 at its first run: it blocked one bad plan only through a false failing gate,
    // `### Violations: НЕТ`, since read as the answer no; its reviewer blocks it for principles
    // named in the constitution's Sync Impact Report, a borderline call.)
    round88: { verdict: 0.95, principles: 0.8 },
    round89: { verdict: 0.95, principles: 0.75 },
    round90: { verdict: 0.82, principles: 0.8 },
    round91: { verdict: 0.9, principles: 0.9 },
    round92: { verdict: 0.75, principles: 0.44 },
    round93: { verdict: 0.9, principles: 0.8 },
    round94: { verdict: 1, principles: 0.2 },
    round95: { verdict: 1, principles: 1 },
    round96: { verdict: 0.8, principles: 0 },
    round97: { verdict: 0.75, principles: 0.58 },
    round98: { verdict: 1, principles: 1 },
    round99: { verdict: 1, principles: 0.97 },
    round100: { verdict: 1, principles: 0.66 },
    round101: { verdict: 1, principles: 0.64 },
    round102: { verdict: 1, principles: 0 },
    round103: { verdict: 0.66, principles: 0 },
    round104: { verdict: 0.9, principles: 1 },
    round105: { verdict: 0.8, principles: 1 },
    round106: { verdict: 1, principles: 1 },
    round107: { verdict: 0.88, principles: 0.5 },
    round108: { verdict: 0.5, principles: 1 },
    round109: { verdict: 0.75, principles: 0.9 },
    round110: { verdict: 0.83, principles: 0.28 },
    round111: { verdict: 1, principles: 1 },
    round112: { verdict: 1, principles: 0.96 },
    round113: { verdict: 1, principles: 1 },
    round114: { verdict: 1, principles: 1 },
    round115: { verdict: 1, principles: 0.95 },
    round116: { verdict: 0.66, principles: 0.66 },
    round117: { verdict: 0.87, principles: 0 },
    round118: { verdict: 0.85, principles: 1 },
    round119: { verdict: 1, principles: 1 },
    round120: { verdict: 0.83, principles: 0.93 },
    round121: { verdict: 1, principles: 0.5 },
    round122: { verdict: 1, principles: 0.75 },
    round123: { verdict: 1, principles: 1 },
    round124: { verdict: 1, principles: 1 },
    round125: { verdict: 0.62, principles: 0.28 },
    round126: { verdict: 1, principles: 0.85 },
    round127: { verdict: 1, principles: 1 },
    round128: { verdict: 0.71, principles: 0.52 },
    round129: { verdict: 0.8, principles: 0.33 },
    round130: { verdict: 1, principles: 1 },
    round131: { verdict: 0.85, principles: 0.3 },
    round132: { verdict: 1, principles: 1 },
    round133: { verdict: 1, principles: 0.87 },
    round134: { verdict: 0.87, principles: 0.74 },
    round135: { verdict: 1, principles: 0.9 },
    round136: { verdict: 1, principles: 1 },
    round137: { verdict: 1, principles: 1 },
    round138: { verdict: 1, principles: 0.92 },
    round139: { verdict: 0.33, principles: 1 },
    round140: { verdict: 1, principles: 1 },
    round141: { verdict: 0.85, principles: 0.71 },
    round142: { verdict: 0.75, principles: 0 },
    round143: { verdict: 0.88, principles: 0.92 },
    round144: { verdict: 0.83, principles: 1 },
    round145: { verdict: 1, principles: 1 },
    round146: { verdict: 1, principles: 1 },
    round147: { verdict: 1, principles: 1 },
    round148: { verdict: 1, principles: 0.28 },
    round149: { verdict: 1, principles: 0.96 },
    round150: { verdict: 1, principles: 1 },
    round151: { verdict: 0.9, principles: 0.83 },
    round152: { verdict: 1, principles: 1 },
    round153: { verdict: 0.88, principles: 1 },
    round154: { verdict: 1, principles: 0.8 },
    round155: { verdict: 1, principles: 0.94 },
    round156: { verdict: 1, principles: 0 },
    round157: { verdict: 0.83, principles: 0.41 },
    round158: { verdict: 1, principles: 1 },
    round159: { verdict: 1, principles: 0.8 },
    round160: { verdict: 1, principles: 0 },
    round161: { verdict: 1, principles: 0 },
    round162: { verdict: 0.75, principles: 0.75 },
    round163: { verdict: 1, principles: 0.96 },
    round164: { verdict: 0.75, principles: 0 },
    round165: { verdict: 0.88, principles: 0.34 },
    round166: { verdict: 1, principles: 1 },
    round167: { verdict: 0.83, principles: 1 },
    round168: { verdict: 0.8, principles: 0.85 },
    round169: { verdict: 1, principles: 0.66 },
    round170: { verdict: 0.85, principles: 1 },
    round171: { verdict: 1, principles: 0.72 },
    round172: { verdict: 1, principles: 0.75 },
    round173: { verdict: 0.9, principles: 0.84 },
    round174: { verdict: 0.83, principles: 0 },
    round175: { verdict: 1, principles: 1 },
    round176: { verdict: 0.91, principles: 0.85 },
    round177: { verdict: 1, principles: 0.93 },
    round178: { verdict: 1, principles: 1 },
    round179: { verdict: 0.8, principles: 0 },
    round180: { verdict: 0.7, principles: 0.9 },
    round181: { verdict: 0.91, principles: 0.87 },
    round182: { verdict: 0.92, principles: 0.8 },
    round183: { verdict: 1, principles: 0.94 },
    round184: { verdict: 0.8, principles: 0.86 },
    round185: { verdict: 0.9, principles: 0.88 },
    round186: { verdict: 1, principles: 0.8 },
    round187: { verdict: 0.71, principles: 0.8 },
    round188: { verdict: 0.66, principles: 1 },
    round189: { verdict: 1, principles: 0.6 },
    round190: { verdict: 1, principles: 0.4 },
    round191: { verdict: 0.83, principles: 0.58 },
    round192: { verdict: 0.75, principles: 1 },
    round193: { verdict: 0.9, principles: 0.94 },
    round194: { verdict: 1, principles: 0.8 },
    round195: { verdict: 0.77, principles: 0.8 },
    round196: { verdict: 0.7, principles: 0.61 },
    round197: { verdict: 1, principles: 0.53 },
    round198: { verdict: 1, principles: 0.8 },
    round199: { verdict: 0.9, principles: 0.36 },
    round200: { verdict: 0.88, principles: 1 },
    round201: { verdict: 1, principles: 0.81 },
    round202: { verdict: 1, principles: 1 },
    round203: { verdict: 1, principles: 0.92 },
    round204: { verdict: 1, principles: 0.9 },
    round205: { verdict: 0.9, principles: 0.76 },
    round206: { verdict: 0.9, principles: 0.4 },
    round207: { verdict: 0.9, principles: 0 },
    round208: { verdict: 0.72, principles: 0 },
    round209: { verdict: 0.71, principles: 1 },
    round210: { verdict: 1, principles: 1 },
    round211: { verdict: 0.75, principles: 0.93 },
    round212: { verdict: 1, principles: 0.83 },
    round213: { verdict: 0.7, principles: 0.85 },
    round214: { verdict: 0.9, principles: 0 },
    round215: { verdict: 1, principles: 1 },
    round216: { verdict: 1, principles: 1 },
    round217: { verdict: 1, principles: 1 },
    round218: { verdict: 0.87, principles: 0.89 },
    round219: { verdict: 1, principles: 0.8 },
    round220: { verdict: 1, principles: 1 },
    round221: { verdict: 0.9, principles: 0.93 },
    round222: { verdict: 1, principles: 0.94 },
    round223: { verdict: 0.8, principles: 0.7 },
    round224: { verdict: 1, principles: 0.83 },
    round225: { verdict: 0.9, principles: 0.79 },
    round226: { verdict: 0.87, principles: 1 },
    round227: { verdict: 0.88, principles: 0.8 },
    round228: { verdict: 1, principles: 1 },
    round229: { verdict: 1, principles: 1 },
    round230: { verdict: 1, principles: 1 },
    round231: { verdict: 1, principles: 1 },
    round235: { verdict: 1, principles: 0.7 },
    round236: { verdict: 0.75, principles: 1 },
    round232: { verdict: 0.87, principles: 0 },
    round234: { verdict: 0.87, principles: 0 },
    round237: { verdict: 0.9, principles: 0.93 },
    round233: { verdict: 1, principles: 1 },
    round238: { verdict: 0.62, principles: 0.25 },
    round241: { verdict: 1, principles: 0.5 },
    round240: { verdict: 1, principles: 1 },
    round239: { verdict: 1, principles: 0.93 },
    round242: { verdict: 1, principles: 1 },
    round244: { verdict: 0.87, principles: 0.57 },
    round245: { verdict: 0.92, principles: 0.85 },
    round246: { verdict: 0.9, principles: 0.57 },
    round247: { verdict: 0.8, principles: 1 },
    round248: { verdict: 0.87, principles: 0.75 },
    round249: { verdict: 1, principles: 0.55 },
    round250: { verdict: 1, principles: 1 },
    round251: { verdict: 0.95, principles: 0.88 },
    round252: { verdict: 1, principles: 0.66 },
    round253: { verdict: 1, principles: 0.8 },
    round254: { verdict: 1, principles: 1 },
    round255: { verdict: 1, principles: 0.82 },
    round256: { verdict: 1, principles: 1 },
    round257: { verdict: 0.9, principles: 0.98 },
    round258: { verdict: 1, principles: 0.78 },
    round259: { verdict: 0.9, principles: 1 },
    round260: { verdict: 1, principles: 1 },
    round261: { verdict: 1, principles: 1 },
    round262: { verdict: 0.62, principles: 0.66 },
    round263: { verdict: 0.6, principles: 1 },
    round264: { verdict: 0.91, principles: 0.94 },
    round265: { verdict: 0.72, principles: 0.48 },
    round266: { verdict: 0.75, principles: 1 },
    round267: { verdict: 0.88, principles: 0.66 },
    round268: { verdict: 0.83, principles: 1 },
    round269: { verdict: 1, principles: 0.44 },
    round270: { verdict: 1, principles: 1 },
    round271: { verdict: 0.91, principles: 0.0 },
    round272: { verdict: 0.75, principles: 0.6 },
    round273: { verdict: 0.92, principles: 1 },
    round274: { verdict: 0.87, principles: 0.53 },
    round275: { verdict: 1, principles: 0.9 },
    round276: { verdict: 1, principles: 1 },
    round277: { verdict: 0.83, principles: 1 },
    round278: { verdict: 1, principles: 1 },
    round280: { verdict: 0.5, principles: 0.0 },
    round281: { verdict: 1, principles: 1 },
    round282: { verdict: 1, principles: 0.81 },
    round283: { verdict: 0.87, principles: 1 },
    round284: { verdict: 1, principles: 0.25 },
    round285: { verdict: 0.81, principles: 0.5 },
    round286: { verdict: 1, principles: 1 },
    round287: { verdict: 1, principles: 0.44 },
    round288: { verdict: 0.75, principles: 0.7 },
    round289: { verdict: 1, principles: 0.5 },
    round290: { verdict: 0.87, principles: 0.85 },
    round291: { verdict: 1, principles: 0.57 },
    round292: { verdict: 0.88, principles: 0.5 },
    round293: { verdict: 1, principles: 1 },
    round294: { verdict: 0.9, principles: 0.71 },
    round295: { verdict: 1, principles: 1 },
    round296: { verdict: 0.0, principles: 1 },
    round297: { verdict: 1, principles: 1 },
    round298: { verdict: 1, principles: 1 },
    round299: { verdict: 1, principles: 1 },
    round300: { verdict: 1, principles: 0.82 },
    round301: { verdict: 0.9, principles: 0.73 },
    round302: { verdict: 1, principles: 1 },
    round303: { verdict: 1, principles: 1 },
    round304: { verdict: 1, principles: 1 },
    round305: { verdict: 1, principles: 0.93 },
    round306: { verdict: 0.75, principles: 1 },
    round307: { verdict: 1, principles: 1 },
    round308: { verdict: 1, principles: 1 },
    round309: { verdict: 1, principles: 0.0 },
    round310: { verdict: 0.8, principles: 0.0 },
    round311: { verdict: 1, principles: 0.95 },
    round312: { verdict: 0.9, principles: 0.94 },
    round313: { verdict: 1, principles: 0.73 },
    round314: { verdict: 0.71, principles: 0.9 },
    round315: { verdict: 1, principles: 1 },
    round316: { verdict: 1, principles: 0.62 },
    round317: { verdict: 1, principles: 0.83 },
    round318: { verdict: 0.88, principles: 0.0 },
    round319: { verdict: 1, principles: 1 },
    round320: { verdict: 1, principles: 0.66 },
    round322: { verdict: 1, principles: 0.0 },
    round323: { verdict: 1, principles: 0.84 },
    round324: { verdict: 1, principles: 1 },
    round321: { verdict: 1, principles: 1 },
    round325: { verdict: 0.66, principles: 0.66 },
    round326: { verdict: 1, principles: 0.68 },
    round327: { verdict: 1, principles: 0.0 },
    round331: { verdict: 1, principles: 1 },
    round334: { verdict: 0.91, principles: 0.86 },
    round328: { verdict: 1, principles: 1 },
    round329: { verdict: 0.7, principles: 0.0 },
    round330: { verdict: 1, principles: 0.85 },
    round332: { verdict: 0.91, principles: 0.5 },
    round333: { verdict: 0.8, principles: 0.9 },
    round335: { verdict: 0.83, principles: 0.9 },
    round336: { verdict: 0.8, principles: 0.0 },
    round337: { verdict: 0.85, principles: 1 },
    round338: { verdict: 1, principles: 1 },
    round339: { verdict: 0.83, principles: 0.72 },
    round340: { verdict: 1, principles: 0.88 },
    round341: { verdict: 0.9, principles: 1 },
    round342: { verdict: 1, principles: 1 },
    round343: { verdict: 1, principles: 1 },
    round344: { verdict: 1, principles: 0.83 },
    round345: { verdict: 1, principles: 1 },
    round346: { verdict: 0.83, principles: 0.71 },
    round347: { verdict: 0.9, principles: 0.5 },
    round348: { verdict: 1, principles: 1 },
    round349: { verdict: 1, principles: 1 },
    round350: { verdict: 1, principles: 0.8 },
    round351: { verdict: 1, principles: 1 },
    round352: { verdict: 1, principles: 0.33 },
    round354: { verdict: 1, principles: 0.5 },
    round355: { verdict: 0.9, principles: 0.0 },
    round357: { verdict: 1, principles: 1 },
    round358: { verdict: 1, principles: 0.0 },
    round353: { verdict: 0.77, principles: 0.85 },
    round356: { verdict: 0.88, principles: 0.38 },
    round359: { verdict: 0.88, principles: 0.66 },
    round360: { verdict: 0.75, principles: 0.78 },
    round361: { verdict: 1, principles: 1 },
    round362: { verdict: 0.57, principles: 0.22 },
    round363: { verdict: 0.8, principles: 0.66 },
    round364: { verdict: 0.9, principles: 0.97 },
    round365: { verdict: 1, principles: 0.96 },
    round366: { verdict: 0.71, principles: 0.0 },
    round367: { verdict: 1, principles: 0.5 },
    round368: { verdict: 0.62, principles: 0.75 },
    round369: { verdict: 1, principles: 0.76 },
    round370: { verdict: 1, principles: 1 },
    round371: { verdict: 1, principles: 0.89 },
    round372: { verdict: 0.87, principles: 0.5 },
    round373: { verdict: 1, principles: 1 },
    round374: { verdict: 0.88, principles: 0.85 },
    round375: { verdict: 1, principles: 0.52 },
    round376: { verdict: 0.87, principles: 0.0 },
    round377: { verdict: 1, principles: 1 },
    round379: { verdict: 0.8, principles: 0.0 },
    round381: { verdict: 1, principles: 1 },
    round383: { verdict: 1, principles: 0.66 },
    round384: { verdict: 1, principles: 0.87 },
    round378: { verdict: 0.88, principles: 0.0 },
    round382: { verdict: 0.87, principles: 0 },
    round380: { verdict: 1, principles: 0 },
    round385: { verdict: 0.87, principles: 1 },
    round386: { verdict: 1, principles: 0.66 },
    round387: { verdict: 1, principles: 0.33 },
    round388: { verdict: 1, principles: 1 },
    round389: { verdict: 0.5, principles: 0.0 },
    round390: { verdict: 0.87, principles: 1 },
    round391: { verdict: 1, principles: 1 },
    round392: { verdict: 1, principles: 1 },
    round393: { verdict: 0.87, principles: 0.31 },
    round394: { verdict: 0.66, principles: 1 },
    round395: { verdict: 0.8, principles: 1 },
    round396: { verdict: 1, principles: 0.93 },
    round397: { verdict: 1, principles: 1 },
    round398: { verdict: 0.83, principles: 0.0 },
    round399: { verdict: 1, principles: 1 },
    round402: { verdict: 1, principles: 1 },
    round403: { verdict: 0.0, principles: 0.0 },
    round404: { verdict: 0.88, principles: 0.85 },
    round405: { verdict: 1, principles: 0.57 },
    round406: { verdict: 1, principles: 1 },
    round407: { verdict: 0.8, principles: 0.87 },
    round408: { verdict: 1, principles: 0.6 },
    round409: { verdict: 1, principles: 1 },
    round410: { verdict: 1, principles: 0.94 },
    round411: { verdict: 0.5, principles: 1 },
    round412: { verdict: 1, principles: 1 },
    round413: { verdict: 0.66, principles: 1 },
    round414: { verdict: 1, principles: 1 },
    round415: { verdict: 1, principles: 1 },
    round416: { verdict: 1, principles: 1 },
    round417: { verdict: 1, principles: 1 },
    round418: { verdict: 1, principles: 0.8 },
    round419: { verdict: 0.66, principles: 0 },
    round420: { verdict: 0.66, principles: 0.61 },
    round421: { verdict: 1, principles: 0 },
    round422: { verdict: 1, principles: 1 },
    round423: { verdict: 0.25, principles: 0 },
    round424: { verdict: 0.87, principles: 1 },
    round425: { verdict: 0.88, principles: 0.77 },
    round426: { verdict: 0.6, principles: 0.6 },
    round427: { verdict: 0.8, principles: 1 },
    round428: { verdict: 1, principles: 1 },
    round429: { verdict: 1, principles: 0.91 },
    // (1.00 at its first run: it blocked one bad plan only through two false placeholders, a
    // password redacted as `"[SECURE - DO NOT COMMIT]"` in a Kotlin sample; its reviewer blocks
    // it for a `⚠️ … (Needs Validation)` gate whose note puts the check off to research, which
    // the engine reads as an explanation, a borderline call the reviewer named.)
    round430: { verdict: 0.8, principles: 1 },
    round431: { verdict: 1, principles: 0.66 },
    round432: { verdict: 1, principles: 0.91 },
    round433: { verdict: 0.8, principles: 0.4 },
    round434: { verdict: 1, principles: 1 },
    round435: { verdict: 0.83, principles: 0.94 },
    round436: { verdict: 0.57, principles: 1 },
    round437: { verdict: 0.77, principles: 0.9 },
    round438: { verdict: 1, principles: 1 },
    round439: { verdict: 0.83, principles: 1 },
    round440: { verdict: 1, principles: 0.54 },
    round441: { verdict: 0.9, principles: 0.66 },
    round442: { verdict: 1, principles: 0 },
    round443: { verdict: 1, principles: 1 },
    round444: { verdict: 0.87, principles: 1 },
    round445: { verdict: 0.87, principles: 1 },
    round446: { verdict: 1, principles: 1 },
    round447: { verdict: 1, principles: 1 },
    round448: { verdict: 1, principles: 1 },
    round449: { verdict: 0.83, principles: 0.61 },
    round450: { verdict: 1, principles: 1 },
    round451: { verdict: 1, principles: 1 },
    round452: { verdict: 1, principles: 0.94 },
    round453: { verdict: 0.9, principles: 0.87 },
    round454: { verdict: 0.6, principles: 1 },
    round455: { verdict: 0.91, principles: 0.62 },
    round456: { verdict: 1, principles: 1 },
    round457: { verdict: 0.91, principles: 0.95 },
    round458: { verdict: 1, principles: 1 },
    round459: { verdict: 1, principles: 1 },
    round460: { verdict: 1, principles: 1 },
    round461: { verdict: 0.84, principles: 0.92 },
    round462: { verdict: 1, principles: 1 },
    round463: { verdict: 1, principles: 1 },
    round464: { verdict: 1, principles: 0.92 },
    round465: { verdict: 1, principles: 1 },
    round466: { verdict: 1, principles: 0.87 },
    round467: { verdict: 1, principles: 1 },
    round468: { verdict: 1, principles: 1 },
    round469: { verdict: 1, principles: 0.68 },
    round470: { verdict: 0.8, principles: 0.96 },
    round471: { verdict: 1, principles: 0.68 },
    round472: { verdict: 0.71, principles: 0.7 },
    round473: { verdict: 0.75, principles: 0.61 },
    round474: { verdict: 0.8, principles: 0.96 },
    round475: { verdict: 1, principles: 0.91 },
    round476: { verdict: 1, principles: 0.88 },
    round477: { verdict: 0.83, principles: 0.66 },
    round478: { verdict: 1, principles: 0.91 },
    round479: { verdict: 0.93, principles: 0.66 },
    round480: { verdict: 0.75, principles: 0 },
    round481: { verdict: 1, principles: 1 },
    round482: { verdict: 0.9, principles: 0.9 },
    round483: { verdict: 0.9, principles: 0.78 },
    round484: { verdict: 1, principles: 0.75 },
    round485: { verdict: 1, principles: 0.9 },
    round486: { verdict: 1, principles: 1 },
    round487: { verdict: 0.66, principles: 0.92 },
    round488: { verdict: 0.92, principles: 0.8 },
    round489: { verdict: 0.8, principles: 0.76 },
    round490: { verdict: 1, principles: 0.94 },
    round491: { verdict: 1, principles: 0 },
    round492: { verdict: 1, principles: 1 },
    round493: { verdict: 1, principles: 1 },
    round494: { verdict: 1, principles: 1 },
    round495: { verdict: 0.9, principles: 0.78 },
    round496: { verdict: 0.8, principles: 0.68 },
    round497: { verdict: 1, principles: 0.81 },
    round498: { verdict: 1, principles: 0.4 },
    round499: { verdict: 1, principles: 0.82 },
    round500: { verdict: 0.95, principles: 0.78 },
    round501: { verdict: 1, principles: 0.3 },
    round502: { verdict: 1, principles: 0.6 },
    round503: { verdict: 0.77, principles: 0.54 },
    round504: { verdict: 1, principles: 0 },
    round505: { verdict: 0.87, principles: 0.66 },
    round506: { verdict: 1, principles: 0 },
    round507: { verdict: 1, principles: 0.96 },
    round508: { verdict: 1, principles: 0.85 },
    round509: { verdict: 1, principles: 0.47 },
    round510: { verdict: 0.91, principles: 0.72 },
    round511: { verdict: 1, principles: 1 },
    round512: { verdict: 0.92, principles: 0.64 },
    round513: { verdict: 0.92, principles: 0.7 },
    round514: { verdict: 1, principles: 1 },
    round515: { verdict: 1, principles: 0.3 },
    round516: { verdict: 1, principles: 0.76 },
    round517: { verdict: 0.71, principles: 1 },
    round518: { verdict: 1, principles: 1 },
    round519: { verdict: 0.91, principles: 0.66 },
    round520: { verdict: 1, principles: 0.68 },
    round521: { verdict: 1, principles: 1 },
    round522: { verdict: 1, principles: 0.66 },
    round523: { verdict: 1, principles: 0.66 },
    round524: { verdict: 0.91, principles: 0.94 },
    round525: { verdict: 1, principles: 1 },
    round526: { verdict: 1, principles: 1 },
    round527: { verdict: 1, principles: 0.82 },
    round528: { verdict: 0.9, principles: 0.6 },
    round529: { verdict: 0.91, principles: 0.79 },
    round530: { verdict: 1, principles: 0.44 },
    round531: { verdict: 1, principles: 0.5 },
    round532: { verdict: 0.9, principles: 0.71 },
    round533: { verdict: 1, principles: 0.94 },
    round534: { verdict: 1, principles: 0.93 },
    round535: { verdict: 0.72, principles: 0.89 },
    round536: { verdict: 0.91, principles: 0.53 },
    round537: { verdict: 0.91, principles: 0.3 },
    round538: { verdict: 1, principles: 1 },
    round539: { verdict: 1, principles: 0 },
    round540: { verdict: 1, principles: 0.75 },
    round541: { verdict: 0.91, principles: 1 },
    round542: { verdict: 0.8, principles: 0.5 },
    round543: { verdict: 1, principles: 1 },
    round544: { verdict: 1, principles: 0.94 },
    round545: { verdict: 1, principles: 0.66 },
    round546: { verdict: 0.58, principles: 0.7 },
    round547: { verdict: 0.91, principles: 0.67 },
    round548: { verdict: 0.92, principles: 0.77 },
    round549: { verdict: 0.91, principles: 1 },
    round550: { verdict: 0.88, principles: 0.94 },
    round551: { verdict: 0.91, principles: 0.9 },
    round552: { verdict: 1, principles: 0.93 },
    round553: { verdict: 0.91, principles: 0.93 },
    round554: { verdict: 0.9, principles: 0.8 },
    round555: { verdict: 1, principles: 0.7 },
    round556: { verdict: 1, principles: 0.9 },
    round557: { verdict: 0.83, principles: 0.92 },
    round558: { verdict: 0.92, principles: 0.92 },
    round559: { verdict: 1, principles: 0.95 },
    round560: { verdict: 0.75, principles: 0.31 },
    round561: { verdict: 0.86, principles: 0.87 },
    round562: { verdict: 1, principles: 0.87 },
    round563: { verdict: 0.75, principles: 0.5 },
    round564: { verdict: 0.94, principles: 0.8 },
    round565: { verdict: 1, principles: 0.83 },
    round566: { verdict: 1, principles: 0.65 },
    round567: { verdict: 1, principles: 0.4 },
    round568: { verdict: 1, principles: 0.5 },
    round569: { verdict: 1, principles: 1 },
    round570: { verdict: 0.91, principles: 0.89 },
    round571: { verdict: 0.83, principles: 0.66 },
    round572: { verdict: 0.75, principles: 0.81 },
    round573: { verdict: 1, principles: 0.81 },
    round574: { verdict: 0.91, principles: 0.88 },
    round575: { verdict: 1, principles: 1 },
    round576: { verdict: 1, principles: 0.4 },
    round577: { verdict: 1, principles: 0.78 },
    round578: { verdict: 0.92, principles: 0.76 },
    round579: { verdict: 0.9, principles: 1 },
    round580: { verdict: 0.85, principles: 0.44 },
    round581: { verdict: 1, principles: 0.96 },
    round582: { verdict: 1, principles: 0.57 },
    round583: { verdict: 0.92, principles: 0.8 },
    round584: { verdict: 0.91, principles: 0.75 },
    round585: { verdict: 0.85, principles: 0.86 },
    round586: { verdict: 0.91, principles: 0.82 },
    round587: { verdict: 1, principles: 1 },
    round588: { verdict: 0.91, principles: 1 },
    round589: { verdict: 0.9, principles: 0.6 },
    round590: { verdict: 0.91, principles: 0.85 },
    round591: { verdict: 0.9, principles: 0.84 },
    round592: { verdict: 0.88, principles: 0.95 },
    round593: { verdict: 0.91, principles: 0.76 },
    round594: { verdict: 1, principles: 0.81 },
    round595: { verdict: 1, principles: 0 },
    round596: { verdict: 1, principles: 0.92 },
    round597: { verdict: 1, principles: 0.92 },
    round598: { verdict: 0.9, principles: 0.8 },
    round599: { verdict: 1, principles: 1 },
    round600: { verdict: 1, principles: 1 },
    round601: { verdict: 1, principles: 0.8 },
    round602: { verdict: 1, principles: 1 },
    round603: { verdict: 0.9, principles: 0.84 },
    round604: { verdict: 1, principles: 0.88 },
    round605: { verdict: 1, principles: 0.9 },
    round606: { verdict: 1, principles: 0.76 },
    round607: { verdict: 1, principles: 1 },
    round608: { verdict: 0.91, principles: 0.86 },
    round609: { verdict: 1, principles: 0.92 },
    round610: { verdict: 0.91, principles: 0.54 },
    round612: { verdict: 0.92, principles: 0.95 },
    round613: { verdict: 0.83, principles: 0.53 },
    round614: { verdict: 1, principles: 0.71 },
    round615: { verdict: 0.83, principles: 0.96 },
    round616: { verdict: 0.9, principles: 0.66 },
    round617: { verdict: 1, principles: 0.39 },
    round618: { verdict: 1, principles: 0.96 },
    round619: { verdict: 1, principles: 0.88 },
    round620: { verdict: 1, principles: 1 },
  };
  it.each(Object.keys(FLOORS))(
    "%s: verdicts and principle coverage stay above their floors",
    (round) => {
      const scores = plans
        .filter(([r]) => r === round)
        .map(([, , dir]) => {
          const labels = labelsOf(dir);
          const read = (path: string) => {
            const full = join(dir, path);
            return existsSync(full) && statSync(full).isFile()
              ? { path, bytes: new Uint8Array(readFileSync(full)) }
              : null;
          };
          const plan = read(labels.plan);
          if (!plan) throw new Error(`${dir}: no plan`);
          const result = checkPlans([plan], read, DEFAULT_CONFIG, (p) =>
            existsSync(join(dir, p)),
          )[0];
          if (!result) throw new Error(`${dir}: no result`);
          return scorePlan(labels, result);
        });
      const s = summarize(scores);
      const floor = FLOORS[round];
      expect(scores.length).toBeGreaterThan(0);
      expect(s.verdictAccuracy).toBeGreaterThanOrEqual(floor?.verdict ?? 1);
      // F1 of the principle coverage category: precision and recall together. A round whose
      // reviewers listed no uncovered principle, and where the engine reported none, agrees
      // fully (round 33).
      // (As 2·tp / (2·tp + fp + fn): 0, not 0 / 0, when nothing labelled was found.)
      const principles = s.categories.uncovered_principles;
      const { tp = 0, fp = 0, fn = 0 } = principles ?? {};
      const f1 = tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn);
      expect(f1).toBeGreaterThanOrEqual(floor?.principles ?? 1);
    },
  );
});
