import type { HeadingList } from "./HeadingList.js";

/** The treaty-body list of HEADING_LISTS (listRules.ts), kept in a file of its own. */
export const TREATY_BODY_LIST: HeadingList = {
  // A treaty's sheet names the body that watches over it ("Treaty body: Committee on X", "Monitoring body: …"): that
  // body promotes the treaty, as the page's convention. A depositary only keeps the instruments: not read here.
  id: "treaty-body",
  heading: /^(?:treaty(?:-| )(?:monitoring )?bod(?:y|ies)|(?:monitoring|supervisory|supervising) (?:body|bodies|committee))$/i,
  type: "PROMOTES", rows: ["ORGANIZATION"], topics: ["CONVENTION"], confidence: 0.7,
  examples: {
    positive: [
      { text: "Instrument: Domestic Workers Convention\nAdopted: 2011\nTreaty body: Committee of Experts on the Application of Conventions and Recommendations, which reviews the reports of States\n", expect: ["org:committee-of-experts-on-the-application-of-conventions-and-recommendations", "conv:ilo-c189"] },
    ],
    negative: [
      { text: "Instrument: Domestic Workers Convention\nAdopted: 2011\nDepositary: International Labour Organization\n", expect: ["org:ilo", "conv:ilo-c189"] },
      { text: "Instrument: Domestic Workers Convention\nAdopted: 2011\nCampaign body: Committee of Experts on the Application of Conventions and Recommendations\n", expect: ["org:committee-of-experts-on-the-application-of-conventions-and-recommendations", "conv:ilo-c189"] },
    ],
  },
};
