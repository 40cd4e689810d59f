import type { M } from "./mentionLists.js";
import type { ProgrammeList } from "./rules/programmeListRules.js";
import type { TripleExamples } from "./TripleExamples.js";

/**
 * The class nouns a profile's "Type:" line may give its body as a part of another one ("decentralised agency of the
 * European Union", "executive department of the Government of Ghana"): a unit of a larger body or of a state's
 * government. A class that is a whole of its own ("alliance of non-governmental organisations", "network of cities")
 * or a relation to the other body ("partner of", "member of", "observer of") is none.
 */
const PART_HEADS = /^(?:agency|body|organ|office|department|ministry|division|unit|branch|secretariat|programme|program)$/i;
/**
 * Words before the class noun that deny it still holds or ever held ("former agency of", "proposed body of"), or make it a
 * relation to the other body rather than a part of it ("partner agency of", "member body of", "sister organ of").
 */
const DENIED = /^(?:former|formerly|ex|proposed|planned|future|candidate|prospective|would-be|non|not|partner|member|observer|associate|associated|affiliated|sister|related|twin)$/i;
/** Between "of" and the name: a state written by its government ("the Government of the Philippines", "the Republic of"). */
const STATE_GAP = /^(?:(?:the\s+)?(?:Government|State|Republic|Kingdom)\s+of\s+(?:the\s+)?)?$/;
/** The field itself: "Type" as the line's label, then a colon or a column gap ("Type:   federal ministry of …"). */
const TYPE_LABEL = /^\s*(?:[-•*]\s*)?Type\s*(?::|\t+|\s{3,})\s*/;
/** The class phrase: up to three lower-case modifiers, the class noun, "of", and "the" before the name. */
const CLASS_OF = /^((?:[a-z][\w-]*\s+){0,3}?)([a-z]+)\s+of\s+(?:the\s+)?/;

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
    examples: { positive: [], negative: [] },
  },
  {
    id: "type-part-of-programme",
    heading: PART_HEADS,
    type: "PART_OF", rows: ["INITIATIVE", "FORUM"], topics: ["INITIATIVE", "FORUM"], rowsAreTargets: true, topicNamed: true, confidence: 0.7,
    examples: { positive: [], negative: [] },
  },
  {
    id: "type-state-body",
    heading: PART_HEADS,
    type: "OPERATES_IN", rows: ["COUNTRY"], topics: ["ORGANIZATION"], rowsAreTargets: true, topicNamed: true, confidence: 0.65,
    examples: { positive: [], negative: [] },
  },
];

/**
 * A "Type:" field line that says what larger body or state its page's body is a unit of ("Type: decentralised agency of
 * the European Union"): the lists it opens and where the name after "of" starts, or null. The name must follow "of"
 * at once and be the only name of the line's value; a class noun that is no unit, or one denied, opens nothing.
 */
export function typeField(text: string, ms: readonly M[]): { list: ProgrammeList[]; rest: string; restFrom: number; label: string } | null {
  const label = TYPE_LABEL.exec(text);
  if (!label) return null;
  const value = text.slice(label[0].length);
  const phrase = CLASS_OF.exec(value);
  if (!phrase || !PART_HEADS.test(phrase[2]!) || phrase[1]!.trim().split(/\s+/).some((w) => DENIED.test(w.replace(/-$/, "")))) return null;
  const restFrom = label[0].length + phrase[0].length;
  const own = ms.filter((m) => m.via !== "coref" && m.end > label[0].length).sort((a, b) => a.start - b.start);
  // The name opens the rest, a state perhaps by its government ("the Government of Ghana"); a second body makes the
  // value more than one body's unit ("agency of the EU and the AU").
  const first = own[0];
  if (!first || first.start < restFrom || !STATE_GAP.test(text.slice(restFrom, first.start)) || own.some((m) => m.id !== first.id)) return null;
  const list = TYPE_FIELD_LISTS.filter((l) => l.rows.includes(first.kind));
  return list.length ? { list, rest: text.slice(restFrom), restFrom, label: text.slice(0, label[0].length).trim() } : null;
}

const AGENCY = "Frontier Data Agency: agency profile\n\nFull name: European Union Agency for Frontier Data Exchange\n";
const BUREAU = "Bureau of Seafarer Welfare (BSW), Ghana - organisation profile\n\nDirectory of maritime authorities | West Africa\n\n";
/** Example pages for a "Type:" line (test/unit/headingLists.test.ts): `expect` is [type, source, target]. */
export const TYPE_FIELD_EXAMPLES: TripleExamples = {
  positive: [
    { text: `${AGENCY}Type: decentralised agency of the European Union\nFounded: 2015\n`, expect: ["PART_OF", "org:frontier-data-agency", "org:european-union"] },
    { text: `${BUREAU}Type: executive department of the Government of Ghana\nCreated: 2019\n`, expect: ["OPERATES_IN", "org:bureau-of-seafarer-welfare", "ctry:gh"] },
    // A programme of a forum is a part of it.
    { text: "Andean Return Plan: programme profile\n\nType: regional programme of the Budapest Process\nStarted: 2019\n", expect: ["PART_OF", "ini:andean-return-plan", "forum:budapest-process"] },
  ],
  negative: [
    // A class that is a whole of its own, or a relation to the other body, makes it no unit of it.
    { text: `${AGENCY}Type: partner agency of the European Union\nFounded: 2015\n`, expect: ["PART_OF", "org:frontier-data-agency", "org:european-union"] },
    { text: `${AGENCY}Type: former agency of the European Union\nFounded: 2015\n`, expect: ["PART_OF", "org:frontier-data-agency", "org:european-union"] },
    { text: `${BUREAU}Type: alliance of port unions in Ghana\nCreated: 2019\n`, expect: ["OPERATES_IN", "org:bureau-of-seafarer-welfare", "ctry:gh"] },
    // A page whose title names no single body: the line describes no one the page is about.
    { text: "Maritime authorities: news in brief\n\nThe Bureau of Seafarer Welfare opened an office in Tema.\n\nType: executive department of the Government of Ghana\n", expect: ["OPERATES_IN", "org:bureau-of-seafarer-welfare", "ctry:gh"] },
    // Another body's record further down the page, after its prose: not the page's body's unit.
    { text: `${BUREAU}Type: executive department of the Government of Ghana\n\nThe Bureau works in the port of Tema.\n\nRelated bodies\n\nPort Labour Office of Togo\nType: executive department of the Government of Togo\n`, expect: ["OPERATES_IN", "org:bureau-of-seafarer-welfare", "ctry:tg"] },
    // Two names in the value: the line is more than one body's unit.
    { text: `${AGENCY}Type: agency of the European Union and the African Union\nFounded: 2015\n`, expect: ["PART_OF", "org:frontier-data-agency", "org:european-union"] },
  ],
};
