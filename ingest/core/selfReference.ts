import type { Catalog } from "../catalog/catalog.js";
import { carriesHead } from "./descriptionHeads.js";
import type { IdentityRule } from "./identityRules.js";
import type { DiscoveredName, Mention } from "./types.js";

/** "the Organization", "the Fund": an agency's word for itself inside its own chapter. */
export const SELF_REFERENCE = /\b(?:[Tt]he (?:Organization|Organisation|Office|Fund|Division|Committee|Bank|Programme|Agency|Commission|Union|Institute|Entity|Special Rapporteur))\b/g;

export const SELF_REFERENCE_SCOPE: IdentityRule = {
  id: "self-reference-scope",
  what: "Inside an agency's chapter, 'the Commission' is the chapter's agency only when the agency's own name carries the head word (any agency may call itself 'the Organization') and the paragraph named no other body whose name carries it. When the paragraph named one such body and not the agency, the description is that body; when it named two (or that body and the agency), it is ambiguous and names none. Followed by 'of'/'on'/'for' and a capitalised word ('the Programme of Action', 'the Office of the President'), the words open a name and refer to nothing.",
  words: ["Organization", "Organisation", "Entity"],
  positive: [
    {
      text: "Preface\n\nEconomic and Social Commission for Western Asia\n\nThe Economic and Social Commission for Western Asia (ESCWA) serves its member States.\n\n2. Support provided to the Global Forum on Migration and Development\n\nThe Commission hosted a workshop on harbour labour in 2012.\n",
      mentions: { id: "org:escwa", count: 2 },
    },
    {
      text: "Preface\n\nEconomic and Social Commission for Western Asia\n\nThe Economic and Social Commission for Western Asia (ESCWA) serves its member States.\n\n2. Support provided to the Global Forum on Migration and Development\n\nECA supported Mauritius in 2012. The Commission took part in three workshops on harbour labour.\n",
      mentions: { id: "org:eca", count: 2 },
    },
  ],
  negative: [
    {
      // Two mentions are the name and its acronym; "the Special Rapporteur" is not a third.
      text: "Preface\n\nUnited Nations Children’s Fund\n\nThe United Nations Children’s Fund (UNICEF) works for children.\n\n2. Support provided to the Global Forum on Migration and Development\n\nIn 2012 the Special Rapporteur visited two harbour towns.\n",
      mentions: { id: "org:unicef", count: 2 },
    },
    {
      text: "Preface\n\nUnited Nations Population Fund\n\nThe United Nations Population Fund (UNFPA) works on population.\n\n2. Support provided to the Global Forum on Migration and Development\n\nIts work follows the Programme of Action of the Harbour Conference.\n",
      mentions: { id: "org:unfpa", count: 1 },
    },
    {
      text: "Preface\n\nEconomic and Social Commission for Western Asia\n\nThe Economic and Social Commission for Western Asia (ESCWA) serves its member States.\n\n2. Support provided to the Global Forum on Migration and Development\n\nECA supported Mauritius in 2012. The Commission took part in three workshops on harbour labour.\n",
      mentions: { id: "org:escwa", count: 1 },
    },
    {
      text: "Preface\n\nEconomic and Social Commission for Western Asia\n\nThe Economic and Social Commission for Western Asia (ESCWA) serves its member States.\n\n2. Support provided to the Global Forum on Migration and Development\n\nECA and ECLAC met in 2012. The Commission took part in three workshops on harbour labour.\n",
      mentions: { id: "org:escwa", count: 1 },
    },
  ],
};

const GENERIC_SELF = new Set(SELF_REFERENCE_SCOPE.words);
/** "the Programme of Action", "the Office of the President": the head opens a name. */
const NAME_GOES_ON = /^\s+(?:of|on|for)\s+(?:the\s+)?[A-Z]/;

/**
 * Whom a self-reference at `at` names (SELF_REFERENCE_SCOPE): the chapter's agency, another body the
 * paragraph named before it whose name carries the head word, or nobody when two are in scope.
 */
export function selfReferenceTarget(text: string, phrase: string, at: number, ownerId: string, earlier: Mention[], catalog: Catalog, discovered: (key: string) => DiscoveredName | undefined): string | null {
  if (NAME_GOES_ON.test(text.slice(at + phrase.length, at + phrase.length + 40))) return null;
  const head = phrase.replace(/^[Tt]he\s+/, "");
  const names = (key: string) => {
    const e = catalog.byId.get(key) ?? discovered(key);
    return e ? [e.name, ...("aliases" in e ? e.aliases : [])].join("|") : "";
  };
  const before = earlier.filter((m) => m.localEnd <= at && m.kind === "ORGANIZATION");
  const ownerNamed = before.some((m) => m.key === ownerId);
  const others = new Set(before.filter((m) => m.key !== ownerId && carriesHead(names(m.key), head)).map((m) => m.key));
  if (others.size === 0) return GENERIC_SELF.has(head) || carriesHead(names(ownerId), head) ? ownerId : null;
  if (others.size === 1 && !ownerNamed) return [...others][0]!;
  return null;
}
