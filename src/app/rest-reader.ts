import type { Config } from "../config/config.js";
import { pointedPaths } from "../engine/batch.js";
import type { RawFile } from "../engine/check.js";
import { candidatePaths } from "../engine/locate.js";
import { fileKey, type ReadFile, readRaw, readTree, type Tree } from "./files.js";
import { errorText, type Octokit, type Repo } from "./github.js";
import type { Unchecked } from "./unchecked.js";

/**
 * Requests the REST fallback makes per run at most (file listings, file reads and probes
 * together): 2% of an installation's hourly 5,000. Without GraphQL a plan costs one read, and
 * each distinct constitution or template one more.
 */
export const REST_READ_LIMIT = 100;

/** Where a run reads: plans at `head`, constitutions and templates at `base`. */
export interface Revisions {
  readonly head: string;
  readonly base: string;
}

/** Files read so far in a run, by `fileKey`; shared with the GraphQL reads of the same run. */
export interface Store {
  readonly files: Map<string, ReadFile>;
  readonly exists: Map<string, boolean>;
}

/** A plan as the REST fallback sees it before reading it. */
export type RestPlan =
  | { readonly kind: "missing" }
  /** `size` is null when the listing was cut short and only reading the plan tells. */
  | { readonly kind: "present"; readonly size: number | null }
  | { readonly kind: "stopped"; readonly why: Unchecked };

export interface RestReader {
  /** Whether the plan is a file at the head, and its size, from the commit's listing. */
  readonly plan: (path: string) => Promise<RestPlan>;
  /** Reads the plan at the head (one request); its problem when it cannot. */
  readonly readPlan: (path: string) => Promise<RawFile | Unchecked>;
  /** Reads the constitution (and the file it points to) and the template a plan uses into the store. */
  readonly supporting: (planPath: string) => Promise<Unchecked | null>;
  /** Reads base files by path (the targets of constitution pointers) into the store. */
  readonly readBase: (paths: readonly string[]) => Promise<Unchecked | null>;
  /** Whether a path exists at the head, when the head's listing tells; undefined otherwise. */
  readonly exists: (path: string) => boolean | undefined;
  /** Requests made so far. */
  readonly used: () => number;
}

const SHORT_REASON = 200;

/**
 * The fallback for when GraphQL cannot answer: the file listing of each commit (one request
 * each, `git/trees?recursive=1`) tells which constitution and template candidates exist and
 * how large each plan is, so a file is read only when it is used, once per run however many
 * plans share it, and never more than `REST_READ_LIMIT` requests in all. When the limit is
 * reached, or a request fails other than with 404, reading stops: the plans left get a
 * finding saying why, never a pass.
 */
export function restReader(
  octokit: Octokit,
  repo: Repo,
  config: Pick<Config, "constitution" | "template">,
  revs: Revisions,
  store: Store,
  graphqlReason: string,
): RestReader {
  let used = 0;
  let stopped: Unchecked | null = null;
  const trees = new Map<string, Promise<Tree | null>>();
  const listed = new Map<string, Tree | null>();
  // Octokit words a GraphQL error "Request failed due to following response errors: - …".
  const flat = graphqlReason
    .replace(/^Request failed due to following response errors:\s*-\s*/, "")
    .replace(/\s+/g, " ")
    .trim();
  const reason = flat.length > SHORT_REASON ? `${flat.slice(0, SHORT_REASON)}…` : flat;

  /** Takes one request from the budget; false (and stopped) when none is left. */
  const spend = (): boolean => {
    if (stopped) return false;
    if (used >= REST_READ_LIMIT) {
      stopped = { kind: "restLimit", reason, limit: REST_READ_LIMIT };
      return false;
    }
    used += 1;
    return true;
  };
  const fail = (error: unknown): Unchecked => {
    stopped = { kind: "readFailed", reason: errorText(error) };
    return stopped;
  };

  /** The listing of a commit, null when it could not be had (the budget, or an error: then stopped). */
  const tree = (sha: string): Promise<Tree | null> => {
    let known = trees.get(sha);
    if (!known) {
      known = (
        spend()
          ? readTree(octokit, repo, sha).catch((error: unknown) => {
              fail(error);
              return null;
            })
          : Promise.resolve(null)
      ).then((listing) => {
        listed.set(sha, listing);
        return listing;
      });
      trees.set(sha, known);
    }
    return known;
  };

  /** Reads a file into the store: the file, null when absent, or the problem that stopped reading. */
  const read = async (rev: string, path: string): Promise<RawFile | null | Unchecked> => {
    const key = fileKey({ rev, path });
    const known = store.files.get(key);
    if (known === null) return null;
    if (known && !("large" in known)) return known;
    if (!spend()) return stopped!;
    try {
      const file: RawFile = { path, bytes: await readRaw(octokit, repo, { rev, path }) };
      store.files.set(key, file);
      store.exists.set(key, true);
      return file;
    } catch (error) {
      if ((error as { status?: unknown }).status !== 404) return fail(error);
      store.files.set(key, null);
      store.exists.set(key, false);
      return null;
    }
  };

  const isProblem = (value: unknown): value is Unchecked =>
    typeof value === "object" && value !== null && "kind" in value;

  /** The first candidate that exists at the base, read; null when none does. */
  const first = async (candidates: readonly string[]): Promise<RawFile | null | Unchecked> => {
    const listing = await tree(revs.base);
    if (stopped) return stopped;
    for (const path of candidates) {
      const entry = listing?.entries.get(path);
      // A complete listing answers for every path: only a file there is worth a request.
      if (
        (listing && !listing.truncated && entry?.type !== "blob") ||
        (entry && entry.type !== "blob")
      ) {
        store.files.set(fileKey({ rev: revs.base, path }), null);
        continue;
      }
      const file = await read(revs.base, path);
      if (file !== null) return file;
    }
    return null;
  };

  return {
    plan: async (path) => {
      if (stopped) return { kind: "stopped", why: stopped };
      const listing = await tree(revs.head);
      if (stopped) return { kind: "stopped", why: stopped };
      if (!listing || listing.truncated) {
        const entry = listing?.entries.get(path);
        if (entry && entry.type !== "blob") return { kind: "missing" };
        return { kind: "present", size: entry ? entry.size : null };
      }
      const entry = listing.entries.get(path);
      return entry?.type === "blob" ? { kind: "present", size: entry.size } : { kind: "missing" };
    },
    readPlan: async (path) => {
      const file = await read(revs.head, path);
      if (file === null) return { kind: "missing", sha: revs.head };
      return file;
    },
    supporting: async (planPath) => {
      const constitution = await first(candidatePaths(planPath, config.constitution));
      if (isProblem(constitution)) return constitution;
      if (constitution) {
        const pointed = await readBaseFiles(pointedPaths([constitution]));
        if (pointed) return pointed;
        // Through a README to the constitution it links to: that README is read now.
        const middle = pointedPaths([constitution]).flatMap((path) => {
          const file = store.files.get(fileKey({ rev: revs.base, path }));
          return file && !("large" in file) ? [file] : [];
        });
        if (middle.length > 0) {
          const further = await readBaseFiles(pointedPaths([constitution, ...middle]));
          if (further) return further;
        }
      }
      const template = await first(candidatePaths(planPath, config.template));
      return isProblem(template) ? template : null;
    },
    readBase: (paths) => readBaseFiles(paths),
    exists: (path) => {
      // Only a listing already fetched is consulted: link checks never cost a request here.
      const listing = listed.get(revs.head);
      if (!listing || listing.truncated) return undefined;
      return listing.entries.has(path);
    },
    used: () => used,
  };

  async function readBaseFiles(paths: readonly string[]): Promise<Unchecked | null> {
    for (const path of paths) {
      const file = await first([path]);
      if (isProblem(file)) return file;
    }
    return null;
  }
}
