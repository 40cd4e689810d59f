import { datelineYear } from "./dateline.js";
import { headWord } from "./headKind.js";
import type { NameRule } from "./NameRule.js";
import { sectionYear } from "./sectionYear.js";
import { sentenceAround } from "./sentenceAround.js";
import { statedYears } from "./statedYears.js";
import type { DiscoveredName, Mention } from "./types.js";
import { ONE_OFF_NOUNS } from "./meetingNouns.js";
import { datelineOccasion, occasionAfter } from "./meetingOccasion.js";
import { adjunctYear, oneOffDatedBefore } from "./meetingDateAdjunct.js";

/**
 * A conference no catalog lists and no ordinal makes a series ("the London Conference on X", "an Expert Meeting on
 * Y") is one event. When the text dates it — a year right after its name, "the 2016 X", a sentence that holds it
 * ("was convened in Geneva in May 2016", "Norway hosted the X in 2016"), or the dateline of the paragraph whose
 * sentence holds it and states no year ("London, 4 February 2016. The X was convened …") — it is a dated meeting
 * of that year with no parent: the name stays, "<name> <year>" is another name of it (as meetings.ts names the
 * meetings of a series). A year that only bounds a period ("since 2013") dates nothing, and a name the document
 * also reads as a series (a numbered or dated meeting of it) is no one-off.
 */
export const DATED_ONE_OFF_MEETINGS: NameRule = {
  id: "dated-one-off-meetings",
  what: "A discovered one-off meeting (head Conference, Meeting, Summit, Workshop, Seminar, Symposium, Consultation, Session) that the text dates where it holds or names it is a meeting of that year, with '<name> <year>' as another name; a news lead (the sentence a paragraph's dateline opens) that names it and looks neither ahead nor back holds it; without a holding act or a dateline a year in the sentence dates nothing, nor does it when the sentence sets the meeting years away from it ('two years later').",
  words: ONE_OFF_NOUNS,
  positive: [
    { text: "Oslo, 3 March 2016. The Oslo Conference on Coastal Refugees was convened jointly by Norway and the United Nations.", name: "Oslo Conference on Coastal Refugees", kind: "FORUM", year: 2016 },
    { text: "UNHCR convened an Expert Meeting on Coastal Rescue in Djibouti in 2011.", name: "Expert Meeting on Coastal Rescue", kind: "FORUM", year: 2011 },
    { text: "The Lagos Summit on Fishers' Mobility was held in Lagos on 4 May 2019 and adopted a plan.", name: "Lagos Summit on Fishers' Mobility", kind: "FORUM", year: 2019 },
    { text: "Delegates met again at the 2014 Andean Conference on Border Data.", name: "Andean Conference on Border Data", kind: "FORUM", year: 2014 },
    { text: "The next step was the Coastal Ministerial Conference on Fisher Mobility, which Ghana hosted in Accra from 3 to 5 June 2009.", name: "Coastal Ministerial Conference on Fisher Mobility", kind: "FORUM", year: 2009 },
    // People gathering at a known place on a date right before "for the X", or an act's date right before "at the X", hold it (meetingDateAdjunct.ts).
    { text: "Port authorities of five coastal states convened in Lomé in March 2019 for the Keta Conference on Lagoon Fishers.", name: "Keta Conference on Lagoon Fishers", kind: "FORUM", year: 2019 },
    { text: "The charter on fishing crews was signed in Cotonou on 8 March 2017, at the Bight Conference on Fishing Crews.", name: "Bight Conference on Fishing Crews", kind: "FORUM", year: 2017 },
    // A news lead reports the event it names: its dateline dates it.
    { text: "DAKAR, 9 October 2021 - Some sixty delegates filled a seaside hotel on Saturday for the Dakar Conference on Fishing Communities.", name: "Dakar Conference on Fishing Communities", kind: "FORUM", year: 2021 },
    // A description of the page's meeting renamed formally: the name is that meeting, whatever its head, dated by the page's dateline.
    { text: "Coastal states agree on fishers\n\nACCRA, 9 October 2021 - A two-day meeting in the Ghanaian capital closed on Friday with six governments adopting a joint text.\n\nThe talks, formally the Gulf Dialogue on Fishers' Mobility, ran on 8 and 9 October.", name: "Gulf Dialogue on Fishers' Mobility", kind: "FORUM", year: 2021 },
    { text: "Ministers back river basin plan\n\nVIENTIANE, 3 May 2018 - Delegations from five states spent two days in the Lao capital on the people who live along the river.\n\nThe meeting, officially known as the Mekong Conference on Riverine Livelihoods, ran until late on Friday.", name: "Mekong Conference on Riverine Livelihoods", kind: "FORUM", year: 2018 },
    // The renaming fronted as a participle whose clause has the described meeting ("it") as subject.
    { text: "Fishers' ministers close Lome talks\n\nLOME, 14 March 2022 - A three-day meeting in the Togolese capital ended on Sunday with a joint plan for boat crews.\n\nFormally called the Bight Ministerial Dialogue on Artisanal Fishers, it drew delegations from nine coastal states.", name: "Bight Ministerial Dialogue on Artisanal Fishers", kind: "FORUM", year: 2022 },
  ],
  negative: [
    { text: "The Oslo Conference on Coastal Refugees, set up in 2016, meets every year.", name: "Oslo Conference on Coastal Refugees 2016" },
    { text: "Since 2016 the Oslo Conference on Coastal Refugees has drawn many delegations.", name: "Oslo Conference on Coastal Refugees 2016" },
    { text: "Oslo, 3 March 2016. The report recalled the Oslo Conference on Coastal Refugees of 2012 and its pledges.", name: "Oslo Conference on Coastal Refugees 2016" },
    { text: "The Oslo Conference on Coastal Refugees was held in 2012. The second Oslo Conference on Coastal Refugees was held in 2014.", name: "Oslo Conference on Coastal Refugees 2012" },
    { text: "Norway hosted the Oslo Conference on Coastal Refugees in 2012 and again in 2014.", name: "Oslo Conference on Coastal Refugees 2012" },
    { text: "Ministers discussed the Coastal Ministerial Conference on Fisher Mobility, which Ghana will host in Accra in 2027.", name: "Coastal Ministerial Conference on Fisher Mobility 2027" },
    // A date something was asked for on, with no venue before it, holds no meeting.
    { text: "Benin asked on 8 March 2017 for the Bight Conference on Fishing Crews to take up port controls.", name: "Bight Conference on Fishing Crews 2017" },
    // Money given or paid to a country or a body on a date "for the X" is no gathering there.
    { text: "Sweden gave EUR 3 million to Togo in 2018 for the Lomé Conference on Port Safety.", name: "Lomé Conference on Port Safety 2018" },
    { text: "The grant was paid to Caritas in May 2019 for the Keta Conference on Lagoon Fishers.", name: "Keta Conference on Lagoon Fishers 2019" },
    // The meeting is set years away from the sentence's date: that date is of something else.
    { text: "Sweden gave EUR 3 million in 2018 to the Lomé Conference on Port Safety, which met two years later.", name: "Lomé Conference on Port Safety 2018" },
    // A gathering at a body, not a place: the date is of a meeting with it, not of the conference.
    { text: "The organisers met at Caritas in December 2018 for the Keta Conference on Lagoon Fishers.", name: "Keta Conference on Lagoon Fishers 2018" },
    // A lead that looks ahead to the event, or a later sentence of the paragraph, reports no meeting held that day.
    { text: "DAKAR, 9 October 2021 - Delegates are preparing for the Dakar Conference on Fishing Communities next spring.", name: "Dakar Conference on Fishing Communities 2021" },
    { text: "DAKAR, 9 October 2021 - Fishers protested on Saturday. Their leaders praised the Dakar Conference on Fishing Communities.", name: "Dakar Conference on Fishing Communities 2021" },
    // A standing dialogue that is not described as the page's meeting stays a series, dateline or not.
    { text: "Coastal states agree on fishers\n\nACCRA, 9 October 2021 - A two-day meeting in the Ghanaian capital closed on Friday with six governments adopting a joint text.\n\nThe talks built on the work of the Gulf Dialogue on Fishers' Mobility, which meets every year.", name: "Gulf Dialogue on Fishers' Mobility 2021" },
    // No dateline: the formal name says which meeting, not when.
    { text: "Coastal states agree on fishers\n\nThe talks, formally the Gulf Dialogue on Fishers' Mobility, ran for two days in the Ghanaian capital.", name: "Gulf Dialogue on Fishers' Mobility 2021" },
    // A fronted renaming whose clause has another subject renames that subject, not the lead's meeting.
    { text: "Fishers' ministers close Lome talks\n\nLOME, 14 March 2022 - A three-day meeting in the Togolese capital ended on Sunday with a joint plan for boat crews.\n\nFormally called the Bight Ministerial Dialogue on Artisanal Fishers, the network of port towns meets once a year.", name: "Bight Ministerial Dialogue on Artisanal Fishers 2022" },
  ],
};

const ONE_OFF_HEADS = new Set(DATED_ONE_OFF_MEETINGS.words);
/** "the X Conference 2016" (never a span "2016-2017"). */
const YEAR_RIGHT_AFTER = /^\s+((?:19|20)\d{2})\b(?!\s*[-–/]\s*\d)/;
/** "the 2016 X Conference". */
const YEAR_RIGHT_BEFORE = /(?:^|\s)[Tt]he\s+((?:19|20)\d{2})\s+$/;
/** The name acting as a meeting: "… was convened jointly by", ", held in Almaty on 5 June 2013", "took place in". */
const ACT_AFTER = /^\s*,?\s*(?:which\s+)?(?:(?:was|were)\s+)?(?:[a-z]+ly\s+)?(?:co-)?(?:held|hosted|convened|organi[sz]ed|opened|took\s+place|met)\b/;
/**
 * An object relative clause whose subject, a name of up to four words, holds it: ", which Kenya hosted in Mombasa …",
 * ", which the Government of Peru convened …". A modal or "not" between them is no past act ("which Chile will host").
 */
const ACT_AFTER_RELATIVE = /^\s*,\s*which\s+(?:the\s+)?(?:[A-Z][\p{L}'’.-]*\s+(?:of\s+(?:the\s+)?)?){1,4}(?:jointly\s+)?(?:co-)?(?:held|hosted|convened|organi[sz]ed|opened)\b/u;
/** Someone holding it: "Norway hosted the X", "was the venue of the X", "attended the X". */
const ACT_BEFORE = /\b(?:(?:co-)?(?:held|hosted|convened|organi[sz]ed|opened|attended|chaired)|venue\s+of)\s+(?:the|an?)\s+$/;
/**
 * A news lead: the sentence a paragraph's dateline opens reports the event it names ("OSLO, 3 March 2016 - Delegates
 * spent the day at a hotel for the Oslo Conference on X"), unless it looks ahead to it or back at it.
 */
export const LOOKS_AWAY = /\b(?:will|would|shall|ahead\s+of|next|upcoming|forthcoming|planned|to\s+be\s+held|recall(?:s|ed)?|earlier|previous|last|since)\b/i;
/**
 * A definite description of the meeting a news page reports, renamed by its formal name right after it: "The talks,
 * formally the Sahel Dialogue on X, ended with a joint statement", "The meeting, officially known as the Y, was
 * convened by …". The description is the event the lead reports, so the name is that one meeting, whatever its head
 * word, and the page's dateline dates it when its own sentence states no year.
 */
const FORMALLY_APPOSED = /\b[Tt]he\s+(?:meeting|talks|conference|summit|gathering|event|consultations?)\s*,\s*(?:formally|officially)\s+(?:(?:known\s+as|called|titled|entitled)\s+)?the\s+$/;
/**
 * The same renaming fronted: "Formally called the X, it ran for two days", "Officially named the Y, the gathering was
 * …". The participle opens its sentence and the clause's subject right after the name is the meeting the lead
 * described ("it", "the talks"), so the name is that meeting; any other subject ("Officially named the X, the plan …")
 * renames something else.
 */
const FRONTED_NAMING = /(?:^|[.!?]["”’]?\s+)(?:Formally|Officially)\s+(?:named|called|known\s+as|titled|entitled)\s+the\s+$/;
const FRONTED_SUBJECT = /^\s*,\s*(?:it|the\s+(?:meeting|talks|conference|summit|gathering|event|consultations?))\s+(?!will\b|would\b|is\s+to\b)/;

/** A chronology's present tense: "IOM convenes the X in Geneva" (dated by the year heading over it only). */
const ACT_BEFORE_NOW = /\b(?:co-)?(?:holds|hosts|convenes|organi[sz]es|opens|chairs)\s+(?:the|an?)\s+$/;

/** A sentence that counts years away from its date ("which met two years later") holds the meeting in another year. */
const YEARS_AWAY = /\b(?:(?:a|one|two|three|four|five|six|several|some|\d+)\s+years?\s+(?:later|earlier|on)|the\s+(?:following|next|previous)\s+year)\b/i;
/** The year the text dates this one-off meeting mention with, or null. */
export function oneOffYear(text: string, m: Mention, headingYear: number | null = null, pageYear: number | null = null, isPlace: (words: string) => boolean = () => false): number | null {
  const right = YEAR_RIGHT_AFTER.exec(text.slice(m.localEnd, m.localEnd + 12));
  if (right) return Number(right[1]);
  const left = YEAR_RIGHT_BEFORE.exec(text.slice(Math.max(0, m.localStart - 12), m.localStart));
  if (left) return Number(left[1]);
  const before = text.slice(Math.max(0, m.localStart - 40), m.localStart);
  const { from, to } = sentenceAround(text, m.localStart, m.localEnd);
  // Its own date right after the name (meetingDateAdjunct.ts).
  const adjunct = adjunctYear(before, text.slice(m.localEnd, m.localEnd + 80), text.slice(from, to), isPlace);
  if (adjunct) return adjunct;
  const after = text.slice(m.localEnd, m.localEnd + 80);
  const apposed = formallyApposed(text, m);
  const acts = apposed || ACT_AFTER.test(after) || ACT_AFTER_RELATIVE.test(after) || ACT_BEFORE.test(before) || (!!headingYear && ACT_BEFORE_NOW.test(before)) || oneOffDatedBefore(text.slice(from, m.localStart), isPlace) || datelineLead(text, from, to);
  if (!acts) return null;
  // The clause that holds the meeting states its date; two dates, or a period's bound, date nothing.
  const years = statedYears(text.slice(from, to));
  const all = text.slice(from, to).match(/\b(?:19|20)\d{2}\b/g) ?? [];
  if (years.size === 1 && all.length === 1) return YEARS_AWAY.test(text.slice(from, to)) ? null : Number([...years][0]);
  if (all.length > 0) return null;
  // A sentence with no date of its own reports the day its paragraph's dateline gives, else the year its section is.
  return datelineYear(text) ?? headingYear ?? (apposed ? pageYear : null);
}

/** Whether the mention is a formal name apposed to the page's own meeting ("The talks, formally the X"). */
export const formallyApposed = (text: string, m: Pick<Mention, "localStart" | "localEnd">): boolean =>
  FORMALLY_APPOSED.test(text.slice(Math.max(0, m.localStart - 60), m.localStart)) || (FRONTED_NAMING.test(text.slice(Math.max(0, m.localStart - 40), m.localStart)) && FRONTED_SUBJECT.test(text.slice(m.localEnd, m.localEnd + 40)));

/**
 * Whether a sentence names the event its news page reports: the mention is the formal name apposed to the lead's
 * description (formallyApposed), or the sentence is the first of a paragraph its dateline opens and neither looks
 * ahead nor back ("OSLO, 3 March 2016 - Delegates met for the Oslo Conference on X").
 */
export const namesLeadEvent = (passageText: string, sentenceIndex: number, sentence: string, m: Pick<Mention, "localStart" | "localEnd">): boolean =>
  formallyApposed(sentence, m) || (sentenceIndex === 0 && datelineLead(passageText, 0, sentence.length));

/** Whether the sentence [from, to) is the lead its paragraph's dateline opens, and neither looks ahead nor back. */
const datelineLead = (text: string, from: number, to: number): boolean => from === 0 && datelineYear(text) !== null && !LOOKS_AWAY.test(text.slice(from, to));

/** A discovered name that may be one meeting: a one-off head, no parent, not yet dated, not in the catalog. */
export function mayBeOneOff(d: DiscoveredName | undefined, anyHead = false): d is DiscoveredName {
  return !!d && d.kind === "FORUM" && !d.isEvent && !d.parentId && (anyHead || ONE_OFF_HEADS.has(headWord(d.name)?.toLowerCase() ?? ""));
}

/**
 * Dates the one-off meetings a passage holds (DATED_ONE_OFF_MEETINGS). `discovered` is the document's; a name that
 * is the parent of one of its meetings is a series, and one dated with two different years stays undated.
 */
export function dateOneOffMeetings(text: string, mentions: Mention[], discovered: Map<string, DiscoveredName>, conflicting: Set<string>, dated: Set<string>, section: string | null = null, cities: ReadonlyMap<string, string> = new Map(), pageYear: number | null = null, isPlace: (words: string) => boolean = () => false): void {
  const headingYear = sectionYear(section);
  for (const m of mentions) {
    if ((m.method !== "name-pattern" && m.method !== "acronym-definition") || conflicting.has(m.key)) continue;
    const d = discovered.get(m.key);
    const datedHere = !!d && dated.has(d.key) && !!d.isEvent;
    // A name apposed to the page's own meeting is that meeting, whatever its head word (FORMALLY_APPOSED).
    if (!d || !(datedHere || mayBeOneOff(d) || (mayBeOneOff(d, true) && formallyApposed(text, m)))) continue;
    if ([...discovered.values()].some((x) => x.parentId === d.key)) continue;
    const year = oneOffYear(text, m, headingYear, pageYear, isPlace);
    if (!year) continue;
    if (d.isEvent && d.year !== year) {
      // Two dates for one name: more than one meeting, or a series; no date is sure.
      conflicting.add(d.key);
      d.isEvent = undefined;
      d.year = undefined;
      d.alias = undefined;
      d.occasion = undefined;
      continue;
    }
    d.isEvent = true;
    d.year = year;
    d.alias = `${d.name} ${year}`;
    // Its day and city, as the clause after it or the paragraph's dateline states them, tell it by name as a chronology does.
    const stated = occasionAfter(text, m.localEnd, cities);
    const occasion = stated.date ? stated : datelineOccasion(text, m.localStart, cities);
    if (occasion.date?.startsWith(String(year)) && !d.occasion) d.occasion = occasion;
    dated.add(d.key);
  }
}

/**
 * A name the document read as a series after all (a meeting of it named later), or whose mentions state another
 * year in the words after them (meetingYears.ts splits those by year), is no dated one-off.
 */
export function undateSeries(discovered: Map<string, DiscoveredName>, dated: Set<string>, mentions: Mention[]): void {
  // Read once for all the dated names, not once per name: a long document dates many.
  const statedYears = new Map<string, number[]>();
  for (const m of mentions) if (m.statedYear && dated.has(m.key)) (statedYears.get(m.key) ?? statedYears.set(m.key, []).get(m.key)!).push(m.statedYear);
  const parents = new Set([...discovered.values()].map((x) => x.parentId));
  for (const key of dated) {
    const d = discovered.get(key);
    if (!d) continue;
    const otherYear = (statedYears.get(key) ?? []).some((year) => year !== d.year);
    if (!otherYear && !parents.has(key)) continue;
    d.isEvent = undefined;
    d.year = undefined;
    d.alias = undefined;
    d.occasion = undefined;
  }
}
