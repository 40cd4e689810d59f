import { headKind } from "./headKind.js";
import { isGeneric } from "./nameTrim.js";

const INITIATIVE_AFTER = /^\s+(?:programme|program|project|initiative|campaign|facility)\b/;
const PUBLICATION_WORD = /\b(?:Report|Study|Survey|Review|Handbook|Guide|Manual|Series|Bulletin|Newsletter)\b/;

/**
 * "the Better Migration Management programme": a capitalised title without a head noun of its own, followed by a
 * lower-case programme noun, is an initiative named by the title (TITLE_BEFORE_NOUN). Generic words, a publication
 * title ("the Labour Survey programme") or an adjective of origin ("the West African programme") describe instead.
 */
export function isTitleBeforeNoun(name: string, after: string, demonyms: ReadonlyMap<string, string>): boolean {
  if ((headKind(name) && !isActionOfTitle(name)) || !INITIATIVE_AFTER.test(after) || isGeneric(name) || PUBLICATION_WORD.test(name)) return false;
  const last = name.split(/\s+/).pop()!;
  return !demonyms.has(last) && !/(?:an|ese|ish|ic)$/.test(last);
}

/**
 * A head noun that names an action as well as a body ("Movement", "Administration"), with "of" and what the action
 * is done to after it: "Free Movement of Persons" is the moving of persons, a topic, not a movement that acts. Only a
 * manner adjective before the head ("Free", "Safe", "Orderly") makes it the action: without one "the Movement of
 * Undocumented Workers" is a body of those workers, and before a programme noun it runs the campaign, it is not its
 * name. Before a programme noun such a title is the programme's name ("a Free Movement of Persons campaign"); a
 * movement named for its cause ("the Movement Against Xenophobia", "the Harbour Workers Movement") stays a body.
 */
const MANNER = "Free|Freer|Safe|Safer|Fair|Orderly|Regular|Ethical|Humane|Dignified|Voluntary|Legal|Circular";
const ACTION_OF = new RegExp(`(?:^|\\s)(?:${MANNER})\\s+(?:Movement|Movements|Administration)\\s+of\\s+(?:the\\s+)?[A-Z]`);
export const isActionOfTitle = (name: string): boolean => ACTION_OF.test(name);

/** "the Friends of Migration group": a group of states named for what it befriends, its head noun in lower case after it. */
const FRIENDS = /^Friends\s+of\s+(?:the\s+)?[A-Z]/;
const GROUP_AFTER = /^\s+group\b/;

/** "the Friends of the Forum": an article before "Friends of" makes it a group's name, as a "group" after it does. */
const ARTICLE_BEFORE = /\bthe\s+$/i;

/** The kind a title takes from the lower-case noun after it (TITLE_BEFORE_NOUN), or null. */
export function titleBeforeNounKind(name: string, after: string, demonyms: ReadonlyMap<string, string>, before = ""): "INITIATIVE" | "FORUM" | null {
  // After an article only a proper name is befriended: "the Friends of the Forum" is the forum's circle, written by its head word.
  const befriended = name.replace(/^Friends\s+of\s+(?:the\s+)?/, "");
  if (FRIENDS.test(name) && (GROUP_AFTER.test(after) || (ARTICLE_BEFORE.test(before) && !isGeneric(befriended))) && !headKind(name)) return "FORUM";
  return isTitleBeforeNoun(name, after, demonyms) ? "INITIATIVE" : null;
}
