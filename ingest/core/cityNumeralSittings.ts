import { HELD_MEETING_WORDS } from "./heldMeetingWords.js";
import { MEETING_NOUN_ROWS } from "./meetingNouns.js";
import { romanNumber } from "./ordinals.js";
import type { SeriesMeetingPhrase } from "./seriesMeetingPhrases.js";
import { sentenceAround } from "./sentenceAround.js";
import type { Mention } from "./types.js";
import { slugify } from "../../src/ontology/ids.js";

/**
 * A series named after a city numbers its sittings with that city and a Roman numeral: "Tatra IV met in Kraków in May
 * 2019" is the fourth sitting of the Tatra Process, where the page names a series whose name is the city word(s) and
 * one head word ("forum:tatra-process"). The numeral is the sitting's ordinal, so two mentions of it are one meeting and
 * "Tatra V" another. Left alone: a city and numeral with no such series on the page ("Vatican II", "Paris III"), a
 * numeral that runs on into a name ("Tatra IV Declaration", "Tatra II Programme"), and a sitting still to come.
 */
export const CITY_NUMERAL_SITTING = {
  id: "city-numeral-sitting",
  positive: [
    { title: "Tatra Process", text: "The Tatra Process gathers the interior ministers of five states. Tatra IV met in Kraków in May 2019, with Poland as host.", event: "Tatra Process 2019" },
    { title: "Page", text: "Slovakia joined the Tatra Process in 2016. Officials from Bratislava went to Tatra III, which Hungary hosted in Eger on 4 June 2018.", event: "Tatra Process 2018" },
    // An apposition in a meeting's words keeps it a sitting.
    { title: "Tatra Process", text: "The Tatra Process gathers the interior ministers of five states. Tatra IV, the fourth ministerial meeting, took place in Kraków in May 2019.", event: "Tatra Process 2019" },
    { title: "Lagoon Dialogue", text: "The Keta Dialogue links fishing ministries along the Gulf of Guinea. Benin hosted Keta II in Cotonou in 2021.", event: "Keta Dialogue 2021" },
    // Named in apposition to its kind, the venue after: the city in the name is not where it met (meetingOccasion.ts).
    { title: "Niamey Dialogue", text: "The Niamey Dialogue brings labour ministries of the Sahel together. Its fourth sitting, Niamey IV, was convened in Bamako in October 2022 under a Malian chair.", event: "Niamey Dialogue meeting, Bamako, October 2022" },
  ],
  negative: [
    // No series of that city on the page: the numeral names something else.
    { title: "Page", text: "The Danube Council gathers interior ministers. Tatra IV met in Kraków in May 2019.", event: "Danube Council 2019" },
    // The numeral runs on into the name of a text or programme.
    { title: "Tatra Process", text: "The Tatra Process gathers the interior ministers of five states. The Tatra IV Declaration was signed in Kraków in May 2019.", event: "Tatra Process 2019" },
    // A name word after the numeral: a building named for the sitting, not the sitting (the lookahead's own case).
    { title: "Tatra Process", text: "The Tatra Process gathers the interior ministers of five states. Officials went to the Tatra II Summit Hall, which Hungary hosted in Eger on 4 June 2018.", event: "Tatra II of the Tatra Process" },
    { title: "Niamey Dialogue", text: "The Niamey Dialogue brings labour ministries of the Sahel together. Its fourth sitting, Niamey IV, was convened in Bamako in October 2022 under a Malian chair.", event: "Niamey Dialogue meeting, Niamey, October 2022" },
    // An apposition that calls the name a place: no sitting, whatever the sentence then says of it.
    { title: "Tatra Process", text: "The Tatra Process gathers the interior ministers of five states. Tatra II, an office tower, hosted the 2018 ministerial conference of the Process.", event: "Tatra II of the Tatra Process" },
    // A sitting still to come.
    { title: "Tatra Process", text: "The Tatra Process gathers the interior ministers of five states. Tatra IX will be held in Kraków in May 2031.", event: "Tatra Process 2031" },
  ],
};

/**
 * One or two capitalised words right before a Roman numeral that ends the phrase: no name word after it, nor a
 * lower-case word other than a preposition, a conjunction or a verb a sitting takes ("the Paris II agreement", "in
 * Quito I found" name no sitting).
 */
const CITY_NUMERAL = /\b((?:[A-Z][\p{L}'’-]+\s+)?[A-Z][\p{L}'’-]+)\s+([IVX]{1,5})\b(?![’'-]|\s+[A-Z][a-z]|\s+(?!(?:in|at|on|of|and|or|to|from|was|were|met|took|opened|ended|closed|which|where|had|has|also|then)\b)[a-z])/gu;


/**
 * An apposition right after the numeral that says what the name is ("Prague IV, a business park, …") calls it a place
 * or a thing unless its words are a meeting's ("Tatra IV, the fourth ministerial meeting, …").
 */
const MEETING_WORDS = [...MEETING_NOUN_ROWS.flatMap((n) => [n.noun, n.plural]), "sitting", "sittings", "gathering", "edition"].join("|");
const APPOSED_THING = new RegExp(`^,\\s+(?:a|an|the)\\s+(?![^,.;:]*\\b(?:${MEETING_WORDS})\\b)`, "i");

/**
 * The numbered sittings "<City> <numeral>" names (CITY_NUMERAL_SITTING), each of the one series among `candidates`
 * (the series the page and passage name) whose id is the city's slug and one head word.
 */
export function cityNumeralSittings(text: string, sorted: Mention[], candidates: (at: number) => Iterable<string>): SeriesMeetingPhrase[] {
  const out: SeriesMeetingPhrase[] = [];
  for (const k of text.matchAll(CITY_NUMERAL)) {
    const start = k.index!;
    const end = start + k[0].length;
    // A name the page already reads as something else (a person's "Pope Pius XI", a series "… Process II") is left to it.
    if (sorted.some((m) => m.localStart < end && start < m.localEnd)) continue;
    if (APPOSED_THING.test(text.slice(end, end + 80))) continue;
    const n = romanNumber(k[2]!);
    if (!n) continue;
    const city = slugify(k[1]!);
    const series = [...new Set([...candidates(start)].filter((id) => {
      const rest = id.replace(/^[a-z]+:/, "");
      return rest.startsWith(`${city}-`) && !rest.slice(city.length + 1).includes("-");
    }))];
    if (series.length !== 1) continue;
    const { from, to } = sentenceAround(text, start, end);
    if (HELD_MEETING_WORDS.notHeld.test(text.slice(from, to))) continue;
    out.push({ start, end, parentId: series[0]!, key: `${n} meeting`, kind: `${n} meeting`, needsYear: false });
  }
  return out;
}
