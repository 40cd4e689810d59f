import type { EntityKind } from "../../src/ontology/ontology.js";

/**
 * The kind a discovered name denotes, read from its head noun: "Financing
 * Facility for Remittances" is an initiative, "Joint Council for the Welfare
 * of Immigrants" an organization. The head is the last head noun before the
 * first "of/for/on…" complement, or the first one after it.
 */
const HEADS: Record<string, EntityKind> = {};
const add = (kind: EntityKind, words: string) => words.split(" ").forEach((w) => (HEADS[w] = kind));
add("INITIATIVE", "Programme Programmes Program Project Projects Initiative Initiatives Facility Network Networks Campaign Guidelines Platform Partnership Plan Strategy Framework Scheme Compact Code Toolkit Handbook Portal Database Report Fund Observatory Agenda Mechanism Census Survey Project");
add("ORGANIZATION", "Organization Organisation Office Agency Committee Council Commission Bank Union Institute Institution Centre Center Association Federation Foundation Department Ministry Secretariat University Society Cross Board Authority Trust Church Coalition Bureau Directorate Rapporteur Parliament Court");
add("FORUM", "Forum Process Dialogue Consultations Consultation Summit");
add("CONVENTION", "Convention Protocol Treaty Covenant Charter");

const COMPLEMENT = new Set(["of", "for", "on", "in", "to", "against"]);

export function headKind(name: string): EntityKind | null {
  const words = name.split(/\s+/);
  let head: EntityKind | null = null;
  for (const word of words) {
    if (COMPLEMENT.has(word)) {
      if (head) return fundRule(name, head);
      continue;
    }
    const kind = HEADS[word.replace(/[’']s$/, "")];
    if (kind) head = kind;
  }
  return head ? fundRule(name, head) : null;
}

/** UN "Funds" (UNICEF, UNFPA…) are organizations; other funds are financing initiatives. */
function fundRule(name: string, kind: EntityKind): EntityKind {
  if (kind === "INITIATIVE" && /\bFund\b/.test(name) && /\b(United Nations|UN|International)\b/.test(name) && !/Trust Fund/.test(name)) return "ORGANIZATION";
  return kind;
}
