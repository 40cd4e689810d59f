import type { TripleExamples } from "./TripleExamples.js";

// The whole-pipeline examples of SORTED_DESCRIPTION and MODIFIED_DESCRIPTION (descriptionHeads.ts), apart from the tables they test.

/** Sentences a description with a programme's sort words must get right ([type, sourceId, targetId]); test/unit/coreference.test.ts runs them. */
export const SORTED_DESCRIPTION_EXAMPLES: TripleExamples = {
  positive: [
    {
      text: "Projects\n\nTidal Livelihoods (2018). This mapping and training project worked with fishing families in two ports. It was financed by the Wellcome Trust.",
      expect: ["FUNDS", "org:wellcome-trust", "ini:tidal-livelihoods"],
    },
    {
      text: "Projects\n\nTidal Livelihoods (2018). This research project followed fishing families in two ports. Its partners were the Lagoon Rights Centre and the Tidewater Fishers Union.",
      expect: ["PARTICIPATES_IN", "org:lagoon-rights-centre", "ini:tidal-livelihoods"],
    },
  ],
  negative: [
    // A sort word before another head ("this research paper") is no description of the programme.
    {
      text: "Projects\n\nTidal Livelihoods (2018). This research paper followed fishing families in two ports. It was financed by the Wellcome Trust.",
      expect: ["FUNDS", "org:wellcome-trust", "ini:tidal-livelihoods"],
    },
    // "the research project of X" is the start of another phrase, not a description.
    {
      text: "Projects\n\nTidal Livelihoods (2018). The research project of the Lagoon Rights Centre followed fishing families. It was financed by the Wellcome Trust.",
      expect: ["FUNDS", "org:wellcome-trust", "ini:tidal-livelihoods"],
    },
  ],
};

/** Sentences the modified description must get right ([type, sourceId, targetId]); test/unit/coreference.test.ts runs them. */
export const MODIFIED_DESCRIPTION_EXAMPLES: TripleExamples = {
  positive: [
    {
      text: "The conference adopted the Convention on Coastal Asylum and the Convention on Harbour Asylum. The states that have ratified the harbour treaty are Chile and Peru.",
      expect: ["RATIFIED", "ctry:cl", "conv:convention-on-harbour-asylum"],
    },
  ],
  negative: [
    // The modifier is in neither name: no treaty is picked, not even the one named last.
    {
      text: "The conference adopted the Convention on Coastal Asylum and the Convention on Harbour Asylum. The states that have ratified the regional treaty are Chile and Peru.",
      expect: ["RATIFIED", "ctry:cl", "conv:convention-on-harbour-asylum"],
    },
    // The harbour treaty is the one meant, not the coastal one.
    {
      text: "The conference adopted the Convention on Coastal Asylum and the Convention on Harbour Asylum. The states that have ratified the harbour treaty are Chile and Peru.",
      expect: ["RATIFIED", "ctry:cl", "conv:convention-on-coastal-asylum"],
    },
  ],
};
