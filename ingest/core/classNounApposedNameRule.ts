import type { NameRule } from "./NameRule.js";

/** Read by classNounApposedName.ts. */
export const CLASS_NOUN_APPOSED_NAME: NameRule = {
  id: "class-noun-apposed-name",
  what: "A lower-case class noun of bodies ('organisation', 'association', 'charity', 'foundation') followed right away by a run of capitalised words ('the Danish charity Havnehjem paid for it') names an organization, whatever its words; a title, a place, a verb or a name the catalog or an earlier step read is left as it is (classNounApposedName.ts).",
  words: ["organisation", "organization", "association", "charity", "foundation"],
  positive: [
    { text: "The Danish charity Havnehjem paid for the exchange.", name: "Havnehjem", kind: "ORGANIZATION" },
    { text: "Help came from the local association Kustvakt and two port unions.", name: "Kustvakt", kind: "ORGANIZATION" },
  ],
  negative: [
    { text: "The charity President Maria Holm opened the meeting.", name: "President Maria Holm" },
    { text: "Funds went to the charity Harbour in Trust that helps crews.", name: "Harbour" },
    { text: "The association Members agreed on a new plan.", name: "Members" },
    { text: "The organisation Harbour Aid Network Nordic Baltic sent help.", name: "Harbour Aid Network Nordic" },
  ],
};
