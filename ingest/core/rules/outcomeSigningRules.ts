import type { RelationRule } from "./RelationRule.js";
import { AT_REPORTED_MEETING } from "./reportedMeeting.js";

/**
 * The text a meeting closes with, named by a common noun: "the declaration", "the final communiqué", "its outcome
 * document". A capitalised title ("the Rabat Declaration") is a document of its own, which may come from another
 * sitting; a noun that goes on to say whose or where ("the declaration of the 2010 meeting", "… adopted in Lima")
 * names another text.
 */
const OUTCOME_TEXT =
  String.raw`\s+(?:the|its)\s+(?:(?:final|joint|closing|ministerial|concluding|outcome|political)\s+){0,2}` +
  String.raw`(?:declaration|communiqu[ée]|statement|outcome(?:\s+document)?|conclusions|action\s+plan|plan\s+of\s+action|road\s?map)` +
  String.raw`(?!\s+(?:of|at|in|on|from|for|by|with|to)\s)(?!-)(?=\s*(?:[.;,]|and\b|$))`;

/**
 * Signing or endorsing what the meeting just reported closed with: only its parties sign or endorse its text, so each
 * signer took part in that meeting (meetingAttendanceRules.ts holds these in its table).
 */
export const OUTCOME_SIGNING_RULES: RelationRule[] = [
  {
    // "Ghana and Chile signed the declaration", "Peru endorsed the final communiqué": the meeting just reported.
    id: "signed-outcome-implicit",
    type: "PARTICIPATES_IN",
    trigger: "sign / endorse / adopt / approve / initial",
    verbal: true,
    shape: "subject-first",
    ...AT_REPORTED_MEETING,
    // The text's noun after the verb is the meeting's own, so it stands for the meeting rather than hiding it.
    meetingNounObject: true,
    notFollowedBy: `^(?!${OUTCOME_TEXT})`,
    objectWithin: 0,
    examples: {
      positive: [
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Nepal and Bhutan signed the final declaration.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. At the close, IOM and Nepal endorsed its outcome document.", expect: ["org:iom", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. India adopted the joint communiqué, and Nepal did too.", expect: ["ctry:in", "forum:colombo-process-2016"] },
      ],
      negative: [
        // Refused, planned or denied: no act.
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Bhutan did not sign the declaration.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Bhutan refused to sign the declaration.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Bhutan may endorse the outcome later.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
        // A text of its own title, or of another sitting, or another kind of thing signed.
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Bhutan signed the Dhaka Declaration.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Bhutan had signed the declaration of the 2011 meeting.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Bhutan signed a labour agreement with Qatar.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Bhutan adopted the plan of action for its own workers abroad.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
        // A standing body is no meeting.
        { text: "The Colombo Process was set up in 2003. Bhutan signed the declaration.", expect: ["ctry:bt", "forum:colombo-process"] },
      ],
    },
  },
];
