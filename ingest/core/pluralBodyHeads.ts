import type { NameRule } from "./nameRules.js";

export const PLURAL_BODY_HEADS: NameRule = {
  id: "plural-body-heads",
  what: "A plural body noun names one body only where it closes the name ('Open Harbour Foundations', one NGO's name); followed by a complement it opens a title ('Foundations of Coastal Migration Law', a book).",
  words: ["Foundations"],
  positive: [{ text: "Grants came from the Open Harbour Foundations and local donors.", name: "Open Harbour Foundations", kind: "ORGANIZATION" }],
  negative: [{ text: "See Tinland Harbour Institute, Foundations of Coastal Migration Law (Oslo, 2012).", name: "Foundations of Coastal Migration Law" }],
};

const PLURAL_BODY = new Set(PLURAL_BODY_HEADS.words);

/** A plural body head followed by a complement opens a title, not a body's name (PLURAL_BODY_HEADS). */
export const isPluralTitle = (head: string | null, name: string): boolean => !!head && PLURAL_BODY.has(head) && !name.endsWith(head);
