import type { EntityKind } from "../../src/ontology/ontology.js";
import type { M } from "./mentionLists.js";
import type { TripleExamples } from "./TripleExamples.js";

/** A line's opening before its name: a bullet or a number, else nothing. */
const LINE_OPENING = /^\s*(?:(?:[-–•*]|\d{1,2}[.)])\s+)?(?:the\s+)?$/i;
/** Between the name and the participle: its acronym in brackets, the colon, and adverbs or "co-" only. */
const LABEL_COLON = /^\s*(?:\([A-Z][\w.&-]{1,12}\))?\s*:\s*(?:(?:jointly|currently|now|also|formally)\s+)?(?:co-?)?$/i;

/**
 * The subject a passive participle describes on a label line: "Working Group on Trafficking in Persons: co-chaired by
 * Australia and Indonesia". A name that opens the line, its colon, and the participle right after it read as the
 * name with its participle in apposition ("the Working Group, co-chaired by A and B,"), the shape a governance chart
 * or a list of bodies prints each row in. A name inside the line, or words of another clause between the colon and the
 * participle ("Steering Committee: Norway, chaired by …"), is no such label.
 */
export function labelledPassiveSubject(ms: readonly M[], text: string, verbStart: number, kinds: readonly EntityKind[]): M | null {
  const label = ms.find((m) => kinds.includes(m.kind) && m.end <= verbStart && m.via !== "coref" && LINE_OPENING.test(text.slice(0, m.start)));
  if (!label || ms.some((m) => m.start >= label.end && m.end <= verbStart)) return null;
  return LABEL_COLON.test(text.slice(label.end, verbStart)) ? label : null;
}

const BODIES = "Colombo Process > About > Bodies\n\nThe Process works through bodies that sit below its ministerial meeting:\n\n";
/** Example pages (test/unit/labelledPassive.test.ts, through the whole pipeline): `expect` is [type, source, target]. */
export const LABELLED_PASSIVE_EXAMPLES: TripleExamples = {
  positive: [
    { text: `${BODIES}  - Working Group on Labour Migration: co-chaired by Nepal and Sri Lanka, reports each year to the senior officials\n`, expect: ["CHAIRED", "ctry:lk", "forum:working-group-on-labour-migration"] },
    { text: `${BODIES}  - Working Group on Labour Migration: co-chaired by Nepal and Sri Lanka, reports each year to the senior officials\n`, expect: ["CHAIRED", "ctry:np", "forum:working-group-on-labour-migration"] },
    { text: `${BODIES}1. Working Group on Remittances (WGR): chaired by Pakistan\n2. Working Group on Skills: chaired by India\n`, expect: ["CHAIRED", "ctry:pk", "forum:working-group-on-remittances"] },
    { text: "Tinland > Programmes\n\nSafe Harbours Programme: implemented by IOM and UNHCR since 2019\n", expect: ["LEADS", "org:unhcr", "ini:safe-harbours-programme"] },
    { text: "Tinland > Programmes\n\nSafe Harbours Programme: jointly funded by Norway and Japan\n", expect: ["FUNDS", "ctry:jp", "ini:safe-harbours-programme"] },
  ],
  negative: [
    // The row's names after the colon are members; the participle further on describes no one of the label's.
    { text: `${BODIES}  - Working Group on Labour Migration: Nepal and Sri Lanka, chaired by India in turn\n`, expect: ["CHAIRED", "ctry:lk", "forum:working-group-on-labour-migration"] },
    // A name inside the line is no label of it.
    { text: `${BODIES}  - Reports go to the Working Group on Labour Migration: chaired by Nepal since 2019\n`, expect: ["CHAIRED", "ctry:np", "forum:working-group-on-labour-migration"] },
    // A clause after the colon with its own verb before the participle.
    { text: `${BODIES}  - Working Group on Labour Migration: it will be co-chaired by Nepal and Sri Lanka\n`, expect: ["CHAIRED", "ctry:lk", "forum:working-group-on-labour-migration"] },
  ],
};
