import { entityId } from "../../src/ontology/ids.js";
import type { Hit } from "./nameTrim.js";
import type { PassageScan } from "./PassageScan.js";
import type { TripleExamples } from "./TripleExamples.js";
import { INSTITUTION, UNIT } from "./unitOfParent.js";

/**
 * A unit named only by its field: a unit head, "of" or "for", and up to four words of the field ("Institute of
 * Geography", "Department of Social Sciences", "Centre for Migration Studies"). Every university may have one of that
 * name, so the name alone identifies none of them.
 */
const FIELD_UNIT = /^(?:(?:Research|National|International|Regional)\s+)?[A-Z][\p{L}-]+\s+(?:of|for)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}’'-]*(?:,?\s+(?:and|&|of|on|in|the)\s+|,\s+|\s+)?){1,4}$/u;
/** Where a list item or a field's value opens: the line's start after a bullet, after "Label:", a tab or ";". */
const ITEM_OPENS = /(?:^|\n)[ \t]*(?:[-–•*][ \t]+)?(?:the\s+)?$|[:;\t]\s*(?:the\s+)?$/;
/** After the unit: a comma, then the institution's capitalised words (group 2). */
const INSTITUTION_AFTER = /^(,\s+(?:the\s+)?)([A-Z][\p{L}’'.-]*(?:\s+(?:(?:of|de|du|des|la|le|for|and)\s+)?[A-Z][\p{L}’'.-]*)*)/u;
/** Where the item closes after the institution: the line's end or ";", after the place the row may give (group 1). */
const ITEM_CLOSES = /^(?:,\s+(?:the\s+)?([A-Z][\p{L}’' -]{1,40}?))?\s*(?:;|\n|$)/u;

/**
 * "Institute of Geography, University of Neuchatel" as a list item or a field's value: a unit named only by its field,
 * written before the university or college it belongs to, is that institution's unit (UNIT_OF_INSTITUTION). Its id
 * carries the institution, as a unit named with its owner after "of" does ("the Labour Mobility Unit of the ILO"), so
 * two universities' institutes of geography stay two. A unit with an acronym or a name of its own ("Centre for
 * Coastal Studies (CCS), University of Bergen") keeps its own name (unitOfParent.ts reads it as a part). Inside a
 * sentence the comma may part two items of a list, and nothing is read.
 */
export function institutionAfterComma(scan: PassageScan, name: string, start: number, end: number): Hit | undefined {
  if (!UNIT.test(name) || INSTITUTION.test(name) || !FIELD_UNIT.test(name)) return undefined;
  const { text } = scan;
  if (!ITEM_OPENS.test(text.slice(Math.max(0, start - 40), start))) return undefined;
  const rest = INSTITUTION_AFTER.exec(text.slice(end, end + 120));
  if (!rest || !INSTITUTION.test(rest[2]!) || UNIT.test(rest[2]!)) return undefined;
  const at = end + rest[1]!.length;
  const to = at + rest[2]!.length;
  // A list of bodies goes on after the institution ("…, University of X, Harbour Council"): only a place may follow it.
  const closes = ITEM_CLOSES.exec(text.slice(to, to + 60));
  if (!closes || (closes[1] && !scan.doc.isPlace(closes[1]))) return undefined;
  const known = scan.hits.find((h) => h.start === at && h.end === to && h.kind === "ORGANIZATION");
  if (known) return known;
  if (scan.overlaps(at, to)) return undefined;
  // The institution is read after the unit, under the key its name gives: discovered now, the unit can carry its name.
  const key = entityId("ORGANIZATION", rest[2]!);
  if (!scan.doc.catalog.byId.has(key)) scan.discover({ key, kind: "ORGANIZATION", name: rest[2]!, acronym: null });
  return { start: at, end: to, id: key, kind: "ORGANIZATION" };
}

const SHEET = "PROJECT SHEET\nCoastal Skills Programme (CSP)\n\nThe Coastal Skills Programme (CSP) trains young crews.\n\n";
/** Example pages (test/unit/unitOfInstitution.test.ts): `expect` is [type, source, target]. */
export const UNIT_OF_INSTITUTION_EXAMPLES: TripleExamples = {
  positive: [
    { text: `${SHEET}Research partners:\n  - Institute of Geography, University of Tinburg\n  - Harbour Research Council\nMore text.\n`, expect: ["PART_OF", "org:university-of-tinburg-institute-of-geography", "org:university-of-tinburg"] },
    { text: `${SHEET}Research partners:\n  - Institute of Geography, University of Tinburg\n  - Harbour Research Council\nMore text.\n`, expect: ["PARTICIPATES_IN", "org:university-of-tinburg-institute-of-geography", "ini:coastal-skills-programme"] },
    // The row may close on the institution's country.
    { text: `${SHEET}Research partners:\n  - Department of Social Sciences, Reef Bay University, Ghana\n  - Harbour Research Council\nMore text.\n`, expect: ["PART_OF", "org:reef-bay-university-department-of-social-sciences", "org:reef-bay-university"] },
    // A field's value.
    { text: `${SHEET}Lead partner: Centre for Coastal Studies, University of Tinburg\n\nMore text.\n`, expect: ["PART_OF", "org:university-of-tinburg-centre-for-coastal-studies", "org:university-of-tinburg"] },
  ],
  negative: [
    // The unit's name alone identifies no one unit.
    { text: `${SHEET}Research partners:\n  - Institute of Geography, University of Tinburg\n  - Harbour Research Council\nMore text.\n`, expect: ["PARTICIPATES_IN", "org:institute-of-geography", "ini:coastal-skills-programme"] },
    // A unit with an acronym of its own keeps its name.
    { text: `${SHEET}Research partners:\n  - Centre for Coastal Studies (CCS), University of Bergen\n  - Harbour Research Council\nMore text.\n`, expect: ["PART_OF", "org:university-of-bergen-centre-for-coastal-studies", "org:university-of-bergen"] },
    // Inside a sentence, the comma parts two items of a list.
    { text: `${SHEET}The Coastal Skills Programme works with the Institute of Geography, University of Tinburg and Harbour Research Council.\n`, expect: ["PART_OF", "org:university-of-tinburg-institute-of-geography", "org:university-of-tinburg"] },
    // A list of bodies: another body, not a place, follows the institution.
    { text: `${SHEET}Partners: Institute of Geography, University of Tinburg, Harbour Research Council\nMore text.\n`, expect: ["PART_OF", "org:university-of-tinburg-institute-of-geography", "org:university-of-tinburg"] },
    // A body after the comma that is no university or college.
    { text: `${SHEET}Research partners:\n  - Institute of Geography, Harbour Research Council\nMore text.\n`, expect: ["PART_OF", "org:harbour-research-council-institute-of-geography", "org:harbour-research-council"] },
  ],
};
