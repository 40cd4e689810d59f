import { HEADING_LISTS, type HeadingList } from "./rules/listRules.js";
import type { M } from "./mentionLists.js";
import { isSubBodyHead } from "./subBodyRules.js";
import { namesOnlySentence } from "./namesOnlySentence.js";
import type { TripleExamples } from "./TripleExamples.js";

const MEMBERS = HEADING_LISTS.filter((l) => l.id === "members-of-forum");

/** A page entity a label may name: a body of a forum the page names with its owner. */
export type PageBody = { id: string; kind: string; name: string; aliases?: readonly string[]; isEvent?: boolean };

/**
 * What a line opening on a body of a forum lists: that body's members, never the forum's. Two readings:
 *  - `members`: the label is a body the page names with its owner, and the value is names alone (labelRows below):
 *    the names are read at once as that body's members;
 *  - `heading`: the label is read as a governing body's mention and its rows follow the colon (governingLabel below):
 *    the line is a heading list whose owner is that mention, its rows the line's alone.
 * The first reading is tried first.
 */
export type BodyLabel =
  | { as: "members"; list: HeadingList[]; body: M; from: number }
  | { as: "heading"; list: HeadingList[]; rest: string; restFrom: number; label: string };

export function bodyLabel(text: string, ms: readonly M[], bodies: Iterable<PageBody>, nameOf: (id: string) => string | undefined): BodyLabel | null {
  const rows = labelRows(text, ms, bodies);
  if (rows) return { as: "members", list: MEMBERS, ...rows };
  const heading = governingLabel(text, ms, nameOf);
  return heading ? { as: "heading", ...heading } : null;
}

/** "- Steering Group (SG): " up to the first row: a bullet, the body's name, its acronym in brackets, a colon. */
const LABEL_GAP = /^\s*(?:\([A-Z][A-Za-z]{1,9}\))?\s*:\s*(?:the\s+)?$/;

/**
 * "Steering Group: Australia, Indonesia, New Zealand and Thailand together with IOM and UNHCR": a line that opens on a
 * forum's governing body (SUB_BODIES, named whole by governingBody.ts) and lists states or bodies after its colon
 * lists that body's members, not the forum's. The first row must follow the colon at once: "Steering Committee: chaired
 * by Norway" or "Consultation Mechanism: convened by the Co-Chairs" lists no one. The list is the line's alone.
 */
function governingLabel(text: string, ms: readonly M[], nameOf: (id: string) => string | undefined): { list: HeadingList[]; rest: string; restFrom: number; label: string } | null {
  const lead = /^\s*(?:[-–•*]\s+)?(?:the\s+)?/i.exec(text)![0].length;
  const body = ms.find((m) => m.start === lead && m.kind === "FORUM" && !m.isEvent && m.via !== "coref");
  const name = body ? nameOf(body.id) : undefined;
  if (!body || !name || !isSubBodyHead(name.split(/\s+of\s+the\s+/)[0]!)) return null;
  const first = ms.find((m) => m.start >= body.end && (m.kind === "COUNTRY" || m.kind === "ORGANIZATION"));
  if (!first || !LABEL_GAP.test(text.slice(body.end, first.start))) return null;
  const restFrom = text.indexOf(":", body.end) + 1;
  return { list: MEMBERS, rest: text.slice(restFrom), restFrom, label: text.slice(0, restFrom - 1).trim() };
}

// The heads a body inside a forum goes by: its governing or working bodies, not the forum or a meeting of it.
const BODY_HEAD = /\b(?:group|committee|board|council|task force|bureau|troika|panel|caucus|cluster|core group)$/i;

/**
 * A line "<body>: <names>" whose label is a body the page names with its owner ("Steering Group: A, B, C and D together
 * with E", where the page has the "Steering Group of the Bali Process"), and whose value is names alone: the names are
 * that body's members. The body is the one page entity, of the forum kind, whose name is the label followed by "of"
 * and its owner's name, or its owner's name followed by the label, or the one the label already reads as; the label's
 * head is a body's (group, committee, board, council …), so "Conference: A, B, C" is no list of members. None or
 * several such bodies name no one.
 */
function labelRows(text: string, ms: readonly M[], bodies: Iterable<PageBody>): { body: M; from: number } | null {
  const colon = /^([A-Z][A-Za-z'’ -]{2,50}?)(?:\s*\([A-Z][A-Za-z0-9.-]{1,12}\))?:\s+/.exec(text);
  if (!colon) return null;
  if (!BODY_HEAD.test(colon[1]!.trim())) return null;
  const from = colon[0].length;
  // The label may already read as that body ("Steering Group" on a page about one forum, descriptionHeads.ts).
  const before = ms.filter((m) => m.start < from);
  const rows = ms.filter((m) => m.start >= from).map((m) => ({ ...m, start: m.start - from, end: m.end - from }));
  if (before.length === 1 && before[0]!.kind === "FORUM" && !before[0]!.isEvent && before[0]!.start === 0 && before[0]!.end >= colon[1]!.trim().length) {
    return namesOnlySentence(text.slice(from), rows) ? { body: before[0]!, from } : null;
  }
  if (before.length > 0) return null;
  const label = colon[1]!.trim().toLowerCase();
  const found = new Set<string>();
  let kind = "";
  for (const e of bodies) {
    if (e.kind !== "FORUM" || e.isEvent) continue;
    const forms = [e.name, ...(e.aliases ?? [])].map((f) => f.toLowerCase());
    if (forms.some((f) => f.startsWith(`${label} of `) || (f.endsWith(` ${label}`) && f.length > label.length + 3))) (found.add(e.id), (kind = e.kind));
  }
  if (found.size !== 1) return null;
  if (!namesOnlySentence(text.slice(from), rows)) return null;
  return { body: { id: [...found][0]!, kind: kind as M["kind"], isEvent: false, start: -1, end: -1, via: "coref" }, from };
}

const CORAL = "Colombo Process > About > Bodies\n\nThe Process works through bodies that sit below its ministerial meeting:\n\n";
const BUDAPEST_BODIES = "The Budapest Process\n\nThe Budapest Process Steering Committee prepares each ministerial conference.\n\nHow it works\n";
/** Example pages (test/unit/subBodies.test.ts, through the whole pipeline): `expect` is [type, source, target]. */
export const BODY_LABEL_EXAMPLES: TripleExamples = {
  positive: [
    { text: `${CORAL}  - Steering Group: Nepal, Sri Lanka and Pakistan together with IOM\n  - Consultation Mechanism: convened by the chair in a crisis\n`, expect: ["MEMBER_OF", "ctry:lk", "forum:steering-group-of-the-colombo-process"] },
    { text: `${CORAL}  - Steering Group: Nepal, Sri Lanka, Pakistan and IOM\n  - Consultation Mechanism: convened by the chair in a crisis\n`, expect: ["MEMBER_OF", "org:iom", "forum:steering-group-of-the-colombo-process"] },
    { text: "Budapest Process > Structure\n\nAdvisory Board (AB): Hungary, Türkiye and ICMPD\n", expect: ["MEMBER_OF", "ctry:tr", "forum:advisory-board-of-the-budapest-process"] },
    // A body the page names with its owner, its members after the colon, "along with" ones too.
    { text: `${BUDAPEST_BODIES}- Steering Committee: Hungary, Turkey, Bulgaria and Pakistan along with ICMPD\n`, expect: ["MEMBER_OF", "ctry:pk", "forum:steering-committee-of-the-budapest-process"] },
    { text: `${BUDAPEST_BODIES}- Steering Committee: Hungary, Turkey, Bulgaria and Pakistan along with ICMPD\n`, expect: ["MEMBER_OF", "org:icmpd", "forum:steering-committee-of-the-budapest-process"] },
  ],
  negative: [
    // The members are the body's, not the forum's.
    { text: `${CORAL}  - Steering Group: Nepal, Sri Lanka and Pakistan together with IOM\n`, expect: ["MEMBER_OF", "ctry:lk", "forum:colombo-process"] },
    // A role after the colon names no members.
    { text: `${CORAL}  - Steering Group: chaired by Nepal since 2019\n`, expect: ["MEMBER_OF", "ctry:np", "forum:steering-group-of-the-colombo-process"] },
    // The list is the line's alone: the next line's states are no members of the body above it.
    { text: `${CORAL}  - Ad Hoc Group: Nepal and Sri Lanka\n  - Regional Support Office: co-managed by Pakistan and Nepal\n`, expect: ["MEMBER_OF", "ctry:pk", "forum:ad-hoc-group-of-the-colombo-process"] },
    // A working group is one of many, no governing body: its line is not read as a list of members here.
    { text: `${CORAL}  - Working Group on Skills: Nepal and Sri Lanka\n`, expect: ["MEMBER_OF", "ctry:lk", "forum:colombo-process"] },
    // The value is a clause, not names alone.
    { text: `${BUDAPEST_BODIES}- Steering Committee: chaired by Hungary, with Turkey, Bulgaria and Pakistan taking turns\n`, expect: ["MEMBER_OF", "ctry:tr", "forum:steering-committee-of-the-budapest-process"] },
    // A body the page does not name is nobody's: its names are not the forum's members either.
    { text: `${BUDAPEST_BODIES}- Advisory Board: Austria, Germany, Greece\n`, expect: ["MEMBER_OF", "ctry:gr", "forum:budapest-process"] },
    // A label that is no body's head ("Conference") lists no members of anyone.
    { text: `${BUDAPEST_BODIES}- Conference: Austria, Germany, Greece\n`, expect: ["MEMBER_OF", "ctry:gr", "forum:budapest-process"] },
  ],
};
