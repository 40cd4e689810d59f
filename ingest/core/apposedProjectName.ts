import { entityId } from "../../src/ontology/ids.js";
import type { NameRule } from "./NameRule.js";
import type { PassageScan } from "./PassageScan.js";
import { headKind } from "./headKind.js";
import { titleRunPattern } from "./titleRun.js";
import { gerundTitleRunPattern } from "./gerundTitle.js";
import { SITTING_NOUNS } from "./meetingNouns.js";
import { knownNameAtEdge, titleAcronym } from "./titleMention.js";

/**
 * A project's title set off by commas right after the noun that says what it is: "Its project, Towards a Safer
 * Coast, was implemented by …", "a new project, Strengthening Coastal Diaspora Policy through Peer Exchange
 * (SCODIP), and …". Such titles often have no head noun ("Towards …", "Strengthening …"), so the head-noun reading
 * of open-set names cannot type them; the noun before the comma does. The title runs over capitalised words and the
 * small words inside titles, up to the comma or bracket that closes it, and ends on a capitalised word; an acronym in
 * brackets right after it is its acronym. A body's name there ("its partner, IOM,") is a catalog name, read as such.
 */
export const APPOSED_PROJECT_NAME: NameRule = {
  id: "apposed-project-name",
  what: "A title-cased title of three words or more between commas (or before an acronym in brackets) right after 'project', 'programme' or 'initiative' is an initiative of that name.",
  words: ["project", "programme", "program", "initiative"],
  positive: [
    { text: "Its project, Towards a Safer Coast for Fishers, was implemented by IOM and FAO.", name: "Towards a Safer Coast for Fishers", kind: "INITIATIVE" },
    { text: "In 2011 the states agreed on a new project, Strengthening Coastal Diaspora Policy through Peer Exchange (SCODIP), and a new map.", name: "Strengthening Coastal Diaspora Policy through Peer Exchange", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "The project, which IOM ran in Ghana, ended in 2012.", name: "Which IOM" },
    { text: "In the project, Ghana and Togo shared data on fishers.", name: "Ghana and Togo" },
    { text: "For the programme, Coastal Officers in Ghana wrote a guide.", name: "Coastal Officers in Ghana" },
  ],
};

/**
 * The formal name of the meeting a news page reports, set off after the description that stands for it: "The talks,
 * formally the Gulf Conference on Fishers' Mobility, ran for two days", "The meeting, officially known as the
 * Conference on 25 Years of Coastal Rescue and subtitled …". Such a name may hold a number among its words ("on 25
 * Years of"), which the open-set reading of names stops at; the description before it bounds its start, and a comma,
 * "and" before a lower-case word or a verb its end. It must end on a capitalised word and have a meeting's head noun
 * (oneOffMeeting.ts dates it by the page's dateline).
 */
export const APPOSED_MEETING_NAME: NameRule = {
  id: "apposed-meeting-name",
  what: "A title after 'The <sitting noun>|talks|gathering|event, formally|officially (known as|called) the', closed by a comma, 'and' before a lower-case word or a verb, with a meeting's head noun, is a meeting of that name; a number may stand among its words.",
  // The nouns of one sitting (meetingNouns.ts), and the news words that describe one without naming it.
  words: [...SITTING_NOUNS, "talks", "gathering", "event"],
  positive: [
    { text: "The meeting, formally the Regional Conference on 25 Years of Coastal Rescue in the Gulf and subtitled \"Safe Seas\", was convened by Ghana.", name: "Regional Conference on 25 Years of Coastal Rescue in the Gulf", kind: "FORUM" },
    { text: "The gathering, officially known as the Highland Summit on 3 Decades of Pastoral Mobility, was opened by the President of Kenya.", name: "Highland Summit on 3 Decades of Pastoral Mobility", kind: "FORUM" },
    { text: "The consultation, officially known as the Mekong Conference on 3 Generations of River Boat Crews, ran for two days.", name: "Mekong Conference on 3 Generations of River Boat Crews", kind: "FORUM" },
    { text: "The session, formally the Mekong Summit on 4 Decades of River Boat Crews, was opened by the Prime Minister of Laos.", name: "Mekong Summit on 4 Decades of River Boat Crews", kind: "FORUM" },
  ],
  negative: [
    // No meeting's head: a subtitle or a slogan is no meeting.
    { text: "The meeting, formally the Year of 25 Coastal Rescues in the Gulf, was convened by Ghana.", name: "Year of 25 Coastal Rescues in the Gulf" },
    // Not set off after a description of the meeting.
    { text: "Ghana formally joined the Regional Conference on 25 Years of Coastal Rescue in the Gulf, which meets in Accra.", name: "Regional Conference on 25 Years of Coastal Rescue in the Gulf" },
  ],
};

/** The title run (titleRun.ts) of two capitalised words at the least; no "&" between them here. A title opening with a
 * gerund may hold "as a" ("Enhancing Land Use Efficiency as a Conflict-Resolution Strategy …", gerundTitle.ts). */
const RUN = `(?:${gerundTitleRunPattern({ minWords: 2 })}|${titleRunPattern({ minWords: 2 })})`;
/** "project, Towards a Safer Coast for Fishers," / "project, X Y Z (ACR)". */
const APPOSED = new RegExp(`\\b(?:${APPOSED_PROJECT_NAME.words.join("|")}),\\s+(${RUN})(?=\\s*(?:,|\\(([A-Z][A-Za-z-]{1,12})\\)))`, "gu");

/** The run of a formal meeting name: a number may stand among its small words ("on 25 Years of"). */
const MEETING_RUN = titleRunPattern({ minWords: 2, addSmall: ["\\d{1,4}"] });
const FORMALLY_NAMED = new RegExp(`\\b[Tt]he\\s+(?:${APPOSED_MEETING_NAME.words.join("|")})\\s*,\\s*(?:formally|officially)\\s+(?:(?:known\\s+as|called|titled|entitled)\\s+)?the\\s+(${MEETING_RUN})(?=\\s*,|\\s+and\\s+[a-z]|\\s+(?:was|were|ran|took|opened|closed)\\b)`, "gu");

export interface ApposedName {
  name: string;
  start: number;
  acronym: string | null;
  acronymStart: number;
}

/** Titles set off after a project noun in a passage (APPOSED_PROJECT_NAME). */
export function apposedProjectNames(text: string): ApposedName[] {
  const out: ApposedName[] = [];
  for (const m of text.matchAll(APPOSED)) {
    const name = m[1]!;
    // A title is three words or more; a clause ("In the project, Ghana and Togo shared …") closes on no comma.
    if (name.split(/\s+/).length < 3) continue;
    const start = m.index! + m[0].indexOf(name);
    const acronymStart = m[2] ? text.indexOf(`(${m[2]})`, start + name.length) + 1 : -1;
    out.push({ name, start, acronym: m[2] ?? null, acronymStart });
  }
  return out;
}

/** Formal names of a page's meeting set off after its description (APPOSED_MEETING_NAME). */
export function apposedMeetingNames(text: string): ApposedName[] {
  const out: ApposedName[] = [];
  for (const m of text.matchAll(FORMALLY_NAMED)) {
    const name = m[1]!;
    if (headKind(name) !== "FORUM") continue;
    out.push({ name, start: m.index! + m[0].length - name.length, acronym: null, acronymStart: -1 });
  }
  return out;
}

/**
 * recognise.ts step 3c: each title set off after a project noun is an initiative of its own, and its acronym names it
 * for the rest of the scope.
 */
export function apposedProjects(scan: PassageScan): void {
  const { text } = scan;
  const { catalog } = scan.doc;
  for (const a of apposedProjectNames(text)) {
    const end = a.start + a.name.length;
    // A catalog name there is that body ("its partner, IOM,"); names inside the title stay mentions of their own.
    if (knownNameAtEdge(scan, a.start, end)) continue;
    const key = entityId("INITIATIVE", a.name);
    if (catalog.byId.has(key)) continue;
    scan.discover({ key, kind: "INITIATIVE", name: a.name, acronym: a.acronym });
    scan.push({ localStart: a.start, localEnd: end, kind: "INITIATIVE", key, method: "name-pattern", confidence: 0.75 });
    if (a.acronym && a.acronymStart > 0) titleAcronym(scan, a.acronym, a.acronymStart, key, "INITIATIVE", 0.75);
  }
  // A meeting's formal name set off after its description (APPOSED_MEETING_NAME).
  for (const a of apposedMeetingNames(text)) {
    const end = a.start + a.name.length;
    const key = entityId("FORUM", a.name);
    // Names inside it ("… Refugees in Pakistan") stay mentions of their own, as in a project's title.
    if (knownNameAtEdge(scan, a.start, end) || catalog.byId.has(key)) continue;
    scan.discover({ key, kind: "FORUM", name: a.name, acronym: null });
    scan.push({ localStart: a.start, localEnd: end, kind: "FORUM", key, method: "name-pattern", confidence: 0.75 });
  }
}
