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

