import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const chairs = (text: string) =>
  buildGraphs([textSource("note.txt", text)], catalog)[0]!.relations
    .filter((r) => r.type === "CHAIRED")
    .map((r) => r.sourceId);

describe("states written with their title as subjects (mentionLists.ts subjectsBefore)", () => {
  it("reads every state of a list written as 'the Government of X and the Government of Y'", () => {
    expect(chairs("The Government of Ghana and the Government of Togo co-chair the Rabat Process.").sort()).toEqual(["ctry:gh", "ctry:tg"]);
  });
  it("joins no state that only stands before another verb", () => {
    expect(chairs("The Government of Ghana thanked the Government of Togo, which chairs the Rabat Process.")).toEqual(["ctry:tg"]);
  });
});
