import type { NameRule } from "./NameRule.js";
import type { PassageScan } from "./PassageScan.js";

/**
 * A state written by its demonym and a noun only a state has: "the Peruvian presidency", "the Nigerian delegation",
 * "the Australian Government", "Turkish authorities". The phrase is a mention
 * of the country (catalog demonyms, identity data), so rules read it as the actor. A demonym before any other noun
 * ("the Peruvian coast", "Australian Red Cross") names no state.
 */
export const DEMONYM_STATES: NameRule = {
  id: "demonym-states",
  what: "A catalog demonym before a state noun (Government, presidency, delegation, authorities, chairmanship) is a mention of that country; a ministry stays a body of its own.",
  words: ["Government", "government", "Presidency", "presidency", "Delegation", "delegation", "authorities", "Authorities", "Chairmanship", "chairmanship"],
  positive: [
    { text: "Under the Peruvian presidency, the Coastal Conference on Fisheries met in Lima.", name: "Peru", kind: "COUNTRY" },
    { text: "The Nigerian delegation took part in the Coastal Dialogue on Ports.", name: "Nigeria", kind: "COUNTRY" },
    { text: "The Australian Government funds the Coastal Data Programme.", name: "Australia", kind: "COUNTRY" },
  ],
  // A ministry is a body of its own, named with its state ("Dutch Ministry of Foreign Affairs"), as graphs name it.
  negative: [
    { text: "The Coastal Data Programme maps the Peruvian coast.", name: "Peru" },
    { text: "The Australian Red Cross runs the Coastal Data Programme.", name: "Australia" },
    { text: "Nigerian workers in the Gulf took part in the Coastal Dialogue on Ports.", name: "Nigeria" },
    { text: "The Dutch Ministry of Foreign Affairs wrote a report on coastal data.", name: "Netherlands" },
  ],
};

const STATE_NOUNS = `(?:(?:Federal|National|Royal)\\s+)?(?:${DEMONYM_STATES.words.join("|")})`;
const DEMONYM_AT = /\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+$/;
const NOUN_AFTER = new RegExp(`^\\s+${STATE_NOUNS}\\b`);
/** "Under the Peruvian presidency, …": a fronted role phrase, read as a chair by patternRules.ts, is no actor of the clause. */
const UNDER_BEFORE = /\b[Uu]nder\s+(?:the\s+)?$/;

/** Only the nouns that are the state itself: "Peru's delegation to X" stays a possessive frame of its own (predicateNouns.ts). */
const OWN_NOUN_AFTER = /^(?:[’']s)?\s+(?:(?:Federal|National|Royal)\s+)?(?:Government|government|authorities|Authorities)\b/;

/**
 * Country mentions written as "<demonym> <state noun>" (DEMONYM_STATES), pushed where no other name stands; a
 * country's own name before a state noun ("Kenya's Government", "the UAE authorities") is stretched over it.
 */
export function demonymStates(scan: PassageScan): void {
  const { text } = scan;
  for (const m of scan.mentions) {
    if (m.kind !== "COUNTRY") continue;
    const own = OWN_NOUN_AFTER.exec(text.slice(m.localEnd, m.localEnd + 40));
    if (!own) continue;
    const end = m.localEnd + own[0].length;
    if (scan.overlaps(m.localEnd, end)) continue;
    const span = scan.taken.find(([a, b]) => a === m.localStart && b === m.localEnd);
    if (!span) continue;
    m.localEnd = span[1] = end;
    m.surface = text.slice(m.localStart, end);
  }
  const { demonyms } = scan.doc.catalog;
  if (demonyms.size === 0) return;
  for (const noun of text.matchAll(new RegExp(`\\b${STATE_NOUNS}\\b`, "g"))) {
    const before = DEMONYM_AT.exec(text.slice(Math.max(0, noun.index! - 30), noun.index!));
    if (!before) continue;
    // "Costa Rican", "Sri Lankan", else the last word alone ("the Peruvian").
    const words = before[1]!;
    const last = words.split(/\s+/).pop()!;
    const demonym = demonyms.has(words) ? words : demonyms.has(last) ? last : null;
    if (!demonym) continue;
    const start = noun.index! - before[0].length + before[0].lastIndexOf(demonym);
    const end = noun.index! + noun[0].length;
    if (!NOUN_AFTER.test(text.slice(start + demonym.length, end)) || scan.overlaps(start, end)) continue;
    if (UNDER_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    scan.push({ localStart: start, localEnd: end, kind: "COUNTRY", key: demonyms.get(demonym)!, method: "catalog", confidence: 0.85 });
  }
}
