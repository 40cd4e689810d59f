import type { EntityKind } from "../../src/ontology/ontology.js";
import type { EntityReading } from "./EntityReading.js";
import type { Salient } from "./Salient.js";
import type { TripleExamples } from "./TripleExamples.js";

/** How far back, in sentences, the one body "the group" or "the body" stands for may have been named. */
const SOLE_REACH = 3;
/** "the body responsible for …", "the group that drafted …": a description its own words go on to define is no reference back. */
const DEFINED_AFTER = /^\s*(?:that|which|who|whose|responsible|charged|tasked|in\s+charge|set\s+up|created|formed|established|known)\b/i;

/**
 * The only body of these kinds the section has named, named within the last few sentences: "the group" after one forum.
 * Two bodies of the kinds anywhere in the section, a meeting, a body named only as a money source, or a description its
 * own words go on to define resolve to none.
 */
export function soleReferent(r: { history: readonly Salient[]; nameOf: (id: string) => EntityReading | undefined; textAfter?: (n: number) => string }, kinds: readonly EntityKind[], after: string, word = ""): Salient | null {
  if (DEFINED_AFTER.test(after)) return null;
  const fitting = r.history.filter((h) => kinds.includes(h.kind) && !r.nameOf(h.id)?.isEvent);
  if (fitting.length !== 1 || fitting[0]!.source) return null;
  // "A group of Gulf states asked …", "The group of experts …" written since the one forum: "the group" may be that one.
  if (word && r.textAfter && new RegExp(`\\b(?:[Aa]n?|[Tt]he)\\s+${word}\\s+of\\b`).test(r.textAfter(fitting[0]!.sentence ?? 0))) return null;
  const latest = Math.max(0, ...r.history.map((h) => h.sentence ?? 0));
  return latest - (fitting[0]!.sentence ?? 0) < SOLE_REACH ? fitting[0]! : null;
}

/** Sentences "the group" and "the body" must get right ([type, sourceId, targetId]); test/unit/descriptionHeads.test.ts runs them. */
export const SOLE_REFERENT_EXAMPLES: TripleExamples = {
  positive: [
    { text: "The Caribbean Consultation on Seasonal Work first met in 2015. In 2018 the group was chaired by Jamaica.", expect: ["CHAIRED", "ctry:jm", "forum:caribbean-consultation-on-seasonal-work"] },
    { text: "The Highland Grazing Commission sets rules for herders who cross borders. Kenya and Ethiopia are members of the body.", expect: ["MEMBER_OF", "ctry:et", "org:highland-grazing-commission"] },
  ],
  negative: [
    // "A group of …", "the group of …" written since the one forum: "the group" may be that other group.
    { text: "The Caribbean Consultation on Seasonal Work first met in 2015. Later a group of island mayors asked to join. In 2018 the group was chaired by Jamaica.", expect: ["CHAIRED", "ctry:jm", "forum:caribbean-consultation-on-seasonal-work"] },
    { text: "The Highland Grazing Commission sets rules for herders. A body of veterinary advisers, set up in 2012, also meets in Addis Ababa. Kenya and Ethiopia are members of the body.", expect: ["MEMBER_OF", "ctry:et", "org:highland-grazing-commission"] },
    // Two forums in reach: "the group" is neither.
    { text: "The Caribbean Consultation on Seasonal Work and the Andean Dialogue on Returns met in Lima. In 2018 the group was chaired by Jamaica.", expect: ["CHAIRED", "ctry:jm", "forum:caribbean-consultation-on-seasonal-work"] },
    { text: "The Caribbean Consultation on Seasonal Work and the Andean Dialogue on Returns met in Lima. In 2018 the group was chaired by Jamaica.", expect: ["CHAIRED", "ctry:jm", "forum:andean-dialogue-on-returns"] },
    // A description its own words go on to define is a new one.
    { text: "The Highland Grazing Commission sets rules for herders who cross borders. Kenya is a member of the body that audits its accounts.", expect: ["MEMBER_OF", "ctry:ke", "org:highland-grazing-commission"] },
    // Another organization in reach: "the body" may be either.
    { text: "The Highland Grazing Commission sets rules for herders who cross borders, with advice from FAO. Kenya and Ethiopia are members of the body.", expect: ["MEMBER_OF", "ctry:et", "org:highland-grazing-commission"] },
    { text: "The Highland Grazing Commission sets rules for herders who cross borders, with advice from FAO. Kenya and Ethiopia are members of the body.", expect: ["MEMBER_OF", "ctry:et", "org:fao"] },
  ],
};
