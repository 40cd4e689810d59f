import { DEFINITE_DESCRIPTION, headFor } from "./descriptionHeads.js";
import type { M } from "./mentionLists.js";
import { NEW_CLAUSE_VERB } from "./newClause.js";
import { PREPOSITION_BEFORE } from "./predicateGroups.js";
import type { TripleExamples } from "./TripleExamples.js";

/** A verb right after the description, finite (newClause.ts) or "to" and a verb: the description is that verb's subject. */
const doesAfter = (gap: string) => /^\s+to\s+[a-z]/.test(gap) || NEW_CLAUSE_VERB.test(gap);

/**
 * A name (or a pronoun read as one) before `s` in the same clause that is no preposition's object: the clause's
 * subject ("In 2021 UNHCR joined the network"), unlike "In Ghana" or "with UNHCR".
 */
function openedByName(text: string, s: number, ms: readonly M[]): boolean {
  return ms.some((m) => m.end <= s && !/;/.test(text.slice(m.end, s)) && !PREPOSITION_BEFORE.test(text.slice(0, m.start)));
}

/**
 * "The grant will allow the Fund to scale up its hotspots": "its" inside a sentence is the nearest body before it, and a
 * body may be written as a description ("the Fund", "the network") as well as by name. Where such a description is
 * nearer than any name, "its" is whatever the description is (coreference.ts resolves it after the descriptions), and
 * nothing where the description picks no one: the subject of the sentence before is further away than the description.
 * Returns where that description starts, or null where a name (or nothing) is nearer. `after` is where the nearest
 * mention before the pronoun ends, a name or a reference already read ("OFII" for the page's own body); `ms` are the
 * sentence's mentions and the references read so far.
 */
export function describedPossessor(text: string, at: number, after: number, ms: readonly M[]): number | null {
  let found: number | null = null;
  for (const d of text.slice(0, at).matchAll(DEFINITE_DESCRIPTION)) {
    const s = d.index!;
    const head = headFor(d[1]!);
    if (s < after || !head || head.event || head.part) continue;
    // A description inside a name ("the Fund for X") is that name's word, not a description of its own.
    if (ms.some((m) => s < m.end && m.start < s + d[0].length)) continue;
    // "the third phase of its Programme": the noun "of its" complements is not what "its" stands for.
    if (/^\s+of\s+$/.test(text.slice(s + d[0].length, at))) continue;
    // "UNHCR took over the project in 2016 and runs its work": a name opened the clause and the description is what it
    // acted on, so "its" is still the name's. The description is the doer only where a verb of its own follows it:
    // "UNHCR asked the Fund to scale up its work", "… said that the Fund has run its projects". No description further
    // back is the doer either ("joined the network and the forum and runs its …").
    found = openedByName(text, s, ms) && !doesAfter(text.slice(s + d[0].length, at)) ? null : s;
  }
  return found;
}

/** Sentences the reading must get right ([type, sourceId, targetId]); test/unit/coreference.test.ts runs them. */
export const DESCRIBED_POSSESSOR_EXAMPLES: TripleExamples = {
  positive: [
    // The description picks the one body whose name carries its head, and "its" is that body.
    { text: "Norway gave a grant of USD 4 million to the Harbour Fund. The grant allows the Fund to scale up its work in Ghana.", expect: ["OPERATES_IN", "ini:harbour-fund", "ctry:gh"] },
    { text: "IOM set up the Coastal Welcome Network in 2019. Since 2021 the network has also run its projects in Togo.", expect: ["OPERATES_IN", "ini:coastal-welcome-network", "ctry:tg"] },
    // A name nearer than the description is still what "its" is.
    { text: "The Harbour Fund was set up in 2015. With the grant the Fund asked UNICEF to scale up its work in Ghana.", expect: ["OPERATES_IN", "org:unicef", "ctry:gh"] },
  ],
  negative: [
    // Two funds carry the head, so "the Fund" picks neither, and "its" is not the donor that opened an earlier sentence.
    { text: "The Lantern Fund will give a grant of USD 4 million to the Harbour Fund. Molly Reed will join the board in 2015. The grant will allow the Fund to scale up its hotspots in India and to start work in Ghana.", expect: ["OPERATES_IN", "ini:lantern-fund", "ctry:gh"] },
    { text: "The Lantern Fund will give a grant of USD 4 million to the Harbour Fund. The grant will let the Fund expand its work and start work in Ghana.", expect: ["OPERATES_IN", "ini:lantern-fund", "ctry:gh"] },
    { text: "The Lantern Fund pledged EUR 2 million to the Harbour Fund. With the money the Fund will open its first office in Ghana.", expect: ["OPERATES_IN", "ini:lantern-fund", "ctry:gh"] },
    { text: "The Lantern Fund will fund the Harbour Fund for three years. With that support the Fund will open its first office in Ghana.", expect: ["OPERATES_IN", "ini:lantern-fund", "ctry:gh"] },
    // A body read through a reference ("it") is nearer than the description: "its" is that body's, not the network's.
    { text: "UNHCR is a member of the Coastal Welcome Network. Under a partnership agreement with the network, it opened its own reintegration scheme to returnees.", expect: ["LEADS", "org:unhcr", "ini:coastal-welcome-network"] },
    // A name opened the clause and the description is its verb's or a preposition's object: "its" is the name's.
    { text: "The Missing Migrants Project began in 2014. UNHCR took over the project in 2016 and runs its work in Ghana.", expect: ["OPERATES_IN", "ini:missing-migrants-project", "ctry:gh"] },
    { text: "IOM set up the Coastal Welcome Network in 2019. In 2021 UNHCR joined the network and started its projects in Togo.", expect: ["OPERATES_IN", "ini:coastal-welcome-network", "ctry:tg"] },
    { text: "Norway gave a grant of USD 4 million to the Harbour Fund. The Danish Refugee Council received money from the Fund and runs its projects in Ghana.", expect: ["OPERATES_IN", "ini:harbour-fund", "ctry:gh"] },
  ],
};
