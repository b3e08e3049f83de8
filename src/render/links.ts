import { encodePath } from "./inert.js";

/** speckit-gate's home page. */
export const HOMEPAGE = "https://github.com/speckit-gate/speckit-gate";

/** Where `Finding.docs` paths are published: the rule pages of speckit-gate's own repository. */
export const DOCS_BASE_URL = `${HOMEPAGE}/blob/main/`;

/** The URL of a rule's page, from a finding's `docs` path (or a URL already). */
export function docsUrl(docs: string, base = DOCS_BASE_URL): string {
  return /^https?:\/\//.test(docs) ? docs : base + docs.replace(/^\/+/, "");
}

/** Links into the repository at the commit under review. */
export interface Links {
  /** `https://github.com/<owner>/<repo>` (or the GHES equivalent). */
  readonly repoUrl: string;
  readonly sha: string;
}

/** Link to a file (and optionally lines) at the commit under review. */
export function blobUrl(links: Links, path: string, line?: number, endLine?: number): string {
  const encoded = encodePath(path);
  const anchor =
    line === undefined
      ? ""
      : endLine !== undefined && endLine > line
        ? `#L${line}-L${endLine}`
        : `#L${line}`;
  return `${links.repoUrl}/blob/${links.sha}/${encoded}${anchor}`;
}
