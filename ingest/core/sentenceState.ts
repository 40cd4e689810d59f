import type { NameRule } from "./NameRule.js";
import { otherDemonym } from "./otherDemonym.js";
import { HEAD_NOUNS } from "./headNouns.js";
import { clauseAround, sentenceAround } from "./sentenceAround.js";

/** What the readers need of a name hit; nameTrim's Hit has these fields (a structural type keeps this module a leaf). */
interface PlacedHit {
  id: string;
  kind: string;
  start: number;
  end: number;
}

/** "In Accra," opening a sentence, a line or a clause after a semicolon, then the city's one to three capitalised words. */
const CITY_OPENER = /(?:^|[.;!?]\s+|\n\s*)[Ii]n\s+(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,2})(?:,\s+|\s+(?=the\s|\p{Lu}))/gu;
/** "the Estonian government", "the Government of Zambia", "Zambia's government": a state's government named in a sentence. */
const DEMONYM_GOVERNMENT = /\b(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?)\s+[Gg]overnment\b/gu;
const GOVERNMENT_OF = /\b[Gg]overnment\s+of\s+(?:the\s+)?$/;
const POSSESSIVE_GOVERNMENT = /^['’]s\s+[Gg]overnment\b/;

/**
 * Whether a sentence names any state but `stateId`: by a name hit, a demonym ("a Malawian delegation") or a catalog
 * city of another state ("officials from Lima"). Two states in reach leave the body's state unsaid.
 */
function otherStateIn(text: string, from: number, to: number, stateId: string, hits: PlacedHit[], demonyms: ReadonlyMap<string, string>, cities: ReadonlyMap<string, string>): boolean {
  if (hits.some((h) => h.kind === "COUNTRY" && h.id !== stateId && h.start >= from && h.end <= to)) return true;
  const sentence = text.slice(from, to);
  if (otherDemonym(sentence, stateId, demonyms)) return true;
  // "envoys from Kampala", "São Paulo": a run of capitalised words read from its first word, one to three words long.
  const runs = sentence.match(/\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,2}/gu) ?? [];
  return runs.some((run) => {
    const words = run.split(" ");
    return words.some((_, i) => {
      const city = cities.get(words.slice(0, i + 1).join(" "));
      return city !== undefined && city !== stateId;
    });
  });
}

/** The head nouns of a body's name: an organisation's, a forum's or a programme's (headNouns.ts). */
const BODY_HEADS: ReadonlySet<string> = new Set([...HEAD_NOUNS.words.ORGANIZATION, ...HEAD_NOUNS.words.FORUM, ...HEAD_NOUNS.words.INITIATIVE]);

/**
 * "the Department of Social Affairs of the Lagoon Trust": past its own complement the title goes on to the body that
 * owns it, whose head noun names a body; that body, not a city's state, is where the unit belongs. A complement of
 * its own with a second "of" ("Department of Protection of Nationals Abroad") is no owner.
 */
function ownedByBody(name: string): boolean {
  const parts = name.split(/\s+of\s+/);
  if (parts.length < 3) return false;
  const owner = parts.slice(2).join(" of ").replace(/^the\s+/i, "");
  const head = owner.split(/\s+(?:of|for|on|in|and|to)\s+/)[0]!.split(/\s+/).pop()!;
  return /^\p{Lu}/u.test(owner) && BODY_HEADS.has(head);
}

/**
 * "In Accra, the Ministry of Fisheries funds X": a clause opened by one catalog city frames what it says, as "In Ghana,"
 * does (openingState.ts), so a ministry it names without a state is the city's state's (CITY_OPENING). Nothing between
 * the opener and the body may end the clause, and the sentence may name no other state (by name, demonym or city).
 * A city that seats international bodies (`seats`, the catalog's seatCities) frames no state's ministry.
 */
export function cityOpeningState(text: string, start: number, end: number, hits: PlacedHit[], demonyms: ReadonlyMap<string, string>, cities: ReadonlyMap<string, string>, seats: ReadonlyMap<string, string>): string | undefined {
  const clause = clauseAround(text, start, end).from;
  const opener = [...text.slice(clause, start + 5).matchAll(CITY_OPENER)].pop();
  if (!opener) return undefined;
  const state = cities.get(opener[1]!);
  // A city that seats international bodies hosts other states' delegations: its state is not theirs.
  if (!state || seats.has(opener[1]!)) return undefined;
  // A unit of a body the name goes on to ("… of the Lagoon Trust") is that body's, whatever city it works in.
  if (ownedByBody(text.slice(start, end))) return undefined;
  // Where delegations are spoken of in the passage, a bare ministry may be any of theirs.
  if (/\bdelegat(?:e|es|ion|ions)\b/i.test(text)) return undefined;
  const openerEnd = clause + opener.index! + opener[0].length;
  if (/[.;:!?\n]/.test(text.slice(openerEnd, start))) return undefined;
  // A state's name that is also a city ("In Djibouti,") is a state hit, read by openingState.ts.
  if (hits.some((h) => h.kind === "COUNTRY" && h.start === clause + opener.index! + opener[0].indexOf(opener[1]!))) return undefined;
  const { from, to } = sentenceAround(text, start, end);
  return otherStateIn(text, from, to, state, hits, demonyms, cities) ? undefined : state;
}

/**
 * "Chile's government wrote the rules, and a year on the Ministry of Ports enforces them": a sentence that names one
 * state's government before a ministry it names without a state is about that state's ministry (GOVERNMENT_SENTENCE).
 * The government must come first in the same sentence, and the sentence may name no other state.
 */
export function governmentState(text: string, start: number, end: number, hits: PlacedHit[], demonyms: ReadonlyMap<string, string>, cities: ReadonlyMap<string, string>): string | undefined {
  const { from, to } = sentenceAround(text, start, end);
  const before = text.slice(from, start);
  const states = new Set<string>();
  for (const m of before.matchAll(DEMONYM_GOVERNMENT)) {
    const words = m[1]!.split(" ");
    const demonym = demonyms.has(m[1]!) ? m[1]! : demonyms.has(words[words.length - 1]!) ? words[words.length - 1]! : null;
    if (demonym) states.add(demonyms.get(demonym)!);
  }
  for (const h of hits) {
    if (h.kind !== "COUNTRY" || h.start < from || h.end > start) continue;
    if (GOVERNMENT_OF.test(text.slice(from, h.start)) || POSSESSIVE_GOVERNMENT.test(text.slice(h.end, start))) states.add(h.id);
  }
  if (states.size !== 1) return undefined;
  const state = [...states][0]!;
  return otherStateIn(text, from, to, state, hits, demonyms, cities) ? undefined : state;
}

export const CITY_OPENING: NameRule = {
  id: "city-opening",
  what: "A ministry or department named without its state in a clause opened by one catalog city ('In Accra, the Ministry of Fisheries …') is that city's state's; a clause ended before the body, or a sentence that names another state (by name, demonym or another state's city), gives it none, and a state written with the body itself wins (nationalBody.ts, sentenceState.ts).",
  words: [],
  positive: [
    { text: "In Accra, the Ministry of Lagoons and Salt Works opened a training yard.", name: "Ghanaian Ministry of Lagoons and Salt Works", kind: "ORGANIZATION" },
    { text: "Boats are counted every spring; in Manila, the Department of Ferry Safety keeps the register.", name: "Philippine Department of Ferry Safety", kind: "ORGANIZATION" },
    { text: "In Kampala, Ruth Akello, a nurse, met the Ministry of Dry Lands about the wells.", name: "Ugandan Ministry of Dry Lands", kind: "ORGANIZATION" },
  ],
  negative: [
    // Another state in the sentence: two states in reach.
    { text: "In Lima, officials from Chile met the Ministry of Mountain Roads.", name: "Peruvian Ministry of Mountain Roads" },
    { text: "In Accra, a Togolese delegation visited the Ministry of Lagoons and Salt Works.", name: "Ghanaian Ministry of Lagoons and Salt Works" },
    // The city is not the clause's opener.
    { text: "The Ministry of Lagoons and Salt Works opened a yard in Accra.", name: "Ghanaian Ministry of Lagoons and Salt Works" },
    // The clause ends before the body.
    { text: "In Accra the boats are counted. The Ministry of Lagoons and Salt Works publishes the count.", name: "Ghanaian Ministry of Lagoons and Salt Works" },
    // The state written with the body wins.
    { text: "In Dakar, the Ministry of Sea Fishing of Mauritania signed the plan.", name: "Senegalese Ministry of Sea Fishing" },
    // Another state's city in the sentence.
    { text: "In Nairobi, the Ministry of Dry Lands met envoys from Kampala.", name: "Kenyan Ministry of Dry Lands" },
    // The name goes on to the body that owns the unit: no state's.
    { text: "In Accra, the Department of Net Repairs of the Lagoon Fishers Trust trains boat crews.", name: "Ghanaian Department of Net Repairs of the Lagoon Fishers Trust" },
    { text: "In Manila, the Department of Ferry Safety of the Harbour Pilots Commission keeps the register.", name: "Philippine Department of Ferry Safety of the Harbour Pilots Commission" },
    // A seat city of international bodies, a passage about delegations.
    { text: "In Vienna, the Ministry of Alpine Transit briefed the visiting envoys.", name: "Austrian Ministry of Alpine Transit" },
    { text: "Three delegations came. In Accra, the Ministry of Lagoons and Salt Works showed them the yard.", name: "Ghanaian Ministry of Lagoons and Salt Works" },
  ],
};

export const GOVERNMENT_SENTENCE: NameRule = {
  id: "government-sentence",
  what: "A ministry or department named without its state after one state's government in the same sentence ('The Estonian government …; the Ministry of X …', 'The Government of Zambia … and the Ministry of X …', 'Zambia's government …') is that state's; a government named in another sentence, two states' governments, or any other state in the sentence (by name, demonym or city) gives it none.",
  words: [],
  positive: [
    { text: "It was the Chilean government that drafted the bill; in 2020 the Ministry of Harbour Works adopted it.", name: "Chilean Ministry of Harbour Works", kind: "ORGANIZATION" },
    { text: "The Government of Zambia drafted the code, and the Ministry of Mines and Labour signed it.", name: "Zambian Ministry of Mines and Labour", kind: "ORGANIZATION" },
    { text: "Zambia's government asked the Ministry of Mines and Labour to report each year.", name: "Zambian Ministry of Mines and Labour", kind: "ORGANIZATION" },
  ],
  negative: [
    // The government is in the sentence before.
    { text: "The Kenyan government welcomed the plan. The Ministry of Dry Lands will carry it out.", name: "Kenyan Ministry of Dry Lands" },
    // Another state in the sentence.
    { text: "The Zambian government and a Malawian delegation agreed that the Ministry of Lake Trade would pay.", name: "Zambian Ministry of Lake Trade" },
    { text: "The Zambian government and a Malawian delegation agreed that the Ministry of Lake Trade would pay.", name: "Malawian Ministry of Lake Trade" },
    // The government comes after the body.
    { text: "The Ministry of Dry Lands wrote to the Kenyan government.", name: "Kenyan Ministry of Dry Lands" },
    // A government that is no state's.
    { text: "The Tinland Island government asked the Ministry of Reefs for a survey.", name: "Ministry of Reefs" },
  ],
};
