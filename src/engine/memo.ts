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
