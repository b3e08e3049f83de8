import type { Config } from "../config/config.js";
import { checkPlans, pointedPaths, supportingPaths } from "../engine/batch.js";
import { linkTargets, type RawFile } from "../engine/check.js";
import type { FileResult } from "../engine/types.js";
import {
  fileKey,
  type FileRequest,
  type Octokit,
  readFiles,
  readRaw,
  type ReadFile,
  type Repo,
} from "./github.js";

/**
 * Plans per GraphQL query (with their constitution and template candidates and likely links:
 * about 900 aliases). With `pulls.listFiles` pages of 100 files, 50 more plans cost at most
 * one more request.
 */
export const PLANS_PER_QUERY = 100;

/** At most this many existence probes per query. */
const PROBES_PER_QUERY = 1000;

/**
 * The siblings a plan usually links to (`**Spec**: [spec.md](./spec.md)` and the artifacts of
 * `/speckit.plan`). Their existence is asked in the same query as the plan, so the usual plan
 * needs no second query for `spec-link`.
 */
const LIKELY_LINKS = ["spec.md", "research.md", "data-model.md", "contracts"];

function dirname(path: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i);
}

function join(dir: string, name: string): string {
  return dir === "" ? name : `${dir}/${name}`;
}

/** Where to read: plans and their links at the head commit, the rest at the base. */
export interface Revisions {
  readonly head: string;
  /** The constitution and template are read here (the base branch for pull requests). */
  readonly base: string;
}

/**
 * Stands in for a file GraphQL could not return in full. A plan over the size limit is not
 * downloaded at all: the engine only needs its size to report `plan-too-large`. Anything else
 * (a plan between 512,000 bytes and the limit, a binary file, a large constitution) is read
 * raw through the contents API, one request each; that is rare.
 */
function largeFileReader(
  octokit: Octokit,
  repo: Repo,
  config: Pick<Config, "maxPlanBytes">,
  planKeys: ReadonlySet<string>,
): (request: FileRequest, byteSize: number) => Promise<RawFile> {
  return async (request, byteSize) => {
    if (planKeys.has(fileKey(request)) && byteSize > config.maxPlanBytes) {
      // Zero-filled and never touched: only its length is read.
      return { path: request.path, bytes: new Uint8Array(byteSize) };
    }
    return { path: request.path, bytes: await readRaw(octokit, repo, request) };
  };
}

/**
 * Reads the changed plans (at `revs.head`), their constitutions and templates (at `revs.base`)
 * and the targets of their relative links, with one GraphQL query per 100 plans (plus one for
 * links the first queries did not already answer), and runs the engine on them.
 */
export async function evaluatePlans(
  octokit: Octokit,
  reader: Octokit,
  repo: Repo,
  config: Config,
  planPaths: readonly string[],
  revs: Revisions,
): Promise<FileResult[]> {
  const files = new Map<string, ReadFile>();
  const exists = new Map<string, boolean>();
  const requested = new Set<string>();
  const planKeys = new Set(planPaths.map((path) => fileKey({ rev: revs.head, path })));
  const readLarge = largeFileReader(octokit, repo, config, planKeys);

  for (let i = 0; i < planPaths.length; i += PLANS_PER_QUERY) {
    const chunk = planPaths.slice(i, i + PLANS_PER_QUERY);
    const blobs = [
      ...chunk.map((path) => ({ rev: revs.head, path })),
      ...supportingPaths(chunk, config).map((path) => ({ rev: revs.base, path })),
    ].filter((r) => !requested.has(fileKey(r)));
    const probes = chunk
      .flatMap((plan) => LIKELY_LINKS.map((name) => join(dirname(plan), name)))
      .map((path) => ({ rev: revs.head, path }))
      .filter((r) => !requested.has(fileKey(r)));
    for (const r of [...blobs, ...probes]) requested.add(fileKey(r));
    const read = await readFiles(reader, repo, blobs, probes, readLarge);
    for (const [k, v] of read.files) files.set(k, v);
    for (const [k, v] of read.exists) exists.set(k, v);
  }

  // A plan listed as changed but absent at the head (a submodule, or a race with a force push) is skipped.
  const plans = planPaths
    .map((path) => files.get(fileKey({ rev: revs.head, path })) ?? null)
    .filter((f): f is RawFile => f !== null);

  const unknown = [
    ...new Set(plans.flatMap((plan) => linkTargets(plan, config.maxPlanBytes))),
  ].filter((path) => !exists.has(fileKey({ rev: revs.head, path })));
  // A constitution that only points at the real one (see `constitutionPointer`): the real one
  // rides along with the link probes, so the CLI and the App judge against the same file.
  const baseFiles = [...files.entries()]
    .filter(([key]) => key.startsWith(`${revs.base}:`))
    .flatMap(([, file]) => (file ? [file] : []));
  const pointed = pointedPaths(baseFiles)
    .map((path) => ({ rev: revs.base, path }))
    .filter((r) => !requested.has(fileKey(r)));
  for (let i = 0; i < Math.max(unknown.length, pointed.length > 0 ? 1 : 0); i += PROBES_PER_QUERY) {
    const probes = unknown.slice(i, i + PROBES_PER_QUERY).map((path) => ({ rev: revs.head, path }));
    const read = await readFiles(reader, repo, i === 0 ? pointed : [], probes, readLarge);
    for (const [k, v] of read.files) files.set(k, v);
    for (const [k, v] of read.exists) exists.set(k, v);
  }

  return checkPlans(
    plans,
    (path) => files.get(fileKey({ rev: revs.base, path })) ?? null,
    config,
    (path) => exists.get(fileKey({ rev: revs.head, path })) ?? true,
  );
}
