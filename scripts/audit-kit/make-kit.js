// `node scripts/audit-kit/make-kit.js <round> <kit folder> [--stratified] [--claims FILE]…
// [--share-claims KIT]…`:
// writes a labelling kit for a blind audit round (LABELLER.md, claim.sh, used-repos.txt) into
// the kit folder, outside the repository. used-repos.txt lists every repository an audit round
// took a plan from (each fixture's labels.json and SOURCE.md), those of the real-world
// fixtures (test/fixtures/real*/), the reserved repositories
// (`--reserved FILE`, default ../shared/design/reserved-repos.txt) and the claims of earlier
// kits (`--claims FILE`, repeatable), so that labellers take only repositories nobody used. Kits
// labelled at the same time (a stratified and an unstratified round) name each other with
// `--share-claims KIT`: their claim.sh scripts then read each other's claims under one lock.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const root = join(here, "../../test/fixtures/audit");
const args = process.argv.slice(2);
const option = (name) =>
  args.flatMap((a, k) => (a === name && args[k + 1] !== undefined ? [args[k + 1]] : []));
const positional = args.filter(
  (a, k) =>
    !a.startsWith("--") &&
    !["--claims", "--reserved", "--share-claims"].includes(args[k - 1] ?? ""),
);
const [round, kitArg] = positional;
if (!round || !/^\d+$/.test(round) || !kitArg) {
  console.error(
    "usage: node scripts/audit-kit/make-kit.js <round> <kit folder> [--stratified] [--claims FILE]… [--share-claims KIT]… [--reserved FILE]",
  );
  process.exit(2);
}
const kit = resolve(kitArg);
const stratified = args.includes("--stratified");
const reserved = option("--reserved")[0] ?? join(here, "../../../shared/design/reserved-repos.txt");

const used = new Set();
// The SHA-1 of every plan the corpus and the real-world fixtures hold, with where it is: a plan
// another repository copied byte for byte (an owner's next repository) is one the engine has
// seen, whatever repository it comes from. `seen.sh` asks this list before a plan is labelled.
const seen = new Map();
const sha1 = (file) => createHash("sha1").update(readFileSync(file)).digest("hex");
const remember = (file, where) => {
  if (!existsSync(file) || !statSync(file).isFile()) return;
  const hash = sha1(file);
  if (!seen.has(hash)) seen.set(hash, where);
};
// Owners of reserved repositories: their other repositories are refused too (an owner's plans
// share a template and a style, so a sibling would leak the evaluation set's shape).
const reservedOwners = new Set();
const add = (repo) => {
  const r = repo
    .trim()
    .replace(/^https:\/\/github\.com\//, "")
    .toLowerCase();
  if (/^[\w.-]+\/[\w.-]+$/.test(r)) used.add(r);
};
for (const name of readdirSync(root)) {
  const dir = join(root, name);
  if (!statSync(dir).isDirectory()) continue;
  for (const plan of readdirSync(dir)) {
    const labels = join(dir, plan, "labels.json");
    if (existsSync(labels)) {
      const label = JSON.parse(readFileSync(labels, "utf8"));
      if (typeof label.source?.repo === "string") add(label.source.repo);
      if (typeof label.plan === "string") remember(join(dir, plan, label.plan), `${name}/${plan}`);
    }
    const source = join(dir, plan, "SOURCE.md");
    if (existsSync(source))
      for (const m of readFileSync(source, "utf8").matchAll(/^- repo: (\S+)/gm)) add(m[1]);
  }
}
// The real-world fixtures' repositories too (`test/fixtures/real*/<case>/SOURCE.md`): the
// engine was tested on a plan of each, so another plan of theirs is not one it never saw.
const fixtures = join(here, "../../test/fixtures");
for (const name of readdirSync(fixtures)) {
  if (!/^real\d*$/.test(name)) continue;
  for (const fixture of readdirSync(join(fixtures, name))) {
    const source = join(fixtures, name, fixture, "SOURCE.md");
    if (existsSync(source))
      for (const m of readFileSync(source, "utf8").matchAll(/^- Repository: (\S+)/gm)) add(m[1]);
    remember(join(fixtures, name, fixture, "plan.md"), `${name}/${fixture}`);
  }
}
if (existsSync(reserved)) {
  for (const line of readFileSync(reserved, "utf8").split("\n"))
    if (line.trim() && !line.startsWith("#")) {
      add(line.split(/\s/)[0]);
      reservedOwners.add(line.split(/\s/)[0].split("/")[0].toLowerCase());
    }
} else console.error(`warning: no reserved list at ${reserved}; pass --reserved FILE`);
for (const file of option("--claims"))
  for (const line of readFileSync(file, "utf8").split("\n"))
    if (line.trim()) add(line.split(" ")[0]);

const selection = stratified
  ? "This round is **gate-stratified**: take only plans whose Constitution Check has at least one gate\n" +
    "that is NOT simply passed — failing, violated, pending, partial, unchecked `- [ ]`, `⚠️`, `❌`,\n" +
    '`NEEDS REVIEW`, `N/A`, deferred, "justified", "see Complexity Tracking", etc. Take the newest\n' +
    "such plan of each repository (one plan per repository). Label every category, not only gates."
  : "Take the newest plan of each repository (one plan per repository), whatever its gates say:\n" +
    "this round measures plans as they come. Skip a plan only when it is not a spec-kit plan at all.\n" +
    "Label every category.";
// The claim lists read by this kit's claim.sh, and one lock shared by every kit that reads them
// (the first of their folders in sort order, so that each kit names the same one).
const sharing = [kit, ...option("--share-claims").map((k) => resolve(k))];
const claimLists = sharing.map((k) => JSON.stringify(join(k, "claims.txt"))).join(" ");
const lock = join([...sharing].sort()[0] ?? kit, "claims.lock");
const fill = (text) =>
  text
    .replaceAll("{{CLAIMS}}", claimLists)
    .replaceAll("{{LOCK}}", lock)
    .replaceAll("{{ROUND}}", round)
    .replaceAll("{{KIT}}", kit)
    .replaceAll("{{TITLE}}", stratified ? " (gate-stratified)" : "")
    .replaceAll("{{SELECTION}}", selection);

mkdirSync(join(kit, `round${round}`), { recursive: true });
writeFileSync(join(kit, "LABELLER.md"), fill(readFileSync(join(here, "LABELLER.md"), "utf8")));
writeFileSync(join(kit, "claim.sh"), fill(readFileSync(join(here, "claim.sh"), "utf8")), {
  mode: 0o755,
});
writeFileSync(join(kit, "used-repos.txt"), `${[...used].sort().join("\n")}\n`);
writeFileSync(
  join(kit, "seen-plans.txt"),
  `${[...seen]
    .map(([hash, where]) => `${hash} ${where}`)
    .sort()
    .join("\n")}\n`,
);
writeFileSync(join(kit, "seen.sh"), fill(readFileSync(join(here, "seen.sh"), "utf8")), {
  mode: 0o755,
});
writeFileSync(join(kit, "reserved-owners.txt"), `${[...reservedOwners].sort().join("\n")}\n`);
console.log(
  `${kit}: LABELLER.md (round ${round}${stratified ? ", gate-stratified" : ""}), claim.sh, used-repos.txt (${used.size} repositories), seen.sh (${seen.size} plans); plans go into ${join(kit, `round${round}`)}`,
);
