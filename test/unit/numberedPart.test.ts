import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

const entityIds = (text: string) => buildGraphs([textSource("part.txt", text)], defaultCatalog())[0]!.entities.map((e) => e.id);

/** namePatterns.ts NUMBERED_PART: the numeral joins a head only when a word of the name comes before the head. */
describe("a numbered part is an entity only with a name of its own (ingest/core/namePatterns.ts)", () => {
  it("a bare 'Platform 3' of a named partnership is no entity", () => {
    expect(entityIds("Page\n\nThe Atoll Water Partnership works on three platforms. Tuvalu runs Platform 3 of the Atoll Water Partnership.")).not.toContain("ini:platform-3");
  });
  it("'Atoll Water Platform 3' keeps its numeral", () => {
    expect(entityIds("Page\n\nIn 2019 Tuvalu took charge of the Atoll Water Platform 3 for two years.")).toContain("ini:atoll-water-platform-3");
  });
});
