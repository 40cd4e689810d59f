import type { RelationRule } from "./RelationRule.js";

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
      positive: [{ text: "Mexico ratified the ICRMW in 1999.", expect: ["ctry:mx", "conv:cmw"] }],
      negative: [
        { text: "Mexico has not ratified the C189.", expect: ["ctry:mx", "conv:ilo-c189"] },
        { text: "IOM called on Mexico to ratify the C189.", expect: ["ctry:mx", "conv:ilo-c189"] },
        { text: "Mexico should ratify the C189.", expect: ["ctry:mx", "conv:ilo-c189"] },
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
    trigger: "deposit|lodge|hand ?over ?its|their instrument|instruments of ratification|accession|succession|acceptance|approval / deposit|lodge ?its|their ratification|accession",
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
      ],
      negative: [
        { text: "The Domestic Workers Convention entered into force in 2013. Chile has not yet deposited its instrument of ratification.", expect: ["ctry:cl", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013. Chile plans to deposit its instrument of ratification soon.", expect: ["ctry:cl", "conv:ilo-c189"] },
        // Handing over a report or a draft is no deposit.
        { text: "The Domestic Workers Convention entered into force in 2013. Peru handed over its report on the Convention to the ILO.", expect: ["ctry:pe", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013. Peru has yet to hand over its instrument of ratification.", expect: ["ctry:pe", "conv:ilo-c189"] },
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
  {
    // "Uruguay became a party in 2012", "the Philippines became a State party to the Convention": being a party is
    // being bound; with no treaty named after it, the treaty is the one the page is about.
    id: "ratified-became-party",
    type: "RATIFIED",
    trigger: "become|became party|parties / become|became state party|parties",
    // "a party to the dispute": a party to something unnamed, not to the treaty; "parties to one or both of the
    // conventions", "to either of them": a choice among treaties names none of them.
    notFollowedBy: "^\\s+(?:to|of)\\s+(?:(?:the|a|an|its|their)\\s+[a-z]|(?:one|either|any|some|neither|none|several|many|each)\\b)",
    verbal: true,
    shape: "subject-first",
    implicitObject: true,
    subjects: ["COUNTRY"],
    objects: ["CONVENTION"],
    objectWithin: 8,
    confidence: 0.75,
    examples: {
      positive: [
        { text: "The Domestic Workers Convention entered into force in 2013. Uruguay became a party in 2012.", expect: ["ctry:uy", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013. The Philippines became a State party to the Convention in 2012.", expect: ["ctry:ph", "conv:ilo-c189"] },
      ],
      negative: [
        { text: "The Domestic Workers Convention entered into force in 2013. Uruguay is expected to become a party next year.", expect: ["ctry:uy", "conv:ilo-c189"] },
        { text: "The Domestic Workers Convention entered into force in 2013. Uruguay became a party to the dispute over it.", expect: ["ctry:uy", "conv:ilo-c189"] },
        { text: "The 1961 Convention entered into force in 1975. Chad and Niger became parties to one or both of the statelessness conventions.", expect: ["ctry:td", "conv:statelessness-1961"] },
        { text: "The 1961 Convention entered into force in 1975. Chad became a party to either of them in 2018.", expect: ["ctry:td", "conv:statelessness-1961"] },
      ],
    },
  },
];
