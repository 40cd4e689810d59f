import { nameKey } from "./fold.js";
import { isGeneric } from "./nameTrim.js";
import type { DiscoveredName } from "./types.js";

/** How one cut-name rule (middleCutFold.ts, headCutFold.ts) finds the longer name a short one was cut from. */
export interface CutReading {
  /** Names are compared only within one bucket (same kind and the same opening or closing words). */
  bucket(d: DiscoveredName, words: string[]): string;
  /** Whether the name may be a cut one at all. */
  mayBeCut(d: DiscoveredName, words: string[]): boolean;
  /** Whether `short` is `long` with a part left out. */
  cutFrom(short: DiscoveredName, shortWords: string[], long: DiscoveredName, longWords: string[]): boolean;
}

/**
 * Folds each cut name into the one longer name it was cut from that shares a document with it (and its parent, where
 * it has one); two different longer names, or none, leave it its own name.
 */
export function foldIntoOneLonger(all: DiscoveredName[], documentsOf: (key: string) => Set<number>, rename: (d: DiscoveredName, target: DiscoveredName) => void, wordsOf: (d: DiscoveredName) => string[], reading: CutReading): void {
  const words = new Map(all.map((d) => [d, wordsOf(d)]));
  const buckets = new Map<string, DiscoveredName[]>();
  for (const d of all) {
    const key = reading.bucket(d, words.get(d)!);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(d);
    else buckets.set(key, [d]);
  }
  for (const d of all) {
    const w = words.get(d)!;
    if (!reading.mayBeCut(d, w) || isGeneric(d.name)) continue;
    const docs = documentsOf(d.key);
    const longer = buckets.get(reading.bucket(d, w))!.filter((b) => b !== d && (!d.parentId || b.parentId === d.parentId) && reading.cutFrom(d, w, b, words.get(b)!) && [...documentsOf(b.key)].some((doc) => docs.has(doc)));
    if (new Set(longer.map((b) => nameKey(b.name))).size === 1) rename(d, longer[0]!);
  }
}
