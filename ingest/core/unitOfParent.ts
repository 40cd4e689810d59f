import type { TripleExamples } from "./TripleExamples.js";

interface Named {
  id: string;
  kind: string;
  start: number;
  end: number;
}

/** Head words of a unit inside an institution: "Centre for …", "Institute of …", "Faculty of …". */
export const UNIT = /^(?:(?:Research|National|International|Regional)\s+)?(?:Centre|Center|Centro|Institute|Instituto|Institut|Faculty|Facultad|School|Department|Unit|Laboratory|Observatory)\b/;
/** An institution that holds such units: a university or college. */
export const INSTITUTION = /\b(?:University|Universidad|Universidade|Université|Universität|Universiteit|Università|College|Academy)\b/;
/** Between the unit and its institution: its short name in brackets, then a comma. */
const UNIT_THEN_PARENT = /^\s*(?:\([^()]{1,30}\))?\s*,\s*(?:the\s+)?$/;

/**
 * A partner list's row that names a unit with the institution it belongs to: "Centre for Coastal Studies (CCS),
 * University of Bergen", "Institute of Fisheries, Accra Technical University, Ghana". The unit is the partner; the
 * institution after it is where it belongs (PART_OF), no partner of its own. Pairs are [unit, institution].
 */
export function unitsOfParents<T extends Named>(rowText: string, rows: readonly T[], nameOf: (id: string) => string | undefined): Array<[T, T]> {
  const orgs = rows.filter((r) => r.kind === "ORGANIZATION").sort((a, b) => a.start - b.start);
  const out: Array<[T, T]> = [];
  for (let i = 0; i + 1 < orgs.length; i++) {
    const unit = orgs[i]!, parent = orgs[i + 1]!;
    const unitName = nameOf(unit.id) ?? "", parentName = nameOf(parent.id) ?? "";
    // The unit as written: its name may carry the institution (unitOfInstitution.ts: "University of X Institute of Y").
    const isUnit = (n: string) => UNIT.test(n) && !INSTITUTION.test(n);
    if ((!isUnit(unitName) && !isUnit(rowText.slice(unit.start, unit.end))) || !INSTITUTION.test(parentName)) continue;
    if (!UNIT_THEN_PARENT.test(rowText.slice(unit.end, parent.start))) continue;
    // The institution closes the row, save for its state.
    if (orgs.slice(i + 2).length > 0) continue;
    out.push([unit, parent]);
  }
  return out;
}

const SHEET = "PROJECT SHEET\nCoastal Skills Programme (CSP)\n\nThe Coastal Skills Programme (CSP) trains young crews.\n\n";
/** Example pages (test/unit/unitOfParent.test.ts): `expect` is [type, source, target]. */
export const UNIT_OF_PARENT_EXAMPLES: TripleExamples = {
  positive: [
    { text: `${SHEET}Research partners:\n  - Centre for Coastal Studies (CCS), University of Bergen\n  - Harbour Research Council\nMore text.\n`, expect: ["PART_OF", "org:centre-for-coastal-studies", "org:university-of-bergen"] },
    { text: `${SHEET}Research partners:\n  - Centre for Coastal Studies (CCS), University of Bergen\n  - Harbour Research Council\nMore text.\n`, expect: ["PARTICIPATES_IN", "org:centre-for-coastal-studies", "ini:coastal-skills-programme"] },
    { text: `${SHEET}Research partners:\n  - Centre for Coastal Studies (CCS), University of Bergen\n  - Harbour Research Council\nMore text.\n`, expect: ["PARTICIPATES_IN", "org:harbour-research-council", "ini:coastal-skills-programme"] },
  ],
  negative: [
    // The institution is where the unit belongs, not a partner of its own.
    { text: `${SHEET}Research partners:\n  - Centre for Coastal Studies (CCS), University of Bergen\n  - Harbour Research Council\nMore text.\n`, expect: ["PARTICIPATES_IN", "org:university-of-bergen", "ini:coastal-skills-programme"] },
    // Two partners in one row, neither a unit of the other.
    { text: `${SHEET}Research partners: Harbour Research Council, University of Bergen\nMore text.\n`, expect: ["PART_OF", "org:harbour-research-council", "org:university-of-bergen"] },
  ],
};
