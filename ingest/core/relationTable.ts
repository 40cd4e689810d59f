/**
 * The relation rule table: one file per relation family under rules/ (the rule format is
 * documented in rules/RelationRule.ts).
 */
import { LEADS_RULES } from "./rules/leadsRules.js";
import { FUNDS_RULES } from "./rules/fundsRules.js";
import { PARTICIPATION_RULES } from "./rules/participationRules.js";
import { SUPPORT_RULES } from "./rules/supportRules.js";
import { MEMBERSHIP_RULES } from "./rules/membershipRules.js";
import { CHAIR_HOST_RULES } from "./rules/chairHostRules.js";
import { RATIFICATION_RULES } from "./rules/ratificationRules.js";
import { PLACE_RULES } from "./rules/placeRules.js";
import { PARTNERSHIP_RULES } from "./rules/partnershipRules.js";
import { PART_OF_RULES } from "./rules/partOfRules.js";
import { ROLE_RULES } from "./rules/roleRules.js";
import { DONOR_RULES } from "./rules/donorRules.js";
import type { RelationRule } from "./rules/RelationRule.js";

export type { RelationRule, RuleExample } from "./rules/RelationRule.js";

export const RELATION_RULES: RelationRule[] = [
  ...LEADS_RULES,
  ...FUNDS_RULES,
  ...PARTICIPATION_RULES,
  ...SUPPORT_RULES,
  ...MEMBERSHIP_RULES,
  ...CHAIR_HOST_RULES,
  ...RATIFICATION_RULES,
  ...PLACE_RULES,
  ...PARTNERSHIP_RULES,
  ...PART_OF_RULES,
  ...ROLE_RULES,
  ...DONOR_RULES,
];

/**
 * Cues that make a clause state no fact: negation, modals, plans, calls, wishes, recommendations.
 * A cue between the subject and the trigger (or an infinitive "to" right before the trigger) cancels the rule,
 * unless the cue belongs to the trigger itself ("calls for ratification").
 */
export const NON_FACT_LEMMAS = new Set([
  "not", "never", "no", "n't", "neither", "nor", "without",
  "should", "would", "could", "might", "may", "must", "shall", "will", "'ll", "can",
  "plan", "intend", "aim", "seek", "propose", "hope", "expect", "wish", "call", "recommend", "urge", "encourage",
  "invite", "ask", "consider", "explore", "envisage", "need", "request", "want", "if", "whether", "unless",
]);
