import type { NameRule } from "./NameRule.js";

/**
 * ACRONYM_SPAN: a bracketed acronym says how far the name before it reaches, at both ends. Three shapes lose a part
 * of the name the acronym still spells:
 * - a closing place the acronym's last part spells ("… Workers in Santa Cruz (ATCB-SC)"), where the first part is in the
 *   body's own language and spells nothing of the English words;
 * - a lower-case qualifier the acronym's last part spells ("… Registry for stateless persons (ARMAS-SP)"): without it the
 *   name is another, shorter system;
 * - words before "of" that give no kind of their own ("Echo of Lakeside Returnees Union (ELRU)"): the acronym spells
 *   them, so they open the name, and the head after "of" gives its kind;
 * - a country opening a programme's title ("the Chad Regional Refugee Response Plan (RRP)"), or a state or its demonym
 *   opening a national body's name ("the Mexican Agency for Coastal Cooperation (ACC)"): the acronym leaves it out, but
 *   two countries' plans or agencies of the same words are two.
 */
export const ACRONYM_SPAN: NameRule = {
  id: "acronym-span",
  what: "A bracketed acronym decides how far the name reaches: a closing place or a lower-case qualifier its last part (after a hyphen) spells, the words before 'of' its first letters spell, and a country opening an initiative's title or a state or its demonym opening a body's name belong to the name.",
  words: ["in", "for", "of", "on"],
  positive: [
    { text: "Members include the Alliance of Bolivian Care Workers in Santa Cruz (ATCB-SC) and the Acre Migrant Alliance.", name: "Alliance of Bolivian Care Workers in Santa Cruz", kind: "ORGANIZATION" },
    { text: "The agency will add the Asylum Registry Matching System for stateless persons (ARMS-SP) next year.", name: "Asylum Registry Matching System for stateless persons", kind: "INITIATIVE" },
    { text: "Grants went to the Echo of Lakeside Returnees Union (ELRU) in Senegal.", name: "Echo of Lakeside Returnees Union", kind: "ORGANIZATION" },
    { text: "Donors in Oslo gave less to the Chad Regional Refugee Response Plan (RRP) than they had promised.", name: "Chad Regional Refugee Response Plan", kind: "INITIATIVE" },
    { text: "Most of the money went to the South Sudan Regional Refugee Response Plan (RRP) that spring.", name: "South Sudan Regional Refugee Response Plan", kind: "INITIATIVE" },
    // A state or its demonym opening a national body's name: two states' agencies of the same words are two.
    { text: "The plan is funded by the Mexican Agency for Coastal Cooperation (ACC) and the port authority.", name: "Mexican Agency for Coastal Cooperation", kind: "ORGANIZATION" },
    { text: "The plan is funded by the Ghana Agency for Coastal Cooperation (ACC) and the port authority.", name: "Ghana Agency for Coastal Cooperation", kind: "ORGANIZATION" },
  ],
  negative: [
    // A lower-case tail the acronym does not spell stays out of the name.
    { text: "The agency runs the Asylum Registry Matching System for most applicants (ARMS) since 2015.", name: "Asylum Registry Matching System for most applicants" },
    // The acronym spells the name after "of" alone: the words before it are no part of the name.
    { text: "Members of Lakeside Returnees Union (LRU) met in Dakar.", name: "Members of Lakeside Returnees Union" },
    { text: "The plan is funded by the Mexican Agency for Coastal Cooperation (ACC) and the port authority.", name: "Agency for Coastal Cooperation" },
    // A post of a body is no body: "Director of …" spelled by its acronym stays out.
    { text: "Also present: the Director of the Harbour Secretariat (DHS), Ana Ruiz.", name: "Director of the Harbour Secretariat" },
  ],
};
