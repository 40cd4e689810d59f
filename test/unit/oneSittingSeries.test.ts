import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import type { RelationRecord } from "../../ingest/core/types.js";
import { textSource } from "../support/textSource.js";

/** A one-sitting meeting name ("the Special Summit of …") is no series of its own (patternRules.ts, event-name). */
const catalog = defaultCatalog();
const partOf = (text: string): string[] =>
  buildGraphs([textSource("history.txt", text)], catalog)[0]!.relations.filter((r: RelationRecord) => r.type === "PART_OF").map((r) => `${r.sourceId} -> ${r.targetId}`);
const oneSittingParent = (links: string[]) => links.filter((l) => / -> forum:(?:special|extraordinary|emergency)-/.test(l));

describe("a special or extraordinary sitting gets no undated copy of itself as its series", () => {
  it("'Mexico hosted the Special Summit of the Americas in Monterrey'", () =>
    expect(oneSittingParent(partOf("Summits of the Americas\n\nThe Summit of the Americas met in Miami in 1994. Mexico hosted the Special Summit of the Americas in Monterrey on 12-13 January 2004."))).toEqual([]));
  it("'the Extraordinary Summit of the Regional Migration Council met in 2016'", () =>
    expect(oneSittingParent(partOf("Regional Migration Council\n\nThe Extraordinary Summit of the Regional Migration Council met in Accra in March 2016."))).toEqual([]));
  it("'The Emergency Meeting on Boat Arrivals was held in Bangkok'", () =>
    expect(oneSittingParent(partOf("Boat arrivals\n\nThe Emergency Meeting on Boat Arrivals was held in Bangkok in May 2015."))).toEqual([]));
});


/** A meeting's name closed by its venue (venueInSeriesName.ts): the venue ends one sitting's name, no series holds it. */
const placedParent = (links: string[]) => links.filter((l) => /-in-(?:santa-cruz-de-la-sierra|san-juan-de-lurigancho)$/.test(l));

describe("a meeting named with its venue gets no undated copy of itself as its series", () => {
  it("'Bolivia hosted the Summit of the Americas on Sustainable Development in Santa Cruz de la Sierra on 7-8 December 1996'", () =>
    expect(placedParent(partOf("Summits of the Americas: history\n\nBolivia hosted the Summit of the Americas on Sustainable Development in Santa Cruz de la Sierra on 7-8 December 1996."))).toEqual([]));
  it("'Peru hosted the Andean Summit on Labour Mobility in San Juan de Lurigancho on 5 June 2014'", () =>
    expect(placedParent(partOf("Coastal news\n\nPeru hosted the Andean Summit on Labour Mobility in San Juan de Lurigancho on 5 June 2014."))).toEqual([]));
});

describe("a sitting named beside its venue keeps its series", () => {
  it("'The third GFMD in Athens was chaired by Greece in 2009'", () =>
    expect(partOf("The GFMD\n\nThe third GFMD in Athens was chaired by Greece in 2009.")).toContain("forum:gfmd-2009 -> forum:gfmd"));
  it("'the Regional Conference on Fishers' Rights in Buenos Aires met on 2 May 2015' keeps the conference's own series", () =>
    expect(partOf("Coastal news\n\nThe Regional Conference on Fishers' Rights in Buenos Aires met on 2 May 2015, hosted by Argentina.")).toContain("forum:regional-conference-on-fishers-rights-2015 -> forum:regional-conference-on-fishers-rights"));
});
