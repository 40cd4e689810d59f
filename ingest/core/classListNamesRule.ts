import type { NameRule } from "./NameRule.js";

/**
 * "The two German member organisations, Raphaelswerk and Micado Migration, invited …", "Its partners were Hafenhilfe,
 * Portwell and the Harbour Welfare Council": a list that a class noun of bodies introduces (as its apposition, or as
 * the complement of "were"/"are"/"include") names bodies whatever their words (CLASS_LIST_NAMES). Each item is a run
 * of capitalised words, maybe with a place after it ("Weldo in Pakistan"); an item that is a place, or that overlaps
 * a name already read, is left as it is. The list must hold two items or more, every one of them shaped as a name.
 */
export const CLASS_LIST_NAMES: NameRule = {
  id: "class-list-names",
  what: "Items of a list introduced by a class noun of bodies ('member organisations, A and B,', 'Its partners were A, B and C', 'NGOs such as A and B', 'NGO networks - A, B and C -', 'charities such as A and B'; 'foundations' only as 'private/charitable foundations' or before 'such as'; 'donors such as A, B and C' only where another item is a state or a body already read, and then only items read before, or with an acronym or a body's head noun) are organizations whatever their words, when every item is a run of capitalised words (a place after 'in' or 'from' closing an item is no word of it). A list of states, a list holding a lower-case item, or a single item names nothing new (classListNames.ts).",
  words: [],
  positive: [
    { text: "The two Danish member organisations, Havnehjem and Sømandskirken Aarhus, hosted the meeting.", name: "Havnehjem", kind: "ORGANIZATION" },
    { text: "Its partners were Hafenhilfe Kiel, Portwell in Norway and the Harbour Welfare Council.", name: "Portwell", kind: "ORGANIZATION" },
    { text: "Its partners were Hafenhilfe Kiel, Portwell in Norway and the Harbour Welfare Council.", name: "Hafenhilfe Kiel", kind: "ORGANIZATION" },
    // A network of NGOs is a body too; a dash may open the list as a comma does.
    { text: "Two NGO networks - SeaLink and PortAid - wrote to the ministers.", name: "PortAid", kind: "ORGANIZATION" },
    { text: "Civil society networks such as Harbourwatch and Kustnet signed the appeal.", name: "Harbourwatch", kind: "ORGANIZATION" },
    // Charities, companies, universities and unions are bodies; foundations are where marked as bodies or "such as" follows.
    { text: "Small charities such as Tideline Care and Kelpfield met the ministers.", name: "Kelpfield", kind: "ORGANIZATION" },
    { text: "Two private foundations, Lysvik and Tangmoor, paid for the boats.", name: "Tangmoor", kind: "ORGANIZATION" },
    // Donors and funders: where the list also holds a state or a body, the items with an acronym or a body's head noun.
    { text: "Private donors such as the Arbor Hands Society, Norway and the World Bank paid for the boats.", name: "Arbor Hands Society", kind: "ORGANIZATION" },
    { text: "Its funders were KAVA, Norway and the World Bank.", name: "KAVA", kind: "ORGANIZATION" },
  ],
  negative: [
    { text: "Its partners were Norway, Denmark and Iceland.", name: "Norway, Denmark and Iceland" },
    // A full stop closing the sentence is no letter of the last item: "Iceland." is the state.
    { text: "The council was set up in 1990. Its members include Norway, Denmark and Iceland.", name: "Iceland." },
    { text: "Its partners were mostly small groups, and Portwell helped them.", name: "Portwell" },
    { text: "The member organisations, however, disagreed with Portwell.", name: "Portwell" },
    { text: "Its partners were Hafenhilfe Kiel and several port unions.", name: "Hafenhilfe Kiel" },
    // Networks of anything else than bodies name no bodies; a dash after no class noun opens no list.
    { text: "Road networks such as Harbourway and Kustroad were repaired.", name: "Harbourway" },
    { text: "Two of them - Harbourwatch and Kustnet - wrote to the ministers.", name: "Kustnet" },
    // Donors may be persons: a list of donors with no state or known body among them names nothing.
    { text: "Private donors such as Anna Berg and Tomas Lind paid for the boats.", name: "Anna Berg" },
    { text: "Speakers such as Omar Haddad and Lena Vogt praised the boats.", name: "Lena Vogt" },
    // A donor list with one known body: the persons in it stay persons.
    { text: "Its donors were Ida Lunde, Norway and Per Holm.", name: "Per Holm" },
    // "Foundations" as the pillars of a plan, not bodies.
    { text: "The reform stands on three foundations: Shelter, Work and Schooling.", name: "Shelter" },
  ],
};
