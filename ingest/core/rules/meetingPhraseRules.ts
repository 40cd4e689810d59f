import type { M } from "../mentionLists.js";
import { endOfClause, listAt } from "../mentionLists.js";
import { NON_FACT, type PhraseRule, type PlaceIdentity } from "./PhraseRule.js";
import { nonFactPattern } from "./nonFactWords.js";
import { WITH_ABSOLUTE } from "../withAbsolute.js";

/**
 * An actor's act at a dated meeting: speaking, presenting or running a session there is taking part in it.
 * "During the GFMD 2012, UNODC delivered a statement", "IOM made a presentation at the sixth GFMD",
 * "the Division facilitated a market place during the first meeting of the Global Forum".
 * Only a dated meeting is read: presenting "at the GMG" says nothing of membership in a standing group.
 */
const ACT = /\b(?:made|gave|delivered|presented|submitted|spoke|addressed|facilitated|moderated|organi[sz]ed|convened|hosted|ran|held|co-organi[sz]ed)\b/gi;
/** What the act verb takes: a statement, a talk, a session; "organized a side event", not "organized the Forum". */
const ACT_OBJECT = /^\s+(?:(?:a|an|the|its|their|two|three|several|joint|keynote|opening|closing|short|special)\s+)*(?:[\w“”"-]+\s+){0,4}?[“"]?(?:statements?|presentations?|speech(?:es)?|remarks|interventions?|addresses|papers?|reports?|side[- ]events?|sessions?|panels?|round ?tables?|workshops?|market ?places?|exhibitions?|briefings?)\b|^\s+(?:at|during|to)\b/i;
const DURING = /\b(?:at|during|on the margins of|in the margins of|on the sidelines of)\s+(?:the\s+)?$/i;
/** The act belongs to another subject: "a study, which was later presented at", "was presented by". */
const NOT_THE_ACTOR = /\b(?:which|that|who|was|were|been|being|is|are)\b[^,;]*$/i;

function actsAtMeeting(text: string, ms: M[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const meetings = ms.filter((m) => m.kind === "FORUM" && m.isEvent && DURING.test(text.slice(Math.max(0, m.start - 40), m.start)));
  if (!meetings.length) return out;
  const actors = ms.filter((m) => m.kind === "ORGANIZATION" || m.kind === "COUNTRY");
  for (const v of text.matchAll(ACT)) {
    const at = v.index!;
    const after = text.slice(at + v[0].length, at + v[0].length + 120);
    if (!ACT_OBJECT.test(after)) continue;
    // The actor is the subject right before the verb ("UNODC delivered"), or after a fronted "During X," ("During X, the Division made").
    const before = actors.filter((a) => a.end <= at && at - a.end <= 40 && !/[;:.]/.test(text.slice(a.end, at)));
    const actor = before[before.length - 1];
    if (!actor) continue;
    const gap = text.slice(actor.end, at);
    if (NOT_THE_ACTOR.test(gap) || NON_FACT.test(gap) || !/^(?:\s*\([^)]*\))?\s*(?:,[^,]*,\s*)?(?:\w+ly\s+|also\s+|then\s+|later\s+)*$/.test(gap)) continue;
    // The meeting: named after the act in the same clause ("… at the sixth GFMD"), or fronted before the actor ("During X, A …").
    const later = meetings.find((m) => m.start > at && !/[;]/.test(text.slice(at, m.start)) && m.start - at <= 200);
    const fronted = [...meetings].reverse().find((m) => m.end <= actor.start && /^[^;.]*,\s*(?:the\s+)?$/.test(text.slice(m.end, actor.start)));
    const meeting = later ?? fronted;
    if (meeting && meeting.id !== actor.id) out.push([actor.id, meeting.id]);
  }
  return out;
}

/**
 * A state in a role at the one dated meeting its sentence names: "with Kuwait as host country", "Kuwait acted as host",
 * "Kuwait, the host country,", "Mauritius was the venue of", "Colombia, which was both host and Pro Tempore President
 * that year". The role words say the relation: host or venue is HOSTED, chair or president is CHAIRED.
 */
const ROLE_WORDS = "(?:(?:pro[- ]tempore|rotating|acting)\\s+)?(?:host|venue|chair(?:-in-office)?|chairperson|president)(?:\\s+(?:country|state|government|city))?";
const ROLES = `${ROLE_WORDS}(?:\\s+and\\s+(?:the\\s+)?${ROLE_WORDS})?`;
const STATE_ROLE = new RegExp(
  `^(?:\\s*,\\s*(?:(?:the|its)|as\\s+(?:the\\s+)?)\\s*(${ROLES})\\s*,|\\s*,?\\s*(?:(?:which|who)\\s+)?(?:acted|served|stood|was|is)\\s+(?:both\\s+|also\\s+)?(?:as\\s+)?(?:the\\s+)?(${ROLES})\\b(?!\\s+(?:of|to|for)\\s+(?:the\\s+)?(?:secretariat|office|unit|platform|portal|programme|project|working|task|next|\\w+\\s+working)))`,
  "i",
);
const WITH_AS_ROLE = /\bwith\s+(?:the\s+)?$/i;
const WITH_AS_ROLE_AFTER = new RegExp(`^\\s+as\\s+(?:the\\s+)?(${ROLES})\\b`, "i");
/** "with the Czech government hosting ministers in Prague", "with Kenya chairing": the role as a participle. */
const WITH_ING_AFTER = /^\s+(?:also\s+|jointly\s+)?(hosting|chairing|presiding)\b/i;
const ING_ROLE: Record<string, string> = { hosting: "host", chairing: "chair", presiding: "president" };

/** The states in the role `word` (host or chair) of the one dated meeting the sentence names. */
function stateRole(text: string, ms: M[], word: RegExp): Array<[string, string]> {
  const meetings = ms.filter((m) => m.kind === "FORUM" && m.isEvent);
  if (meetings.length !== 1) return [];
  const out: Array<[string, string]> = [];
  for (const c of ms.filter((m) => m.kind === "COUNTRY")) {
    const after = text.slice(c.end, c.end + 80);
    const role = STATE_ROLE.exec(after);
    const withAs = WITH_AS_ROLE.test(text.slice(Math.max(0, c.start - 12), c.start)) ? WITH_AS_ROLE_AFTER.exec(after) : null;
    const withIng = !withAs && WITH_AS_ROLE.test(text.slice(Math.max(0, c.start - 12), c.start)) ? WITH_ING_AFTER.exec(after) : null;
    // "with Botswana in the chair" (withAbsolute.ts).
    const inChair = !withAs && !withIng && WITH_AS_ROLE.test(text.slice(Math.max(0, c.start - 12), c.start)) && WITH_ABSOLUTE.inTheChair.test(after);
    const roles = role ? (role[1] ?? role[2]) : withAs?.[1] ?? (withIng ? ING_ROLE[withIng[1]!.toLowerCase()] : inChair ? "chair" : undefined);
    if (roles && word.test(roles) && !NON_FACT.test(text.slice(Math.max(0, c.start - 40), c.start))) out.push([c.id, meetings[0]!.id]);
  }
  return out;
}

/**
 * A meeting held "at the invitation of" a state, or "at its invitation": the state that invites the others to a meeting
 * on its soil is its host. Read only where the meeting is the clause's subject and a verb of holding or meeting stands
 * between it and the invitation ("The X was held in Nairobi at the invitation of Kenya", "the X, convened at the
 * invitation of the Government of Peru,"): a state invited to attend ("Chad came at the invitation of Niger") or a body
 * inviting is no host. "At Peru's invitation" needs no reader of its own: a state named after the meeting is where it
 * was held (event-in-country), which "at the invitation of" turns off (patternRules.ts HOSTS_STATED).
 */
const INVITATION_OF = /\bat\s+the\s+(?:kind\s+|joint\s+|personal\s+)?invitation\s+of\s+/gi;
/** Between "of" and the state: the article and the government it speaks through. */
const INVITER_LEAD = /^\s*(?:the\s+)?(?:(?:federal\s+|national\s+)?governments?\s+of\s+(?:the\s+)?)?$/i;
/** The meeting inside another phrase ("a side event of the X", "delegates to the X"): that phrase's head was held. */
const MEETING_NOT_SUBJECT = /\b(?:of|at|for|to|during|on|before|after|since|from|with|by)\s+(?:the\s+|this\s+|that\s+|its\s+)?$/i;
/** A verb of holding or meeting, whose subject is the meeting. */
const HOLDING_VERB = /\b(?:held|(?:re)?convened|opened|met|meets|took\s+place|takes\s+place|gathered|assembled|sat|came\s+together)\b/i;
/** The meeting's own predicate, and only adjuncts of place and time after it (no actor, no second clause). */
const HELD_BY_INVITATION = new RegExp(String.raw`^\s*,?\s*(?:(?:which|that)\s+)?(?:(?:was|were|is|are|had been|has been|have been|being)\s+)?(?:\w+ly\s+|also\s+|first\s+)*${HOLDING_VERB.source}[^;:]*$`, "i");
/** After the verb, a second clause with its own subject and verb ("…, and a workshop was held", "while a side meeting"): the invitation is that clause's. */
const SECOND_CLAUSE = /,\s*(?:and|but)\s|\b(?:while|whereas|when|whilst|although|though|which|who|where|was|were|is|are|been|being)\b/i;
/** A holding the sentence hedges or reports as a claim, after the inviter ("…, according to press reports"). */
const HEDGED_AFTER = nonFactPattern("hearsay", "reported", "supposed");
/** Each venue's whole capitalised run ("in Colombo", "at the Accra Hotel"; global: matchAll). */
const VENUE_NAME = /\b(?:in|at)\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)*)/gu;

/**
 * Where the holding puts the meeting: the state of the venues whose whole name is a catalog city ("at the Accra Hotel
 * in Lomé" is in Lomé, not Accra). "none" when no venue is named; "unsaid" when no venue is a state's city (a seat
 * city of international bodies, a place no city reads); "split" when the cities lie in two states.
 */
function venueState(venues: string, places: PlaceIdentity | undefined): string {
  let soil = "none";
  for (const v of venues.matchAll(VENUE_NAME)) {
    const state = places?.seatCities?.has(v[1]!) ? undefined : places?.cities?.get(v[1]!);
    if (!state) soil = soil === "none" ? "unsaid" : soil;
    else if (soil === "none" || soil === "unsaid") soil = state;
    else if (soil !== state) return "split";
  }
  return soil;
}

function invitedHost(text: string, ms: M[], places: PlaceIdentity | undefined): Array<[string, string]> {
  const meetings = ms.filter((m) => m.kind === "FORUM" && m.isEvent);
  if (meetings.length !== 1) return [];
  const meeting = meetings[0]!;
  const actors = ms.filter((m) => m.kind === "COUNTRY" || m.kind === "ORGANIZATION");
  const held = (at: number) => {
    if (meeting.end > at || MEETING_NOT_SUBJECT.test(text.slice(Math.max(0, meeting.start - 30), meeting.start))) return false;
    const gap = text.slice(meeting.end, at);
    const verb = HOLDING_VERB.exec(gap);
    const tail = verb ? gap.slice(verb.index + verb[0].length) : gap;
    return HELD_BY_INVITATION.test(gap) && !NON_FACT.test(gap) && !SECOND_CLAUSE.test(tail) && !actors.some((a) => a.start >= meeting.end && a.end <= at);
  };
  const out: Array<[string, string]> = [];
  for (const v of text.matchAll(INVITATION_OF)) {
    const at = v.index!;
    if (!held(at)) continue;
    const from = at + v[0].length;
    const inviters = listAt(actors, text, from, endOfClause(text, from), 40);
    if (!inviters.length || !INVITER_LEAD.test(text.slice(from, inviters[0]!.start))) continue;
    // The rest of the clause after the inviters: a hedge there, or the venue.
    const after = text.slice(inviters[inviters.length - 1]!.end).split(/[.;]/)[0]!;
    if (HEDGED_AFTER.test(after)) continue;
    const states = inviters.filter((s) => s.kind === "COUNTRY");
    // The venue before the invitation or after its inviters: only an inviter on its soil hosts. One inviter keeps its
    // hosting where the venue names no state (an unknown place, a seat city); two need the venue to choose.
    const venues = `${text.slice(meeting.end, at)} ${after}`;
    const soil = venueState(venues, places);
    for (const s of states) if (soil === "none" || (soil === "unsaid" && states.length === 1) || s.id === soil) out.push([s.id, meeting.id]);
  }
  return out;
}

export const MEETING_PHRASE_RULES: PhraseRule[] = [
  {
    id: "host-role",
    // The role words the reading keeps ("hosting" holds "host").
    needs: ["host", "venue"],
    type: "HOSTED",
    confidence: 0.7,
    read: (text, ms) => stateRole(text, ms, /\b(?:host|venue)\b/i),
    examples: {
      positive: [
        { text: "The third Ministerial Consultation of the Abu Dhabi Dialogue opened in November 2014, with Kuwait as host country.", expect: ["ctry:kw", "forum:abu-dhabi-dialogue-2014"] },
        { text: "For the third Ministerial Consultation of the Abu Dhabi Dialogue, Kuwait acted as host.", expect: ["ctry:kw", "forum:abu-dhabi-dialogue-3-consultation"] },
        { text: "In 2012 Mauritius was the venue of the GFMD 2012.", expect: ["ctry:mu", "forum:gfmd-2012"] },
        { text: "Mauritius, as host country, opened the GFMD 2012 in Port Louis.", expect: ["ctry:mu", "forum:gfmd-2012"] },
        { text: "The GFMD 2012 met in Mauritius, which was both host and chair that year.", expect: ["ctry:mu", "forum:gfmd-2012"] },
        { text: "The GFMD 2012 opened in Port Louis, with the Mauritian government hosting delegates from 150 states.", expect: ["ctry:mu", "forum:gfmd-2012"] },
      ],
      negative: [
        { text: "The GFMD 2011 opened in Geneva, with Mauritius hoping to host the next one.", expect: ["ctry:mu", "forum:gfmd-2011"] },
        // Hosting a secretariat is no hosting of the meeting.
        { text: "At the third Ministerial Consultation of the Abu Dhabi Dialogue, the United Arab Emirates was the host of the secretariat.", expect: ["ctry:ae", "forum:abu-dhabi-dialogue-3-consultation"] },
        { text: "Kuwait hopes to serve as host of the third Ministerial Consultation of the Abu Dhabi Dialogue.", expect: ["ctry:kw", "forum:abu-dhabi-dialogue-3-consultation"] },
        { text: "Mauritius, as host of the next meeting, spoke at the GFMD 2012 in Geneva.", expect: ["ctry:mu", "forum:gfmd-2012"] },
      ],
    },
  },
  {
    id: "chair-role",
    // The role words the reading keeps: chair, president, presiding, "in the presidency".
    needs: ["chair", "presid"],
    type: "CHAIRED",
    confidence: 0.7,
    read: (text, ms) => stateRole(text, ms, /\b(?:chair|chairperson|president)/i),
    examples: {
      positive: [
        { text: "The GFMD 2012 met in Mauritius, which was both host and chair that year.", expect: ["ctry:mu", "forum:gfmd-2012"] },
        { text: "The fourth Ministerial Consultation of the Abu Dhabi Dialogue took place in 2017, with Sri Lanka as chair.", expect: ["ctry:lk", "forum:abu-dhabi-dialogue-2017"] },
        { text: "Kuwait, the rotating chair, opened the fourth Ministerial Consultation of the Abu Dhabi Dialogue.", expect: ["ctry:kw", "forum:abu-dhabi-dialogue-4-consultation"] },
        // An absolute "with" phrase: the state in the chair (withAbsolute.ts).
        { text: "The fifth Ministerial Consultation of the Abu Dhabi Dialogue opened in 2019 with Bahrain in the chair.", expect: ["ctry:bh", "forum:abu-dhabi-dialogue-2019"] },
      ],
      negative: [
        { text: "Mauritius, as host country, opened the GFMD 2012 in Port Louis.", expect: ["ctry:mu", "forum:gfmd-2012"] },
        { text: "Mexico hopes to serve as chair of the GFMD 2010.", expect: ["ctry:mx", "forum:gfmd-2010"] },
        { text: "At the GFMD 2012, Ghana was chair of the working group on labour mobility.", expect: ["ctry:gh", "forum:gfmd-2012"] },
        // A chair of something else than the meeting, and a state that only sat with the chair.
        { text: "Delegates at the GFMD 2012 met with Ghana in the chair's office.", expect: ["ctry:gh", "forum:gfmd-2012"] },
        { text: "At the GFMD 2012, Ghana spoke in the chair's absence.", expect: ["ctry:gh", "forum:gfmd-2012"] },
      ],
    },
  },
  {
    id: "acts-at-meeting",
    // The verbs of ACT.
    needs: ["made", "gave", "delivered", "presented", "submitted", "spoke", "addressed", "facilitated", "moderated", "organi", "convened", "hosted", "ran", "held"],
    type: "PARTICIPATES_IN",
    confidence: 0.7,
    read: (text, ms) => actsAtMeeting(text, ms),
    examples: {
      positive: [
        { text: "In November 2012, during the sixth GFMD, the International Labour Organization made a presentation on domestic work.", expect: ["org:ilo", "forum:gfmd-2012"] },
        { text: "UNHCR delivered a joint statement at the GFMD 2010 in Puerto Vallarta.", expect: ["org:unhcr", "forum:gfmd-2010"] },
        { text: "UNICEF organized a side event on migrant children at the GFMD 2011.", expect: ["org:unicef", "forum:gfmd-2011"] },
      ],
      negative: [
        // The study was presented, not its author's act at the meeting.
        { text: "UNFPA contributed to a study on remittances, which was later presented at the GFMD 2010.", expect: ["org:unfpa", "forum:gfmd-2010"] },
        { text: "UNICEF will make a presentation at the GFMD 2011.", expect: ["org:unicef", "forum:gfmd-2011"] },
        // A standing forum is no dated meeting.
        { text: "IOM made a presentation to the Global Migration Group on data.", expect: ["org:iom", "forum:gmg"] },
        // A meeting used as a date only: "since the 2006 HLD".
        { text: "Since the 2006 HLD, UNICEF has made several presentations on child migration.", expect: ["org:unicef", "forum:hld-2006"] },
      ],
    },
  },
  {
    id: "invitation-host",
    needs: ["invitation"],
    type: "HOSTED",
    confidence: 0.7,
    read: (text, ms, _owner, places) => invitedHost(text, ms, places),
    examples: {
      positive: [
        { text: "The GFMD 2012 was held in Port Louis at the invitation of Mauritius.", expect: ["ctry:mu", "forum:gfmd-2012"] },
        { text: "The GFMD 2010, convened in Puerto Vallarta at the invitation of the Government of Mexico, discussed partnerships.", expect: ["ctry:mx", "forum:gfmd-2010"] },
        // Two inviters: the venue's city puts the meeting on one of them, which hosts.
        { text: "The GFMD 2012 was held in Accra at the invitation of Ghana and Togo.", expect: ["ctry:gh", "forum:gfmd-2012"] },
        { text: "The GFMD 2012 convened in Rabat at the invitation of the governments of Tunisia and Morocco.", expect: ["ctry:ma", "forum:gfmd-2012"] },
        // The venue after the inviters, and a hall named before the city: the city's state hosts.
        { text: "The GFMD 2012 met at the invitation of Benin and Togo, in Lomé, for three days.", expect: ["ctry:tg", "forum:gfmd-2012"] },
        { text: "The GFMD 2012 convened at the Accra Hotel in Lomé at the invitation of Ghana and Togo.", expect: ["ctry:tg", "forum:gfmd-2012"] },
      ],
      negative: [
        // Invited to attend: the inviter is not said to host.
        { text: "Ghana attended the GFMD 2012 at the invitation of Mauritius.", expect: ["ctry:mu", "forum:gfmd-2012"] },
        { text: "The GFMD 2012 was attended by Ghana at the invitation of Mauritius.", expect: ["ctry:mu", "forum:gfmd-2012"] },
        // A plan, and an invitation to a meeting still to come.
        { text: "The GFMD 2012 will be held at the invitation of Mauritius.", expect: ["ctry:mu", "forum:gfmd-2012"] },
        // A body inviting convenes; it is no host state.
        { text: "The GFMD 2012 was held in Geneva at the invitation of IOM.", expect: ["org:iom", "forum:gfmd-2012"] },
        // The meeting only names where another event was held: the side event was the one held at the invitation.
        { text: "A side event of the GFMD 2012 was held at the invitation of Ghana.", expect: ["ctry:gh", "forum:gfmd-2012"] },
        // The invitation belongs to a second clause's event, or the holding is hedged.
        { text: "The GFMD 2012 met in Port Louis, and a training course was held at the invitation of Ghana.", expect: ["ctry:gh", "forum:gfmd-2012"] },
        { text: "The GFMD 2012 met in Port Louis whereas the expert panel convened at the invitation of Ghana.", expect: ["ctry:gh", "forum:gfmd-2012"] },
        { text: "The GFMD 2012 was allegedly convened at the invitation of Ghana.", expect: ["ctry:gh", "forum:gfmd-2012"] },
        { text: "The GFMD 2012 was held in Accra at the invitation of Ghana, according to an early draft of the agenda.", expect: ["ctry:gh", "forum:gfmd-2012"] },
        // Two inviters and one venue: only one of them is on its soil.
        { text: "The GFMD 2012 was held in Accra at the invitation of Ghana and Togo.", expect: ["ctry:tg", "forum:gfmd-2012"] },
        // A venue no catalog city reads leaves the soil unsaid; a seat city of international bodies is no state's venue.
        { text: "The GFMD 2012 was held in Quillonport at the invitation of Ghana and Togo.", expect: ["ctry:gh", "forum:gfmd-2012"] },
        { text: "The GFMD 2012 was held in Geneva at the invitation of Switzerland and Togo.", expect: ["ctry:ch", "forum:gfmd-2012"] },
        { text: "The GFMD 2012 met at the invitation of Benin and Togo, in Lomé, for three days.", expect: ["ctry:bj", "forum:gfmd-2012"] },
        { text: "The GFMD 2012 convened at the Accra Hotel in Lomé at the invitation of Ghana and Togo.", expect: ["ctry:gh", "forum:gfmd-2012"] },
        // An inviter whose state is not the venue's is no host; nor is either where the venues lie in two states.
        { text: "The GFMD 2012 was held in Accra at the invitation of Togo and IOM.", expect: ["ctry:tg", "forum:gfmd-2012"] },
        { text: "The GFMD 2012 was held in Accra at the invitation of Togo, in Lomé.", expect: ["ctry:tg", "forum:gfmd-2012"] },
      ],
    },
  },
];
