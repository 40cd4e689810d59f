import type { Catalog } from "../catalog/catalog.js";
import { nameKey } from "./fold.js";
import type { IdentityRule } from "./IdentityRule.js";
import { REGION_MODIFIERS, REGION_SCOPE } from "./regionScope.js";
import type { DiscoveredName } from "./types.js";

/**
 * CATALOG_PLACE_TAIL: a catalog body whose name closes on the world region it serves ("… for Palestine Refugees in the
 * Near East", "… for Drought Control in the Sahel") is often written without that region. The name before "in" is the
 * catalog body when it is long enough to be a name of its own (five words or more), the written name has the same kind,
 * and no other catalog name cut the same way gives the same words. A country, a city or any other phrase after "in" is
 * no region: "X in Kenya" is not cut, and neither is "… against Trafficking in Persons".
 */
export const CATALOG_PLACE_TAIL: IdentityRule = {
  id: "catalog-place-tail",
  what: "A discovered name that is a catalog name without its closing 'in (the) <world region>' is that catalog entity, when the name left is five words or more and of the same kind; a closing phrase that is no world region is never cut off.",
  words: [],
  positive: [
    { text: "Schools for refugee children in Gaza are run by the UN Relief and Works Agency for Palestine Refugees, which Norway funds.", present: ["org:unrwa"], absent: ["org:un-relief-and-works-agency-for-palestine-refugees"] },
    { text: "Mali and Niger sit on the Permanent Interstate Committee for Drought Control, which meets in Ouagadougou.", present: ["org:cilss"], absent: ["org:permanent-interstate-committee-for-drought-control"] },
  ],
  negative: [
    // "Trafficking in Persons" closes the name with no region: the shorter name is another group.
    { text: "Ghana chairs the Inter-Agency Coordination Group against Trafficking this year.", absent: ["forum:icat"] },
  ],
};

const REGION_NOUNS = new Set(REGION_SCOPE.words);
const REGION_WORDS = new Set([...REGION_MODIFIERS, "Near", "Middle", "Far"]);
const PLACE_TAIL = /^(.+?)\s+in\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})$/;

/** Whether `place` is a world region: a region noun, or "East" and the like after the words that make one. */
function isWorldRegion(place: string): boolean {
  const words = place.split(/\s+/);
  const last = words[words.length - 1]!;
  const lead = words.slice(0, -1);
  if (REGION_NOUNS.has(last)) return lead.every((w) => REGION_WORDS.has(w));
  return last === "East" && lead.length === 1 && ["Near", "Middle", "Far"].includes(lead[0]!);
}

/** The catalog entity, by identity key of each catalog name cut before its closing region (null: two entities). */
export function placeTailKeys(catalog: Catalog): Map<string, { id: string; kind: string } | null> {
  const out = new Map<string, { id: string; kind: string } | null>();
  for (const e of catalog.entities) {
    if (e.kind === "COUNTRY" || e.isEvent) continue;
    for (const n of [e.name, ...e.aliases]) {
      const m = PLACE_TAIL.exec(n);
      if (!m || m[1]!.split(/\s+/).length < 5 || !isWorldRegion(m[2]!)) continue;
      const k = nameKey(m[1]!);
      const other = out.get(k);
      out.set(k, other === undefined || other?.id === e.id ? { id: e.id, kind: e.kind } : null);
    }
  }
  return out;
}

/** The catalog entity a discovered name names without its closing region, if any. */
export function placeTailTarget(d: DiscoveredName, keys: ReadonlyMap<string, { id: string; kind: string } | null>): string | undefined {
  if (d.isEvent || d.parentId) return undefined;
  const hit = keys.get(nameKey(d.name));
  return hit && hit.kind === d.kind ? hit.id : undefined;
}
