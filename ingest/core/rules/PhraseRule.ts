import type { RelationType } from "../../../src/ontology/ontology.js";
import type { M } from "../mentionLists.js";
import type { RuleExample } from "./RelationRule.js";
import { nonFactPattern } from "./nonFactWords.js";

/**
 * The catalog's place identity (identity data, never answers): demonyms ("Slovenian-led"), each city with its state,
 * and the seat cities of international bodies, where a meeting may be a body's own and no state's.
 */
export interface PlaceIdentity {
  demonyms?: ReadonlyMap<string, string>;
  cities?: ReadonlyMap<string, string>;
  seatCities?: ReadonlyMap<string, string>;
}

/**
 * Relations read from the shape of a noun phrase around an initiative, where no verb states them:
 * "the Central Asia Regional Programme in Kazakhstan and Tajikistan", "the Sustainable Fisheries
 * Livelihoods Programme of FAO", "its Hydrology Programme" (in the agency's own chapter),
 * "a project entitled “Security in Mobility” in partnership with OCHA and IOM", "UN Women is partnering
 * with ILO and OHCHR on the … Programme", "ECA supported the Government of Mauritius, the Chair-in-Office of
 * the sixth GFMD".
 * Each reading is data with positive and negative sentences (test/unit/phraseRules.test.ts);
 * ingest/core/phraseRules.ts applies them.
 */
export interface PhraseRule {
  id: string;
  type: RelationType;
  confidence: number;
  /** `places`: the catalog's place identity, for a state written as "Slovenian-led" or named by its city. */
  read: (text: string, ms: M[], ownerId: string | null, places?: PlaceIdentity) => Array<[string, string]>;
  /**
   * Lower-case strings one of which every sentence the rule can read something from contains: the literal trigger its
   * own pattern requires. phraseRules does not ask the rule about a sentence that has none of them, so each string
   * must be implied by every match of the rule (a narrower gate would change what it reads).
   */
  needs?: readonly string[];
  examples: { positive: RuleExample[]; negative: RuleExample[] };
}

/** An initiative named as a programme, project or scheme, or introduced as one ("the pilot project on …"). */
export const PROGRAMME_HEAD = /\b(?:Programme|Program|Project|Scheme|Initiative|Plan|Survey|Campaign)s?\W*$/i;
const PROGRAMME_BEFORE = /\b(?:programme|program|project|scheme|initiative|survey)\s+(?:on|entitled|called|named)?\s*(?:the\s+)?[“"]?$/i;
export const isProgramme = (text: string, m: M) => PROGRAMME_HEAD.test(text.slice(m.start, m.end)) || PROGRAMME_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start));
/** "presented the … Programme in Mexico", "discussed at …": the country is where something was shown, not where the programme works. */
export const VENUE_VERB = /\b(?:present|presented|presents|showcased?|discussed|launched at|held|hosted|organi[sz]ed|reviewed|shared|debated|introduced)\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,3}$/i;
/** What follows an initiative in a longer noun phrase: "the JMDI partners", "its KNOMAD contribution". */
export const NOUN_AFTER = /^[”"]?\s+(?:[a-z][\w-]*\s+)?(?:partners?|work|support|contributions?|secretariat|team|members?|events?|meetings?|reports?|workshops?|staff|evaluation|review)\b/;
export const own = (m: M) => m.via !== "coref";
export const TOPIC_BEFORE = /\b(?:on|about|regarding|concerning)\s+(?:the\s+)?[“"]?$/i;

/** Between a subject and its verb: a negation, modal, plan or a claim only reported or alleged makes the clause state no fact. */
export const NON_FACT = nonFactPattern(
  "denials", "no", "conditionalModals", "prospectModals", "obligationModals", "ability",
  "plans", "wishes", "invited", "asked", "infinitive", "reported", "supposed", "purported",
);

