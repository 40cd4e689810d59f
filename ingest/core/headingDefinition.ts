import type { Catalog } from "../catalog/catalog.js";
import type { Matcher } from "./Matcher.js";
import { titleName, type TitleName } from "./titleName.js";

/** A title or heading "Name (ACR)" defines its acronym (HEADING_DEFINITIONS in headingDefinitionRules.ts). */
const DEFINITION = /^(?:The\s+)?(.+?)\s+\(([A-Z][A-Za-z0-9&-]{1,11})\)$/;

/** The name and acronym a heading "Name (ACR)" defines, or null (HEADING_DEFINITIONS). */
export function headingDefinition(label: string | null, catalog: Catalog, matcher: Matcher): (TitleName & { acronym: string }) | null {
  const m = label ? DEFINITION.exec(label.trim()) : null;
  if (!m || !/[A-Z].*[A-Z]/.test(m[2]!) || m[2]![0] !== m[1]![0]) return null;
  // "Global Forum on Remittances, Investment and Development (GFRID)": a catalog name opening it is that body's longer
  // name, which the identity rules fold into the catalog entity; no new name here.
  if (matcher.findAll(m[1]!).some((x) => x.start === 0)) return null;
  const named = titleName(m[1]!, catalog, matcher);
  return named && !named.meeting ? { ...named, acronym: m[2]! } : null;
}
