import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { HEADING_PROJECT_FIELD_EXAMPLES, headingProject } from "../../ingest/core/headingProjects.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import type { RelationRecord } from "../../ingest/core/types.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const page = (text: string) => textSource("spec.txt", text);
const relationsOf = (text: string): RelationRecord[] => buildGraphs([page(text)], catalog)[0]!.relations;
const has = (text: string, type: string, from: string, to: string) => relationsOf(text).some((r) => r.type === type && r.sourceId === from && r.targetId === to);

describe("field lines under numbered project headings (headingProjects.ts)", () => {
  for (const ex of HEADING_PROJECT_FIELD_EXAMPLES.positive) it(`reads ${ex.expect.join(" ")}`, () => expect(has(ex.text, ...ex.expect)).toBe(true));
  for (const ex of HEADING_PROJECT_FIELD_EXAMPLES.negative) it(`states no ${ex.expect.join(" ")}`, () => expect(has(ex.text, ...ex.expect)).toBe(false));
});

describe("headingProject", () => {
  it("takes the number off and the acronym apart", () => expect(headingProject("3. Harbour Data Exchange (HDX)")).toEqual({ name: "Harbour Data Exchange", acronym: "HDX" }));
  it("takes a quoted title whole", () => expect(headingProject('4. "Safer journeys for seasonal workers"')?.name).toBe("Safer journeys for seasonal workers"));
  it("reads no name in a numbered prose heading", () => expect(headingProject("2. Port health")).toBeNull());
  it("reads no name in a quoted fragment of one word", () => expect(headingProject('5. "Lessons"')).toBeNull());
});
