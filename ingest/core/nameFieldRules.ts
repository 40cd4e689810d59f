import type { IdentityRule } from "./IdentityRule.js";

/**
 * NAME_FIELDS (read by nameFields.ts): a profile's or fact sheet's field line whose label gives another name of the
 * thing the sheet is about. `words` are the labels; `former` the labels of a name it went by before, which folds the same
 * way; `subjects` the labels whose value is the sheet's own name.
 */
export const NAME_FIELDS: IdentityRule<{ alias: string[]; former: string[]; subjects: string[]; languages: string[] }> = {
  id: "name-fields",
  what: "A field line 'Short name: Y', 'Short form: Y', 'Short title: Y', 'Acronym: Y', 'Abbreviation: Y', 'Also known as: Y', 'Also called: Y', 'Also cited as: Y; Z', 'Other names: Y', 'Former name: Y', 'Formerly: Y', 'Previous name: Y', 'French name: Y' gives another name of the thing the sheet is about: the name a 'Name:', 'Full name:', 'Full title:', 'Programme:' or 'Project name:' line above it gives, else the heading line right above the fields, else the page's title body; a naming clause closing that line's value ('Programme: X (ACR), also called Y') gives one too, and so does a name in brackets closing it ('Name: Instituto Nacional de Migración (National Migration Institute)'). Y (each item parted by ';') folds into that name: one id, from the first name's key; an acronym becomes its acronym and reads as it on the rest of the page. A bracket after Y ('(the first phase)', '(CIC)') and a date tail (', until 2015', ', 2013-2021') are no part of the name. 'Predecessor:', 'Successor:', 'Previous:' and 'Parent:' name other bodies or meetings, and a value that is a sentence names nothing.",
  words: {
    alias: ["Short name", "Short names", "Short form", "Short title", "Acronym", "Abbreviation", "Also known as", "Also called", "Also cited as", "Known as", "Other name", "Other names", "Alternative name", "Common name", "Popular name"],
    former: ["Former name", "Former names", "Formerly", "Formerly known as", "Formerly called", "Previous name", "Previously", "Previously known as", "Old name"],
    // "French name: …", "Turkish name: …": the body's name in another language.
    languages: ["English", "French", "Spanish", "Portuguese", "Arabic", "Turkish", "German", "Italian", "Dutch", "Russian", "Chinese", "Indonesian", "Malay", "Thai", "Vietnamese", "Korean", "Japanese", "Bengali", "Urdu", "Hindi", "Persian", "Swahili", "Amharic", "Local", "Native"],
    subjects: ["Name", "Full name", "Official name", "Full title", "Official title", "Title", "Project name", "Project title", "Programme name", "Programme title", "Program name", "Programme", "Program", "Project", "Initiative"],
  },
  positive: [
    { text: "Harbour Skills Facility\n\nAlso known as: the Coastal Skills Program\nImplemented by: IOM\nCountries: Ghana, Togo\n\nThe Coastal Skills Program trains fishers.", same: ["Harbour Skills Facility", "Coastal Skills Program"] },
    { text: "Profile\n\nName: Lagoon Fisheries Regulatory Authority\nShort name: LAFRA\nType: government authority\n\nLAFRA issues fishing licences.", mentions: { id: "org:lagoon-fisheries-regulatory-authority", count: 3 } },
    { text: "Profile\n\nProject name: Coastal City-to-City Fisheries Project\nShort name: CC2CF\nDonor: Norway\n\nCC2CF runs in four ports.", mentions: { id: "ini:coastal-city-to-city-fisheries-project", count: 3 } },
    { text: "Directory of harbour authorities\n\nFull name: Tinland Harbour Safety Agency\nFormer name: Tinland Harbour Board (THB), until March 2015\nType: agency\n\nThe Tinland Harbour Board was set up in 1960.", same: ["Tinland Harbour Safety Agency", "Tinland Harbour Board"] },
    { text: "Status note\n\nReef Fisheries Convention (1969): parties\n\nAlso cited as: the 1969 Reef Convention; the Lagoon Convention\nConcluded: Lomé, 10 September 1969\nIn force: 20 June 1974", same: ["Reef Fisheries Convention", "Lagoon Convention"] },
    { text: "Fact sheet\n\nProgramme: Safer Boats for Coastal Fishers in the Gulf\nAlso called: Safer Boats 1 (the first phase)\nDonor: Norway", same: ["Safer Boats for Coastal Fishers in the Gulf", "Safer Boats 1"] },
    { text: "Profile\n\nName: Lagoon Fisheries Regulatory Authority\nFormerly: Lagoon Fishing Board, 1990-2006\nType: government authority", same: ["Lagoon Fisheries Regulatory Authority", "Lagoon Fishing Board"] },
    { text: "Profile\n\nName: Instituto de Pesca Costera (Coastal Fisheries Institute)\nShort form: IPC\nType: technical body\n\nThe Coastal Fisheries Institute trains inspectors.", same: ["Instituto de Pesca Costera", "Coastal Fisheries Institute"] },
    { text: "Profile\n\nName: Lagoon Fisheries Regulatory Authority\nFrench name: Autorité de Régulation des Pêches Lagunaires\nType: government authority", same: ["Lagoon Fisheries Regulatory Authority", "Autorité de Régulation des Pêches Lagunaires"] },
    // The name field's own value may close on a naming clause.
    { text: "Fact sheet\n\nProgramme: Coastal Evidence for Fisheries Analysis and Policy (CEFAP), also called Reef CEFAP\nDonor: Norway\nStarted: 2018", same: ["Coastal Evidence for Fisheries Analysis and Policy", "Reef CEFAP"] },
  ],
  negative: [
    // A predecessor is another body, however close its name.
    { text: "Profile\n\nName: Lagoon Fisheries Regulatory Authority\nPredecessor: Lagoon Fishing Board\nType: government authority", apart: ["Lagoon Fisheries Regulatory Authority", "Lagoon Fishing Board"] },
    // "Previous:" on a meeting's sheet is the meeting before, not a name of this one.
    { text: "Event\n\nName: Third Ministerial Conference of the Reef Process\nPrevious: Second Ministerial Conference of the Reef Process\nVenue: Lomé", apart: ["Third Ministerial Conference of the Reef Process", "Second Ministerial Conference of the Reef Process"] },
    // A parent body on the sheet is no second name.
    { text: "Profile\n\nName: Lagoon Fisheries Regulatory Authority\nParent: Lagoon Fisheries Council\nType: government authority", apart: ["Lagoon Fisheries Regulatory Authority", "Lagoon Fisheries Council"] },
    // A sentence after the label names nothing.
    { text: "Profile\n\nName: Lagoon Fisheries Regulatory Authority\nAlso known as: the body that the Lagoon Fisheries Council set up in 1990\nType: government authority", apart: ["Lagoon Fisheries Regulatory Authority", "Lagoon Fisheries Council"] },
    // "Formerly: part of Y" tells where the body sat, not what it was called.
    { text: "Profile\n\nName: Lagoon Fisheries Regulatory Authority\nFormerly: part of the Lagoon Fisheries Council\nType: government authority", apart: ["Lagoon Fisheries Regulatory Authority", "Lagoon Fisheries Council"] },
    // "Successor:" names the body that came after: another body.
    { text: "Profile\n\nName: Lagoon Fishing Board\nSuccessor: Lagoon Fisheries Regulatory Authority\nType: government board", apart: ["Lagoon Fishing Board", "Lagoon Fisheries Regulatory Authority"] },
    // A clause closing the name field that is no naming ("formerly part of Y") folds nothing.
    { text: "Fact sheet\n\nProgramme: Coastal Evidence for Fisheries Analysis and Policy, formerly part of the Reef Fisheries Facility\nDonor: Norway\nStarted: 2018", present: ["ini:reef-fisheries-facility"] },
    // A directory entry whose own name the reader cannot read: its short name is not the directory's body's.
    { text: "Lagoon Fisheries Council\n\nThe Lagoon Fisheries Council groups four regulators.\n\nName: Mwamba wa Samaki\nShort name: MWS\nType: government authority\n\nMWS issues licences. The Lagoon Fisheries Council meets in May.", mentions: { id: "org:lagoon-fisheries-council", count: 2 } },
    // Outside a block of fields the label is a heading, not a name of anything.
    { text: "Harbour Skills Facility\n\nThe facility trains fishers.\n\nAlso known as: the Coastal Skills Program\n\nThe Coastal Skills Program is run by Ghana.", apart: ["Harbour Skills Facility", "Coastal Skills Program"] },
  ],
};
