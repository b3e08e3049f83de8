import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import type { FileResult } from "../../src/engine/types.js";
import { renderCheckRun, renderConfigErrors } from "../../src/render/check-run.js";
import { renderComment } from "../../src/render/comment.js";
import {
  encodePath,
  inertBlock,
  inertCode,
  inertList,
  inertMessage,
  inertPlain,
  inertText,
  oneLine,
} from "../../src/render/inert.js";
import { audit, foreignHtml, parseMarkdown, withoutJoiners } from "../helpers/markdown.js";

const SHA = "a".repeat(40);
const REPO_URL = "https://github.com/o/r";
const links = { repoUrl: REPO_URL, sha: SHA };

/** The exact strings of issue 8, item 4. */
const ATTACKS = {
  gate: "@octocat <<x>img src=x onerror=alert(1)> <<x>h1>APPROVED",
  // What the engine's single-pass tag stripping leaves of it: it must be harmless all the same.
  gateStripped: "@octocat <img src=x onerror=alert(1)> <h1>APPROVED",
  link: "x` @octo-org/security <details><summary>All plans pass</summary>",
  folder: "specs/a`|`@octocat/plan.md",
};

/** Markdown of ours around a value, in each place repository text goes. */
function contexts(value: string): string[] {
  return [
    `| Gate | Status |\n| --- | --- |\n| ${inertText(value)} | ✅ |`,
    `| Path | Status |\n| --- | --- |\n| [${inertCode(value, { table: true })}](${REPO_URL}/blob/${SHA}/${encodePath(value)}) | ✅ |`,
    `| Finding |\n| --- |\n| ${inertMessage(`Link \`${value}\` is broken. Fix \`it\`.`, { table: true })} |`,
    `### ✅ [${inertCode(value)}](${REPO_URL}/blob/${SHA}/${encodePath(value)})`,
    `- ${inertText(value)}`,
    `> Judged against ${inertCode(value)} · ${inertMessage(`quoting \`${value}\` here`)}`,
    `<sub>Checked ${inertText(value)} against <code>x</code>.</sub>`,
    inertText(value),
  ];
}

function expectInert(markdown: string, ownLinks: number): void {
  const found = audit(markdown);
  expect({
    html: foreignHtml(found),
    images: found.images,
    mentions: found.mentions,
    references: found.references,
    badRows: found.badRows,
    headings: found.headings.length <= 1,
    links: found.links.filter((url) => !url.startsWith(`${REPO_URL}/blob/${SHA}/`)),
  }).toEqual({
    html: [],
    images: [],
    mentions: [],
    references: [],
    badRows: [],
    headings: true,
    links: [],
  });
  expect(found.links.length).toBeLessThanOrEqual(ownLinks);
}

describe("inertText", () => {
  it("renders the attack strings of issue 8 as their text, with nothing live", () => {
    for (const value of Object.values(ATTACKS)) {
      for (const md of contexts(value)) expectInert(md, 1);
    }
  });

  it("shows exactly the text it was given, on one line", () => {
    for (const value of [...Object.values(ATTACKS), "*a* _b_ [c](d) ![e](f) ~~g~~ $h$ \\i `j`"]) {
      const found = audit(inertText(value));
      expect(withoutJoiners(found.text)).toBe(value);
    }
    expect(inertText("a\n\n# b\r\n> c")).toBe("a # b &gt; c");
  });

  it("keeps a line from opening a block: headings, lists, quotes, numbered items", () => {
    for (const value of ["# h", "- item", "+ item", "1. item", "12) item", "=== ", "> q"]) {
      const tree = parseMarkdown(inertText(value));
      expect(tree.children.map((n) => n.type)).toEqual(["paragraph"]);
    }
  });

  it("breaks mentions, references, autolinks and entities", () => {
    const text = "@octocat @octo-org/team a@b.co #12 GH-7 https://e.vil www.e.vil &#64;x &commat;y";
    const found = audit(inertText(text));
    expect({ mentions: found.mentions, references: found.references, links: found.links }).toEqual({
      mentions: [],
      references: [],
      links: [],
    });
    expect(withoutJoiners(found.text)).toBe(text);
  });

  it("drops control and bidirectional override characters", () => {
    expect(inertText("a\u0000b\u202Ec\u2066d\u0007")).toBe("abcd");
    expect(oneLine("  a \t\n b  ")).toBe("a b");
  });
});

describe("inertCode", () => {
  it("fences past any backtick run, so the span cannot be closed from inside", () => {
    for (const value of ["a`b", "``x``", "`", "a ` b `` c ``` d", "`start", "end`", " "]) {
      const found = audit(`x ${inertCode(value)} y`);
      expect(found.inlineCode).toEqual([value.trim() === "" ? " " : value]);
    }
  });

  it("escapes pipes inside table cells, as GFM requires, so a cell stays one cell", () => {
    const md = `| a |\n| --- |\n| ${inertCode("x | y", { table: true })} |`;
    expect(audit(md)).toMatchObject({ badRows: [], inlineCode: ["x | y"] });
    // A backslash before a pipe: one cell still (it may show one backslash more).
    const tricky = audit(`| a |\n| --- |\n| ${inertCode("y \\| z \\\\|", { table: true })} |`);
    expect(tricky.badRows).toEqual([]);
    expect(tricky.inlineCode).toHaveLength(1);
  });
});

describe("inertMessage", () => {
  it("keeps the message's own code spans and renders everything else as text", () => {
    const md = inertMessage("Template placeholder `[FEATURE]` was never filled in. Use `@x`.");
    const found = audit(md);
    expect(found.inlineCode).toEqual(["[FEATURE]", "@x"]);
    expect(found.text).toBe("Template placeholder \n was never filled in. Use \n.");
  });

  it("stays inert whatever the quoted text does to the pairing of backticks", () => {
    // A decoded link target quoted in backticks (`spec-link`): `%60` closed the span before.
    const md = inertMessage(
      "Link `x` @octo-org/security <details><summary>All plans pass</summary>` does not exist.",
    );
    expectInert(md, 0);
    expect(md).not.toContain("<details>");
  });
});

describe("inertPlain", () => {
  it("keeps annotations plain: lines kept, controls dropped, mentions broken, length capped", () => {
    expect(inertPlain("a\r\nb\u202E @octocat")).toBe("a\nb @\u2060octocat");
    expect(inertPlain("x".repeat(5000))).toHaveLength(4000);
  });
});

describe("inertBlock, inertList, encodePath", () => {
  it("fences error text past its longest backtick run", () => {
    const md = inertBlock("boom ```` <h1>x</h1>");
    const tree = parseMarkdown(md);
    expect(tree.children.map((n) => n.type)).toEqual(["code"]);
  });

  it("lists at most ten paths, then says how many more", () => {
    const list = inertList(Array.from({ length: 2000 }, (_, i) => `p/${i}/constitution.md`));
    expect(list.endsWith("and 1,990 more")).toBe(true);
    expect(list.length).toBeLessThan(400);
  });

  it("percent-encodes every segment, parentheses included", () => {
    expect(encodePath("a b/(x)/it's*!")).toBe("a%20b/%28x%29/it%27s%2A%21");
  });
});

const dangerous = fc
  .array(
    fc.constantFrom(
      ..."`|\\*_[]()!<>&@#:/.-+=~$ \n\tahx1".split(""),
      "<img src=x>",
      "<details>",
      "@octocat",
      "#12",
      "https://",
      "www.",
      "&#64;",
      "\u202E",
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));

function resultWith(label: string, path: string, message: string): FileResult {
  return {
    path,
    constitution: `${path}.constitution.md`,
    verdict: "fail",
    findings: [
      {
        rule: "gate-justification",
        severity: "error",
        line: 3,
        endLine: 3,
        message: `Gate \`${label}\` is violated: ${message}. Add a row.`,
        principle: label,
        docs: "docs/rules/gate-justification.md",
      },
    ],
    gates: [{ label, status: "fail", line: 3, reason: message, phase: "initial" }],
    principles: [],
    constitutionSkipped: true,
  };
}

describe("renderers with hostile repository text (property)", () => {
  it("the comment and the check output stay inert and well-formed for any label, path and message", () => {
    fc.assert(
      fc.property(dangerous, dangerous, dangerous, (label, rawPath, message) => {
        const path = `specs/${rawPath.replaceAll("\n", "")}/plan.md`;
        const results = [resultWith(label, path, message), resultWith(message, `${path}2`, label)];
        const comment = renderComment(results, {
          ...links,
          state: { head: SHA, base: SHA, at: "2025-06-01T10:00:00Z" },
          checkName: label || "x",
          notes: [`Touches ${inertCode(rawPath)}.`],
        });
        const check = renderCheckRun(results, { ...links, rerun: "Re-run.", notes: [] });
        for (const md of [comment, check.summary, check.text ?? ""]) {
          const found = audit(md);
          expect({
            html: foreignHtml(found),
            images: found.images,
            mentions: found.mentions,
            references: found.references,
            badRows: found.badRows,
            links: found.links.filter(
              (url) =>
                !url.startsWith(`${REPO_URL}/blob/${SHA}/`) &&
                !url.startsWith("https://github.com/speckit-gate/speckit-gate/blob/main/docs/"),
            ),
          }).toEqual({
            html: [],
            images: [],
            mentions: [],
            references: [],
            badRows: [],
            links: [],
          });
        }
        for (const a of check.annotations) expect(a.message).not.toMatch(/\u202E/);
      }),
      { numRuns: 300, seed: 8 },
    );
  });

  it("config errors quoting a key stay inert", () => {
    const out = renderConfigErrors(
      [{ message: `Unknown setting \`${ATTACKS.link}\` at the top level.`, pointer: "", line: 2 }],
      { path: ".github/speckit.yml", source: "`.github/speckit.yml`", located: true },
    );
    expectInert(out.summary, 0);
  });
});
