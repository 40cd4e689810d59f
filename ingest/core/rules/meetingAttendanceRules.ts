import type { RelationRule } from "./RelationRule.js";
import { PRESENCE_RULES } from "./presenceRules.js";
import { OBSERVER_RULES } from "./observerRules.js";
import { INVERTED_PRESENCE_RULES } from "./invertedPresenceRules.js";
import { BARE_ATTENDANCE_RULES } from "./bareAttendanceRules.js";
import { AT_REPORTED_MEETING } from "./reportedMeeting.js";
import { LOWER_PORTFOLIO_AFTER, STATE_OFFICES } from "../stateOffices.js";

/**
 * "was represented by its minister / a first secretary / Professor X": the body sent a person of its own (a possessive, an
 * indefinite role noun, a title before a name). A by-phrase that goes on to a place or another event ("by its ambassador
 * at a fair") says nothing of the meeting.
 */
const REPRESENTED_BY_ENVOY =
  "\\s+by\\s+(?:(?:its|their|his|her)\\s" +
  "|(?:a|an)\\s+(?!(?:coalition|group|network|union|alliance|body|organi[sz]ation|agency|government|state|country)\\b)[a-z]" +
  "|(?:Professor|Prof\\.|Dr\\.?|Mr\\.?|Mrs\\.?|Ms\\.?|Ambassador|Minister|Senator|Commissioner|Deputy|Secretary|Director|President|Vice-President|Judge|Sir|Dame|H\\.E\\.)\\s)" +
  "(?![^.;]*?\\b(?:at|to)\\s+(?:the|a|an|its|their)\\s)";

/**
 * "sent its Deputy Foreign Minister, …", "sent their vice-president.": the state or body sent a holder of one of its own
 * offices (stateOffices.ts), with a rank before it, and the clause ends or sets the holder's name off there. An office
 * sent on somewhere ("its minister to a fair") or a thing sent ("its regrets") is no envoy at the meeting.
 */
const O = STATE_OFFICES;
const SENT_OWN_OFFICE =
  String.raw`\s+(?:its|their)\s+(?:(?:[Dd]eputy|[Aa]ssistant|[Aa]cting|[Ss]enior|[Ff]irst|[Ss]econd|[Nn]ew|[Nn]ewly\s+appointed)\s+)*` +
  String.raw`(?:${O.minister}|${O.primeMinister}|${O.president}|${O.envoy}|${O.ambassador}|${O.secretaryOfState}|${O.cabinetSecretary}|${O.ruler}|${O.permanentRepresentative})` +
  String.raw`(?:${LOWER_PORTFOLIO_AFTER})?(?=\s*(?:[,.;]|$))`;

/**
 * Attendance at a meeting stated without naming the meeting again: the page has just reported it ("The 2016
 * meeting of X took place in Colombo. Nepal and Sri Lanka sent delegations.").
 */
export const MEETING_ATTENDANCE_RULES: RelationRule[] = [
  {
    // "Chile, Peru and Colombia sent delegations." after (or in the sentence of) the meeting they went to. With "to …"
    // the meeting is named (verb-send-delegation in predicateParticipationVerbs.ts), or it is some other event.
    id: "sent-delegation-implicit",
    type: "PARTICIPATES_IN",
    trigger: "send delegation|delegations|delegates|representative|representatives|minister|ministers|team|teams|observer|observers|envoy|envoys|official|officials",
    verbal: true,
    shape: "subject-first",
    ...AT_REPORTED_MEETING,
    notFollowedBy: "^(?!\\s*(?:[.;]|,\\s|$)|\\s+(?:as well|too|also|again|for the first time)\\b)",
    objectWithin: 0,
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
    // "Chile sent its foreign minister, Ana Ruiz." after (or in the sentence of) the meeting: an envoy of its own (SENT_OWN_OFFICE).
    id: "sent-envoy-implicit",
    type: "PARTICIPATES_IN",
    trigger: "send",
    verbal: true,
    shape: "subject-first",
    ...AT_REPORTED_MEETING,
    notFollowedBy: `^(?!${SENT_OWN_OFFICE})`,
    objectWithin: 0,
    examples: {
      positive: [
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Bhutan sent its Deputy Labour Minister, Karma Dorji, at the head of a team of four.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Nepal sent its interior minister.", expect: ["ctry:np", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. India sent its deputy minister of overseas workers, Ravi Rao; Nepal sent a team.", expect: ["ctry:in", "forum:colombo-process-2016"] },
      ],
      negative: [
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Bhutan sent its labour minister to a job fair in Dubai.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Bhutan sent its regrets.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Bhutan did not send its labour minister.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Bhutan will send its labour minister.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: "The Colombo Process was set up in 2003. Bhutan sent its labour minister.", expect: ["ctry:bt", "forum:colombo-process"] },
      ],
    },
  },
  {
    // "Nepal and Sri Lanka were represented." right after the meeting: represented there. "represented by its minister"
    // names the envoy and "represented at X" the place (verb-represented in predicateParticipationVerbs.ts).
    id: "represented-implicit",
    type: "PARTICIPATES_IN",
    trigger: "represent",
    verbal: true,
    byEnvoy: true,
    shape: "subject-first",
    ...AT_REPORTED_MEETING,
    // Only the passive: "were represented." closes its clause; "X represented Y" is acting for Y.
    // An aside set off by commas may stand between ("Guinea, one of the partner countries, was represented by …").
    subjectGap: "^\\s*(?:,[^,;.()]{1,100},\\s*)?(?:also\\s+)?(?:was|were|is|are|have been|has been|had been)\\s+(?:also\\s+|well\\s+|\\w+ly\\s+)?$",
    // "represented by its minister", "by a first secretary", "by Professor X": an envoy of its own (REPRESENTED_BY_ENVOY),
    // unless the by-phrase goes on to name where ("by its ambassador at a workshop").
    notFollowedBy: `^(?!\\s*(?:[.;]|,\\s|$)|\\s+(?:as well|too|also|again|for the first time)\\b|\\s+at\\s+(?:a\\s+)?(?:high|senior|ministerial|technical|ambassador)[\\w-]*\\s+level\\b|${REPRESENTED_BY_ENVOY})`,
    objectWithin: 0,
    examples: {
      positive: [
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Nepal and Sri Lanka were represented.", expect: ["ctry:lk", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Nepal was represented by its labour minister.", expect: ["ctry:np", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. IOM, an observer, was represented by Ambassador Jane Roe.", expect: ["org:iom", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Bhutan was represented by a counsellor from its embassy in Delhi.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Nepal was represented at ministerial level.", expect: ["ctry:np", "forum:colombo-process-2016"] },
        // A body's own person: "its" is the body again, no agent of the passive.
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. UNICEF was represented by its regional director.", expect: ["org:unicef", "forum:colombo-process-2016"] },
      ],
      negative: [
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Nepal was not represented.", expect: ["ctry:np", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Nepal represented the other states of origin.", expect: ["ctry:np", "forum:colombo-process-2016"] },
        // The envoy is sent somewhere else, or the body is spoken for by another: no presence at the meeting.
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Nepal was represented by its ambassador at a trade fair.", expect: ["ctry:np", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Nepal's interests were represented by lawyers.", expect: ["ctry:np", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Nepal will be represented by its labour minister.", expect: ["ctry:np", "forum:colombo-process-2016"] },
        // The body named in the aside is not the one represented.
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Nepal, a member of SAARC, was represented by its labour minister.", expect: ["org:saarc", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. UNICEF was represented by its regional director at a fair in Dubai.", expect: ["org:unicef", "forum:colombo-process-2016"] },
        { text: "The Colombo Process was set up in 2003. Nepal is represented.", expect: ["ctry:np", "forum:colombo-process"] },
      ],
    },
  },
  {
    // "Nepal and India were among the participants." right after the meeting: of that meeting. With "of", "at" or "in"
    // after the noun the meeting is named there (among-partners in roleRules.ts).
    id: "among-participants-implicit",
    type: "PARTICIPATES_IN",
    // "were among those present", "among those attending": the people at the meeting, said without a noun for them.
    trigger: "be among participant|participants|attendees|delegations / be among those present|attending",
    verbal: true,
    shape: "subject-first",
    ...AT_REPORTED_MEETING,
    notFollowedBy: "^(?!\\s*(?:[.;]|,\\s|$))",
    objectWithin: 0,
    examples: {
      positive: [
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Nepal and India were among the participants.", expect: ["ctry:in", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Bhutan and UNHCR were among those present.", expect: ["org:unhcr", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Bhutan was among those attending.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
      ],
      negative: [
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Bhutan was not among those present.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Bhutan was among those attending a workshop on data the next day.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
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
    // "Observers present included A", "Delegations attending were A and B": the noun for the people sent, then presence.
    // "Delegations came from A and B": the people sent, and where they came from.
    trigger: "participant|participants|attendee|attendees / those attend|attending|present / observer|observers|delegation|delegations|delegate|delegates|representative|representatives present|attending / delegation|delegations|delegate|delegates|representatives come|came",
    shape: "list-after",
    // The list follows the verb, past at most a word for the people sent ("delegations from", "representatives of"), or
    // "from" right after "came".
    listCue: "^(?:(?=\\s+from\\s)\\s+from(?!\\s+(?:the\\s+)?(?:[A-Z][\\w-]*\\s+){0,3}[A-Z][\\w-]*['’]s\\s)|[^.;:]{0,90}?\\b(?:included|include|includes|were|comprised)|[^.;:]{0,90}?\\bcame from(?!\\s+(?:the\\s+)?(?:[A-Z][\\w-]*\\s+){0,3}[A-Z][\\w-]*['’]s\\s))\\s+(?:(?:high-level\\s+|senior\\s+)?(?:delegations?|representatives|ministers|officials|delegates|experts)\\s+(?:from|of)\\s+)?(?:the\\s+)?",
    ...AT_REPORTED_MEETING,
    examples: {
      positive: [
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Participants included Nepal, India and IOM.", expect: ["ctry:in", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. The participants were Nepal and India.", expect: ["ctry:np", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Participants included delegations from Nepal and India.", expect: ["ctry:in", "forum:colombo-process-2016"] },
        { text: "Participants in the 2016 ministerial meeting of the Colombo Process included Nepal and India.", expect: ["ctry:in", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Observers present included IOM and the ILO.", expect: ["org:ilo", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Delegates attending came from Nepal and India.", expect: ["ctry:np", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Delegations came from Nepal, Bhutan and India.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
      ],
      negative: [
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Participants will include Nepal and India.", expect: ["ctry:in", "forum:colombo-process-2016"] },
        // Delegations still to come, and delegations that came to another event.
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Delegations will come from Bhutan next year.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Delegates came to a job fair from Bhutan.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
        // A later "came from" in a denied clause, and a possessive naming others than the state.
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Delegations came from India, although none came from Bhutan.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Delegates came from Bhutan's diaspora groups.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Participants were invited from Nepal and India.", expect: ["ctry:in", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Observers present will include IOM and the ILO.", expect: ["org:ilo", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Participants included experts who had worked in Nepal and India.", expect: ["ctry:in", "forum:colombo-process-2016"] },
        // No meeting reported: the standing body is not assumed.
        { text: "The Colombo Process was set up in 2003. Participants included Nepal and India.", expect: ["ctry:in", "forum:colombo-process"] },
        // The meeting was reported long before: the list may be of anything.
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Delegates discussed jobs. Many talked of fees. Later a training was held. Participants included Nepal and India.", expect: ["ctry:in", "forum:colombo-process-2016"] },
      ],
    },
  },
  {
    // "Pakistan's delegation was led by its interior minister", "Iraq's delegation included two deputy ministers": a
    // state's or body's delegation described right after the meeting it went to. "Its delegation to X" names the place
    // (predicateNouns.ts); a delegation that will travel, or one sent elsewhere ("led by … to Geneva"), is not read.
    id: "own-delegation-implicit",
    type: "PARTICIPATES_IN",
    trigger: "delegation|delegations",
    shape: "subject-first",
    ...AT_REPORTED_MEETING,
    // The owner right before the noun, as a possessive ("the Iraqi delegation" is one mention of Iraq: not read here).
    subjectGap: "^(?:[’']s?)?\\s+(?:(?:high-level|ministerial|official|national|government|large|small|strong)\\s+)?$",
    notFollowedBy: "^(?!\\s+(?:was|were)\\s+(?:\\w+ly\\s+)?(?:led|headed|chaired|composed|made up|formed)\\s+(?:by|of)\\s(?![^.;]*?\\b(?:to|at)\\s+(?:the|a|an)\\s)|\\s+(?:included|comprised|consisted of|was made up of|were made up of)\\s)",
    objectWithin: 0,
    examples: {
      positive: [
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Nepal's delegation was led by its labour minister.", expect: ["ctry:np", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Nepal’s high-level delegation included two deputy ministers.", expect: ["ctry:np", "forum:colombo-process-2016"] },
      ],
      negative: [
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Nepal's delegation will be led by its labour minister.", expect: ["ctry:np", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Nepal's delegation was led by its labour minister to a fair in Dubai.", expect: ["ctry:np", "forum:colombo-process-2016"] },
        { text: "The Colombo Process was set up in 2003. Nepal's delegation was led by its labour minister.", expect: ["ctry:np", "forum:colombo-process"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Nepal's delegation office in Geneva was closed.", expect: ["ctry:np", "forum:colombo-process-2016"] },
      ],
    },
  },
  {
    // "The delegation of Nepal was led by its labour minister", "A delegation from India, headed by a deputy minister, ...":
    // a delegation named by its state or body, then described as led, headed or made up of someone, right after the
    // meeting it went to (own-delegation-implicit reads "Nepal's delegation"). One that will travel, or is led to
    // another place or event ("led by … to Geneva"), is not read.
    id: "delegation-of-led-implicit",
    type: "PARTICIPATES_IN",
    trigger: "delegation|delegations",
    shape: "list-after",
    listCue: "^\\s+(?:of|from)\\s+(?:the\\s+)?",
    ...AT_REPORTED_MEETING,
    notFollowedBy: "^(?!\\s+(?:of|from)\\s+[^.;]{1,60}?(?:,\\s+|\\s+(?:was|were)\\s+(?:\\w+ly\\s+)?)(?:led|headed|chaired|composed|made up)\\s+(?:by|of)\\s(?![^.;]*?\\b(?:to|at)\\s+(?:the|a|an)\\s))",
    examples: {
      positive: [
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. The delegation of Nepal was headed by its labour minister.", expect: ["ctry:np", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. A delegation from Bhutan, led by a deputy minister, presented a paper.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
      ],
      negative: [
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. The delegation of Nepal will be headed by its labour minister.", expect: ["ctry:np", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. A delegation from Bhutan was led by a deputy minister to a fair in Dubai.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: "The Colombo Process was set up in 2003. The delegation of Nepal was headed by its labour minister.", expect: ["ctry:np", "forum:colombo-process"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. The delegation of Nepal to the United Nations in Geneva is headed by an ambassador.", expect: ["ctry:np", "forum:colombo-process-2016"] },
      ],
    },
  },
  ...PRESENCE_RULES,
  ...OBSERVER_RULES,
  ...INVERTED_PRESENCE_RULES,
  ...BARE_ATTENDANCE_RULES,
  {
    // "Nepal and India took part in the talks", "IOM attended the meeting", "Bhutan joined the discussions": attendance whose
    // object is the meeting just reported, spoken of by a common noun in lower case. A capitalised noun ("joined the
    // Dialogue") is a standing body's name; a noun that goes on to another body or place ("the meeting of the ECOWAS
    // ministers", "the talks in Geneva"), an indefinite one ("a workshop") or a planned or invited attendance is not read.
    id: "attended-the-meeting-implicit",
    type: "PARTICIPATES_IN",
    trigger: "take part / participate / attend / join",
    verbal: true,
    shape: "subject-first",
    ...AT_REPORTED_MEETING,
    meetingNounObject: true,
    notFollowedBy: "^(?!\\s+(?:in\\s+)?the\\s+(?:(?:ministerial|plenary|opening|closing|final|high-level|two-day|whole)\\s+)?(?:meeting|talks|discussions|deliberations|sessions?|proceedings|conference|debates?|consultations?|summit|gathering)\\b(?!\\s+(?:of|in|at|on\\s+\\d)\\s))",
    objectWithin: 0,
    examples: {
      positive: [
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Nepal and Bhutan took part in the talks.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. IOM attended the opening session as an observer.", expect: ["org:iom", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Later in the day Bhutan joined the discussions.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
      ],
      negative: [
        // Invited, planned or denied attendance states none.
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Bhutan was invited to attend the talks.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Bhutan will join the talks next year.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Bhutan did not take part in the talks.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
        // The noun goes on to another meeting, or names a standing body.
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Bhutan also attended the meeting of the SAARC labour ministers.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. In 2019 Bhutan joined the Process.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
        // A standing body is no meeting.
        { text: "The Colombo Process was set up in 2003. Bhutan took part in the talks.", expect: ["ctry:bt", "forum:colombo-process"] },
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
    ...AT_REPORTED_MEETING,
    examples: {
      positive: [{ text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Also present were IOM and UNHCR.", expect: ["org:unhcr", "forum:colombo-process-2016"] }],
      negative: [
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. Not present were IOM and UNHCR.", expect: ["org:unhcr", "forum:colombo-process-2016"] },
        { text: "The Colombo Process was set up in 2003. Also present were IOM and UNHCR.", expect: ["org:unhcr", "forum:colombo-process"] },
      ],
    },
  },
];
