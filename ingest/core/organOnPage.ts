import type { IdentityRule } from "./IdentityRule.js";
import { ORGAN_HEADS } from "./namePatterns.js";
import type { Mention } from "./types.js";

/**
 * ORGAN_ON_PAGE: every agency has a "Management Board" or a "Secretariat". A page that writes such an organ bare and
 * names, somewhere else on it, a body another page writes the organ after ("the HA Management Board") does not make
 * the bare organ that body's: the owner must be named in the passage that writes the organ.
 */
export const ORGAN_ON_PAGE: IdentityRule = {
  id: "organ-on-page",
  what: "A bare organ name ('the Management Board', 'the Secretariat', a name headed by Board, Committee, Council, Office, Secretariat, Bureau, Department or Centre) is the organ another page writes after its owner ('HA Management Board') only where the passage that writes it names that owner or writes the owned name; an owner named only in another passage of the page leaves it the page's own organ.",
  words: ORGAN_HEADS,
  positive: [
    {
      text: "The Harbour Agency (HA) opened in 2004 in Lomé, and the Management Board meets there twice a year.",
      others: ["The HA Management Board approved the budget of the Harbour Agency (HA) in 2019."],
      same: ["Management Board", "HA Management Board"],
    },
  ],
  negative: [
    {
      text: "Tinland Port Authority: profile\n\nThe Management Board is the governing body. Each port sends one member.\n\nThe authority works with other bodies. The Harbour Agency (HA) is one of its partners.",
      others: ["The HA Management Board approved the budget of the Harbour Agency (HA) in 2019."],
      apart: ["Management Board", "HA Management Board"],
    },
  ],
};

const ORGAN = new RegExp(`\\b(?:${ORGAN_HEADS.join("|")})$`);

/** Whether a bare name is headed by an organ noun every body may have (ORGAN_ON_PAGE). */
export const isOrganName = (name: string): boolean => ORGAN.test(name);

/** For each document, the passages each key is mentioned in: whether two keys share one (ORGAN_ON_PAGE). */
export function passageSharing(documents: ReadonlyArray<{ mentions: Mention[] }>): (doc: number, a: string, b: string) => boolean {
  const byDoc = documents.map((r) => {
    const at = new Map<string, Set<string>>();
    for (const m of r.mentions) at.set(m.key, (at.get(m.key) ?? new Set()).add(m.passageId));
    return at;
  });
  return (doc, a, b) => {
    const pa = byDoc[doc]?.get(a);
    const pb = byDoc[doc]?.get(b);
    return !!pa && !!pb && [...pa].some((p) => pb.has(p));
  };
}
