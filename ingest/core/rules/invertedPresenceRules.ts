import type { RelationRule } from "./RelationRule.js";
import { AT_REPORTED_MEETING } from "./reportedMeeting.js";
import { SENT_PEOPLE } from "./sentPeople.js";

const MEETING = "The 2016 ministerial meeting of the Colombo Process took place in Colombo.";

/**
 * Presence stated with the verb first and the bodies after it, as "Present were A and B" (present-were): "Taking part
 * were A and B", "Attending were delegations from A and B", "Also participating was IOM". Who was at the meeting just
 * reported. An invitation or a plan before the verb ("Invited to attend were", "Due to take part were") is no presence.
 */
export const INVERTED_PRESENCE_RULES: RelationRule[] = [
  {
    id: "taking-part-were",
    type: "PARTICIPATES_IN",
    trigger: "take part / participate / participating / attend / attending",
    shape: "list-after",
    notAfter: "to|not|invited|expected|due|scheduled",
    listCue: "^\\s+(?:were|was)\\s+(?:(?:delegations?|representatives|ministers|officials|delegates)\\s+(?:from|of)\\s+)?(?:the\\s+)?",
    ...AT_REPORTED_MEETING,
    examples: {
      positive: [
        { text: `${MEETING} Taking part were Bhutan and the ILO.`, expect: ["org:ilo", "forum:colombo-process-2016"] },
        { text: `${MEETING} Attending were delegations from Bhutan and Nepal.`, expect: ["ctry:np", "forum:colombo-process-2016"] },
        { text: `${MEETING} Also participating was the ILO.`, expect: ["org:ilo", "forum:colombo-process-2016"] },
      ],
      negative: [
        { text: `${MEETING} Invited to attend were Bhutan and the ILO.`, expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: `${MEETING} Due to take part were Bhutan and the ILO.`, expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: `${MEETING} Not attending were Bhutan and the ILO.`, expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: "The Colombo Process was set up in 2003. Taking part were Bhutan and the ILO.", expect: ["ctry:bt", "forum:colombo-process"] },
      ],
    },
  },
  {
    // "Around the table sat A and B", "Facing the host sat A's minister and B's envoy": seats taken at the meeting just
    // reported, the verb before who sat (stateOfficeHolders.ts reads a state's office-holder as the state). A body
    // before the verb ("IOM sat on the board") or a place after it ("sat in the gallery") is no list.
    id: "around-the-table-sat",
    type: "PARTICIPATES_IN",
    trigger: "sat",
    shape: "list-after",
    notAfter: "not|never",
    // Who sat may be named by the people a state sent ("the interior ministers of A and B").
    listCue: `^\\s+(?:${SENT_PEOPLE}|the\\s+)?(?=[A-Z])`,
    ...AT_REPORTED_MEETING,
    examples: {
      positive: [
        { text: `${MEETING} Around the table sat Bhutan's foreign minister and the ILO.`, expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: `${MEETING} Facing the hosts sat the Nepali labour minister, Ram Thapa, and the ILO.`, expect: ["ctry:np", "forum:colombo-process-2016"] },
        { text: `${MEETING} Around the table sat the interior ministers of Bhutan, Nepal and Sri Lanka.`, expect: ["ctry:np", "forum:colombo-process-2016"] },
        { text: `${MEETING} Around the table sat senior officials from Bhutan and the ILO.`, expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: `${MEETING} At the head table sat the labour and migration ministers of Nepal and Bhutan.`, expect: ["ctry:bt", "forum:colombo-process-2016"] },
      ],
      negative: [
        { text: `${MEETING} The ILO sat on its advisory board.`, expect: ["org:ilo", "forum:colombo-process-2016"] },
        { text: `${MEETING} Around the table sat the former Nepali labour minister, Ram Thapa, and the ILO.`, expect: ["ctry:np", "forum:colombo-process-2016"] },
        { text: `${MEETING} Around the table sat the former interior ministers of Bhutan and Nepal.`, expect: ["ctry:np", "forum:colombo-process-2016"] },
        { text: `${MEETING} Around the table sat no ministers of Bhutan or Nepal.`, expect: ["ctry:np", "forum:colombo-process-2016"] },
        // Who sat at another body's table, at another meeting.
        { text: `${MEETING} A year later, around the table of the Abu Dhabi Dialogue sat the labour ministers of Bhutan and Nepal.`, expect: ["ctry:np", "forum:colombo-process-2016"] },
        { text: "The Colombo Process was set up in 2003. Around the table sat Bhutan's foreign minister.", expect: ["ctry:bt", "forum:colombo-process"] },
      ],
    },
  },
];
