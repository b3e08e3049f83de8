import type { Nodes, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

/**
 * Reads rendered Markdown the way GitHub does (CommonMark + GFM, here with remark) and lists
 * everything in it that repository text could have turned into something live: raw HTML,
 * images, links, headings, mentions, issue references, and table rows whose cell count
 * differs from their header's.
 */
export interface MarkdownAudit {
  readonly html: string[];
  readonly images: string[];
  readonly links: string[];
  readonly headings: string[];
  /** `@name` (a mention, or an e-mail autolink) in text GitHub would link. */
  readonly mentions: string[];
  /** `#123` or `GH-123` in text GitHub would link. */
  readonly references: string[];
  readonly badRows: string[];
  readonly inlineCode: string[];
  /** Every text node, joined with newlines. */
  readonly text: string;
}

export function parseMarkdown(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown);
}

export function audit(markdown: string): MarkdownAudit {
  const out = {
    html: [] as string[],
    images: [] as string[],
    links: [] as string[],
    headings: [] as string[],
    mentions: [] as string[],
    references: [] as string[],
    badRows: [] as string[],
    inlineCode: [] as string[],
    texts: [] as string[],
  };
  const visit = (node: Nodes, inLink: boolean): void => {
    switch (node.type) {
      case "html":
        out.html.push(node.value);
        break;
      case "image":
      case "imageReference":
        out.images.push(toString(node));
        break;
      case "link":
        out.links.push(node.url);
        break;
      case "linkReference":
        out.links.push(`[${node.identifier}]`);
        break;
      case "heading":
        out.headings.push(toString(node));
        break;
      case "inlineCode":
        out.inlineCode.push(node.value);
        break;
      case "text":
        out.texts.push(node.value);
        if (!inLink) {
          for (const m of node.value.matchAll(/@[\p{L}\p{N}_]/gu)) out.mentions.push(m[0]);
          for (const m of node.value.matchAll(/(?:^|[^\p{L}\p{N}_&])(#\d|GH-\d)/giu))
            out.references.push(m[1]!);
        }
        break;
      case "table": {
        const width = node.children[0]?.children.length ?? 0;
        for (const row of node.children) {
          if (row.children.length !== width) out.badRows.push(toString(row));
        }
        break;
      }
      default:
        break;
    }
    if ("children" in node) {
      for (const child of node.children) visit(child as Nodes, inLink || node.type === "link");
    }
  };
  visit(parseMarkdown(markdown), false);
  return { ...out, text: out.texts.join("\n") };
}

const OWN_TAGS = new Set(["details", "summary", "b", "sub", "code"]);
const OWN_COMMENT =
  /^<!-- speckit-gate:(?:sticky head=[0-9a-f]* base=[0-9a-f]* at=[\w:.+-]*|help) -->$/;

/** The raw HTML of a document that the app did not write itself: tags beyond its own, other comments. */
export function foreignHtml(found: MarkdownAudit): string[] {
  return found.html.filter((html) => {
    if (OWN_COMMENT.test(html.trim())) return false;
    if (html.includes("<!--")) return true;
    return [...html.matchAll(/<\/?([a-z][a-z0-9-]*)/gi)].some(
      (m) => !OWN_TAGS.has(m[1]!.toLowerCase()),
    );
  });
}

/** Removes the word joiners the renderers insert to break links. */
export function withoutJoiners(text: string): string {
  return text.replaceAll("\u2060", "");
}
