import type { PageTripleExamples } from "./TripleExamples.js";

/** "Protocol No. 4 to the", "Optional Protocol to the", "Additional Protocol to the": a protocol named by its parent treaty. */
const PROTOCOL_TO = /^Protocol(?:\s+No\.?\s*\d+)?\s+to\s+(?:the\s+)?/i;
/** A sentence that writes a treaty's class word names its own object. */
const TREATY_WORD = /\b(?:Convention|Treaty|Charter|Covenant|Agreement)\b/;

const fold = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();

/**
 * Whether the page's title or opening line is about a protocol to this treaty ("Protocol No. 4 to the European
 * Convention on X: status"): the page's states that "ratified on 3 May 1968" ratified the protocol, not its parent, so
 * an unwritten object is not the parent treaty. The lines are searched for the treaty's name right after "Protocol … to
 * the".
 */
export function aboutProtocolOf(lines: ReadonlyArray<string | null | undefined>, treatyName: string): boolean {
  const name = fold(treatyName);
  if (!name) return false;
  for (const line of lines) {
    if (!line) continue;
    for (const m of line.matchAll(/\bProtocol\b/gi)) {
      const after = line.slice(m.index!);
      const to = PROTOCOL_TO.exec(after);
      if (to && fold(after.slice(to[0].length, to[0].length + treatyName.length + 20)).startsWith(name)) return true;
    }
  }
  return false;
}

/**
 * The test relate's sink asks of every relation on a page: on a protocol's page ("Protocol No. 4 to the X Convention:
 * status") a state that "ratified on 3 May 1968" ratified the protocol, so the parent treaty is a RATIFIED object only
 * where the sentence names it. Whether a treaty is the page's protocol parent is asked once per treaty.
 */
export function unwrittenProtocolParent(
  pageTitles: ReadonlyArray<string | null | undefined>,
  entities: { get(id: string): { kind: string; name: string } | undefined },
): (type: string, targetId: string, text: string, namedInSentence: boolean) => boolean {
  const parents = new Map<string, boolean>();
  const isParent = (id: string): boolean => {
    let v = parents.get(id);
    if (v === undefined) {
      const e = entities.get(id);
      v = e?.kind === "CONVENTION" && aboutProtocolOf(pageTitles, e.name);
      parents.set(id, v);
    }
    return v;
  };
  return (type, targetId, text, namedInSentence) => type === "RATIFIED" && isParent(targetId) && !namedInSentence && !TREATY_WORD.test(text);
}

/** Pages a protocol's status page must get right; test/unit/protocolPage.test.ts runs them through the whole pipeline. */
export const PROTOCOL_PAGE_EXAMPLES: PageTripleExamples = {
  id: "protocol-page",
  positive: [
    // The parent treaty named in a sentence of its own is still ratified.
    { title: "Protocol No. 3 to the Convention on the Reduction of Statelessness: status", text: "Status\nMali ratified the Convention on the Reduction of Statelessness in 2016.", expect: ["RATIFIED", "ctry:ml", "conv:statelessness-1961"] },
    { title: "Convention on the Reduction of Statelessness: status", text: "Status\nMali ratified on 3 May 2016.", expect: ["RATIFIED", "ctry:ml", "conv:statelessness-1961"] },
  ],
  negative: [
    { title: "Protocol No. 3 to the Convention on the Reduction of Statelessness: status", text: "Status\nMali ratified on 3 May 2016, Chad on 4 June 2017.", expect: ["RATIFIED", "ctry:ml", "conv:statelessness-1961"] },
    { title: "Optional Protocol to the Convention on the Reduction of Statelessness", text: "Parties\nChad deposited its instrument of ratification in 2019.", expect: ["RATIFIED", "ctry:td", "conv:statelessness-1961"] },
  ],
};
