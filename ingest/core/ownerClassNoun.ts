import type { Group } from "./predicateGroups.js";
import type { Proposal } from "./Proposal.js";

/** Class nouns of a programme: "an IOM initiative", "the ILO project". */
const CLASS_NOUN = "(?:initiative|programme|program|project|scheme|campaign|platform|partnership)";
/** After the body's name: its class noun, with at most two modifiers ("IOM's flagship programme", "an IOM global initiative"). */
const CLASS_AFTER_OWNER = new RegExp(`^(?:['’]s)?\\s+(?:[a-z-]+\\s+){0,2}?${CLASS_NOUN}\\b(?!\\s+(?:of|for|on|in|with)\\b)`);
/** Between the programme and its owner: an apposition's article or a copula ("X, an IOM initiative,", "X is IOM's programme"). */
const APPOSED_OR_PREDICATED = /^\s*(?:,\s*(?:an?|the)|\s(?:is|was|remains|has been)\s+(?:an?|the|one of the)?)\s*$|^\s+(?:is|was|remains|has been)\s*$/;
/** Before the owner, when the programme's name follows the class noun: "the IOM programme Migration for Development in Africa". */
const CLASS_THEN_NAME = new RegExp(`^\\s+(?:[a-z-]+\\s+){0,2}?${CLASS_NOUN}\\s+[“"]?$`);

/** Whether the sentence may name a programme as a body's own (a cheap test before analysis). */
export const mayNameOwner = (text: string): boolean => new RegExp(`\\b${CLASS_NOUN}\\b`).test(text);

const isActor = (g: Group) => g.ms.every((m) => m.kind === "ORGANIZATION" || m.kind === "COUNTRY");
const isInitiative = (g: Group) => g.ms.every((m) => m.kind === "INITIATIVE");

/**
 * A programme named as a body's own ("the Missing Migrants Project, an IOM initiative", "MIDA is IOM's flagship
 * programme", "the ILO project “TRIANGLE”"): the body leads it. The class noun must end the phrase, so "an IOM
 * project on X" or "a World Bank programme for Y" names another programme.
 */
export function readOwnerClassNoun(text: string, groups: Group[]): Proposal[] {
  const out: Proposal[] = [];
  for (let g = 0; g + 1 < groups.length; g++) {
    const L = groups[g]!, R = groups[g + 1]!;
    const gap = text.slice(L.end, R.start);
    let pairs: Array<[string, string]> = [];
    if (isInitiative(L) && R.ms.length === 1 && isActor(R) && APPOSED_OR_PREDICATED.test(gap) && CLASS_AFTER_OWNER.test(text.slice(R.end))) {
      pairs = L.ms.map((l) => [R.ms[0]!.id, l.id]);
    } else if (isActor(L) && L.ms.length === 1 && isInitiative(R) && CLASS_THEN_NAME.test(gap) && /(?:^|\b(?:the|an?|its)\s+)$/i.test(text.slice(Math.max(0, L.start - 6), L.start))) {
      pairs = R.ms.map((r) => [L.ms[0]!.id, r.id]);
    }
    for (const [s, t] of pairs) if (s !== t) out.push({ type: "LEADS", sourceId: s, targetId: t, entry: "owner-class-noun", year: null });
  }
  return out;
}
