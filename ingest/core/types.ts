import type { Occasion } from "./Occasion.js";
/**
 * The data that flows through the pure ingest core:
 *   read → normalise → structure → recognise → resolve → relate → statements.
 * Each stage takes the previous stage's values and returns new ones; only the
 * reader (files in) and the loader (Cypher out) do I/O.
 */
import type { EntityKind, RelationType } from "../../src/ontology/ontology.js";

/** A file as read from disk, already validated (UTF-8, not binary, within size). */
export interface SourceFile {
  /** Path as given on the command line or found in a folder. */
  path: string;
  /** File name without folders, e.g. `002_bbe8d57f18636fbc.txt`; the document's natural key. */
  name: string;
  format: "txt" | "md" | "html";
  text: string;
  bytes: number;
  /** sha256 of the raw bytes, hex. */
  hash: string;
}

/**
 * Normalised text keeps a map back to the source so evidence can cite exact
 * character offsets in the original file: `offsets[i]` is the source offset
 * of `text[i]`.
 */
export interface NormalText {
  text: string;
  offsets: Int32Array;
}

export type BlockKind = "title" | "heading" | "paragraph" | "list-item" | "footnote" | "url-list";

/** A unit of normalised text (a rebuilt paragraph, a list item, a footnote…). */
export interface Block extends NormalText {
  kind: BlockKind;
  /** Source offsets of the block: [start, end). */
  start: number;
  end: number;
}

export interface Sentence {
  text: string;
  /** Offsets inside the passage text. */
  localStart: number;
  localEnd: number;
  /** Offsets in the source file. */
  start: number;
  end: number;
}

/** Canonical questionnaire sections of the book; free headings keep their own text as `section`. */
export type SectionKey =
  | "introduction"
  | "activities"
  | "gfmd-support"
  | "good-practices"
  | "challenges"
  | "gaps"
  | "recommendations"
  | "other";

export interface Passage {
  id: string;
  documentId: string;
  ordinal: number;
  kind: Exclude<BlockKind, "title" | "heading" | "url-list">;
  /** Chapter heading as printed, e.g. "International Organization for Migration"; null outside chapters. */
  chapter: string | null;
  /** Entity id of the agency that owns the chapter; set by `recognise` from the chapter heading. */
  chapterOwnerId: string | null;
  /** News pages: index of the article this passage belongs to. */
  article: number | null;
  sectionKey: SectionKey | null;
  /** Section heading as printed (or the canonical label when none was printed). */
  section: string | null;
  /** A heading printed right above the section's heading with no passage of its own ("Projects" over "Coastal Atlas"). */
  headingAbove?: string;
  text: string;
  /** Source offsets: [start, end). */
  start: number;
  end: number;
  sentences: Sentence[];
}

export interface StructuredDocument {
  id: string;
  title: string;
  source: string;
  bytes: number;
  hash: string;
  passages: Passage[];
  /** The banner line that files the page under a section, a region and a country ("DIRECTORY | Asia | Nepal"), if any. */
  banner?: string;
}

/** How a mention was found; also recorded as the extraction method on evidence. */
export type MentionMethod =
  | "catalog"
  | "acronym-definition"
  | "name-pattern"
  | "quoted-title"
  | "meeting"
  | "chapter-self-reference";

export interface Mention {
  passageId: string;
  sentenceIndex: number;
  /** Offsets inside the passage text. */
  localStart: number;
  localEnd: number;
  surface: string;
  kind: EntityKind;
  /** Catalog key for closed-set entities, or a candidate key for discovered ones (before resolution). */
  key: string;
  method: MentionMethod;
  confidence: number;
  /** Set by resolve. */
  entityId?: string;
  /** A yearless meeting name: the year the words after it state (meetingYears.ts). */
  statedYear?: number;
  /** A yearless meeting name: the host it is stated with ("… in Bangkok"), and that place's country id. */
  statedHost?: { place: string; country: string };
  /** A series' meeting: the day, number and city its phrase states (meetingOccasion.ts). */
  occasion?: Occasion;
}

export interface EntityRecord {
  id: string;
  kind: EntityKind;
  name: string;
  acronym: string | null;
  aliases: string[];
  /** Forum events only. */
  isEvent?: boolean;
  year?: number | null;
  iso2?: string | null;
  iso3?: string | null;
  adoptedYear?: number | null;
  /** Sub-units: the organization they belong to; forum events: their standing forum. */
  parentId?: string;
  /** Forum events: the day ("2017-11-13") or month ("2017-11") the text states, when it states one. */
  date?: string;
  /** Forum events: the meeting's number in its series, when stated. */
  ordinal?: number;
  /** Forum events: the venue city, when stated (a venue is no host unless the text says so). */
  city?: string;
  /** Where identity came from: the reference catalog or open-set discovery. */
  origin: "catalog" | "discovered";
}

export interface EvidenceRecord {
  id: string;
  relationId: string;
  passageId: string;
  documentId: string;
  section: string | null;
  /** The sentence (or enumeration) that states the relation. */
  text: string;
  /** Source offsets. */
  start: number;
  end: number;
  method: string;
  confidence: number;
}

export interface RelationRecord {
  id: string;
  type: RelationType;
  sourceId: string;
  targetId: string;
  year: number | null;
  role: string | null;
  /** Best confidence across evidence. */
  confidence: number;
  method: string;
  evidence: EvidenceRecord[];
}

export interface MentionCount {
  passageId: string;
  entityId: string;
  count: number;
}

export interface Warning {
  documentId: string;
  stage: "read" | "normalise" | "structure" | "recognise" | "resolve" | "relate" | "load";
  message: string;
}

/** Everything one document contributes; loaded in a single transaction. */
export interface DocumentGraph {
  document: Omit<StructuredDocument, "passages"> & { passageCount: number };
  passages: Omit<Passage, "sentences" | "chapterOwnerId">[];
  entities: EntityRecord[];
  mentions: MentionCount[];
  relations: RelationRecord[];
  warnings: Warning[];
}

/** One way a catalog entity is written, and whether case matters when matching it. */
export interface Form {
  text: string;
  caseSensitive: boolean;
  /** Generic words only ("Global Forum"): matches only with each word capitalised, in any other spelling. */
  titled?: boolean;
  /**
   * A state's formal style ("Republic of Kenya", FORMAL_STATE_NAMES): not a match where a capitalised word runs on
   * after it, since the style then opens a body's name ("Republic of Kenya Ports Authority") and the state is its
   * short name there.
   */
  styled?: boolean;
}

/** A name discovered in a document (not from the catalog). */
export interface DiscoveredName {
  key: string;
  kind: EntityKind;
  name: string;
  acronym: string | null;
  /** Sub-units: the parent organization; meetings: the standing forum. */
  parentId?: string;
  isEvent?: boolean;
  year?: number | null;
  /** Another way the text wrote it ("the 7th Ministerial Conference of the Bali Process"). */
  alias?: string;
  /** A state's ministry as the text wrote it bare ("the Ministry of X" in "In Ghana, the Ministry of X"): a second alias. */
  bareAlias?: string;
  /** A name written after its owner's name ("ILO Decent Work Agenda", "IMO Maritime Safety Committee"): the owner and the rest. */
  owner?: { id: string; local: string };
  /** The parent is only the chapter's agency, not stated in the text: a stated parent elsewhere wins. */
  parentGuessed?: boolean;
  /** Agencies whose own chapters mention the name: a bare name folds into an owned one only where no other agency claims it. */
  chapterOwners?: string[];
  /** The text calls this name another name of that key ("X (or, simply, Y)", "the former Y (now X)"): ALSO_CALLED. */
  sameAs?: string;
  /** The kind was read from the words around the name, not its head noun (APPOSITIVE_KIND, LEGAL_FORMS). */
  kindStated?: boolean;
  /** A numbered meeting's natural key within its series ("1 conference"), also when it is dated (ORDINAL_YEAR). */
  ordinal?: string;
  /** A series' meeting: the occasion its mentions state (meetingOccasions.ts). */
  occasion?: Occasion;
  /** A dated one-off the text calls the first meeting of this standing forum: its parent once documents agree (oneOffSeries.ts). */
  firstOf?: string;
  /** A meeting the text calls special, extraordinary, preparatory or informal (otherSittingKind.ts). */
  otherSitting?: string;
  /** A title of generic words only: the owner, year or city its document gives it, part of its key (genericTitleKey.ts). */
  titleOf?: string;
  /** A treaty named and keyed by its title though the page wrote its city before it: the name as written (cityTreatyKey.ts). */
  cityWritten?: string;
}
