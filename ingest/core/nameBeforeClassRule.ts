import type { EntityKind } from "../../src/ontology/ontology.js";
import type { NameRule } from "./NameRule.js";

/** Read by classNounApposedName.ts. */
export const NAME_BEFORE_CLASS: NameRule<Record<Exclude<EntityKind, "COUNTRY" | "CONVENTION">, string[]>> = {
  id: "name-before-class",
  what: "A run of capitalised words with no class word of its own, set off by a comma and an apposition 'a/an/the …' whose last word is a lower-case class noun of bodies or programmes ('Kestrel Hands, a Welsh charity, …', 'Fieldnet, a database of …') names an entity of the noun's kind; the noun must head its phrase ('a charity worker', 'the agency's director' describe persons), and a person noun ('a lawyer', 'a former minister'), an adverb ('Meanwhile, a fund …'), a place, a cut name ('… of Labour, a ministry') or a name an earlier step read is left as it is (classNounApposedName.ts).",
  words: {
    ORGANIZATION: ["organisation", "organization", "NGO", "charity", "foundation", "association", "agency", "institute", "institution", "university", "company", "firm", "start-up", "startup", "enterprise", "cooperative", "co-operative", "union", "federation", "confederation", "parliament", "legislature", "ministry", "bureau", "commission", "secretariat", "consortium", "alliance", "coalition", "society"],
    INITIATIVE: ["programme", "program", "project", "initiative", "network", "platform", "fund", "facility", "campaign", "scheme", "system", "database", "partnership"],
    FORUM: ["forum", "dialogue"],
  },
  positive: [
    { text: "The shelter is run by Moorlight, an NGO based in Tromsø.", name: "Moorlight", kind: "ORGANIZATION" },
    { text: "The ministry gave money to Saltwork, the small start-up that trains crews.", name: "Saltwork", kind: "ORGANIZATION" },
    { text: "Grain Voices, a trade union, and Hollin, a cooperative, signed the charter.", name: "Hollin", kind: "ORGANIZATION" },
  ],
  negative: [
    { text: "Edda Strand, a lawyer, opened the shelter.", name: "Edda Strand" },
    { text: "Piet Mol, a charity worker, opened the shelter.", name: "Piet Mol" },
    { text: "Jonas Berg, the agency's director, opened the shelter.", name: "Jonas Berg" },
    { text: "Meanwhile, a fund for returnees was set up.", name: "Meanwhile" },
    { text: "The office sits in Tacna, a town with a large shelter network.", name: "Tacna", kind: "ORGANIZATION" },
    { text: "Staff from the Ministry of Coastal Labour and Transit, a ministry of the state, attended.", name: "Transit" },
    { text: "Rain Kask, a former union leader, spoke first.", name: "Rain Kask" },
    // A preposition among the modifiers: the name holds a role in the body, it is a person.
    { text: "Hanne Moe, a spokesperson for the union, declined to comment.", name: "Hanne Moe" },
    { text: "Ivo Kral, the envoy to the commission, left early.", name: "Ivo Kral" },
  ],
};
