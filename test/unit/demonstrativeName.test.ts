import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { DEMONSTRATIVE_EXAMPLES } from "../../ingest/core/demonstrativeName.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";

const catalog = defaultCatalog();
const relationsOf = (text: string, i: number) =>
  buildGraphs([{ path: `d${i}.txt`, name: `d${i}.txt`, format: "txt", text, bytes: text.length, hash: `d${i}` }], catalog)[0]!.relations.map((r) => `${r.type} ${r.sourceId} ${r.targetId}`);

describe("a demonstrative before a generic group name", () => {
  DEMONSTRATIVE_EXAMPLES.positive.forEach((ex, i) => it(`reads: ${ex.text}`, () => expect(relationsOf(ex.text, i)).toContain(ex.expect.join(" "))));
  DEMONSTRATIVE_EXAMPLES.negative.forEach((ex, i) => it(`states no ${ex.expect[0]} in: ${ex.text}`, () => expect(relationsOf(ex.text, 100 + i)).not.toContain(ex.expect.join(" "))));
});
