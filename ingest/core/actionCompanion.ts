import { escapeRegExp } from "./escapeRegExp.js";
import { ACTION_COMPANIONS } from "./titleShapeRules.js";

/** ACTION_COMPANIONS (titleShapeRules.ts): a declaration or framework named with the plan of action adopted with it. */

const WORDS = ACTION_COMPANIONS.words.map(escapeRegExp).join("|");
const COMPANION = new RegExp(`^(?:${WORDS})\\b`);
const WITH_COMPANION = new RegExp(`\\s+and\\s+(?:${WORDS})\\b.*$`);

/** "Plan of Action" after a bare "and": the companion of the title before it, no name of its own (ACTION_COMPANIONS). */
export function isActionCompanion(right: string): boolean {
  return COMPANION.test(right);
}

/** The title before a companion it was adopted with ("Tinland Declaration" of "Tinland Declaration and Plan of Action"). */
export function withoutCompanion(name: string): string {
  if (!name.includes(" and ")) return name;
  const m = WITH_COMPANION.exec(name);
  return m ? name.slice(0, m.index) : name;
}
