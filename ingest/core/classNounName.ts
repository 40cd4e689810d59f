import type { Catalog } from "../catalog/catalog.js";
import { foldWords, withoutUnOwner } from "./fold.js";
import type { IdentityRule } from "./identityRules.js";
import type { DiscoveredName, Mention } from "./types.js";

/**
 * "the Development Account project" names a project, not the account: where the document also writes the generic
 * name with its class noun beside a project's title ("the UN Development Account Project (Sixth Tranche), ‘Title’",
 * APPOSED_TITLE in titleVariants.ts), a name that the document only ever writes right before that class noun is
 * another name of the titled project. One mention without the noun ("the Development Account funds …") is the
 * thing itself, and the name stays apart.
 */
export const CLASS_NOUN_NAME: IdentityRule = {
  id: "class-noun-name",
  what: "A discovered name always written before 'project'/'programme' is the titled project that the same document calls '<name> Project' beside its quoted title; written once without the noun, it stays a name of its own.",
  words: ["project", "programme", "program"],
  positive: [
    {
      text: "In 2009 ECLAC led a project entitled “Safer Harbours for Coastal Fishers”. Its final report cites the UN Harbour Facility Project (Third Round), “Safer Harbours for Coastal Fishers”. Workshops held under the Harbour Facility project trained 40 officials.",
      same: ["Harbour Facility", "Safer Harbours for Coastal Fishers"],
    },
  ],
  negative: [
    {
      text: "The Harbour Facility pays for small grants. In 2009 ECLAC led a project entitled “Safer Harbours for Coastal Fishers”. Its final report cites the UN Harbour Facility Project (Third Round), “Safer Harbours for Coastal Fishers”. Workshops held under the Harbour Facility project trained 40 officials.",
      apart: ["Harbour Facility", "Safer Harbours for Coastal Fishers"],
    },
    {
      text: "Workshops held under the Harbour Facility project trained 40 officials. The Coastal Fishers Programme ran in Peru.",
      apart: ["Harbour Facility", "Coastal Fishers Programme"],
    },
  ],
};

const CLASS_NOUNS = new Set(CLASS_NOUN_NAME.words);
const AFTER = new RegExp(`^\\s+(?:${CLASS_NOUN_NAME.words.join("|")})\\b`, "i");
const bare = (name: string) => withoutUnOwner(foldWords(name)).rest;

/**
 * Gives the titled project the mentions of a name that the document writes only as "<name> project" of it; the
 * name is then no entity of its own (it names nothing else in the document).
 */
export function classNounNames(texts: Map<string, string>, mentions: Mention[], discovered: Map<string, DiscoveredName>, catalog: Catalog): void {
  const titled = new Map<string, string>();
  for (const d of discovered.values()) {
    const w = bare(d.name);
    if (d.sameAs && w.length >= 2 && CLASS_NOUNS.has(w[w.length - 1]!)) titled.set(w.slice(0, -1).join(" "), d.sameAs);
  }
  if (titled.size === 0) return;
  for (const d of discovered.values()) {
    const key = titled.get(bare(d.name).join(" "));
    const target = key ? discovered.get(key) : undefined;
    if (!target || d.sameAs || d === target || catalog.byId.has(d.key)) continue;
    const own = mentions.filter((m) => m.key === d.key);
    if (own.length === 0 || !own.every((m) => AFTER.test((texts.get(m.passageId) ?? "").slice(m.localEnd, m.localEnd + 20)))) continue;
    for (const m of own) [m.key, m.kind] = [target.key, target.kind];
    if (!target.alias) target.alias = d.name;
    discovered.delete(d.key);
  }
}
