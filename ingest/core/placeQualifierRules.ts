import type { NameRule } from "./NameRule.js";

/** A programme's title closed by the region or country it covers, in brackets. Read by nameTail.ts. */
export const PLACE_QUALIFIERS: NameRule = {
  id: "place-qualifiers",
  what: "A programme's title followed by a region or a known place in brackets ('Safer Harbours (Horn of Africa)', 'Coastal Jobs (West Africa) programme') keeps the bracket as part of its name, so the programmes run for two regions under one title stay two names. The title must be a programme's: headed by an initiative noun, or followed by one in lower case or in an apposition. An acronym in brackets is a definition, not a place.",
  words: ["Horn"],
  positive: [
    { text: "Norway funds Safer Harbours (Horn of Africa), a programme that trains port staff.", name: "Safer Harbours (Horn of Africa)", kind: "INITIATIVE" },
    { text: "The Coastal Jobs Initiative (West Africa) ended in 2019.", name: "Coastal Jobs Initiative (West Africa)", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "The Coastal Jobs Initiative (CJI) ended in 2019.", name: "Coastal Jobs Initiative (CJI)" },
    { text: "The Harbour Workers Union (Ghana) signed it.", name: "Harbour Workers Union (Ghana)" },
  ],
};
