import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { ADJECTIVE_END_EXAMPLES } from "../../ingest/core/adjectiveEnd.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const names = (text: string) => buildGraphs([textSource("note.txt", `Note\n\n${text}`)], catalog)[0]!.entities.map((e) => e.name);

describe("ADJECTIVE_END: no name ends on an adjective whose noun follows in lower case (ingest/core/adjectiveEnd.ts)", () => {
  for (const ex of ADJECTIVE_END_EXAMPLES.positive) it(`positive: ${ex.text}`, () => expect(names(ex.text)).not.toContain(ex.absent));
  for (const ex of ADJECTIVE_END_EXAMPLES.negative) it(`negative: ${ex.text}`, () => expect(names(ex.text)).toContain(ex.name));
});
