import { expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import type { SourceFile } from "../../ingest/core/types.js";
import { chapterOwnerLookup } from "../../ingest/core/pipeline.js";
import { normalise } from "../../ingest/core/normalise.js";
import { structure } from "../../ingest/core/structure.js";
import { createMatcher } from "../../ingest/core/createMatcher.js";
import { pageTitleName } from "../../ingest/core/pageTitleName.js";

const note = (name: string, text: string): SourceFile => ({ path: name, name, format: "txt", text, bytes: text.length, hash: name });
const catalog = defaultCatalog();

// A coined name on the first line, the page's first heading "At a glance" under it: the page is about the coined programme.
const COINED = "Harbours as Schools (HaS)\nFact sheet\n\nAt a glance\nType: peer-led information campaign\nWhere we work: Ghana, Togo\nImplemented by: IOM\nDonor: Norway\n\nThe idea\nHaS trains returnees to speak in their home towns.";

it("makes a coined title over an initiative's field lines the page's programme, its acronym a mention of it (coinedTitleName.ts)", () => {
  const graph = buildGraphs([note("coined.txt", COINED)], catalog)[0]!;
  const has = graph.entities.find((e) => e.name === "Harbours as Schools");
  expect(has?.kind).toBe("INITIATIVE");
  expect(has?.acronym).toBe("HaS");
  const links = graph.relations.filter((r) => r.targetId === has!.id || r.sourceId === has!.id).map((r) => `${r.type} ${r.sourceId} ${r.targetId}`);
  expect(links).toContain(`FUNDS ctry:no ${has!.id}`);
  expect(links).toContain(`OPERATES_IN ${has!.id} ctry:gh`);
  expect(graph.mentions.some((m) => m.entityId === has!.id)).toBe(true);
});

it("reads the coined name from the first line when the layout titles the page by its first heading, and keeps that line as the name's label", () => {
  const file = note("coined.txt", COINED);
  const doc = structure(file, normalise(file), chapterOwnerLookup(catalog));
  // The page's title is the heading "At a glance", which many pages share: the programme's label must be its own line.
  expect(doc.title).toBe("At a glance");
  const titled = pageTitleName(doc, catalog, createMatcher(catalog));
  expect(titled?.name).toBe("Harbours as Schools");
  expect(titled?.label).toBe("Harbours as Schools (HaS)");
});
