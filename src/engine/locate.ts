import picomatch from "picomatch";

/** Normalises a repository path: forward slashes, no leading `./` or `/`. */
export function normalizePath(path: string): string {
  return path
    .replaceAll("\\", "/")
    .replace(/^(\.\/)+/, "")
    .replace(/^\/+/, "");
}

function dirname(path: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i);
}

/**
 * Folders that hold someone else's files (vendored dependencies) or test data (fixtures,
 * examples). A `*` or `**` of a plan glob never walks into them, and no constitution or template
 * is taken from inside them, unless the glob or the configured path names the folder: a pull
 * request cannot place a plan beside a vendored, unfilled constitution and be judged by it
 * (issue 8, docs/configuration.md).
 */
export const FOREIGN_FOLDERS: ReadonlySet<string> = new Set([
  "node_modules",
  "bower_components",
  "vendor",
  "vendored",
  "third_party",
  "third-party",
  "fixtures",
  "__fixtures__",
  "testdata",
  "examples",
]);

/** The folder names of a path (its last segment excluded) that are foreign folders. */
function foreignFolders(path: string): string[] {
  const segments = path.split("/");
  segments.pop();
  return segments.filter((s) => FOREIGN_FOLDERS.has(s.toLowerCase()));
}

/** The folder names a glob or configured path spells out (lower case). */
function named(pattern: string): Set<string> {
  return new Set(
    normalizePath(pattern)
      .split("/")
      .map((s) => s.toLowerCase()),
  );
}

/**
 * The paths where a plan's constitution (or template) may live, best first.
 * A relative candidate is tried in the plan's folder and every folder above it up to the
 * repository root (nearest first), except folders inside a foreign folder (`vendor/`,
 * `node_modules/`, `fixtures/`, `examples/`… see `FOREIGN_FOLDERS`) that the candidate does not
 * name; a candidate starting with `/` only at the root.
 */
export function candidatePaths(planPath: string, candidates: readonly string[]): string[] {
  const out: string[] = [];
  const dirs: string[] = [];
  for (let dir = dirname(normalizePath(planPath)); ; dir = dirname(dir)) {
    dirs.push(dir);
    if (dir === "") break;
  }
  for (const candidate of candidates) {
    if (candidate.startsWith("/")) {
      out.push(normalizePath(candidate));
      continue;
    }
    const rel = normalizePath(candidate);
    const spelled = named(rel);
    for (const dir of dirs) {
      if (dir !== "" && foreignFolders(`${dir}/x`).some((f) => !spelled.has(f.toLowerCase())))
        continue;
      out.push(dir === "" ? rel : `${dir}/${rel}`);
    }
  }
  return [...new Set(out)];
}

/**
 * A predicate telling whether a repository path is a plan under the configured globs. A path
 * inside a foreign folder (see `FOREIGN_FOLDERS`) matches only a glob that names that folder:
 * the default monorepo glob does not match `vendor/kit/specs/001-x/plan.md`, while a glob
 * starting with `examples/` matches `examples/demo/specs/001-x/plan.md`.
 */
export function planMatcher(globs: readonly string[]): (path: string) => boolean {
  const matchers = globs.map((glob) => ({
    isMatch: picomatch(glob, { dot: true }),
    spelled: named(glob),
  }));
  return (path) => {
    const p = normalizePath(path);
    const foreign = foreignFolders(p).map((f) => f.toLowerCase());
    return matchers.some((m) => m.isMatch(p) && foreign.every((f) => m.spelled.has(f)));
  };
}

/** Resolves a relative link written in a file to a repository path; null when it leaves the repository or is not a file link. */
export function resolveLink(fromFile: string, href: string): string | null {
  const target = href.split("#")[0]?.split("?")[0] ?? "";
  if (target === "" || /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("//")) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    decoded = target;
  }
  const parts = decoded.startsWith("/")
    ? []
    : dirname(normalizePath(fromFile)).split("/").filter(Boolean);
  for (const seg of decoded.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.length === 0 ? null : parts.join("/");
}
