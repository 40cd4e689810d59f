import { foldWords, nameKey } from "./fold.js";
import { CUT_COMPLEMENT, type IdentityRule } from "./identityRules.js";
import { isGeneric } from "./nameTrim.js";
import type { DiscoveredName } from "./types.js";

/**
 * INNER_CUT: a longer name may carry another body's whole name as its object ("the Support Fund for the Reef Plan for
 * Island Fishers"), and the page then writes that body by its head alone ("the Reef Plan"). The short name is then
 * not the longer one (the fund) but the name inside it, from the short name's first word to the container's end,
 * even where no page writes that inner name on its own. The id thus follows the inner name whether or not another
 * page of the run writes it whole.
 */
export const INNER_CUT: IdentityRule<{ complements: string[]; before: string[] }> = {
  id: "inner-cut",
  what: "A name that stands inside a longer name of its document after 'the' or a complement and before a complement ('Reef Plan' in 'Support Fund for the Reef Plan for Island Fishers') is the inner name that runs from it to the longer name's end ('Reef Plan for Island Fishers'), when every document that writes the short name holds that one inner name and no other.",
  words: { complements: CUT_COMPLEMENT.words.complements, before: ["the"] },
  positive: [
    {
      text: "Reef news\n\nIn 2021 Fiji and Tonga launched a Support Fund for the Reef Plan for Island Fishers. The fund serves the Reef Plan, which the two states adopted in 2015.",
      others: ["Reef plans\n\nThe Reef Plan for Island Fishers was adopted in 2015 by Fiji and Tonga."],
      same: ["Reef Plan for Island Fishers", "Reef Plan"],
    },
    {
      // No other page writes the inner name whole: the short name still takes it.
      text: "Reef news\n\nIn 2021 Fiji and Tonga launched a Support Fund for the Reef Plan for Island Fishers. The fund serves the Reef Plan, which the two states adopted in 2015.",
      present: ["ini:reef-plan-for-island-fishers"],
      absent: ["ini:reef-plan"],
    },
  ],
  negative: [
    {
      // Another page writes the two words alone, with no longer name around them: the short name keeps its own id.
      text: "Reef news\n\nIn 2021 Fiji and Tonga launched a Support Fund for the Reef Plan for Island Fishers. The fund serves the Reef Plan, which the two states adopted in 2015.",
      others: ["Lagoon news\n\nSamoa adopted the Reef Plan in 2019. The Reef Plan pays for new nets."],
      present: ["ini:reef-plan"],
    },
    {
      // Two inner names on the page ("… for Island Fishers", "… for Coastal Towns"): the short name says neither.
      text: "Reef news\n\nIn 2021 Fiji launched a Support Fund for the Reef Plan for Island Fishers. In 2022 Tonga set up a Trust Fund for the Reef Plan for Coastal Towns. The funds serve the Reef Plan, which the two states adopted in 2015.",
      present: ["ini:reef-plan"],
    },
  ],
};

const COMPLEMENTS = new Set(INNER_CUT.words.complements);
const BEFORE = new Set([...INNER_CUT.words.before, ...INNER_CUT.words.complements]);

/** A name's written words and their folds, with the folded words standing after its first (where a short name may open). */
interface Written {
  written: string[];
  folded: string[];
  inner: Set<string>;
}

/** Read once per name written: a document's short names each ask of all its longer ones. */
function writtenOf(name: string, seen: Map<string, Written>): Written {
  let w = seen.get(name);
  if (!w) {
    const written = name.split(/\s+/);
    const folded = written.map((x) => foldWords(x).join(" "));
    seen.set(name, (w = { written, folded, inner: new Set(folded.slice(1)) }));
  }
  return w;
}

/** The written words of the inner name in `container` that opens on `short` (folded words), or null. */
function innerName(short: string[], container: Written): string | null {
  const { written, folded } = container;
  // The inner name opens on the short name's first word, after the container's first: without it nothing can match.
  if (!container.inner.has(short[0]!)) return null;
  for (let i = 1; i + short.length < written.length; i++) {
    if (!BEFORE.has(folded[i - 1]!) || !COMPLEMENTS.has(folded[i + short.length]!)) continue;
    if (short.every((w, j) => folded[i + j] === w)) return written.slice(i).join(" ");
  }
  return null;
}

/**
 * Renames each short name to the one inner name its documents write inside a longer name; `renamed` holds the keys
 * the folds before have already given a name, which are left alone.
 */
export function foldInnerCut(all: DiscoveredName[], documentsOf: (key: string) => Set<number>, renamed: ReadonlySet<string>, rename: (d: DiscoveredName, target: DiscoveredName) => void): void {
  const byDocument = new Map<number, DiscoveredName[]>();
  for (const d of all) for (const doc of documentsOf(d.key)) (byDocument.get(doc) ?? byDocument.set(doc, []).get(doc)!).push(d);
  // Keyed by the name as now written: a rename below changes what a renamed name holds for the names after it.
  const seen = new Map<string, Written>();
  for (const d of all) {
    const short = foldWords(d.name);
    if (short.length < 2 || renamed.has(d.key) || isGeneric(d.name) || d.parentId) continue;
    const inner = new Map<string, string>();
    let everyDocument = true;
    for (const doc of documentsOf(d.key)) {
      const here = (byDocument.get(doc) ?? []).flatMap((c) => (c === d || c.isEvent ? [] : [innerName(short, writtenOf(c.name, seen))])).filter((n): n is string => !!n);
      if (here.length === 0) everyDocument = false;
      for (const n of here) inner.set(nameKey(n), n);
    }
    if (!everyDocument || inner.size !== 1) continue;
    rename(d, { ...d, name: [...inner.values()][0]! });
  }
}
