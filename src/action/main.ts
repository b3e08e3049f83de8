import { checkPlans } from "../engine/batch.js";
import { runGit } from "../cli/git.js";
import { runAction } from "./run.js";

/** speckit-gate's version: `npm run bundle` (scripts/bundle-action.js) writes it in from package.json. */
declare const SPECKIT_GATE_VERSION: string;

process.exitCode = runAction(process.env, process.cwd(), {
  check: checkPlans,
  git: runGit,
  version: SPECKIT_GATE_VERSION,
  log: (text) => process.stdout.write(text),
});
