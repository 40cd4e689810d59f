import type { NameRule } from "./nameRules.js";

/**
 * ROLE_IN_BODY: "Rapporteur" heads a mandate with a topic of its own ("Special Rapporteur on the Rights of X"), which
 * acts and is an entity; "Rapporteur of the X Group" is a seat one member of that group holds for a while.
 */
export const ROLE_IN_BODY: NameRule = {
  id: "role-in-body",
  what: "A rapporteur's seat in a named body ('Rapporteur of the Coastal Reference Group', 'Co-Rapporteur of the Harbour Council'), held by one of its members, is a role, not an entity; a mandate named by its topic ('Special Rapporteur on the Rights of X', 'Special Rapporteur of the Harbour Council on X') stays an office.",
  words: ["Rapporteur", "Co-Rapporteur", "Rapporteurs"],
  positive: [
    { text: "The Special Rapporteur on the Rights of Coastal Fishers visited Ghana in 2014.", name: "Special Rapporteur on the Rights of Coastal Fishers", kind: "ORGANIZATION" },
  ],
  negative: [
    { text: "Norway is the Rapporteur of the Coastal Reference Group set up in 2011.", name: "Rapporteur of the Coastal Reference Group" },
    { text: "Ghana served as Co-Rapporteur of the Harbour Council in 2015, and Togo chaired it.", name: "Co-Rapporteur of the Harbour Council" },
  ],
};

const ROLE = /^(?:the\s+)?(?:Co-)?Rapporteurs?\s+of\s+(?:the\s+)?[A-Z]/;

/** Whether a name is a rapporteur's seat in a body (ROLE_IN_BODY): no entity. */
export const isRoleInBody = (name: string): boolean => ROLE.test(name);
