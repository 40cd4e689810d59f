import type { Catalog } from "../catalog/catalog.js";
import { stateNames } from "./stateNames.js";

const cityCache = new WeakMap<Catalog, Map<string, string>>();
/** The country a place is in: the country a country's name names (stateNames.ts), or a catalog city's country. */
export function hostTest(catalog: Catalog): (words: string) => string | undefined {
  let cities = cityCache.get(catalog);
  if (!cities) cityCache.set(catalog, (cities = new Map([...catalog.cities].map(([city, id]) => [city.toLowerCase(), id]))));
  const cityHosts = cities;
  const states = stateNames(catalog.entities);
  return (words) => states.formed(words) ?? cityHosts.get(words.toLowerCase());
}
