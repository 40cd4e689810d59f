import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

const graph = (text: string) => buildGraphs([textSource("p.txt", text)], defaultCatalog())[0]!;
const names = (text: string) => graph(text).entities.map((e) => e.name);

describe("a state's dotted initials after 'the' open a body's name (DOTTED_STATE_PREFIX)", () => {
  it("keeps 'U.S.' and 'U.K.' in the body's name", () => {
    expect(names("The report was written with the U.S. Committee for Fishers, an American NGO.")).toContain("U.S. Committee for Fishers");
    expect(names("Crews in Leeds get help from the U.K. Council for Harbour Crews.")).toContain("U.K. Council for Harbour Crews");
  });

  it("does not join a sentence that ends on the initials to the next one", () => {
    const got = names("Many crews moved to the U.S. The Harbour Committee for Fishers helped them settle.");
    expect(got.some((n) => n.startsWith("U.S."))).toBe(false);
    expect(got).toContain("Harbour Committee for Fishers");
  });
});
