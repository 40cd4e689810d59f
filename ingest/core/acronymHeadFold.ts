import { foldWords } from "./fold.js";
import type { IdentityRule } from "./IdentityRule.js";
import type { DiscoveredName } from "./types.js";
import { isAcronymWord } from "./nameShapes.js";

export const ACRONYM_HEAD: IdentityRule = {
  id: "acronym-head",
  what: "'CFT Dialogue' in one document and 'the Coastal Fisheries Transit (CFT) Dialogue' in another: a name written as an acronym and the closing words of a discovered name defined with that acronym, of the same kind, is that name, when the acronym spells the initials of the words before them and no other name of that kind has that acronym and ending.",
  words: [],
  positive: [
    {
      text: "Since 2005 the Coastal Fisheries Transit (CFT) Dialogue has gathered officials of port states.",
      others: ["Tinland chaired the CFT Dialogue in 2010 and hosted its experts."],
      same: ["Coastal Fisheries Transit Dialogue", "CFT Dialogue"],
    },
  ],
  negative: [
    // Initials the longer name does not spell: two different things that share an ending.
    {
      text: "Since 2005 the Coastal Fisheries Transit (CFT) Dialogue has gathered officials of port states.",
      others: ["Tinland chaired the CFX Dialogue in 2010 and hosted its experts."],
      apart: ["Coastal Fisheries Transit Dialogue", "CFX Dialogue"],
    },
    // Another ending: a body of the dialogue is not the dialogue.
    {
      text: "Since 2005 the Coastal Fisheries Transit (CFT) Dialogue has gathered officials of port states.",
      others: ["Tinland chaired the CFT Steering Committee in 2010 and hosted its experts."],
      apart: ["Coastal Fisheries Transit Dialogue", "CFT Steering Committee"],
    },
  ],
};

/**
 * ACRONYM_HEAD: each discovered "<ACR> <ending>" with no acronym of its own takes the name, kind and acronym of
 * the one discovered name defined with ACR whose words end with that ending and whose words before it spell ACR;
 * `fold` keeps the written form as an alias. Meetings are left to meetings.ts.
 */
export function foldAcronymHead(ranked: DiscoveredName[], fold: (d: DiscoveredName, bare: string) => void): void {
  const defined = ranked.filter((t) => t.acronym && !t.isEvent);
  for (const d of ranked) {
    if (d.acronym || d.isEvent) continue;
    const written = d.name.split(/\s+/);
    if (written.length < 2 || !isAcronymWord(written[0]!, 8)) continue;
    const ending = foldWords(written.slice(1).join(" "));
    const targets = defined.filter((t) => t !== d && t.kind === d.kind && t.acronym === written[0] && spells(t.name, ending, written[0]!));
    if (targets.length !== 1) continue;
    const target = targets[0]!;
    const bare = d.name;
    d.name = target.name;
    d.acronym = target.acronym;
    if (target.parentId) d.parentId = target.parentId;
    fold(d, bare);
  }
}

/** Whether the name ends with `ending` and the initials of its capitalised words before it are the acronym. */
function spells(name: string, ending: string[], acronym: string): boolean {
  const words = name.split(/\s+/);
  if (words.length <= ending.length) return false;
  const tail = foldWords(words.slice(-ending.length).join(" "));
  if (tail.join(" ") !== ending.join(" ")) return false;
  const initials = words.slice(0, -ending.length).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join("");
  return initials === acronym;
}
