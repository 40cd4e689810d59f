import type { RelationRule } from "./RelationRule.js";
import { UNNAMED_TREATY_PARTY, UNNAMED_TREATY_PARTY_RULES } from "./unnamedTreatyPartyRules.js";

export const RATIFICATION_RULES: RelationRule[] = [
  {
    id: "ratified-verb",
    type: "RATIFIED",
    trigger: "ratify / accede to / become party to",
    verbal: true,
    shape: "subject-first",
    subjects: ["COUNTRY"],
    objects: ["CONVENTION"],
    objectWithin: 40,
    confidence: 0.8,
    examples: {
      positive: [
        { text: "Mexico ratified the ICRMW in 1999.", expect: ["ctry:mx", "conv:cmw"] },
        // "It" opening the next sentence is the state, not the treaty it named: only a state ratifies (pronounReferents.ts).
        { text: "Paraguay ratified the ICRMW in 2008. It had acceded to the Convention on the Reduction of Statelessness in 2012 as well.", expect: ["ctry:py", "conv:statelessness-1961"] },
      ],
      negative: [
        { text: "Mexico has not ratified the C189.", expect: ["ctry:mx", "conv:ilo-c189"] },
        { text: "IOM called on Mexico to ratify the C189.", expect: ["ctry:mx", "conv:ilo-c189"] },
        { text: "Mexico should ratify the C189.", expect: ["ctry:mx", "conv:ilo-c189"] },
        // Passive: the treaty was ratified, by a state not named here.
        { text: "Paraguay signed the ICRMW in 2000. It was ratified by the Senate and the Convention on the Reduction of Statelessness followed.", expect: ["ctry:py", "conv:statelessness-1961"] },
      ],
    },
  },
  {
    id: "ratification-list",
    type: "RATIFIED",
    trigger: "ratify|accede|party|parties",
    shape: "list-after",
    subjects: ["COUNTRY"],
    objects: ["CONVENTION"],
    confidence: 0.8,
    examples: {
      positive: [
        { text: "The ICRMW entered into force in 2003. The States that have ratified or acceded to it are: Mali, Egypt and Mexico.", expect: ["ctry:eg", "conv:cmw"] },
        { text: "Countries that have ratified the C189 include Uruguay and the Philippines.", expect: ["ctry:ph", "conv:ilo-c189"] },
        { text: "The C189 came into force in 2013. Among the States that have ratified it are Uruguay and Italy (both in 2012), Germany (2013) and Chile (2015).", expect: ["ctry:cl", "conv:ilo-c189"] },
      ],
      negative: [
        { text: "The ICRMW entered into force in 2003. The States that have not ratified it are: Canada and Japan.", expect: ["ctry:ca", "conv:cmw"] },
        { text: "The C189 came into force in 2013. Among the States that have ratified it are Uruguay and Italy (both in 2012); Germany is still studying it.", expect: ["ctry:de", "conv:ilo-c189"] },
      ],
    },
  },
  {
    // Depositing the instrument is the act that binds: "Georgia deposited its instrument of accession to the 1961
    // Convention", "the Congo deposited its ratification in October 2023" (the page's convention).
    id: "ratified-deposit",
    type: "RATIFIED",
    // Handing over or lodging the instrument is depositing it ("Peru handed over its instrument of accession to the OAS").
    // The instrument may go unqualified or be counted ("deposited the fifth instrument", the one that brought the treaty
    // into force), but never as one of leaving it ("its instrument of denunciation").
    trigger: "deposit|lodge|hand ?over ?its|their instrument|instruments of ratification|accession|succession|acceptance|approval / deposit|lodge ?its|their ratification|accession / deposit|lodge ?its|their ?first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|required|necessary instrument|instruments",
    notFollowedBy: "^\\s+of\\s+(?!ratification|accession|succession|acceptance|approval)",
    verbal: true,
    shape: "subject-first",
    implicitObject: true,
    subjects: ["COUNTRY"],
    objects: ["CONVENTION"],
    objectWithin: 30,
    confidence: 0.75,
    examples: {
      positive: [
        { text: "Georgia deposited its instrument of accession to the Convention on the Reduction of Statelessness on 1 July 2014.", expect: ["ctry:ge", "conv:statelessness-1961"] },
        { text: "The Domestic Workers Convention entered into force in 2013. Last year Chile deposited its ratification with the ILO.", expect: ["ctry:cl", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013. In May Peru handed over its instrument of ratification to the ILO in Geneva.", expect: ["ctry:pe", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013. Ecuador lodged its instrument of accession with the depositary in 2019.", expect: ["ctry:ec", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013. Bolivia deposited its instrument on 4 April 2014.", expect: ["ctry:bo", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013. Guyana deposited the second instrument in August 2012.", expect: ["ctry:gy", "conv:ilo-c189"] },
      ],
      negative: [
        { text: "The Domestic Workers Convention entered into force in 2013. Chile has not yet deposited its instrument of ratification.", expect: ["ctry:cl", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013. Chile plans to deposit its instrument of ratification soon.", expect: ["ctry:cl", "conv:ilo-c189"] },
        // Handing over a report or a draft is no deposit.
        { text: "The Domestic Workers Convention entered into force in 2013. Peru handed over its report on the Convention to the ILO.", expect: ["ctry:pe", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013. Peru has yet to hand over its instrument of ratification.", expect: ["ctry:pe", "conv:ilo-c189"] },
        // An instrument of leaving the treaty is the opposite of being bound by it.
        { text: "The Domestic Workers Convention entered into force in 2013. Bolivia deposited its instrument of denunciation in 2020.", expect: ["ctry:bo", "conv:ilo-c189"] },
        // A deposit only said to have been made (nonFactWords.ts "claimed"): the saying is stated, the deposit is not.
        { text: "The Domestic Workers Convention entered into force in 2013. Bolivia's new authorities say they deposited an instrument in 2020.", expect: ["ctry:bo", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013. Guyana deposited the last instrument of withdrawal in 2021.", expect: ["ctry:gy", "conv:ilo-c189"] },
      ],
    },
  },
  {
    // "Uruguay's instrument was deposited on 4 May 2017", "Greece's ratification came a few days later": the state's own
    // instrument or ratification, reported as done, binds it (the treaty the page is about). A ratification still
    // expected, awaited or blocked states nothing; one "of" a treaty named after it breaks the trigger.
    id: "ratified-possessive",
    type: "RATIFIED",
    trigger: "instrument|instruments ?of ?ratification|accession|acceptance|approval be deposit|lodge|receive / ratification|accession come|came|follow|followed|arrive|arrived / ratification|accession take effect / ratification|accession be deposit|lodge|register|complete",
    ...UNNAMED_TREATY_PARTY,
    confidence: 0.7,
    examples: {
      positive: [
        { text: "The Domestic Workers Convention entered into force in 2013. Uruguay's instrument was deposited on 4 May 2014.", expect: ["ctry:uy", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013. Chile's ratification came a year later, in 2015.", expect: ["ctry:cl", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013. Peru's instrument of accession was deposited in March 2016.", expect: ["ctry:pe", "conv:ilo-c189"] },
      ],
      negative: [
        { text: "The Domestic Workers Convention entered into force in 2013. Uruguay's instrument has not been deposited yet.", expect: ["ctry:uy", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013. Chile's ratification is expected in 2027.", expect: ["ctry:cl", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013. Peru's ratification of the fisheries pact came in 2016.", expect: ["ctry:pe", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013. Bolivia's instrument of denunciation was deposited in 2020.", expect: ["ctry:bo", "conv:ilo-c189"] },
      ],
    },
  },
  {
    // Those who deposited, listed after a colon: "By 2019 five states had deposited their instruments: A, B and C" (the
    // treaty the sentence names, else the page's).
    id: "ratified-deposit-list",
    type: "RATIFIED",
    trigger: "deposit|lodge ?its|their instrument|instruments / deposit|lodge ?its|their ratification|ratifications|accession|accessions",
    shape: "list-after",
    listCue: "^[^.;:]{0,60}?:",
    implicitObject: true,
    subjects: ["COUNTRY"],
    objects: ["CONVENTION"],
    confidence: 0.75,
    examples: {
      positive: [
        { text: "The Domestic Workers Convention entered into force in 2013. By 2015 four states had deposited their instruments: Peru, Chile, Ecuador and Bolivia.", expect: ["ctry:ec", "conv:ilo-c189"] },
      ],
      negative: [
        { text: "The Domestic Workers Convention entered into force in 2013. By 2015 four states had not yet deposited their instruments: Peru, Chile, Ecuador and Bolivia.", expect: ["ctry:ec", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013. Four states have yet to deposit their instruments: Peru, Chile, Ecuador and Bolivia.", expect: ["ctry:ec", "conv:ilo-c189"] },
      ],
    },
  },
  ...UNNAMED_TREATY_PARTY_RULES,
];
