import { HEADING_LISTS, type HeadingList } from "./rules/listRules.js";
import type { M } from "./mentionLists.js";
import { isSubBodyHead } from "./subBodyRules.js";
import type { TripleExamples } from "./TripleExamples.js";

const MEMBERS = HEADING_LISTS.find((l) => l.id === "members-of-forum")!;

/** "- Steering Group (SG): " up to the first row: a bullet, the body's name, its acronym in brackets, a colon. */
const LABEL_GAP = /^\s*(?:\([A-Z][A-Za-z]{1,9}\))?\s*:\s*(?:the\s+)?$/;

/**
 * "Steering Group: Australia, Indonesia, New Zealand and Thailand together with IOM and UNHCR": a line that opens on a
 * forum's governing body (SUB_BODIES, named whole by governingBody.ts) and lists states or bodies after its colon
 * lists that body's members, not the forum's. The first row must follow the colon at once: "Steering Committee: chaired
 * by Norway" or "Consultation Mechanism: convened by the Co-Chairs" lists no one. The list is the line's alone.
 */
export function bodyLabel(text: string, ms: readonly M[], nameOf: (id: string) => string | undefined): { list: HeadingList[]; rest: string; restFrom: number; label: string } | null {
  const lead = /^\s*(?:[-–•*]\s+)?(?:the\s+)?/i.exec(text)![0].length;
  const body = ms.find((m) => m.start === lead && m.kind === "FORUM" && !m.isEvent && m.via !== "coref");
  const name = body ? nameOf(body.id) : undefined;
  if (!body || !name || !isSubBodyHead(name.split(/\s+of\s+the\s+/)[0]!)) return null;
  const first = ms.find((m) => m.start >= body.end && (m.kind === "COUNTRY" || m.kind === "ORGANIZATION"));
  if (!first || !LABEL_GAP.test(text.slice(body.end, first.start))) return null;
  const restFrom = text.indexOf(":", body.end) + 1;
  return { list: [MEMBERS], rest: text.slice(restFrom), restFrom, label: text.slice(0, restFrom - 1).trim() };
}

const CORAL = "Colombo Process > About > Bodies\n\nThe Process works through bodies that sit below its ministerial meeting:\n\n";
/** Example pages (test/unit/subBodies.test.ts): `expect` is [type, source, target]. */
export const BODY_LABEL_EXAMPLES: TripleExamples = {
  positive: [
    { text: `${CORAL}  - Steering Group: Nepal, Sri Lanka and Pakistan together with IOM\n  - Consultation Mechanism: convened by the chair in a crisis\n`, expect: ["MEMBER_OF", "ctry:lk", "forum:steering-group-of-the-colombo-process"] },
    { text: `${CORAL}  - Steering Group: Nepal, Sri Lanka, Pakistan and IOM\n  - Consultation Mechanism: convened by the chair in a crisis\n`, expect: ["MEMBER_OF", "org:iom", "forum:steering-group-of-the-colombo-process"] },
    { text: "Budapest Process > Structure\n\nAdvisory Board (AB): Hungary, Türkiye and ICMPD\n", expect: ["MEMBER_OF", "ctry:tr", "forum:advisory-board-of-the-budapest-process"] },
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
  ],
};
