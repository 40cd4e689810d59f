import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { MONEY_SOURCE_EXAMPLES, moneySource } from "../../ingest/core/moneySource.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const has = (text: string, type: string, from: string, to: string) =>
  buildGraphs([textSource("spec.txt", text)], catalog)[0]!.relations.some((r) => r.type === type && r.sourceId === from && r.targetId === to);

describe("a body named only as the money's source is no antecedent of a later 'it' or 'its'", () => {
  for (const ex of MONEY_SOURCE_EXAMPLES.positive) it(`reads: ${ex.text}`, () => expect(has(ex.text, ...ex.expect)).toBe(true));
  for (const ex of MONEY_SOURCE_EXAMPLES.negative) it(`states no ${ex.expect[0]} in: ${ex.text}`, () => expect(has(ex.text, ...ex.expect)).toBe(false));
});

describe("moneySource", () => {
  const at = (text: string, name: string) => moneySource(text, text.indexOf(name));
  it("reads a fund after an amount and 'from'", () => expect(at("A grant of EUR 3 million from the Lowland Trust Fund pays for it.", "Lowland")).toBe(true));
  it("reads a budget line after 'under its'", () => expect(at("The Union put EUR 4 million of its budget under its Hill Country Window.", "Hill")).toBe(true));
  it("reads no source where no money is named ('with support from')", () => expect(at("The project is carried out with support from the Kestrel Network.", "Kestrel")).toBe(false));
  it("reads no source where the amount sits in another clause", () => expect(at("It cost USD 2 million; its work is backed by staff from the Kestrel Network.", "Kestrel")).toBe(false));
  it("reads no source for a doer ('is funded by')", () => expect(at("The scheme received EUR 2 million and is funded by the Kestrel Trust.", "Kestrel")).toBe(false));
});
