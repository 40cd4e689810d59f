import type { RelationRule } from "./RelationRule.js";
import { AT_REPORTED_MEETING } from "./reportedMeeting.js";

/**
 * What may follow an attendance verb used without an object and still leave the meeting unnamed: the clause's end, a
 * word of repetition, the manner of coming ("in person", "in its own name", "through its ambassador", the last closing
 * the clause) or a role one attends in ("as an observer"). Anything else ("in the drafting", "as host of a fair", "in
 * 2019", "through its envoy at a workshop") may name another activity, place or time, and is not read.
 */
const BARE_ENDS =
  String.raw`^(?!\s*(?:[.;]|$)` +
  String.raw`|\s+(?:as well|too|also|again|for the first time|in person)\s*(?:[.;,]|$)` +
  String.raw`|\s+in\s+(?:its|their|her|his)\s+own\s+(?:name|right)\b` +
  String.raw`|\s+through\s+(?:its|their)\s+(?:[A-Za-z-]+\s+){0,3}?(?:minister|ambassador|envoy|representative|delegate|delegation|mission|embassy|under-secretary|secretary|director|head|chief|officials?)(?:\s+(?:of|for|in)\s+[^.;,]{1,60})?\s*(?:[.;,]|$)` +
  String.raw`|\s+as\s+(?:an?\s+)?(?:observers?|guests?|delegates?|invitees?)\s*(?:[.;,]|$))`;

/**
 * "Hong Kong attended in its own name", "The Holy See took part through its under-secretary", "Chile participated as an
 * observer.": attendance whose verb has no object, right after the meeting it speaks of (or on the page of one meeting,
 * past the rule's reach, that meeting: AT_REPORTED_MEETING, pageMeeting.ts). The verb's negation, a plan or an
 * invitation is left to the verbal reading; what follows the verb must be one of BARE_ENDS.
 */
export const BARE_ATTENDANCE_RULES: RelationRule[] = [
  {
    id: "attended-bare-implicit",
    type: "PARTICIPATES_IN",
    trigger: "take part / participate / attend",
    verbal: true,
    shape: "subject-first",
    ...AT_REPORTED_MEETING,
    // The subject right before the verb, past at most an aside set off by commas: "Romania hosted it, and delegates
    // from 136 countries took part" says nothing of Romania's taking part.
    subjectGap: "^\\s*(?:,[^,;.()]{1,100},\\s*)?(?:(?:also|then|later)\\s+)?(?:has\\s+|have\\s+|had\\s+)?$",
    notFollowedBy: BARE_ENDS,
    objectWithin: 0,
    examples: {
      positive: [
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Nepal and Bhutan attended in their own name.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Bhutan took part through its labour minister.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. UNICEF participated as an observer.", expect: ["org:unicef", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. IOM also took part.", expect: ["org:iom", "forum:colombo-process-2016"] },
      ],
      negative: [
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Bhutan did not take part.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Bhutan will attend next year.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Bhutan was invited to take part.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Bhutan took part in a job fair in Dubai.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Bhutan attended as host of a fair.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
        // A standing body is no meeting.
        { text: "The Colombo Process was set up in 2003. Bhutan took part in person.", expect: ["ctry:bt", "forum:colombo-process"] },
      ],
    },
  },
];
