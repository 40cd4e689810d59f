import type { IdentityRule } from "./identityRules.js";
import type { DiscoveredName } from "./types.js";

/**
 * SUMMIT_CONFERENCE: "summit conference" is one compound noun for a summit, so "the Harbour Summit Conference" and "the
 * Harbour Summit" are one series where one document writes both (its sittings numbered as summits, the body called a
 * conference). Only the compound with nothing after it is folded, and only within a document: "Harbour Summit
 * Conference on Fisheries" names another meeting, and across documents the shorter name may be another body's.
 */
export const SUMMIT_CONFERENCE: IdentityRule<Record<string, string[]>> = {
  id: "summit-conference",
  what: "'X Summit Conference' and 'X Summit' written in one document are one series; a longer name after 'Conference', or the two names on different pages, stay apart.",
  words: {},
  positive: [
    { text: "Harbour news\n\nThe Sixth Coral Sea Summit, held in Honiara in 2011, asked for a fisheries plan. That summit was a session of the Coral Sea Summit Conference, the league's highest organ.", same: ["Coral Sea Summit", "Coral Sea Summit Conference"] },
  ],
  negative: [
    { text: "Harbour news\n\nThe Sixth Coral Sea Summit, held in Honiara in 2011, asked for a fisheries plan. Experts met at the Coral Sea Summit Conference on Fisheries, a separate meeting.", apart: ["Coral Sea Summit", "Coral Sea Summit Conference on Fisheries"] },
  ],
};

const COMPOUND = /^(.+\sSummit)\s+Conference$/;

/** Folds "X Summit Conference" into "X Summit" where a document writes both as standing series. */
export function foldSummitConference(all: DiscoveredName[], documentsOf: (key: string) => Set<number>, rename: (d: DiscoveredName, target: DiscoveredName) => void): void {
  const byName = new Map(all.filter((d) => d.kind === "FORUM" && !d.isEvent).map((d) => [d.name, d] as const));
  for (const d of byName.values()) {
    const short = COMPOUND.exec(d.name)?.[1];
    const target = short ? byName.get(short) : undefined;
    if (!target) continue;
    const docs = documentsOf(target.key);
    if ([...documentsOf(d.key)].some((doc) => docs.has(doc))) rename(d, target);
  }
}
