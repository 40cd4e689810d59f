import type { EntityKind } from "../../src/ontology/ontology.js";
import type { NameRule } from "./NameRule.js";

/**
 * "the ECCAS Regional Labour Mobility Framework (RLMF)": the bracketed acronym spells the title alone, but the body
 * written before it is part of how the page names the title, as it is when no acronym follows ("the ILO Coastal Work
 * Agenda", OWNER_PREFIX). Without it the name is a generic title that many regions share. Data with example sentences,
 * run by test/unit/nameRules.test.ts through the whole pipeline.
 */
export const OWNER_BEFORE_DEFINED_TITLE: NameRule = {
  id: "owner-before-defined-title",
  what: "A programme, framework, plan or treaty, or a body's standing meeting, defined with an acronym that spells only the words after a known body's name ('the ECCAS Regional Labour Mobility Framework (RLMF)') keeps that body's name as its first words; the title without it is kept as an alias. A body named only elsewhere in the sentence ('ministers of ECCAS adopted the Regional … (RLMF)') is no word of the name.",
  words: [],
  positive: [
    { text: "Ministers adopted the ECCAS Regional Labour Mobility Framework (RLMF) in 2019.", name: "ECCAS Regional Labour Mobility Framework", kind: "INITIATIVE" },
    { text: "In 2017 the IOM Coastal Return Programme (CRP) helped 400 fishers home.", name: "IOM Coastal Return Programme", kind: "INITIATIVE" },
    // A body's standing meeting, defined with the letters of its own words, keeps the body's name too.
    { text: "Port chiefs prepared the agenda at the ECOWAS Harbour Policing Dialogue (HPD) in Lomé.", name: "ECOWAS Harbour Policing Dialogue", kind: "FORUM" },
  ],
  negative: [
    { text: "Ministers of ECCAS adopted the Regional Labour Mobility Framework (RLMF) in 2019.", name: "ECCAS Regional Labour Mobility Framework" },
    // A list before the title: the body is one of its items, not the title's first word.
    { text: "Donors funded ECCAS and the Regional Labour Mobility Framework (RLMF) in 2019.", name: "ECCAS and the Regional Labour Mobility Framework" },
    // The body named only as the meeting's convener, apart from the title, is no word of it.
    { text: "ECOWAS convened the Harbour Policing Dialogue (HPD) in Lomé.", name: "ECOWAS Harbour Policing Dialogue" },
    // Only a body owns a meeting by name: a state written before it is where it sits or who hosts it, and a standing
    // forum before it is the series it belongs to (read by other rules), so neither opens the meeting's name.
    { text: "Port chiefs met at the Ghana Harbour Policing Dialogue (HPD) in 2019.", name: "Ghana Harbour Policing Dialogue" },
    { text: "Port chiefs met at the GFMD Harbour Policing Dialogue (HPD) in 2019.", name: "GFMD Harbour Policing Dialogue" },
  ],
};

/** Whether a title of this kind takes the name of a body of this kind written before it (OWNER_BEFORE_DEFINED_TITLE). */
export const ownsDefinedTitle = (kind: EntityKind, ownerKind: EntityKind, ownerIsEvent: boolean): boolean =>
  ((kind === "INITIATIVE" || kind === "CONVENTION") && (ownerKind === "ORGANIZATION" || (ownerKind === "FORUM" && !ownerIsEvent))) ||
  // A body's own standing meeting ("the ECOWAS Harbour Policing Dialogue (HPD)") is named with the body as well.
  (kind === "FORUM" && ownerKind === "ORGANIZATION");
