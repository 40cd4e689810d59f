import type { PredicateEntry } from "./PredicateEntry.js";

/**
 * Adjuncts that name a giver or a co-worker beside the clause ("with funding from A", "draws on technical support from
 * A", "in cooperation with A"): R gave L something, or works with it. Read by predicateReader.ts (also fronted and
 * trailing: frontedPredicate.ts, trailingAdjunct.ts).
 */
export const PREDICATE_ADJUNCTS: PredicateEntry[] = [
  {
    // "The Rabat Process met in Dakar with representatives of Ghana and Mali": the delegates' states took part.
    id: "adjunct-delegates",
    // "with" is part of the phrase: "attended by delegations from A" is the passive verb's (verb-attended-by).
    phrase: "with representative|representatives|delegation|delegations|delegate|delegates|official|officials|minister|ministers|expert|experts|participation of|from",
    frame: "adjunct",
    subjectOnly: true,
    types: { FORUM: "PARTICIPATES_IN", EVENT: "PARTICIPATES_IN", INITIATIVE: "PARTICIPATES_IN" },
    examples: {
      positive: [{ text: "The Global Forum on Remittances met in Rome with representatives of Ghana and Chile.", expect: ["ctry:cl", "forum:gfr"] }],
      negative: [
        { text: "In 2010 the Global Forum on Remittances hoped to meet with representatives of Ghana and Chile.", expect: ["ctry:cl", "forum:gfr"] },
        { text: "The Global Forum on Remittances met in Rome; its chair later spoke with representatives of Ghana and Chile.", expect: ["ctry:cl", "forum:gfr"] },
        { text: "UNITAR discussed the Global Forum on Remittances with officials from Ghana and Chile.", expect: ["ctry:cl", "forum:gfr"] },
      ],
    },
  },
  {
    id: "adjunct-funding-from",
    phrase: "financial support|assistance|contribution|contributions from|of / funding|financing|grant|grants|money|contribution|contributions|donation|donations from|of",
    frame: "adjunct",
    // Receiving support from A is A's support: "receives financial support from A", "obtained a grant from A".
    lead: "with|through|receive|receives|received|receiving|obtain|obtains|obtained|get|gets|got|enjoy|enjoys|enjoyed",
    types: { INITIATIVE: "FUNDS", FORUM: "SUPPORTS", EVENT: "SUPPORTS" },
    examples: {
      positive: [
        { text: "In 2015, the Missing Migrants Project was set up with funding from Norway.", expect: ["ctry:no", "ini:missing-migrants-project"] },
        // Contributions to a programme are money: "receives contributions from A" funds it.
        { text: "Each year the Missing Migrants Project receives contributions from Norway.", expect: ["ctry:no", "ini:missing-migrants-project"] },
      ],
      negative: [{ text: "The Missing Migrants Project seeks funding from Norway.", expect: ["ctry:no", "ini:missing-migrants-project"] }],
    },
  },
  {
    id: "adjunct-support-from",
    phrase: "support|assistance|backing from|of",
    frame: "adjunct",
    // Receiving support from A is A's support: "receives financial support from A", "draws on technical support from A".
    lead: "with|through|receive|receives|received|receiving|obtain|obtains|obtained|get|gets|got|enjoy|enjoys|enjoyed|benefit|benefits|benefited|benefitted|draw|draws|drew|rely|relies|relied|on|from",
    types: { INITIATIVE: "SUPPORTS", FORUM: "SUPPORTS", EVENT: "SUPPORTS" },
    examples: {
      positive: [
        { text: "The Missing Migrants Project, with support from Norway, grew fast.", expect: ["ctry:no", "ini:missing-migrants-project"] },
        { text: "The Missing Migrants Project draws on technical support from Norway.", expect: ["ctry:no", "ini:missing-migrants-project"] },
        { text: "The Missing Migrants Project works from Berlin and with technical support from Norway.", expect: ["ctry:no", "ini:missing-migrants-project"] },
      ],
      negative: [
        { text: "The Missing Migrants Project needs support from Norway.", expect: ["ctry:no", "ini:missing-migrants-project"] },
        { text: "The Missing Migrants Project could draw on technical support from Norway.", expect: ["ctry:no", "ini:missing-migrants-project"] },
        { text: "UNITAR runs the Missing Migrants Project and with support from Norway trains staff.", expect: ["ctry:no", "ini:missing-migrants-project"] },
      ],
    },
  },
  {
    id: "adjunct-collaboration",
    phrase: "collaboration|cooperation|co-operation|partnership|coordination|association|conjunction with",
    frame: "adjunct",
    lead: "in",
    types: { ORGANIZATION: "PARTNERS_WITH", INITIATIVE: "PARTICIPATES_IN", FORUM: "PARTICIPATES_IN" },
    // What the collaborator did is what the adjunct's verb says was done with it (adjunctTypes.ts).
    heads: [
      {
        // Getting a meeting together with someone makes that one a co-organiser, which the ontology reads as leading it.
        verbs: "organise|organises|organised|organize|organizes|organized|co-organise|co-organised|co-organize|co-organized|convene|convenes|convened|co-convene|co-convened|host|hosts|hosted|co-host|co-hosted|hold|holds|held|stage|stages|staged",
        types: { EVENT: "LEADS", FORUM: "LEADS", INITIATIVE: "LEADS" },
        examples: {
          positive: [
            { text: "On 22 and 23 May 2012 Mauritius hosted the GFMD 2012, organised in collaboration with UNITAR.", expect: ["org:unitar", "forum:gfmd-2012"] },
            { text: "The Government of Mauritius hosted the GFMD 2012 in collaboration with UNITAR.", expect: ["org:unitar", "forum:gfmd-2012"] },
            { text: "In 2012 the GFMD 2012 was held in Port Louis in partnership with UNITAR.", expect: ["org:unitar", "forum:gfmd-2012"] },
            { text: "Mauritius convened the GFMD 2012 in close cooperation with UNITAR.", expect: ["org:unitar", "forum:gfmd-2012"] },
            { text: "In cooperation with UNITAR, Mauritius organised the GFMD 2012.", expect: ["org:unitar", "forum:gfmd-2012"] },
            { text: "Every two years the Global Forum on Remittances is organised in partnership with UNITAR.", expect: ["org:unitar", "forum:gfr"] },
          ],
          negative: [
            // Built, run or carried out with someone: a partner in the work (the entry's own types), no co-organiser.
            { text: "The Global Forum on Remittances was built in partnership with UNITAR.", expect: ["org:unitar", "forum:gfr"] },
            { text: "The Missing Migrants Project was carried out in partnership with UNITAR.", expect: ["org:unitar", "ini:missing-migrants-project"] },
            // The verb of another clause is not the adjunct's.
            { text: "Mauritius hosted the GFMD 2012; the GFMD 2012 report was written in collaboration with UNITAR.", expect: ["org:unitar", "forum:gfmd-2012"] },
            { text: "Mauritius attended the GFMD 2012 in cooperation with UNITAR.", expect: ["org:unitar", "forum:gfmd-2012"] },
          ],
        },
      },
      {
        // Working with someone on a programme makes that one the doer's partner, not a participant in the programme.
        verbs: "work|works|worked|cooperate|cooperates|cooperated|collaborate|collaborates|collaborated|partner|partners|partnered",
        types: { FORUM: null, INITIATIVE: null },
        examples: {
          positive: [{ text: "UNITAR worked in collaboration with the International Training Centre of the ILO on the Missing Migrants Project.", expect: ["org:ilo-itc", "org:unitar"] }],
          negative: [
            { text: "The Missing Migrants Project works in partnership with UNITAR.", expect: ["org:unitar", "ini:missing-migrants-project"] },
            { text: "The Global Forum on Remittances cooperates in partnership with UNITAR.", expect: ["org:unitar", "forum:gfr"] },
            { text: "In cooperation with UNITAR, the Missing Migrants Project worked on new data.", expect: ["org:unitar", "ini:missing-migrants-project"] },
          ],
        },
      },
    ],
    examples: {
      positive: [
        { text: "UNITAR, in cooperation with the International Training Centre of the ILO, trained officials.", expect: ["org:ilo-itc", "org:unitar"] },
        { text: "The Global Forum on Remittances was built in partnership with UNITAR.", expect: ["org:unitar", "forum:gfr"] },
        { text: "The Missing Migrants Project was built in partnership with UNITAR.", expect: ["org:unitar", "ini:missing-migrants-project"] },
      ],
      negative: [
        { text: "UNITAR plans to work in cooperation with the International Training Centre of the ILO.", expect: ["org:ilo-itc", "org:unitar"] },
        { text: "The Missing Migrants Project report was built in partnership with UNITAR.", expect: ["org:unitar", "ini:missing-migrants-project"] },
        { text: "The Global Forum on Remittances is convened by UNITAR, which hopes to work in cooperation with Norway.", expect: ["ctry:no", "forum:gfr"] },
      ],
    },
  },
];
