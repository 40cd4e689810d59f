/**
 * FIRST_SINCE: "the first Dialogue meeting in Malaysia since 2016", "the first summit on African soil since the 2006
 * meeting" counts back to an earlier sitting; "first" there ranks the sitting among those held somewhere or since a
 * time, not in its series. It names no first sitting (the series' first may be years earlier), so no ordinal reading
 * takes it.
 */
export const FIRST_SINCE = {
  id: "first-since",
  what: "A sitting called 'first' whose clause goes on, before its end, to 'since' (a year, a meeting, a place) is ranked since then, not the series' first sitting.",
  positive: [
    "hosted again by ISIS Malaysia, the first Dialogue meeting in Malaysia since 2016.",
    "It was the first summit held on African soil since the 2006 meeting in Banjul.",
    "The first Forum meeting since the pandemic convened in Suva.",
  ],
  negative: ["The first Dialogue meeting is held in Melbourne on 24–25 August.", "The first summit met in Banjul in 2006; a second has been held since.", "The first meeting, in 2015, was held in Bangkok."],
};

const CLAUSE_RUNS_TO_SINCE = /^[^.;:,()]{0,60}?\bsince\b/i;
const FIRST = /^(?:the\s+)?first\b/i;

/** Whether the phrase text[start, end) is a "first … since" ranking rather than a first sitting. */
export function firstSince(text: string, start: number, end: number): boolean {
  return FIRST.test(text.slice(start, end)) && CLAUSE_RUNS_TO_SINCE.test(text.slice(end));
}
