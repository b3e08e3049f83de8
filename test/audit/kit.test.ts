import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";

/**
 * The labelling kit (`scripts/audit-kit/make-kit.js`) as a round's labellers use it: its
 * `claim.sh` hands out only repositories no round used, and its `seen.sh` tells a plan the corpus
 * already holds byte for byte (an owner's copy in another repository) from a new one.
 */
const ROOT = new URL("../../", import.meta.url).pathname;
const CORPUS_PLAN =
  "test/fixtures/audit/round89/en-syedabdulsami1-hackathon-todo-phase-v-main/specs/main/plan.md";

let kit: string;
let made: ReturnType<typeof spawnSync>;

function run(script: string, ...args: string[]): { code: number | null; out: string } {
  const r = spawnSync("bash", [join(kit, script), ...args], { cwd: ROOT, encoding: "utf8" });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

beforeAll(() => {
  kit = mkdtempSync(join(tmpdir(), "speckit-kit-"));
  const reserved = join(kit, "reserved.txt");
  writeFileSync(reserved, "# reserved\nreserved-owner/kept-apart\n");
  made = spawnSync(
    process.execPath,
    ["scripts/audit-kit/make-kit.js", "999", join(kit, "k"), "--reserved", reserved],
    { cwd: ROOT, encoding: "utf8" },
  );
  kit = join(kit, "k");
});

afterAll(() => rmSync(join(kit, ".."), { recursive: true, force: true }));

describe("the labelling kit", () => {
  it("is written with the corpus's repositories and plans", () => {
    expect(made.status).toBe(0);
    expect(String(made.stdout)).toMatch(
      /used-repos\.txt \(\d+ repositories\), seen\.sh \(\d+ plans\)/,
    );
    expect(readFileSync(join(kit, "LABELLER.md"), "utf8")).toContain(`bash ${kit}/seen.sh`);
  });

  it("seen.sh names the corpus plan a copied plan repeats, and passes a new one", () => {
    const copy = join(kit, "copy.md");
    writeFileSync(copy, readFileSync(join(ROOT, CORPUS_PLAN)));
    const seen = run("seen.sh", copy);
    expect(seen.code).toBe(1);
    expect(seen.out).toContain("SEEN");
    expect(seen.out).toContain("round89/en-syedabdulsami1-hackathon-todo-phase-v-main");

    const fresh = join(kit, "fresh.md");
    writeFileSync(fresh, `${readFileSync(join(ROOT, CORPUS_PLAN), "utf8")}\nOne more line.\n`);
    expect(run("seen.sh", fresh)).toEqual({ code: 0, out: `NEW ${fresh}\n` });
  });

  it("claim.sh refuses used and reserved repositories and hands out each other one once", () => {
    expect(run("claim.sh", "syedabdulsami1/hackathon-todo-phase-v", "L1").out).toMatch(
      /^REFUSED .*used by an earlier round/,
    );
    expect(run("claim.sh", "Reserved-Owner/another-repo", "L1").out).toMatch(
      /^REFUSED .*owns a reserved repository/,
    );
    expect(run("claim.sh", "someone/fresh-repo", "L1").out).toBe("CLAIMED someone/fresh-repo\n");
    expect(run("claim.sh", "someone/fresh-repo", "L2").out).toMatch(
      /^REFUSED .*already claimed \(L1\)/,
    );
  });
});
