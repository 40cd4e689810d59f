import type { Catalog } from "../catalog/catalog.js";
import type { Matcher } from "./Matcher.js";
import type { NameRule } from "./NameRule.js";
import { NATIONAL_BODIES } from "./nationalBodyRules.js";
import { statesByDemonym } from "./otherDemonym.js";
import { sentenceAround } from "./sentenceAround.js";
import { stateWord } from "./titleState.js";

/** What the reader needs of a name hit; nameTrim's Hit has these fields (a structural type keeps this module a leaf). */
interface PlacedHit {
  id: string;
  kind: string;
  start: number;
  end: number;
}

/**
 * PARAGRAPH_STATE: "Rome - Italy has used its Africa Fund since 2017. The fund is managed by the Ministry of Foreign Affairs
 * and International Cooperation (MAECI), whose Directorate General for Italians Abroad …": a ministry whose long title the
 * page gives an acronym (nationalBody.ts acronymDefined) is the state's that its paragraph names before it and its own
 * sentence names again, where that stretch names no other state. Read only for a ministry that is named at all, so it
 * decides which body the name is (the state-qualified one another page names), not whether there is one.
 */
export const PARAGRAPH_STATE: NameRule = {
  id: "paragraph-state",
  what: "A ministry or department whose long title the page gives an acronym, in a paragraph that names one state before it (by name or demonym, its plural included) and names that state again in the ministry's own sentence, is that state's ('Ghanaian Ministry of …'); a second state (by name, demonym or city) anywhere from the paragraph's start to the sentence's end, a state named only before the sentence or only in it, or talk of delegations leaves the title bare.",
  words: [],
  positive: [
    { text: "Accra - Ghana has used its Coastal Fund since 2017 to pay for landing sites. The fund is managed by the Ministry of Fisheries, Ports and Coastal Affairs (MOFIPCA), whose Directorate for Ghanaians Abroad prepares the decisions.", name: "Ghanaian Ministry of Fisheries, Ports and Coastal Affairs", kind: "ORGANIZATION" },
    { text: "Peru set up the Andes Water Fund in 2016. Since then the Ministry of Mining, Water and Mountain Affairs (MIMWMA) has run it for Peru.", name: "Peruvian Ministry of Mining, Water and Mountain Affairs", kind: "ORGANIZATION" },
    { text: "Kenya opened two labour desks abroad in 2019; the Ministry of Labour, Skills and Social Protection (MOLSSP) staffs the Kenyan desks.", name: "Kenyan Ministry of Labour, Skills and Social Protection", kind: "ORGANIZATION" },
  ],
  negative: [
    // The state is named only before the ministry's sentence: the officials may be any state's.
    { text: "Ghana hosted the workshop in 2019. Officials of the Ministry of Fisheries, Ports and Coastal Affairs (MOFIPCA) attended.", name: "Ghanaian Ministry of Fisheries, Ports and Coastal Affairs" },
    // Only in the sentence, after the ministry: no state before it.
    { text: "Officials of the Ministry of Fisheries, Ports and Coastal Affairs (MOFIPCA) met Ghanaian boat owners.", name: "Ghanaian Ministry of Fisheries, Ports and Coastal Affairs" },
    // Two states in the paragraph.
    { text: "Ghana and Togo share the lagoon. The Ministry of Fisheries, Ports and Coastal Affairs (MOFIPCA) counts Ghanaian canoes.", name: "Ghanaian Ministry of Fisheries, Ports and Coastal Affairs" },
    { text: "Ghana pays for the landing sites. The Ministry of Fisheries, Ports and Coastal Affairs (MOFIPCA) counts Ghanaian and Togolese canoes.", name: "Ghanaian Ministry of Fisheries, Ports and Coastal Affairs" },
    // Delegations: a bare ministry may be any of theirs.
    { text: "Ghana welcomed the delegations in 2019. The Ministry of Fisheries, Ports and Coastal Affairs (MOFIPCA) spoke for Ghana.", name: "Ghanaian Ministry of Fisheries, Ports and Coastal Affairs" },
  ],
};

/** Whether a stretch places something in a catalog city of another state ("in Lomé"). */
function otherCity(stretch: string, stateId: string, cities: ReadonlyMap<string, string>): boolean {
  const runs = stretch.match(/\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,2}/gu) ?? [];
  return runs.some((run) => run.split(" ").some((_, i, words) => {
    const city = cities.get(words.slice(0, i + 1).join(" "));
    return city !== undefined && city !== stateId;
  }));
}

/** The state PARAGRAPH_STATE reads for the ministry at [start, end) of `text`, or undefined. */
export function paragraphState<H extends PlacedHit>(text: string, start: number, end: number, hits: H[], demonyms: ReadonlyMap<string, string>, cities: ReadonlyMap<string, string> | undefined): string | undefined {
  const paragraph = text.lastIndexOf("\n", start) + 1;
  const { from, to } = sentenceAround(text, start, end);
  const stretch = text.slice(paragraph, to);
  if (/\bdelegat(?:e|es|ion|ions)\b/i.test(stretch)) return undefined;
  const named = (a: number, b: number) => [
    ...hits.filter((h) => h.kind === "COUNTRY" && h.start >= a && h.end <= b).map((h) => h.id),
    ...statesByDemonym(text.slice(a, b), demonyms, true),
  ];
  const states = new Set(named(paragraph, to));
  if (states.size !== 1) return undefined;
  const state = [...states][0]!;
  if (cities && otherCity(stretch, state, cities)) return undefined;
  // Named before the ministry, and again in its own sentence (outside the title itself).
  if (named(paragraph, start).length === 0) return undefined;
  if (named(from, start).length + named(end, to).length === 0) return undefined;
  return state;
}

const NATIONAL_HEAD = new RegExp(`^(?:${NATIONAL_BODIES.words.heads.join("|")})\\s+(?:of|for)\\s+(?:the\\s+)?[A-Z]`);

/**
 * PARAGRAPH_STATE for "Ministry of X (ACR)" read as a definition (acronymDefinitions.ts, which runs before the passage's
 * catalog hits are kept, so the states are found here): the state-qualified name and the title with its state after
 * it, or null.
 */
export function definedNationalBody(text: string, start: number, name: string, doc: { matcher: Matcher; catalog: Catalog; shortName: (id: string) => string }): { name: string; written: string } | null {
  if (!NATIONAL_HEAD.test(name)) return null;
  const { from, to } = sentenceAround(text, start, start + name.length);
  const paragraph = text.lastIndexOf("\n", start) + 1;
  const hits = doc.matcher.findAll(text.slice(paragraph, Math.max(to, from))).map((h) => ({ id: h.entityId, kind: doc.catalog.byId.get(h.entityId)?.kind ?? "", start: paragraph + h.start, end: paragraph + h.end }));
  const state = paragraphState(text, start, start + name.length, hits, doc.catalog.demonyms, doc.catalog.cities);
  if (!state) return null;
  return { name: `${stateWord(state, doc.catalog.demonyms, doc.shortName)} ${name}`, written: `${name} of ${doc.shortName(state).replace(/^Republic of (?=[Tt]he\s)/, "")}` };
}
