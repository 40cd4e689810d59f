/**
 * The nouns meetings and meeting series are named by, as data: one row a noun, and what a name or phrase headed
 * by it says. Every list of meeting nouns the readers use is derived from this table (meetingNounsWhere and the
 * named selections below); a reader that leaves a noun out on purpose says so where it selects. A new meeting noun
 * is one row here: set its columns, and each reader that selects by them takes it.
 *
 * This module imports nothing, so any rule module may import it without closing an import cycle.
 */
export interface MeetingNoun {
  /** Singular, lower case. */
  noun: string;
  plural: string;
  /**
   * What a name headed by it names: "series", a standing series that meets ("the Coral Sea Labour Dialogue", "the
   * Bali Process"); "sitting", one sitting ("a Workshop on Port Data", "the 14th plenary"); "both", either one
   * ("the Regional Conference on Migration" meets every year; "the Oslo Conference on Coastal Refugees" met once).
   */
  names: "series" | "sitting" | "both";
  /** Its plural heads a series' name too: "the Intergovernmental Consultations", "the Inter-Regional Conferences on X". */
  pluralNames?: boolean;
  /**
   * The bare capitalised noun may stand for the series the text names ("the 2010 Forum", "the Dialogue's Dubai
   * meeting"): a bare use names something. Where false, a bare use names nothing of its own ("the Round", "the
   * Plenary").
   */
  shortName?: boolean;
  /** A sitting of a series may be counted with it: "the fifth ministerial conference", "the 3rd round of the X". */
  counted?: boolean;
  /** A one-off meeting's own name may end in it: "an Expert Meeting on Coastal Rescue", "the Lagos Summit on X". */
  oneOff?: boolean;
}

export const MEETING_NOUN_ROWS: readonly MeetingNoun[] = [
  { noun: "meeting", plural: "meetings", names: "both", pluralNames: true, counted: true, oneOff: true },
  { noun: "conference", plural: "conferences", names: "both", pluralNames: true, shortName: true, counted: true, oneOff: true },
  { noun: "consultation", plural: "consultations", names: "both", pluralNames: true, shortName: true, counted: true, oneOff: true },
  { noun: "summit", plural: "summits", names: "both", shortName: true, counted: true, oneOff: true },
  { noun: "session", plural: "sessions", names: "sitting", counted: true, oneOff: true },
  { noun: "symposium", plural: "symposia", names: "both", oneOff: true },
  { noun: "seminar", plural: "seminars", names: "sitting", oneOff: true },
  { noun: "workshop", plural: "workshops", names: "sitting", oneOff: true },
  { noun: "plenary", plural: "plenaries", names: "sitting" },
  { noun: "round", plural: "rounds", names: "sitting", counted: true },
  { noun: "edition", plural: "editions", names: "sitting" },
  { noun: "forum", plural: "forums", names: "series", pluralNames: true, shortName: true },
  { noun: "dialogue", plural: "dialogues", names: "series", pluralNames: true, shortName: true },
  { noun: "process", plural: "processes", names: "series", shortName: true },
  { noun: "assembly", plural: "assemblies", names: "both" },
  { noun: "congress", plural: "congresses", names: "both" },
];

/** Each meeting noun's singular by its plural: "sessions" → "session". */
export const SINGULAR_OF_PLURAL: ReadonlyMap<string, string> = new Map(MEETING_NOUN_ROWS.map((n) => [n.plural, n.noun]));

/** The singular nouns of the rows that pass `test`, in table order, leaving out `except` (each reader says why). */
export function meetingNounsWhere(test: (n: MeetingNoun) => boolean, except: readonly string[] = []): string[] {
  return MEETING_NOUN_ROWS.filter((n) => test(n) && !except.includes(n.noun)).map((n) => n.noun);
}

/** "Conference" for "conference". */
export const capitalised = (noun: string): string => noun[0]!.toUpperCase() + noun.slice(1);

/** A regular-expression alternative for a noun, with "s?" where its plural names a series too ("Consultations?"). */
export const withNamingPlural = (noun: string, spell: (w: string) => string = (w) => w): string =>
  MEETING_NOUN_ROWS.find((n) => n.noun === noun)?.pluralNames ? `${spell(noun)}s?` : spell(noun);

/** Nouns a one-off meeting's own name ends in ("Expert Meeting on Coastal Rescue"). */
export const ONE_OFF_NOUNS = meetingNounsWhere((n) => !!n.oneOff);
/** Nouns a numbered or kinded sitting of a series is called by ("the fifth ministerial conference", "the 3rd round"). */
export const COUNTED_NOUNS = meetingNounsWhere((n) => !!n.counted);
/** Nouns that are both: one sitting, numbered or named ("the Ministerial Conference", "a Special Session on X"). */
export const SITTING_NOUNS = meetingNounsWhere((n) => !!n.counted && !!n.oneOff);
/** Nouns whose bare capitalised use stands for a series the text names ("the 2010 Forum", "the Process"). */
export const SHORT_NAME_NOUNS = meetingNounsWhere((n) => !!n.shortName);
/**
 * Heads of a standing series whose name says it meets ("Global Forum on …", "Senior Officials' Meeting"): each of
 * its meetings has a place and a date. A process is a series too, but its name says nothing of meeting.
 */
export const MEETS_NOUNS = meetingNounsWhere((n) => n.names !== "sitting", ["process"]);

/** The readers that select meeting-kind words (meetingKindWords), each named for the pattern it builds. */
export type KindWordReader = "heading" | "kindMeeting" | "seriesPhrases" | "rightAfter";

/**
 * Words that say what kind of sitting a meeting is, before its noun ("ministerial", "Senior Officials'", "the fifth
 * plenary meeting"), as data: one row a word, `spell` its regular-expression source in lower case. Every reader that
 * reads such words takes them from here (meetingKindWords); a reader that leaves a word out says so in `except`, with the
 * reason beside the row. A new kind word is one row, and every reader takes it.
 */
export interface MeetingKindWord {
  spell: string;
  except?: readonly KindWordReader[];
  /** A sitting of this kind is not the series' regular one of that year (otherSittingKind, YEAR_SITTING). */
  otherSitting?: true;
}

export const MEETING_KIND_WORDS: readonly MeetingKindWord[] = [
  { spell: "ministerial" },
  // After a series' name "vice-ministerial" is read as a name's own word (KIND_RIGHT_AFTER keeps to the common levels).
  { spell: "vice-ministerial", except: ["rightAfter"] },
  { spell: "regional" },
  { spell: "sub-regional", except: ["seriesPhrases", "rightAfter"] },
  { spell: "senior" },
  { spell: "officials[’']?" },
  { spell: "technical" },
  { spell: "experts?[’']?" },
  { spell: "annual" },
  { spell: "plenary" },
  { spell: "high-level" },
  { spell: "thematic" },
  { spell: "preparatory", except: ["rightAfter"], otherSitting: true },
  // How formally, or at what level below ministers, it sits: "the tenth informal meeting", "its sixth working-level meeting".
  { spell: "informal", otherSitting: true },
  { spell: "working-level" },
  // A steering committee's meeting: a heading's "Steering Committee Meeting" names a body's meeting, not a kind.
  { spell: "steering", except: ["heading", "rightAfter"] },
  // A special or extraordinary sitting numbers its own meetings beside the regular ones (SITTING_KIND); a lower-case
  // "a special meeting" in prose or after a series' name is left to the name readers ("a Special Meeting on X").
  { spell: "special", except: ["kindMeeting", "rightAfter"], otherSitting: true },
  { spell: "extraordinary", except: ["kindMeeting", "rightAfter"], otherSitting: true },
  // Words a heading's field may carry before its noun; in prose they open names of their own ("General Conference").
  { spell: "general", except: ["kindMeeting", "seriesPhrases", "rightAfter"] },
  { spell: "ordinary", except: ["kindMeeting", "seriesPhrases", "rightAfter"] },
  { spell: "joint", except: ["kindMeeting", "seriesPhrases", "rightAfter"] },
  { spell: "inaugural", except: ["kindMeeting", "seriesPhrases", "rightAfter"] },
  { spell: "working", except: ["seriesPhrases", "rightAfter"] },
  { spell: "consultative", except: ["seriesPhrases", "rightAfter"] },
  { spell: "global", except: ["kindMeeting", "seriesPhrases", "rightAfter"] },
  { spell: "all\\s+members", except: ["kindMeeting", "seriesPhrases", "rightAfter"] },
  // A meeting's length is read with a kind in prose ("a two-day workshop held in Rome on …") only.
  { spell: "one-day", except: ["heading", "seriesPhrases", "rightAfter"] },
  { spell: "two-day", except: ["heading", "seriesPhrases", "rightAfter"] },
  { spell: "three-day", except: ["heading", "seriesPhrases", "rightAfter"] },
];

/**
 * The kind words a reader takes, as one regular-expression alternation: "lower" as spelt (for a pattern read without
 * case), "either" with its first letter in either case ("[Mm]inisterial"), "capital" capitalised, a word after a hyphen
 * in either case ("Vice-[Mm]inisterial", for a title-cased name).
 */
export function meetingKindWords(reader: KindWordReader, style: "lower" | "either" | "capital" = "lower"): string {
  const spell = (s: string) =>
    style === "lower" ? s
    : style === "either" ? `[${s[0]!.toUpperCase()}${s[0]}]${s.slice(1)}`
    : s[0]!.toUpperCase() + s.slice(1).replace(/-([a-z])/g, (_, c: string) => `-[${c.toUpperCase()}${c}]`);
  return MEETING_KIND_WORDS.filter((w) => !w.except?.includes(reader)).map((w) => spell(w.spell)).join("|");
}

const PLURAL_HEAD = new RegExp(`\\b(${MEETING_NOUN_ROWS.filter((n) => n.pluralNames).map((n) => capitalised(n.plural)).join("|")})\\b`);
/**
 * What one sitting of a series is called: a series named by a plural ("the Annual Forums on Border Health") meets
 * as one of them, so its sitting takes the singular ("the Annual Forum on Border Health 2019").
 */
export function sittingName(seriesName: string): string {
  // Only the name's head: a plural after another meeting noun ("Global Forum on Fisheries Meetings") is part of its subject.
  return seriesName.replace(PLURAL_HEAD, (w, _g: string, at: number) => (SINGULAR_HEAD.test(seriesName.slice(0, at)) ? w : capitalised(MEETING_NOUN_ROWS.find((n) => capitalised(n.plural) === w)!.noun)));
}
const SINGULAR_HEAD = new RegExp(`\\b(?:${MEETING_NOUN_ROWS.map((n) => capitalised(n.noun)).join("|")})\\b`);

/**
 * What a series' sittings are keyed by: its id without the prefix, a plural head made singular as sittingName does
 * for the name ("forum:coral-meetings-on-pilots" → "coral-meeting-on-pilots"). A series one page names by its plural
 * and another by its singular is one series, so its sitting of a year has one id whichever id the series was read under
 * (SERIES_SINGULAR_KEY); a plural after a singular meeting noun ("global-forum-on-fisheries-meetings") stays.
 */
export function sittingSlug(seriesId: string): string {
  const words = seriesId.replace(/^[a-z]+:/, "").split("-");
  const at = words.findIndex((w) => SINGULAR_NOUNS.has(w));
  return words.map((w, i) => (at !== -1 && at < i ? w : (PLURAL_SINGULAR.get(w) ?? w))).join("-");
}
const SINGULAR_NOUNS = new Set(MEETING_NOUN_ROWS.map((n) => n.noun));
const PLURAL_SINGULAR = new Map(MEETING_NOUN_ROWS.filter((n) => n.pluralNames).map((n) => [n.plural, n.noun]));

/**
 * Words that describe a meeting without making it another one: "the two-day session", "the annual meeting", "its
 * biennial conference". Shared by the description reader (descriptionHeads.ts) and the own-meeting guard
 * (ownMeeting.ts). A "side" or "preparatory" meeting is a different event, so such words are not here.
 */
export const SAME_THING_MODIFIERS = "(?:(?:one|two|three|four|five|\\d)-day|annual|yearly|biennial|ministerial|high-level|flagship|main)";
