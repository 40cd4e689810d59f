import { endOfClause, listAt, subjectsBefore } from "../mentionLists.js";
import type { M } from "../mentionLists.js";
import { participating } from "./participantNouns.js";
import { stateStyleSource } from "../stateStyle.js";
import { SENT_PEOPLE } from "./sentPeople.js";
import { NON_FACT, type PhraseRule } from "./PhraseRule.js";

const actors = (ms: M[]) => ms.filter((m) => m.kind === "ORGANIZATION" || m.kind === "COUNTRY");

/** A verb of gathering whose subject is a meeting: "The meeting brought together A and B", "the 2016 round gathered A". */
const GATHERED = /\b(?:brought|brings|bring|bringing)\s+together\b|\b(?:gathered|gathers|assembled|assembles|united|unites|welcomed|welcomes)\b/gi;
/** Between the meeting and the verb: only an aside set off by commas and an auxiliary ("has also brought together"). */
const SUBJECT_GAP = /^\s*(?:,[^,;.()]{1,100},\s*)?(?:(?:has|have|had|also|once again|again)\s+)*$/i;
/**
 * Between the verb and the list: at most the people sent ("delegations from", "representatives of", "the economy
 * ministers of", sentPeople.ts).
 */
const LIST_LEAD = new RegExp(String.raw`^\s*(?:(?:some|over|more than|nearly|about|\d+|[a-z]+ty(?:-[a-z]+)?)\s+)*(?:${SENT_PEOPLE})?(?:the\s+)?(?:${stateStyleSource()})?$`, "i");

function meetingGathered(text: string, ms: M[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const v of text.matchAll(GATHERED)) {
    const at = v.index!;
    const meeting = ms.filter((m) => m.end <= at && m.kind === "FORUM").sort((a, b) => b.end - a.end)[0];
    // A standing forum that brings bodies together names its members (membership-list in membershipRules.ts).
    if (!meeting || !meeting.isEvent || !SUBJECT_GAP.test(text.slice(meeting.end, at))) continue;
    const from = at + v[0].length;
    const list = listAt(actors(ms), text, from, endOfClause(text, from), 60);
    if (!list.length || !LIST_LEAD.test(text.slice(from, list[0]!.start))) continue;
    for (const s of list) out.push([s.id, meeting.id]);
  }
  return out;
}

/**
 * A passive verb of running or organising: its agents lead, the ones it is done "with" take part. Where the verb is one
 * of carrying the programme out ("implemented by A with B", "executed by A alongside B"), the ones it is done with
 * implement it too, which the ontology reads as leading it; a partner "in cooperation / collaboration with" still only
 * takes part.
 */
const RUN_BY = /\b(?:implemented|run|managed|led|coordinated|carried out|executed|organi[sz]ed|convened|steered|co-ordinated|delivered)\s+(?:jointly\s+)?by\s+/gi;
/** After the leaders: the partners they work with, not "with support from" or "with funding of" (SUPPORTS, FUNDS). */
const WITH_PARTNERS = /^\s*,?\s*(?:(?:working\s+)?(?:in\s+(?:close\s+)?(?:partnership|cooperation|co-operation|collaboration|association)\s+with|jointly with|with|alongside)\s+)(?:the\s+)?$/i;
/** The noun a name modifies ("with IOM support"): that name is a means, not a partner. */
const NOUN_AFTER_PARTNER = /^\s*(?:[’']s\s+)?(?:support|funding|financing|money|assistance|help|backing|grants?|advice|expertise|funds)\b/i;

/** The verbs of carrying a programme out, among RUN_BY's. */
const IMPLEMENTS = /^(?:implemented|executed|delivered)\b/i;
/** A connector naming a partner in the work, not a co-implementer: "in (close) cooperation with". */
const PARTNERSHIP_CONNECTOR = /\bin\s+(?:close\s+)?(?:partnership|cooperation|co-operation|collaboration|association)\s+with\b/i;

/** With `coImplementers`, the bodies a programme is implemented with (LEADS); without, the partners that take part. */
function ledWithPartners(text: string, ms: M[], coImplementers: boolean): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const v of text.matchAll(RUN_BY)) {
    const at = v.index!;
    // The programme is the clause's subject: only the copula and adverbs stand between it and the verb.
    const target = ms.filter((m) => m.end <= at && (m.kind === "INITIATIVE" || m.kind === "FORUM")).sort((a, b) => b.end - a.end)[0];
    if (!target || !/^\s*(?:,\s*)?(?:(?:is|are|was|were|has been|have been|had been|being|currently|now|also|jointly|\w+ly)\s+)*$/i.test(text.slice(target.end, at))) continue;
    const from = at + v[0].length;
    const end = endOfClauseKeepingWith(text, from);
    const leaders = listAt(actors(ms), text, from, end, 4);
    if (!leaders.length) continue;
    const after = leaders[leaders.length - 1]!.end;
    const partners = actors(ms).filter((m) => m.start >= after && m.end <= end);
    if (!partners.length || !WITH_PARTNERS.test(text.slice(after, partners[0]!.start))) continue;
    if (coImplementers !== (IMPLEMENTS.test(v[0]) && !PARTNERSHIP_CONNECTOR.test(text.slice(after, partners[0]!.start)))) continue;
    const withList = listAt(partners, text, partners[0]!.start, end, 0);
    if (NOUN_AFTER_PARTNER.test(text.slice(withList[withList.length - 1]!.end, withList[withList.length - 1]!.end + 14))) continue;
    for (const p of withList) if (!leaders.some((l) => l.id === p.id)) out.push([p.id, target.id]);
  }
  return out;
}

/** A participle of running done with partners and no agent named: "FMM II, funded by the EU and carried out in partnership with the ILO". */
const DONE_WITH = /\b(?:implemented|carried out|run|managed|delivered|conducted|executed)\s+(?:jointly\s+)?in\s+(?:close\s+)?(?:partnership|cooperation|co-operation|collaboration)\s+with\s+(?:the\s+)?/gi;
/** Between the programme and that participle: the copula, or an earlier participle it is coordinated with. */
const DONE_GAP = /^(?:\s*,?\s*(?:(?:is|are|was|were|has been|have been|had been|being|\w+ly)\s+)*|\s*,\s*[^,;.:()]{0,70}?\band\s+(?:(?:is|are|was|were|\w+ly)\s+)*)$/i;

function doneWithPartners(text: string, ms: M[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const v of text.matchAll(DONE_WITH)) {
    const at = v.index!;
    const target = ms.filter((m) => m.end <= at && (m.kind === "INITIATIVE" || m.kind === "FORUM")).sort((a, b) => b.end - a.end)[0];
    if (!target || !DONE_GAP.test(text.slice(target.end, at)) || NON_FACT.test(text.slice(target.end, at))) continue;
    const from = at + v[0].length;
    const partners = listAt(actors(ms), text, from, endOfClauseKeepingWith(text, from), 0);
    if (!partners.length || NOUN_AFTER_PARTNER.test(text.slice(partners[partners.length - 1]!.end, partners[partners.length - 1]!.end + 14))) continue;
    for (const p of partners) out.push([p.id, target.id]);
  }
  return out;
}

/** "A and B were the Programme's main partners", "IOM is among its partners": a partner of the programme named after the copula. */
const PARTNER_OF = /\b(?:is|are|was|were|remains?|remained|became|become|have been|has been)\s+(?:also\s+)?(?:among\s+|one of\s+)?(?:the\s+)?/gi;
const PARTNER_NOUN = new RegExp(String.raw`^\s*(?:[’']s\s+)?(?:(?:main|key|principal|international|national|regional|technical|implementing|operational|other|new|first)\s+){0,3}(?:partners?|participants?|${participating("bodies", "states")})\b`, "i");

/** A body's own network named with it, which does not end the list of subjects. */
const OWN_NETWORK = /,?\s+(?:and|with)\s+(?:its|their)\s+(?:affiliates|member (?:organi[sz]ations|unions|federations)|national (?:members|affiliates|societies))\b/gi;

/**
 * With `implementers`, the bodies named the programme's implementing partners (LEADS: they implement it); without,
 * its other partners and participants (PARTICIPATES_IN).
 */
function partnersOfProgramme(text: string, ms: M[], implementers: boolean): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  // "the ITUC and its affiliates and the IOE and its affiliates were …": a body's own network rides along with it
  // (blanked once, where a programme and its partner noun follow the copula).
  let plain: string | undefined;
  if (!ms.some((m) => m.kind === "INITIATIVE" || m.kind === "FORUM")) return out;
  for (const v of text.matchAll(PARTNER_OF)) {
    const at = v.index!;
    const from = at + v[0].length;
    // The programme right after the copula, as a name or "its"; its partner noun right after that.
    // A description ("the Programme's") is resolved with its article.
    const target = ms.find((m) => (m.kind === "INITIATIVE" || m.kind === "FORUM") && m.start > at && m.start <= from && m.end >= from);
    const noun = PARTNER_NOUN.exec(text.slice(target?.end ?? 0, (target?.end ?? 0) + 60));
    if (!target || !noun || implementers !== /\bimplementing\s+partners?\b/i.test(noun[0])) continue;
    plain ??= text.replace(OWN_NETWORK, (w) => " ".repeat(w.length));
    const subjects = subjectsBefore(ms, plain, at);
    if (!subjects.length || NON_FACT.test(text.slice(subjects[subjects.length - 1]!.end, at))) continue;
    for (const s of subjects) if (s.id !== target.id) out.push([s.id, target.id]);
  }
  return out;
}

/** endOfClause stops at ", with": here the "with" phrase is the one read, so only a sentence or clause break ends it. */
function endOfClauseKeepingWith(text: string, from: number): number {
  const m = /[;:]|\.\s|\s(?:while|whereas|but|which)\s/.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

/** A fronted adjunct of place in a meeting: "At the 2014 session of X in New York,", "During the GFMD 2012,". */
const AT_MEETING = /^\s*(?:(?:later|then|also|meanwhile|earlier),?\s+)?(?:at|during)\s+/i;
/** The people a state or body sent, as the main clause's subject: "delegations from A and B", "representatives of A". */
const SENT_BY = /^\s*,\s*(?:the\s+)?(?:(?:high-level|senior|ministerial|government|national)\s+)?(?:delegations?|representatives|delegates|ministers|officials|envoys)\s+(?:from|of)\s+(?:the\s+)?(?:governments?\s+of\s+)?$/i;

function atMeetingDelegations(text: string, ms: M[]): Array<[string, string]> {
  const open = AT_MEETING.exec(text);
  if (!open) return [];
  const comma = text.indexOf(",", open[0].length);
  if (comma < 0 || comma - open[0].length > 160) return [];
  // The meeting is the fronted phrase's head; no actor is named inside it ("At the invitation of Ghana," is no place).
  const inside = ms.filter((m) => m.start >= open[0].length && m.end <= comma);
  const meeting = inside.find((m) => m.kind === "FORUM" && m.isEvent);
  if (!meeting || inside.some((m) => m.kind === "ORGANIZATION" || m.kind === "COUNTRY") || /[;:]/.test(text.slice(open[0].length, comma))) return [];
  const list = listAt(actors(ms), text, comma, endOfClause(text, comma + 1), 80);
  if (!list.length || !SENT_BY.test(text.slice(comma, list[0]!.start))) return [];
  // The clause states a fact: no negation, modal or plan between the people sent and their verb.
  const after = text.slice(list[list.length - 1]!.end, list[list.length - 1]!.end + 40);
  if (NON_FACT.test(after.split(/[,;.]/)[0] ?? "")) return [];
  return list.map((s) => [s.id, meeting.id]);
}

/** Who took part, read from the shape of the clause around a meeting or a programme rather than a verb of attending. */
export const ATTENDANCE_PHRASE_RULES: PhraseRule[] = [
  {
    id: "meeting-gathered",
    // The verbs of GATHERED.
    needs: ["together", "gathered", "gathers", "assembled", "assembles", "united", "unites", "welcomed", "welcomes"],
    type: "PARTICIPATES_IN",
    confidence: 0.7,
    read: (text, ms) => meetingGathered(text, ms),
    examples: {
      positive: [
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. The meeting brought together Nepal, India and Sri Lanka.", expect: ["ctry:in", "forum:colombo-process-2016"] },
        { text: "The GFMD 2012, held in Port Louis, has brought together Ghana, Chile and IOM.", expect: ["org:iom", "forum:gfmd-2012"] },
        // A state's style (any of the shared ones) may stand before the first name of the list.
        { text: "The GFMD 2012, held in Port Louis, brought together representatives of the Republic of Mauritius, Chile and IOM.", expect: ["org:iom", "forum:gfmd-2012"] },
        // The people sent, with a portfolio or rank (sentPeople.ts).
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. The meeting brought together the labour ministers of Nepal and Bhutan.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: "The GFMD 2012, held in Port Louis, gathered the economy ministers of Ghana and Chile.", expect: ["ctry:cl", "forum:gfmd-2012"] },
        { text: "The GFMD 2012, held in Port Louis, brought together senior officials from Ghana and Chile.", expect: ["ctry:gh", "forum:gfmd-2012"] },
      ],
      negative: [
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. The meeting was expected to bring together Nepal and India.", expect: ["ctry:in", "forum:colombo-process-2016"] },
        { text: "The 2016 ministerial meeting of the Colombo Process took place in Colombo. The meeting brought together the former labour ministers of Nepal and Bhutan.", expect: ["ctry:bt", "forum:colombo-process-2016"] },
        { text: "The GFMD 2012, held in Port Louis, was to gather the economy ministers of Ghana and Chile.", expect: ["ctry:cl", "forum:gfmd-2012"] },
        { text: "The GFMD 2012 did not bring together the economy ministers of Ghana and Chile.", expect: ["ctry:cl", "forum:gfmd-2012"] },
        { text: "The GFMD 2012 adopted a report that brought together data from Ghana and Chile.", expect: ["ctry:gh", "forum:gfmd-2012"] },
        { text: "The GFMD 2012 took place in Port Louis. A side event brought together Ghana and Chile.", expect: ["ctry:gh", "forum:gfmd-2012"] },
      ],
    },
  },
  {
    // "At the 2014 session of X in New York, delegations from A and B spoke on youth": those sent were at the meeting.
    id: "at-meeting-delegations",
    // The nouns of SENT_BY.
    needs: ["delegat", "representatives", "ministers", "officials", "envoys"],
    type: "PARTICIPATES_IN",
    confidence: 0.7,
    read: (text, ms) => atMeetingDelegations(text, ms),
    examples: {
      positive: [
        { text: "At the GFMD 2012 in Port Louis, delegations from Ghana and Chile argued for cheaper remittances.", expect: ["ctry:cl", "forum:gfmd-2012"] },
        { text: "During the GFMD 2012, representatives of IOM briefed the round table.", expect: ["org:iom", "forum:gfmd-2012"] },
      ],
      negative: [
        { text: "At the GFMD 2012 in Port Louis, delegations from Ghana and Chile will argue for cheaper remittances.", expect: ["ctry:cl", "forum:gfmd-2012"] },
        { text: "After the GFMD 2012, delegations from Ghana and Chile wrote a joint paper.", expect: ["ctry:cl", "forum:gfmd-2012"] },
        { text: "At the GFMD 2012, a study on Ghana and Chile was released.", expect: ["ctry:cl", "forum:gfmd-2012"] },
        { text: "At the GFMD 2012, delegations did not hear from Ghana.", expect: ["ctry:gh", "forum:gfmd-2012"] },
      ],
    },
  },
  {
    id: "led-with-partners",
    // The verbs of RUN_BY and DONE_WITH.
    needs: ["implemented", "run", "managed", "led", "coordinated", "carried out", "executed", "organi", "convened", "steered", "co-ordinated", "delivered", "conducted"],
    type: "PARTICIPATES_IN",
    confidence: 0.7,
    read: (text, ms) => [...ledWithPartners(text, ms, false), ...doneWithPartners(text, ms)],
    examples: {
      positive: [
        { text: "The JMDI is run by UNDP with IOM and UNHCR.", expect: ["org:unhcr", "ini:jmdi"] },
        { text: "The JMDI is implemented by UNDP in close cooperation with IOM and UNHCR.", expect: ["org:unhcr", "ini:jmdi"] },
        { text: "The Global Forum on Remittances is organised by IFAD, in cooperation with the World Bank and the ILO.", expect: ["org:ilo", "forum:gfr"] },
        { text: "The JMDI, funded by Sweden and carried out in partnership with IOM and UNHCR, ended in 2012.", expect: ["org:unhcr", "ini:jmdi"] },
      ],
      negative: [
        { text: "The JMDI is implemented by UNDP with IOM support.", expect: ["org:iom", "ini:jmdi"] },
        { text: "The JMDI is implemented by UNDP with money from Sweden.", expect: ["ctry:se", "ini:jmdi"] },
        { text: "The JMDI should be implemented by UNDP with IOM.", expect: ["org:iom", "ini:jmdi"] },
        { text: "A report on the JMDI was written by UNDP with IOM.", expect: ["org:iom", "ini:jmdi"] },
        { text: "The JMDI will be implemented in partnership with IOM.", expect: ["org:iom", "ini:jmdi"] },
        { text: "The JMDI is implemented in partnership with IOM country offices.", expect: ["org:iom", "ini:jmdi"] },
        // Implementing with the agency is implementing: the co-implementer leads (implemented-with-co-implementers).
        { text: "The JMDI is implemented by UNDP with IOM and UNHCR.", expect: ["org:unhcr", "ini:jmdi"] },
      ],
    },
  },
  {
    id: "implemented-with-co-implementers",
    needs: ["implemented", "executed", "delivered"],
    type: "LEADS",
    confidence: 0.7,
    read: (text, ms) => ledWithPartners(text, ms, true),
    examples: {
      positive: [
        { text: "The JMDI is implemented by UNDP with IOM and UNHCR.", expect: ["org:unhcr", "ini:jmdi"] },
        { text: "The JMDI has been implemented by UNDP jointly with the ILO.", expect: ["org:ilo", "ini:jmdi"] },
        { text: "The JMDI is executed by UNDP, alongside IOM.", expect: ["org:iom", "ini:jmdi"] },
      ],
      negative: [
        // A partner in cooperation takes part (led-with-partners); a means is no implementer.
        { text: "The JMDI is implemented by UNDP in close cooperation with IOM and UNHCR.", expect: ["org:unhcr", "ini:jmdi"] },
        { text: "The JMDI is implemented by UNDP with IOM support.", expect: ["org:iom", "ini:jmdi"] },
        { text: "The JMDI should be implemented by UNDP with IOM.", expect: ["org:iom", "ini:jmdi"] },
        // Running or organising with another is the other's part in it, as before.
        { text: "The JMDI is run by UNDP with IOM and UNHCR.", expect: ["org:unhcr", "ini:jmdi"] },
      ],
    },
  },
  {
    id: "partners-of-programme",
    // The nouns of PARTNER_NOUN.
    needs: ["partner", "participa"],
    type: "PARTICIPATES_IN",
    confidence: 0.7,
    read: (text, ms) => partnersOfProgramme(text, ms, false),
    examples: {
      positive: [
        { text: "IOM is among the KNOMAD partners.", expect: ["org:iom", "ini:knomad"] },
        { text: "The ITUC and its affiliates and the IOE and its affiliates were the JMDI's main partners.", expect: ["org:ituc", "ini:jmdi"] },
        // Any noun of those taking part (PARTICIPANT_NOUNS), as the other "participating …" readers know it.
        { text: "Ghana and Peru are among the JMDI's participating governments.", expect: ["ctry:gh", "ini:jmdi"] },
      ],
      negative: [
        { text: "The ITUC and the ILO were the JMDI's main donors.", expect: ["org:ituc", "ini:jmdi"] },
        { text: "The ITUC should become the JMDI's partner.", expect: ["org:ituc", "ini:jmdi"] },
        { text: "The ITUC and its affiliates and the IOE and its affiliates were the JMDI's main donors.", expect: ["org:ituc", "ini:jmdi"] },
        { text: "The ITUC was the JMDI's lead partner.", expect: ["org:ituc", "ini:jmdi"] },
        // Implementing partners implement the programme: they lead it (implementing-partners-of-programme).
        { text: "UNDP and UNICEF are the JMDI's implementing partners.", expect: ["org:unicef", "ini:jmdi"] },
      ],
    },
  },
  {
    id: "implementing-partners-of-programme",
    needs: ["implementing"],
    type: "LEADS",
    confidence: 0.7,
    read: (text, ms) => partnersOfProgramme(text, ms, true),
    examples: {
      positive: [
        { text: "UNDP and UNICEF are the JMDI's implementing partners.", expect: ["org:unicef", "ini:jmdi"] },
        { text: "IOM is one of the KNOMAD implementing partners.", expect: ["org:iom", "ini:knomad"] },
        { text: "The ILO has been among the JMDI's main implementing partners since 2012.", expect: ["org:ilo", "ini:jmdi"] },
      ],
      negative: [
        { text: "The ITUC and the ILO were the JMDI's main partners.", expect: ["org:ilo", "ini:jmdi"] },
        { text: "The ITUC should become the JMDI's implementing partner.", expect: ["org:ituc", "ini:jmdi"] },
        { text: "IOM is an implementing partner, not the lead of the JMDI.", expect: ["org:iom", "ini:jmdi"] },
      ],
    },
  },
];
