import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { COUNTRY_GROUP_EXAMPLES } from "../../ingest/core/countryGroups.js";
import { labelHead } from "../../ingest/core/listLabel.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const page = (text: string) => textSource("directory.txt", text);
const stated = (text: string, [type, source, target]: [string, string, string]) =>
  buildGraphs([page(text)], catalog)[0]!.relations.filter((r) => r.type === type && r.sourceId === source && r.targetId === target);

describe("a member directory printed by country (ingest/core/countryGroups.ts)", () => {
  for (const ex of COUNTRY_GROUP_EXAMPLES.positive) {
    it(`reads ${ex.expect.join(" ")} in: ${ex.text.slice(-160).replace(/\n+/g, " / ")}`, () => expect(stated(ex.text, ex.expect)).toHaveLength(1));
  }
  for (const ex of COUNTRY_GROUP_EXAMPLES.negative) {
    it(`states no ${ex.expect.join(" ")} in: ${ex.text.slice(-160).replace(/\n+/g, " / ")}`, () => expect(stated(ex.text, ex.expect)).toEqual([]));
  }
  it("reads a directory's label by what it lists", () => {
    expect(labelHead("Directory of member organisations")).toBe("member organisations");
  });
});
