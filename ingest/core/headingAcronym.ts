import { entityId } from "../../src/ontology/ids.js";
import type { EntityKind } from "../../src/ontology/ontology.js";
import { headKind } from "./headKind.js";
import type { NameRule } from "./NameRule.js";
import { initialsMatch, isGeneric } from "./nameTrim.js";
import type { DocumentScan } from "./PassageScan.js";
import { TITLE_SMALL_WORDS, titleSmallPattern } from "./titleRun.js";
import { BRACKETED_TITLE_ACRONYM, REGION_CODE } from "./titleAcronym.js";

/**
 * A heading or a page title printed as "European Migration Network (EMN)" defines the acronym as a sentence would:
 * headings are not passages, so without this "The EMN exists to …" under it named nothing, and the lists below
 * took another body as their topic. The name before the brackets must be a name with a body's or programme's head
 * noun ("Network", "Fund", "Process", "Commission"), the acronym its initials; a catalog name is that entity.
 */
export const HEADING_ACRONYMS: NameRule = {
  id: "heading-acronyms",
  what: "A heading or page title 'Name (ACR)', whose name has a body's or programme's head noun and whose acronym spells its initials, defines the acronym for the document: the acronym in the text is a mention of that body.",
  words: [],
  positive: [
    { text: "Coastal Migration Network (CMN)\n\nThe CMN was set up in 2008. Ghana and Togo joined the CMN in 2010.", name: "Coastal Migration Network", kind: "INITIATIVE" },
    { text: "Harbour Workers Fund (HWF)\n\nThe HWF pays for training. Norway funds the HWF.", name: "Harbour Workers Fund", kind: "INITIATIVE" },
    // Under a breadcrumb line, and with a label line under it.
    { text: "Home > Networks\n\nCoastal Fishers Network (CFN)\n\nThe CFN links harbour towns. Ghana is a member of the CFN.", name: "Coastal Fishers Network", kind: "INITIATIVE" },
    { text: "Harbour Labour Observatory (HLO)\n\nLead agency: ILO\nThe HLO publishes tables.", name: "Harbour Labour Observatory", kind: "INITIATIVE" },
    // A title line printed in capitals names the body in title case.
    { text: "Fishers' news\n\nCOASTAL RETURN AND RECEPTION DATABASE (CRRD)\n\nThe CRRD is updated by ECRE every year.", name: "Coastal Return and Reception Database", kind: "INITIATIVE" },
    { text: "CREW WELFARE FUND FOR WEST AFRICA (CWFWA)\n\nNorway pays into the CWFWA.", name: "Crew Welfare Fund for West Africa", kind: "INITIATIVE" },
    // An acronym in two parts, the programme's and its region's code.
    { text: "Coastal Livelihoods Programme for West Africa (CLP WA)\n\nGhana and Togo have taken part in the CLP WA since 2019.", name: "Coastal Livelihoods Programme for West Africa", kind: "INITIATIVE" },
  ],
  // (A catalog body renamed with a longer name, "Global Forum on Remittances, Investment and Development (GFRID)", stays
  // the catalog body: test/unit/headingAcronym.test.ts.)
  negative: [
    // Initials that do not spell the name: a remark in brackets, not an acronym.
    { text: "Fishers' news\n\nCoastal Migration Network (FAQ)\n\nThe FAQ was updated.", name: "Coastal Migration Network" },
    // No head noun: a topic, not a body.
    { text: "Labour Mobility in the Region (LMR)\n\nThe LMR rose in 2010.", name: "Labour Mobility in the Region" },
    // A year or a place in brackets is no acronym.
    { text: "Ports and Fisheries (2019)\n\nThe tables follow.", name: "Ports and Fisheries" },
    { text: "Coastal Fishers Network (Ghana)\n\nThe network links towns.", name: "Coastal Fishers Network (Ghana)" },
    // The initials and a place, not a region's code: the branch's note, not the network's acronym in two parts.
    { text: "Fishers' news\n\nCoastal Fishers Network (CFN Togo)\n\nThe CFN Togo opened in 2012.", name: "Coastal Fishers Network" },
    // In capitals too: a topic heading with no head noun, and initials that do not spell the name.
    { text: "Fishers' news\n\nLABOUR MOBILITY IN THE REGION (LMR)\n\nThe LMR rose in 2010.", name: "Labour Mobility in the Region" },
    { text: "Fishers' news\n\nCOASTAL MIGRATION NETWORK (FAQ)\n\nThe FAQ was updated.", name: "Coastal Migration Network" },
  ],
};

const HEADING_WITH_ACRONYM = new RegExp(`^(?:the\\s+)?([A-Z][\\p{L}’'&,\\s-]{3,120}?)\\s*\\((${BRACKETED_TITLE_ACRONYM})\\)\\s*$`, "iu");
/** The heading is read without regard to case; a second part of the acronym must still be a region's code in capitals. */
const TWO_PART_ACRONYM = new RegExp(`^\\S+ ${REGION_CODE}$`);
const BODY_KINDS = new Set<EntityKind>(["FORUM", "INITIATIVE", "ORGANIZATION"]);

/**
 * Words a title writes in lower case inside a name once its capitals are undone: a title run's small words (titleRun.ts)
 * and "into"; "THROUGH" is left to the title case of long words ("Through"), as it always was here.
 */
const SMALL_WORDS = new RegExp(`^${titleSmallPattern({ onlySmall: [...TITLE_SMALL_WORDS.filter((w) => w !== "through"), "into"] })}$`, "i");

/**
 * A name printed in capitals ("COASTAL RECEPTION DATABASE") as a title would write it ("Coastal Reception Database"),
 * so that its head noun, initials and catalog forms are read as in running text; a short word that is no small word
 * ("EU", "UN") stays an acronym. A name with any lower-case letter is returned as written.
 */
function undoCapitals(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name.split(/(\s+)/).map((w, i) => {
    if (/^\s+$/.test(w) || !/\p{L}/u.test(w)) return w;
    if (SMALL_WORDS.test(w)) return i === 0 ? w[0]! + w.slice(1).toLowerCase() : w.toLowerCase();
    if (w.replace(/[^\p{L}]/gu, "").length <= 3) return w;
    return w.split("-").map((p) => p.charAt(0) + p.slice(1).toLowerCase()).join("-");
  }).join("");
}

/** The body a heading "Name (ACR)" defines, or null: a catalog entity whose name the heading writes, else a name of its own. */
export function headingAcronym(label: string, doc: Pick<DocumentScan, "catalog" | "matcher">): { id: string; kind: EntityKind; name: string; acronym: string; known: boolean } | null {
  const m = HEADING_WITH_ACRONYM.exec(label.trim());
  if (!m) return null;
  // "ASYLUM AND RETURN DATABASE (ARD)": a title line in capitals names the body as its title case would.
  const name = undoCapitals(m[1]!.trim());
  const acronym = m[2]!;
  if (acronym.includes(" ") && !TWO_PART_ACRONYM.test(acronym)) return null;
  if (name.split(/\s+/).length < 2 || !/^[A-Z]/.test(name) || !initialsMatch(name, acronym) || isGeneric(name)) return null;
  const opening = doc.matcher.findAll(name).filter((h) => h.start === 0).map((h) => ({ h, e: doc.catalog.byId.get(h.entityId) }));
  const whole = opening.find((o) => o.h.end === name.length)?.e;
  // "Global Forum on Remittances, Investment and Development (GFRID)": a catalog body whose acronym the new one extends
  // is that body under a longer name; any other catalog body opening the name leaves the heading to other readers.
  const extended = opening.find((o) => o.e?.acronym && acronym.startsWith(o.e.acronym))?.e;
  const known = whole ?? extended;
  if (known) return BODY_KINDS.has(known.kind) ? { id: known.id, kind: known.kind, name: known.name, acronym, known: true } : null;
  if (opening.some((o) => o.e && BODY_KINDS.has(o.e.kind))) return null;
  const kind = headKind(name);
  if (!kind || !BODY_KINDS.has(kind)) return null;
  return { id: entityId(kind, name), kind, name, acronym, known: false };
}
