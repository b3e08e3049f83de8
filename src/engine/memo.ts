/**
 * Parses a file's text once per (path, text): every plan of a repository shares its
 * constitution and template. Deterministic and bounded, so the engine stays pure.
 */
export function memoized<T>(
  parse: (path: string, text: string) => T,
): (path: string, text: string) => T {
  const cache = new Map<string, T>();
  return (path, text) => {
    const key = `${path}\u0000${text}`;
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= 16) cache.delete(cache.keys().next().value ?? "");
      value = parse(path, text);
      cache.set(key, value);
    }
    return value;
  };
}

/**
 * An answer per pair of objects (a plan and a constitution's principles, a template and a
 * Complexity Tracking row), computed once and kept in weak maps: dropped with either key.
 */
export function memoizedPair<A extends object, B extends object, T>(
  compute: (a: A, b: B) => T,
): (a: A, b: B) => T {
  const byFirst = new WeakMap<A, WeakMap<B, { readonly value: T }>>();
  return (a, b) => {
    let bySecond = byFirst.get(a);
    if (!bySecond) {
      bySecond = new WeakMap();
      byFirst.set(a, bySecond);
    }
    let kept = bySecond.get(b);
    if (!kept) {
      kept = { value: compute(a, b) };
      bySecond.set(b, kept);
    }
    return kept.value;
  };
}

/**
 * As `memoizedPair`, where the second key may be absent (a plan with no constitution, a
 * repository with no template): one stand-in object keys the absent ones.
 */
export function memoizedPairOrNone<A extends object, B extends object, T>(
  compute: (a: A, b: B | null) => T,
): (a: A, b: B | null) => T {
  const none = {};
  const memo = memoizedPair((a: A, b: B | typeof none) => compute(a, b === none ? null : (b as B)));
  return (a, b) => memo(a, b ?? none);
}
