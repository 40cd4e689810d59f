import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import type { NameRule } from "../../ingest/core/nameRules.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import type { EntityRecord, SourceFile } from "../../ingest/core/types.js";

const catalog = defaultCatalog();
const note = (text: string): SourceFile => ({ path: "note.txt", name: "note.txt", format: "txt", text, bytes: text.length, hash: "note" });

/** Entities of a one-sentence document, with the parents the graph states. */
function entitiesOf(text: string): EntityRecord[] {
  return buildGraphs([note(text)], catalog)[0]!.entities;
}

/**
 * Runs every example of every rule through the whole pipeline: a positive example must yield
 * its named entity (with kind, parent and year when given), a negative one must not yield the name.
 */
export function describeNameRules(title: string, rules: ReadonlyArray<NameRule<unknown>>): void {
  describe(title, () => {
    for (const rule of rules) {
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
          // A negative with `notKind` says the name is read, but never as that kind: a rule that only sets a kind
          // (FOUNDING_TREATIES) has nothing else its removal would change.
          it(`does not take “${ex.name}” for ${ex.notKind ? `a ${ex.notKind}` : "an entity"} in: ${ex.text}`, () => {
            const entities = entitiesOf(ex.text).filter((e) => !ex.notKind || e.kind === ex.notKind);
            expect(entities.flatMap((e) => [e.name, ...e.aliases])).not.toContain(ex.name);
          });
        }
      });
    }
  });
}
