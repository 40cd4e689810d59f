import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { DEMONSTRATIVE_EXAMPLES } from "../../ingest/core/demonstrativeName.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const relationsOf = (text: string, i: number) =>
  buildGraphs([textSource(`d${i}.txt`, text)], catalog)[0]!.relations.map((r) => `${r.type} ${r.sourceId} ${r.targetId}`);

describe("a demonstrative before a generic group name", () => {
  DEMONSTRATIVE_EXAMPLES.positive.forEach((ex, i) => it(`reads: ${ex.text}`, () => expect(relationsOf(ex.text, i)).toContain(ex.expect.join(" "))));
  DEMONSTRATIVE_EXAMPLES.negative.forEach((ex, i) => it(`states no ${ex.expect[0]} in: ${ex.text}`, () => expect(relationsOf(ex.text, 100 + i)).not.toContain(ex.expect.join(" "))));
});
