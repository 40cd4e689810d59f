import type { RelationType } from "../../src/ontology/ontology.js";
import { NEGATION_WORDS } from "./rules/nonFactWords.js";
import { roleOfParticiple } from "./roleParticiples.js";

/**
 * A row's own remark that changes or denies what its list states: "2007: Estonia, as an observer, not as a full
 * participant", "2012: Norway, pledged only, not yet paid", "Mali (candidate)". The remark is the text after the
 * row's name up to the next name of the row (or the row's end); one that names another status, a plan or a denial
 * takes that name out of the list. "Observer" is no denial in a list of observers.
 */
const DENYING = /\b(?:not|never|no longer|yet to|pledged|planned|proposed|prospective|candidates?|applicants?|invited|pending|expected|suspended|withdr[ae]wn?|observers?|observer status|only as)\b|n['’]t\b/i;

export function rowDenied(remark: string, type: RelationType, listId: string): boolean {
  // A state that only signed is bound by nothing: "Chile — Signatory", "Japan (signed only)".
  if (type === "RATIFIED" && ONLY_SIGNED.test(remark)) return true;
  // A tie the row dates to its end ("Housed in: the Ports Ministry, till March 2016") is past: no present part; a
  // seat so dated ("Headquarters: Geneva (until 2015); now Bonn") is no office now (officeListRules.ts).
  if ((type === "PART_OF" || listId === "body-offices") && ENDED_TIE.test(remark)) return true;
  const m = DENYING.exec(remark);
  if (!m) return false;
  // A list of observers lists observers; its rows may say so.
  if (/^observer/i.test(m[0]) && /observer/.test(listId)) return false;
  // A past host or chair did host or chair: "withdrawn" or "suspended" says nothing of a meeting held.
  if ((type === "HOSTED" || type === "CHAIRED") && /^(?:suspended|withdr)/i.test(m[0])) return false;
  return true;
}

const ENDED_TIE = /\b(?:until|till)\s+(?:(?:\d{1,2}\s+)?[a-z]{3,9}\.?\s+)?(?:19|20)\d{2}\b/i;

const ONLY_SIGNED = /^\W*(?:signator(?:y|ies)|signed(?:\s+only)?|signature(?:\s+only)?)\b(?![^;]*\b(?:ratifi|acce(?:ded|ssion)|succe(?:eded|ssion)))/i;

/** Example rows for rowDenied (test/unit/questionLexicon.test.ts): the remark after the name, and whether it denies. */
export const ROW_REMARK_EXAMPLES: Array<{ remark: string; type: RelationType; list: string; denied: boolean }> = [
  { remark: ", as an observer, not as a full participant", type: "PARTICIPATES_IN", list: "members-of-forum", denied: true },
  { remark: ", pledged only, not yet paid", type: "FUNDS", list: "funders", denied: true },
  { remark: " — Signatory", type: "RATIFIED", list: "ratifications", denied: true },
  { remark: ", till March 2016", type: "PART_OF", list: "parent-body", denied: true },
  { remark: " (since 2016)", type: "PART_OF", list: "parent-body", denied: false },
  { remark: " (until 2015); now Bonn", type: "OPERATES_IN", list: "body-offices", denied: true },
  { remark: " (since 2015)", type: "OPERATES_IN", list: "body-offices", denied: false },
  { remark: " (signed 2001, ratified 2004)", type: "RATIFIED", list: "ratifications", denied: false },
  { remark: " — Party (accession, 1972)", type: "RATIFIED", list: "ratifications", denied: false },
  { remark: " (candidate)", type: "MEMBER_OF", list: "members-of-forum", denied: true },
  { remark: " (observer since 2010)", type: "PARTICIPATES_IN", list: "observers", denied: false },
  { remark: ", Lithuania", type: "PARTICIPATES_IN", list: "partners-of-initiative", denied: false },
  { remark: " (2009)", type: "MEMBER_OF", list: "members-of-forum", denied: false },
];

/**
 * What a row's sentence says before the name: a negated verb there ("among those that have not ratified, these include
 * A", "Fifteen states have neither signed nor ratified; A and B are among them") denies every name after it. A list
 * item written as a note is a sentence, not a row of names under its heading.
 */
export function rowLeadDenied(lead: string): boolean {
  return LEAD_DENYING.test(lead);
}

const LEAD_DENYING = new RegExp(String.raw`\b(?:${NEGATION_WORDS.join("|")}|no longer|yet to)\b|n['’]t\b`, "i");

/** Example leads for rowLeadDenied (test/unit/questionLexicon.test.ts): the row's sentence before the name. */
export const ROW_LEAD_EXAMPLES: Array<{ lead: string; denied: boolean }> = [
  { lead: "Several states made declarations when they signed; among those that have not ratified, these include ", denied: true },
  { lead: "Fifteen member states have neither signed nor ratified; ", denied: true },
  { lead: "Two signatories are yet to ratify: ", denied: true },
  { lead: "", denied: false },
  { lead: "Ratified in 1965: ", denied: false },
  { lead: "States that ratified after the first review include ", denied: false },
];

/**
 * A row that names its entity through a role ("Working Group on Catch Data - chaired by Fiji", "Port survey, funded by
 * Norway") gives that entity the role the participle says, not a place in a list of members or participants: Fiji
 * chairs one group and is no member of the list's owner by that row. A list of meetings keeps its hosts ("1st meeting:
 * Rome, 20 March 2017 - convened by Italy"), whose venue says who hosted. `lead` is the row's text before the name.
 */
export function rowRoleLead(lead: string, type: RelationType): boolean {
  if (type !== "MEMBER_OF" && type !== "PARTICIPATES_IN") return false;
  const m = ROLE_BY.exec(lead);
  if (!m) return false;
  const role = roleOfParticiple(m[1]!);
  return role !== undefined && role !== type;
}

const ROLE_BY = /\b(\p{L}+ed|run|led)\s+by\s+(?:the\s+)?$/iu;

/** Example leads for rowRoleLead (test/unit/rowLeadDenied.test.ts): the row's text before the name, the list's type, and whether the row is left out. */
export const ROW_ROLE_EXAMPLES: Array<{ lead: string; type: RelationType; left: boolean }> = [
  { lead: "Working Group on Catch Data - chaired by ", type: "MEMBER_OF", left: true },
  { lead: "Port survey, funded by the ", type: "PARTICIPATES_IN", left: true },
  { lead: "Coastal census - run by ", type: "MEMBER_OF", left: true },
  // A "co" prefix without a hyphen is read off a participle of the table (roleParticiples.ts); "coordinated" is whole.
  { lead: "Harbour census - coorganized by ", type: "PARTICIPATES_IN", left: true },
  { lead: "Dock training, coordinated by ", type: "MEMBER_OF", left: true },
  { lead: "Port survey, funded by ", type: "FUNDS", left: false },
  { lead: "2014 - chaired by ", type: "CHAIRED", left: false },
  { lead: "1st meeting: Rome, 20 March 2017 - convened by ", type: "HOSTED", left: false },
  { lead: "", type: "MEMBER_OF", left: false },
  { lead: "Joined in 2009: ", type: "MEMBER_OF", left: false },
  { lead: "Represented by ", type: "MEMBER_OF", left: false },
];
