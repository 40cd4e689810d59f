import type { Catalog } from "../catalog/catalog.js";
import type { Matcher } from "./Matcher.js";
import type { StructuredDocument } from "./types.js";

/** "Country: Tinland", "Head office: Port Alto", "Head office: Port Alto, Coast District": a record's own field row. */
const FIELD_ROW = /^(Country|Head office):[ \t]*([^\n]+?)[ \t]*$/gm;

/** The one state a text names as a whole ("Tinland"), or null: a banner's last field, a "Country" field's value. */
export function wholeState(text: string, matcher: Matcher, catalog: Catalog): string | null {
  const hit = matcher.findAll(text).find((h) => h.start === 0 && h.end === text.length);
  return hit && catalog.byId.get(hit.entityId)?.kind === "COUNTRY" ? hit.entityId : null;
}

/** The state a field's value names whole: a state's name for "Country", a catalog city for "Head office". */
function fieldValueState(field: string, value: string, matcher: Matcher, catalog: Catalog): string | null {
  if (field === "Country") return wholeState(value, matcher, catalog);
  // "Port Alto, Coast District": the city opens the value; what follows the comma places it within its state.
  const city = value.split(",")[0]!.trim();
  // A city that seats international bodies is the office of many states' and no state's bodies.
  if (catalog.seatCities.has(city)) return null;
  return catalog.cities.get(city) ?? null;
}

/**
 * "Country: Tinland" or "Head office: Port Alto" in a record's field rows (PAGE_STATE): the page is about one state's
 * body, so the ministries it names bare are that state's. Every such row must give a state, and all the same one: a
 * page of records in several countries, or a value that names none, gives none.
 */
export function fieldState(doc: Pick<StructuredDocument, "passages">, matcher: Matcher, catalog: Catalog): string | undefined {
  const states = new Set<string | null>();
  for (const passage of doc.passages) for (const m of passage.text.matchAll(FIELD_ROW)) states.add(fieldValueState(m[1]!, m[2]!, matcher, catalog));
  const [state] = [...states];
  return states.size === 1 && state ? state : undefined;
}
