import type { Catalog } from "../catalog/catalog.js";
import { Matcher } from "./Matcher.js";

/** A matcher over every catalog form of every catalog entity. */
export function createMatcher(catalog: Catalog): Matcher {
  const matcher = new Matcher();
  for (const entity of catalog.entities) for (const form of entity.forms) matcher.add(entity.id, form);
  return matcher;
}
