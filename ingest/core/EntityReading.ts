import type { EntityKind } from "../../src/ontology/ontology.js";

/** How coreference reads an entity it may refer back to (entityCoreference.ts builds it from the entity record). */
export interface EntityReading {
  kind: EntityKind;
  /** The name and every alias, joined with " | ". */
  name: string;
  isEvent: boolean;
  /** A meeting's year, when known: a sentence of other years speaks of another sitting (describedReferent.ts, otherYear). */
  year: number | null;
}
