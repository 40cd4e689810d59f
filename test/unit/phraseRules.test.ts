import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { PHRASE_RULES } from "../../ingest/core/phraseRules.js";
import type { RelationRecord, SourceFile } from "../../ingest/core/types.js";

/** Every phrase reading runs its own positive and negative sentences through the whole pipeline. */
const catalog = defaultCatalog();
const page = (text: string): SourceFile => ({ path: "spec.txt", name: "spec.txt", format: "txt", text, bytes: text.length, hash: "spec" });
const relationsOf = (text: string): RelationRecord[] => buildGraphs([page(text)], catalog)[0]!.relations;

describe("phrase readings (data) with their example sentences", () => {
  for (const rule of PHRASE_RULES) {
    describe(`${rule.id} (${rule.type})`, () => {
      it("has positive and negative examples", () => {
        expect(rule.examples.positive.length).toBeGreaterThan(0);
        expect(rule.examples.negative.length).toBeGreaterThan(0);
      });
      for (const ex of rule.examples.positive) {
        it(`reads: ${ex.text}`, () => {
          const rels = relationsOf(ex.text).filter((r) => r.type === rule.type);
          expect(rels.map((r) => `${r.sourceId} ${r.targetId}`)).toContain(`${ex.expect[0]} ${ex.expect[1]}`);
        });
      }
      for (const ex of rule.examples.negative) {
        it(`states no ${rule.type} in: ${ex.text}`, () => {
          const rels = relationsOf(ex.text).filter((r) => r.type === rule.type && r.sourceId === ex.expect[0] && r.targetId === ex.expect[1]);
          expect(rels).toEqual([]);
        });
      }
    });
  }
});
