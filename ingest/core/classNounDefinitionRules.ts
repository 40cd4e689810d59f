import type { NameRule } from "./NameRule.js";

/**
 * A title followed by lower-case words that say what it is, then its acronym: "the Migration and Fisheries civil
 * society network (MFN)". The acronym binds the whole phrase as written. Read by recognise.ts after the definitions.
 */
export const CLASS_NOUN_DEFINITIONS: NameRule<{ initiative: string[]; organization: string[] }> = {
  id: "class-noun-definitions",
  what: "A capitalised title, up to three lower-case words ending in a class noun, and an acronym in brackets whose first letter is the title's ('the Ports and Crews civil society network (PACN)') name one entity, written whole (a class noun alone after the title is no word of it: 'the Safer Boats programme (SBP)' is 'Safer Boats'), also with the acronym between title and class words ('the Ports and Crews (PACN) civil society network'); its kind is the class noun's. The acronym then stands for it in the chapter.",
  words: { initiative: ["network", "programme", "program", "project", "initiative", "platform", "campaign", "partnership"], organization: ["organisation", "organization", "association", "alliance", "coalition"] },
  positive: [
    { text: "The Ports and Crews civil society network (PACN) was launched in 2014. PACN links unions.", name: "Ports and Crews civil society network", kind: "INITIATIVE" },
    { text: "Norway funds the Safer Boats programme (SBP) in Ghana. SBP trains crews.", name: "Safer Boats", kind: "INITIATIVE" },
    { text: "Unions coordinate PACN Asia, the Asian branch of the Ports and Crews (PACN) civil society network.", name: "Ports and Crews civil society network", kind: "INITIATIVE" },
    { text: "Norway funds the Safer Boats programme (SBP) in Ghana. SBP trains crews.", name: "Safer Boats", kind: "INITIATIVE" },
    { text: "Unions coordinate PACN Asia, the Asian branch of the Ports and Crews (PACN) civil society network.", name: "PACN Asia", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "Norway funds the Safer Boats programme (SBP) in Ghana.", name: "Safer Boats programme" },
    { text: "Ghana joined the regional network (RN) in 2014.", name: "regional network" },
    { text: "The Ports and Crews civil society network (XYZ) was launched in 2014.", name: "Ports and Crews civil society network" },
  ],
};
