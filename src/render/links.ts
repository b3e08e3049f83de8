/** speckit-gate's home page. */
export const HOMEPAGE = "https://github.com/speckit-gate/speckit-gate";

/** Where `Finding.docs` paths are published: the rule pages of speckit-gate's own repository. */
export const DOCS_BASE_URL = `${HOMEPAGE}/blob/main/`;

/** The URL of a rule's page, from a finding's `docs` path (or a URL already). */
export function docsUrl(docs: string, base = DOCS_BASE_URL): string {
  return /^https?:\/\//.test(docs) ? docs : base + docs.replace(/^\/+/, "");
}
