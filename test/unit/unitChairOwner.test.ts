import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import type { RelationRecord } from "../../ingest/core/types.js";
import { UNIT_CHAIR_EXAMPLES } from "../../ingest/core/unitChairOwner.js";
import { textSource } from "../support/textSource.js";

/** A chair table of a body's parts chairs the parts, not the body (unitChairOwner.ts), through the whole pipeline. */
const catalog = defaultCatalog();
const has = (text: string, [type, from, to]: string[]) =>
  buildGraphs([textSource("chairs.txt", text)], catalog)[0]!.relations.some((r: RelationRecord) => r.type === type && r.sourceId === from && r.targetId === to);

describe("a chair table whose rows open with a year or a period: the body's chairs", () => {
  for (const ex of UNIT_CHAIR_EXAMPLES.positive) it(`reads ${ex.expect.join(" ")}`, () => expect(has(ex.text, ex.expect)).toBe(true));
});

describe("a chair table whose rows open with a part of the body: no chair of the body", () => {
  for (const ex of UNIT_CHAIR_EXAMPLES.negative) it(`states no ${ex.expect.join(" ")}`, () => expect(has(ex.text, ex.expect)).toBe(false));
});
