import type { RelationRule } from "./RelationRule.js";
import { AT_REPORTED_MEETING } from "./reportedMeeting.js";

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
];
