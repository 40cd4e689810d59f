import type { Catalog } from "../catalog/catalog.js";
import { hostTest } from "./hostTest.js";

/** Known places: catalog cities and country names, the places that have a host (hostTest.ts). */
export function placeTest(catalog: Catalog): (words: string) => boolean {
  const hostOf = hostTest(catalog);
  return (words) => hostOf(words) !== undefined;
}
