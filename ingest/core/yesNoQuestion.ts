import type { TripleExamples } from "./TripleExamples.js";

/**
 * "Does ECLAC chair the Conference?", "Was Norway the host?": a yes/no question opens with its auxiliary and asks
 * whether the clause holds; it states nothing, and the answer after it ("No.") may deny it. A wh-question ("Why did
 * Mexico host the Forum?") takes its clause as given, so it is not gated here. A fronted date or place may stand
 * before the auxiliary ("In 2019, did Chile chair it?").
 */
const YES_NO_OPENING = /^\W*(?:(?:in|on|at|since|by)\s+[^,?]{1,40},\s*)?(?:do|does|did|is|are|was|were|has|have|had|can|could|will|would|should|shall|may|might|must)(?:n['’]t)?\s/i;
/** The question mark ends the sentence, before any closing quote or bracket. */
const ASKED_END = /\?["'’”)\]]*\s*$/;

/** Whether the sentence is a yes/no question, which states no relation of its own. */
export function asksYesNo(sentence: string): boolean {
  return ASKED_END.test(sentence) && YES_NO_OPENING.test(sentence);
}

/** Sentences for the specs (test/unit/yesNoQuestion.test.ts): the triple must (not) be stated. */
export const YES_NO_QUESTION_EXAMPLES: TripleExamples = {
  positive: [
    // The answer states what the question only asked.
    { text: "Coral Seas Dialogue\n\nDid Fiji chair the Coral Seas Dialogue? Yes. Fiji chaired the Coral Seas Dialogue in 2019.", expect: ["CHAIRED", "ctry:fj", "forum:coral-seas-dialogue"] },
    { text: "Lagoon Ferry Forum\n\nIs the forum still active? Tonga joined the Lagoon Ferry Forum in 2018 and still attends.", expect: ["MEMBER_OF", "ctry:to", "forum:lagoon-ferry-forum"] },
  ],
  negative: [
    { text: "Coral Seas Dialogue\n\nDoes IOM chair the Coral Seas Dialogue? No. IOM is its secretariat; the chair is always a member state.", expect: ["CHAIRED", "org:iom", "forum:coral-seas-dialogue"] },
    { text: "Lagoon Ferry Forum\n\nIs UNICEF a member of the Lagoon Ferry Forum? No, it attends as an observer.", expect: ["MEMBER_OF", "org:unicef", "forum:lagoon-ferry-forum"] },
    { text: "Lagoon Ferry Forum\n\nHas Nauru ratified the Lagoon Ferry Protocol? Not yet.", expect: ["RATIFIED", "ctry:nr", "conv:lagoon-ferry-protocol"] },
    { text: "Atoll Water Project\n\nIn 2020, did Denmark fund the Atoll Water Project? It did not; the money came later.", expect: ["FUNDS", "ctry:dk", "ini:atoll-water-project"] },
  ],
};
