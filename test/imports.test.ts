import { describe, expect, it } from "@jest/globals";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Imports only point down (STYLE.md): no module of src/ may reach itself again through its
 * static imports, `import type` included (a type-only cycle is still a tangle of layers).
 * A walk over the import lines, not a lint plugin: it reads ~140 files in a few milliseconds.
 */

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), "../src");

/** Relative specifiers of a module's static `import … from` / `export … from` / `import "…"`. */
function importsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(
    /^\s*(?:import|export)\b(?:[^;"']*?\bfrom)?\s*["'](\.{1,2}\/[^"']+)["']/gm,
  ))
    out.push(m[1] ?? "");
  return out;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? tsFiles(join(dir, e.name))
      : e.name.endsWith(".ts")
        ? [join(dir, e.name)]
        : [],
  );
}

/** Module -> the modules it imports, paths relative to src/. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of tsFiles(SRC)) {
    const targets = importsOf(readFileSync(file, "utf8")).map((spec) =>
      relative(SRC, resolve(dirname(file), spec.replace(/\.js$/, ".ts"))),
    );
    graph.set(relative(SRC, file), targets);
  }
  return graph;
}

/** Every cycle found by a depth-first walk, each as the path that closes it. */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const visit = (node: string): void => {
    state.set(node, "open");
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const s = state.get(next);
      if (s === "open") found.push([...path.slice(path.indexOf(next)), next]);
      else if (s === undefined && graph.has(next)) visit(next);
    }
    path.pop();
    state.set(node, "done");
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return found;
}

describe("imports", () => {
  it("reads import, export-from and type-only lines, multi-line ones too", () => {
    const text = [
      'import { a } from "./a.js";',
      'import type { B } from "../b.js";',
      "import {",
      "  c,",
      "  type D,",
      '} from "./c/index.js";',
      'export { e } from "./e.js";',
      'import "./side-effect.js";',
      'import { readFileSync } from "node:fs";',
      'const x = "./not-an-import.js";',
      'export const y = "../not-an-import.js";',
    ].join("\n");
    expect(importsOf(text)).toEqual([
      "./a.js",
      "../b.js",
      "./c/index.js",
      "./e.js",
      "./side-effect.js",
    ]);
  });

  it("finds a cycle through three modules, and none in a chain", () => {
    const cyclic = new Map([
      ["placeholders.ts", ["template.ts"]],
      ["template.ts", ["plan.ts"]],
      ["plan.ts", ["placeholders.ts", "markdown.ts"]],
      ["markdown.ts", []],
    ]);
    expect(cycles(cyclic)).toEqual([
      ["placeholders.ts", "template.ts", "plan.ts", "placeholders.ts"],
    ]);
    const chain = new Map([
      ["template.ts", ["plan.ts", "placeholders.ts"]],
      ["plan.ts", ["placeholders.ts"]],
      ["placeholders.ts", []],
    ]);
    expect(cycles(chain)).toEqual([]);
  });

  it("src/ has no import cycle", () => {
    const graph = importGraph();
    // Every relative import resolves to a module of src/: the walk sees the whole graph.
    const unresolved = [...graph].flatMap(([file, targets]) =>
      targets.filter((t) => !graph.has(t)).map((t) => `${file} -> ${t}`),
    );
    expect(unresolved).toEqual([]);
    expect(graph.size).toBeGreaterThan(100);
    expect(cycles(graph).map((c) => c.join(" -> "))).toEqual([]);
  });
});
