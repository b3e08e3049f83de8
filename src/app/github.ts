import type { Context, ProbotOctokit } from "probot";
import type { RawFile } from "../engine/check.js";
import type { CheckAnnotation, CheckRunOutput } from "../render/check-run.js";
import { ANNOTATIONS_PER_REQUEST, batches, MAX_ANNOTATIONS } from "../render/check-run.js";

export type Octokit = ProbotOctokit;

/** Owner and name of the repository the app works on. */
export interface Repo {
  readonly owner: string;
  readonly repo: string;
}

/** A file changed by a pull request or a push. */
export interface ChangedFile {
  readonly path: string;
  readonly status:
    "added" | "modified" | "removed" | "renamed" | "copied" | "changed" | "unchanged";
}

/** `pulls.listFiles` stops at 3,000 files. */
export const PULL_FILES_CAP = 3000;

/** Every file of a pull request (all pages), and whether GitHub's 3,000-file cap was reached. */
export async function listPullFiles(
  octokit: Octokit,
  repo: Repo,
  pullNumber: number,
): Promise<{ files: ChangedFile[]; capped: boolean }> {
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
    ...repo,
    pull_number: pullNumber,
    per_page: 100,
  });
  return {
    files: files.map((f) => ({ path: f.filename, status: f.status })),
    capped: files.length >= PULL_FILES_CAP,
  };
}

/** Files changed between two commits (for pushes whose payload does not list them all). */
export async function compareFiles(
  octokit: Octokit,
  repo: Repo,
  base: string,
  head: string,
): Promise<{ files: ChangedFile[]; capped: boolean }> {
  const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
    ...repo,
    basehead: `${base}...${head}`,
    per_page: 100,
  });
  const files = data.files ?? [];
  // The compare API lists at most 300 files.
  return {
    files: files.map((f) => ({ path: f.filename, status: f.status })),
    capped: files.length >= 300,
  };
}

/** The clients a run talks to GitHub through. */
export interface Clients {
  /** REST reads and every write, in this installation's own write queue. */
  readonly octokit: Octokit;
  /** Read-only GraphQL queries, outside the write queue. */
  readonly reader: Octokit;
}

const clientsOf = new WeakMap<Context, Clients>();

/**
 * The run's clients: the same class, authentication (cached installation token), retries,
 * logging and delivery header as `context.octokit`, with throttling set for the job.
 *
 * - Probot 14 gives every event's Octokit the app's throttling id, so the writes of *all*
 *   installations share one queue, one a second: a check run would wait behind other
 *   repositories' comments. GitHub's limits apply per installation, so writes queue per
 *   installation here.
 * - The throttling plugin queues GraphQL requests with the writes, as it cannot tell a query
 *   from a mutation; a run's file reads would then push its check run a second back. The
 *   queries here only read, so the reader does not queue.
 */
export function clientsFor(context: Context): Clients {
  const known = clientsOf.get(context);
  if (known) return known;
  const installationId = (context.payload as { installation?: { id: number } }).installation?.id;
  let clients: Clients;
  if (installationId === undefined) {
    clients = { octokit: context.octokit, reader: context.octokit };
  } else {
    const OctokitClass = context.octokit.constructor as new (options: object) => Octokit;
    const make = (throttle: object): Octokit => {
      const octokit = new OctokitClass({ auth: { installationId }, throttle });
      octokit.hook.before("request", (options) => {
        options.headers["x-github-delivery"] = context.id;
      });
      return octokit;
    };
    clients = {
      octokit: make({ id: `installation-${installationId}` }),
      reader: make({ enabled: false }),
    };
  }
  clientsOf.set(context, clients);
  return clients;
}

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

/** An error as one line for a report: its message, and the HTTP status when there is one. */
export function errorText(error: unknown): string {
  if (error instanceof Error) {
    const status = (error as { status?: number }).status;
    return status ? `${error.message} (HTTP ${status})` : error.message;
  }
  return String(error);
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

/** A check run as created. */
export interface CreatedCheck {
  readonly id: number;
  readonly htmlUrl: string | null;
  /** The app that owns it, as GitHub reports it: its comments are by `<slug>[bot]`. */
  readonly appSlug: string | null;
}

/**
 * Creates a check run already completed (the first write of a run, so the merge gate is
 * settled first), then appends the annotations beyond the first 50 in further updates, at
 * most `MAX_ANNOTATIONS` in all. The text (the long report) is sent once, with the create;
 * updates carry only what the API requires besides the annotations (title and summary).
 */
export async function createCompletedCheck(
  octokit: Octokit,
  repo: Repo,
  check: {
    readonly name: string;
    readonly headSha: string;
    readonly externalId: string;
    readonly output: CheckRunOutput;
  },
  /** Called as soon as the check run exists, before any annotations are appended. */
  onCreated?: () => void,
): Promise<CreatedCheck> {
  const [first = [], ...rest] = batches<CheckAnnotation>(
    check.output.annotations.slice(0, MAX_ANNOTATIONS),
    ANNOTATIONS_PER_REQUEST,
  );
  const output = { title: check.output.title, summary: check.output.summary };
  const { data } = await octokit.rest.checks.create({
    ...repo,
    name: check.name,
    head_sha: check.headSha,
    external_id: check.externalId,
    status: "completed",
    conclusion: check.output.conclusion,
    completed_at: new Date().toISOString(),
    output: {
      ...output,
      ...(check.output.text ? { text: check.output.text } : {}),
      ...(first.length > 0 ? { annotations: first } : {}),
    },
  });
  onCreated?.();
  for (const annotations of rest) {
    await octokit.rest.checks.update({
      ...repo,
      check_run_id: data.id,
      output: { ...output, annotations },
    });
  }
  return { id: data.id, htmlUrl: data.html_url, appSlug: data.app?.slug ?? null };
}

/** A check run of a commit, as run ordering needs it. */
export interface ListedCheckRun {
  readonly id: number;
  readonly externalId: string | null;
}

/**
 * The check runs GitHub shows for a commit under a name (the latest of each app): the one a
 * run would replace by creating its own.
 */
export async function latestCheckRuns(
  octokit: Octokit,
  repo: Repo,
  sha: string,
  name: string,
): Promise<ListedCheckRun[]> {
  const { data } = await octokit.rest.checks.listForRef({
    ...repo,
    ref: sha,
    check_name: name,
    filter: "latest",
    per_page: 10,
  });
  return data.check_runs.map((r) => ({ id: r.id, externalId: r.external_id ?? null }));
}

/** An issue comment as the sticky-comment logic needs it. */
export interface IssueComment {
  readonly id: number;
  readonly body: string;
  readonly login: string;
}

/** Every comment of an issue or pull request (all pages), minimized ones left out. */
export async function listComments(
  octokit: Octokit,
  repo: Repo,
  issueNumber: number,
): Promise<IssueComment[]> {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    ...repo,
    issue_number: issueNumber,
    per_page: 100,
  });
  return comments
    .filter((c) => !(c as { minimized?: unknown }).minimized)
    .map((c) => ({ id: c.id, body: c.body ?? "", login: c.user?.login ?? "" }));
}

/** Deletes a comment; one already gone (a concurrent run removed it) is fine. */
export async function deleteComment(
  octokit: Octokit,
  repo: Repo,
  commentId: number,
): Promise<void> {
  try {
    await octokit.rest.issues.deleteComment({ ...repo, comment_id: commentId });
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error;
  }
}

/** The login the app comments as: `<slug>[bot]`, looked up once per process. */
export function botLoginResolver(appOctokit: () => Promise<Octokit>): () => Promise<string> {
  let login: Promise<string> | null = null;
  return () => {
    login ??= appOctokit()
      .then((octokit) => octokit.rest.apps.getAuthenticated())
      .then(({ data }) => `${data?.slug ?? ""}[bot]`)
      .catch((error: unknown) => {
        login = null;
        throw error;
      });
    return login;
  };
}
