import type { NameRule } from "./nameRules.js";

export const SUBNATIONAL_GOVERNMENTS: NameRule = {
  id: "subnational-governments",
  what: "The government of a region, province or state within a country, named by its place ('the Puntland Regional Government', 'the Sindh Provincial Government'), is a body of its own: an ORGANIZATION. A state's government ('the Government of Tinland', 'the Federal Government') stays the state, and a level word alone names none.",
  words: "Regional Provincial Autonomous Territorial State Municipal Metropolitan County".split(" "),
  positive: [
    { text: "The Harbourland Regional Government took part in the Coastal Fisheries Process meeting in 2016.", name: "Harbourland Regional Government", kind: "ORGANIZATION" },
    { text: "Officials of the Tinsh Provincial Government trained crews.", name: "Tinsh Provincial Government", kind: "ORGANIZATION" },
  ],
  negative: [
    { text: "The Federal Government of Tinland trained crews.", name: "Federal Government of Tinland" },
    { text: "The Regional Government trained crews.", name: "Regional Government" },
  ],
};

const SUBNATIONAL = new RegExp(`^\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)*\\s+(?:${SUBNATIONAL_GOVERNMENTS.words.join("|")})\\s+Government$`, "u");

const GENERIC_LEVEL = /^(?:The|Federal|National|Central|Interim|Transitional|New|Local)\s/;

/** "the Puntland Regional Government": a place's own government below the state (SUBNATIONAL_GOVERNMENTS). */
export const isSubnationalGovernment = (name: string): boolean => SUBNATIONAL.test(name) && !GENERIC_LEVEL.test(name);
