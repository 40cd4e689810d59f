import type { RelationRule } from "./RelationRule.js";

/**
 * The fields the verbs of leading share (leads-verb in leadsRules.ts, leads-start-verb in leadsStartRules.ts): a body or a state
 * leads a programme or a forum named within 40 characters, actively or in the passive; "share in running X" is a
 * part in another's work ("in" before the verb).
 */
export const LEADING_FIELDS: Pick<RelationRule, "notAfter" | "shape" | "passive" | "subjects" | "objects" | "objectWithin"> = {
  notAfter: "in",
  shape: "subject-first",
  passive: true,
  subjects: ["ORGANIZATION", "COUNTRY"],
  objects: ["INITIATIVE", "FORUM"],
  objectWithin: 40,
};
