import { entityId } from "../../src/ontology/ids.js";
import type { NameRule } from "./NameRule.js";
import { NEW_CLAUSE_VERB } from "./newClause.js";
import type { PassageScan } from "./PassageScan.js";
import { escapeRegExp } from "./escapeRegExp.js";
import type { Mention } from "./types.js";

export const OWNER_EDITIONS: NameRule = {
  id: "owner-editions",
  what: "A body's acronym right before the acronym of a programme named before, the two standing alone as a name ('the ILO runs its own programme, ILO HWP, which …', 'Since 2013 SCP and ASEAN SCP have supported …'), name that body's own edition of the programme: an INITIATIVE of the two words, part of the programme unless named beside the programme itself ('SCP and ASEAN SCP'), where it acts as a second project. Before a class noun ('the ILO HWP programme', 'the UNODC-OHCHR SEAMAR project') the body is the sponsor and the name is the programme's own (COINED_PROGRAMME_NAMES); so it is before any other lower-case word ('the ILO HWP staff').",
  words: [],
  positive: [
    { text: "The Harbour Work Partnership (HWP) trains crews.\n\nWithin the partnership the ILO runs its own programme, ILO HWP, which publishes a newsletter.", name: "ILO HWP", kind: "INITIATIVE", parentId: "ini:harbour-work-partnership" },
    { text: "The Safer Coasts Programme (SCP) started in 2010.\n\nSince 2013 SCP and ASEAN SCP have supported the meetings jointly.", name: "ASEAN SCP", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "The Harbour Work Partnership (HWP) trains crews.\n\nNorway funds the ILO HWP programme in Ghana.", name: "ILO HWP" },
    { text: "The Harbour Work Partnership (HWP) trains crews.\n\nShe met the ILO HWP staff in Accra.", name: "ILO HWP" },
    { text: "The Harbour Work Partnership (HWP) trains crews.\n\nIn 2014 the ILO HWP review was published.", name: "ILO HWP" },
  ],
};

const CAPITALS = /^[A-Z][A-Z0-9]+(?:[-–][A-Z0-9]+)*$/;

/**
 * Joins "<body acronym> <programme acronym>" standing alone into the body's edition of the programme (OWNER_EDITIONS):
 * one mention of a new initiative, part of the programme, in place of the two.
 */
export function ownerEditions(scan: PassageScan): void {
  const { text, mentions } = scan;
  for (const body of [...mentions]) {
    if (body.kind !== "ORGANIZATION" || !CAPITALS.test(body.surface)) continue;
    const programme = mentions.find((m) => m.localStart === body.localEnd + 1 && m.kind === "INITIATIVE");
    if (!programme || text[body.localEnd] !== " " || !CAPITALS.test(programme.surface)) continue;
    // Standing alone: closed by punctuation or the line's end, or followed by its clause's verb.
    const after = text.slice(programme.localEnd, programme.localEnd + 40);
    if (!/^\s*(?:[,.;:)]|$|\n)/.test(after) && !NEW_CLAUSE_VERB.test(after)) continue;
    const name = `${body.surface} ${programme.surface}`;
    const key = entityId("INITIATIVE", name);
    if (scan.doc.catalog.byId.has(key)) continue;
    // Named beside the programme itself ("SCP and ASEAN SCP have supported …"), the edition acts as a second project:
    // the sentence states no part, so it gets no parent.
    const beside = besideWhole(scan, programme.key, programme.surface, body.localStart);
    scan.discover({ key, kind: "INITIATIVE", name, acronym: null, ...(beside ? {} : { parentId: programme.key }) });
    mentions.splice(mentions.indexOf(body), 1);
    mentions.splice(mentions.indexOf(programme), 1);
    const mention = scan.push({ localStart: body.localStart, localEnd: programme.localEnd, kind: "INITIATIVE", key, method: "name-pattern", confidence: 0.7 });
    if (beside) continue;
    scan.doc.parents.push({ mention, parentId: programme.key, method: "part-prefix", confidence: 0.75 });
  }
}

/**
 * Whether the programme itself, or a phase of it, is written right before the edition, joined to it ("SCP and ASEAN
 * SCP", "SCP II and ASEAN SCP"); a numbered name the document gave to a project of its own ("SCP II" in "… (SCP in
 * Asia; also SCP II)") is such a phase too.
 */
function besideWhole(scan: PassageScan, programmeKey: string, programmeSurface: string, editionStart: number): boolean {
  const numbered = new RegExp(`^${escapeRegExp(programmeSurface)}\\s+(?:Phase\\s+)?(?:[IVX]+|[1-9])$`);
  const ofProgramme = (m: Mention) => m.key === programmeKey || scan.doc.discovered.get(m.key)?.parentId === programmeKey || numbered.test(m.surface);
  return scan.mentions.some((m) => m.localEnd <= editionStart && ofProgramme(m) && /^\s*(?:,|and|&|or)\s*$/.test(scan.text.slice(m.localEnd, editionStart)));
}
