import type { EntityKind } from "../../src/ontology/ontology.js";

/**
 * Entity recognition rules as data. Each rule carries the words it uses and
 * example phrases: `positive` phrases must yield the named entity (with its
 * kind), `negative` phrases must not yield the named string as an entity.
 * test/unit/nameRules.test.ts runs every example through `recognise`.
 * Example sentences are written for these specs, not taken from the corpus.
 */
export interface Example {
  text: string;
  /** Positive: the entity name expected; negative: a name that must not appear. */
  name: string;
  kind?: EntityKind;
  /** Negative only: the name may be read, but not as this kind (a rule whose whole work is a kind). */
  notKind?: EntityKind;
  /** Positive: the expected parent (sub-units, meetings), by entity id. */
  parentId?: string;
  year?: number;
}

export interface NameRule<T = string[]> {
  id: string;
  what: string;
  words: T;
  positive: Example[];
  negative: Example[];
}
