import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { GERUND_TITLE_EXAMPLES } from "../../ingest/core/gerundTitle.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

/** A title opening with a capitalised gerund is one name, "as a" and all (gerundTitle.ts), through the whole pipeline. */
const catalog = defaultCatalog();
const names = (text: string): string[] => buildGraphs([textSource("spec.txt", text)], catalog)[0]!.entities.map((e) => e.name);

describe("a gerund title with 'as a' inside is read whole", () => {
  for (const ex of GERUND_TITLE_EXAMPLES.whole) it(`names '${ex.name}'`, () => expect(names(ex.text)).toContain(ex.name));
});

describe("the tail of a gerund title after 'as a' is no name of its own", () => {
  for (const ex of GERUND_TITLE_EXAMPLES.tails) it(`builds no '${ex.name}'`, () => expect(names(ex.text)).not.toContain(ex.name));
});

describe("a name after 'as a' with no gerund title before it stands", () => {
  for (const ex of GERUND_TITLE_EXAMPLES.kept) it(`names '${ex.name}'`, () => expect(names(ex.text)).toContain(ex.name));
});
