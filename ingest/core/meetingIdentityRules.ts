import type { IdentityRule } from "./identityRules.js";

/**
 * Identity rules for dated and numbered meetings (run by test/unit/identityRules.test.ts with the other identity
 * rules): what makes two written meetings one id, and what keeps them two.
 */
export const ORDINAL_KEY: IdentityRule = {
  id: "ordinal-key",
  what: "A numbered meeting's id derives from its natural key, the series and the ordinal with the series' head noun: 'the 5th Coastal Ministerial Conference on Trade and Ports' and, later, 'the fifth Conference' are one meeting, never keyed by the name's last word ('…-5-ports'). Another ordinal is another meeting.",
  words: [],
  positive: [
    {
      text: "In May delegates met at the 5th Coastal Ministerial Conference on Trade and Ports in Accra. The fifth Conference adopted a plan on harbour safety.",
      present: ["forum:coastal-ministerial-conference-on-trade-and-ports-5-conference"],
      absent: ["forum:coastal-ministerial-conference-on-trade-and-ports-5-ports"],
    },
  ],
  negative: [
    {
      text: "In May delegates met at the 5th Coastal Ministerial Conference on Trade and Ports in Accra. The sixth Conference adopted a plan on harbour safety.",
      present: ["forum:coastal-ministerial-conference-on-trade-and-ports-5-conference", "forum:coastal-ministerial-conference-on-trade-and-ports-6-conference"],
    },
  ],
};

export const ORDINAL_YEAR: IdentityRule = {
  id: "ordinal-year",
  what: "A meeting found by its ordinal and, elsewhere, by its ordinal and its year ('the 5th X Conference was held in Accra in 2015' / 'Ghana chaired the 5th X Conference'; a table row '2000 | I | Accra' under 'Year | Conference | Venue' / 'the first Conference') is one event of the series, dated: the natural key is the series and the ordinal. Another ordinal, another series, or two different years for one ordinal keep them apart.",
  words: [],
  positive: [
    {
      text: "The 5th Coastal Ministerial Conference on Trade and Ports was held in Accra in 2015. Ghana chaired the 5th Coastal Ministerial Conference on Trade and Ports.",
      same: ["Coastal Ministerial Conference on Trade and Ports 2015", "5th Coastal Ministerial Conference on Trade and Ports"],
      absent: ["forum:coastal-ministerial-conference-on-trade-and-ports-5-conference"],
    },
    {
      text: "Coastal Migration Conference\n\nThe Coastal Migration Conference meets once a year in a member state. The first Conference was held in Accra a year after the founding meeting.\n\nConferences, 2000-2002\n\nYear | Conference | Venue\n2000 | I | Accra, Ghana\n2002 | II | Lima, Peru\n",
      present: ["forum:coastal-migration-conference-2000"],
      absent: ["forum:coastal-migration-conference-1-conference"],
    },
  ],
  negative: [
    {
      text: "The 5th Coastal Ministerial Conference on Trade and Ports was held in Accra in 2015. Peru chaired the 6th Coastal Ministerial Conference on Trade and Ports.",
      present: ["forum:coastal-ministerial-conference-on-trade-and-ports-2015", "forum:coastal-ministerial-conference-on-trade-and-ports-6-conference"],
    },
    {
      text: "The 5th Coastal Ministerial Conference on Trade and Ports was held in Accra in 2015. The 5th Coastal Ministerial Conference on Trade and Ports was held in Lima in 2017. Ghana chaired the 5th Coastal Ministerial Conference on Trade and Ports.",
      present: ["forum:coastal-ministerial-conference-on-trade-and-ports-2015", "forum:coastal-ministerial-conference-on-trade-and-ports-2017"],
    },
  ],
};

export const MEETING_IDENTITY_RULES: IdentityRule[] = [ORDINAL_KEY, ORDINAL_YEAR];
