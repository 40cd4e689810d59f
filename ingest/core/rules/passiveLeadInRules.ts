import type { EntityKind, RelationType } from "../../../src/ontology/ontology.js";
import type { RuleExample } from "./RelationRule.js";

/**
 * Lead-in sentences in the passive voice whose rows are the doers: "The programme is implemented by the following
 * agencies:", "The meeting was attended by:", "The Process is chaired in turn by:". The verb and the relation it
 * states come from the predicate lexicon (rules/predicate*Verbs.ts), by the id of its passive entry ("verb-led-by",
 * or an active verb's derived passive, "verb-organize:passive"): this table names which of them may lead into a list,
 * and gives each its example pages. passiveLeadIns.ts builds the list readers; leadIn.ts asks them after LEAD_INS.
 * test/unit/passiveLeadIns.test.ts runs every example through the pipeline.
 */
export interface PassiveLeadIn {
  /** The id of a passive entry of the predicate lexicon (predicatePhrases.ts COMPILED). */
  predicate: string;
  /** The relation it reads, of those the verb states; its topics are the kinds for which the verb states it. */
  type: RelationType;
  /** Kinds a row may hold: the doers. */
  rows: EntityKind[];
  confidence: number;
  examples: { positive: RuleExample[]; negative: RuleExample[] };
}

const JMDI = "The Joint Migration and Development Initiative\n\nThe JMDI works with local authorities.\n\n";
const RABAT = "The Rabat Process\n\nThe Rabat Process is a dialogue on migration between Europe and Africa.\n\n";
const GFMD = "The Global Forum on Migration and Development 2012\n\nThe Forum met in Port Louis.\n\n";

export const PASSIVE_LEAD_INS: PassiveLeadIn[] = [
  {
    // Who runs a programme, named after the clause: "The programme is implemented by the following agencies:".
    predicate: "verb-led-by", type: "LEADS",
    rows: ["ORGANIZATION", "COUNTRY"], confidence: 0.7,
    examples: {
      positive: [
        { text: `${JMDI}The programme is implemented by the following agencies:\n\n- UNHCR\n- UNFPA\n`, expect: ["org:unfpa", "ini:jmdi"] },
        { text: `${JMDI}The JMDI is run jointly by four agencies:\n\n- UNHCR\n- UNFPA\n`, expect: ["org:unhcr", "ini:jmdi"] },
        // A class noun with a relative clause after it still names the doers.
        { text: `${JMDI}The JMDI is carried out by three organisations that each bring a different tool: UNHCR, UNFPA and the ILO.`, expect: ["org:ilo", "ini:jmdi"] },
      ],
      negative: [
        // A plan is no fact; the programme's places are no doers; an evaluation's authors ran no programme.
        { text: `${JMDI}The next phase will be implemented by the following agencies:\n\n- UNHCR\n- UNFPA\n`, expect: ["org:unfpa", "ini:jmdi"] },
        { text: `${JMDI}The programme is implemented by UNDP in the following countries:\n\n- Nepal\n- Morocco\n`, expect: ["ctry:np", "ini:jmdi"] },
        { text: `${JMDI}The programme was praised by the following agencies:\n\n- UNHCR\n- UNFPA\n`, expect: ["org:unfpa", "ini:jmdi"] },
      ],
    },
  },
  {
    predicate: "verb-chaired-by", type: "CHAIRED",
    rows: ["ORGANIZATION", "COUNTRY"], confidence: 0.7,
    examples: {
      positive: [
        { text: `${RABAT}The Process is chaired in turn by:\n- Morocco\n- Senegal\n`, expect: ["ctry:sn", "forum:rabat-process"] },
        { text: `${GFMD}The Forum was co-chaired by two governments: Kenya and Ghana.`, expect: ["ctry:gh", "forum:gfmd-2012"] },
      ],
      negative: [
        { text: `${RABAT}The Process was not chaired by:\n- Morocco\n- Senegal\n`, expect: ["ctry:sn", "forum:rabat-process"] },
        { text: `${RABAT}The Process is to be chaired by:\n- Morocco\n- Senegal\n`, expect: ["ctry:sn", "forum:rabat-process"] },
      ],
    },
  },
  {
    predicate: "verb-attended-by", type: "PARTICIPATES_IN",
    rows: ["ORGANIZATION", "COUNTRY"], confidence: 0.7,
    examples: {
      positive: [
        { text: `${GFMD}The Forum was attended by delegations of the following states:\n- Kenya\n- Ghana\n`, expect: ["ctry:gh", "forum:gfmd-2012"] },
        { text: `${GFMD}The Forum was attended by:\n- Kenya\n- Ghana\n`, expect: ["ctry:ke", "forum:gfmd-2012"] },
      ],
      negative: [
        // Invited is not present.
        { text: `${GFMD}The Forum was to be attended by:\n- Kenya\n- Ghana\n`, expect: ["ctry:gh", "forum:gfmd-2012"] },
        { text: `${GFMD}The Forum could not be attended by:\n- Kenya\n- Ghana\n`, expect: ["ctry:gh", "forum:gfmd-2012"] },
      ],
    },
  },
  {
    predicate: "verb-funded-by", type: "FUNDS",
    rows: ["ORGANIZATION", "COUNTRY"], confidence: 0.7,
    examples: {
      positive: [
        { text: `${JMDI}The JMDI is funded by these donors:\n\n- Switzerland\n- Norway\n`, expect: ["ctry:no", "ini:jmdi"] },
        { text: `${JMDI}The first phase of the JMDI was co-financed by two governments: Switzerland and Norway.`, expect: ["ctry:ch", "ini:jmdi"] },
      ],
      negative: [
        { text: `${JMDI}The JMDI should be funded by these donors:\n\n- Switzerland\n- Norway\n`, expect: ["ctry:no", "ini:jmdi"] },
        { text: `${JMDI}The JMDI is funded by the European Union in these countries:\n\n- Morocco\n- Nepal\n`, expect: ["ctry:np", "ini:jmdi"] },
      ],
    },
  },
  {
    // Organising a meeting or a programme is leading it (the verb's derived passive).
    predicate: "verb-organize:passive", type: "LEADS",
    rows: ["ORGANIZATION", "COUNTRY"], confidence: 0.7,
    examples: {
      positive: [{ text: `${GFMD}The Forum was organised jointly by three bodies: UNITAR, IOM and the ILO.`, expect: ["org:ilo", "forum:gfmd-2012"] }],
      negative: [{ text: `${GFMD}The Forum was reported on by three bodies: UNITAR, IOM and the ILO.`, expect: ["org:ilo", "forum:gfmd-2012"] }],
    },
  },
];
