import type { NameRule } from "./NameRule.js";

/**
 * A project sheet's field line gives a programme's title whole, however it is worded: "Title: Safer Boats for
 * Coastal Fishers", "Project name: Fishers on the Move". Read by recognise.ts (step 3f).
 */
export const TITLE_FIELDS: NameRule = {
  id: "title-fields",
  what: "A line 'Title: X', 'Project title: X', 'Project name: X', 'Programme: X' (a label naming a title or a programme, then a colon) names one initiative: the whole value, to the end of the line, commas and 'and' included. A value that is a sentence, a publication's title (a report, a study) or longer than sixteen words is none; a value headed by a body's or meeting's noun keeps that kind. A bracket of capitals closing the value, spelled by the title's initials, is its acronym; a naming clause closing it (', also called Y', ', formerly Y') is another name of it, not part of the title.",
  words: ["Title", "Project title", "Programme title", "Program title", "Project name", "Programme name", "Name of the project", "Name of the programme", "Project", "Programme", "Program", "Initiative"],
  positive: [
    { text: "Project profile\n\nTitle: Safer Boats, Fair Wages and Return for Coastal Fishers\nDonor: Norway", name: "Safer Boats, Fair Wages and Return for Coastal Fishers", kind: "INITIATIVE" },
    { text: "Fact sheet\n\nProject name: Fishers on the Move in the Gulf of Guinea\nDuration: 2019-2022", name: "Fishers on the Move in the Gulf of Guinea", kind: "INITIATIVE" },
    // A closing bracket the title's initials spell is its acronym, no word of the title.
    { text: "Fact sheet\n\nProgramme: Coastal Boat Crew Rotation scheme (CBCR)\nDuration: 2019-2022", name: "Coastal Boat Crew Rotation scheme", kind: "INITIATIVE" },
    // A naming clause closing the value gives a second name (nameFields.ts), no words of the title.
    { text: "Fact sheet\n\nProgramme: Coastal Evidence for Fisheries Analysis and Policy (CEFAP), also called Reef CEFAP\nDuration: 2019-2022", name: "Coastal Evidence for Fisheries Analysis and Policy", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "Fact sheet\n\nTitle: Coastal Fishers Mobility Report 2019\nPublished: 2019", name: "Coastal Fishers Mobility Report 2019" },
    { text: "Notes\n\nProject: The boats were repaired in May and the crews returned.", name: "The boats were repaired in May and the crews returned" },
  ],
};
