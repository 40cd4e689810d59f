import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { QUOTED_CLASS, quotedClasses } from "../../ingest/core/quotedClass.js";
import { textSource } from "../support/textSource.js";

/** "runs the project "X"": the quoted title is of the class named right before it (quotedClass.ts). */
const catalog = defaultCatalog();
const has = (text: string, [type, from, to]: [string, string, string]) => buildGraphs([textSource("spec.txt", text)], catalog)[0]!.relations.some((r) => r.type === type && r.sourceId === from && r.targetId === to);
const at = (text: string, name: string) => ({ id: "x", kind: "INITIATIVE" as const, isEvent: false, start: text.indexOf(name), end: text.indexOf(name) + name.length });

describe("quoted class (quotedClass.ts)", () => {
  it("reads the class noun right before the quote that opens a mention, and nothing else", () => {
    const t = 'UNDP runs the project "Joint Support to Tinland Labour".';
    expect(quotedClasses(t, [at(t, "Joint Support")])).toEqual([{ id: "x", noun: "project" }]);
    expect(quotedClasses(t, [at(t, '"Joint Support')])).toEqual([{ id: "x", noun: "project" }]);
    // No quote, or a word between the noun and the quote: the name is not classed by it.
    const bare = "UNDP runs the project Joint Support to Tinland Labour.";
    expect(quotedClasses(bare, [at(bare, "Joint Support")])).toEqual([]);
    const apart = 'UNDP runs the project, "Joint Support to Tinland Labour".';
    expect(quotedClasses(apart, [at(apart, "Joint Support")])).toEqual([]);
  });
  for (const ex of QUOTED_CLASS.examples.positive) it(`reads: ${ex.text}`, () => expect(has(ex.text, ex.expect)).toBe(true));
  for (const ex of QUOTED_CLASS.examples.negative) it(`states no ${ex.expect[0]} in: ${ex.text}`, () => expect(has(ex.text, ex.expect)).toBe(false));
});
