import { foldWords, nameKey } from "./fold.js";
import { BODY_WORD_HEADS } from "./identityRules.js";
import { isGeneric } from "./nameTrim.js";
import { foldSynonyms, OWNER_TWO_WAYS } from "./synonymRules.js";
import type { DiscoveredName } from "./types.js";

/**
 * OWNER_TWO_WAYS (synonymRules.ts): one body written after its owner in two ways in one document, the owner's words
 * changed or fewer and the body cut before a narrowing complement ("… on X including Y" / "UN Regional … on X").
 */
const NARROWING = new Set(OWNER_TWO_WAYS.words.narrowing);
const UN_WORDS = new Set(["un", "united", "nations"]);

interface Match {
  /** The shorter name's owner words (UN left out) and the longer name's. */
  ownD: string[];
  ownB: string[];
  tail: string[];
}

/** The longest ending of `d` (at least minCore words, with a body head) that `b` writes, with the owners around it. */
function sharedBody(d: string[], b: string[]): Match | null {
  for (let k = d.length; k >= OWNER_TWO_WAYS.words.minCore; k--) {
    const core = d.slice(d.length - k);
    if (!core.some((w) => BODY_WORD_HEADS.has(w))) continue;
    for (let p = 0; p + k <= b.length; p++) {
      if (!core.every((w, i) => b[p + i] === w)) continue;
      return { ownD: d.slice(0, d.length - k).filter((w) => !UN_WORDS.has(w)), ownB: b.slice(0, p), tail: b.slice(p + k) };
    }
  }
  return null;
}

function sameBody(m: Match): boolean {
  if (m.ownB.length === 0) return false;
  // The same ending: owners opening on the same two words, written differently after them.
  if (m.tail.length === 0) return m.ownD.length >= 2 && m.ownD[0] === m.ownB[0] && m.ownD[1] === m.ownB[1] && m.ownD.join(" ") !== m.ownB.join(" ");
  // Cut before a narrowing complement: fewer owner words, all of them in the longer owner.
  return NARROWING.has(m.tail[0]!) && m.ownD.length >= 1 && m.ownD.every((w) => m.ownB.includes(w));
}

export function foldOwnerTwoWays(
  all: DiscoveredName[],
  documentsOf: (key: string) => Set<number>,
  rename: (d: DiscoveredName, target: DiscoveredName) => void,
): void {
  const folded = new Map<DiscoveredName, string[]>();
  const words = (d: DiscoveredName) => {
    let w = folded.get(d);
    if (!w) folded.set(d, (w = foldSynonyms(foldWords(d.name))));
    return w;
  };
  // Variants arrive ranked (most mentioned first); a name ranks as its best-ranked variant.
  const rankOf = (name: string) => all.findIndex((x) => x.name === name);
  for (const d of all) {
    if (d.parentId || isGeneric(d.name)) continue;
    const docs = documentsOf(d.key);
    const dw = words(d);
    if (dw.length < OWNER_TWO_WAYS.words.minCore) continue;
    const last = dw[dw.length - 1]!;
    const longer = all.filter((b) => {
      if (b === d || b.kind !== d.kind || b.name === d.name) return false;
      const bw = words(b);
      if (!bw.includes(last) || ![...documentsOf(b.key)].some((doc) => docs.has(doc))) return false;
      const m = sharedBody(dw, bw);
      // Of two names with the same ending, the one mentioned more is the target.
      return !!m && sameBody(m) && (m.tail.length > 0 || rankOf(b.name) < rankOf(d.name));
    });
    if (new Set(longer.map((b) => nameKey(b.name))).size !== 1) continue;
    rename(d, longer[0]!);
    folded.delete(d); // renamed: its words are the target's now
  }
}
