import { ONE_SITTING_OPENING } from "./meetingPatterns.js";
import { venueInSeriesName } from "./venueInSeriesName.js";
import type { RelationType } from "../../src/ontology/ontology.js";
import type { M } from "./mentionLists.js";
import { endOfClause, listAt } from "./mentionLists.js";
import { GENERIC_NAMES, HEAD_NOUNS, NAME_CONNECTORS } from "./nameRules.js";
import type { Passage } from "./types.js";
import { knownCity, meetingVenue } from "./meetingVenue.js";
import { capitalised, MEETS_NOUNS, withNamingPlural } from "./meetingNouns.js";

/**
 * Rules read from the shape of names and phrases rather than from a verb:
 * a meeting belongs to its forum, "the third GFMD in Athens", "the Belgian GFMD Chair",
 * "ILO Domestic Workers Convention", "one of the programmes of IOM, MIDA", the partners
 * implementing an initiative, and the chapter's agency in a "Support to the GFMD" section.
 */
export type Add = (type: RelationType, sourceId: string, targetId: string, method: string, confidence: number, extra?: { year?: number | null; role?: string | null }) => void;

export interface PatternContext {
  demonyms?: Map<string, string>;
  cities?: Map<string, string>;
  parentOf: (eventId: string) => string;
  /** The meeting of a forum in a year, when one is known. */
  eventFor: (forumId: string, year: number, known?: boolean) => string | null;
  /** A dated meeting's own year. */
  yearOf?: (eventId: string) => number | null;
  /** Whether a meeting's name opens with an organization's acronym ("UNCTAD Expert Meeting …"): the body's own meeting. */
  organizationsOwn?: (meetingId: string) => boolean;
}

/** A series id made from a one-sitting name ("forum:special-summit-of-the-americas"). */
const ONE_SITTING_SERIES = /^forum:(?:special|extraordinary|emergency)-/;

const DEMONYM_CHAIR = /\b([A-Z][a-z]+)\s+(?:GFMD\s+|GMG\s+)?(?:[Cc]o-)?(?:Chair|chair|Chairmanship|chairmanship|Chair-in-Office|Presidency|presidency)\b/g;
/** A country's name before a chair's title, with the forum's short name between or an "of" after: "the Philippines Chair". */
const COUNTRY_CHAIR = /^\s+(?:[A-Z]{2,6}\s+)?(?:Chair|Chairmanship|Chair-in-Office|Presidency)\b(?!\s+(?:in|on|for)\b)/;
const JOINT_PARTNERS = /\b(?:implemented|run|managed|led|launched|coordinated)\s+by\s+[^;.]{0,80}?\b(?:in partnership with|in collaboration with|in cooperation with|together with|jointly with)\s+(?:the\s+)?|\bwhich (?:engages|involves|brings together|includes)\s+(?:the\s+)?/g;
/**
 * A joint-partner phrase that makes the partners co-agents of the lead: "led by A together with B", "run by A jointly
 * with B", "implemented by A together with B" (implementing it is leading it, as the ontology reads LEADS). A partner
 * "in partnership / cooperation with" the lead takes part.
 */
const CO_LEADING = /^(?:led\s+by\b|(?:run|managed|coordinated|launched|implemented)\s+by\s+[^;.]*\b(?:together|jointly)\s+with\b)/i;
const YEAR = /\b(19[5-9]\d|20[0-2]\d)\b/;
/** The sentence says who hosted: "hosted by", "the EU hosted", "co-hosted", "at the invitation of". */
const HOSTS_STATED = /\b(?:co-)?hosted\b|\bat the invitation of\b/i;
/** A standing forum whose name is a meeting's: it meets, and each meeting has a place. */
const MEETING_NAME = new RegExp(`\\b(?:${MEETS_NOUNS.map((w) => withNamingPlural(w, capitalised)).join("|")})\\b`);
/** "the GMG working group", "a GFMD thematic meeting": a body inside the forum, not the forum itself. */
// "the GFMD thematic meetings" are the forum's own meetings, not a body inside it.
export const SUB_BODY_AFTER = /^\s*(?:[Ww]orking [Gg]roups?|[Tt]hematic(?!\s+(?:meetings?|sessions?|round\s?tables?)\b)|[Ss]ymposium|[Pp]rincipals|[Tt]ask [Ff]orce|[Ss]ecretariat|[Ss]upport [Uu]nit|[Ff]riends of|[Ss]ide events?|[Pp]latform)/;

/** "the Tenth Regional Conference on Migration": an ordinal before a title that names a topic, not a body. */
const SERIES_TITLE = /^(?:\d{1,3}(?:st|nd|rd|th)|(?:\w+-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth))\s+((?:[A-Z][\w-]*\s+){0,3}(?:Conference|Meeting|Summit|Consultations?|Dialogue|Forum)\s+on\s+[A-Z].*)$/i;
/** Words any region's conference title may be made of: "Regional Conference on Migration and Development". */
const TITLE_WORDS = new Set([...GENERIC_NAMES.words, ...Object.values(HEAD_NOUNS.words).flat(), ...NAME_CONNECTORS.words, "Migration", "Development"]);

/**
 * A numbered meeting tied to a forum only because its title reads like the forum's ("the Tenth Regional
 * Conference on Migration … (2006, Singapore)"): when the title is made of generic words only, other regions
 * hold conferences with the same title, and the stated place cannot be checked against the forum, so the
 * name alone does not make it the forum's meeting.
 */
/** A name right after a preposition is inside another phrase: "a workshop on the X", "a side event at the X". */
const INSIDE_PHRASE = /\b(?:on|of|for|about|at|to|from|with|regarding|concerning|during|after|before)\s+(?:the\s+)?$/i;

function placedSeriesTitle(text: string, event: M, ms: M[], cities?: Map<string, string>): boolean {
  const title = SERIES_TITLE.exec(text.slice(event.start, event.end))?.[1];
  // A title with a word of its own ("Ibero-American", "World … on Women") names one series.
  if (!title || !title.split(/\s+/).every((w) => TITLE_WORDS.has(w))) return false;
  const outside = (s: number, e: number) => e <= event.start || s >= event.end;
  if (ms.some((m) => m.kind === "COUNTRY" && outside(m.start, m.end))) return true;
  if (!cities?.size) return false;
  // A city named outside the title, in any stretch of a run of capitalised words ("In Milan", "Summit Kuala Lumpur").
  return [text.slice(0, event.start), text.slice(event.end)].some((part) =>
    [...part.matchAll(CAPITALISED_RUN)].some((run) => {
      const words = run[0].replace(/[.'’-]+$/, "").split(/\s+/);
      return words.some((_, i) => knownCity(words.slice(i).join(" "), cities) !== undefined);
    }),
  );
}

/** Up to three capitalised words in a row: where a city's name can stand. */
const CAPITALISED_RUN = /(?<![\p{L}])\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}/gu;

/** "X also held the", "X organised a": an organization's own act of holding the meeting named next. */
/** A government's own body: its ministries, secretariats of state, departments. */
const STATE_BODY = /\b(?:Ministry|Ministries|Secretariat of|Secretary of State|Department|Government|Presidency)\b/;
const ORGANIZATION_HELD = /^\s+(?:(?:also|then|later|first|successfully|\w+ly)\s+)*(?:held|organi[sz]ed|convened|hosted|holds|organi[sz]es|convenes|hosts)\s+(?:the|a|an|its)\s+(?:[\w-]+\s+)?$/;

/**
 * The gap from an organization to its own standing organ's sitting: "The ILO adopted the X Convention, 2011 (No. 189) at
 * the International Labour Conference in Geneva". An organization adopts a text at a sitting of its own organ, which meets
 * at its seat: that sitting's venue names no host.
 */
const ADOPTED_AT = /^(?:\s*\([A-Z][\w-]*\))?\s+(?:\w+ly\s+)?(?:adopted|approved|endorsed)\s(?:No\.|[^.;!?]){0,160}?\bat\s+(?:the|its)\s+(?:[\w-]+\s+)?$/;

/** The gap from a meeting's name to the organization that convened it: ", convened by", " organised by the". */
const HELD_BY = /^,?\s+(?:\w+ly\s+)?(?:held|organi[sz]ed|convened)\s+by\s+(?:the\s+)?$/;

export function patternRules(text: string, ms: M[], passage: Passage, add: Add, ctx: PatternContext): void {
  const owner = passage.chapterOwnerId;

  // "the first Belgian GFMD Chair in 2007", "the incoming Swedish Chair of the GFMD"; a country's name in the same place
  // reads the same: "the Philippines Chair of the 2008 GFMD", "the Mexico GFMD Chair".
  // With no forum right after the title, the one forum the sentence names before it: "The Budapest Process, under
  // Turkish chairmanship, met", "The Rabat Process adopted a plan during the Moroccan presidency".
  const chairOf = (country: string, from: number, end: number, before = false) => {
    // "the French presidency of the European Union", "a Senegalese chair for the working group": a title with an owner after it is that owner's.
    const owned = /^\s+(?:of|for|in|at)\b/.test(text.slice(end, end + 5));
    const forumsBefore = before && !owned ? ms.filter((f) => f.kind === "FORUM" && f.end <= from) : [];
    const forum = ms.find((f) => f.kind === "FORUM" && f.start >= from && f.start <= end + 12) ?? (forumsBefore.length === 1 && !ms.some((f) => f.kind === "FORUM" && f.start >= end) ? forumsBefore[0] : undefined);
    const year = YEAR.exec(text.slice(from, end + 30))?.[1] ?? null;
    if (forum) add("CHAIRED", country, forum.id, "demonym-chair", 0.75, { year: Number(year) || null, role: year });
  };
  if (ctx.demonyms?.size) {
    for (const m of text.matchAll(DEMONYM_CHAIR)) {
      const country = ctx.demonyms.get(m[1]!);
      if (country) chairOf(country, m.index!, m.index! + m[0].length, true);
    }
  }
  for (const c of ms.filter((m) => m.kind === "COUNTRY" && m.via !== "coref")) {
    const role = COUNTRY_CHAIR.exec(text.slice(c.end, c.end + 40));
    if (role) chairOf(c.id, c.start, c.end + role[0].length);
  }

  // A meeting and its host: "the third GFMD in Athens on 4 and 5 November 2009", "the GFMD 2012 in Mauritius",
  // "The fourth Ministerial Consultation … took place in Colombo", "the ICPD (ICPD) in Cairo" (meetingVenue.ts).
  // When the place is followed by its own year ("in Mauritius in 2012") that year's meeting is the one hosted; a
  // standing forum named with a place and a year ("the Global Forum on Remittances in Bangkok in May 2013") is that
  // year's meeting, when its name is a meeting's and that meeting is known (a one-off "Expert Meeting … 2011" is no series).
  for (const e of ms.filter((m) => m.kind === "FORUM" && (m.isEvent || (m.via !== "coref" && MEETING_NAME.test(text.slice(m.start, m.end)))))) {
    const venue = meetingVenue(text, e, ms, ctx.cities);
    if (!venue) continue;
    // "A workshop on the GFMD 2012 was held in Kenya": a verb after a meeting named inside another phrase
    // tells where that phrase's head took place, not the meeting.
    if (venue.verb && INSIDE_PHRASE.test(text.slice(Math.max(0, e.start - 30), e.start))) continue;
    // An agency's own meeting is held where the agency sits; the country there did not host it unless the text says so.
    if (ctx.organizationsOwn?.(e.id) && !venue.statedHost) continue;
    // So is a meeting an organization holds ("The commission also held the Regional Workshop on X in Cairo in 2009").
    const holder = [...ms].reverse().find((m) => m.end <= e.start);
    // A state's own ministry or secretariat ("Mexico's Secretariat of Foreign Affairs organised …") holds it for the state.
    const stateBody = holder && (STATE_BODY.test(text.slice(holder.start, holder.end)) || ms.some((c) => c.kind === "COUNTRY" && c.end <= holder.start && /^[’']s\s+(?:the\s+)?$/.test(text.slice(c.end, holder.start))));
    if (holder?.kind === "ORGANIZATION" && !stateBody && ORGANIZATION_HELD.test(text.slice(holder.end, e.start)) && !venue.statedHost) continue;
    // … and so is the sitting an organization adopted a text at (ADOPTED_AT).
    const adopter = ms.find((m) => m.kind === "ORGANIZATION" && m.end <= e.start && !STATE_BODY.test(text.slice(m.start, m.end)) && ADOPTED_AT.test(text.slice(m.end, e.start)));
    if (adopter && !venue.statedHost) continue;
    // … and so is one an organization is said to have convened after its name ("The Fifth Conference, convened by the
    // commission in Nairobi, …"): the venue's state is not said to host it.
    const convener = ms.find((m) => m.start > e.end && HELD_BY.test(text.slice(e.end, m.start)));
    // A state among the conveners ("organised by IOM and the Government of Greece in Athens") may still be the host.
    const conveners = convener ? ms.filter((m) => m.start >= convener.start && m.start < venue.at) : [];
    if (convener?.kind === "ORGANIZATION" && !conveners.some((m) => m.kind === "COUNTRY" || STATE_BODY.test(text.slice(m.start, m.end))) && !venue.statedHost) continue;
    // A sentence that names the meeting's hosts ("took place in Geneva, co-hosted by Colombia and Japan") leaves the
    // venue's country none: a host is never taken from the venue where the text says who hosted.
    if (!venue.statedHost && HOSTS_STATED.test(text)) continue;
    // A meeting of no series the page only describes ("a pledging conference … was convened in Geneva", describedMeeting.ts)
    // is often called by others in a city that lends a room: its venue's state hosted it only where the text says so.
    if (!venue.statedHost && e.isEvent && ctx.parentOf(e.id) === e.id && /^an?\s/i.test(text.slice(e.start, e.end))) continue;
    const method = ms.some((m) => m.start === venue.at && m.kind === "COUNTRY") ? "event-in-country" : "event-in-city";
    let target: string | null;
    // "the first Senior Officials' Meeting of the Abu Dhabi Dialogue in Dubai": the place is the part's, not a meeting of the whole.
    if (!e.isEvent) target = venue.year && !/\bof\s+(?:the\s+)?(?:[\w-]+\s+)?$/i.test(text.slice(Math.max(0, e.start - 30), e.start)) ? ctx.eventFor(e.id, venue.year, true) : null;
    // Only a meeting already known: "following the conference in Yemen in 2008" names some conference, not the series' own.
    else target = venue.year && venue.year !== ctx.yearOf?.(e.id) ? ctx.eventFor(ctx.parentOf(e.id), venue.year, true) : e.id;
    if (target) add("HOSTED", venue.country, target, method, 0.75);
  }

  // Co-agents of the lead ("led by A together with B", "implemented by A jointly with B") lead with it, which the
  // ontology's LEADS covers; partners named after the implementing body ("JMDI … implemented by UNDP in partnership with ILO, IOM and
  // UNFPA") and bodies an initiative engages or includes take part in it.
  for (const p of text.matchAll(JOINT_PARTNERS)) {
    const type = CO_LEADING.test(p[0]) ? "LEADS" : "PARTICIPATES_IN";
    const initiative = [...ms].reverse().find((m) => m.kind === "INITIATIVE" && m.end <= p.index! && p.index! - m.end <= 120);
    if (!initiative) continue;
    const from = p.index! + p[0].length;
    const partners = listAt(ms.filter((m) => m.kind === "ORGANIZATION"), text, from, Math.min(endOfClause(text, from), from + 160));
    // "run by UNDP, together with a report by UNHCR": the partners open the phrase after the connector.
    if (partners[0] && text.slice(from, partners[0].start).trim() !== "") continue;
    for (const o of partners) add(type, o.id, initiative.id, "implementing-partners", 0.7);
  }

  // Forum meetings belong to their forum; the sentence naming "the 2010 GFMD" is the evidence.
  // "Mexico hosted the Special Summit of the Americas in 2004": a name that sets one sitting apart, with no ordinal before
  // it, is that sitting alone; its undated copy is no series it belongs to ("the second Special Meeting on X" is one).
  const oneSitting = (m: M) => ONE_SITTING_OPENING.test(text.slice(m.start, m.end).replace(/^the\s+/i, "")) && ONE_SITTING_SERIES.test(ctx.parentOf(m.id));
  // "Bolivia hosted the Summit of the Americas on Sustainable Development in Santa Cruz de la Sierra": a name closed by its
  // venue is one sitting's, and its undated copy, venue and all, no series (venueInSeriesName.ts).
  const placedName = (m: M) => venueInSeriesName(text.slice(m.start, m.end), ctx.parentOf(m.id), ctx.cities);
  for (const m of ms) if (m.isEvent && m.via !== "coref" && !placedSeriesTitle(text, m, ms, ctx.cities) && !oneSitting(m) && !placedName(m)) add("PART_OF", m.id, ctx.parentOf(m.id), "event-name", 0.9);

  // GFMD support sections: the chapter's agency supports the forum it reports on.
  if (owner && passage.sectionKey === "gfmd-support" && !/\b(not|no|none|never|should|will|plans?)\b/i.test(text)) {
    for (const m of ms) {
      if (m.kind === "FORUM" && /GFMD|Global Forum/.test(text.slice(m.start, m.end)) && /\b(contribut|support|provid|present|prepar|input|paper|submit)\w*/i.test(text)) {
        add("SUPPORTS", owner, m.isEvent ? ctx.parentOf(m.id) : m.id, "chapter-section", 0.7);
      }
    }
  }

  // An organization's name printed on an initiative is its own: "IOM’s Migration Profiles", "the UNICEF Multiple Indicator
  // Cluster Surveys". Printed on a convention ("Colombia has not ratified the ILO Migration for Employment Convention") it
  // says only where the text was adopted: promoting or supervising it (PROMOTES) must be stated in words, which the
  // predicate readers read.
  for (let i = 0; i + 1 < ms.length; i++) {
    const [o, x] = [ms[i]!, ms[i + 1]!];
    if (o.kind !== "ORGANIZATION" || o.via === "coref" || !/^(?:[’']s)?\s+$/.test(text.slice(o.end, x.start))) continue;
    if (x.kind === "INITIATIVE") add("LEADS", o.id, x.id, "name-prefix", 0.75);
  }

  // "one of the flagship programmes of IOM, Migration for Development in Africa (MIDA)".
  for (const o of ms) {
    if (o.kind !== "ORGANIZATION" || !/\b(?:programmes?|programs?|projects?|initiatives?) of (?:the\s+)?$/i.test(text.slice(Math.max(0, o.start - 30), o.start))) continue;
    const ini = ms.find((m) => m.kind === "INITIATIVE" && m.start >= o.end && /^[\s,:–-]*(?:the\s+)?$/.test(text.slice(o.end, m.start)));
    if (ini) add("LEADS", o.id, ini.id, "programme-of", 0.75);
  }
}
