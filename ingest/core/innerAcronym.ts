import { nameKey } from "./fold.js";
import type { IdentityRule } from "./identityRules.js";
import { isGeneric } from "./nameTrim.js";
import type { DiscoveredName } from "./types.js";

/**
 * INNER_ACRONYM: a long name that defines an acronym in its middle, "Harbour and Delta (HADE) North Coast",
 * is shortened by putting the acronym for the words it stands for: "HADE North Coast". A subtitle after a
 * dash or a colon is not part of the short name.
 */
export const INNER_ACRONYM: IdentityRule = {
  id: "inner-acronym",
  what: "A name with an acronym in brackets in its middle ('Harbour and Delta (HADE) North Coast – Partnership for Safer Ports') and the acronym followed by the words after the bracket ('HADE North Coast') name one thing when one document writes both with the same kind. A subtitle after a dash or colon is left out of the short form; another tail ('HADE South Coast') is another thing.",
  words: ["-", "–", "—", ":"],
  positive: [
    {
      text: "Seed grants for port workers\n  Programme:   Harbour and Delta (HADE) North Coast - Partnership for Safer Ports\n\nThe HADE North Coast project is run by ICMPD and paid for by the European Commission.",
      same: ["Harbour and Delta (HADE) North Coast - Partnership for Safer Ports", "HADE North Coast"],
    },
  ],
  negative: [
    {
      text: "Seed grants for port workers\n  Programme:   Harbour and Delta (HADE) North Coast - Partnership for Safer Ports\n\nThe HADE South Coast project is run by ICMPD and paid for by the European Commission.",
      apart: ["Harbour and Delta (HADE) North Coast - Partnership for Safer Ports", "HADE South Coast"],
    },
  ],
};

const INNER = /^(.+?)\s+\(([A-Z][A-Za-z0-9]{1,9})\)\s+([A-Z].*)$/;
const SUBTITLE = new RegExp(`\\s+(?:${INNER_ACRONYM.words.map((w) => (w === "-" ? "\\-" : w)).join("|")})\\s+`);

/** The short form "ACR <tail>" of a name with an inner acronym, or null. */
export function innerAcronymForm(name: string): string | null {
  const m = INNER.exec(name);
  if (!m) return null;
  const tail = m[3]!.split(SUBTITLE)[0]!.trim();
  const words = tail.split(/\s+/);
  if (words.length > 4 || !words.every((w) => /^[A-Z]/.test(w))) return null;
  return `${m[2]} ${tail}`;
}

/** Renames each short form that a document writes beside its long name to that long name. */
export function foldInnerAcronym(all: readonly DiscoveredName[], documentsOf: (key: string) => Set<number>, rename: (d: DiscoveredName, target: DiscoveredName) => void): void {
  const byKey = new Map<string, DiscoveredName[]>();
  for (const d of all) {
    const k = `${d.kind}|${nameKey(d.name)}`;
    (byKey.get(k) ?? byKey.set(k, []).get(k)!).push(d);
  }
  for (const long of all) {
    const short = innerAcronymForm(long.name);
    if (!short || isGeneric(short)) continue;
    const docs = documentsOf(long.key);
    for (const d of byKey.get(`${long.kind}|${nameKey(short)}`) ?? []) {
      if (d !== long && [...documentsOf(d.key)].some((doc) => docs.has(doc))) rename(d, long);
    }
  }
}
