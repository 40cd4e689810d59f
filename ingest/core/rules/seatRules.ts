import type { RelationRule } from "./RelationRule.js";

/**
 * A seat on a body's board, committee or bureau is membership of the body: told with the seat holders listed after
 * the body, or with the holders as the subject. Read right after MEMBERSHIP_RULES (relationTable.ts).
 */
export const SEAT_RULES: RelationRule[] = [
  {
    // A seat on a body's board or committee is membership of the body: "Eight agencies sit on the Executive Committee of
    // the UN Network on Migration: IOM, …". The body is the one named right before the list.
    id: "seat-listed-after",
    type: "MEMBER_OF",
    trigger: "sit on|in / hold|have|occupy seat|seats on|in",
    shape: "list-after",
    listCue: "^[^.;]{0,120}?:",
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["FORUM", "INITIATIVE", "ORGANIZATION"],
    confidence: 0.75,
    examples: {
      positive: [
        { text: "Five agencies sit on the steering committee of KNOMAD: the World Bank, IOM, UNHCR, UNDP and the ILO.", expect: ["org:unhcr", "ini:knomad"] },
        { text: "Four states hold seats on the Bureau of the Colombo Process: Nepal, India, Sri Lanka and Viet Nam.", expect: ["ctry:in", "forum:colombo-process"] },
      ],
      negative: [
        { text: "Five agencies may sit on the steering committee of KNOMAD: the World Bank, IOM, UNHCR, UNDP and the ILO.", expect: ["org:unhcr", "ini:knomad"] },
        { text: "Observers sat in the back of the hall at the Colombo Process meeting; they came from Nepal and India.", expect: ["ctry:in", "forum:colombo-process"] },
      ],
    },
  },
  {
    // "UNDP and UNODC also sit on the Executive Committee of the UN Network on Migration": the body past the board's "of".
    id: "seat-subject-first",
    type: "MEMBER_OF",
    trigger: "sit on|in / hold|have|occupy ?a seat|seats on|in",
    shape: "subject-first",
    verbal: true,
    objectThroughOf: true,
    objectWithin: 12,
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["FORUM", "INITIATIVE", "ORGANIZATION"],
    confidence: 0.75,
    examples: {
      positive: [
        { text: "The ILO and UNHCR sit on the steering committee of KNOMAD.", expect: ["org:unhcr", "ini:knomad"] },
        { text: "India holds a seat on the Bureau of the Colombo Process.", expect: ["ctry:in", "forum:colombo-process"] },
      ],
      negative: [
        { text: "The ILO and UNHCR do not sit on the steering committee of KNOMAD.", expect: ["org:unhcr", "ini:knomad"] },
        { text: "India sat in the audience at a KNOMAD seminar in Geneva.", expect: ["ctry:in", "ini:knomad"] },
      ],
    },
  },
];
