/**
 * Statements whose shape depends on a few request choices (relation types, order) are built once
 * per shape and kept; the cap bounds memory if clients vary the choices endlessly.
 */
export function statementCache(limit = 500): (key: string, build: () => string) => string {
  const cache = new Map<string, string>();
  return (key, build) => {
    let built = cache.get(key);
    if (built === undefined) {
      built = build();
      if (cache.size < limit) cache.set(key, built);
    }
    return built;
  };
}

/** A cache key part for a set of relation types (order-insensitive; "*" for none). */
export const typesKey = (types: readonly string[] | null | undefined) => (types?.length ? [...types].sort().join("|") : "*");
