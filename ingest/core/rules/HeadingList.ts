import type { EntityKind, RelationType } from "../../../src/ontology/ontology.js";
import type { RuleExample } from "./RelationRule.js";

/** A list read by its structure (listRules.ts says how HEADING_LISTS, LEAD_INS and ROW_STATEMENTS use it). */
export interface HeadingList {
  id: string;
  /** HEADING_LISTS: matches the label; LEAD_INS: the clause before the colon. */
  heading: RegExp;
  type: RelationType;
  /** Kinds a row may hold. */
  rows: EntityKind[];
  /** Kinds the list's topic may have (the thing the page or heading is about). */
  topics: EntityKind[];
  /** The rows are the relation's targets ("covers: A, B"); by default they are its sources. */
  rowsAreTargets?: boolean;
  /**
   * Each item opens on its names and may run on with a remark in prose after a comma or semicolon ("- the Ports
   * Office, taken from the Fisheries Board;"): such an item is still a row, and only the names before the remark are its.
   */
  remarkedRows?: boolean;
  /** Read even under a head the lexicon counts as another thing's (labelLexicon.ts OTHER_HEADS: "Liaison office"). */
  readsOtherHeads?: boolean;
  /** A row that names only a city ("Head office: Jakarta") names the city's state (seatCity.ts). */
  seatCities?: boolean;
  confidence: number;
  examples: { positive: RuleExample[]; negative: RuleExample[] };
}
