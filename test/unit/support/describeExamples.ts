import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../../ingest/core/pipeline.js";
import type { RuleExample } from "../../../ingest/core/rules/RelationRule.js";
import type { RelationRecord, SourceFile } from "../../../ingest/core/types.js";
import { allowsEndpoints, type EntityKind, type RelationType } from "../../../src/ontology/ontology.js";

/** Anything in the rule data that carries its own positive and negative example pages. */
export interface ExampleRule {
  id: string;
  type: RelationType;
  examples: { positive: RuleExample[]; negative: RuleExample[] };
}

export interface ExampleSpecs<R extends ExampleRule> {
  /** The name of the one-page corpus each example is read as ("faq.txt", "sheet.txt"). */
  page: string;
  /**
   * One check per end pairing the rule declares, each true when the ontology allows it; left out where the rule
   * names no kinds of its own (a phrase reading's kinds are those of the rules it feeds).
   */
  ends?: (rule: R) => boolean[];
  /** A positive page states the relation exactly once; else at least once (a sentence rule may read it twice). */
  exactlyOnce: boolean;
}

const catalog = defaultCatalog();

/**
 * Runs every example of every rule through the whole pipeline: a positive page must yield the relation between
 * the expected ends (and the expected role, where one is given), a negative page must not.
 */
export function describeExamples<R extends ExampleRule>(title: string, rules: readonly R[], specs: ExampleSpecs<R>): void {
  const page = (text: string): SourceFile => ({ path: specs.page, name: specs.page, format: "txt", text, bytes: text.length, hash: specs.page.replace(/\.txt$/, "") });
  const relationsOf = (text: string): RelationRecord[] => buildGraphs([page(text)], catalog)[0]!.relations;
  const oneLine = (text: string) => text.replace(/\n+/g, " / ");
  describe(title, () => {
    for (const rule of rules) {
      describe(`${rule.id} (${rule.type})`, () => {
        const hits = (ex: RuleExample) => relationsOf(ex.text).filter((r) => r.type === rule.type && r.sourceId === ex.expect[0] && r.targetId === ex.expect[1]);
        it(specs.ends ? "has positive and negative examples, with kinds the ontology allows" : "has positive and negative examples", () => {
          expect(rule.examples.positive.length).toBeGreaterThan(0);
          expect(rule.examples.negative.length).toBeGreaterThan(0);
          for (const allowed of specs.ends?.(rule) ?? []) expect(allowed).toBe(true);
        });
        for (const ex of rule.examples.positive) {
          it(`reads: ${oneLine(ex.text)}`, () => {
            const rels = hits(ex);
            if (specs.exactlyOnce) expect(rels).toHaveLength(1);
            else expect(rels.map((r) => `${r.sourceId} ${r.targetId}`)).toContain(`${ex.expect[0]} ${ex.expect[1]}`);
            if (ex.expect[2]) expect(rels.map((r) => r.role)).toContain(ex.expect[2]);
          });
        }
        for (const ex of rule.examples.negative) {
          it(`states no ${rule.type} in: ${oneLine(ex.text)}`, () => expect(hits(ex)).toEqual([]));
        }
      });
    }
  });
}

/** A list reader's rows and topics: each row kind pairs with at least one topic kind, either way round. */
export interface RowTopicRule extends ExampleRule {
  rows: readonly EntityKind[];
  topics: readonly EntityKind[];
  rowsAreTargets?: boolean;
}

/** Each row kind of a list reader pairs with some topic kind the ontology allows. */
export const rowsMeetSomeTopic = (rule: RowTopicRule): boolean[] =>
  rule.rows.map((row) => rule.topics.some((t) => (rule.rowsAreTargets ? allowsEndpoints(rule.type, t, row) : allowsEndpoints(rule.type, row, t))));
