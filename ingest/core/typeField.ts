import { stateStyleSource } from "./stateStyle.js";
import { NOT_HELD } from "./apposedRole.js";
import type { M } from "./mentionLists.js";
import { FORMER_WORDS } from "./stateOffices.js";
import { bodyHeaded } from "./unnamedListItems.js";
import type { ProgrammeList } from "./rules/programmeListRules.js";
import type { TripleExamples } from "./TripleExamples.js";

/**
 * The class nouns a profile's "Type:" line may give its body as a part of another one ("regulatory agency of the
 * African Union", "line ministry of the Government of Ghana"): a unit of a larger body or of a state's
 * government. A class that is a whole of its own ("alliance of non-governmental organisations", "network of cities")
 * or a relation to the other body ("partner of", "member of", "observer of") is none.
 */
const PART_HEADS = /^(?:agency|body|organ|office|department|ministry|division|unit|branch|secretariat|programme|program)$/i;
/**
 * Words before the class noun that deny it still holds or ever held (the shared not-held and former-holder words, and
 * "proposed", "planned", "non"), or make it a relation to the other body rather than a part of it ("partner agency
 * of", "member body of", "sister organ of").
 */
const DENIED = new Set([
  ...NOT_HELD, ...FORMER_WORDS, "formerly", "proposed", "planned", "non", "not",
  "partner", "member", "observer", "associate", "associated", "affiliated", "sister", "related", "twin",
]);
/** Between "of" and the name: a state written by its government ("the Government of the Philippines", "the Republic of"). */
const STATE_GAP = new RegExp(`^(?:(?:the\\s+)?${stateStyleSource()})?$`);
/** The field itself: "Type" as the line's label, then a colon or a column gap ("Type:   line ministry of …"). */
const TYPE_LABEL = /^\s*(?:[-•*]\s*)?Type\s*(?::|\t+|\s{3,})\s*/;
/** The class phrase: up to three lower-case modifiers, the class noun, "of", and "the" before the name. */
const CLASS_OF = /^((?:[a-z][\w-]*\s+){0,3}?)([a-z]+)\s+of\s+(?:the\s+)?/;

/** What may follow the name in a "Type:" value: its acronym in brackets, a full stop. */
const NAME_ENDS = /^\s*(?:\([A-Z][A-Za-z.&-]{1,14}\))?\s*[.;]?\s*$/;
/** A page title that names the one body the page profiles: "<Name>: agency profile", "<Name> (ACR), Place - organisation profile". */
const PROFILE_HEADING = /^[^:|]{2,160}?\s*(?::|\s[-–—]\s)\s*(?:[a-z][\w-]*\s+){0,2}(?:profile|fact\s?sheet)\s*$/;
/** A field line with a capitalised value: "Predecessor: European Office for Frontier Records", "Seat: Lisbon". */
const FIELD_NAME = /^\s*([A-Z][A-Za-z ]{1,30}):\s+(?:the\s+)?([A-Z][^,(;]*)/;
/** The body's own names, which name no other body. */
const OWN_NAME_LABEL = /^(?:(?:full|official|short|other|former)\s+)?names?$|^acronym$|^abbreviation$/i;

/** Whether a page's title line says the page profiles the body it names (a "Type:" line's owner is then that body). */
export function profileHeading(title: string): boolean {
  return PROFILE_HEADING.test(title.trim());
}

/** Whether a line is a "Type:" field line, whatever its value. */
export function isTypeLine(text: string): boolean {
  return TYPE_LABEL.test(text);
}

/** A "Type:" field line's value ("federal department"), or undefined for any other line. */
export function typeValue(text: string): string | undefined {
  const label = TYPE_LABEL.exec(text);
  return label ? text.slice(label[0].length) : undefined;
}

/**
 * Whether a field line before a "Type:" line names another body ("Predecessor: European Office for Frontier Records",
 * "Parent: Port Labour Office"), whose record the "Type:" line may then be; a place ("Seat: Lisbon") names none.
 */
export function namesOtherBody(text: string): boolean {
  const field = FIELD_NAME.exec(text);
  return !!field && !OWN_NAME_LABEL.test(field[1]!.trim()) && bodyHeaded(field[2]!);
}

/**
 * What the body a "Type:" line describes is a part of (TYPE_FIELD_EXAMPLES): a body, programme or forum it is a unit of
 * (PART_OF), or the state whose government it is a unit of (OPERATES_IN). Read like a fact-sheet label: the owner is the
 * body the page title, the section heading or the page's opening heading names (`topicNamed`), never one the prose named.
 */
export const TYPE_FIELD_LISTS: ProgrammeList[] = [
  // Their sentences are the pages of TYPE_FIELD_EXAMPLES below: the line, not a label, decides which list it opens.
  // The kinds pair as PART_OF allows (ontology.ts): a body's unit of a body, a programme's or forum's of a programme or forum.
  {
    id: "type-unit-of-body",
    heading: PART_HEADS,
    type: "PART_OF", rows: ["ORGANIZATION"], topics: ["ORGANIZATION"], rowsAreTargets: true, topicNamed: true, confidence: 0.7,
    examples: { positive: [], negative: [] }, // its pages: TYPE_FIELD_EXAMPLES below, run in test/unit/headingLists.test.ts
  },
  {
    id: "type-part-of-programme",
    heading: PART_HEADS,
    type: "PART_OF", rows: ["INITIATIVE", "FORUM"], topics: ["INITIATIVE", "FORUM"], rowsAreTargets: true, topicNamed: true, confidence: 0.7,
    examples: { positive: [], negative: [] }, // its pages: TYPE_FIELD_EXAMPLES below, run in test/unit/headingLists.test.ts
  },
  {
    id: "type-state-body",
    heading: PART_HEADS,
    type: "OPERATES_IN", rows: ["COUNTRY"], topics: ["ORGANIZATION"], rowsAreTargets: true, topicNamed: true, confidence: 0.65,
    examples: { positive: [], negative: [] }, // its pages: TYPE_FIELD_EXAMPLES below, run in test/unit/headingLists.test.ts
  },
];

/**
 * A "Type:" field line that says what larger body or state its page's body is a unit of ("Type: regulatory agency of
 * the European Union"): the lists it opens and where the name after "of" starts, or null. The name must follow "of"
 * at once and be the only name of the line's value; a class noun that is no unit, or one denied, opens nothing.
 */
export function typeField(text: string, ms: readonly M[]): { list: ProgrammeList[]; rest: string; restFrom: number; label: string } | null {
  const label = TYPE_LABEL.exec(text);
  if (!label) return null;
  const value = text.slice(label[0].length);
  const phrase = CLASS_OF.exec(value);
  if (!phrase || !PART_HEADS.test(phrase[2]!) || phrase[1]!.trim().split(/\s+/).some((w) => DENIED.has(w.replace(/-$/, "").toLowerCase()))) return null;
  const restFrom = label[0].length + phrase[0].length;
  const own = ms.filter((m) => m.via !== "coref" && m.end > label[0].length).sort((a, b) => a.start - b.start);
  // The name opens the rest, a state perhaps by its government ("the Government of Ghana"); a second body makes the
  // value more than one body's unit ("agency of the EU and the AU").
  const first = own[0];
  if (!first || first.start < restFrom || !STATE_GAP.test(text.slice(restFrom, first.start)) || own.some((m) => m.id !== first.id)) return null;
  // Nothing may follow the name but its acronym: a tail can end or bound the relation ("… of the X until 2019", "… of
  // the X between 2001 and 2010") or move it to a unit of the name ("… of the X's regional office").
  if (!NAME_ENDS.test(text.slice(first.end))) return null;
  const list = TYPE_FIELD_LISTS.filter((l) => l.rows.includes(first.kind));
  return list.length ? { list, rest: text.slice(restFrom), restFrom, label: text.slice(0, label[0].length).trim() } : null;
}

const BOARD = "Harbour Safety Board: fact sheet\n\nSeat: Mombasa\n";
const LABOUR = "Office of Returnee Labour (ORL): profile\n\n";
/** Example pages for a "Type:" line (test/unit/headingLists.test.ts): `expect` is [type, source, target]. */
export const TYPE_FIELD_EXAMPLES: TripleExamples = {
  positive: [
    { text: `${BOARD}Type: regulatory agency of the African Union\nSet up: 2017\n`, expect: ["PART_OF", "org:harbour-safety-board", "org:african-union"] },
    { text: `${LABOUR}Type: line ministry of the Government of Ghana (GoG)\nOpened: 2020\n`, expect: ["OPERATES_IN", "org:office-of-returnee-labour", "ctry:gh"] },
    // A programme of a forum is a part of it.
    { text: "Andean Return Plan: programme profile\n\nType: regional programme of the Budapest Process\nStarted: 2019\n", expect: ["PART_OF", "ini:andean-return-plan", "forum:budapest-process"] },
  ],
  negative: [
    // A modifier that relates the two bodies, or denies the tie still holds, makes it no unit of the other.
    { text: `${BOARD}Type: partner agency of the African Union\nSet up: 2017\n`, expect: ["PART_OF", "org:harbour-safety-board", "org:african-union"] },
    { text: `${BOARD}Type: former agency of the African Union\nSet up: 2017\n`, expect: ["PART_OF", "org:harbour-safety-board", "org:african-union"] },
    // A class noun that is no unit: a grantee is a body of its own.
    { text: `${BOARD}Type: grantee of the African Union\nSet up: 2017\n`, expect: ["PART_OF", "org:harbour-safety-board", "org:african-union"] },
    // A title that names an implementer and its project: the project, not the implementer, is what the line describes.
    { text: "UNHCR Kenya: Lakeside Shelter Project\n\nType: programme of the African Union\nStarted: 2020\n", expect: ["PART_OF", "org:unhcr", "org:african-union"] },
    // Another body's record in the same block, with no prose between: only the page's first "Type:" line is its body's.
    { text: `${LABOUR}Type: line ministry of the Government of Ghana\nOpened: 2020\nBorder Labour Office of Togo\nType: line ministry of the Government of Togo\n`, expect: ["OPERATES_IN", "org:office-of-returnee-labour", "ctry:tg"] },
    // A "Type:" line under a later section's heading is a record of that section's body, not the page's.
    { text: `${LABOUR}Opened: 2020\n\nRelated bodies\n\nBorder Labour Office of Togo\nType: line ministry of the Government of Togo\n`, expect: ["OPERATES_IN", "org:office-of-returnee-labour", "ctry:tg"] },
    // A field before the line naming another body: the line may be that body's.
    { text: "Harbour Safety Board: fact sheet\n\nPredecessor: Coastal Shipping Office\nType: regulatory agency of the African Union\n", expect: ["PART_OF", "org:harbour-safety-board", "org:african-union"] },
    // A tail that ends the tie: it no longer holds.
    { text: `${BOARD}Type: regulatory agency of the African Union until 2021\nSet up: 2017\n`, expect: ["PART_OF", "org:harbour-safety-board", "org:african-union"] },
    // Two names in the value: the line is more than one body's unit.
    { text: `${BOARD}Type: agency of the African Union and the European Union\nSet up: 2017\n`, expect: ["PART_OF", "org:harbour-safety-board", "org:african-union"] },
  ],
};
