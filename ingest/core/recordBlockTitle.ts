import type { NameRule } from "./NameRule.js";
import type { TripleExamples } from "./TripleExamples.js";
import type { Passage } from "./types.js";
import { headingProject } from "./headingProjects.js";
import { isFieldLine, listHeading } from "./listHeading.js";

/**
 * A listing prints one record per programme or call: a title line of its own, then field lines about it ("Funded by:",
 * "Countries:", "Run by:"). The title line names what those fields are about, even where no sentence names it and its
 * name has no head noun ("[ CLOSED ] Coastal Return 2020-2024 (Norway)"). A status tag in square brackets before the
 * title and a state in brackets after it (the funder's or host's, a field of its own) are not part of the name. A line
 * parted by a colon ("ACRONYM: three grants for …") is a known name with a description, left to the names the text
 * gives; so is a line whose name is already known. Only a block whose fields are a programme's (a funder, a lead, the
 * countries covered) makes its title an initiative: a block of a body's fields ("Members:") names no programme.
 */
const CALLS =
  "Grant calls\n\nListings stay online after the deadline.\n\n" +
  "[ CLOSED ]  Coastal Return 2020-2024 (Norway)\n  Funded by:   Ministry of Foreign Affairs of Norway\n  Countries:   Ghana, Togo\nThe framework pays for reintegration.\n\n" +
  "[ OPEN ]  Skills Along the Coast 2019-2022\n  Run by:      IOM\n  Where:       Benin\n  Deadline:    3 May 2024\nOpen to local associations.\n";

export const RECORD_BLOCK_TITLES: NameRule = {
  id: "record-block-titles",
  what: "A short line of its own over field lines that a programme has (funder, lead, countries) names an initiative: a status tag in square brackets before it and a state in brackets after it are left off; a line with a colon or naming something known is left to the text's names.",
  words: ["Funded by", "Run by", "Countries", "Where"],
  positive: [
    { text: CALLS, name: "Coastal Return 2020-2024", kind: "INITIATIVE" },
    { text: CALLS, name: "Skills Along the Coast 2019-2022", kind: "INITIATIVE" },
  ],
  negative: [
    // The state in brackets is the funder, not part of the name.
    { text: CALLS, name: "Coastal Return 2020-2024 (Norway)" },
    // A body's record: members are no programme's field.
    { text: "Directory\n\nBodies we work with.\n\nCoastal Shelter Alliance\n  Members:   Ghana, Togo\n  Founded:   2001\n", name: "Coastal Shelter Alliance" },
    // A line of prose, not a title, over the fields.
    { text: "Grant calls\n\nListings stay online.\n\nThe following call was the last of the year.\n  Funded by:   Norway\n  Countries:   Ghana\n", name: "The following call was the last of the year" },
  ],
};

/** A status tag before a record's title: "[ CLOSED ]", "[OPEN]", "[ ARCHIVED ]". */
const STATUS_TAG = /^\[\s*[A-Za-z][A-Za-z -]{1,20}\s*\]\s*/;
/** A body's call: "CIM: special call on return", "ABC: call for proposals on diaspora health" (an acronym, then a call in lower case). */
const CALL_OF_BODY = /^([A-Z][A-Z0-9-]{1,9}):\s+((?:[a-z][a-z-]*\s+){0,3}call\b[^:;.]*)$/;
/** A trailing bracket, "(Norway)": kept off the name when it holds a place. */
const TRAILING_BRACKET = /\s*\(([^()]{2,40})\)\s*$/;

/** Whether every field label of the block is one a programme's record has (its lists may take an initiative). */
function programmeFields(fields: readonly Passage[]): boolean {
  let known = 0;
  for (const f of fields) {
    const h = listHeading(f.text);
    if (!h) continue;
    if (!h.list.some((l) => l.topics.includes("INITIATIVE"))) return false;
    known += 1;
  }
  return known > 0;
}

export interface RecordBlockTitle {
  name: string;
  acronym: string | null;
  /** Where the name stands in the passage's text (a call's name joins its body and its description: the whole title). */
  start: number;
  end: number;
  /** The title as printed, where the name is not written as such ("ACR: special call on …"). */
  alias?: string;
}

/**
 * The initiatives record titles name (RECORD_BLOCK_TITLES), by passage id. `isPlace` tells a state in brackets from
 * an acronym; `known` a name the catalog or the text already gives.
 */
export function recordBlockTitles(passages: readonly Passage[], isPlace: (name: string) => boolean): Map<string, RecordBlockTitle> {
  const out = new Map<string, RecordBlockTitle>();
  passages.forEach((p, i) => {
    if (p.kind !== "paragraph" || p.sentences.length !== 1 || p.text.length > 150 || /[.!?:;,]\s*$/.test(p.text)) return;
    const fields: Passage[] = [];
    for (let j = i + 1; j < passages.length && passages[j]!.kind === "list-item" && passages[j]!.section === p.section; j++) fields.push(passages[j]!);
    if (fields.length === 0 || !isFieldLine(fields[0]!.text) || !programmeFields(fields)) return;
    let title = p.text.replace(STATUS_TAG, "");
    const bracket = TRAILING_BRACKET.exec(title);
    if (bracket && isPlace(bracket[1]!.trim())) title = title.slice(0, bracket.index);
    title = title.trim();
    const call = CALL_OF_BODY.exec(title);
    if (call) {
      // "ACR: special call on …": the call of the body the record's own fields name ("Run by: … (ACR)").
      const owner = new RegExp(`(?:^|[\\s(])${call[1]}(?:[\\s),;]|$)`);
      if (call[2]!.split(/\s+/).length <= 12 && fields.some((f) => owner.test(f.text))) {
        const start = p.text.indexOf(title);
        if (start >= 0) out.set(p.id, { name: `${call[1]} ${call[2]}`, acronym: null, start, end: start + title.length, alias: title });
      }
      return;
    }
    if (title.includes(":")) return;
    const project = headingProject(title);
    if (!project) return;
    const start = p.text.indexOf(project.name);
    if (start < 0) return;
    out.set(p.id, { name: project.name, acronym: project.acronym, start, end: start + project.name.length });
  });
  return out;
}

/** Pages for the relations a record's field lines state of the initiative its title names (test/unit/recordBlockTitle.test.ts). */
export const RECORD_BLOCK_FIELD_EXAMPLES: TripleExamples = {
  positive: [
    { text: CALLS, expect: ["OPERATES_IN", "ini:coastal-return-2020-2024", "ctry:tg"] },
    { text: CALLS, expect: ["FUNDS", "ctry:no", "ini:coastal-return-2020-2024"] },
    { text: CALLS, expect: ["OPERATES_IN", "ini:skills-along-the-coast-2019-2022", "ctry:bj"] },
    { text: CALLS, expect: ["LEADS", "org:iom", "ini:skills-along-the-coast-2019-2022"] },
  ],
  negative: [
    // One record's fields are no other record's.
    { text: CALLS, expect: ["OPERATES_IN", "ini:coastal-return-2020-2024", "ctry:bj"] },
    { text: CALLS, expect: ["LEADS", "org:iom", "ini:coastal-return-2020-2024"] },
  ],
};

/** A field line of any label: "Regions: East Africa", "Deadline: 9 May 2017". */
const FIELD_SHAPE = /^[A-Z][A-Za-z ]{1,30}:\s+\S/;
const blockTitleLines = new WeakMap<readonly Passage[], Set<string>>();
/**
 * Whether a passage is a record's title line: a short line of its own right above field lines of its section. It is
 * the block's title, not a row of a list the section's heading opens ("Funding opportunities > …" over the listing).
 */
export function opensRecordBlock(passages: readonly Passage[], passage: Passage): boolean {
  let ids = blockTitleLines.get(passages);
  if (!ids) {
    ids = new Set();
    passages.forEach((p, i) => {
      const next = passages[i + 1];
      if (p.kind === "paragraph" && p.sentences.length === 1 && p.text.length <= 150 && !/[.!?:;,]\s*$/.test(p.text) && next?.kind === "list-item" && next.section === p.section && FIELD_SHAPE.test(next.text)) ids!.add(p.id);
    });
    blockTitleLines.set(passages, ids);
  }
  return ids.has(passage.id);
}
