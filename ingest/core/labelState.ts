import type { NameRule } from "./NameRule.js";

/** A line opening on a state as its label: "In Belarus:", "- Moldova:", "Ghana —". */
const LABEL = /^\s*(?:[-–•*]\s+)?(?:In\s+)?$/;

/**
 * "In Belarus: the Ministry of Internal Affairs, the Ministry of Labour …": a ministry in a line whose label is one
 * state is that state's, as "Belarus's Ministry of …" would be (STATE_LABEL_LINE). The label must open the line and
 * close with a colon or dash, and nothing after it up to the body may end the clause or name another state.
 */
/** What labelState needs of a name hit; nameTrim's Hit has these fields (a structural type keeps this module a leaf). */
interface PlacedHit {
  kind: string;
  start: number;
  end: number;
}

export function labelState<H extends PlacedHit>(text: string, start: number, hits: H[]): H | undefined {
  const state = hits.find((h) => h.kind === "COUNTRY" && h.start < start && LABEL.test(text.slice(0, h.start)));
  if (!state) return undefined;
  const colon = /^\s*(?::|[—–]\s)/.exec(text.slice(state.end));
  if (!colon) return undefined;
  const between = text.slice(state.end + colon[0].length, start);
  if (/[.;:!?\n]/.test(between)) return undefined;
  return hits.some((h) => h.kind === "COUNTRY" && h !== state && h.start > state.end && h.start < start) ? undefined : state;
}

export const STATE_LABEL_LINE: NameRule = {
  id: "state-label-line",
  what: "A ministry or department named without its state in a line labelled by one state ('In Tinland: the Ministry of Ports, the Ministry of Fisheries and …') is that state's ministry; a label naming no state, a clause ended before the body, or another state named between them gives it none (nationalBody.ts, labelState.ts).",
  words: [],
  positive: [
    { text: "Partners in each country.\n  In Ghana: the Ministry of Fisheries, the Ministry of Ports and Harbours and the Tema Dock Union.", name: "Ghanaian Ministry of Ports and Harbours", kind: "ORGANIZATION" },
    { text: "Partners in each country.\n  Kenya: the Ministry of Fisheries and the Mombasa Dock Union.", name: "Kenyan Ministry of Fisheries", kind: "ORGANIZATION" },
  ],
  negative: [
    { text: "In 2019 the Ministry of Fisheries opened a dock in Tema.", name: "Ministry of Fisheries" },
    { text: "Partners in each country.\n  In Ghana: the port unions; the Ministry of Fisheries in Accra joined later.", name: "Ghanaian Ministry of Fisheries" },
    { text: "Ghana sent a delegation. The Ministry of Fisheries did not.", name: "Ghanaian Ministry of Fisheries" },
  ],
};
