import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { APPOSED_ROLE_EXAMPLES } from "../../ingest/core/apposedRole.js";
import { FRONTED_RELATIVE_EXAMPLES } from "../../ingest/core/frontedRelative.js";
import { OBJECT_RELATIVE_EXAMPLES } from "../../ingest/core/objectRelative.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

/** A role apposed to a name inside a prepositional phrase, and a relative clause with a fronted preposition, run through the whole pipeline. */
const catalog = defaultCatalog();
const page = (text: string) => textSource("spec.txt", text);
const has = (text: string, type: string, from: string, to: string) => buildGraphs([page(text)], catalog)[0]!.relations.some((r) => r.type === type && r.sourceId === from && r.targetId === to);

describe("a role apposed to a name after a preposition", () => {
  for (const ex of APPOSED_ROLE_EXAMPLES.positive) it(`reads: ${ex.text}`, () => expect(has(ex.text, ...ex.expect)).toBe(true));
  for (const ex of APPOSED_ROLE_EXAMPLES.negative) it(`states no ${ex.expect[0]} in: ${ex.text}`, () => expect(has(ex.text, ...ex.expect)).toBe(false));
});

describe("a relative clause with its preposition before 'which'", () => {
  for (const ex of FRONTED_RELATIVE_EXAMPLES.positive) it(`reads: ${ex.text}`, () => expect(has(ex.text, ...ex.expect)).toBe(true));
  for (const ex of FRONTED_RELATIVE_EXAMPLES.negative) it(`states no ${ex.expect[0]} in: ${ex.text}`, () => expect(has(ex.text, ...ex.expect)).toBe(false));
});

describe("a relative clause whose pronoun is its verb's object", () => {
  for (const ex of OBJECT_RELATIVE_EXAMPLES.positive) it(`reads: ${ex.text}`, () => expect(has(ex.text, ...ex.expect)).toBe(true));
  for (const ex of OBJECT_RELATIVE_EXAMPLES.negative) it(`states no ${ex.expect[0]} in: ${ex.text}`, () => expect(has(ex.text, ...ex.expect)).toBe(false));
});
