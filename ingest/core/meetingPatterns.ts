import { MONTH } from "./months.js";
import { MEETINGS } from "./nameRules.js";
import { ORDINAL, ORDINAL_WORDS } from "./ordinals.js";
import { TENS } from "./numberWords.js";
import { capitalised, COUNTED_NOUNS, meetingKindWords, MEETS_NOUNS, meetingNounsWhere, ONE_OFF_NOUNS, SHORT_NAME_NOUNS, SITTING_NOUNS, withNamingPlural } from "./meetingNouns.js";
import { ORDINAL_OR_ROMAN } from "./seriesMeetingPhrases.js";

/** The phrase patterns meetings.ts reads dated and numbered meetings of standing forums by. */
/** An ordinal word or a year right before a phrase: what makes "Ministerial Conference of the X Process" one meeting. */
export const ORDINAL_OR_YEAR_BEFORE = new RegExp(`(?<![\\w-])${ORDINAL}\\s+$`, "i");
/** "the Global Refugee Forum 2019": a year right after a standing forum's name (never a span "2019–2020"). */
export const YEAR_RIGHT_AFTER = /^\s+((?:19|20)\d{2})\b(?!\s*[-–/]\s*\d)/;
/** Heads of a one-off meeting the series reader leaves alone; a Summit may be a standing series's sitting ("the EU-AU Summit"), so it is read as one. */
export const ONE_OFF_HEADS = new Set(meetingNounsWhere((n) => !!n.oneOff, ["summit"]));
/** Heads a discovered one-off meeting may have (Summit too): such a name acting as a meeting is that one meeting. */
export const ONE_OFF_WORDS = new Set(ONE_OFF_NOUNS);
/** A meeting name opening on a word that sets this one sitting apart from the ordinary ones ("Extraordinary Summit"). */
export const ONE_SITTING_OPENING = /^(?:Extraordinary|Special|Emergency)\s/;
/** "the Ibero-American Forum on X in Cuenca, Ecuador, in 2008": a venue and a year right after a forum's name. */
export const VENUE_YEAR_AFTER = new RegExp(`^(,?\\s+(?:held\\s+|hosted\\s+)?(?:in|at)\\s+)([A-Z][\\p{L}’'\\-]+(?:,?\\s+[A-Z][\\p{L}’'\\-]+){0,3}),?\\s+(?:in|on)\\s+(?:(?:\\d{1,2}\\s+)?${MONTH}\\s+)?((?:19|20)\\d{2})\\b(?!\\s*[-–/]\\s*\\d)`, "u");
export const NOUN = `(${MEETINGS.words.join("|")})`;
/** "… the 21st technical meeting of the " right before a standing forum's name. */
export const ORDINAL_BEFORE = new RegExp(`(?<![\\w-])(?:[Tt]he\\s+)?${ORDINAL_OR_ROMAN}\\s+((?:[A-Za-z][A-Za-z’'-]*\\s+){0,3}?)${NOUN}\\s+(?:of|for)\\s+(?:the\\s+)?$`, "i");
export const ORDINAL_DIRECT = new RegExp(`(?<![\\w-])(?:[Tt]he\\s+)?${ORDINAL}\\s+$`, "i");
/** "The X Process held its 12th Ministerial Conference" ("the X Consultations held their …"): "its" is the forum named last in the sentence. */
export const ITS_ORDINAL = new RegExp(`\\b(?:its|their)\\s+${ORDINAL_OR_ROMAN}\\s+((?:[A-Za-z][A-Za-z’'-]*\\s+){0,3})${NOUN}\\b`, "gi");
/** "the 2010 Forum": a year and a forum's head noun, read against the forum named last. */
/** "the 2010 Forum", "the seventh Conference", "the XIII Conference": a year, an ordinal or a capital Roman numeral before a series' head word. */
export const YEAR_HEAD = new RegExp(`\\b[Tt]he\\s+(${ORDINAL.slice(1, -1)}|[IVXLC]{1,7})\\s+(${SHORT_NAME_NOUNS.map((w) => withNamingPlural(w, capitalised)).join("|")})\\b(?!\\s+(?:on|for|of)\\s+[A-Z])`, "g");
/**
 * "The second conference (Brussels II) was hosted by …": an ordinal word before a lower-case meeting noun with no
 * complement of its own is that numbered meeting of the series named before, as "the seventh Conference" is.
 */
export const ORDINAL_LOWER_HEAD = new RegExp(`\\b[Tt]he\\s+((?:(?:${TENS.join("|")})-)?(?:${ORDINAL_WORDS.join("|")}))\\s+(forum|summit|conference)\\b(?!\\s+(?:on|for|of|in|at|to)\\b)`, "g");


/** Series whose name says they meet (not a group or a process), and what a meeting does in its own sentence. */
export const MEETING_HEADS = new RegExp(`\\b(?:${MEETS_NOUNS.map((w) => withNamingPlural(w, capitalised)).join("|")})\\b`);
/** "met for the sixth time", "gathered for the first time": a meeting counted right after the series' name. */
export const COUNTED_TIME = /^\s*(?:\([A-Z][A-Za-z.-]{1,12}\)\s*)?,?\s+(?:met|gathered|convened)\s+for\s+the\s+[a-z-]+\s+time\b/;
export const MEETING_ACT = /^\s*(?:,\s*)?(?:(?:was|were)\s+)?(?:co-)?(?:held|hosted|convened|organi[sz]ed|met|took\s+place)\b/;

/**
 * "the Rabat Process ministerial conference held in Marrakesh in 2018", "the Budapest Process senior officials' meeting in
 * Ankara in 2019": a kind of meeting right after a standing series' name, and the words after it that date it (a venue
 * and a year, or the year alone). A year further on ("of the 2018 plan") or a planned date ("to be held") dates nothing.
 */
export const KIND_RIGHT_AFTER = new RegExp(String.raw`^\s+((?:(?:${meetingKindWords("rightAfter")})\s+){0,3})(${SITTING_NOUNS.join("|")})\b`, "i");
export const DATED_AFTER_KIND = new RegExp(`^,?\\s+(?:(?:was\\s+)?(?:held|hosted|convened)\\s+)?(?:(?:in|at)\\s+[A-Z][\\p{L}’'\\-]+(?:,?\\s+[A-Z][\\p{L}’'\\-]+){0,2},?\\s+)?(?:in|on|of)\\s+(?:(?:\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?\\s+)?${MONTH}\\s+)?((?:19|20)\\d{2})\\b(?!\\s*[-–/]\\s*\\d)`, "u");
/** "since the X meeting in 2013": a meeting used as a date is named, not reported. */
export const AS_A_DATE = /\b(?:since|until|after|before)\s+(?:the\s+)?$/i;
