import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

/** CARRIED_SERIES (meetings.ts): example pages written for these specs. */
const catalog = defaultCatalog();
const names = (text: string) => buildGraphs([textSource("p.txt", text)], catalog)[0]!.entities.map((e) => e.name);

const inPassing = [
  "Regional river dialogues meet, year by year",
  "The river dialogues are informal talks on migration among the basin states. Their secretariats meet every few years.",
  "The gatherings",
  "2011, Riga. The second gathering took place in Riga, and Latvia hosted it.",
  "Its report went on to the Global Forum on Migration and Development (GFMD), which met in another city that year.",
  "2015, Oslo. The third meeting, held on 3 June 2015, looked at labour mobility along the rivers. Norway hosted it.",
].join("\n\n");

const leadIn = [
  "Forum on Delta Mobility",
  "The Forum on Delta Mobility brings together the basin states. Meetings of the Forum on Delta Mobility so far:",
  "2015, Oslo. The third meeting, held on 3 June 2015, looked at labour mobility along the rivers. Norway hosted it.",
].join("\n\n");

const afterOneOff = [
  "Coastal fisheries ministers, session by session",
  "The Committee of Coastal Fisheries Ministers meets every two years.",
  "Second ordinary session, Dakar, June 2019",
  "The second session met in Dakar. It took up the declaration of the Extraordinary Lagoon Summit, which the Assembly had held in Lomé.",
  "Third ordinary session, Accra, November 2021",
  "The third session met again in Accra in November 2021, under the theme of blue jobs.",
].join("\n\n");

describe("CARRIED_SERIES", () => {
  it("carries no series whose own words make it one sitting ('Extraordinary … Summit') to a bare numbered session of a later passage", () => {
    expect(names(afterOneOff).filter((n) => /^Extraordinary Lagoon Summit \d{4}/.test(n))).toEqual([]);
  });
  it("gives no sitting to a listed series an earlier passage cited in passing", () => {
    expect(names(inPassing).filter((n) => /^GFMD \d{4}|Migration and Development \d{4}/.test(n))).toEqual([]);
  });
  it("still gives the sitting to the series a lead-in named", () => {
    expect(names(leadIn)).toContain("Forum on Delta Mobility 2015");
  });
});
