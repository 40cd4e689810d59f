import type { NameRule } from "./NameRule.js";

/**
 * ACRONYM_SPELLED_LEAD: "the Lagoon as Harbour Network of Tonga (LAHNT)": a small lower-case word ("as", "at") broke the
 * capitalised run, so the definition read only "Harbour Network of Tonga". When those words spell only the acronym's last
 * letters and the words right before them, across such a small word, spell all of it, those words open the name.
 */
export const ACRONYM_SPELLED_LEAD: NameRule = {
  id: "acronym-spelled-lead",
  what: "A bracketed acronym whose letters the name before it spells only in part is spelt whole by up to three words before that name, across a small lower-case word ('as', 'at', 'by', 'with'): those words open the name ('Fishers as Guides Association of Samoa (FAGAS)').",
  words: ["as", "at", "by", "with", "in", "on", "for", "and", "to"],
  positive: [
    { text: "Returnees founded the Fishers as Guides Association of Samoa (FAGAS) in 2019.", name: "Fishers as Guides Association of Samoa", kind: "ORGANIZATION" },
    { text: "Grants went to the Women at Sea Network of Tonga (WASNT) for training.", name: "Women at Sea Network of Tonga", kind: "INITIATIVE" },
  ],
  negative: [
    // The name spells its acronym whole: words before it are no part of it.
    { text: "Former fishers as well as the Guides Association of Samoa (GAS) took part.", name: "fishers as Guides Association of Samoa" },
    { text: "Officials from Tonga at the Harbour Network of Fiji (HNF) spoke.", name: "Tonga at the Harbour Network of Fiji" },
  ],
};

const SMALL = new Set(ACRONYM_SPELLED_LEAD.words);

/** The words a name's acronym needs before it, read back from `before` (the text right before the name), or null. */
export function spelledLead(before: string, name: string, acronym: string): string | null {
  const letters = acronym.replace(/[^A-Za-z]/g, "").toUpperCase();
  if (letters.length < 3 || spells(words(name), letters)) return null;
  // Single spaces only, so that the name's start is the lead's length before it.
  const back = /((?:[A-Z][\p{L}’'-]*|[a-z]+)(?: (?:[A-Z][\p{L}’'-]*|[a-z]+)){0,3}) $/u.exec(before)?.[1]?.split(" ") ?? [];
  for (let k = 1; k <= back.length; k++) {
    const lead = back.slice(back.length - k);
    // The lead opens on a capitalised word; a lower-case word inside it is one of the small words only.
    if (!/^[A-Z]/.test(lead[0]!) || !lead.every((w) => /^[A-Z]/.test(w) || SMALL.has(w))) continue;
    if (!lead.some((w) => SMALL.has(w))) continue;
    if (spells([...lead, ...words(name)], letters)) return `${lead.join(" ")} ${name}`;
  }
  return null;
}

const words = (name: string) => name.split(/[\s-]+/).filter(Boolean);

/**
 * Whether the words spell the letters exactly: each capitalised word gives its initial (an acronym inside, all its
 * letters), a small word its initial or nothing, "of" and "the" nothing.
 */
function spells(ws: string[], letters: string, i = 0, k = 0): boolean {
  if (i === ws.length) return k === letters.length;
  const w = ws[i]!;
  if (/^[A-Z]{2,5}$/.test(w)) return letters.startsWith(w, k) && spells(ws, letters, i + 1, k + w.length);
  if (/^[A-Z]/.test(w)) return letters[k] === w[0] && spells(ws, letters, i + 1, k + 1);
  if (SMALL.has(w) && letters[k] === w[0]!.toUpperCase() && spells(ws, letters, i + 1, k + 1)) return true;
  return spells(ws, letters, i + 1, k);
}
