import type { M } from "./mentionLists.js";
import type { TripleExamples } from "./TripleExamples.js";

/** "… and is a member of …": a second verb with no subject of its own, after the sentence's subject's first verb. */
const SECOND_VERB = /\b(?:,\s*)?and\s+(?=(?:(?:also|now|currently|later|since\s+(?:19|20)\d{2})\s+)?(?:is|was|has\s+been|had\s+been|became|serves|served|acts|acted|has|had|counts|counted|numbers|numbered|comprises|includes|receives|received|draws|drew|benefits|benefited|enjoys|enjoyed|relies|relied)\b)/g;

/**
 * The sentence's subject carried into a clause that has none: "The Organization has 194 Member States
 * and is a member of the UN Development Group" reads "… and [the Organization] is a member of …".
 * Only a subject that opens the sentence, only one clause of a single subject ("IOM and UNHCR … and are"
 * is not read), and only where no relative clause stands between, nor a name right before "and" with no
 * comma ("IOM works with UNHCR and is …" could be either; "… co-chaired by UNODC, and is …" is the subject's).
 */
export function carriedSubject(text: string, ms: M[]): M | null {
  const sorted = [...ms].sort((a, b) => a.start - b.start);
  const subject = sorted[0];
  if (!subject || !/^[\s"“(]*(?:[Tt]he\s+)?$/.test(text.slice(0, subject.start))) return null;
  for (const a of text.matchAll(SECOND_VERB)) {
    const at = a.index!;
    const between = text.slice(subject.end, at);
    if (at <= subject.end || /^\s*(?:,|and\b|\()/.test(between) || /\b(?:which|who|that|whose|while|whereas|when)\b|[;:]/.test(between)) return null;
    if (sorted.some((m) => m !== subject && m.start < at + a[0].length && m.end > at)) return null;
    // A passive's agents ("co-chaired by A and B and counts …") are a preposition's object, never the next verb's subject.
    if (sorted.some((m) => m.start > subject.end && m.end <= at && /^\s*$/.test(text.slice(m.end, at + a[0].indexOf("and")))) && !byAgents(text, sorted, subject.end, at)) return null;
    return { id: subject.id, kind: subject.kind, isEvent: subject.isEvent, start: at + a[0].length - 1, end: at + a[0].length - 1, via: "coref" };
  }
  return null;
}

/** The actors right before "and" at `at` are a list that a passive's "by" opens, and only list separators join them. */
function byAgents(text: string, sorted: M[], from: number, at: number): boolean {
  const list = sorted.filter((m) => m.start > from && m.end <= at);
  const first = list.find((m, k) => list.slice(k + 1).every((n, j) => /^\s*(?:,|,?\s*and)\s*(?:the\s+)?$/.test(text.slice(list[k + j]!.end, n.start))));
  return first !== undefined && /\b(?:[a-z]+ed|run|held|led)\s+by\s+(?:the\s+)?$/.test(text.slice(from, first.start));
}

/** Sentences the carried subject must get right ([type, sourceId, targetId]); test/unit/coreference.test.ts runs them. */
export const CARRIED_SUBJECT_EXAMPLES: TripleExamples = {
  positive: [
    { text: "WHO currently has 194 Member States and is a member of the UN Development Group.", expect: ["MEMBER_OF", "org:who", "forum:un-development-group"] },
    { text: "The Colombo Process was launched in 2003 and is co-chaired by Sri Lanka.", expect: ["CHAIRED", "ctry:lk", "forum:colombo-process"] },
    { text: "The Global Migration Group is chaired by UNODC, and is comprised of UNDP, OHCHR and UNICEF.", expect: ["MEMBER_OF", "org:ohchr", "forum:gmg"] },
    // "…, and it …": a pronoun opening a clause coordinated after a comma is the sentence's opening subject, however far.
    { text: "The Coastal Mobility Statute sets up a residence permit of up to two years and a permanent permit after that, and it applies in Ghana and Togo.", expect: ["OPERATES_IN", "ini:coastal-mobility-statute", "ctry:tg"] },
    // A passive's agents end at their list; the verb after the next "and" is the opening subject's ("counts … members").
    { text: "The Colombo Process is steered by Sri Lanka and Nepal and counts a dozen members, among them Bangladesh and Vietnam.", expect: ["MEMBER_OF", "ctry:vn", "forum:colombo-process"] },
    { text: "The Abu Dhabi Dialogue was set up in 2008 and has eighteen members, among them Kuwait and Nepal.", expect: ["MEMBER_OF", "ctry:kw", "forum:abu-dhabi-dialogue"] },
    // Receiving help is said of the opening subject too: "… and receives technical support from A" (predicateAdjuncts.ts).
    { text: "The Lagoon Fishers Programme began in 2017 and receives technical support from UNITAR.", expect: ["SUPPORTS", "org:unitar", "ini:lagoon-fishers-programme"] },
    { text: "The Lagoon Fishers Programme was set up in 2017 and receives grants from Norway.", expect: ["FUNDS", "ctry:no", "ini:lagoon-fishers-programme"] },
  ],
  negative: [
    // The relative clause has its own subject: UNHCR is the one that is a member.
    { text: "IOM praised UNHCR, which works in Jordan and is a member of the GMG.", expect: ["MEMBER_OF", "org:iom", "forum:gmg"] },
    // The first name does not open the sentence, so it is not the subject carried on.
    { text: "With funds from Norway, the centre opened in 2010 and is a member of the GMG.", expect: ["MEMBER_OF", "ctry:no", "forum:gmg"] },
    // The statute opens the sentence inside a fronted phrase, not as its subject: "it" may be the permit, so it is not
    // carried to the statute.
    // A partner after "with" may be the one that has members: nothing is carried.
    { text: "The Rabat Process works with the Abu Dhabi Dialogue and has about sixty members, among them Senegal.", expect: ["MEMBER_OF", "ctry:sn", "forum:rabat-process"] },
    // The relative clause's subject is UNITAR: the money it receives is not the programme's.
    { text: "The Lagoon Fishers Programme was praised by UNITAR, which opened an office in 2017 and receives funding from Norway.", expect: ["FUNDS", "ctry:no", "ini:lagoon-fishers-programme"] },
    { text: "Under the Coastal Mobility Statute, ministers set up a residence permit of up to two years and a permanent permit after that, and it applies in Ghana and Togo.", expect: ["OPERATES_IN", "ini:coastal-mobility-statute", "ctry:tg"] },
  ],
};
