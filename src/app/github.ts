import Bottleneck from "bottleneck";
import type { Context, ProbotOctokit } from "probot";
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

/** A queue that spaces nothing, for the reader's GraphQL queries (see `clientsFor`). */
const UNSPACED = new Bottleneck.Group({});

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
 *   queries here only read, so the reader's "write" queue spaces nothing. It keeps the rest
 *   of the plugin: rate-limited queries are waited for and retried like any request.
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
    const id = `installation-${installationId}`;
    clients = { octokit: make({ id }), reader: make({ id, write: UNSPACED }) };
  }
  clientsOf.set(context, clients);
  return clients;
}

/** An error as one line for a report: its message, and the HTTP status when there is one. */
export function errorText(error: unknown): string {
  if (error instanceof Error) {
    const status = (error as { status?: number }).status;
    return status ? `${error.message} (HTTP ${status})` : error.message;
  }
  return String(error);
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
