import { entityId } from "../../src/ontology/ids.js";
import type { EntityKind } from "../../src/ontology/ontology.js";
import { classKind } from "./classNounTitles.js";
import { headKind } from "./headKind.js";
import type { NameRule } from "./NameRule.js";
import { initialsMatch, isGeneric } from "./nameTrim.js";
import type { DocumentScan } from "./PassageScan.js";
import type { StructuredDocument } from "./types.js";

/**
 * A programme page may print its title acronym first: "HARVEST (Helping Agricultural Returnees Value Employment and
 * Skills Training)", the long name in brackets. A sentence defines an acronym after the name ("Name (ACR)",
 * acronymDefinitions.ts, headingAcronym.ts); this title line defines it the other way round, and the page then calls
 * the programme by the acronym alone ("HARVEST is led by …"). The line must be the page title or the line under it
 * (the first passage, or the heading over it), all of it; the acronym one word in capitals that opens with the name's initials; the name three words or more
 * with no digits. Its kind is its head noun's, else what the page says the acronym is ("HARVEST is a regional
 * programme"); a catalog acronym or name is left to the catalog.
 */
export const ACRONYM_FIRST_TITLES: NameRule = {
  id: "acronym-first-titles",
  what: "A page title or first line 'ACR (Long Name)' (an acronym in capitals, then the name it stands for in brackets) names the page's programme: the acronym in the text is a mention of it; its kind is the name's head noun's, else the kind 'ACR is a … programme' gives.",
  words: [],
  positive: [
    { text: "Programme profile\n\nHARVEST (Helping Agricultural Returnees Value Employment and Skills Training in Kenya and Uganda)\n\nHARVEST is a regional programme on returning farm workers. HARVEST is led by the ILO.", name: "Helping Agricultural Returnees Value Employment and Skills Training in Kenya and Uganda", kind: "INITIATIVE" },
    // Under a heading line; the head noun gives the kind.
    { text: "Profile\n\nCOAST (Coastal Office for Arrivals and Safe Transit)\n\nCOAST runs two reception centres. Ghana funds COAST.", name: "Coastal Office for Arrivals and Safe Transit", kind: "ORGANIZATION" },
    // The class noun is the head of the phrase after "is a" (classKind, as classNounTitles reads it): any kind's head noun.
    { text: "Profile\n\nSHOAL (Supporting Harbour Operators Across Lagos)\n\nSHOAL is an agency run by three ports.", name: "Supporting Harbour Operators Across Lagos", kind: "ORGANIZATION" },
  ],
  negative: [
    // A sentence, not a title line: the bracket is a remark.
    { text: "Profile\n\nHARVEST (Helping Agricultural Returnees Value Employment and Skills Training) was discussed at length.\n\nHARVEST is a regional programme.", name: "Helping Agricultural Returnees Value Employment and Skills Training" },
    // A place in brackets, and a title line further down the page.
    { text: "Profile\n\nHARVEST (Nairobi and Kampala Offices)\n\nHARVEST is a regional programme.", name: "Nairobi and Kampala Offices" },
    { text: "Profile\n\nThe page lists projects.\n\nHARVEST (Helping Agricultural Returnees Value Employment and Skills Training)\n\nHARVEST is a regional programme.", name: "Helping Agricultural Returnees Value Employment and Skills Training" },
    // Initials that do not open the name, and a name the page never calls a programme.
    { text: "Profile\n\nTIDE (Helping Agricultural Returnees Value Employment and Skills Training)\n\nTIDE is a regional programme.", name: "Helping Agricultural Returnees Value Employment and Skills Training" },
    { text: "Profile\n\nHARVEST (Helping Agricultural Returnees Value Employment and Skills Training)\n\nHARVEST rose sharply in 2019.", name: "Helping Agricultural Returnees Value Employment and Skills Training" },
    // A class noun further on, not the head of what the acronym is said to be: a partner is no kind.
    { text: "Profile\n\nSHOAL (Supporting Harbour Operators Across Lagos)\n\nSHOAL is a partner of the regional programme.", name: "Supporting Harbour Operators Across Lagos" },
  ],
};

const ACRONYM_FIRST = /^([A-Z]{3,12})\s*\(([A-Z][^()\d]{10,240})\)\s*$/u;
const BODY_KINDS = new Set<EntityKind>(["FORUM", "INITIATIVE", "ORGANIZATION"]);
/** "HARVEST is a regional programme", "COAST, a network of …": the words the page classes the acronym with, read by classKind. */
const IS_A = (acronym: string) => new RegExp(String.raw`\b${acronym}(?:\s+is|,)\s+(?:a|an|the)\s+([^.;:()\n]{2,80})`, "u");

type Definition = { id: string; kind: EntityKind; name: string; acronym: string; known: boolean };

/** The programme a title line "ACR (Long Name)" defines: the page title's, else its first passage's, or null. */
export function acronymFirstTitle(doc: Pick<StructuredDocument, "title" | "passages">, state: Pick<DocumentScan, "catalog" | "matcher">): Definition | null {
  const first = doc.passages[0];
  // The line under the title is the first passage, or the heading over it.
  const lines = [doc.title, !first ? null : first.section === doc.title ? first.text : first.section];
  for (const line of lines) {
    const m = line ? ACRONYM_FIRST.exec(line.trim()) : null;
    if (!m) continue;
    const acronym = m[1]!;
    const name = m[2]!.trim();
    if (name.split(/\s+/).length < 3 || !initialsMatch(name, acronym) || isGeneric(name)) return null;
    // A catalog body, by its acronym or its name, is the catalog's to read.
    if (state.matcher.findAll(acronym).length > 0 || state.matcher.findAll(name).some((h) => h.start === 0 && h.end === name.length)) return null;
    const kind = bodyKind(name, acronym, doc.passages.map((p) => p.text));
    return kind ? { id: entityId(kind, name), kind, name, acronym, known: false } : null;
  }
  return null;
}

function bodyKind(name: string, acronym: string, texts: string[]): EntityKind | null {
  const own = headKind(name);
  if (own && BODY_KINDS.has(own)) return own;
  const isA = IS_A(acronym);
  for (const text of texts) {
    const m = isA.exec(text);
    if (!m) continue;
    const kind = classKind(m[1]!);
    if (kind && BODY_KINDS.has(kind)) return kind;
  }
  return null;
}
