import type { EntityKind } from "../../src/ontology/ontology.js";
import type { NameRule } from "./NameRule.js";

/**
 * DEFINED_AGREEMENTS: "Agreement" heads a contract of a kind as often as a treaty (AGREEMENT_TITLES), and a title of
 * generic words alone ("Regional Comprehensive Economic Partnership Agreement") reads as a kind. Defined with an
 * acronym that spells every word of it ("… (RCEP)", "… (CEPA)"), four capitalised words or more, it is one treaty the
 * page goes on to name by that acronym: a kind of contract is not given a short name of its own. Two or three words
 * ("Bilateral Labour Agreement (BLA)") are still a kind, and a plural ("… Agreements (EPAs)") a class.
 */
export const DEFINED_AGREEMENTS: NameRule = {
  id: "defined-agreements",
  what: "A title of four capitalised words or more headed by 'Agreement' and defined by an acronym spelling each of its words (the head's letter or not) is a treaty, whatever its words.",
  words: ["Agreement"],
  positive: [
    { text: "The Regional Comprehensive Economic Partnership Agreement (RCEP) entered into force in 2022.", name: "Regional Comprehensive Economic Partnership Agreement", kind: "CONVENTION" },
    { text: "Kenya ratified the Comprehensive Economic Partnership Agreement (CEPA) in 2019.", name: "Comprehensive Economic Partnership Agreement", kind: "CONVENTION" },
  ],
  negative: [
    { text: "Kenya and Qatar signed a Bilateral Labour Agreement (BLA) in 2019.", name: "Bilateral Labour Agreement", notKind: "CONVENTION" },
    { text: "The Regional Economic Partnership Agreements (REPAs) were negotiated in 2007.", name: "Regional Economic Partnership Agreements", notKind: "CONVENTION" },
    // The acronym spells other words: no short name of this title.
    { text: "The Regional Comprehensive Economic Partnership Agreement (ASEAN) entered into force in 2022.", name: "Regional Comprehensive Economic Partnership Agreement", notKind: "CONVENTION" },
  ],
};

/** CONVENTION for a defined title of generic words headed by "Agreement" (DEFINED_AGREEMENTS), else null. */
export function definedAgreementKind(name: string, acronym: string): EntityKind | null {
  const words = name.split(/\s+/);
  if (words.length < 4 || words[words.length - 1] !== "Agreement" || !words.every((w) => /^\p{Lu}/u.test(w))) return null;
  const initials = words.map((w) => w[0]).join("");
  const letters = acronym.replace(/[^A-Z]/g, "");
  return letters === initials || letters === initials.slice(0, -1) ? "CONVENTION" : null;
}
