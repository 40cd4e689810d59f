import type { EntityKind } from "../../src/ontology/ontology.js";

/** An entity named in the scope, as coreference keeps it. */
export interface Salient {
  id: string;
  kind: EntityKind;
  name: string;
  /** The sentence (counted within the scope) that last named it: two names in one sentence make a description ambiguous. */
  sentence?: number;
  /** Its last naming was only as a money source or budget line ("EUR 2 million from the X Fund"): no pronoun stands for it (moneySource.ts). */
  source?: boolean;
}
