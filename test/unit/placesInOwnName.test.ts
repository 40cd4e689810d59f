import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { PLACES_IN_OWN_NAME_EXAMPLES } from "../../ingest/core/placesInOwnName.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const note = (text: string) => textSource("note.txt", text);
/** Whether the one-page graph links the two names with the type, source to target. */
function linked(text: string, [type, source, target]: readonly [string, string, string]): boolean {
  const g = buildGraphs([note(`Page\n\n${text}`)], catalog)[0]!;
  const ids = (name: string) => new Set(g.entities.filter((e) => e.name === name || e.aliases.includes(name)).map((e) => e.id));
  const s = ids(source), t = ids(target);
  return g.relations.some((r) => r.type === type && s.has(r.sourceId) && t.has(r.targetId));
}

describe("PLACES_IN_OWN_NAME: an initiative operates in the states closing its own name (ingest/core/placesInOwnName.ts)", () => {
  for (const ex of PLACES_IN_OWN_NAME_EXAMPLES.positive) {
    it(`links ${ex.expect.join(" ")} in: ${ex.text}`, () => expect(linked(ex.text, ex.expect)).toBe(true));
  }
  for (const ex of PLACES_IN_OWN_NAME_EXAMPLES.negative) {
    it(`does not link ${ex.expect.join(" ")} in: ${ex.text}`, () => expect(linked(ex.text, ex.expect)).toBe(false));
  }
  it("links every state of the closing list, and none the name holds before it", () => {
    const text = "IOM ran the project Support from Ghana for Fishers in Togo and Benin, which ended in 2020.";
    expect(linked(text, ["OPERATES_IN", "Support from Ghana for Fishers in Togo and Benin", "Togo"])).toBe(true);
    expect(linked(text, ["OPERATES_IN", "Support from Ghana for Fishers in Togo and Benin", "Ghana"])).toBe(false);
  });
});
