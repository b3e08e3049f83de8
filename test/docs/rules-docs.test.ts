import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "@jest/globals";
import { docsPath, type Rule } from "../../src/engine/rule.js";
import { rules, ruleIds } from "../../src/engine/rules/index.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const DOCS = join(ROOT, "docs/rules");
const SOURCES = join(ROOT, "src/engine/rules");
const SECTIONS = ["What it does", "Why", "Example", "Fix", "Options"];

function read(path: string): string {
  return readFileSync(path, "utf8");
}

/** The lines of a markdown page outside fenced code blocks (examples hold headings of their own). */
function prose(text: string): string[] {
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of text.split(/\r?\n/)) {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === null && marker) fence = marker;
    else if (fence !== null && marker?.startsWith(fence) && line.trim() === marker) fence = null;
    else if (fence === null) out.push(line);
  }
  return out;
}

function page(id: string): string {
  return read(join(DOCS, `${id}.md`));
}

describe("rule registry", () => {
  it("is alphabetical by id, without duplicates", () => {
    expect([...ruleIds]).toEqual([...new Set(ruleIds)].sort());
  });

  it("has one file per rule in src/engine/rules, named after its id", async () => {
    const files = readdirSync(SOURCES)
      .filter((f) => f.endsWith(".ts") && f !== "index.ts")
      .map((f) => f.slice(0, -".ts".length))
      .sort();
    expect(files).toEqual([...ruleIds].sort());
    for (const file of files) {
      const module = (await import(`../../src/engine/rules/${file}.js`)) as Record<string, Rule>;
      const exported = Object.values(module).filter((v) => typeof v === "object" && "id" in v);
      expect(exported.map((r) => r.id)).toEqual([file]);
      expect(rules).toContain(exported[0]);
    }
  });

  it("gives every rule a docs path that exists", () => {
    for (const rule of rules) {
      expect(docsPath(rule.id)).toBe(`docs/rules/${rule.id}.md`);
      expect(existsSync(join(ROOT, docsPath(rule.id)))).toBe(true);
    }
  });
});

describe("rule pages", () => {
  it("exist only for registry ids", () => {
    const pages = readdirSync(DOCS)
      .filter((f) => f.endsWith(".md") && f !== "README.md")
      .map((f) => f.slice(0, -".md".length))
      .sort();
    expect(pages).toEqual([...ruleIds].sort());
  });

  it.each(rules.map((r) => [r.id, r] as const))(
    "%s: title, summary with default severity, the five sections in order",
    (id, rule) => {
      const lines = prose(page(id));
      expect(lines[0]).toBe(`# ${id}`);
      expect(lines.filter((l) => /^# /.test(l))).toEqual([`# ${id}`]);
      const summary = lines.slice(1, lines.findIndex((l) => l.startsWith("## "))).join(" ");
      expect(summary).toContain(`Default severity: \`${rule.defaultSeverity}\`.`);
      expect(lines.filter((l) => l.startsWith("## "))).toEqual(SECTIONS.map((s) => `## ${s}`));
    },
  );

  it.each(rules.map((r) => [r.id] as const))(
    "%s: Example shows a finding, Options shows how to set its severity",
    (id) => {
      const text = page(id);
      expect(text).toMatch(/## Example[\s\S]*```text\n[\s\S]+?\n```[\s\S]*## Fix/);
      const options = text.slice(text.indexOf("## Options"));
      expect(options).toContain("rules:");
      expect(options).toContain(`  ${id}: `);
    },
  );

  it("have relative links that resolve", () => {
    const pages = [
      ...readdirSync(DOCS).map((f) => join(DOCS, f)),
      join(ROOT, "docs/configuration.md"),
    ];
    for (const path of pages) {
      for (const line of prose(read(path))) {
        const text = line.replace(/(`+)[^`][\s\S]*?\1/g, "");
        for (const m of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
          const href = m[1] ?? "";
          if (/^[a-z]+:/i.test(href)) continue;
          expect([path, href, existsSync(join(dirname(path), href))]).toEqual([path, href, true]);
        }
      }
    }
  });
});

describe("rules index (docs/rules/README.md)", () => {
  const index = read(join(DOCS, "README.md"));
  const rows = prose(index).filter((l) => /^\| \[`[a-z-]+`\]\([a-z-]+\.md\) \|/.test(l));

  it("lists every rule once, in registry order, with its default severity and summary", () => {
    const listed = rows.map((row) => {
      const cells = row.split(" | ").map((c) => c.replace(/^\| |\s*\|$/g, "").trim());
      return { link: cells[0], severity: cells[1], summary: cells[2] };
    });
    expect(listed).toEqual(
      rules.map((r) => ({
        link: `[\`${r.id}\`](${r.id}.md)`,
        severity: r.defaultSeverity,
        summary: r.summary,
      })),
    );
  });
});
