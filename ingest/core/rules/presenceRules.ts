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

/** The roles one attends a meeting in without being a full party to it: each is still presence at that meeting. */
const PRESENCE_ROLES = "observers?|guests?|outsiders?";

/**
 * After the presence word, only the sentence's end, a word of repetition or a role (PRESENCE_ROLES, or one of `more`:
 * "as observers"); with `comma`, also a clause set off by a comma ("were present, with their ministers").
 */
const presenceEnds = (more: string | null, comma = true): string =>
  `^(?!\\s*(?:[.;]${comma ? "|,\\s" : ""}|$)|\\s+(?:as well|too|also|again|throughout|for the first time)\\b|\\s+as\\s+(?:an?\\s+)?(?:${PRESENCE_ROLES}${more ? `|${more}` : ""})\\b)`;

/** Presence at the meeting just reported, stated with a copula (meetingAttendanceRules.ts holds them in its table). */
export const PRESENCE_RULES: RelationRule[] = [
  {
    // "UNICEF was there as well", "Mali was there as a guest": "there" after the copula is the place of the meeting
    // just reported (or the news page's own, pageMeeting.ts). Anything else after it ("was there for a separate project",
    // "has been there since 2007") says where or why, not at which meeting.
    id: "there-implicit",
    trigger: "there",
    ...PRESENCE_STATED,
    // "has been there" is a stay, not a sitting attended; "was there, opening an office" says why the body was in the
    // place. "there" points back to the nearest place, so one its own sentence names first is that place.
    subjectGap: PRESENCE_STATED.subjectGap.replace("|have been|has been", ""),
    notFollowedBy: presenceEnds("delegations?", false),
    noPlaceBefore: true,
    examples: {
      positive: [
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. UNHCR was there as well.", expect: ["org:unhcr", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Both Nepal and Bhutan were there as delegations of their labour ministries.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: "Reef states pledge for fishers\n\nHONIARA, 2 June 2022 - Delegates from nine states left Honiara on Friday after two days of talks on reef fishing.\n\nThe meeting, officially known as the Honiara Summit on Reef Fishers, ended with a fund for fishing towns.\n\nWho came\n\nFiji was there too.", expect: ["ctry:fj", "forum:honiara-summit-on-reef-fishers-2022"] },
      ],
      negative: [
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. UNHCR was there for a study of its own.", expect: ["org:unhcr", "forum:colombo-process-2016"] },
        // "there" is the place its own sentence names first, not the meeting's.
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Dhaka. Its senior officials had met in Colombo a month before, and UNHCR was there as well.", expect: ["org:unhcr", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Dhaka. The meeting before it had been in Colombo; UNHCR was there as well.", expect: ["org:unhcr", "forum:colombo-process-2016"] },
        // A comma tail says why the body was in the place.
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. UNHCR was there, opening a new office.", expect: ["org:unhcr", "forum:colombo-process-2016"] },
        // The perfect tense is a stay in the place, not a sitting attended.
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo, where UNHCR has long had an office. IOM has been there as well.", expect: ["org:iom", "forum:colombo-process-2016"] },
        { text: "The Colombo Process was set up in 2003. IOM and UNHCR were there as well.", expect: ["org:unhcr", "forum:colombo-process"] },
        // A sentence moved to another sitting's time ("A year earlier") speaks of a meeting it does not name (timeShift.ts).
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. A year earlier, UNHCR was there as well.", expect: ["org:unhcr", "forum:colombo-process-2016"] },
      ],
    },
  },
  {
    // "IOM and UNHCR were in attendance", "Officials from Nepal were also in attendance": presence at the meeting just
    // reported, as present-implicit reads "were present". "in attendance at X" names the place itself.
    id: "in-attendance-implicit",
    // "were in the room", "were around the table": the same presence in the words of a news report.
    trigger: "in attendance / in room / around|at table",
    ...PRESENCE_STATED,
    notFollowedBy: presenceEnds(null),
    examples: {
      positive: [
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. IOM and UNHCR were in attendance.", expect: ["org:unhcr", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Bhutan was also in attendance as an observer.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. IOM and UNHCR were also in the room.", expect: ["org:iom", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Bhutan and Nepal were around the table.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
      ],
      negative: [
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. UNHCR was not in attendance.", expect: ["org:unhcr", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. UNHCR will be in attendance next time.", expect: ["org:unhcr", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. UNHCR was in attendance at a workshop in Kandy.", expect: ["org:unhcr", "forum:colombo-process-2016"] },
        // A table or room of something else, and a seat only hoped for.
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. UNHCR was at the table of a donor conference in Kandy.", expect: ["org:unhcr", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Bhutan wants to be at the table next time.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
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
    notFollowedBy: presenceEnds("(?:special\\s+)?invitees?"),
    examples: {
      positive: [
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. IOM and UNHCR were also present.", expect: ["org:unhcr", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. The ILO and the OECD were present as observers.", expect: ["org:oecd", "forum:colombo-process-2016"] },
        // Bodies outside the process that came to its meeting still took part in it.
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Brazil and Peru were present as outsiders to the process.", expect: ["ctry:pe", "forum:colombo-process-2016"] },
      ],
      negative: [
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. IOM and UNHCR were not present.", expect: ["org:unhcr", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. IOM has been present in Nepal since 2007.", expect: ["org:iom", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. UNHCR was presented with a plan.", expect: ["org:unhcr", "forum:colombo-process-2016"] },
        // A role that is no way of attending ("as an adviser to the host") says nothing of the meeting.
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. UNHCR was present as an adviser to the host.", expect: ["org:unhcr", "forum:colombo-process-2016"] },
        { text: "The Colombo Process was set up in 2003. IOM and UNHCR were also present.", expect: ["org:unhcr", "forum:colombo-process"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. IOM and UNHCR will also be present.", expect: ["org:unhcr", "forum:colombo-process-2016"] },
      ],
    },
  },
];
