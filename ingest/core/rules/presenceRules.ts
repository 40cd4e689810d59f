import type { RelationRule } from "./RelationRule.js";
import { AT_REPORTED_MEETING } from "./reportedMeeting.js";

/**
 * Presence stated with a copula: "IOM and UNHCR were (also) present", "Nepal was in attendance" (present-implicit,
 * in-attendance-implicit). A clause set off by commas or "also" may stand between the subjects and the copula.
 */
const PRESENCE_STATED = {
  type: "PARTICIPATES_IN",
  shape: "subject-first",
  ...AT_REPORTED_MEETING,
  subjectGap: "^\\s*(?:,[^,;.()]{1,100},\\s*)?(?:also\\s+)?(?:was|were|had been|have been|has been)\\s+(?:also\\s+|again\\s+|\\w+ly\\s+)?$",
  objectWithin: 0,
} satisfies Partial<RelationRule>;

/** After the presence word, only the sentence's end, a word of repetition or one of these roles ("as observers"). */
const presenceEnds = (roles: string): string =>
  `^(?!\\s*(?:[.;]|,\\s|$)|\\s+(?:as well|too|also|again|throughout|for the first time)\\b|\\s+as\\s+(?:an?\\s+)?(?:${roles})\\b)`;

/** Presence at the meeting just reported, stated with a copula (meetingAttendanceRules.ts holds them in its table). */
export const PRESENCE_RULES: RelationRule[] = [
  {
    // "UNICEF was there as well", "Fiji was there as a delegation": "there" after the copula is the place of the meeting
    // just reported (or the news page's own, pageMeeting.ts). Anything else after it ("was there for a separate project",
    // "has been there since 2007") says where or why, not at which meeting.
    id: "there-implicit",
    trigger: "there",
    ...PRESENCE_STATED,
    notFollowedBy: presenceEnds("observers?|guests?|delegations?|outsiders?"),
    examples: {
      positive: [
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. UNHCR was there as well.", expect: ["org:unhcr", "forum:colombo-process-2016"] },
        { text: "Reef states pledge for fishers\n\nHONIARA, 2 June 2022 - A two-day summit closed on Friday.\n\nThe talks, formally the Honiara Summit on Reef Fishers, ran on 1 and 2 June.\n\nWho came\n\nFiji was there as a delegation.", expect: ["ctry:fj", "forum:honiara-summit-on-reef-fishers"] },
      ],
      negative: [
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. UNHCR was not there.", expect: ["org:unhcr", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. UNHCR was there for a study of its own.", expect: ["org:unhcr", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. IOM has been there since 2007.", expect: ["org:iom", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. UNHCR will be there next time.", expect: ["org:unhcr", "forum:colombo-process-2016"] },
        { text: "The Colombo Process was set up in 2003. IOM and UNHCR were there as well.", expect: ["org:unhcr", "forum:colombo-process"] },
      ],
    },
  },
  {
    // "IOM and UNHCR were in attendance", "Officials from Nepal were also in attendance": presence at the meeting just
    // reported, as present-implicit reads "were present". "in attendance at X" names the place itself.
    id: "in-attendance-implicit",
    trigger: "in attendance",
    ...PRESENCE_STATED,
    notFollowedBy: presenceEnds("observers?|guests?"),
    examples: {
      positive: [
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. IOM and UNHCR were in attendance.", expect: ["org:unhcr", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Bhutan was also in attendance as an observer.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
      ],
      negative: [
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. UNHCR was not in attendance.", expect: ["org:unhcr", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. UNHCR will be in attendance next time.", expect: ["org:unhcr", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. UNHCR was in attendance at a workshop in Kandy.", expect: ["org:unhcr", "forum:colombo-process-2016"] },
        { text: "The Colombo Process was set up in 2003. IOM and UNHCR were in attendance.", expect: ["org:unhcr", "forum:colombo-process"] },
      ],
    },
  },
  {
    // "IOM and UNHCR were also present.", "The OECD was present as an observer.": presence with nothing after it but a
    // role is presence at the meeting just reported. "present at X" names the place, "present in X" is where a body
    // works, and a passive verb ("was presented with an award") is no presence.
    id: "present-implicit",
    trigger: "present",
    ...PRESENCE_STATED,
    notFollowedBy: presenceEnds("observers?|guests?|(?:special\\s+)?invitees?"),
    examples: {
      positive: [
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. IOM and UNHCR were also present.", expect: ["org:unhcr", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. The ILO and the OECD were present as observers.", expect: ["org:oecd", "forum:colombo-process-2016"] },
      ],
      negative: [
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. IOM and UNHCR were not present.", expect: ["org:unhcr", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. IOM has been present in Nepal since 2007.", expect: ["org:iom", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. UNHCR was presented with a plan.", expect: ["org:unhcr", "forum:colombo-process-2016"] },
        { text: "The Colombo Process was set up in 2003. IOM and UNHCR were also present.", expect: ["org:unhcr", "forum:colombo-process"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. IOM and UNHCR will also be present.", expect: ["org:unhcr", "forum:colombo-process-2016"] },
      ],
    },
  },
];
