import type { EntityKind, RelationType } from "../../../src/ontology/ontology.js";

/**
 * Relation decision rules, kept as data and read over wink-nlp's analysis of a sentence
 * (see ruleEngine.ts). A rule fires where its trigger occurs; the trigger is a sequence
 * of slots (" / " separates alternative sequences), each "a|b|c" matching a token whose lemma or lower-case form is one of the
 * alternatives ("?slot" is optional). Adverbs, determiners and commas between slots are
 * skipped ("is jointly financed by", "as the current chair of").
 *
 * shape:
 *  - subject-first: subjects are the chain of mentions right before the trigger ("IOM and UNDP
 *    launched"), objects the list right after it. With `passive`, "<object> … financed by A and B"
 *    is read the other way round: the agents after "by" are the subjects.
 *  - object-first: the object is the nearest mention before the trigger, the subjects the list
 *    after it ("The Rabat Process comprises A, B and C", "Its members are: A, B").
 *  - list-after: subjects are the list after a colon / "are" / "include" that follows the trigger;
 *    the object is the nearest one before the list ("The States that have ratified it are: A, B").
 *  - pairwise: every pair in the list after the trigger ("a partnership between A and B").
 *  - delegation: the subjects are listed right after the trigger and the clause goes on with one of
 *    the `verbAfter` words ("Ministers of A, B and C met in Rome for the X Process"); the object is
 *    the first one named after the list (or, with implicitObject, the topic).
 *
 * A negation, a modal or a plan ("should", "will", "plans to", "calls for", "to ratify")
 * between the subject and the trigger cancels the rule: they state no fact.
 *
 * Readings every rule shares (ruleEngine.ts):
 *  - co-agents: "X, together with Y, participated in Z", "X is co-chairing with Y the Z" and
 *    "X held the chairmanship together with Y" give the relation to Y as well as X;
 *  - a trigger word inside a name ("the Population Division of UN DESA") makes that name the subject;
 *  - a name reached through a role phrase ("created as a member of X") is not the verb's object;
 *  - in a passive, a name inside a venue phrase ("a side event at the session of X, organized by")
 *    is not what the agent acted on;
 *  - for the types in HEAD_OBJECT_TYPES (relationTable.ts) the object must head its phrase:
 *    "initiated the GMG publication", "a GMG expert meeting organized by" do not lead the GMG.
 * Every rule carries positive and negative sentences; test/unit/relationTable.test.ts runs them
 * through the whole pipeline. `expect` is [sourceId, targetId] (and the role, if given).
 */
export interface RuleExample {
  text: string;
  expect: [string, string] | [string, string, string];
}

/**
 * One pairing of end kinds a rule allows, where its subjects differ by the kind of its object: a state or a body is a
 * member of a forum, only a state has a seat in an organization "it joined" (core/endPairs.ts).
 */
export interface EndPair {
  subjects: EntityKind[];
  objects: EntityKind[];
  /** Trigger words ("a|b", the first word of the matched sequence) that do not state the relation for this pairing. */
  notTriggeredBy?: string;
  /** The pairing's confidence, where it differs from the rule's. */
  confidence?: number;
}

export interface RelationRule {
  id: string;
  type: RelationType;
  trigger: string;
  shape: "subject-first" | "object-first" | "list-after" | "pairwise" | "delegation";
  passive?: boolean;
  /** list-after: the listed entities are the relation's targets, not its sources ("works in eight countries: A, B"). */
  swap?: boolean;
  /**
   * Founders of a body: when at least `atLeast` agents set up an object of these kinds with a trigger opening on one of
   * `words`, each is stated as `type` ("established by ILO, IOM, OHCHR, UNCTAD, UNHCR and UNODC as a consultative
   * body": its members), not as the rule's type.
   */
  manyFounders?: { atLeast: number; objects: EntityKind[]; words: string; type: RelationType };
  subjects: EntityKind[];
  objects: EntityKind[];
  /**
   * The (subject kind, object kind) pairings the rule allows, as data; without it, every subject kind with every object
   * kind. `subjects` and `objects` still list every kind some pairing uses (they gate which sentences are read).
   */
  pairs?: EndPair[];
  /** The object must be named, not a description or pronoun coreference resolved ("started the project" names none). */
  namedObject?: boolean;
  /** subject-first: the object must start within this many characters after the trigger. */
  objectWithin?: number;
  /** subject-first: the object may also sit inside an "of"/"for" phrase after the trigger ("took part in the civil society days of the GFMD"). */
  objectThroughOf?: boolean;
  /** subject-first: the named items of a longer coordinated object whose other items name nothing (core/objectItems.ts). */
  objectItems?: boolean;
  /** The first trigger word must be used as a verb: "its support to" is not "supports". */
  verbal?: boolean;
  /**
   * Words qualifying the trigger (inside it, or right before or after it; "a b" is two words in a row) that narrow
   * the type for objects of some kinds: "provided financial support to X", "is financially supported by" fund an
   * initiative, where a forum, which is not funded in the ontology, is still supported. The first that applies wins.
   */
  qualified?: Array<{ words: string; objects: EntityKind[]; type: RelationType }>;
  /** subject-first: an object may also end this close before the trigger ("Mexico, as GFMD Chair"). */
  objectBefore?: number;
  /**
   * subject-first: the whole named as the possessor of the trigger noun, written after a copula ("X is the Community's
   * committee of …", "X serves as IOM's main body for …"): that possessor is the object, and no name after the trigger is.
   */
  possessorObject?: boolean;
  /**
   * Text right after the trigger that makes it no trigger, as a regular expression source:
   * "the UNESCO Chair on Intercultural Dialogue" is an academic title, not chairing.
   */
  notFollowedBy?: string;
  /**
   * Words (lemma or lower-case form, "a|b|c") of which one must occur in the clause after the trigger:
   * "together with" states a partnership only when the clause speaks of joint work.
   */
  clauseHas?: string;
  /**
   * subject-first: words ("a|b|c") of which one must stand between the subject and the trigger, for noun
   * triggers that must be predicated of the subject ("X is part of", "X, now part of", "X, as part of"):
   * in "A and the Population Division of B" nothing links A to "Division".
   */
  linkBefore?: string; // "^w": w counts only right after the subject ("X, as part of Y")
  /**
   * The object may be left unwritten ("Guatemala held the presidency", "IOM attends as an observer"):
   * then it is a forum or initiative named between the subjects and the trigger ("follow its work with
   * observer status"), else the entity the section or page is about (relate() supplies it).
   */
  implicitObject?: boolean;
  /**
   * With implicitObject: the unwritten object is only the treaty the section's heading or the page names ("Peru ratified
   * on 3 May 2016" on a treaty's status page), never a treaty named in passing; none where the section so far names
   * another treaty or a treaty left unnamed ("a border treaty", "the protocol") (relate.ts pageTreaty).
   */
  pageTreatyObject?: boolean;
  /**
   * With implicitObject: the unwritten object is only a standing body the section's heading or the page's title names
   * ("Hungary joined in 1995." under "ICMPD: how the membership grew"), never one named in passing; none on a page or
   * section about a treaty (topicReader.ts `titled`).
   */
  titledObject?: boolean;
  /**
   * subject-first: the subject opens its clause, or a ", which" after it does ("Turkey, which ratified"): a name inside
   * another noun's clause ("The bill Belize ratified") or after a condition ("If Belize ratified") states no act of its own.
   */
  subjectOpensClause?: boolean;
  /** With implicitObject: the unwritten object is the meeting the section last reported ("Chile also attended"); no meeting, no object. */
  meetingObject?: boolean;
  /** With meetingObject: the meeting must have been named within this many sentences before (an act is reported right after the meeting it belongs to). */
  meetingWithin?: number;
  /**
   * With meetingObject: the common noun after the trigger that notFollowedBy requires ("took part in the talks", "joined
   * the discussions") speaks of the meeting just reported, so it stands for the unwritten object instead of hiding it.
   */
  meetingNounObject?: boolean;
  /**
   * subject-first: a passive "by" whose phrase names no actor of the subject kinds is no agent but the subject's own envoy
   * ("Nepal was represented by its labour minister"): the clause is read as active, and notFollowedBy says which envoys.
   */
  byEnvoy?: boolean;
  /**
   * With meetingWithin: a word of presence itself ("participants", "present", "represented", "sent delegations"), so past
   * that reach the meeting the section is still reporting counts (meetingScene.ts). An act ("presented
   * its work") may have been anywhere and keeps to its reach.
   */
  sceneReach?: boolean;
  /** With implicitObject: the meeting the section last reported if there is one, else the forum or initiative as usual ("Delegates from A and B were present"). */
  meetingFirst?: boolean;
  /**
   * subject-first: the text between the last subject and the trigger must match (an apposition: "Japan, the current chair,");
   * delegation: the text between the trigger and the first subject ("the incoming chair, France").
   */
  subjectGap?: string;
  /**
   * Words ("a|b") that must not stand right before the trigger, past articles and adjectives: in "thanks for the
   * chairmanship went to", the role noun is inside another phrase, not what went to someone.
   */
  notAfter?: string;
  /** Words ("a|b") the trigger must not be read across: "Malta was only the venue" names a place and denies the role. */
  notAcross?: string;
  /** CHAIRED: a period in the sentence is another holder's ("held it in 2019 and handed it on to Panama"), not this one's. */
  noPeriod?: boolean;
  /**
   * A place named before the trigger in its own sentence ("had met in Lima, and X was there") is what an adverb of place
   * such as "there" points back to, so the trigger speaks of that place, not of the meeting reported before.
   */
  noPlaceBefore?: boolean;
  /** Words ("a|b", lemma or lower-case form) of which one must stand before the trigger in the sentence: "handed it on" speaks of a chair only after "held the presidency". */
  sentenceHas?: string;
  /**
   * subject-first: the text between the trigger and the first object must match, else the words after the trigger
   * name something else the object belongs to ("contributed 5 million euros to X", not "gave grants to towns under X").
   */
  objectGap?: string;
  /** subject-first: with no object after the trigger, the subjects are each other's partners ("A and B signed an agreement"). */
  pairsOfSubjects?: boolean;
  /** object-first: one of these words between the object and the trigger names another role ("Its observers include"). */
  blockedBy?: string;
  /** list-after: what opens the list, when narrower than ":", "are", "include(s)", "including", "namely". */
  listCue?: string;
  /**
   * list-after: the trigger opens with a count ("the four governments of X, A, B, C and D"); a list of another length
   * runs past the counted class or falls short of it, and states nothing.
   */
  countedList?: boolean;
  /** delegation: the object must be named within this many characters after the list (never earlier, never the topic). */
  objectAfterList?: number;
  /** delegation: the words one of which must follow the list ("met", "attended"); none: any. */
  verbAfter?: string;
  /**
   * pairwise: the most agents the list may hold. Two bodies that host an event together work as partners; four
   * conveners of one meeting are a coalition for that day, and six pairwise partnerships would be read into it.
   */
  maxAgents?: number;
  confidence: number;
  examples: { positive: RuleExample[]; negative: RuleExample[] };
}
