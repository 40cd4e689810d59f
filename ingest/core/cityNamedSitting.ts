import { HELD_MEETING_WORDS } from "./heldMeetingWords.js";
import { knownCityName } from "./meetingVenue.js";
import { MONTH } from "./months.js";
import type { EntityRecord, Mention, StructuredDocument } from "./types.js";

/**
 * CITY_NAMED_SITTING: a sitting written only by its host city and a lower-case meeting noun ("the Kyiv meeting adopted
 * a resolution", "Twenty states attended the London conference", "the Brisbane talks") is the sitting the page has
 * dated and placed in that city: the same node, named another way. The page must hold exactly one sitting held in that
 * city (its venue read with its date by any of the sitting readers, in a heading, a row or a sentence, before or after
 * the phrase); with none the phrase says no more than "a meeting there", and with two it does not say which. Read in
 * pipeline.ts once the document is related, so that the sittings its headings and rows make are known; where a phrase
 * is read, the document is related again with the new mentions.
 * Left alone: a city no list knows, a noun in the plural ("the Geneva sessions"), a noun that heads a longer phrase
 * ("the Bangkok conference centre"), a phrase with its own date (CITY_SITTING reads "the Manila meeting of September
 * 2017"), a sitting still to come, and a city that is only where a body sits ("the Geneva secretariat").
 */
export const CITY_NAMED_SITTING = {
  id: "city-named-sitting",
  positive: [
    { title: "Tasman Labour Dialogue", text: "The Tasman Labour Dialogue gathers ministers of the region. A ministerial meeting was held in Auckland on 3 June 2016. Fiji and Samoa attended the Auckland meeting.", expect: ["PARTICIPATES_IN", "Fiji", "Tasman Labour Dialogue 2016"] },
    { title: "Straits Crime Dialogue", text: "The Straits Crime Dialogue gathers the home affairs ministers of the region.\n\nThe fourth ministerial conference took place in Manila from 3 to 5 May 2017.\n\nThailand and Malaysia took part in the Manila conference.", expect: ["PARTICIPATES_IN", "Thailand", "Straits Crime Dialogue 2017"] },
    { title: "Coral Sea Dialogue", text: "The Coral Sea Dialogue brings the heads of government of the region together. Its second summit took place in Brisbane on 19 July 2013. Vanuatu took part in the Brisbane talks.", expect: ["PARTICIPATES_IN", "Vanuatu", "Coral Sea Dialogue 2013"] },
  ],
  negative: [
    // No sitting in that city read on the page: "the Auckland meeting" may be any sitting held there.
    { title: "Tasman Labour Dialogue", text: "The Tasman Labour Dialogue gathers ministers of the region. A ministerial meeting was held in Wellington on 3 June 2016. Fiji and Samoa attended the Auckland meeting.", expect: ["PARTICIPATES_IN", "Fiji", "Tasman Labour Dialogue 2016"] },
    // Two sittings in that city: the phrase does not say which.
    { title: "Tasman Labour Dialogue", text: "The Tasman Labour Dialogue gathers ministers of the region. A ministerial meeting was held in Auckland on 3 June 2016. A ministerial meeting was held in Auckland on 5 May 2019. Fiji and Samoa attended the Auckland meeting.", expect: ["PARTICIPATES_IN", "Fiji", "Tasman Labour Dialogue 2016"] },
    // A plural names no one sitting.
    { title: "Tasman Labour Dialogue", text: "The Tasman Labour Dialogue gathers ministers of the region. A ministerial meeting was held in Auckland on 3 June 2016. Fiji and Samoa attended the Auckland meetings.", expect: ["PARTICIPATES_IN", "Fiji", "Tasman Labour Dialogue 2016"] },
    // The noun heads a longer phrase: a building, not a sitting.
    { title: "Tasman Labour Dialogue", text: "The Tasman Labour Dialogue gathers ministers of the region. A ministerial meeting was held in Auckland on 3 June 2016. Fiji opened the Auckland conference centre.", expect: ["PARTICIPATES_IN", "Fiji", "Tasman Labour Dialogue 2016"] },
    // Another year stated with the phrase: another sitting in that city.
    { title: "Tasman Labour Dialogue", text: "The Tasman Labour Dialogue gathers ministers of the region. A ministerial meeting was held in Auckland on 3 June 2016. In 2019 Fiji and Samoa attended the Auckland meeting.", expect: ["PARTICIPATES_IN", "Fiji", "Tasman Labour Dialogue 2016"] },
    // A city that is only where the secretariat sits names no sitting.
    { title: "Tasman Labour Dialogue", text: "The Tasman Labour Dialogue gathers ministers of the region; its secretariat is in Auckland. A ministerial meeting was held in Suva on 3 June 2016. Fiji and Samoa attended the Auckland meeting.", expect: ["PARTICIPATES_IN", "Fiji", "Tasman Labour Dialogue 2016"] },
    // Still to come.
    { title: "Tasman Labour Dialogue", text: "The Tasman Labour Dialogue gathers ministers of the region. A ministerial meeting was held in Auckland on 3 June 2016. Fiji will attend the next Auckland meeting.", expect: ["PARTICIPATES_IN", "Fiji", "Tasman Labour Dialogue 2016"] },
  ],
};

/** The lower-case nouns a sitting is written with after its city; singular only, a plural naming no one sitting. */
const NOUN = String.raw`(?:meeting|conference|summit|session|consultation|congress|colloquium|symposium|round|roundtable|retreat|seminar|workshop|talks)`;
/** A noun that makes the phrase a thing at the sitting or about it, not the sitting ("the Bangkok conference centre"). */
const HEADS_MORE = String.raw`(?:centre|center|hall|room|building|venue|site|series|process|cycle|declaration|statement|outcome|report|plan|agenda|secretariat|office|format|track|system)`;
/** "of September 2017", "in 2015": the phrase's own date, which CITY_SITTING reads; then it is no back reference. */
const OWN_DATE = String.raw`(?:of|in|on)\s+(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+)?(?:${MONTH}\s+)?(?:19|20)\d{2}\b`;
const PLACE_WORD = String.raw`[A-Z][\p{L}'’-]*[\p{L}]`;
const CITY_NAMED = new RegExp(String.raw`\b[Tt]he\s+(?<place>${PLACE_WORD}(?:\s+${PLACE_WORD}){0,2})\s+(?<noun>${NOUN})\b(?![-’'])(?!\s+${OWN_DATE})(?!\s+${HEADS_MORE}\b)`, "gu");
const YEARS = /\b(?:19|20)\d{2}\b/;
/** "next", "upcoming" before the phrase: a sitting still to come. */
const AHEAD_BEFORE = /\b(?:next|upcoming|forthcoming|planned|coming|future)\s+$/i;

/**
 * Adds to a document's mentions one for each city-named phrase that stands for the one sitting the document holds in
 * that city: a mention of that sitting, in the phrase's passage and sentence. Returns how many it added.
 */
export function cityNamedSittings(doc: StructuredDocument, mentions: Mention[], entities: ReadonlyMap<string, EntityRecord>, cities: ReadonlyMap<string, string>, related: Iterable<string>): number {
  const byCity = new Map<string, Set<string>>();
  // The document's sittings: those its mentions name, and those its relations reach (a sitting a heading or a row dated
  // and placed, "The eighth conference (Kyiv, 2008)", is made when its passages are related, with no mention of its own).
  for (const id of [...mentions.map((m) => m.entityId), ...related]) {
    const e = id ? entities.get(id) : undefined;
    const city = e?.isEvent && e.year && e.city ? knownCityName(e.city, cities) : undefined;
    if (city) byCity.set(city, (byCity.get(city) ?? new Set()).add(e!.id));
  }
  let added = 0;
  if (byCity.size === 0) return added;
  for (const passage of doc.passages) {
    const text = passage.text;
    const own = mentions.filter((m) => m.passageId === passage.id);
    for (const k of text.matchAll(CITY_NAMED)) {
      const place = k.groups!.place!;
      const city = knownCityName(place, cities);
      const ids = city === place ? byCity.get(city) : undefined;
      if (!ids || ids.size !== 1) continue;
      const start = k.index! + k[0].search(/\S/);
      const end = k.index! + k[0].length;
      if (own.some((m) => m.localStart < end && start < m.localEnd)) continue;
      if (AHEAD_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
      const i = passage.sentences.findIndex((s) => start >= s.localStart && start < s.localEnd);
      const sentence = passage.sentences[i];
      if (!sentence || HELD_MEETING_WORDS.notHeld.test(sentence.text)) continue;
      const [id] = [...ids];
      // Year must agree: a heading or sentence that dates the phrase in another year speaks of another sitting there.
      const year = String(entities.get(id!)!.year);
      if ([passage.section ?? "", sentence.text].some((t) => YEARS.test(t) && !t.includes(year))) continue;
      const mention: Mention = { passageId: passage.id, sentenceIndex: i, localStart: start, localEnd: end, surface: text.slice(start, end), kind: "FORUM", key: id!, method: "meeting", confidence: 0.7, entityId: id! };
      // In reading order: after the passage's last mention that starts before it.
      const after = mentions.findLastIndex((m) => m.passageId === passage.id && m.localStart < start);
      const at = after >= 0 ? after + 1 : mentions.findIndex((m) => m.passageId === passage.id);
      mentions.splice(at >= 0 ? at : mentions.length, 0, mention);
      added++;
    }
  }
  return added;
}
