import { readFileSync } from "node:fs";
import type nock from "nock";
import { BASE, HEAD, OWNER, REPO } from "./payloads.js";

/** Reads a fixture of `test/fixtures/app/`. */
export function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/app/${name}`, import.meta.url), "utf8");
}

export const PLAN = "specs/001-subtitle-worker/plan.md";
export const CONSTITUTION = ".specify/memory/constitution.md";
export const TEMPLATE = ".specify/templates/plan-template.md";
export const REPO_PATH = `/repos/${OWNER}/${REPO}`;
export const CONFIG_URL =
  /^\/repos\/Codertocat\/Hello-World\/contents\/\.github(%2F|\/)speckit\.yml/;
const ORG_CONFIG_URL = /^\/repos\/Codertocat\/\.github\/contents\/\.github(%2F|\/)speckit\.yml/;

/** A file at a commit: its text, a folder, or a blob GitHub returns without text. */
export type Entry =
  | string
  | { readonly tree: true }
  | { readonly byteSize: number; readonly isTruncated?: boolean; readonly isBinary?: boolean };

/** The repository as the GraphQL mock serves it: `"<sha>:<path>"` to entry. */
export type Files = Readonly<Record<string, Entry>>;

/** The usual repository: constitution and template on the base, and the given plans at the head. */
export function repoFiles(
  plans: Readonly<Record<string, string>>,
  extra: Files = {},
  head = HEAD,
): Files {
  const files: Record<string, Entry> = {
    [`${BASE}:${CONSTITUTION}`]: fixture("constitution.md"),
    [`${BASE}:${TEMPLATE}`]: fixture("plan-template.md"),
  };
  for (const [path, text] of Object.entries(plans)) {
    files[`${head}:${path}`] = text;
    const dir = path.slice(0, path.lastIndexOf("/"));
    files[`${head}:${dir}/spec.md`] = "# Spec\n";
  }
  return { ...files, ...extra };
}

/** `.github/speckit.yml`: absent from the repository and from the owner's `.github`, or this text. */
export function mockConfig(scope: nock.Scope, yaml: string | null = null): void {
  if (yaml === null) {
    scope.get(CONFIG_URL).reply(404, { message: "Not Found" });
    scope.get(ORG_CONFIG_URL).reply(404, { message: "Not Found" });
  } else {
    scope
      .get(CONFIG_URL)
      .reply(200, yaml, { "content-type": "application/vnd.github.raw; charset=utf-8" });
  }
}

interface GraphqlBody {
  readonly query: string;
  readonly variables: Record<string, string>;
}

/** Answers the app's `object(expression:)` queries from `files`, like GitHub's GraphQL API. */
export function answerGraphql(body: GraphqlBody, files: Files): { data: unknown } {
  const repository: Record<string, unknown> = {};
  for (const [name, expression] of Object.entries(body.variables)) {
    const alias = /^e(\d+)$/.exec(name);
    if (!alias) continue;
    const wantsBlob = new RegExp(
      `f${alias[1]}: object\\(expression: \\$e${alias[1]}\\) \\{ __typename \\.\\.\\. on Blob`,
    ).test(body.query);
    const entry = files[expression];
    let node: Record<string, unknown> | null;
    if (entry === undefined) node = null;
    else if (typeof entry === "object" && "tree" in entry) node = { __typename: "Tree" };
    else if (!wantsBlob) node = { __typename: "Blob" };
    else if (typeof entry === "string") {
      node = {
        __typename: "Blob",
        text: entry,
        isBinary: false,
        byteSize: Buffer.byteLength(entry),
        isTruncated: false,
      };
    } else {
      node = {
        __typename: "Blob",
        text: entry.isBinary ? null : "x".repeat(10),
        isBinary: entry.isBinary ?? false,
        byteSize: entry.byteSize,
        isTruncated: entry.isTruncated ?? false,
      };
    }
    repository[`f${alias[1]}`] = node;
  }
  return { data: { repository } };
}

/** Mocks `times` GraphQL queries answered from `files`. */
export function mockGraphql(scope: nock.Scope, files: Files, times = 1): void {
  scope
    .post("/graphql")
    .times(times)
    .reply(200, (_uri, body) => answerGraphql(body as GraphqlBody, files));
}

/** `pulls.listFiles`, one page per 100 files. */
export function mockPullFiles(
  scope: nock.Scope,
  files: readonly { readonly filename: string; readonly status?: string }[],
  number = 2,
): void {
  const rows = files.map((f, i) => ({
    sha: (i + 1).toString(16).padStart(40, "0"),
    filename: f.filename,
    status: f.status ?? "modified",
    additions: 1,
    deletions: 1,
    changes: 2,
    blob_url: `https://github.com/${OWNER}/${REPO}/blob/${HEAD}/${f.filename}`,
    raw_url: `https://github.com/${OWNER}/${REPO}/raw/${HEAD}/${f.filename}`,
    contents_url: `https://api.github.com/repos/${OWNER}/${REPO}/contents/${f.filename}?ref=${HEAD}`,
  }));
  const pages = Math.max(1, Math.ceil(rows.length / 100));
  for (let page = 1; page <= pages; page++) {
    const link =
      page < pages
        ? {
            link: `<https://api.github.com/repos/${OWNER}/${REPO}/pulls/${number}/files?per_page=100&page=${page + 1}>; rel="next", <https://api.github.com/repos/${OWNER}/${REPO}/pulls/${number}/files?per_page=100&page=${pages}>; rel="last"`,
          }
        : undefined;
    const query: Record<string, string> =
      page === 1 ? { per_page: "100" } : { per_page: "100", page: String(page) };
    scope
      .get(`${REPO_PATH}/pulls/${number}/files`)
      .query(query)
      .reply(200, rows.slice((page - 1) * 100, page * 100), link);
  }
}

let checkRunId = 7000;

/** `checks.create`, answering like GitHub. */
export function mockCreateCheck(scope: nock.Scope, times = 1): void {
  scope
    .post(`${REPO_PATH}/check-runs`)
    .times(times)
    .reply(201, (_uri, body) => {
      checkRunId += 1;
      return {
        id: checkRunId,
        head_sha: (body as { head_sha: string }).head_sha,
        name: (body as { name: string }).name,
        status: "completed",
        html_url: `https://github.com/${OWNER}/${REPO}/runs/${checkRunId}`,
        app: { id: 123, slug: "speckit-gate", name: "speckit-gate" },
      };
    });
}

export const BOT = "speckit-gate[bot]";

/** `GET /app` (the app's slug, looked up once per process). */
export function mockApp(scope: nock.Scope): void {
  scope.get("/app").reply(200, { id: 123, slug: "speckit-gate", name: "speckit-gate" });
}

/** A comment as `issues.listComments` returns it. */
export function commentResource(id: number, body: string, login = BOT): Record<string, unknown> {
  return {
    id,
    node_id: `IC_${id}`,
    url: `https://api.github.com/repos/${OWNER}/${REPO}/issues/comments/${id}`,
    html_url: `https://github.com/${OWNER}/${REPO}/pull/2#issuecomment-${id}`,
    body,
    user: { login, id: 1, type: login.endsWith("[bot]") ? "Bot" : "User" },
    created_at: "2025-06-01T09:00:00Z",
    updated_at: "2025-06-01T09:00:00Z",
    issue_url: `https://api.github.com/repos/${OWNER}/${REPO}/issues/2`,
    author_association: "NONE",
  };
}

/** `issues.createComment` on pull request #2, answering as the app's bot. */
export function mockCreateComment(scope: nock.Scope, id = 501): void {
  scope.post(`${REPO_PATH}/issues/2/comments`).reply(201, (_uri, body) => {
    created.push(commentResource(id, (body as { body: string }).body));
    return created.at(-1)!;
  });
}

const created: Record<string, unknown>[] = [];

/**
 * The listing a run makes right after posting its comment (to find duplicates from a race):
 * the comments posted so far in this test, after `before`.
 */
export function mockRelist(
  scope: nock.Scope,
  before: readonly Record<string, unknown>[] = [],
): void {
  created.length = 0;
  scope
    .get(`${REPO_PATH}/issues/2/comments`)
    .query({ per_page: "100" })
    .reply(200, () => [...before, ...created]);
}

/** `issues.listComments` on pull request #2 (one page). */
export function mockListComments(
  scope: nock.Scope,
  comments: readonly Record<string, unknown>[],
  times = 1,
): void {
  scope
    .get(`${REPO_PATH}/issues/2/comments`)
    .query({ per_page: "100" })
    .times(times)
    .reply(200, comments);
}

/** A check run as `checks.listForRef` lists it. */
export function checkRunResource(
  id: number,
  externalId: string,
  head = HEAD,
  name = "speckit-gate",
): Record<string, unknown> {
  return {
    id,
    head_sha: head,
    node_id: `CR_${id}`,
    external_id: externalId,
    url: `https://api.github.com/repos/${OWNER}/${REPO}/check-runs/${id}`,
    html_url: `https://github.com/${OWNER}/${REPO}/runs/${id}`,
    details_url: null,
    status: "completed",
    conclusion: "success",
    started_at: "2025-06-01T10:00:00Z",
    completed_at: "2025-06-01T10:00:01Z",
    output: { title: "x", summary: "y", text: null, annotations_count: 0, annotations_url: "" },
    name,
    check_suite: { id: 1 },
    app: { id: 123, slug: "speckit-gate", name: "speckit-gate" },
    pull_requests: [],
  };
}

/**
 * The check runs GitHub shows on the head (`checks.listForRef`, `filter=latest`), which a pull
 * request run reads before it writes its own so that an older run never replaces a newer one.
 */
export function mockCheckOrder(
  scope: nock.Scope,
  runs: readonly Record<string, unknown>[] = [],
  options: { readonly head?: string; readonly name?: string; readonly times?: number } = {},
): void {
  scope
    .get(`${REPO_PATH}/commits/${options.head ?? HEAD}/check-runs`)
    .query({ check_name: options.name ?? "speckit-gate", filter: "latest", per_page: "10" })
    .times(options.times ?? 1)
    .reply(200, { total_count: runs.length, check_runs: runs });
}

/**
 * The usual start of a pull request run: token, config (absent), the changed files, and the
 * check runs already on the head (none).
 */
export function mockRunStart(
  scope: nock.Scope,
  files: readonly { readonly filename: string; readonly status?: string }[],
  config: string | null = null,
  options: {
    readonly token?: boolean;
    readonly head?: string;
    readonly name?: string;
    /** Whether to answer the listing of check runs on the head (default: yes, none there). */
    readonly order?: boolean;
  } = {},
): void {
  if (options.token !== false) {
    scope.post("/app/installations/2/access_tokens").reply(201, {
      token: "ghs_test",
      expires_at: "2099-01-01T00:00:00Z",
    });
  }
  mockConfig(scope, config);
  mockPullFiles(scope, files);
  if (options.order === false) return;
  mockCheckOrder(scope, [], {
    ...(options.head ? { head: options.head } : {}),
    ...(options.name ? { name: options.name } : {}),
  });
}

/** GraphQL failing the way GitHub's does under load: HTTP 200 with an error and no data. */
export function mockGraphqlTimeout(scope: nock.Scope, times = 1): void {
  scope
    .post("/graphql")
    .times(times)
    .reply(200, {
      data: null,
      errors: [
        {
          message:
            "Something went wrong while executing your query. This may be the result of a timeout, or it could be a GitHub bug.",
        },
      ],
    });
}

/**
 * The REST fallback's view of the repository: each commit's recursive listing
 * (`git/trees/<sha>?recursive=1`) and raw file reads (`contents/<path>?ref=<sha>`), answered
 * from `files` (`"<sha>:<path>"` to text). Returns the reads the mock answered, in order.
 */
export function mockRest(
  scope: nock.Scope,
  files: Readonly<Record<string, string>>,
  options: {
    readonly trees?: readonly string[];
    readonly reads?: number;
    readonly truncated?: boolean;
  } = {},
): void {
  for (const sha of options.trees ?? [HEAD, BASE]) {
    const tree = new Map<string, { type: string; size?: number }>();
    for (const [key, text] of Object.entries(files)) {
      if (!key.startsWith(`${sha}:`)) continue;
      const path = key.slice(sha.length + 1);
      tree.set(path, { type: "blob", size: Buffer.byteLength(text) });
      for (let i = path.indexOf("/"); i > 0; i = path.indexOf("/", i + 1)) {
        tree.set(path.slice(0, i), { type: "tree" });
      }
    }
    scope
      .get(`${REPO_PATH}/git/trees/${sha}`)
      .query({ recursive: "1" })
      .reply(200, {
        sha,
        url: `https://api.github.com/repos/${OWNER}/${REPO}/git/trees/${sha}`,
        truncated: options.truncated ?? false,
        tree: [...tree].map(([path, e]) => ({
          path,
          mode: e.type === "tree" ? "040000" : "100644",
          type: e.type,
          sha: "0".repeat(40),
          ...(e.size !== undefined ? { size: e.size } : {}),
        })),
      });
  }
  if ((options.reads ?? 0) > 0) {
    scope
      .get(/^\/repos\/Codertocat\/Hello-World\/contents\//)
      .times(options.reads ?? 0)
      .reply((uri) => {
        const url = new URL(uri, "https://api.github.com");
        const path = decodeURIComponent(url.pathname.replace(/^.*?\/contents\//, ""));
        const text = files[`${url.searchParams.get("ref")}:${path}`];
        return text === undefined
          ? [404, { message: "Not Found" }]
          : [200, text, { "content-type": "application/vnd.github.raw" }];
      });
  }
}
