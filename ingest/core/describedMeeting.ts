import { entityId } from "../../src/ontology/ids.js";
import { HELD_MEETING_WORDS } from "./heldMeetingWords.js";
import type { MeetingMention } from "./MeetingMention.js";
import { occasionAfter } from "./meetingOccasion.js";
import { ONE_OFF_NOUNS } from "./meetingNouns.js";
import { knownCityName } from "./meetingVenue.js";
import { sentenceAround } from "./sentenceAround.js";
import { statedYears } from "./statedYears.js";
import type { TripleExamples } from "./TripleExamples.js";
import type { Mention } from "./types.js";

/**
 * A meeting the page describes but never names (DESCRIBED_MEETING): an indefinite kind noun with a lower-case topic
 * ("an informal meeting on artisanal fishers", "a pledging conference for displaced herders") that its own sentence
 * holds ("held", "convened", "took place") in a city the catalog places, in one stated year. The description is the
 * meeting's name and, with the year, its natural key: two mentions of one sitting fold, a sitting of another year does
 * not. It has no series: a page that names an owner or a series ("a meeting of the X Group") is read by kindMeeting.ts.
 * Left alone: a meeting still to come, called off or only discussed (no holding verb, or HELD_MEETING_WORDS.notHeld),
 * one used as a date, plural or generic meetings, and a sentence that describes two meetings (which one a later
 * "the meeting" means is unsure).
 */
export const DESCRIBED_MEETING = {
  id: "described-meeting",
  positive: [
    { text: "An expert meeting on lagoon boat crews was held in Lomé on 4 May 2019. Togo hosted the meeting.", event: "expert meeting on lagoon boat crews 2019" },
    { text: "In 2015 the ministries held a technical workshop on herder mobility in Bamako.", event: "technical workshop on herder mobility 2015" },
    { text: "Officials gathered in Nairobi for a regional consultation on pastoral routes, which took place on 3 March 2021.", event: "regional consultation on pastoral routes 2021" },
    { text: "A round table for returning fishers was convened in Dakar in November 2016.", event: "round table for returning fishers 2016" },
    // The venue is the one its own clause states, not a place the sentence names before it.
    { text: "Based in Geneva, the secretariat convened a workshop on herder mobility in Bamako in 2015.", event: "workshop on herder mobility 2015", city: "Bamako" },
  ],
  negative: [
    // Still to come, called off, or only talked about.
    { text: "An expert meeting on lagoon boat crews will be held in Cotonou in 2027.", event: "expert meeting on lagoon boat crews 2027" },
    { text: "A technical workshop on herder mobility planned for Bamako in 2020 was cancelled.", event: "technical workshop on herder mobility 2020" },
    { text: "The ministers discussed a workshop on herder mobility in Bamako in 2019.", event: "workshop on herder mobility 2019" },
    // No year, or no city the catalog places: not one sitting.
    { text: "An expert meeting on lagoon boat crews was held in Cotonou.", event: "expert meeting on lagoon boat crews" },
    // Two described meetings in one sentence.
    { text: "A technical meeting on port data was held in Lomé on 4 May 2019 and a ministerial meeting on port data was held in Cotonou on 6 May 2019.", event: "technical meeting on port data 2019" },
    // Plural, generic meetings.
    { text: "Meetings on port data were held in Lomé in 2019.", event: "meetings on port data 2019" },
    // A part of another meeting: a session, a side event, a workshop held during it.
    { text: "A session on lagoon boat crews was held in Lomé on 4 May 2019.", event: "session on lagoon boat crews 2019" },
    { text: "A side event on herder mobility was held in Bamako in 2015.", event: "side event on herder mobility 2015" },
    { text: "A workshop on herder mobility was held in Bamako in 2015 during the annual forum of the Sahel ministries.", event: "workshop on herder mobility 2015" },
    // Used as a date.
    { text: "Since a workshop on herder mobility held in Bamako in 2015, the ministries share data.", event: "workshop on herder mobility 2015" },
  ],
};

/**
 * Kind nouns a described meeting may be headed by: the one-off heads, and the kinds only a description uses. "a session
 * on X" is as often a part of a larger meeting, so it is left out.
 */
const NOUNS = [...ONE_OFF_NOUNS.filter((n) => n !== "session"), "round table", "retreat", "event", "dialogue"].map((n) => n.replace(/ /g, "\\s+")).join("|");
/** Words that end the topic: the holding clause, a place or a date after it. */
const STOP = String.raw`(?:held|convened|organi[sz]ed|hosted|co-hosted|took|was|were|which|that|in|at|on(?=\s+\d)|from|by|with|and\s+(?:a|an|the)|to)`;
/** A topic word: lower case, possibly with an apostrophe or a hyphen ("fishers'", "high-level"). */
const WORD = String.raw`[a-z][\p{Ll}'’-]*`;
/**
 * "an informal meeting on artisanal fishers", "a pledging conference for displaced herders": an indefinite article, up
 * to three lower-case kind words, the noun, and a topic of lower-case words after "on", "for" or "about"; the
 * topic runs to the holding clause, a comma or the sentence's end.
 */
const DESCRIBED = new RegExp(
  String.raw`\b[Aa]n?\s+((?:(?!(?:possible|new|next|such|proposed|future|side|parallel|breakout)\b)${WORD}\s+){0,3}?)(${NOUNS})\s+(on|for|about)\s+((?:(?!${STOP}\b)${WORD}\s+){0,5}?(?!${STOP}\b)${WORD})(?=\s*(?:[,.;]|$|\s+${STOP}\b))`,
  "gu",
);
/** A verb that holds the meeting, after the description or before it ("held a workshop on …"). */
const HELD_AFTER = /^[\s,]*(?:which\s+)?(?:(?:was|were)\s+)?(?:held|convened|organi[sz]ed|took\s+place|hosted|co-hosted)\b/;
const HELD_BEFORE = /\b(?:held|convened|organi[sz]ed|hosted|co-hosted|attended)\s+$/;
/** People who met somewhere for it: "gathered in Lusaka for a …", "met in Lima for a …". */
const GATHERED_FOR = /\b(?:gathered|met|convened|assembled)\s+in\s+[A-Z][^.;]{0,40}?\s+(?:for|at)\s+$/;
/** A part of another meeting: "… held during the X", "on the sidelines of the Y", "alongside the Z". */
const PART_OF_ANOTHER = /\b(?:during|alongside|on\s+the\s+(?:margins|sidelines|fringes?)\s+of|in\s+the\s+margins\s+of|as\s+part\s+of|within)\s+(?:the|its|their)\b/;
/** "in Lima", "in Phnom Penh": a place after "in". */
const IN_PLACE = /\bin\s+([A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]+){0,2})/gu;

/** The meetings a passage describes (DESCRIBED_MEETING), each a discovered FORUM event with no series. */
export function describedMeetings(text: string, sorted: readonly Mention[], cities: ReadonlyMap<string, string>): MeetingMention[] {
  const found = [...text.matchAll(DESCRIBED)];
  const out: MeetingMention[] = [];
  for (const k of found) {
    const start = k.index! + k[0].search(/\S/);
    const end = k.index! + k[0].length;
    if (sorted.some((m) => m.localStart < end && start < m.localEnd)) continue;
    const { from, to } = sentenceAround(text, start, end);
    // Two descriptions in one sentence: which sitting the clause holds, and which one "the meeting" means, is unsure.
    if (found.some((o) => o !== k && o.index! >= from && o.index! < to)) continue;
    const sentence = text.slice(from, to);
    if (HELD_MEETING_WORDS.notHeld.test(sentence) || HELD_MEETING_WORDS.asDate.test(text.slice(from, start))) continue;
    const before = text.slice(from, start);
    const held = HELD_AFTER.test(text.slice(end, end + 40)) || HELD_BEFORE.test(before) || GATHERED_FOR.test(before);
    if (!held) continue;
    const years = statedYears(sentence);
    const all = sentence.match(/\b(?:19|20)\d{2}\b/g) ?? [];
    // One year, however often a dateline and the clause repeat it ("Accra, 3 May 2019 - … held on 3 May 2019").
    if (years.size !== 1 || new Set(all).size !== 1) continue;
    const year = Number([...years][0]);
    if (PART_OF_ANOTHER.test(text.slice(end, to))) continue;
    // The venue the clause after the description states, else one before it ("gathered in Lusaka for a …").
    const placeIn = (words: string) => [...words.matchAll(IN_PLACE)].map((p) => knownCityName(p[1]!, cities)).find((c) => !!c);
    const city = placeIn(text.slice(end, to)) ?? placeIn(before);
    if (!city) continue;
    const name = `${k[1]!}${k[2]!} ${k[3]!} ${k[4]!}`.replace(/\s+/g, " ");
    const stated = occasionAfter(text, end, cities);
    const date = stated.date?.startsWith(String(year)) ? stated.date : undefined;
    // The day and city go with the meeting itself: a one-off has no series whose meetings they would tell apart.
    const occasion = { ...(date ? { date } : {}), city };
    out.push({ start, end, entity: { key: entityId("FORUM", `${name} ${year}`), kind: "FORUM", name, acronym: null, isEvent: true, year, alias: `${name} ${year}`, occasion } });
  }
  return out;
}

/**
 * What a described meeting carries, through the whole pipeline ([type, sourceId, targetId]); test/unit/describedMeeting.test.ts
 * runs them: "the workshop" refers to it, its venue's state is no host unless the text says so, and "the workshop" after a
 * meeting of another kind refers to nothing.
 */
export const DESCRIBED_MEETING_LINKS: TripleExamples = {
  positive: [
    { text: "A regional workshop on river pilots was held in Lomé on 9 May 2021. Togo hosted the workshop, and Ghana took part in it.", expect: ["HOSTED", "ctry:tg", "forum:regional-workshop-on-river-pilots-2021"] },
    { text: "An informal meeting on herder routes took place in Bamako in 2015. Niger chaired the meeting.", expect: ["CHAIRED", "ctry:ne", "forum:informal-meeting-on-herder-routes-2015"] },
    // The sentence's own year is the sitting's.
    { text: "A seminar on tea pickers was held in Kampala in 2011. Rwanda hosted the seminar in 2011.", expect: ["HOSTED", "ctry:rw", "forum:seminar-on-tea-pickers-2011"] },
  ],
  negative: [
    // A room in a city: the venue's state is not said to host it.
    { text: "A pledging conference for lake fishers was convened in Geneva on 4 April 2019. Norway chaired the conference.", expect: ["HOSTED", "ctry:ch", "forum:pledging-conference-for-lake-fishers-2019"] },
    // "the workshop" is no conference named before it.
    { text: "A pledging conference for lake fishers was convened in Geneva on 4 April 2019. Later, Ghana hosted the workshop.", expect: ["HOSTED", "ctry:gh", "forum:pledging-conference-for-lake-fishers-2019"] },
    // A sentence of another year speaks of another sitting (coreference.ts, otherYear).
    { text: "A seminar on tea pickers was held in Kampala in 2011. Rwanda hosted the seminar in 2013.", expect: ["HOSTED", "ctry:rw", "forum:seminar-on-tea-pickers-2011"] },
    { text: "A regional forum on ferry crews was held in Mombasa in 2009. In 2012 the Lake Basin Commission met in Kisumu; Uganda chaired the meeting.", expect: ["CHAIRED", "ctry:ug", "forum:regional-forum-on-ferry-crews-2009"] },
  ],
};
