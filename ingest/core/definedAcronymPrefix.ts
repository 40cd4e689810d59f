import type { NameRule } from "./NameRule.js";

/**
 * An acronym the page defines itself ("Coral Sea Group (CSG)" in its title or a sentence) is read like a catalog
 * acronym wherever it opens a longer name: "the CSG Skills Movement Scheme" is a name of its own, owned by the
 * group (catalogMentions.ts keeps the acronym's mention among the hits that findNameOwner reads as prefixes).
 */
export const DEFINED_ACRONYM_PREFIX: NameRule = {
  id: "defined-acronym-prefix",
  what: "An acronym the document defined opens a longer name as a catalog acronym does ('the CSG Skills Movement Scheme' after 'Coral Sea Group (CSG)'); the name is kept, with the defined body as its owner.",
  words: [],
  positive: [
    { text: "The Coral Sea Group (CSG) met in June. Later the CSG Skills Movement Scheme began.", name: "CSG Skills Movement Scheme", kind: "INITIATIVE", parentId: "forum:coral-sea-group" },
    { text: "Reef Islands Network (RIN): members\nThe network links ports. It runs the RIN Seafarer Training Programme.", name: "RIN Seafarer Training Programme", kind: "INITIATIVE" },
  ],
  negative: [
    // The acronym alone stays the body's mention; a list after it is no name.
    { text: "The Coral Sea Group (CSG) met in June. Delegates from the CSG, Skills Movement Scheme staff and others came.", name: "CSG, Skills Movement Scheme" },
    { text: "The Coral Sea Group (CSG) met in June. The CSG and the Skills Movement Scheme agreed.", name: "CSG and the Skills Movement Scheme" },
  ],
};
