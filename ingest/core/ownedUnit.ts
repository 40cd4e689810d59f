import { allowsEndpoints, type EntityKind } from "../../src/ontology/ontology.js";
import { headWord } from "./headKind.js";
import { isGeneric, type Hit } from "./nameTrim.js";
import { SEATED_BODY } from "./subBodyRules.js";

/**
 * "The Business Mechanism of the Global Forum on X", "the Parliamentary Assembly of the Council of Europe", "the
 * Directorate-General for X (DG X) of the European Commission": a standing part of a body, forum or programme named with
 * its owner after "of". The head noun says whether the name is a part at all: an assembly, a directorate, a panel, a
 * platform or a mechanism are parts; a programme of action, a declaration, a convention or a meeting of a series are
 * not (meetings are read by meetings.ts). Data, with example sentences run by test/unit/ownedUnit.test.ts through the
 * whole pipeline.
 */
export const OWNED_UNITS = {
  /** Head nouns of the standing parts of a body: its organs, offices, groups and the channels it works through. */
  heads: new Set(
    (
      "Directorate Directorate-General Department Division Unit Section Branch Office Bureau Service Centre Center " +
      "Committee Council Board Commission Parliament Assembly Group Team Force Taskforce Panel Caucus Platform Mechanism"
    ).split(" "),
  ),
  /** "Directorate-General for X (DG X) of the": the acronym the text defines between the part and its owner. */
  acronymThenOf: /^\s*\(([A-Z][A-Za-z&.\- ]{0,14}[A-Za-z])\)\s+of\s+(the\s+)?(?=[A-Z])/,
  examples: {
    positive: [
      { text: "The fund is managed by the Directorate-General for Coastal Affairs (DG COAST) of the European Commission.", expect: ["org:european-commission-directorate-general-for-coastal-affairs", "org:european-commission"] },
      // The acronym, though it spells no initials, is the part's: a later "DG COAST" is the directorate.
      { text: "The Directorate-General for Coastal Affairs (DG COAST) of the European Commission manages the fund. The Coastal Fund is run by DG COAST.", expect: ["org:european-commission-directorate-general-for-coastal-affairs", "org:european-commission"] },
      { text: "The Parliamentary Assembly of the Council of Europe debated the report.", expect: ["org:council-of-europe-parliamentary-assembly", "org:council-of-europe"] },
      { text: "The Business Mechanism of the Global Forum on Migration and Development met in Berlin.", expect: ["ini:gfmd-business-mechanism", "forum:gfmd"] },
      { text: "The Youth Platform of the Rabat Process met in Dakar.", expect: ["ini:rabat-process-youth-platform", "forum:rabat-process"] },
      // Parts listed after "<Body> branches": each is the body's (OWNED_PARTS in bodyNameRules.ts names them).
      { text: "It was set up by two ILO branches, the Fishing Work Branch (FISHWORK) and the Port Labour Branch.", expect: ["org:ilo-port-labour-branch", "org:ilo"] },
      // The owner opening the defined name.
      { text: "In 2011 the Rabat Process Panel on Coastal Mobility (RPPCM) met for the first time.", expect: ["forum:rabat-process-panel-on-coastal-mobility", "forum:rabat-process"] },
      // The acronym spells the part alone; its owner's name is written before it.
      { text: "The UNHCR Coastal Bureau for Fishers (CBF) opened an office in Accra.", expect: ["org:unhcr-coastal-bureau-for-fishers", "org:unhcr"] },
      // The owner named by its possessive: the group keeps its kind, a forum of the body.
      { text: "The Human Rights Council's Working Group on Coastal Detention visited Togo.", expect: ["forum:human-rights-council-working-group-on-coastal-detention", "org:human-rights-council"] },
      // An acronym that spells the part's initials, the owner after it.
      { text: "The Fishing Work Branch (FWB) of the International Labour Organization drafted the guidelines.", expect: ["org:ilo-fishing-work-branch", "org:ilo"] },
      // The acronym defined for the whole name, owner and all.
      { text: "The Coastal Assembly of the Council of Europe (CACE) debated the report.", expect: ["forum:coastal-assembly-of-the-council-of-europe", "org:council-of-europe"] },
      // A field's value or a list item written "<owner>, <part>": the owner before the comma (ownerBeforeComma).
      { text: "Executing body\tWorld Health Organization, Directorate-General for Coastal Health (DG COAST)\nBudget\t2 million", expect: ["org:who-directorate-general-for-coastal-health", "org:who"] },
      { text: "Implementing partners: Togo; the World Health Organization, Directorate-General for Coastal Health (DG COAST); Ghana", expect: ["org:who-directorate-general-for-coastal-health", "org:who"] },
    ],
    negative: [
      // A body's plan or platform is its work (LEADS), not a part of it: PART_OF allows no initiative within an organization.
      { text: "The ILO's Global Platform on Fair Recruitment was launched.", expect: ["ini:global-platform-on-fair-recruitment", "org:ilo"] },
      // A plan or a set of principles of a conference is what the conference adopted, not a part of it.
      { text: "The Programme of Action of the International Conference on Population and Development was adopted in Cairo.", expect: ["ini:programme-of-action", "forum:icpd"] },
      // A part no further name tells apart is one of many ("a Working Group of X"): the mention stays the forum's.
      { text: "A Working Group of the Rabat Process met in Dakar.", expect: ["forum:rabat-process-working-group", "forum:rabat-process"] },
      // The name in brackets is an acronym of the first body; a partner named after it is no owner.
      { text: "The Regional Coastal Fisheries Body (RCFB), with the support of the European Commission, met in Accra.", expect: ["org:regional-coastal-fisheries-body", "org:european-commission"] },
      // A council of NGOs named after a community is a federation of its own, not one of the community's organs.
      { text: "The ECOWAS Council of Non-Governmental Organisations (ECONGO) wrote to the Commission in 2015.", expect: ["org:ecowas-council-of-non-governmental-organisations", "org:ecowas"] },
      // A list of bodies: the comma parts two items, the unit is no part of the body before it.
      { text: "Partners: UNHCR, Directorate-General for Coastal Health, UNICEF", expect: ["org:unhcr-directorate-general-for-coastal-health", "org:unhcr"] },
      { text: "The grant went to the World Health Organization, Directorate-General for Coastal Health and the port authority.", expect: ["org:who-directorate-general-for-coastal-health", "org:who"] },
    ],
  } as Record<"positive" | "negative", Array<{ text: string; expect: [string, string] }>>,
};

/** "Council of Non-Governmental Organisations", "Committee of NGOs": a body whose members are NGOs. */
const NGO_MEMBERS = /\bof\s+(?:(?:the\s+)?Non-?Governmental\s+Organi[sz]ations|NGOs)\b/i;

/**
 * Whether `name`, of kind `kind`, written before "of <owner>", is a standing part of that owner: a head noun of
 * OWNED_UNITS, a name of its own beyond the bare head, an owner that is no meeting, and a pair of kinds PART_OF allows.
 */
export function isOwnedUnit(name: string, kind: EntityKind, ownerKind: EntityKind, ownerIsEvent: boolean): boolean {
  // "Authority of Heads of State and Government": a body named by who sits on it is its owner's organ (SEATED_BODIES).
  if (SEATED_BODY.test(name) && !ownerIsEvent) return allowsEndpoints("PART_OF", kind, ownerKind);
  const head = headWord(name);
  if (!head || !OWNED_UNITS.heads.has(head) || ownerIsEvent) return false;
  if (isGeneric(name) || name.split(/\s+/).length < 2) return false;
  // Its members are non-governmental bodies: an association of its own, whatever community names it.
  if (NGO_MEMBERS.test(name)) return false;
  return allowsEndpoints("PART_OF", kind, ownerKind);
}

/**
 * "the Parliamentary Assembly of the Council of Europe (PACE)": a defined name closed by its owner's name. Returns the
 * part's own words ("Parliamentary Assembly") when the words before "of" name a standing part of that owner.
 */
export function unitBeforeOwner(name: string, ownerStart: number, kind: EntityKind, ownerKind: EntityKind, ownerIsEvent: boolean): string | null {
  const of = /^(.+?)\s+of\s+(?:the\s+)?$/.exec(name.slice(0, ownerStart));
  return of && isOwnedUnit(of[1]!, kind, ownerKind, ownerIsEvent) ? of[1]! : null;
}

/** "X (DG X) of the European Commission": the organization named right after the bracketed acronym and "of", and the acronym. */
export function ownerAfterAcronym(text: string, end: number, hits: Hit[]): { owner: Hit; acronym: string; acronymStart: number } | undefined {
  const gap = OWNED_UNITS.acronymThenOf.exec(text.slice(end, end + 40));
  // A catalog hit may hold the article ("the International Labour Organization").
  const at = gap ? [end + gap[0].length, ...(gap[2] ? [end + gap[0].length - gap[2].length] : [])] : [];
  const owner = hits.find((h) => at.includes(h.start) && h.kind === "ORGANIZATION");
  return owner ? { owner, acronym: gap![1]!, acronymStart: end + gap![0].indexOf("(") + 1 } : undefined;
}

/** Where a field's value or a list item opens: the line's start, after "Label:" or a tab, after ";". */
const ITEM_OPENS = /(?:^|\n|[:;\t])\s*(?:the\s+)?$/i;
/** Where it closes: the line's end or ";", after the part's bracketed acronym if any. */
const ITEM_CLOSES = /^\s*(?:\([^()\n]{1,20}\))?\s*(?:;|\n|$)/;

/**
 * "Executing body: World Health Organization, Directorate-General for X (DG X)": a field's value or a list item that is an
 * organization, a comma and a standing part's name, nothing else; the organization owns the part. Inside a sentence or a
 * list of bodies ("IOM, UNHCR, Department of X and UNICEF") the comma parts two items.
 */
export function ownerBeforeComma(text: string, start: number, end: number, hits: Hit[]): Hit | undefined {
  const comma = /,\s+$/.exec(text.slice(Math.max(0, start - 4), start));
  if (!comma || !ITEM_CLOSES.test(text.slice(end))) return undefined;
  const at = start - comma[0].length;
  const owner = hits.find((h) => h.end === at && h.kind === "ORGANIZATION");
  return owner && ITEM_OPENS.test(text.slice(0, owner.start)) ? owner : undefined;
}
