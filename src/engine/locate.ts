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
 * The paths where a plan's constitution (or template) may live, best first.
 * A relative candidate is tried in the plan's folder and every folder above it up to the
 * repository root (nearest first); a candidate starting with `/` only at the root.
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
    for (const dir of dirs) out.push(dir === "" ? rel : `${dir}/${rel}`);
  }
  return [...new Set(out)];
}

/** A predicate telling whether a repository path is a plan under the configured globs. */
export function planMatcher(globs: readonly string[]): (path: string) => boolean {
  const isMatch = picomatch([...globs], { dot: true });
  return (path) => isMatch(normalizePath(path));
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
