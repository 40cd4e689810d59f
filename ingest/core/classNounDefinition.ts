import { entityId } from "../../src/ontology/ids.js";
import type { EntityKind } from "../../src/ontology/ontology.js";
import type { NameRule } from "./NameRule.js";
import type { PassageScan } from "./PassageScan.js";

/**
 * A title followed by lower-case words that say what it is, then its acronym: "the Migration and Fisheries civil
 * society network (MFN)". The acronym binds the whole phrase as written. Read by recognise.ts after the definitions.
 */
export const CLASS_NOUN_DEFINITIONS: NameRule<{ initiative: string[]; organization: string[] }> = {
  id: "class-noun-definitions",
  what: "A capitalised title, up to three lower-case words ending in a class noun, and an acronym in brackets whose first letter is the title's ('the Ports and Crews civil society network (PACN)') name one entity, written whole; its kind is the class noun's. The acronym then stands for it in the chapter.",
  words: { initiative: ["network", "programme", "program", "project", "initiative", "platform", "campaign", "partnership"], organization: ["organisation", "organization", "association", "alliance", "coalition"] },
  positive: [
    { text: "The Ports and Crews civil society network (PACN) was launched in 2014. PACN links unions.", name: "Ports and Crews civil society network", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "Ghana joined the regional network (RN) in 2014.", name: "regional network" },
    { text: "The Ports and Crews civil society network (XYZ) was launched in 2014.", name: "Ports and Crews civil society network" },
  ],
};

const { initiative, organization } = CLASS_NOUN_DEFINITIONS.words;
const DEFINED = new RegExp(`\\b((?:[A-Z][\\p{L}’'-]*\\s+(?:(?:and|of|for|on|&)\\s+)?)*[A-Z][\\p{L}’'-]*)\\s+((?:[a-z-]+\\s+){0,3}(${[...initiative, ...organization].join("|")}))\\s+\\(([A-Z][A-Za-z0-9&-]{1,11})\\)`, "gu");

/** Step 1b of recognition: titles defined with a class noun between them and their acronym (CLASS_NOUN_DEFINITIONS). */
export function classNounDefinitions(scan: PassageScan): void {
  const { text, scope } = scan;
  if (!text.includes("(")) return;
  for (const m of text.matchAll(DEFINED)) {
    const [, written, , noun, acronym] = m as unknown as [string, string, string, string, string];
    const title = written.replace(/^(?:The|A|An|Its|Their)\s+/, "");
    if (title.split(/\s+/).length < 2 || acronym[0] !== title[0] || !/[A-Z].*[A-Z]/.test(acronym)) continue;
    const start = m.index! + m[0].indexOf(title);
    const name = text.slice(start, m.index! + m[0].lastIndexOf("(")).trim();
    const end = start + name.length;
    if (scan.overlaps(start, end)) continue;
    const kind: EntityKind = organization.includes(noun) ? "ORGANIZATION" : "INITIATIVE";
    const key = entityId(kind, name);
    if (scan.doc.catalog.byId.has(key)) continue;
    scan.discover({ key, kind, name, acronym });
    scan.doc.localAcronyms.set(`${scope}|${acronym}`, { id: key, kind });
    scan.push({ localStart: start, localEnd: end, kind, key, method: "acronym-definition", confidence: 0.8 });
    const at = m.index! + m[0].lastIndexOf(acronym);
    scan.taken.push([at, at + acronym.length]);
  }
}
