import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { STOP_LEAD_IN_EXAMPLES } from "../../ingest/core/stopLeadIn.js";
import { textSource } from "../support/textSource.js";

/** A lead-in sentence ending in a full stop over the rows below it (stopLeadIn.ts). */
const catalog = defaultCatalog();
const page = (text: string) => textSource("spec.txt", text);
const has = (text: string, type: string, from: string, to: string) =>
  buildGraphs([page(text)], catalog)[0]!.relations.some((r) => r.type === type && r.sourceId === from && r.targetId === to);

describe("a lead-in that ends in a full stop owns the rows below it", () => {
  for (const ex of STOP_LEAD_IN_EXAMPLES.positive) it(`reads: ${ex.text.replace(/\n/g, " / ")}`, () => expect(has(ex.text, ...ex.expect)).toBe(true));
  for (const ex of STOP_LEAD_IN_EXAMPLES.negative) it(`states no ${ex.expect[0]} ${ex.expect[1]} in: ${ex.text.replace(/\n/g, " / ")}`, () => expect(has(ex.text, ...ex.expect)).toBe(false));
});
