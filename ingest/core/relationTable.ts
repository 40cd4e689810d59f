/**
 * The relation rule table: one file per relation family under rules/ (the rule format is
 * documented in rules/RelationRule.ts).
 */
import { LEADS_RULES } from "./rules/leadsRules.js";
import { LEADS_START_RULES } from "./rules/leadsStartRules.js";
import { LEADS_FOUNDING_RULES } from "./rules/leadsFoundingRules.js";
import { FUNDS_RULES } from "./rules/fundsRules.js";
import { PARTICIPATION_RULES } from "./rules/participationRules.js";
import { STANDING_PARTICIPATION_RULES } from "./rules/standingParticipationRules.js";
import { SUPPORT_RULES } from "./rules/supportRules.js";
import { MEMBERSHIP_RULES } from "./rules/membershipRules.js";
import { SEAT_RULES } from "./rules/seatRules.js";
import { CHAIR_HOST_RULES } from "./rules/chairHostRules.js";
import { CHAIR_HANDOVER_RULES } from "./rules/chairHandoverRules.js";
import { RATIFICATION_RULES } from "./rules/ratificationRules.js";
import { PLACE_RULES } from "./rules/placeRules.js";
import { OFFICE_RULES } from "./rules/officeRules.js";
import { PARTNERSHIP_RULES } from "./rules/partnershipRules.js";
import { PART_OF_RULES } from "./rules/partOfRules.js";
import { ROLE_RULES } from "./rules/roleRules.js";
import { DONOR_RULES } from "./rules/donorRules.js";
import { ROLE_NOUN_RULES } from "./rules/roleNounRules.js";
import { MEETING_ATTENDANCE_RULES } from "./rules/meetingAttendanceRules.js";
import { INVOLVEMENT_RULES } from "./rules/involvementRules.js";
import type { RelationRule } from "./rules/RelationRule.js";
import type { RelationType } from "../../src/ontology/ontology.js";

export type { RelationRule, RuleExample } from "./rules/RelationRule.js";

export const RELATION_RULES: RelationRule[] = [
  ...LEADS_RULES,
  ...LEADS_FOUNDING_RULES,
  ...LEADS_START_RULES,
  ...FUNDS_RULES,
  ...PARTICIPATION_RULES,
  ...STANDING_PARTICIPATION_RULES,
  ...SUPPORT_RULES,
  ...MEMBERSHIP_RULES,
  ...SEAT_RULES,
  ...CHAIR_HOST_RULES,
  ...CHAIR_HANDOVER_RULES,
  ...RATIFICATION_RULES,
  ...PLACE_RULES,
  ...OFFICE_RULES,
  ...PARTNERSHIP_RULES,
  ...PART_OF_RULES,
  ...ROLE_RULES,
  ...DONOR_RULES,
  ...ROLE_NOUN_RULES,
  ...MEETING_ATTENDANCE_RULES,
  ...INVOLVEMENT_RULES,
];

/**
 * Verbs of helping another actor do something: "supported the President of the Assembly in convening X",
 * "worked closely with UNDP on implementing X", "assisted Mexico in hosting X". The action after the
 * preposition is the helped actor's, so the subject does not lead, host or run X (ruleReadings.helpsAnother).
 */
/** Of those, the verbs of helping proper: "helped UNDP to implement X" (not "collaborated with Y to develop X", a joint act). */
export const HELP_VERBS = new Set(["support", "assist", "help", "aid", "advise", "back", "enable", "train", "guide", "accompany"]);
export const SUPPORT_FRAME_VERBS = new Set([
  "support", "assist", "help", "aid", "advise", "back", "work", "collaborate", "cooperate", "partner", "join",
  "provide", "contribute", "accompany", "facilitate", "enable", "train", "guide",
]);

/**
 * Relation types whose object must be the thing itself, not a name used as a modifier or a venue:
 * initiating "the GMG publication" is not leading the GMG, a "GMG expert meeting organized by OHCHR"
 * is not OHCHR leading the GMG, "part of the World Bank-led preparations" is not part of the World Bank.
 * (Supporting a "GMG publication" does support the group's work, so SUPPORTS is not listed.)
 */
export const HEAD_OBJECT_TYPES: ReadonlySet<RelationType> = new Set<RelationType>(["LEADS", "CHAIRED", "PART_OF", "HOSTED"]);

/** Words after a name that still name the thing itself ("the GFMD process"), not a thing it modifies. */
export const SAME_THING_NOUNS: ReadonlySet<string> = new Set(["process", "itself"]);

/** Class nouns an initiative's name may be written before without naming anything else: "the MIDA programme" is MIDA. */
export const INITIATIVE_CLASS_NOUNS: ReadonlySet<string> = new Set(["programme", "program", "project", "initiative", "plan", "scheme", "campaign", "facility"]);

/** Co-agents: "X, together with Y, …", "X … together with Y": Y did what X did. */
export const CO_AGENT = /^\s*,?\s*(?:together|along|jointly)\s+with\s+(?:the\s+)?$|^\s*,?\s*alongside\s+(?:the\s+)?$/i;

/** "was established in 1946 to service the X": an infinitive before the name makes it that verb's object, not the trigger's. */
export const INFINITIVE_LEAD = /\bto\s+(?!(?:the|a|an|its|their|this|these|be)\b)[a-z]+\s+(?:the\s+|its\s+|their\s+)?$/;
/** The participles of creation both patterns below end on. */
const CREATED = "(?:set up|established|created|formed|launched|convened)";
/** "a Working Group, co-led by X and Y, would be set up": a thing still to be created has no one leading or joining it yet. */
export const TO_BE_CREATED = new RegExp(`^[^.;]*?\\b(?:would|will|shall|is to|are to)\\s+be\\s+${CREATED}\\b`, "i");
/**
 * The words every TO_BE_CREATED match ends on, anywhere in a sentence: a tail of the sentence that matches holds them,
 * and a tail runs to the sentence's end, so the closing \b is the same in both. A cheap test once per sentence.
 */
export const TO_BE_CREATED_WORDS = new RegExp(`\\sbe\\s+${CREATED}\\b`, "i");
/**
 * Verbs by which a body or a meeting chooses a holder ("elected Turkey and Hungary as co-chairs"): the one choosing is
 * not what the chosen hold; a meeting that endorsed next year's co-chairs was not chaired by them.
 */
export const CHOOSING_LEMMAS: ReadonlySet<string> = new Set(["elect", "re-elect", "appoint", "endorse", "name", "choose", "designate", "select", "confirm", "nominate", "approve", "welcome"]);
/** "held the chair for the eleventh Conference": a chair's role noun claims the body after it. */
export const CHAIR_OF = /\b(?:co-)?(?:chair|chairmanship|chairship|presidency)\s+(?:for|of)\s/i;
/** A role or cause phrase before a name: "created in 2006 as a member of X", "created as a result of X" do not create X. */
export const ROLE_LEAD = /\bas\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:member|part|subsidiary|component|result|outcome|consequence)s?\s+of\b/i;

/** An event named before "at <venue>": in "a side event at the session of X, organized by Y", Y organized the event. */
export const EVENT_AT_VENUE = /\b(?:side[- ]events?|events?|meetings?|workshops?|panels?|seminars?|round[- ]tables?|briefings?|exhibitions?|receptions?|launch(?:es)?)\s+(?:at|during|on the (?:margins|sidelines) of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:of\s+(?:the\s+)?)?(?:UN\s+)?$/i;
