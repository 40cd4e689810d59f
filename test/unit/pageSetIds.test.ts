import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

// Ids derive from what a page writes, so adding a page never changes another page's ids (DATED_PLACE_TITLE,
// CITY_TREATY_KEYED, ACRONYM_SPAN and STATE_BODY_APART, UNIT_OF_INSTITUTION). Sentences are invented.
const catalog = defaultCatalog();
const page = (text: string, i: number) => textSource(`p${i}.txt`, `Notes ${i}\n\n${text}`);
/** The ids the first page's mentions go to, read alone and read with the other pages. */
const idsOfFirst = (...texts: string[]) => {
  const graphs = buildGraphs(texts.map(page), catalog);
  return [...new Set(graphs[0]!.mentions.map((m) => m.entityId))].filter((id) => !id.startsWith("ctry:")).sort();
};

const PAIRS: Array<{ what: string; page: string; other: string }> = [
  {
    what: "an undated city declaration beside another page's dated namesake",
    page: "The first summit met in Lima in April 2000. The leaders adopted the Lima Declaration and an action plan.",
    other: "In Lima the ministers adopted the 1992 Lima Declaration on Boat Crews. Peru still backs the Lima Declaration.",
  },
  {
    what: "a treaty titled alone beside another page's city-prefixed title",
    page: "Ghana ratified the Convention on Coastal Ferry Asylum in 1960.",
    other: "Togo acceded to the Caracas Convention on Coastal Ferry Asylum in 1970.",
  },
  {
    what: "a state's agency defined with an acronym beside another state's agency of the same words",
    page: "The plan is funded by the Mexican Agency for Coastal Cooperation (ACC) and the port authority.",
    other: "The Ghana Agency for Coastal Cooperation (ACC) trained pilots in Tema.",
  },
  {
    what: "a university's unit named by its field beside another university's unit of that name",
    page: "Research partners:\n  - Institute of Geography, University of Tinburg\n  - Harbour Research Council\n",
    other: "Research partners:\n  - Institute of Geography, University of Bergen\n",
  },
];

describe("a page's ids do not depend on which other pages are read with it", () => {
  for (const { what, page: text, other } of PAIRS) {
    it(what, () => expect(idsOfFirst(text, other)).toEqual(idsOfFirst(text)));
  }
});
