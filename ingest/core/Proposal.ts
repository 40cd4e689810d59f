import type { RelationType } from "../../src/ontology/ontology.js";

/** A relation the predicate reader proposes in one sentence; `entry` names the lexicon entry that read it. */
export interface Proposal {
  type: RelationType;
  sourceId: string;
  targetId: string;
  entry: string;
  year: number | null;
}
