import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { MEMBER_ROW_EXAMPLES } from "../../ingest/core/memberRowNames.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const page = (text: string) => textSource("members.txt", text);
const organizations = (text: string) => buildGraphs([page(text)], catalog)[0]!.entities.filter((e) => e.kind === "ORGANIZATION").map((e) => e.name);

describe("a row of a list of members or partners names a body whatever its words (ingest/core/memberRowNames.ts)", () => {
  for (const ex of MEMBER_ROW_EXAMPLES.positive) {
    it(`reads “${ex.name}” in: ${ex.text.slice(-120).replace(/\n+/g, " / ")}`, () => expect(organizations(ex.text)).toContain(ex.name));
  }
  for (const ex of MEMBER_ROW_EXAMPLES.negative) {
    it(`reads no “${ex.name}” in: ${ex.text.slice(-120).replace(/\n+/g, " / ")}`, () => expect(organizations(ex.text)).not.toContain(ex.name));
  }
});
