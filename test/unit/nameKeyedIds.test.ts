import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

// NAME_KEYED (resolve.ts): a folded group's id is the key of its own name, not of the variant the run mentions most.
const catalog = defaultCatalog();
const idsOf = (...pages: string[]) =>
  new Set(buildGraphs(pages.map((t, i) => ({ ...textSource(`p${i}.txt`, t), path: `p${i}.txt`, name: `p${i}.txt`, hash: `p${i}` })), catalog).flatMap((g) => g.entities.map((e) => e.id)));

const SCHOOL = "Harbour schools\n\nThe Tidewater School of Boat Building opened in 1990. Tidewater School pupils built ten boats. Tidewater School teachers came from Fiji. Tidewater School graduates work in Suva.";
const OTHER = "Fiji boats\n\nThe Tidewater School of Boat Building trained crews for Fiji. Tonga hired the Tidewater School of Boat Building in 2001. Samoa thanked the Tidewater School of Boat Building. Norway funds the Tidewater School of Boat Building.";

describe("a folded body's id follows its name", () => {
  it("the short name mentioned most does not key the body", () => {
    const ids = idsOf(SCHOOL);
    expect(ids).toContain("org:tidewater-school-of-boat-building");
    expect(ids).not.toContain("org:tidewater-school");
  });
  it("the id is the same alone and with another page", () => {
    const alone = [...idsOf(SCHOOL)].filter((id) => id.startsWith("org:tidewater"));
    const both = [...idsOf(OTHER, SCHOOL)].filter((id) => id.startsWith("org:tidewater"));
    expect(both).toEqual(alone);
  });
});
