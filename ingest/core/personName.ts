import { HEAD_NOUNS } from "./headNouns.js";
import { LEADING_NOISE } from "./nameTrim.js";
import type { PassageScan } from "./PassageScan.js";

/**
 * A person's name as the office-holder readers (stateOfficeHolders.ts, bodyOfficeHolders.ts) find it next to an
 * office, and the tests that keep a body's, a place's or a clause's words from being read as one.
 */

/** A person's name: two to four capitalised words, with the particles of family names ("von der", "al-"). */
export const PERSON = String.raw`[A-Z][\p{Ll}’'-]+(?:\s+(?:(?:von|van|der|den|de|da|del|la|le|bin|al|el|ibn)\s+)*[A-Z][\p{L}’'-]+){1,3}`;

/**
 * Words that open a clause or phrase and so start no person's name set before an office: "In Lima, Peru's minister".
 * These are the words a name's start is trimmed of (nameTrim.ts LEADING_NOISE), and "But" and "Yesterday", which
 * open a sentence before a name as readily.
 */
export const NOT_A_GIVEN_NAME = new RegExp(String.raw`${LEADING_NOISE.source}|^(?:But|Yesterday)\s`);

/** A name with a body's, forum's or programme's head noun ("European Council") or a place's is no person. */
const NAME_WORDS = new Set([...Object.values(HEAD_NOUNS.words).flat(), "Nations", "States", "Republic", "Kingdom", "Government"]);
export const isPersonName = (scan: PassageScan, words: string) => !words.split(/\s+/).some((w) => NAME_WORDS.has(w)) && !scan.doc.isPlace(words);
