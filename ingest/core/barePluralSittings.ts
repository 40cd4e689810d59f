import type { NameRule } from "./NameRule.js";
import { capitalised, MEETING_NOUN_ROWS } from "./meetingNouns.js";
import { seriesSecretariatHead } from "./seriesSecretariat.js";

export const BARE_PLURAL_SITTINGS: NameRule = {
  id: "bare-plural-sittings",
  what: "A plural meeting noun that opens a name phrase with nothing before it, followed by 'of the' and a capitalised name ('Meetings of the Harbour Council so far:', 'Conferences of the Reef Board are held yearly'), counts the sittings of the body named after 'of': it is no series of its own, and only that body is read. A plural with words of its own before it ('the Caspian Meetings on Labour Migration', 'the Annual Meetings of the Reef Bank') is a series' name.",
  words: MEETING_NOUN_ROWS.filter((n) => n.pluralNames).map((n) => capitalised(n.plural)),
  positive: [
    { text: "Since 2005 the Pamir Meetings on Border Trade have gathered four states.", name: "Pamir Meetings on Border Trade", kind: "FORUM" },
    { text: "The Annual Meetings of the Reef Development Bank took place in Apia.", name: "Annual Meetings of the Reef Development Bank", kind: "FORUM" },
    { text: "The Harbour Council was set up in 2010.\n\nMeetings of the Harbour Council so far:\n- Apia, 2011\n- Suva, 2012", name: "Harbour Council", kind: "ORGANIZATION" },
  ],
  negative: [
    { text: "The Harbour Council was set up in 2010.\n\nMeetings of the Harbour Council so far:\n- Apia, 2011\n- Suva, 2012", name: "Meetings of the Harbour Council" },
    { text: "Conferences of the Reef Board are held every year in a member state.", name: "Conferences of the Reef Board" },
  ],
};

const OPENING = new RegExp(`^(?:${BARE_PLURAL_SITTINGS.words.join("|")})\\s+of\\s+the\\s+(?=[A-Z])`);

/** How many characters of the phrase the bare plural and its "of the" take (BARE_PLURAL_SITTINGS), else 0. */
export function barePluralOpening(phrase: string): number {
  // "the Summits of the Americas Secretariat": the series' office, named whole (SERIES_SECRETARIATS).
  if (seriesSecretariatHead(phrase)) return 0;
  return OPENING.exec(phrase)?.[0].length ?? 0;
}
