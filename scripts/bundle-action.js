// `npm run bundle`: builds the GitHub Action into one file, dist-action/index.js, committed to
// the repository (GitHub runs it with no install). The same sources and esbuild version give
// the same bytes, so CI rebuilds it and fails when the committed file differs.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

const result = await build({
  absWorkingDir: root,
  entryPoints: ["src/action/main.ts"],
  outfile: "dist-action/index.js",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // CommonJS dependencies (ajv) call require(): give the ES module one.
  banner: {
    js: [
      "// speckit-gate GitHub Action, bundled by `npm run bundle` from src/action/main.ts. Do not edit.",
      'import { createRequire as __speckitCreateRequire } from "node:module";',
      "const require = __speckitCreateRequire(import.meta.url);",
    ].join("\n"),
  },
  define: { SPECKIT_GATE_VERSION: JSON.stringify(version) },
  legalComments: "eof",
  charset: "utf8",
  logLevel: "warning",
  metafile: true,
});

const bytes = Object.values(result.metafile.outputs)[0]?.bytes ?? 0;
console.log(`dist-action/index.js: ${(bytes / 1024).toFixed(0)} KiB`);
