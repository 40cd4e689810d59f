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

export const MEETING_IDENTITY_RULES: IdentityRule[] = [ORDINAL_KEY];
