import type { Doc } from "./markdown.js";

/**
 * Folders under which a bracketed folder or file names a route parameter: Next.js's `app/` and
 * `pages/`, SvelteKit's and Remix's `routes/`.
 */
const ROUTE_ROOTS: ReadonlySet<string> = new Set(["app", "pages", "routes"]);

/**
 * A file only a file-system router gives meaning to: Next.js's `page.tsx`, `layout.tsx`,
 * `route.ts`, `_app.tsx`, SvelteKit's `+page.svelte`, `+server.ts`. A tree holding none (a
 * Python package's `src/app/`) draws no routes.
 */
const ROUTE_FILE =
  /(?:^|[\s/])(?:(?:page|layout|route|loading|error|template|not-found|_app|_document)\.(?:tsx|jsx|ts|js|mdx)|\+(?:page|layout|server|error)(?:\.server)?\.(?:svelte|ts|js))(?![\w.])/u;

/** What stands before an entry of a drawn tree: blanks and the tree's lines (`│   ├── `, `|-- `). */
const BRANCHES = /^(?:[\s│┃├└┣┗─━|`]|\+--|--)*/u;

/**
 * For each line (1-based, as `Doc`'s code blocks count them) of a drawn file tree in a code block
 * whose entry sits under a route folder (`app/` → `products/` → `[source]/`), where its entry
 * ends on the line: a bracket before that is a segment of the route's path, not a slot. 0
 * elsewhere. Only a tree that holds a router's file (`ROUTE_FILE`) draws routes; its depth is
 * its entries' columns, drawn or indented.
 */
export function routeTreeEntries(doc: Doc): Int32Array {
  const ends = new Int32Array(doc.lines.length + 2);
  for (const block of doc.codeBlocks) {
    const last = Math.min(block.endLine - 1, doc.lines.length);
    let routed = false;
    for (let n = block.line + 1; n <= last && !routed; n++)
      routed = ROUTE_FILE.test(doc.lines[n - 1] ?? "");
    if (!routed) continue;
    // The open folders, outermost first, each with whether it is a route folder or inside one.
    const folders: Array<{ readonly column: number; readonly route: boolean }> = [];
    for (let n = block.line + 1; n <= last; n++) {
      const line = doc.lines[n - 1] ?? "";
      const column = BRANCHES.exec(line)?.[0].length ?? 0;
      const end = line.slice(column).search(/\s/u);
      const entry = end < 0 ? line.slice(column) : line.slice(column, column + end);
      if (entry === "" || entry.startsWith("#")) continue;
      while (folders.length > 0 && (folders[folders.length - 1]?.column ?? 0) >= column)
        folders.pop();
      const inRoute = folders[folders.length - 1]?.route ?? false;
      if (inRoute) ends[n] = column + entry.length;
      if (entry.endsWith("/"))
        folders.push({
          column,
          route: inRoute || entry.split("/").some((s) => ROUTE_ROOTS.has(s)),
        });
    }
  }
  return ends;
}
