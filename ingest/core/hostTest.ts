import type { Catalog } from "../catalog/catalog.js";

const hostCache = new WeakMap<Catalog, Map<string, string>>();
/** The country a place is in: a catalog city's country, or the country a country name names. */
export function hostTest(catalog: Catalog): (words: string) => string | undefined {
  let map = hostCache.get(catalog);
  if (!map) {
    map = new Map([...catalog.cities].map(([city, id]) => [city.toLowerCase(), id]));
    for (const e of catalog.entities) if (e.kind === "COUNTRY") for (const f of e.forms) map.set(f.text.toLowerCase(), e.id);
    hostCache.set(catalog, map);
  }
  const hosts = map;
  return (words) => hosts.get(words.toLowerCase());
}
