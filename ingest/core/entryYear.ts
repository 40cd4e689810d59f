/**
 * The year of a register entry printed over several lines, one field a line:
 *   Senior Officials Meeting, Khartoum
 *   12–13 May 2015
 *   Host: Sudan
 * Lines with no blank line between them are one entry; a host or chair field with no year of its own takes the one
 * year the entry's short lines state. A blank line, a new section or a second year ends that reading.
 */
const YEAR = /\b(?:19|20)\d{2}\b/g;

export class EntryYear {
  private years = new Set<string>();
  private end = -1;
  private section: string | null = null;

  /** Reads one passage (in order) and answers the entry's year so far, with this passage's. */
  see(passage: { start: number; end: number; section: string | null; kind: string; text: string }): number | null {
    const joined = passage.section === this.section && passage.start - this.end <= 1;
    if (!joined) this.years = new Set();
    // Only a short line is an entry's field; a paragraph of prose dates other things.
    if (passage.kind === "list-item" || passage.text.length <= 100) for (const y of passage.text.match(YEAR) ?? []) this.years.add(y);
    else this.years = new Set(["prose", "prose2"]);
    this.end = passage.end;
    this.section = passage.section;
    return this.years.size === 1 ? Number([...this.years][0]) : null;
  }
}

/** Example pages (test/unit/rowFields.test.ts): `expect` is [source, target, role?]. */
export const ENTRY_YEAR_EXAMPLES = {
  positive: [
    { text: "The Khartoum Process\n\nThe Khartoum Process is a dialogue between the EU and the Horn of Africa.\n\nSenior Officials Meeting, Khartoum\n12–13 May 2015\nHost: Sudan\n\nSenior Officials Meeting, Asmara\n4 June 2016\nHost: Eritrea\n", type: "HOSTED", expect: ["ctry:er", "forum:khartoum-process-2016"] },
    { text: "The Khartoum Process\n\nThe Khartoum Process is a dialogue between the EU and the Horn of Africa.\n\nSenior Officials Meeting, Khartoum\n12–13 May 2015\nChair: Italy\n", type: "CHAIRED", expect: ["ctry:it", "forum:khartoum-process", "2015"] },
  ],
  negative: [
    // A blank line ends the entry: the host below belongs to no dated meeting.
    { text: "The Khartoum Process\n\nThe Khartoum Process is a dialogue between the EU and the Horn of Africa.\n\nSenior Officials Meeting, Khartoum\n12–13 May 2015\n\nHost: Sudan\n", type: "HOSTED", expect: ["ctry:sd", "forum:khartoum-process-2015"] },
    // Two years in one entry say not which is the meeting's.
    { text: "The Khartoum Process\n\nThe Khartoum Process is a dialogue between the EU and the Horn of Africa.\n\nSenior Officials Meeting, Khartoum\nPlanned for 2014, held 12–13 May 2015\nHost: Sudan\n", type: "HOSTED", expect: ["ctry:sd", "forum:khartoum-process-2015"] },
  ],
};
