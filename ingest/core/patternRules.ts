import type { RelationType } from "../../src/ontology/ontology.js";
import type { M } from "./mentionLists.js";
import { endOfClause, listAt } from "./mentionLists.js";
import { GENERIC_NAMES, HEAD_NOUNS, NAME_CONNECTORS } from "./nameRules.js";
import type { Passage } from "./types.js";

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
}

const DEMONYM_CHAIR = /\b([A-Z][a-z]+)\s+(?:GFMD\s+|GMG\s+)?(?:Chair|Chairmanship|chairmanship|Chair-in-Office|Presidency)\b/g;
const JOINT_PARTNERS = /\b(?:implemented|run|managed|led|launched|coordinated)\s+by\s+[^;.]{0,80}?\b(?:in partnership with|in collaboration with|in cooperation with|together with|jointly with)\s+(?:the\s+)?|\bwhich (?:engages|involves|brings together|includes)\s+(?:the\s+)?/g;
const YEAR = /\b(19[5-9]\d|20[0-2]\d)\b/;
/** "the GMG working group", "a GFMD thematic meeting": a body inside the forum, not the forum itself. */
export const SUB_BODY_AFTER = /^\s*(?:[Ww]orking [Gg]roups?|[Tt]hematic|[Ss]ymposium|[Pp]rincipals|[Tt]ask [Ff]orce|[Ss]ecretariat|[Ss]upport [Uu]nit|[Ff]riends of|[Ss]ide events?|[Pp]latform)/;

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
  for (const city of cities?.keys() ?? []) {
    const at = text.indexOf(city);
    if (at !== -1 && outside(at, at + city.length)) return true;
  }
  return false;
}

export function patternRules(text: string, ms: M[], passage: Passage, add: Add, ctx: PatternContext): void {
  const owner = passage.chapterOwnerId;

  // "the first Belgian GFMD Chair in 2007", "the incoming Swedish Chair of the GFMD".
  if (ctx.demonyms?.size) {
    for (const m of text.matchAll(DEMONYM_CHAIR)) {
      const country = ctx.demonyms.get(m[1]!);
      if (!country) continue;
      const end = m.index! + m[0].length;
      const forum = ms.find((f) => f.kind === "FORUM" && f.start >= m.index! && f.start <= end + 12);
      const year = YEAR.exec(text.slice(m.index!, end + 30))?.[1] ?? null;
      if (forum) add("CHAIRED", country, forum.id, "demonym-chair", 0.75, { year: Number(year) || null, role: year });
    }
  }

  // A meeting and its host: "the third GFMD in Athens on 4 and 5 November 2009", "the GFMD 2012 in Mauritius",
  // "The fourth Ministerial Consultation … took place in Colombo".
  // When the host is followed by its own year ("in Mauritius in 2012") that year's meeting is the one hosted.
  for (const e of ms.filter((m) => m.isEvent)) {
    const after = text.slice(e.end, e.end + 60);
    const place = /^\s*(?:,\s*)?(?:(?:(?:which|that)\s+)?(?:(?:was|were)\s+)?(?:held|hosted|took place|convened)\s+)?(?:in|by(?: the Government of)?)\s+(?:the\s+)?([A-Z][a-z]+(?: [A-Z][a-z]+)?)/.exec(after);
    if (!place) continue;
    // "A workshop on the GFMD 2012 was held in Kenya": a verb after a meeting named inside another phrase
    // tells where that phrase's head took place, not the meeting.
    if (/\b(?:held|hosted|took place|convened)\b/.test(place[0]) && INSIDE_PHRASE.test(text.slice(Math.max(0, e.start - 30), e.start))) continue;
    const at = e.end + place.index + place[0].length - place[1]!.length;
    const country = ms.find((m) => m.kind === "COUNTRY" && m.start === at)?.id ?? ctx.cities?.get(place[1]!) ?? ctx.cities?.get(place[1]!.split(" ")[0]!);
    if (!country) continue;
    const ownYear = /^\s*(?:,\s*)?in\s+((?:19|20)\d{2})\b/.exec(text.slice(at + place[1]!.length, at + place[1]!.length + 12))?.[1];
    // Only a meeting already known: "following the conference in Yemen in 2008" names some conference, not the series' own.
    const target = ownYear ? ctx.eventFor(ctx.parentOf(e.id), Number(ownYear), true) : e.id;
    if (target) add("HOSTED", country, target, ms.some((m) => m.start === at) ? "event-in-country" : "event-in-city", 0.75);
  }

  // Partners named next to the organization implementing an initiative take part in it:
  // "JMDI … implemented by UNDP in partnership with ILO, IOM and UNFPA".
  for (const p of text.matchAll(JOINT_PARTNERS)) {
    const initiative = [...ms].reverse().find((m) => m.kind === "INITIATIVE" && m.end <= p.index! && p.index! - m.end <= 120);
    if (!initiative) continue;
    const from = p.index! + p[0].length;
    for (const o of listAt(ms.filter((m) => m.kind === "ORGANIZATION"), text, from, Math.min(endOfClause(text, from), from + 160))) add("PARTICIPATES_IN", o.id, initiative.id, "implementing-partners", 0.7);
  }

  // Forum meetings belong to their forum; the sentence naming "the 2010 GFMD" is the evidence.
  for (const m of ms) if (m.isEvent && m.via !== "coref" && !placedSeriesTitle(text, m, ms, ctx.cities)) add("PART_OF", m.id, ctx.parentOf(m.id), "event-name", 0.9);

  // GFMD support sections: the chapter's agency supports the forum it reports on.
  if (owner && passage.sectionKey === "gfmd-support" && !/\b(not|no|none|never|should|will|plans?)\b/i.test(text)) {
    for (const m of ms) {
      if (m.kind === "FORUM" && /GFMD|Global Forum/.test(text.slice(m.start, m.end)) && /\b(contribut|support|provid|present|prepar|input|paper|submit)\w*/i.test(text)) {
        add("SUPPORTS", owner, m.isEvent ? ctx.parentOf(m.id) : m.id, "chapter-section", 0.7);
      }
    }
  }

  // An organization's name printed on a convention or initiative: "ILO Domestic Workers Convention", "IOM’s Migration Profiles".
  for (let i = 0; i + 1 < ms.length; i++) {
    const [o, x] = [ms[i]!, ms[i + 1]!];
    if (o.kind !== "ORGANIZATION" || o.via === "coref" || !/^(?:[’']s)?\s+$/.test(text.slice(o.end, x.start))) continue;
    if (x.kind === "CONVENTION") add("PROMOTES", o.id, x.id, "name-prefix", 0.7);
    if (x.kind === "INITIATIVE") add("LEADS", o.id, x.id, "name-prefix", 0.75);
  }

  // "one of the flagship programmes of IOM, Migration for Development in Africa (MIDA)".
  for (const o of ms) {
    if (o.kind !== "ORGANIZATION" || !/\b(?:programmes?|programs?|projects?|initiatives?) of (?:the\s+)?$/i.test(text.slice(Math.max(0, o.start - 30), o.start))) continue;
    const ini = ms.find((m) => m.kind === "INITIATIVE" && m.start >= o.end && /^[\s,:–-]*(?:the\s+)?$/.test(text.slice(o.end, m.start)));
    if (ini) add("LEADS", o.id, ini.id, "programme-of", 0.75);
  }
}
