import { headKind } from "./headKind.js";
import type { TripleExamples } from "./TripleExamples.js";

/** "of the Council of the Coastal States": the role's group written right after the role noun, up to its last capital. */
const GROUP_AFTER = /^\s+of\s+(?:the\s+)?((?:[A-Z][\p{L}’'-]*\s+(?:(?:of|for|on)\s+(?:the\s+)?)?)*[A-Z][\p{L}’'-]*)/u;

/**
 * A role whose group is written after it as a body ("Portugal, which held the rotating presidency of the Council of
 * the EU that half-year"): the role is held in that body, so no forum the sentence leaves unwritten is its object.
 * A group headed by a forum's or a programme's noun ("the presidency of the Conference") may be the topic itself.
 */
export function roleOfOtherBody(text: string, trigEnd: number): boolean {
  const group = GROUP_AFTER.exec(text.slice(trigEnd, trigEnd + 120));
  return !!group && headKind(group[1]!) === "ORGANIZATION";
}

/** Sentences (test/unit/roleOfOtherBody.test.ts): `expect` is [type, source, target]. */
export const ROLE_OF_OTHER_BODY_EXAMPLES: TripleExamples = {
  positive: [
    { text: "The presidency of the Puebla Process rotates. Guatemala held the presidency in 2019.", expect: ["CHAIRED", "ctry:gt", "forum:puebla-process"] },
    { text: "The Colombo Process meets every two years. In 2016 Sri Lanka held the chairmanship of the Process.", expect: ["CHAIRED", "ctry:lk", "forum:colombo-process"] },
  ],
  negative: [
    { text: "The Colombo Process met in Dhaka in 2011. Bangladesh, which held the rotating presidency of the Council of Coastal States that year, spoke first.", expect: ["CHAIRED", "ctry:bd", "forum:colombo-process"] },
    { text: "The Bali Process was founded in 2002. Indonesia held the chairmanship of the Association of Island States then.", expect: ["CHAIRED", "ctry:id", "forum:bali-process"] },
  ],
};
