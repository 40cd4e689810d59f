import type { Catalog } from "../catalog/catalog.js";

const placeCache = new WeakMap<Catalog, Set<string>>();
/** Known places: catalog cities and country names. */
export function placeTest(catalog: Catalog): (words: string) => boolean {
  let set = placeCache.get(catalog);
  if (!set) {
    set = new Set([...catalog.cities.keys()].map((c) => c.toLowerCase()));
    for (const e of catalog.entities) if (e.kind === "COUNTRY") for (const f of e.forms) set.add(f.text.toLowerCase());
    placeCache.set(catalog, set);
  }
  const places = set;
  return (words) => places.has(words.toLowerCase());
}
