import type { EntityKind, RelationType } from "../../src/ontology/ontology.js";

/**
 * Verb-anchored extraction rules, kept as data. Each says: when `verb` occurs
 * in a sentence, the subject (organizations or countries before the verb, or
 * after "by" in the passive) stands in `type` to the `objects` mentioned in
 * the clause after the verb. Precision first: objects must sit close to the
 * verb, and a negation just before the verb cancels the rule.
 */
export interface VerbRule {
  type: RelationType;
  verb: RegExp;
  subjects: EntityKind[];
  objects: EntityKind[];
  /** Also accept objects printed just before the verb ("the GMG chairmanship"). */
  objectBefore?: boolean;
  /** Objects may sit inside the verb phrase itself ("held the GMG chairmanship"). */
  objectInside?: boolean;
  /** Objects must start within this many characters after the verb (or end this close before it, in the passive). */
  objectWithin?: number;
  confidence: number;
}

export const VERB_RULES: VerbRule[] = [
  {
    type: "LEADS",
    verb: /(?<!-)\b(launched|launches|leads|led|manages|managed|implements|implemented|established|coordinates|coordinated|initiated|spearheaded|runs|set up|developed|created|hosts|hosted|administers|administered|co-chairs|co-chaired|co-chair)\b/g,
    subjects: ["ORGANIZATION"],
    objects: ["INITIATIVE"],
    confidence: 0.8,
  },
  {
    type: "FUNDS",
    verb: /\b(funds|funded|finances|financed|co-financed|co-funded|sponsored|provided (?:funding|financing|financial support) (?:to|for)|with (?:financial )?support from|with funding from)\b/g,
    subjects: ["ORGANIZATION"],
    objects: ["INITIATIVE"],
    confidence: 0.8,
  },
  {
    type: "PARTICIPATES_IN",
    verb: /\b(participates? in|participated in|participating in|took part in|takes part in|is a partner (?:in|of)|partners? in|joined|contributes to|contributed to|involved in|member of)\b/g,
    subjects: ["ORGANIZATION"],
    objects: ["INITIATIVE"],
    confidence: 0.75,
  },
  {
    type: "SUPPORTS",
    verb: /\b(supports?|supported|supporting|assisted|assists|provided (?:substantive |technical |financial )?(?:support|inputs?|assistance|contributions?) to|contributed to|contributes to|participated (?:actively )?in|participates in|took part in|co-organized|organized)\b/g,
    subjects: ["ORGANIZATION"],
    objects: ["FORUM"],
    confidence: 0.75,
  },
  {
    type: "SUPPORTS",
    verb: /\b(supports?|supported|supporting|backs|backed)\b/g,
    subjects: ["ORGANIZATION"],
    objects: ["INITIATIVE"],
    confidence: 0.7,
  },
  {
    type: "PROMOTES",
    verb: /\b(promot\w*|advocat\w*|campaign\w* for|encourag\w*|supervis\w*|ratification of|ratification and implementation of|implementation of|disseminat\w*)\b/g,
    subjects: ["ORGANIZATION"],
    objects: ["CONVENTION"],
    confidence: 0.75,
  },
  {
    type: "MEMBER_OF",
    verb: /(?<!non-)\b((?:founding |active |a |an )?members? of|joined|member agenc(?:y|ies) of)\b/g,
    subjects: ["ORGANIZATION"],
    objects: ["FORUM"],
    objectWithin: 10,
    confidence: 0.85,
  },
  {
    // "chaired the GMG", "served as the first chair of the GMG", "held the GMG chairmanship",
    // "its chairmanship of the GMG", "chaired by UNCTAD". A bare "GFMD Chair" names someone else.
    type: "CHAIRED",
    verb: /\b(?:(?:co-)?chaired|(?<!(?:annual|the|GFMD|GMG) )chairs|chairing|(?:served as|was|as|in its capacity as|assumed|held|took over)\s+(?:the\s+)?(?:first\s+|current\s+|rotating\s+)?(?:(?:GMG|GFMD)\s+)?(?:[Cc]hair(?:manship)?|Chair-in-Office)(?:\s+of)?|(?:its|their)\s+(?:GMG\s+)?chairmanship\s+of)\b/g,
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["FORUM"],
    objectInside: true,
    objectWithin: 12,
    confidence: 0.8,
  },
  {
    type: "RATIFIED",
    verb: /\b(ratified|has ratified|acceded to|ratify)\b/g,
    subjects: ["COUNTRY"],
    objects: ["CONVENTION"],
    confidence: 0.8,
  },
  {
    type: "HOSTED",
    verb: /\b(hosted|hosts|hosting|organized by the Government of)\b/g,
    subjects: ["COUNTRY"],
    objects: ["FORUM"],
    objectBefore: true,
    confidence: 0.8,
  },
];

/** "the 16 GMG members, namely, A, B …" / "The GMG comprises A, B …": every listed organization is a member. */
export const MEMBERSHIP_LIST = /(?<!non-)\b(?:(?:\d+|sixteen|fifteen|fourteen|twelve)[- ])?(?:member )?(?:GMG|Global Migration Group)(?:[- ]member)?\s*(?:members|member agencies|agencies)?,?\s*(?:namely|including|are|include|:)|(?:GMG|Global Migration Group)\s+(?:today\s+)?(?:comprises?|consists?|includes?|brings together)(?:\s+of)?(?:\s+the following(?: \w+)?)?\s*:?|members of the (?:GMG|Global Migration Group),?\s*(?:namely|including|:)/g;

export const PARTNERSHIP = /\b(in partnership with|partnered with|partnering with|in collaboration with|in cooperation with|together with|jointly with|working with|works with|worked with|partnership (?:between|with)|alongside|signed an? (?:agreement|memorandum of understanding) with)\b/g;

export const PART_OF = /\b(part of|component of|under the (?:framework of |auspices of )?|within the (?:framework of )?|in the framework of)\s*(?:the\s+)?$/;

/** "the GMG working group", "a GFMD thematic meeting": a body inside the forum, not the forum itself. */
export const SUB_BODY_AFTER = /^\s*(?:[Ww]orking [Gg]roups?|[Tt]hematic|[Ss]ymposium|[Pp]rincipals|[Tt]ask [Ff]orce|[Ss]ecretariat|[Ss]upport [Uu]nit|[Ff]riends of)/;

export const NEGATION = /\b(not|never|no|neither|nor|without)\b[^.;]{0,25}$/;

export const OPERATES_BEFORE_COUNTRY = /\b(in|across|to|covering|targeting|countries|including|namely|such as|and|,)\s*(?:the\s+)?$/;
