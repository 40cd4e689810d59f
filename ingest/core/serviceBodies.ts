import type { NameRule } from "./NameRule.js";

/**
 * "the European External Action Service", "the National Employment Service": a service is a body when the word before
 * "Service" names a field of public work, as an office's does; a service offered ("a Coastal Ferry Service") or a
 * two-word "Civil Service" is none. Without such a field the head still names a body when the text defines its acronym
 * (DEFINED_BODY_HEADS, definedBodyRules.ts). Read by headKind.ts.
 */
export const SERVICE_BODIES: NameRule<{ heads: string[]; fields: string[] }> = {
  id: "service-bodies",
  what: "A name of three words or more whose head is 'Service' or 'Services', with a field of public work right before the head ('Action', 'Employment', 'Placement', 'Immigration', 'Departure', 'Development' …), is an organization: 'the European External Action Service', 'the Repatriation and Departure Service', 'the Human Resources Development Service of Korea'. Any other word before the head ('Ferry', 'Voluntary', 'Information') leaves the name to the acronym rule, and two words ('Civil Service', 'Employment Service') are a class, not a name.",
  words: {
    heads: ["Service", "Services"],
    fields: "Action Employment Placement Immigration Migration Refugee Refugees Asylum Border Departure Return Development Protection Welfare Intelligence Security Integration Naturalisation Naturalization Citizenship Labour Labor".split(" "),
  },
  positive: [
    { text: "Envoys of the European Coastal Action Service met the Harbour Forum.", name: "European Coastal Action Service", kind: "ORGANIZATION" },
    { text: "Since 2010 the National Fishers Employment Service has placed crews abroad.", name: "National Fishers Employment Service", kind: "ORGANIZATION" },
    { text: "Returns are run by the Repatriation and Departure Service of the ministry's harbour police.", name: "Repatriation and Departure Service", kind: "ORGANIZATION" },
    { text: "Nurses are recruited through the Harbour Placement Services of the agency.", name: "Harbour Placement Services", kind: "ORGANIZATION" },
    { text: "Exams are set by the Human Resources Development Service of Tinland each spring.", name: "Human Resources Development Service of Tinland", kind: "ORGANIZATION" },
  ],
  negative: [
    { text: "The port offers a Coastal Ferry Service every morning.", name: "Coastal Ferry Service" },
    { text: "Young people joined the European Voluntary Service for a year.", name: "European Voluntary Service", notKind: "ORGANIZATION" },
    { text: "He left the Civil Service in 2010.", name: "Civil Service" },
    { text: "Crews registered with the Employment Service in Tema.", name: "Employment Service" },
  ],
};

const HEADS = new Set(SERVICE_BODIES.words.heads);
const FIELDS = new Set(SERVICE_BODIES.words.fields);

/** Whether a name headed by "Service(s)" (its head word given) names a body (SERVICE_BODIES). */
export function isServiceBody(name: string, head: string | null): boolean {
  if (!head || !HEADS.has(head)) return false;
  const words = name.split(/\s+/);
  const at = words.indexOf(head);
  return at >= 2 && FIELDS.has(words[at - 1]!);
}
