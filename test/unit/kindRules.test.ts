import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { KIND_RULES } from "../../ingest/core/kindRules.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import type { EntityRecord, SourceFile } from "../../ingest/core/types.js";

const catalog = defaultCatalog();
const note = (text: string): SourceFile => ({ path: "note.txt", name: "note.txt", format: "txt", text, bytes: text.length, hash: "note" });
/** Entities of a one-sentence document, with the parents the graph states. */
export function entitiesOf(text: string): EntityRecord[] {
  return buildGraphs([note(text)], catalog)[0]!.entities;
}

describe("kind rules: every example of every rule (ingest/core/kindRules.ts)", () => {
  for (const rule of KIND_RULES) {
    describe(rule.id, () => {
      for (const ex of rule.positive) {
        it(`finds “${ex.name}” in: ${ex.text}`, () => {
          const found = entitiesOf(ex.text).find((e) => e.name === ex.name);
          expect(found, `entities: ${entitiesOf(ex.text).map((e) => `${e.name} (${e.kind})`).join("; ")}`).toBeDefined();
          if (ex.kind) expect(found!.kind).toBe(ex.kind);
          if (ex.parentId) expect(found!.parentId).toBe(ex.parentId);
          if (ex.year) expect(found!.year).toBe(ex.year);
        });
      }
      for (const ex of rule.negative) {
        it(`does not take “${ex.name}” for an entity in: ${ex.text}`, () => {
          const names = entitiesOf(ex.text).flatMap((e) => [e.name, ...e.aliases]);
          expect(names).not.toContain(ex.name);
        });
      }
    });
  }
});

