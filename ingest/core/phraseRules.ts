import type { M } from "./mentionLists.js";
import type { Add } from "./patternRules.js";
import type { PhraseRule, PlaceIdentity } from "./rules/PhraseRule.js";
import { MEETING_PHRASE_RULES } from "./rules/meetingPhraseRules.js";
import { PARTNERSHIP_PHRASE_RULES } from "./rules/partnershipPhraseRules.js";
import { PROGRAMME_PHRASE_RULES } from "./rules/programmePhraseRules.js";
import { ROLE_PHRASE_RULES } from "./rules/rolePhraseRules.js";
import { BRACKET_ROLE_PHRASE_RULES } from "./rules/bracketRolePhraseRules.js";
import { CONVENTION_PHRASE_RULES } from "./rules/conventionPhraseRules.js";
import { ATTENDANCE_PHRASE_RULES } from "./rules/attendancePhraseRules.js";
import { LEADERSHIP_PHRASE_RULES } from "./rules/leadershipPhraseRules.js";
import { PLACE_PHRASE_RULES } from "./rules/placePhraseRules.js";

/**
 * Phrase readings (rules/PhraseRule.ts): relations stated by the shape of a noun phrase or a
 * role rather than by a verb on both ends. Applied to each sentence after the verb rules.
 */
export const PHRASE_RULES: PhraseRule[] = [...PROGRAMME_PHRASE_RULES, ...ROLE_PHRASE_RULES, ...MEETING_PHRASE_RULES, ...BRACKET_ROLE_PHRASE_RULES, ...PARTNERSHIP_PHRASE_RULES, ...CONVENTION_PHRASE_RULES, ...ATTENDANCE_PHRASE_RULES, ...LEADERSHIP_PHRASE_RULES, ...PLACE_PHRASE_RULES];

export function phraseRules(text: string, ms: M[], ownerId: string | null, add: Add, places?: PlaceIdentity): void {
  // One lower-cased copy per sentence: a rule whose trigger the sentence lacks (PhraseRule.needs) is not asked.
  const lower = text.toLowerCase();
  for (const rule of PHRASE_RULES) {
    if (rule.needs && !rule.needs.some((w) => lower.includes(w))) continue;
    for (const [s, t] of rule.read(text, ms, ownerId, places)) add(rule.type, s, t, `phrase:${rule.id}`, rule.confidence);
  }
}
