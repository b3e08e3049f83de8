/** Constitution versions: the bump between two, the next one at a level. */

export type BumpLevel = "major" | "minor" | "patch";

/** How the version moved: the level of the bump, whether it is the next version at that level. */
export function bumpOf(
  before: string,
  after: string,
): { readonly level: BumpLevel | "none" | "lower"; readonly regular: boolean } {
  const [a, b] = [parts(before), parts(after)];
  for (let k = 0; k < 3; k++) {
    if ((b[k] ?? 0) === (a[k] ?? 0)) continue;
    if ((b[k] ?? 0) < (a[k] ?? 0)) return { level: "lower", regular: false };
    const level = (["major", "minor", "patch"] as const)[k] ?? "patch";
    return {
      level,
      regular:
        after === nextVersion(before, level) || sameVersion(after, nextVersion(before, level)),
    };
  }
  return { level: "none", regular: false };
}

/** The version after `version` at a bump level: `1.2.3` + minor = `1.3.0`. */
export function nextVersion(version: string, level: BumpLevel): string {
  const [major = 0, minor = 0, patch = 0] = parts(version);
  if (level === "major") return `${major + 1}.0.0`;
  if (level === "minor") return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

export const LEVEL_RANK: Readonly<Record<BumpLevel, number>> = { patch: 1, minor: 2, major: 3 };

function parts(version: string): number[] {
  return version.split(".").map(Number);
}

/** Whether two versions are the same, missing parts read as zero (`1.2` is `1.2.0`). */
export function sameVersion(a: string, b: string): boolean {
  const pad = (v: string): string => [...parts(v), 0, 0].slice(0, 3).join(".");
  return pad(a) === pad(b);
}
