import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { ENTRY_ACTORS } from "../../ingest/core/entryActors.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

/** ENTRY_ACTORS through the whole pipeline (example pages written for these specs): `expect` is [type, source id, target name]. */
const catalog = defaultCatalog();
const linked = (text: string, [type, source, targetName]: string[]) => {
  const g = buildGraphs([textSource("p.txt", text)], catalog)[0]!;
  const targets = new Set(g.entities.filter((e) => e.name === targetName).map((e) => e.id));
  return g.relations.some((r) => r.type === type && r.sourceId === source && targets.has(r.targetId));
};

describe(ENTRY_ACTORS.id, () => {
  for (const ex of ENTRY_ACTORS.positive) it(`links ${ex.expect.join(" ")}`, () => expect(linked(ex.text, ex.expect)).toBe(true));
  for (const ex of ENTRY_ACTORS.negative) it(`does not link ${ex.expect.join(" ")}`, () => expect(linked(ex.text, ex.expect)).toBe(false));
});
