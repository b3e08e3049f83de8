import { parsePlan } from "../dist/engine/plan.js";
import { coverage } from "../dist/engine/coverage.js";
import { constitutionOf } from "../dist/engine/constitution.js";
import { scan } from "../dist/engine/markdown.js";
import { buildSections } from "../dist/engine/plan.js";
import { readFileSync } from "node:fs";
const con = constitutionOf("c.md", readFileSync("test/fixtures/engine/constitution.md","utf8"));
const text = "## Constitution Check\n\n" + "### I. x ✅\n".repeat(75000);
for (let r=0;r<2;r++){
let t=performance.now(); const d=scan(text); const t1=performance.now()-t;
t=performance.now(); buildSections(d); const t2=performance.now()-t;
t=performance.now(); const p=parsePlan(text); const g=p.gates; const t3=performance.now()-t;
t=performance.now(); coverage(p, con); const t4=performance.now()-t;
console.log({scan:t1|0, sections:t2|0, parseAndGates:t3|0, coverage:t4|0, gates:g.length});
}
