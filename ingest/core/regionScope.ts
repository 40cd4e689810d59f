import type { NameRule } from "./NameRule.js";

/**
 * "in <place>" after a meeting's or body's head is where it is held or sits, and trimName cuts it. A world region
 * after a complement is the name's scope instead: meetings are held in cities and countries, not in "Africa", so
 * "the High-level Forum on X for Development in Africa" keeps "in Africa". A region right after the head noun
 * ("the Nordic Institute in Africa") still locates the body.
 */
/** Compass and other words that may stand before a region ("West Africa", "Latin America"). */
export const REGION_MODIFIERS = "West Western East Eastern North Northern South Southern Central Latin Sub-Saharan South-East Southeast South-West Southwest North-East Northeast Arab".split(" ");

export const REGION_SCOPE: NameRule = {
  id: "region-scope",
  what: "A world region after 'in' that closes a name's complement is part of the name ('… for Development in Africa'), not a venue; a city or country there, or a region right after the head noun, is a venue and is cut.",
  words: "Africa Asia Europe America Americas Pacific Caribbean Mediterranean Sahel Balkans Caucasus Maghreb Mashreq Region".split(" "),
  positive: [
    { text: "The High-level Forum on Coastal Diaspora Investment for Development in Africa was organized by the Fishers Union.", name: "High-level Forum on Coastal Diaspora Investment for Development in Africa", kind: "FORUM" },
    { text: "Delegates met at the Regional Consultation on Fishers' Rights in Southern Africa last year.", name: "Regional Consultation on Fishers' Rights in Southern Africa", kind: "FORUM" },
    { text: "She opened the Coastal Dialogue on Labour Mobility in Latin America.", name: "Coastal Dialogue on Labour Mobility in Latin America", kind: "FORUM" },
  ],
  negative: [
    { text: "The Global Consultation on Coastal Health in Madrid was opened by the minister.", name: "Global Consultation on Coastal Health in Madrid" },
    { text: "The Nordic Fisheries Institute in Africa trained inspectors.", name: "Nordic Fisheries Institute in Africa" },
    { text: "The Forum on Coastal Labour in Kenya heard three speakers.", name: "Forum on Coastal Labour in Kenya" },
  ],
};

const REGIONS = new Set(REGION_SCOPE.words);
const MODIFIERS = new Set(REGION_MODIFIERS);
const COMPLEMENT = /\s(?:on|for|of|to|against)\s/;

/** Is "in <place>" closing `kept` the scope of the name rather than its venue? */
export function isRegionScope(kept: string, place: string): boolean {
  return isWorldRegion(place.trim().split(/\s+/)) && COMPLEMENT.test(` ${kept} `);
}

/** A region word after compass words only ("Southern Africa", "Latin America"); `regions` may widen the words. */
export function isWorldRegion(words: readonly string[], regions: ReadonlySet<string> = REGIONS): boolean {
  return regions.has(words[words.length - 1]!) && words.slice(0, -1).every((w) => MODIFIERS.has(w));
}
