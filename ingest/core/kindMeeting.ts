import { HELD_MEETING_WORDS } from "./heldMeetingWords.js";
import { PUBLICATION_HEADS } from "./kindRules.js";
import { isoDate } from "./months.js";
import { occasionAfter, type Occasion } from "./meetingOccasion.js";
import { ORDINAL, ordinalNumber } from "./ordinals.js";
import { sentenceAround } from "./sentenceAround.js";
import { SERIES_HEAD_OF, seriesHasHead } from "./seriesHeadComplement.js";
import { cityRightAfter, clauseAfter, venueAndYearAfter } from "./venueYearMeeting.js";
import { NOT_A_DAY, type SeriesMeetingPhrase } from "./seriesMeetingPhrases.js";
import type { Mention } from "./types.js";
import { meetingKindWords, meetingNounsWhere } from "./meetingNouns.js";
import { citySitting, OF_OWN_DATE } from "./citySitting.js";

/**
 * A meeting named by its kind alone, with the place and the day (or month) it was held, on a page or in a sentence about
 * one series (DATED_KIND_MEETING): "Its present form dates from a Ministerial Conference held in Baku on 5 June 2013",
 * "A technical meeting took place in Port Louis on 8 February 2017", "In October 2016 a workshop in Prague wound up
 * …", "A second ministerial meeting followed in November 2011 in Tallinn". A venue and a date together make it one
 * meeting that was held; the series is the one its sentence names when that sentence reports a meeting, else, in a
 * sentence that names no series, the one the passage named last, else the one its section or page is about.
 * A year and a capitalised kind ("The 2019 Senior Officials' Meeting") name one meeting without a venue.
 * Left alone: a phrase with a complement of its own ("a meeting of migrant advocates", "a workshop on data"), a
 * meeting some body in its sentence holds or organises ("UNODC held a workshop in Vienna on 2 May 2019", "… held in
 * Addis Ababa in May 2008 by the AU Commission and IOM"), a meeting still to come ("will be held", "is planned") and
 * one used as a date ("since a meeting in Rome in 2016").
 */
export const DATED_KIND_MEETING = {
  id: "dated-kind-meeting",
  positive: [
    { text: "The Caspian Mobility Process is a regional consultative process. Its present form dates from a Ministerial Conference held in Baku on 5 June 2013.", title: "Caspian Mobility Process", event: "Caspian Mobility Process meeting, Baku, 5 June 2013" },
    { text: "Work between meetings is done by experts. A technical meeting took place in Port Louis on 8 February 2017 under the chairmanship of Mauritius.", title: "Indian Ocean Labour Dialogue", event: "Indian Ocean Labour Dialogue meeting, Port Louis, 8 February 2017" },
    { text: "The Yellow Sea Labour Process was founded in 2009. In October 2016 a workshop in Seoul wound up its work on data.", title: "Page", event: "Yellow Sea Labour Process meeting, Seoul, October 2016" },
    { text: "The Baltic Sea Migration Process first met in Riga in 2009. A second ministerial meeting followed in November 2011 in Tallinn, Estonia.", title: "Page", event: "Baltic Sea Migration Process meeting, Tallinn, November 2011" },
    { text: "The Baltic Sea Migration Process first met in Riga in 2009. A second ministerial meeting followed in November 2011 in Tartu, Estonia.", title: "Page", event: "Baltic Sea Migration Process meeting, November 2011" },
    { text: "The Horn of Africa Mobility Dialogue brings together eight states. The 2019 Senior Officials' Meeting was chaired by Djibouti.", title: "Horn of Africa Mobility Dialogue", event: "Horn of Africa Mobility Dialogue 2019" },
    { text: "The Coral Sea Labour Dialogue was founded in 2009.\n\nMilestones\n- 14 May 2012 - A technical workshop in Jakarta reviews recruitment fees.", title: "Coral Sea Labour Dialogue", event: "Coral Sea Labour Dialogue 2012" },
    // A year and a lower-case kind, reported as held somewhere no list knows: that year's sitting, a new one.
    { text: "The Tatra Process gathers the interior ministers of five states.\n\nThe 2023 meeting took place in Štrbské Pleso. Poland was host.", title: "Tatra Process", event: "Tatra Process 2023" },
    // A year and a lower-case kind whose own clause gives a day of that year: that year's sitting, held.
    { text: "The Tatra Process gathers the interior ministers of five states. Its ministers went back to Zakopane for the 2022 meeting, from 3 to 4 June 2022.", title: "Tatra Process", event: "Tatra Process 2022" },
    // "The <year> edition": a series that meets once a year calls a sitting its edition; hosting or chairing it says it was held.
    { text: "The Loire Wine Trade Forum meets every autumn in a member region. The 2018 edition was hosted by France in Tours.", title: "Loire Wine Trade Forum", event: "Loire Wine Trade Forum 2018" },
    { text: "The Baltic Amber Dialogue gathers the culture ministers of three states. Latvia hosted the 2021 edition in Riga.", title: "Baltic Amber Dialogue", event: "Baltic Amber Dialogue 2021" },
    { text: "The Mosel Freight Dialogue is a yearly meeting of inland port authorities. The 2015 meeting was chaired by Luxembourg.", title: "Mosel Freight Dialogue", event: "Mosel Freight Dialogue 2015" },
    // A kind word of the table in meetingNouns.ts (MEETING_KIND_WORDS): an informal or working-level sitting.
    { text: "The Tatra Process gathers the interior ministers of five states. Slovakia hosted the tenth informal meeting in Bratislava in June 2021.", title: "Tatra Process", event: "Tatra Process 2021" },
    // Who sits says the kind ("a meeting of home ministers"); a part of a month still dates it ("in early May").
    { text: "The Tasman Home Affairs Dialogue gathers the home ministers of the region. The fourth informal meeting of home ministers took place in Wellington on 3 May 2016.", title: "Tasman Home Affairs Dialogue", event: "Tasman Home Affairs Dialogue 2016" },
    { text: "The Tasman Home Affairs Dialogue gathers the home ministers of the region. New Zealand hosted the fifth informal meeting in Wellington in early May 2017.", title: "Tasman Home Affairs Dialogue", event: "Tasman Home Affairs Dialogue 2017" },
    // A numbered sitting with its own day, at a venue no list of cities knows.
    { text: "The Tatra Process gathers the interior ministers of five states. The sixth informal meeting took place at the Tatra Congress Hall on 8 September 2017.", title: "Tatra Process", event: "Tatra Process 2017" },
    // A venue told by the kind of place it is ("the Peruvian port city of Callao", "the Bolivian capital, La Paz") before its name.
    { text: "The Andean Return Dialogue brings together five states. The fourth ministerial meeting took place in the Peruvian port city of Callao on 9 June 2018.", title: "Andean Return Dialogue", event: "Andean Return Dialogue 2018" },
    { text: "The Andean Return Dialogue brings together five states. The fifth ministerial meeting took place in the Bolivian capital, La Paz, from 2 to 4 May 2019.", title: "Andean Return Dialogue", event: "Andean Return Dialogue meeting, La Paz, 2 May 2019" },
    // A page about two processes: the part headed by the second speaks of the second, though the title names the first.
    { text: "The Danube Return Process\n\nThe Danube Return Process was set up in 2004.\n\nThe Aegean Process\n\nReadmission is the business of the Aegean Dialogue on Return and Readmission.\n\nIts current form dates from a Ministerial Conference held in Athens on 9 May 2014.", title: "Two dialogues: the Danube Return Process and the Aegean Process", event: "Aegean Dialogue on Return and Readmission 2014" },
  ],
  negative: [
    { text: "The Danube Migration Dialogue met in Vienna in 2019. UNODC held a workshop in Vienna on 2 May 2019 on trafficking in persons.", title: "Danube Migration Dialogue", event: "Danube Migration Dialogue meeting, Vienna, 2 May 2019" },
    { text: "A ministerial conference will be held in Sofia in June 2027.", title: "Black Sea Return Dialogue", event: "Black Sea Return Dialogue meeting, Sofia, June 2027" },
    { text: "The Andean Return Dialogue brings together five states. The sixth ministerial meeting will take place in the Peruvian port city of Callao on 9 June 2028.", title: "Andean Return Dialogue", event: "Andean Return Dialogue 2028" },
    // The day after it is of another year: the clause prepares the meeting, it does not hold it.
    { text: "The Tatra Process gathers the interior ministers of five states. Its officials met in Zakopane to prepare the 2023 meeting, on 3 June 2022.", title: "Tatra Process", event: "Tatra Process 2023" },
    { text: "The Tatra Process gathers the interior ministers of five states. An informal meeting of NGO leaders took place in Bratislava on 3 May 2021.", title: "Tatra Process", event: "Tatra Process 2021" },
    // Ministers of another body: the complement goes on, and the meeting is that body's.
    { text: "The Tatra Process gathers the interior ministers of five states. A meeting of interior ministers of the Nordic Council took place in Bratislava on 3 May 2021.", title: "Tatra Process", event: "Tatra Process 2021" },
    // "Its sixth meeting" at an unlisted venue after another body's sentence: whose meeting it is stays unread here.
    { text: "The Tatra Process gathers the interior ministers of five states. The Danube Border Group is its partner. Its sixth meeting took place at the Tatra Congress Hall on 8 September 2017.", title: "Tatra Process", event: "Tatra Process 2017" },
    // No number: a date alone at a venue no list knows does not tell which sitting it was.
    { text: "The Tatra Process gathers the interior ministers of five states. An informal meeting took place at the Tatra Congress Hall on 8 September 2017.", title: "Tatra Process", event: "Tatra Process 2017" },
    { text: "The Coral Sea Labour Dialogue was founded in 2009.\n\nMilestones\n- 14 May 2012 - A technical workshop in Jakarta is planned for the autumn.", title: "Coral Sea Labour Dialogue", event: "Coral Sea Labour Dialogue 2012" },
    // An edition of a publication, one still to come, or an edition with no year: no sitting.
    { text: "The Loire Wine Trade Forum publishes a yearly survey of growers. The 2019 edition of its survey was funded by France.", title: "Loire Wine Trade Forum", event: "Loire Wine Trade Forum 2019" },
    { text: "The Baltic Amber Dialogue gathers the culture ministers of three states. The 2027 edition is to be hosted by Estonia in Tallinn.", title: "Baltic Amber Dialogue", event: "Baltic Amber Dialogue 2027" },
    { text: "The Baltic Amber Dialogue gathers the culture ministers of three states. Latvia hosted the latest edition in Riga.", title: "Baltic Amber Dialogue", event: "Baltic Amber Dialogue meeting, Riga" },
    // A publication named in the sentence before: the edition is the publication's, whoever paid for it or where.
    { text: "The Baltic Amber Dialogue prints an annual atlas of amber routes. Estonia sponsored the 2020 edition in Tallinn.", title: "Baltic Amber Dialogue", event: "Baltic Amber Dialogue 2020" },
    { text: "The Baltic Amber Dialogue keeps a yearbook of museum loans. Latvia printed the 2022 edition in Riga.", title: "Baltic Amber Dialogue", event: "Baltic Amber Dialogue 2022" },
    // The year's meeting of another body named in the sentence.
    { text: "The Mosel Freight Dialogue is a yearly meeting of inland port authorities. The 2015 meeting of the Rhine Barge Council was chaired by Luxembourg.", title: "Mosel Freight Dialogue", event: "Mosel Freight Dialogue 2015" },
    { text: "Since the 2013 Ministerial Conference, Fiji has led the work on data.", title: "Pacific Labour Dialogue", event: "Pacific Labour Dialogue 2013" },
    { text: "The Tatra Process gathers the interior ministers of five states. Poland has sent a minister to every session since the 2013 meeting took place.", title: "Tatra Process", event: "Tatra Process 2013" },
    { text: "The idea was first floated at a workshop held in Addis Ababa in May 2008 by the African Union Commission and IOM.", title: "Horn Mobility Process", event: "Horn Mobility Process meeting, Addis Ababa, May 2008" },
    { text: "The Andes Return Process grew out of a meeting of migrant advocates in Lima on 3 March 1990.", title: "Andes Return Process", event: "Andes Return Process meeting, Lima, 3 March 1990" },
    { text: "The Danube Return Process\n\nThe Danube Return Process was set up in 2004.\n\nThe Aegean Process\n\nReadmission is the business of the Aegean Dialogue on Return and Readmission.\n\nIts current form dates from a Ministerial Conference held in Athens on 9 May 2014.", title: "Two dialogues: the Danube Return Process and the Aegean Process", event: "Danube Return Process 2014" },
  ],
};

/** Words that say what kind of meeting it is, in either case ("ministerial", "Senior Officials'"). */
const eitherCase = (words: string[]) => words.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join("|");
const KIND = `(?:${meetingKindWords("kindMeeting", "either")})`;
/** A one-off head; "a session" is as often a part of a meeting, and a symposium is never read as a series' sitting here. */
const NOUN = `(${eitherCase([...meetingNounsWhere((n) => !!n.oneOff, ["session", "symposium"]), "edition"])})`;
/** "edition" names a sitting only with its year ("the 2019 edition"), and never with a complement of its own ("the 2019 edition of its survey"). */
const EDITION = /^edition$/i;
/** A publication noun (PUBLICATION_HEADS) but "series", which meetings form too: an edition near it may be the publication's. */
const PUBLICATION_NOUN = new RegExp(String.raw`\b(?:${PUBLICATION_HEADS.words.filter((w) => !/^series$/i.test(w)).join("|")})\b`, "i");
/** A verb of holding that governs the edition, as its object ("Latvia hosted the 2021 edition") or its subject ("… was hosted by"). */
const EDITION_HELD_BEFORE = /\b(?:hosted|co-hosted|organi[sz]ed|held|convened|chaired|co-chaired|opened)\s+$/i;
const EDITION_HELD_AFTER = /^\s+(?:(?:was|were)\s+(?:held|hosted|co-hosted|organi[sz]ed|convened|chaired|co-chaired|opened)|took\s+place|met)\b/;
/**
 * "the 2019 edition" is a sitting only when a verb of holding governs it and neither its sentence nor the one before
 * names a publication: "publishes a yearly handbook … funded the 2019 edition" is the handbook's.
 */
function editionHeld(text: string, start: number, end: number): boolean {
  if (!EDITION_HELD_BEFORE.test(text.slice(Math.max(0, start - 30), start)) && !EDITION_HELD_AFTER.test(text.slice(end, end + 30))) return false;
  const { from, to } = sentenceAround(text, start, end);
  const before = from > 1 ? sentenceAround(text, from - 2, from - 2).from : from;
  return !PUBLICATION_NOUN.test(text.slice(before, to));
}
/** "the previous ministerial conference", "its last meeting": the latest one before the time the text speaks of. */
const LATEST = String.raw`(?:previous|preceding|latest|last|most\s+recent)`;
/** A capitalised word or two that is no kind word, before the kind: the sitting's host city, checked by citySitting. */
const PLACE_WORD = String.raw`(?!(?:${KIND})\s)[A-Z][A-Za-zÀ-ž’'-]+`;
/**
 * "the sixth informal meeting of interior ministers": who sits says the kind of sitting, as "ministerial" does; a meeting
 * of others ("a meeting of NGO leaders") keeps a complement of its own.
 */
const OF_SITTERS = String.raw`(?:\s+of\s+(?:[a-z]+\s+)?(?:ministers|senior\s+officials)\b(?!\s+of\b))`;
const KIND_MEETING = new RegExp(String.raw`\b(?:[Aa]n?|[Tt]he|[Ii]ts)\s+(?:${LATEST}\s+)?(?:${ORDINAL}\s+)?(?:(?<place>${PLACE_WORD}(?:\s+${PLACE_WORD})?)\s+)?((?:${KIND}\s+){0,3})${NOUN}\b${OF_SITTERS}?${SERIES_HEAD_OF}?(?!\s+(?:${OF_OWN_DATE}|${NOT_A_DAY}|for|to|with|between|about)\b)(?!\s+[A-Z])`, "g");
const { notHeld: NOT_HELD, asDate: AS_DATE, frontedDate: FRONTED_DATE } = HELD_MEETING_WORDS;
/**
 * "the plan adopted at the previous ministerial conference": a meeting a text was adopted at. The body named before it
 * is the text adopted there, not a body that holds the meeting, so the meeting is left to its series.
 */
const ADOPTED_AT = /\b(?:adopted|agreed|endorsed|approved|signed)\s+(?:at|during)\s+$/;
/** A verb of being held right after "the <year> meeting": that year's sitting is reported, not used as a date. */
const YEAR_SITTING_HELD = /^\s+(?:was\s+(?:held|convened|hosted|chaired|co-chaired|opened)|took\s+place|met)\b/;
/** The organiser after the phrase: "… held in Addis Ababa in May 2008 by the AU Commission". */
const BY_AFTER = /^[^.;]{0,80}?\b(?:by|with)\s+(?:the\s+)?$/;

export interface KindMeetingContext {
  /** The one series a sentence reporting a meeting names, else null (seriesMeetingPhrases.ts). */
  onlySeriesOfSentence: (start: number, end: number) => string | null;
  namesNoSeries: (start: number, end: number) => boolean;
  /** The series this passage named last before a point, with no fallback to earlier passages. */
  passageSeries: (before: number) => string | null;
  lastSeries: (before: number) => string | null;
  topicSeries: () => string | null;
  /** The one series the section heading names, else the one an earlier passage of the same section named last. */
  sectionSeries: () => string | null;
  /** Whether the last forum the passage named before a point is a governing body, whose sitting a bare one is (bodyNamedLast.ts). */
  bodySitting: (before: number) => boolean;
  cities: ReadonlyMap<string, string>;
}

export function kindMeetings(text: string, sorted: Mention[], ctx: KindMeetingContext): SeriesMeetingPhrase[] {
  const out: SeriesMeetingPhrase[] = [];
  // A series this passage named, else the one its section is about or an earlier passage of the section named, else
  // the page's, else one an earlier passage named: a section headed by one process speaks of its meetings though the
  // passage before it ended on another process, and a page about two processes speaks of the second in its own part.
  const seriesAbout = (start: number) => ctx.passageSeries(start) ?? ctx.sectionSeries() ?? ctx.topicSeries() ?? ctx.lastSeries(start);
  for (const k of text.matchAll(KIND_MEETING)) {
    const start = k.index! + k[0].search(/\S/);
    const end = k.index! + k[0].length;
    if (sorted.some((m) => m.localStart < end && start < m.localEnd)) continue;
    // "The 2019 Senior Officials' Meeting": a year and a kind name one meeting, dated without a venue.
    const yearNamed = k[1] && /^(?:19|20)\d{2}$/.test(k[1]) ? Number(k[1]) : null;
    // A lower-case kind with its year names one meeting where a known venue follows ("The 2017 ministerial meeting in
    // Kumasi", venueYearMeeting.ts); else a capitalised one is needed.
    const yearCity = yearNamed && /^[Tt]he\s/.test(k[0].trimStart()) ? cityRightAfter(text, end, ctx.cities) : undefined;
    // "The 2021 meeting took place in Tema": the phrase reports its own sitting, wherever it was (YEAR_SITTING_HELD).
    // "back in Tema for the 2019 meeting, from 4 to 6 March 2019": a day of that year in its own clause says the sitting was held.
    const yearHeld = yearNamed && /^[Tt]he\s/.test(k[0].trimStart()) && (YEAR_SITTING_HELD.test(text.slice(end, end + 30)) || !!occasionAfter(text, end, ctx.cities).date?.startsWith(String(yearNamed)));
    if (yearNamed && !yearCity && !yearHeld && (!/^[Tt]he\s/.test(k[0].trimStart()) || !/^[A-Z]/.test(k[3]!))) continue;
    if (EDITION.test(k[4]!) && (!yearNamed || (!k[5] && /^\s+of\b/.test(text.slice(end, end + 5))) || !editionHeld(text, start, end))) continue;
    const ordinal = yearNamed ? undefined : k[1];
    const { from, to } = sentenceAround(text, start, end);
    const sentence = text.slice(from, to);
    if (NOT_HELD.test(sentence) || AS_DATE.test(text.slice(from, start))) continue;
    // "The Manila meeting of September 2017": a sitting named by its host city and dated by its own words (CITY_SITTING).
    const place = k.groups?.place;
    const cityNamed = place ? citySitting(text, end, place, ctx.cities) : null;
    if (place && !cityNamed) continue;
    const held = cityNamed ?? (yearNamed ? { year: yearNamed, occasion: yearCity ? { city: yearCity } : undefined } : heldWhereAndWhen(text, from, start, end, sorted, ctx.cities, !!ordinal && /^[Tt]he\s/.test(k[0].trimStart())) ?? venueAndYearAfter(text, end, ctx.cities));
    if (!held) continue;
    // Some body named before it in its sentence, or after "by" / "with", holds the meeting: no series' own.
    const bodies = sorted.filter((m) => m.localStart >= from && m.localEnd <= to && (m.kind === "ORGANIZATION" || m.kind === "INITIATIVE"));
    // A text adopted at it ("the plan adopted at the previous ministerial conference") is no body holding it.
    const adoptedAt = ADOPTED_AT.test(text.slice(from, start));
    if (bodies.some((m) => (m.localEnd <= start && !adoptedAt) || BY_AFTER.test(text.slice(end, m.localStart)))) continue;
    const parentId = ctx.onlySeriesOfSentence(start, end) ?? (ctx.namesNoSeries(start, end) && !ctx.bodySitting(start) ? seriesAbout(start) : null);
    if (!parentId) continue;
    // "the last ministerial conference of the Dialogue": the complement must be the series' own head word; a place right
    // after it is the sitting's venue only when it is a known city ("of the Process in Lomé", not "in Asia").
    if (k[5] && (!seriesHasHead(parentId, k[5]) || (/^\s+in\s+[A-Z]/.test(text.slice(end, end + 5)) && !cityRightAfter(text, end, ctx.cities)))) continue;
    const noun = k[4]!.toLowerCase();
    const n = ordinal ? ordinalNumber(ordinal) : null;
    const kind = `${k[3]!.trim().toLowerCase()} ${noun}`.replace(/\s+/g, " ").trim();
    out.push({ start, end, parentId, key: n ? `${n} ${noun}` : String(held.year), ...(n ? { kind: `${n} ${kind}` } : {}), needsYear: false, year: held.year, ...(held.occasion ? { occasion: held.occasion } : {}) });
  }
  return out;
}

/** The year of a meeting whose phrase states both a known city and a day or month, after it or fronting its sentence. */
function heldWhereAndWhen(text: string, from: number, start: number, end: number, sorted: Mention[], cities: ReadonlyMap<string, string>, numbered = false): { year: number; occasion: Occasion } | null {
  const after = occasionAfter(text, end, cities);
  if (after.date && after.city) return { year: Number(after.date.slice(0, 4)), occasion: after };
  // "the sixth informal meeting … took place at the Brdo Congress Centre on 8 September 2017": a numbered sitting and
  // its own date tell one meeting apart, wherever no list knows the venue (NUMBERED_DATED_KIND). Only "the": whose
  // meeting "its sixth meeting" is, is for the reader of "its" to say.
  if (after.date && numbered) return { year: Number(after.date.slice(0, 4)), occasion: after };
  // "… followed in November 2011 in Poznan, Poland": a city no list knows, placed by the country named after it.
  if (after.date && inCountry(text, end, sorted)) return { year: Number(after.date.slice(0, 4)), occasion: after };
  const fronted = FRONTED_DATE.exec(text.slice(from, start));
  const city = fronted ? cityRightAfter(text, end, cities) : undefined;
  if (fronted && city) return { year: Number(fronted[3]), occasion: { date: isoDate(fronted[1], fronted[2]!, fronted[3]!), city } };
  return null;
}

/** "in Poznan, Poland", "in Lomé (Togo)": a venue in the clause after the phrase that ends on a country's name. */
const VENUE_IN_COUNTRY = /\b(?:in|at)\s+[A-Z][\p{L}'’.-]+(?:\s[A-Z][\p{L}'’.-]+){0,2}(?:,\s*|\s+\()(?:the\s+)?$/u;

function inCountry(text: string, end: number, sorted: Mention[]): boolean {
  const clauseEnd = end + clauseAfter(text, end).length;
  return sorted.some((m) => m.kind === "COUNTRY" && m.localStart > end && m.localEnd <= clauseEnd && VENUE_IN_COUNTRY.test(text.slice(end, m.localStart)));
}
