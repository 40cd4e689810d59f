import type { EntityKind } from "../../src/ontology/ontology.js";
import { escapeRegExp } from "./escapeRegExp.js";
import { SAME_THING_MODIFIERS } from "./meetingNouns.js";
import { remembered } from "./remembered.js";

/**
 * Definite descriptions as data: "the Task Force", "the centre", "the event", "this window".
 * A head word names what kind of thing is meant; coreference.ts resolves the description to an
 * entity named earlier in the same section (or, failing that, the chapter's agency or the page's
 * topic).
 *  - `carries`: the entity's own name must contain the head word ("the Task Force" is the
 *    "… Task Force on …" named before, never any forum). A bare head word like "group" or
 *    "centre" says too little about the kind to be taken on kind alone.
 *  - `event`: the description speaks of a dated meeting ("the event", "the meeting"); only a
 *    meeting already named can be meant.
 *  - Heads without `carries` or `event` (programme, treaty …) take the most recent entity of their
 *    kind: a page about one programme says "the programme" for it even where the name lacks the word.
 * When two entities that carry the head word were named in the same sentence ("the Bali Process
 * and the Colombo Process"), "the Process" after it is ambiguous and resolves to neither.
 */
export interface DescriptionHead {
  /** Head, one or two words; alternatives spelled out ("organization organisation"). Written capitalised, a head is read only so ("the Convention", not "the convention"). */
  words: string[];
  kinds: EntityKind[];
  carries?: boolean;
  event?: boolean;
  /** Names a part of another entity (a programme's phase), never a class a body is defined as (definedClass.ts). */
  part?: boolean;
  /** Where no name in reach carries the head, the only body of the head's own kinds named in the section (describedReferent.ts). */
  sole?: boolean;
  /**
   * The entity must be the only one named in the section whose name carries the head, or else the section's or page's own
   * subject named last: "the agreement" after two agreements were named may be either (describedReferent.ts).
   */
  unique?: boolean;
}

export const DESCRIPTION_HEADS: DescriptionHead[] = [
  // Capitalised "the Conference", like "the Consultation", names the standing body whose name carries it
  // ("the South American Conference on Migration … the Conference gathers"); lower-case "the conference" is a meeting.
  { words: ["forum", "process", "dialogue", "Consultation", "Consultations", "Conference"], kinds: ["FORUM"], carries: true },
  // "the group", "the body" say what sort of thing by their class alone: a name that carries the word is meant first
  // ("the Contact Group"); where none does, the one forum (or, for "the body", the one forum or organization) the section
  // has named ("The Pacific Rim Consultation … the group was chaired by Chile"), and none where two are in reach.
  { words: ["group"], kinds: ["FORUM"], carries: true, sole: true },
  { words: ["body"], kinds: ["FORUM", "ORGANIZATION"], carries: true, sole: true },
  { words: ["task force", "working group", "steering committee", "core group", "network", "alliance"], kinds: ["FORUM", "INITIATIVE", "ORGANIZATION"], carries: true },
  { words: ["programme", "program", "project", "initiative", "facility", "platform", "campaign", "partnership"], kinds: ["INITIATIVE"] },
  // "the mechanism", "the statute", "the strategy", "the action plan": only one whose name says so ("… Transit Mechanism").
  { words: ["database", "observatory", "academy", "scheme", "compact", "Pact", "framework", "agenda", "window", "trust fund", "mechanism", "statute", "strategy", "action plan"], kinds: ["INITIATIVE"], carries: true },
  // "the site", "the portal": an online service, only one whose name carries the word or that the page defined as one
  // ("X, a website on which …", definedClass.ts); "the site of the meeting" is a place and no description ("of" after it).
  { words: ["site", "website", "portal"], kinds: ["INITIATIVE"], carries: true },
  // Capitalised "the Fund" is the fund or the body named before whose name carries it ("the EU Regional Trust Fund for X …
  // the Fund works in"; "the International Fund for Y … the Fund's board"); lower-case "the fund" may be any money.
  { words: ["Fund"], kinds: ["INITIATIVE", "ORGANIZATION"], carries: true },
  // "The third phase is funded by …": a programme's phase the text named ("… Phase III", programmePhases.ts), by its number.
  { words: ["phase"], kinds: ["INITIATIVE"], carries: true, part: true },
  // "the Convention" after two conventions whose names carry the word may be either, unless the page's own was named last.
  { words: ["treaty", "Convention", "Protocol", "Covenant", "instrument"], kinds: ["CONVENTION"], unique: true },
  // "the agreement", "the Arrangement", "the declaration": a text whose own name says so ("ASEAN Agreement on the Movement of
  // Natural Persons … Thailand ratified the agreement"); an agreement or declaration left unnamed is none of them, and where
  // the section has named two, only the page's or section's own one named last is meant.
  { words: ["agreement", "Arrangement", "declaration", "Charter"], kinds: ["CONVENTION"], carries: true, unique: true },
  {
    words: ["division", "office", "unit", "agency", "centre", "center", "committee", "commission", "department", "secretariat", "board", "council", "institute", "bank", "organization", "organisation", "bureau", "directorate"],
    kinds: ["ORGANIZATION"],
    carries: true,
  },
  // "the ministry", "the Authority", "the Foundation": a body whose own name says so ("Ministry of Overseas Pakistanis …
  // they belong to the Ministry"); where the section has named two ministries, only the page's own one named last.
  { words: ["ministry", "authority", "foundation"], kinds: ["ORGANIZATION"], carries: true, unique: true },
  // Capitalised "the Community", "the Union", "the Association" name the regional body whose name carries it ("the Andean
  // Community … the Community's committee"); lower-case "the community" is people, "the association" any club.
  { words: ["Community", "Union", "Association"], kinds: ["ORGANIZATION"], carries: true },
  // An office named by the title of the one who heads it ("Office of the UN High Commissioner for Refugees"): "the High
  // Commissioner" convening or opening a meeting is that office acting through its head, as "IOM Director General X
  // attended" is IOM. Capitalised only, and only an office whose name carries the title ("the high commissioner of a
  // state's mission" is nobody's office).
  { words: ["High Commissioner"], kinds: ["ORGANIZATION"], carries: true },
  // Lower-case "the consultation", "the session" speak of one meeting; "the Consultation" names the standing forum.
  // News wording too: "Malta hosted the talks", "the gathering was attended by" speak of the meeting named before.
  { words: ["event", "meeting", "summit", "conference", "consultation", "session", "talks", "gathering"], kinds: ["FORUM"], event: true },
  // "the workshop", "the retreat": a meeting whose own name or description says so (a described meeting, describedMeeting.ts);
  // never the last meeting of another kind ("the workshop" after a conference is some other sitting).
  { words: ["workshop", "seminar", "symposium", "retreat", "round table"], kinds: ["FORUM"], event: true, carries: true },
];

/** Spellings that name the same head: a name with "Center" carries "the centre". */
const SPELLINGS: Record<string, string> = { center: "centre", organisation: "organization", program: "programme", consultations: "consultation", website: "site", portal: "site" };
export const spelling = (w: string): string => w.split(" ").map((x) => SPELLINGS[x] ?? x).join(" ");

// A head is looked up as written first ("Consultation" and "consultation" are two heads), then in lower case.
const byWord = new Map<string, DescriptionHead>(DESCRIPTION_HEADS.flatMap((h) => h.words.map((w) => [w, h] as const)));
for (const h of DESCRIPTION_HEADS) for (const w of h.words) if (!byWord.has(w.toLowerCase())) byWord.set(w.toLowerCase(), h);
export const headFor = (phrase: string): DescriptionHead | undefined => {
  const written = phrase.replace(/\s+/g, " ");
  return byWord.get(written) ?? byWord.get(written.toLowerCase());
};

// Longest heads first, so "the working group" is not read as "the group".
const caseOf = (w: string) => (/^[A-Z]/.test(w) ? w : w.replace(/\b([a-z])/g, (c) => `[${c.toUpperCase()}${c}]`));
const alternatives = DESCRIPTION_HEADS.flatMap((h) => h.words)
  .sort((a, b) => b.length - a.length)
  .map((w) => caseOf(w).replace(/ /g, "\\s+"))
  .join("|");
const ORDINAL = "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|next|previous|last|same|\\d{1,2}(?:st|nd|rd|th))";

/**
 * "Wednesday's talks", "Friday's two-day meeting": in a news report the day names the meeting it reports as "the" does;
 * only before a meeting's head ("Monday's programme" is no description).
 */
const EVENT_WORDS = DESCRIPTION_HEADS.filter((h) => h.event).flatMap((h) => h.words);
const WEEKDAY_OWNER = `(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s(?=\\s+(?:${SAME_THING_MODIFIERS}\\s+)?(?:${EVENT_WORDS.join("|")})\\b)`;
/**
 * "the Task Force", "the second Forum", "this window": an article or demonstrative, an optional
 * ordinal, the head; not followed by "of"/"for"/"on" or a capitalised word, which make it the start
 * of a name or of a new phrase ("the organization of the meeting", "the Forum on Remittances"), nor by a quoted title,
 * which the head only classes ("UNDP runs the project "Joint Support to X"": that project, not one named before). A possessive
 * description is its owner ("the project's donors include A"), except before a capitalised name, which is the
 * owner's own body ("the Process's Steering Committee").
 */
export const DEFINITE_DESCRIPTION = new RegExp(`\\b(?:[Tt]he|[Tt]his|[Tt]hat|${WEEKDAY_OWNER})\\s+(?:${ORDINAL}\\s+)?(?:${SAME_THING_MODIFIERS}\\s+)?(${alternatives})\\b(?!\\s+(?:of|for|on|[A-Z0-9"“‘«]))(?!-|[’']s?\\s+[A-Z])(?![’'](?!s?\\s))`, "g");
/**
 * "the diplomatic treaty", "the territorial convention": a lower-case word of one entity's name before a head tells
 * which of several entities of that kind is meant (coreference.ts resolves it only where exactly one name has the word).
 */
const MODIFIABLE = DESCRIPTION_HEADS.filter((h) => !h.event).flatMap((h) => h.words).filter((w) => !w.includes(" ")).map((w) => w.toLowerCase());
export const MODIFIED_DESCRIPTION = new RegExp(`\\b[Tt]he\\s+([a-z][a-z-]{3,})\\s+(${[...new Set(MODIFIABLE)].join("|")})\\b(?!\\s+(?:of|for|on|[A-Z0-9"“‘«]))`, "g");
/**
 * "This research and advocacy project", "the pilot programme": words that say what sort of programme it is, not which
 * one, before a head that takes the latest programme named ("the project"). Unlike a word of one name
 * (MODIFIED_DESCRIPTION), they pick no name: the description is the head's, as if they were not written. A word that
 * could tell two programmes apart ("the second project", "the regional programme" beside a national one) is no sort.
 */
export const PROGRAMME_SORTS = ["research", "advocacy", "pilot", "training", "exchange", "mapping", "multi-year", "two-year", "three-year", "four-year", "five-year"];
const PROGRAMME_HEADS = DESCRIPTION_HEADS.filter((h) => h.kinds.length === 1 && h.kinds[0] === "INITIATIVE" && !h.carries && !h.event).flatMap((h) => h.words);
const SORT = `(?:${PROGRAMME_SORTS.join("|")})`;
export const SORTED_DESCRIPTION = new RegExp(`\\b(?:[Tt]he|[Tt]his|[Tt]hat)\\s+${SORT}(?:(?:,\\s*|\\s+and\\s+)${SORT})*\\s+(${PROGRAMME_HEADS.join("|")})\\b(?!\\s+(?:of|for|on|[A-Z0-9"“‘«]))(?!-|[’']s?\\s+[A-Z])`, "g");

/** "the Forum in Mexico" is one of the Forum's meetings, not the Forum; "the conference in Yemen" may be any conference held there. */
export const VENUE_AFTER = /^\s+in\s+[A-Z]/;

// Asked for every salient entity at every description: the answer depends on the two strings alone (remembered.ts).
const carried = remembered((key) => {
  const at = key.indexOf("\u0000");
  return readCarriesHead(key.slice(at + 1), key.slice(0, at));
}, 100_000);

/** Does an entity's name (or one of its aliases, "|"-joined) carry the head word? */
export function carriesHead(names: string, head: string): boolean {
  return carried(`${head}\u0000${names}`);
}

/**
 * Words that may follow a name's own head: "Global Forum on Migration", "Programme of Action", "Fund for Africa", and
 * a number ("Phase II"). Any other word after the head word means it modifies a later head ("Bali Process Steering
 * Group" is a group). A comma ends the words that may follow the head: each comma-parted field of a name is read as a
 * name of its own ("Tasman Labour Process meeting, Wellington, 3 March 2021" is headed by "meeting").
 */
const AFTER_HEAD = new Set(["of", "on", "for", "in", "against", "to", "and", "between", "with", "among", "from"]);

/**
 * The head word must be the name's own head: not a word of another body's name inside it, whether that name comes
 * after "of the" ("Steering Group of the Bali Process" is no process) or before the head ("Bali Process Steering
 * Group"), so that a generic body named after its owner does not answer for the owner.
 */
function readCarriesHead(names: string, head: string): boolean {
  const h = spelling(head.toLowerCase()).split(" ");
  return names.toLowerCase().split("|").some((alias) => {
    // A comma right after the head closes the name's own words: "X meeting, Wellington, 3 March 2021" (a meeting's
    // occasion name) is headed by "meeting" as "X meeting, 3 March 2021" is.
    alias = alias.replace(/,.*$/, (rest) => (new RegExp(`\\b${escapeRegExp(h[h.length - 1]!)}s?\\s*$`).test(alias.slice(0, alias.length - rest.length)) ? "" : rest));
    const words = alias.replace(/[^a-z0-9]+/g, " ").trim().split(" ").map(spelling);
    for (let i = 0; i + h.length <= words.length; i++) {
      const last = words[i + h.length - 1]!;
      if (!h.every((w, k) => (k === h.length - 1 ? last === w || last === `${w}s` : words[i + k] === w))) continue;
      const next = words[i + h.length];
      if (next !== undefined && !AFTER_HEAD.has(next) && !/^(?:[ivx]+|\d+)$/.test(next)) continue;
      if (words.slice(0, i).join(" ").match(/\bof the\b/)) continue;
      return true;
    }
    return false;
  });
}
