import type { TripleExamples } from "./TripleExamples.js";

interface Span {
  start: number;
  end: number;
  kind: string;
}

/**
 * "National Human Rights Commission of Indonesia (Komnas HAM)": a state read inside the name of a body that is itself
 * one of the list's rows is a word of that name, where the body is from, and no row of its own. Only a name the list
 * reads as a row hides what it holds: where the list takes states only, the state inside a body's name stays its row.
 */
export function innerName(span: Span, rows: readonly Span[], rowKinds: readonly string[]): boolean {
  return rows.some((o) => o !== span && rowKinds.includes(o.kind) && o.start <= span.start && span.end <= o.end && o.end - o.start > span.end - span.start);
}

const FORUM = "Coral Sea Forum (CSF)\n\nAbout\nThe Coral Sea Forum (CSF) links the human rights commissions of the region.\n\n";
const MEMBERS = `${FORUM}Members\nThe Forum has four members:\n- National Human Rights Commission of Indonesia (Komnas HAM) – Indonesia\n- Human Rights Commission of Malaysia (SUHAKAM), Malaysia\n- Ombudsman Office of Ghana (OOG)\n- Fiji\n\nMore text.\n`;
const CHAIRS = `${FORUM}Chairs\nThe chair of the Forum rotates each year.\n- 2024 – National Human Rights Commission of Indonesia (Komnas HAM), which hosted the annual conference.\n- 2025 – Ombudsman Office of Ghana (OOG).\n\nMore text.\n`;
/** Example pages (test/unit/innerName.test.ts): `expect` is [type, source, target]. */
export const INNER_NAME_EXAMPLES: TripleExamples = {
  positive: [
    // The body whose name holds its state is the row, in each way its seat is written after it.
    { text: MEMBERS, expect: ["MEMBER_OF", "org:national-human-rights-commission-of-indonesia", "forum:coral-sea-forum"] },
    { text: MEMBERS, expect: ["MEMBER_OF", "org:human-rights-commission-of-malaysia", "forum:coral-sea-forum"] },
    { text: MEMBERS, expect: ["MEMBER_OF", "org:ombudsman-office-of-ghana", "forum:coral-sea-forum"] },
    // A row that is only a state keeps its reading.
    { text: MEMBERS, expect: ["MEMBER_OF", "ctry:fj", "forum:coral-sea-forum"] },
    { text: CHAIRS, expect: ["CHAIRED", "org:national-human-rights-commission-of-indonesia", "forum:coral-sea-forum"] },
    { text: CHAIRS, expect: ["CHAIRED", "org:ombudsman-office-of-ghana", "forum:coral-sea-forum"] },
  ],
  negative: [
    { text: MEMBERS, expect: ["MEMBER_OF", "ctry:id", "forum:coral-sea-forum"] },
    { text: MEMBERS, expect: ["MEMBER_OF", "ctry:my", "forum:coral-sea-forum"] },
    { text: MEMBERS, expect: ["MEMBER_OF", "ctry:gh", "forum:coral-sea-forum"] },
    { text: CHAIRS, expect: ["CHAIRED", "ctry:id", "forum:coral-sea-forum"] },
    { text: CHAIRS, expect: ["CHAIRED", "ctry:gh", "forum:coral-sea-forum"] },
  ],
};
