import type { Catalog } from "../catalog/catalog.js";

/**
 * "IOM Regional Office for Southern Africa (Pretoria)", "Coastal Fishers Network (Ghana)": a place in brackets after a
 * title says where the body sits or works, it is no acronym of the name, so the place's later uses are no mentions of
 * the body (BRACKETED_PLACE). A place is a city or a country the catalog knows. Specs: test/unit/bracketPlace.test.ts.
 */
export const BRACKETED_PLACE = {
  id: "bracketed-place",
  what: "A bracket closing a page or section title that holds a known city or country ('… Office for Southern Africa (Pretoria)') gives no acronym; a bracket of other letters ('(CMD)', '(Sida)') still does.",
  positive: [
    { text: "UNHCR Coastal Office for Southern Africa (Pretoria)\n\nThe office works in ten countries. Ministers met in Pretoria in 2019.", name: "UNHCR Coastal Office for Southern Africa", acronym: null },
    { text: "Coastal Migration Dialogue (CMD)\n\nChair: Ghana\nSecretariat: IOM", name: "Coastal Migration Dialogue", acronym: "CMD" },
  ],
} as const;

/** Whether a bracketed word is a city or country the catalog knows (BRACKETED_PLACE). */
export function isKnownPlace(word: string, catalog: Pick<Catalog, "cities" | "entities">): boolean {
  if (catalog.cities.has(word)) return true;
  return catalog.entities.some((e) => e.kind === "COUNTRY" && (e.name === word || e.aliases.includes(word)));
}
