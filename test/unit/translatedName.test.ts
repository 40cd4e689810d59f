import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

// translatedName.ts: a foreign name set beside a name as its translation is that name, not a second body.
const catalog = defaultCatalog();
const ids = (text: string) => buildGraphs([textSource("translated.txt", text)], catalog)[0]!.entities.map((e) => e.id);

describe("a translation after the name's bracketed acronym ('(CSP; in Spanish, …)') is the same programme", () => {
  it("gives no second programme for the Spanish name", () => {
    const found = ids("FACT SHEET\n\nProgramme: Coastal Skills Plan (CSP; in Spanish, Plan de Capacitación Costera, PCC)\n\nThe Coastal Skills Plan trains young crews in Chile and Peru.\n");
    expect(found).toContain("ini:coastal-skills-plan");
    expect(found).not.toContain("ini:plan-de-capacitacion-costera");
  });
  it("a foreign name after another body's acronym and a full stop stays its own", () => {
    const found = ids("Partners\n\nThe Coastal Skills Plan (CSP) trains crews. Plan de Apoyo Rural also works in Peru.\n");
    expect(found).toContain("ini:plan-de-apoyo-rural");
  });
});
