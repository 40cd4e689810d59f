import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const file = (text: string, i: number) => textSource(`d${i}.txt`, text);
/** The id each document gives the name (by name or alias), in document order. */
const idsOf = (name: string, ...texts: string[]) =>
  buildGraphs(texts.map(file), catalog).map((g) => g.entities.find((e) => e.name === name || e.aliases.includes(name))?.id);

const DEFINED = "Lagos, May 2016. A regional project was launched by the ECOWAS Commission. Support to Free Movement in the Delta, known as FMD Delta, has a budget of 12 million euros.";

describe("ALIAS_ELSEWHERE: a name one document gives as an alias names that entity in the other documents (aliasElsewhere.ts)", () => {
  it("binds the alias written alone in another document to the entity the first document named", () => {
    const [a, b] = idsOf("FMD Delta", DEFINED, "IOM and the ECOWAS Commission run the FMD Delta project, which the European Union funds.");
    expect(a).toBe("ini:support-to-free-movement-in-the-delta");
    expect(b).toBe(a);
  });

  it("binds nothing when two entities share the alias", () => {
    const other = "Accra, June 2017. A regional project was launched by the ECOWAS Commission. Support to Fish Markets in the Delta, known as FMD Delta, has a budget of 3 million euros.";
    const [a, b, c] = idsOf("FMD Delta", DEFINED, other, "IOM runs the FMD Delta project, which the European Union funds.");
    expect(a).not.toBe(b);
    expect(c).not.toBe(a);
    expect(c).not.toBe(b);
  });
});
