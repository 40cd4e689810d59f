import { escapeRegExp } from "./escapeRegExp.js";
import { ACTION_COMPANIONS, MEETING_COMPANIONS } from "./titleShapeRules.js";

/** ACTION_COMPANIONS (titleShapeRules.ts): a declaration or framework named with the plan of action adopted with it. */

const WORDS = ACTION_COMPANIONS.words.map(escapeRegExp).join("|");
const COMPANION = new RegExp(`^(?:${WORDS})\\b`);
/**
 * "Action Plan" is a programme of its own that the declaration comes with ("the Marrakesh Political Declaration and
 * Action Plan"): one title, but the plan, not the declaration, says what kind of thing the whole is.
 */
const HEADING_COMPANIONS = new Set(["Action Plan"]);
const OTHER_WORDS = ACTION_COMPANIONS.words.filter((w) => !HEADING_COMPANIONS.has(w)).map(escapeRegExp).join("|");
const WITH_COMPANION = new RegExp(`\\s+and\\s+(?:${OTHER_WORDS})\\b.*$`);

/** "Plan of Action" after a bare "and": the companion of the title before it, no name of its own (ACTION_COMPANIONS). */
export function isActionCompanion(right: string): boolean {
  return COMPANION.test(right);
}

/** The title before a companion it was adopted with ("Tinland Declaration" of "Tinland Declaration and Plan of Action"); a plan that heads the whole stays. */
export function withoutCompanion(name: string): string {
  if (!name.includes(" and ")) return name;
  const m = WITH_COMPANION.exec(name);
  return m ? name.slice(0, m.index) : name;
}

const MEETING_COMPANION = new RegExp(`^(?:${MEETING_COMPANIONS.words.map(escapeRegExp).join("|")})\\b`);
/** A meeting's head closing the words before the "and": "… Summit", "… Conference", "… Meeting". */
const MEETING_HEAD = /\b(?:Summit|Conference|Meeting|Session|Forum|Dialogue)$/;

/** "Pledging Conference" after "… Summit and": the pledging event held as one with the meeting before it (MEETING_COMPANIONS). */
export function isMeetingCompanion(left: string, right: string): boolean {
  return MEETING_HEAD.test(left.trim()) && MEETING_COMPANION.test(right);
}
