import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { PARTIES_IN_TREATY_NAME_EXAMPLES } from "../../ingest/core/partiesInTreatyName.js";
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

describe("PARTIES_IN_TREATY_NAME: the states a treaty's own title lists after 'between' are its parties (ingest/core/partiesInTreatyName.ts)", () => {
  for (const ex of PARTIES_IN_TREATY_NAME_EXAMPLES.positive) {
    it(`links ${ex.expect.join(" ")} in: ${ex.text}`, () => expect(linked(ex.text, ex.expect)).toBe(true));
  }
  for (const ex of PARTIES_IN_TREATY_NAME_EXAMPLES.negative) {
    it(`does not link ${ex.expect.join(" ")} in: ${ex.text}`, () => expect(linked(ex.text, ex.expect)).toBe(false));
  }
  it("links every party of the list, and no state of the subject", () => {
    const text = "The Agreement between Ghana, Togo and Benin on Fishers of Niger entered into force in 2005.";
    const name = "Agreement between Ghana, Togo and Benin on Fishers of Niger";
    expect(linked(text, ["RATIFIED", "Benin", name])).toBe(true);
    expect(linked(text, ["RATIFIED", "Niger", name])).toBe(false);
  });
});
