import { scan } from "../dist/engine/markdown.js";
import { buildSections, parsePlan } from "../dist/engine/plan.js";
const text = "## Constitution Check\n\n" + "### I. x ✅\n".repeat(75000);
const d = scan(text);
for (let r=0;r<5;r++){ let t=performance.now(); buildSections(d); console.log("sections", (performance.now()-t)|0); }
for (let r=0;r<3;r++){ let t=performance.now(); const p = parsePlan(text); const g = p.gates; console.log("parse+gates", (performance.now()-t)|0); }
