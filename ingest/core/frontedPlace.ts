import type { M } from "./mentionLists.js";

/**
 * "In Chad, the project trained 300 nurses": a clause that opens on "In <country>," and goes on with the programme
 * as its subject says the programme works there. The clause may open the sentence or follow a semicolon ("; in Kenya it
 * supported two universities"). Only the programme (named, or "the project" / "it" through coreference) may stand
 * between the comma and its verb, so "In Ghana, a study of the project found" or "In Mali, as in Niger," state nothing.
 * The opening may name the programme's presence there: "With field teams in Lebanon and Jordan, the project reaches …".
 */
const CLAUSE_OPENING = /(?:^|;\s*)\s*(?:with\s+(?:(?:its|their|country|field|local|national|regional)\s+){0,2}(?:offices|teams|staff|presence|projects|operations|activities|branches)\s+)?in\s+(?:the\s+)?/gi;
/** What may join the places of the opening ("In Lebanon and Jordan,"). */
const PLACE_JOIN = /^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$/i;
/** After the programme: a modal, negation or plan states no fact; a possessive or a venue act ("was presented") states no work there. */
const NOT_ITS_WORK = /^(?:['’]s\b|\s+(?:(?:has|have|had|is|was|were|also|then|later|now|still)\s+)*(?:not|never|no|will|would|should|could|may|might|must|shall|can|plans?|planned|intends?|aims?|hopes?|seeks?|expects?|is to|was to|(?:expected|scheduled|due|set|about|going|likely) to|met|meets|was (?:presented|discussed|showcased|reviewed|compared|launched at|cited|mentioned)|were (?:presented|discussed|compared)|held (?:its|a|an|the)\s+(?:\w+\s+){0,2}(?:meeting|conference|workshop|event|session))\b)/i;

export function frontedPlaces(text: string, ms: M[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const open of text.matchAll(CLAUSE_OPENING)) {
    const from = open.index! + open[0].length;
    // The places named one after another right after "In", up to the comma that closes the opening.
    const places: M[] = [];
    let cursor = from;
    for (const m of ms) {
      if (m.start < cursor) continue;
      const gap = text.slice(cursor, m.start);
      if (m.kind !== "COUNTRY" || (places.length === 0 ? gap.trim() !== "" : !PLACE_JOIN.test(gap))) break;
      places.push(m);
      cursor = m.end;
    }
    if (places.length === 0) continue;
    const comma = /^\s*,?\s*/.exec(text.slice(cursor))!;
    if (!comma[0].includes(",") && !/^\s+(?:it|the)\b/i.test(text.slice(cursor))) continue;
    const subjectFrom = cursor + comma[0].length;
    const subject = ms.find((m) => m.start >= subjectFrom && m.start <= subjectFrom + 4);
    if (!subject || subject.kind !== "INITIATIVE" || !/^(?:the\s+|its\s+)?$/i.test(text.slice(subjectFrom, subject.start))) continue;
    if (NOT_ITS_WORK.test(text.slice(subject.end, subject.end + 60))) continue;
    for (const p of places) out.push([subject.id, p.id]);
  }
  return out;
}
