import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { PROGRAMME_HEAD_FIT, programmeHeadFit } from "../../ingest/core/programmeHeadFit.js";
import { textSource } from "../support/textSource.js";

/** "the project", "the platform": an initiative whose name is headed by another sort of thing is not what they speak of. */
const catalog = defaultCatalog();
const has = (text: string, [type, from, to]: [string, string, string]) => buildGraphs([textSource("spec.txt", text)], catalog)[0]!.relations.some((r) => r.type === type && r.sourceId === from && r.targetId === to);

describe("programme head fit (programmeHeadFit.ts)", () => {
  it("tells a name that fits the word, one headed by an interchangeable noun, and one headed by another sort", () => {
    expect(programmeHeadFit("Coastal Fisheries Project", "project")).toBe("fits");
    expect(programmeHeadFit("Triple Win", "programme")).toBe("fits");
    expect(programmeHeadFit("Joint Migration and Development Initiative", "programme")).toBe("near");
    expect(programmeHeadFit("Tripartite Action to Protect Fishers", "project")).toBe("near");
    expect(programmeHeadFit("Sahel Programme", "project")).toBe("near");
    expect(programmeHeadFit("EU Emergency Trust Fund for Africa", "programme")).toBe("other");
    expect(programmeHeadFit("Jordan Response Plan for the Syria Crisis", "platform")).toBe("other");
    expect(programmeHeadFit("Sahel Programme", "platform")).toBe("other");
    // A body the page defined as a network (coreference.ts joins the class to its name) is no project.
    expect(programmeHeadFit("ERSO | network", "project")).toBe("other");
  });
  for (const ex of PROGRAMME_HEAD_FIT.examples.positive) it(`reads: ${ex.text}`, () => expect(has(ex.text, ex.expect)).toBe(true));
  for (const ex of PROGRAMME_HEAD_FIT.examples.negative) it(`states no ${ex.expect[0]} in: ${ex.text}`, () => expect(has(ex.text, ex.expect)).toBe(false));
});
