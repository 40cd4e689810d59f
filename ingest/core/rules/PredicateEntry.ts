import type { EntityKind, RelationType } from "../../../src/ontology/ontology.js";
import type { RuleExample } from "./RelationRule.js";

/**
 * One entry of the predicate lexicon read by predicateReader.ts: a governing word (a verb
 * lemma or a role noun) with the relation type it states and which way it points.
 *
 * The reader takes two neighbouring groups of mentions in a sentence, L then R ("A and B"
 * … "C, D"), and looks at the words between them. An entry applies when its phrase is the
 * last predicate in that stretch and only articles, adjectives or numbers follow it up to R
 * ("took part in the", "is a founding member of the", "is co-financed by the").
 *
 * `phrase` is a sequence of slots ("a|b" matches a token whose lemma or lower-case form is one of
 * them); " / " separates alternative sequences.
 *
 * frame:
 *  - "active": L did it to R ("A joined B", "A is a member of B"); L must be the clause's subject.
 *  - "passive": R did it to L ("B is funded by A", "B, hosted by A"); the phrase ends with "by".
 *  - "inverted": L's role list names R ("B, whose members include A", "Its members are: A").
 *  - "adjunct": R gave L something ("B … with financial support from A").
 *
 * `types` maps the kind of the relation's target (EVENT for a dated meeting) to the type stated;
 * a target kind not listed states nothing, except that a meeting not listed is read as a FORUM.
 * EVENT: null says a meeting states nothing ("the fifth meeting admitted Cambodia as a member":
 * a meeting has no members). The ontology still checks both ends.
 */
export type TargetKey = EntityKind | "EVENT";

/** One class of verbs an adjunct may qualify, with the types it states and its own example sentences. */
export interface AdjunctHead {
  verbs: string;
  types: Partial<Record<TargetKey, RelationType | null>>;
  examples: { positive: RuleExample[]; negative: RuleExample[] };
}

export interface PredicateEntry {
  id: string;
  phrase: string;
  frame: "active" | "passive" | "inverted" | "adjunct";
  types: Partial<Record<TargetKey, RelationType | null>>;
  /** The first word must be tagged as a verb: "support" the noun is not "supports". */
  verbal?: boolean;
  /**
   * Text right after R that must follow, as a regular expression source ("welcomed A as a member"):
   * the role is named after the new member.
   */
  after?: string;
  /**
   * Types by the target's kind when the source is an actor (an organization or a state) and `types` names one the
   * ontology refuses for it: "IOM is part of the GMG" is membership, where "the Division is part of UN DESA" is PART_OF.
   */
  actorTypes?: Partial<Record<TargetKey, RelationType | null>>;
  /** The verb must stand in the active voice: "A was given the B support contract" names what A received. */
  activeVoice?: boolean;
  /** The doer is a possessive right before the noun ("Argentina's ratification of X"): nothing else may stand between. */
  possessive?: boolean;
  /** A role noun read only before its owner, after a copula ("Support for X comes from A"), never as the subject's role ("A's support to X"). */
  beforeOnly?: boolean;
  /** The first group must be the sentence's subject (only an article or a fronted date before it): "X met with delegates of A". */
  subjectOnly?: boolean;
  /** The first group must name the body itself, not a holder of its office ("the head of X was moved to Y" moves a person). */
  bodyItself?: boolean;
  /** Words ("a|b") of which one must open the stretch before the phrase: the preposition of an adjunct ("with support from", "in cooperation with"). */
  lead?: string;
  /**
   * An adjunct's types by the verb it qualifies (adjunctTypes.ts), the first class whose `verbs` ("a|b", word forms or
   * lemmas) holds it overriding `types` for the kinds it names: "organised in collaboration with A" makes A a
   * co-organiser, "works in partnership with A" makes A the doer's partner, not the programme's participant.
   */
  heads?: AdjunctHead[];
  examples: { positive: RuleExample[]; negative: RuleExample[] };
}
