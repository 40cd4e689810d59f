import type { Hit } from "./nameTrim.js";
import type { PassageScan } from "./PassageScan.js";
import { ORGAN_HEADS } from "./organHeads.js";

/**
 * ORGAN_TITLES: "the Authority of Heads of State and Government", "the Conference of Heads of State and Government",
 * "the Council of Ministers". Regional organizations give their leaders' and ministers' organs the same few generic
 * titles, so the title alone says what the body is (a forum of the member states' leaders or ministers) but not whose
 * it is. It is the organ of the one organization its sentence names ("the ECOWAS Common Approach, which the Authority
 * of Heads of State and Government adopted …", "Conference of Heads of State and Government — the supreme organ of
 * ECCAS"); a sentence naming two organizations, or none, leaves the title unread. A title with its owner written in it
 * ("the Council of Ministers of the IGAD") is read by the owner-after-"of" readers already. The titles are data: generic
 * heads with their kind, never names of one body.
 */
export const ORGAN_TITLES = {
  id: "organ-titles",
  what: "A generic title of an organization's leaders' or ministers' organ, written capitalised with no owner in it, is a FORUM, part of the one organization (in the catalog) that its sentence names; no organization or two in the sentence leave it as its head noun reads it (a state's cabinet may be a Council of Ministers), and a person's office holding the title ('the Chair of the Authority'), or a lower-case title give nothing.",
  /** The titles, longest first, so the longest one written is the one read (ORGAN_HEADS.titles). */
  titles: ORGAN_HEADS.titles,
  kind: "FORUM" as const,
  positive: [
    { text: "ECOWAS drew up the Common Approach on Migration, which the Authority of Heads of State and Government adopted at its 33rd ordinary session in Ouagadougou in 2008.", name: "Authority of Heads of State and Government", parentId: "org:ecowas" },
    { text: "Organs of the community:\n- Conference of Heads of State and Government — the supreme organ of ECCAS; it meets in ordinary session every year.", name: "Conference of Heads of State and Government", parentId: "org:eccas" },
    { text: "The draft went through SADC's usual course: the Council of Ministers approved it in Gaborone in 2014.", name: "Council of Ministers", parentId: "org:sadc" },
    { text: "In 2009 the Assembly of Heads of State and Government adopted the displacement convention that the African Union had drafted.", name: "Assembly of Heads of State and Government", parentId: "org:african-union" },
  ],
  negative: [
    // No organization in the sentence: whose organ it is is not said.
    { text: "The Commission in turn answers to the Council of Ministers and the Authority of Heads of State and Government.", name: "Authority of Heads of State and Government" },
    // Two organizations in the sentence: which one's organ is not said.
    { text: "Delegates of ECOWAS and of ECCAS attended the Conference of Heads of State and Government in Abuja in 2010.", name: "Conference of Heads of State and Government" },
    // A person's office that holds the title is no organ of its own here.
    { text: "The Chair of the Authority of Heads of State and Government, the President of Ghana, spoke for ECOWAS in 2017.", name: "Chair of the Authority of Heads of State and Government" },
    // A title in lower case is a common noun.
    { text: "ECOWAS leaders met in a conference of heads of state and government in Abuja in 2010.", name: "conference of heads of state and government" },
  ],
};

const TITLES = new Set(ORGAN_TITLES.titles);

/** Whether `local` is one of the generic organ titles (ORGAN_TITLES). */
export function isOrganTitle(local: string): boolean {
  return TITLES.has(local);
}

/**
 * The one organization (a catalog ORGANIZATION) named in the sentence of the organ title [start, end), else undefined
 * (ORGAN_TITLES). Every catalog hit counts, those inside longer names too ("the ECOWAS Common Approach").
 */
export function organTitleOwner(scan: PassageScan, start: number, end: number): Hit | undefined {
  const { text } = scan;
  const from = sentenceEdge(text, start, -1);
  const to = sentenceEdge(text, end, 1);
  const inSentence = scan.hits.filter((h) => h.kind === "ORGANIZATION" && scan.doc.catalog.byId.has(h.id) && h.start >= from && h.end <= to && (h.end <= start || h.start >= end));
  const ids = new Set(inSentence.map((h) => h.id));
  if (ids.size !== 1) return undefined;
  // The organ is no person's office: "the Chair of the Authority of …" names the office, not the organ.
  if (/\b(?:Chair|Chairperson|President|Secretary|Head)\s+of\s+(?:the\s+)?$/.test(text.slice(Math.max(0, start - 40), start))) return undefined;
  return inSentence[0];
}

/** Where the sentence around `at` starts (dir -1) or ends (dir 1): a full stop and space, a semicolon or a line break. */
function sentenceEdge(text: string, at: number, dir: -1 | 1): number {
  const stop = /[.;]\s|\n/g;
  if (dir === 1) {
    stop.lastIndex = at;
    const m = stop.exec(text);
    return m ? m.index : text.length;
  }
  let edge = 0;
  for (let m = stop.exec(text); m && m.index < at; m = stop.exec(text)) edge = m.index + m[0].length;
  return edge;
}
