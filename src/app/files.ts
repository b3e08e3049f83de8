import type { RawFile } from "../engine/check.js";
import { errorText, type Octokit, type Repo } from "./github.js";

/**
 * Reading files at a commit: many at once with GraphQL (`object(expression:)` aliases), a
 * commit's whole listing (`git/trees`), and one file raw (`contents`, any size).
 */

/**
 * A file GraphQL could not return in full (over 512,000 bytes, or binary): its size, so that
 * the caller decides whether to read it raw (one request) or not at all.
 */
export interface LargeFile {
  readonly path: string;
  readonly large: number;
}

/** A file read at a commit; `null` when it does not exist there (or is not a file). */
export type ReadFile = RawFile | LargeFile | null;

export function isLarge(file: ReadFile | undefined): file is LargeFile {
  return typeof file === "object" && file !== null && "large" in file;
}

interface BlobNode {
  readonly __typename: string;
  readonly text?: string | null;
  readonly isBinary?: boolean;
  readonly byteSize?: number;
  readonly isTruncated?: boolean;
}

/** A file to read: `rev` is a commit SHA. */
export interface FileRequest {
  readonly rev: string;
  readonly path: string;
}

/** The key of a file request: the GraphQL expression `<sha>:<path>`. */
export const fileKey = (r: FileRequest): string => `${r.rev}:${r.path}`;

function query(kinds: readonly ("blob" | "exists")[]): string {
  const vars = kinds.map((_, i) => `$e${i}: String!`).join(", ");
  const fields = kinds
    .map((k, i) =>
      k === "blob"
        ? `f${i}: object(expression: $e${i}) { __typename ... on Blob { text isBinary byteSize isTruncated } }`
        : `f${i}: object(expression: $e${i}) { __typename }`,
    )
    .join("\n    ");
  return `query($owner: String!, $name: String!, ${vars}) {\n  repository(owner: $owner, name: $name) {\n    ${fields}\n  }\n}`;
}

/** What one query returned: file contents (null: absent) and path existence. */
export interface ReadResult {
  readonly files: Map<string, ReadFile>;
  readonly exists: Map<string, boolean>;
}

/**
 * GitHub's GraphQL API could not answer a query (an error in its answer, such as its HTTP 200
 * "Something went wrong… timeout", or an endpoint GitHub Enterprise Server lacks): why. The
 * run goes on over REST, within a fixed number of reads.
 */
export interface GraphqlUnusable {
  readonly unusable: string;
}

/**
 * Reads many files, and tells whether many paths exist, in one GraphQL query:
 * `repository.object(expression: "<sha>:<path>")` once per entry, as aliases. Blobs over
 * 512,000 bytes (truncated) and binary ones come back as `LargeFile`. When GraphQL cannot
 * answer, says why instead; other errors (outages, limits) are thrown.
 */
export async function readFiles(
  reader: Octokit,
  repo: Repo,
  blobs: readonly FileRequest[],
  probes: readonly FileRequest[],
): Promise<ReadResult | GraphqlUnusable> {
  const blobKeys = new Set(blobs.map(fileKey));
  const entries = [
    ...[...new Map(blobs.map((b) => [fileKey(b), b])).values()].map((r) => ({
      r,
      kind: "blob" as const,
    })),
    ...[
      ...new Map(
        probes.filter((p) => !blobKeys.has(fileKey(p))).map((p) => [fileKey(p), p]),
      ).values(),
    ].map((r) => ({ r, kind: "exists" as const })),
  ];
  const files = new Map<string, ReadFile>();
  const exists = new Map<string, boolean>();
  if (entries.length === 0) return { files, exists };
  const variables: Record<string, string> = { owner: repo.owner, name: repo.repo };
  entries.forEach((e, i) => (variables[`e${i}`] = fileKey(e.r)));
  let data: { repository: Record<string, BlobNode | null> | null };
  try {
    data = await reader.graphql<{ repository: Record<string, BlobNode | null> | null }>(
      query(entries.map((e) => e.kind)),
      variables,
    );
  } catch (error) {
    if (graphqlUnusable(error)) return { unusable: errorText(error) };
    throw error;
  }
  for (const [i, e] of entries.entries()) {
    const node = data.repository?.[`f${i}`] ?? null;
    exists.set(fileKey(e.r), node !== null);
    if (e.kind === "exists") continue;
    if (node === null || node.__typename !== "Blob") {
      files.set(fileKey(e.r), null);
    } else if (node.isTruncated || node.isBinary || typeof node.text !== "string") {
      files.set(fileKey(e.r), { path: e.r.path, large: node.byteSize ?? 0 });
    } else {
      files.set(fileKey(e.r), { path: e.r.path, text: node.text });
    }
  }
  return { files, exists };
}

/**
 * Whether a GraphQL failure means the endpoint cannot serve this query (an error in the query's
 * answer, a missing endpoint) rather than an outage (the retry plugin's business, and REST would
 * fail too), a limit or an authorisation problem, which REST would only make worse.
 */
function graphqlUnusable(error: unknown): boolean {
  const status = (error as { status?: unknown }).status;
  if (typeof status !== "number")
    return (error as { name?: unknown }).name === "GraphqlResponseError";
  return status === 400 || status === 404 || status === 422;
}

/** One entry of a commit's file listing. */
export interface TreeEntry {
  readonly type: "blob" | "tree" | "commit";
  readonly size: number;
}

/** Every path of a commit (`git.getTree`, recursive), and whether GitHub cut the listing short. */
export interface Tree {
  readonly entries: ReadonlyMap<string, TreeEntry>;
  readonly truncated: boolean;
}

/** The whole file listing of a commit in one request (GitHub cuts it at 100,000 entries or 7 MB). */
export async function readTree(octokit: Octokit, repo: Repo, sha: string): Promise<Tree> {
  const { data } = await octokit.rest.git.getTree({ ...repo, tree_sha: sha, recursive: "1" });
  const entries = new Map<string, TreeEntry>();
  for (const e of data.tree) {
    if (e.path === undefined) continue;
    const type = e.type === "tree" ? "tree" : e.type === "commit" ? "commit" : "blob";
    entries.set(e.path, { type, size: e.size ?? 0 });
  }
  return { entries, truncated: data.truncated };
}

/** The bytes of a file at a commit, through the contents API's raw media type (any size up to 100 MB). */
export async function readRaw(
  octokit: Octokit,
  repo: Repo,
  request: FileRequest,
): Promise<Uint8Array> {
  const response = await octokit.rest.repos.getContent({
    ...repo,
    path: request.path,
    ref: request.rev,
    mediaType: { format: "raw" },
    request: { parseSuccessResponseBody: false },
  });
  const body = response.data as unknown as ReadableStream<Uint8Array> | string | ArrayBuffer;
  if (typeof body === "string") return new TextEncoder().encode(body);
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  return new Uint8Array(await new Response(body).arrayBuffer());
}
