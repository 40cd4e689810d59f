import type { RelationRule } from "./RelationRule.js";
import { AT_REPORTED_MEETING } from "./reportedMeeting.js";

/**
 * Observers of the meeting just reported, named as such: "Observers included Morocco and IOM", "Among the observers were
 * A and B", "IOM and the OECD were listed as observers". An observer takes part (PARTICIPATES_IN, as
 * "took part as an observer" in participationRules.ts); it is no member. Only the past, or a list the page reports
 * ("are listed as"): "Observers include A" or "A are observers" in the present speaks of the standing body, not of the
 * meeting, and an invitation ("were invited as observers") or a plan ("will be observers") is no presence.
 */
const MEETING = "The 2016 ministerial meeting of the Colombo Process took place in Colombo.";

export const OBSERVER_RULES: RelationRule[] = [
  {
    id: "observers-listed",
    type: "PARTICIPATES_IN",
    trigger: "observer|observers",
    shape: "list-after",
    // Right after the noun, a past verb that opens the list ("Observers included", "The observers were").
    listCue: "^\\s+(?:included|were|comprised)\\s+(?:(?:delegations?|representatives|officials|delegates)\\s+(?:from|of)\\s+)?(?:the\\s+)?",
    ...AT_REPORTED_MEETING,
    examples: {
      positive: [
        { text: `${MEETING} Observers included Bhutan and the ILO.`, expect: ["org:ilo", "forum:colombo-process-2016"] },
        { text: `${MEETING} Among the observers were Bhutan and the ILO.`, expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: `${MEETING} The observers were representatives of Bhutan and the ILO.`, expect: ["ctry:bt", "forum:colombo-process-2016"] },
      ],
      negative: [
        { text: `${MEETING} Observers will include Bhutan and the ILO.`, expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: `${MEETING} Observers were invited from Bhutan and the ILO.`, expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: `${MEETING} Observers included experts who had worked in Bhutan.`, expect: ["ctry:bt", "forum:colombo-process-2016"] },
        // The meeting was reported long before: the list may be of anything.
        { text: `${MEETING} Delegates discussed jobs. Many talked of fees. Later a training was held. Observers included Bhutan and the ILO.`, expect: ["ctry:bt", "forum:colombo-process-2016"] },
      ],
    },
  },
  {
    id: "listed-as-observers",
    type: "PARTICIPATES_IN",
    trigger: "observer|observers",
    shape: "subject-first",
    ...AT_REPORTED_MEETING,
    // "were observers", "were listed as observers", "are listed as observers" (the meeting's list, as the page reports it).
    subjectGap: "^\\s*(?:,[^,;.()]{1,100},\\s*)?(?:also\\s+)?(?:(?:was|were)\\s+(?:also\\s+)?(?:(?:listed|registered|accredited)\\s+as\\s+)?|(?:is|are)\\s+(?:also\\s+)?(?:listed|registered)\\s+as\\s+)(?:an?\\s+|the\\s+)?(?:official\\s+)?$",
    // The noun closes its clause: "an observer to the UN General Assembly" is a standing status elsewhere.
    notFollowedBy: "^(?!\\s*(?:[.;]|,\\s|$)|\\s+(?:as well|too|also|again|for the first time)\\b)",
    objectWithin: 0,
    examples: {
      positive: [
        { text: `${MEETING} Bhutan and the ILO were listed as observers.`, expect: ["org:ilo", "forum:colombo-process-2016"] },
        { text: `${MEETING} Bhutan and the ILO are listed as observers.`, expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: `${MEETING} Bhutan and the ILO were observers.`, expect: ["ctry:bt", "forum:colombo-process-2016"] },
      ],
      negative: [
        { text: `${MEETING} Bhutan and the ILO were invited as observers.`, expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: `${MEETING} Bhutan and the ILO will be listed as observers.`, expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: `${MEETING} Bhutan and the ILO are observers.`, expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: `${MEETING} Bhutan was an observer to the UN General Assembly.`, expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: "The Colombo Process was set up in 2003. Bhutan and the ILO were observers.", expect: ["ctry:bt", "forum:colombo-process"] },
      ],
    },
  },
];
