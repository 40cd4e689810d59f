import { stateStyleSource } from "./stateStyle.js";
import type { TripleExamples } from "./TripleExamples.js";

interface Named {
  start: number;
  end: number;
  kind: string;
}

/** "in Nicosia, ", "at Port Louis, ": a preposition of place, a place name of one to three words, then the comma before the state. */
const PLACE_BEFORE_STATE = /\b(?:in|at)\s+(?:[A-Z][\p{L}.'’-]*\s+){0,2}[A-Z][\p{L}.'’-]*,\s*$/u;

/** The row's remark after its name tells where an act took place: ": EUR 3 million, announced at the Board's meeting in ". */
const REMARK_AT_EVENT = /[:,;]\s[^:;]*\b(?:at|during)\s/;

/**
 * A state that closes the place of what a row tells ("Italy: EUR 3 million, pledged at the Board's meeting in Nicosia,
 * Cyprus"): the state is where the act happened, no row of the list. Only after another row of the list has opened the
 * row and its remark tells of an act at an event, so that a body and its seat ("the Ministry of Labour in Lima, Peru")
 * stays the state's row.
 */
export function rowVenue(rowText: string, rows: readonly Named[], r: Named): boolean {
  if (r.kind !== "COUNTRY") return false;
  if (labelPlace(rowText, rows, r)) return true;
  if (!PLACE_BEFORE_STATE.test(rowText.slice(0, r.start))) return false;
  return rows.some((x) => x !== r && x.end <= r.start && REMARK_AT_EVENT.test(rowText.slice(x.end, r.start)));
}

/** "Peru: Ambassador in Bangladesh": a row labelled by its name and a colon, then a remark with a preposition of place right before the state. */
const IN_PLACE = /\b(?:in|at)\s+(?:the\s+)?$/;

/**
 * A row labelled by one of the list's names ("Peru: Ambassador in Bangladesh", "Fiji: Minister of Defence, based in
 * Samoa"): its remark tells of the label's own person or act, so a state named there as a place is no row of the list.
 */
function labelPlace(rowText: string, rows: readonly Named[], r: Named): boolean {
  if (!IN_PLACE.test(rowText.slice(0, r.start))) return false;
  const label = rows.find((x) => x !== r && x.end <= r.start && /^\s*:/.test(rowText.slice(x.end)));
  // The label may name the state with its title ("the Government of Norway:", "the Kingdom of Tonga:"): the title is the label's,
  // whether the match holds it (a catalog style form) or starts at the short name.
  return !!label && /^[\s\-–•*|\d.]*$/.test(rowText.slice(0, label.start).replace(STATE_TITLE, "").replace(/\b\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\b|\b\d{4}\b/g, ""));
}
const STATE_TITLE = new RegExp(`(?:\\bthe\\s+)?(?:\\b${stateStyleSource()})?$`, "i");

const FUND = "FACT SHEET\nHarbour Resilience Fund (HRF)\n\nSet up: March 2018\nManaged from: Suva\n\nThe HRF pays for port repairs after storms in the Pacific.\n\n";
/** Example pages (test/unit/rowVenue.test.ts): `expect` is [type, source, target]. */
export const ROW_VENUE_EXAMPLES: TripleExamples = {
  positive: [
    // The state that opens the row keeps it; only the venue's state is dropped.
    { text: `${FUND}Contributions received (by date)\n- 3 May 2019 - Norway: USD 2 million, paid at the donors' round table in Suva, Fiji.\n- 9 June 2020 - Chile: USD 1 million.\n`, expect: ["FUNDS", "ctry:no", "ini:harbour-resilience-fund"] },
    { text: `${FUND}Contributions received (by date)\n- 3 May 2019 - Norway: USD 2 million.\n- 9 June 2020 - Fiji: USD 1 million, paid in two parts.\n`, expect: ["FUNDS", "ctry:fj", "ini:harbour-resilience-fund"] },
    { text: `${FUND}Contributions received (by date)\n- 4 April 2017 - the Kingdom of Tonga: USD 50,000, handed over by its consulate in Samoa.\n- 2018 - Chile: USD 1 million.\n`, expect: ["FUNDS", "ctry:to", "ini:harbour-resilience-fund"] },
    // A body and the place where it sits name no event: the state stays a row.
    { text: `${FUND}Contributions received (by date)\n- 3 May 2019 - Norway: USD 2 million.\n- 9 June 2020 - the Ports Office in Apia, Samoa: USD 1 million.\n`, expect: ["FUNDS", "ctry:ws", "ini:harbour-resilience-fund"] },
  ],
  negative: [
    // The label's remark names where its person serves: that state is no row.
    { text: `${FUND}Contributions received (by date)\n- 3 May 2019 - Norway: USD 2 million, paid by its embassy in Fiji.\n- 9 June 2020 - Chile: USD 1 million.\n`, expect: ["FUNDS", "ctry:fj", "ini:harbour-resilience-fund"] },
    { text: `${FUND}Contributions received (by date)\n- 3 May 2019 - Norway: USD 2 million, paid at the donors' round table in Suva, Fiji.\n- 9 June 2020 - Chile: USD 1 million.\n`, expect: ["FUNDS", "ctry:fj", "ini:harbour-resilience-fund"] },
    // The label names its state with a title: it is still the row's label.
    { text: `${FUND}Contributions received (by date)\n- 4 April 2017 - the Kingdom of Tonga: USD 50,000, handed over by its consulate in Samoa.\n- 2018 - Chile: USD 1 million.\n`, expect: ["FUNDS", "ctry:ws", "ini:harbour-resilience-fund"] },
    { text: `${FUND}Contributions received (by date)\n- 2021 - Germany: EUR 4 million, announced at a conference held at Port Louis, Mauritius.\n- 2022 - Chile: USD 1 million.\n`, expect: ["FUNDS", "ctry:mu", "ini:harbour-resilience-fund"] },
  ],
};
