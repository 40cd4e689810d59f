import type { TripleExamples } from "./TripleExamples.js";

/**
 * Sentences the `unique` heads of DESCRIPTION_HEADS must get right ("the agreement", "the Arrangement", "the declaration",
 * "the ministry", "the Authority", "the Foundation", and the treaty heads' "the Convention"): the one entity named before whose own name carries the head, or the
 * page's own one named last; none where two are in reach, where the sentence brings in an unnamed one, or where the name
 * lacks the word. test/unit/descriptionHeads.test.ts runs them through the whole pipeline.
 */
export const UNIQUE_DESCRIPTION_EXAMPLES: TripleExamples = {
  positive: [
    { text: "The Tasman Agreement on Seasonal Crews was signed in Wellington in 2019. Fiji and Samoa have ratified the agreement.", expect: ["RATIFIED", "ctry:ws", "conv:tasman-agreement-on-seasonal-crews"] },
    // A declaration filed as an initiative: the head's own kind comes first, but the name that carries it decides.
    { text: "The Kivu Declaration on Returns was adopted in 2019. Since then UNHCR leads the declaration.", expect: ["LEADS", "org:unhcr", "ini:kivu-declaration-on-returns"] },
    { text: "The Harbour Labour Authority registers foreign crews in Tinland ports. The Authority cooperates with UNODC on trafficking cases.", expect: ["PARTNERS_WITH", "org:harbour-labour-authority", "org:unodc"] },
    { text: "The Lagoon Children Foundation was founded in Doha in 2012 to get children into school. Since 2015 the Foundation has been a member of the Global Education Alliance.", expect: ["MEMBER_OF", "org:lagoon-children-foundation", "org:global-education-alliance"] },
    // The page's own agreement, named last, though the section named another before it.
    {
      text: "Tasman Agreement on Seasonal Crews: status\n\nThe Tasman Agreement on Seasonal Crews was signed in 2019. It recalls the Pacific Framework Agreement on Services of 2001. The Tasman Agreement entered into force in 2020. Samoa has ratified the agreement.",
      expect: ["RATIFIED", "ctry:ws", "conv:tasman-agreement-on-seasonal-crews"],
    },
    // The page's own convention, named last after another one.
    {
      text: "Kivu Convention on Fishing Crews: status\n\nThe Kivu Convention on Fishing Crews was adopted in 2010. It draws on the Tana Convention on Seafarers of 1998. The Kivu Convention entered into force in 2013. Chad ratified the Convention in 2015.",
      expect: ["RATIFIED", "ctry:td", "conv:kivu-convention-on-fishing-crews"],
    },
  ],
  negative: [
    // Two agreements named, neither the page's own: "the agreement" may be either.
    { text: "The Tasman Agreement on Seasonal Crews was signed in 2019. The Coral Sea Agreement on Fisheries followed in 2020. Fiji has ratified the agreement.", expect: ["RATIFIED", "ctry:fj", "conv:coral-sea-agreement-on-fisheries"] },
    { text: "The Tasman Agreement on Seasonal Crews was signed in 2019. The Coral Sea Agreement on Fisheries followed in 2020. Fiji has ratified the agreement.", expect: ["RATIFIED", "ctry:fj", "conv:tasman-agreement-on-seasonal-crews"] },
    { text: "The Kivu Declaration on Returns was adopted in 2019. The Goma Declaration on Trade followed in 2020. Since then UNHCR leads the declaration.", expect: ["LEADS", "org:unhcr", "ini:kivu-declaration-on-returns"] },
    // Two conventions named: "the Convention" is neither, though the one named last was the nearer.
    { text: "The Kivu Convention on Fishing Crews was adopted in 2010. The Tana Convention on Seafarers followed in 2012. Chad ratified the Convention in 2015.", expect: ["RATIFIED", "ctry:td", "conv:tana-convention-on-seafarers"] },
    { text: "The Kivu Convention on Fishing Crews was adopted in 2010. The Tana Convention on Seafarers followed in 2012. Chad ratified the Convention in 2015.", expect: ["RATIFIED", "ctry:td", "conv:kivu-convention-on-fishing-crews"] },
    // The sentence brings in an unnamed agreement of its own.
    { text: "The Tasman Agreement on Seasonal Crews was signed in 2019. In 2021 Fiji signed a bilateral agreement with Samoa, and Tonga ratified the agreement.", expect: ["RATIFIED", "ctry:to", "conv:tasman-agreement-on-seasonal-crews"] },
    // A name that lacks the word: "the agreement" is no protocol named before.
    { text: "The Tasman Protocol on Seasonal Crews was signed in 2019. Fiji has ratified the agreement.", expect: ["RATIFIED", "ctry:fj", "conv:tasman-protocol-on-seasonal-crews"] },
    // Two authorities in reach: "the Authority" is neither.
    { text: "The Harbour Labour Authority registers foreign crews. The Tinland Civil Aviation Authority licenses pilots. The Authority cooperates with UNODC on trafficking cases.", expect: ["PARTNERS_WITH", "org:harbour-labour-authority", "org:unodc"] },
    // "the Authority" opening another authority's name is that other body.
    { text: "The Harbour Labour Authority registers foreign crews. UNODC works with the Authority for Civil Aviation on trafficking cases.", expect: ["PARTNERS_WITH", "org:harbour-labour-authority", "org:unodc"] },
  ],
};
