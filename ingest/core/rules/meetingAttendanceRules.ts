import type { RelationRule } from "./RelationRule.js";

/**
 * Attendance at a meeting stated without naming the meeting again: the page has just reported it ("The 2016
 * meeting of X took place in Colombo. Nepal and Sri Lanka sent delegations.").
 */
export const MEETING_ATTENDANCE_RULES: RelationRule[] = [
  {
    // "Chile, Peru and Colombia sent delegations." after (or in the sentence of) the meeting they went to. With "to …"
    // the meeting is named (verb-send-delegation in predicateVerbs.ts), or it is some other event.
    id: "sent-delegation-implicit",
    type: "PARTICIPATES_IN",
    trigger: "send delegation|delegations|delegates|representative|representatives|minister|ministers|team|teams|observer|observers|envoy|envoys|official|officials",
    verbal: true,
    shape: "subject-first",
    implicitObject: true,
    meetingObject: true,
    meetingWithin: 2,
    notFollowedBy: "^(?!\\s*(?:[.;]|,\\s|$)|\\s+(?:as well|too|also|again|for the first time)\\b)",
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["FORUM"],
    objectWithin: 0,
    confidence: 0.65,
    examples: {
      positive: [
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Nepal and Sri Lanka sent delegations.", expect: ["ctry:np", "forum:colombo-process-2016"] },
        { text: "Mexico organized the GFMD 2010 in Puerto Vallarta, and Chile, Peru and IOM sent delegations.", expect: ["ctry:pe", "forum:gfmd-2010"] },
      ],
      negative: [
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Nepal did not send a delegation.", expect: ["ctry:np", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Nepal plans to send a delegation.", expect: ["ctry:np", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Nepal sent a delegation to a workshop on data.", expect: ["ctry:np", "forum:colombo-process-2016"] },
        // A standing body is no meeting: delegations to what is not said.
        { text: "The Colombo Process was set up in 2003. Nepal sent a delegation.", expect: ["ctry:np", "forum:colombo-process"] },
      ],
    },
  },
  {
    // "Nepal and Sri Lanka were represented." right after the meeting: represented there. "represented by its minister"
    // names the envoy and "represented at X" the place (verb-represented in predicateVerbs.ts).
    id: "represented-implicit",
    type: "PARTICIPATES_IN",
    trigger: "represent",
    verbal: true,
    shape: "subject-first",
    implicitObject: true,
    meetingObject: true,
    meetingWithin: 2,
    // Only the passive: "were represented." closes its clause; "X represented Y" is acting for Y.
    subjectGap: "^\\s*(?:also\\s+)?(?:was|were|is|are|have been|has been|had been)\\s+(?:also\\s+|well\\s+|\\w+ly\\s+)?$",
    notFollowedBy: "^(?!\\s*(?:[.;]|,\\s|$)|\\s+(?:as well|too|also|again|for the first time)\\b|\\s+at\\s+(?:a\\s+)?(?:high|senior|ministerial|technical|ambassador)[\\w-]*\\s+level\\b)",
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["FORUM"],
    objectWithin: 0,
    confidence: 0.65,
    examples: {
      positive: [
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Nepal and Sri Lanka were represented.", expect: ["ctry:lk", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Nepal was represented at ministerial level.", expect: ["ctry:np", "forum:colombo-process-2016"] },
      ],
      negative: [
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Nepal was not represented.", expect: ["ctry:np", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Nepal represented the other states of origin.", expect: ["ctry:np", "forum:colombo-process-2016"] },
        { text: "The Colombo Process was set up in 2003. Nepal is represented.", expect: ["ctry:np", "forum:colombo-process"] },
      ],
    },
  },
  {
    // "Nepal and India were among the participants." right after the meeting: of that meeting. With "of", "at" or "in"
    // after the noun the meeting is named there (among-partners in roleRules.ts).
    id: "among-participants-implicit",
    type: "PARTICIPATES_IN",
    trigger: "be among participant|participants|attendees|delegations",
    verbal: true,
    shape: "subject-first",
    implicitObject: true,
    meetingObject: true,
    meetingWithin: 2,
    notFollowedBy: "^(?!\\s*(?:[.;]|,\\s|$))",
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["FORUM"],
    objectWithin: 0,
    confidence: 0.65,
    examples: {
      positive: [{ text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Nepal and India were among the participants.", expect: ["ctry:in", "forum:colombo-process-2016"] }],
      negative: [
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Nepal and India were not among the participants.", expect: ["ctry:in", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. India was among the participants of a workshop on data.", expect: ["ctry:in", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. India hoped to be among the participants.", expect: ["ctry:in", "forum:colombo-process-2016"] },
      ],
    },
  },
  {
    // "Participants included Nepal, India and IOM", "The participants were A and B", "Those attending included
    // delegations from A": the people at the meeting just reported, or at the one named between the noun and the list
    // ("Participants in the 2015 meeting of X included A"). An invitation or a plan opens no list ("were invited from").
    id: "participants-listed",
    type: "PARTICIPATES_IN",
    trigger: "participant|participants|attendee|attendees / those attend|attending|present",
    shape: "list-after",
    // The list follows the verb, past at most a word for the people sent ("delegations from", "representatives of").
    listCue: "^[^.;:]{0,90}?\\b(?:included|include|includes|were|comprised|came from)\\s+(?:(?:high-level\\s+|senior\\s+)?(?:delegations?|representatives|ministers|officials|delegates|experts)\\s+(?:from|of)\\s+)?(?:the\\s+)?",
    implicitObject: true,
    meetingObject: true,
    meetingWithin: 2,
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["FORUM"],
    confidence: 0.65,
    examples: {
      positive: [
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Participants included Nepal, India and IOM.", expect: ["ctry:in", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. The participants were Nepal and India.", expect: ["ctry:np", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Participants included delegations from Nepal and India.", expect: ["ctry:in", "forum:colombo-process-2016"] },
        { text: "Participants in the 2016 ministerial meeting of the Colombo Process included Nepal and India.", expect: ["ctry:in", "forum:colombo-process-2016"] },
      ],
      negative: [
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Participants will include Nepal and India.", expect: ["ctry:in", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Participants were invited from Nepal and India.", expect: ["ctry:in", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Participants included experts who had worked in Nepal and India.", expect: ["ctry:in", "forum:colombo-process-2016"] },
        // No meeting reported: the standing body is not assumed.
        { text: "The Colombo Process was set up in 2003. Participants included Nepal and India.", expect: ["ctry:in", "forum:colombo-process"] },
        // The meeting was reported long before: the list may be of anything.
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Delegates discussed jobs. Many talked of fees. Later a training was held. Participants included Nepal and India.", expect: ["ctry:in", "forum:colombo-process-2016"] },
      ],
    },
  },
  {
    // "Also present were IOM and UNHCR", "Present were Nepal and India": who was at the meeting just reported.
    id: "present-were",
    type: "PARTICIPATES_IN",
    trigger: "present",
    shape: "list-after",
    listCue: "^\\s+(?:were|was)\\s+(?:(?:delegations?|representatives|ministers|officials|delegates)\\s+(?:from|of)\\s+)?(?:the\\s+)?",
    implicitObject: true,
    meetingObject: true,
    meetingWithin: 2,
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["FORUM"],
    confidence: 0.65,
    examples: {
      positive: [{ text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Also present were IOM and UNHCR.", expect: ["org:unhcr", "forum:colombo-process-2016"] }],
      negative: [
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Not present were IOM and UNHCR.", expect: ["org:unhcr", "forum:colombo-process-2016"] },
        { text: "The Colombo Process was set up in 2003. Also present were IOM and UNHCR.", expect: ["org:unhcr", "forum:colombo-process"] },
      ],
    },
  },
];
