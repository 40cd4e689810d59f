import type { EntityKind } from "../../src/ontology/ontology.js";
import type { TripleExamples } from "./TripleExamples.js";
import type { M } from "./mentionLists.js";

/** What may stand between a row's title and its colon: a year or an acronym in brackets. */
const TITLE_TAIL = /^\s*(?:\((?:\d{4}|[A-Z][A-Za-z]{1,11})\))?\s*:/;

/**
 * "International Convention on X: Ghana and Peru ratified it in 2003": in a "Title: clause" row, an object "it" in
 * the clause is the title before the colon. The coreference history holds only earlier sentences, so without this
 * "it" went to a thing of the same kind named in the row before. The title must open the text, be named (not itself
 * a reference) and be of a kind the verb acts on (`kinds`); another such thing named between the colon and "it"
 * leaves "it" to the usual reading.
 */
export function colonTitleObject(text: string, at: number, ms: readonly M[], kinds: readonly EntityKind[] | null): M | null {
  if (!kinds) return null;
  const own = ms.filter((m) => m.via !== "coref" && m.end <= at).sort((a, b) => a.start - b.start);
  const title = own[0];
  if (!title || !kinds.includes(title.kind) || !/^[\s\-*•]*(?:the\s+)?$/i.test(text.slice(0, title.start))) return null;
  const tail = TITLE_TAIL.exec(text.slice(title.end, at));
  if (!tail) return null;
  const colon = title.end + tail[0].length;
  if (own.some((m) => m.start >= colon && m.id !== title.id && kinds.includes(m.kind))) return null;
  return title;
}

/** Rows whose object "it" must (or must not) be the title before the colon; test/unit/colonTitleObject.test.ts runs them. */
export const COLON_TITLE_OBJECT_EXAMPLES: TripleExamples = {
  positive: [
    {
      text: "Treaty record\n\nThe main instruments:\n- Convention relating to the Status of Refugees (1951): Chile acceded in 1972. Each also accepted the 1967 Protocol.\n- International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families: Chile and Peru ratified it in 2005.",
      expect: ["RATIFIED", "ctry:pe", "conv:cmw"],
    },
    { text: "The Protocol relating to the Status of Refugees was adopted in 1967.\n\nConvention on the Reduction of Statelessness (1961): Ghana acceded to it in 2023.", expect: ["RATIFIED", "ctry:gh", "conv:statelessness-1961"] },
  ],
  negative: [
    // The treaty of the row before is not the one this row's "it" stands for.
    {
      text: "Treaty record\n\nThe main instruments:\n- Convention relating to the Status of Refugees (1951): Chile acceded in 1972. Each also accepted the 1967 Protocol.\n- International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families: Chile and Peru ratified it in 2005.",
      expect: ["RATIFIED", "ctry:pe", "conv:refugee-protocol-1967"],
    },
    // A title of a kind the verb cannot act on (a forum) is not what "ratified it" means.
    { text: "The Protocol relating to the Status of Refugees was adopted in 1967.\n\nRegional Conference on Migration: Ghana ratified it in 2023.", expect: ["RATIFIED", "ctry:gh", "forum:puebla-process"] },
  ],
};
