import type { M } from "./mentionLists.js";
import type { Salient } from "./Salient.js";
import type { TripleExamples } from "./TripleExamples.js";

/**
 * A sentence whose subject is two bodies joined by "and" ("The Arctic Labour Office and the Boreal Bank …"). The
 * sentence after it may call them "the two" or "Both" ("the two launched …", "Both are members of …"), and then
 * means both; but a singular "It" or "Its" opening that sentence could be either of them, so it stands for neither.
 */

/** Two mentions, the first opening the sentence, joined by "and" alone: the sentence's subject is the pair. */
export function pairedOpening(text: string, sorted: readonly M[]): [M, M] | null {
  const [a, b, c] = sorted;
  if (!a || !b || a.id === b.id) return null;
  if (!/^[\s"“(]*(?:[Tt]he\s+)?$/.test(text.slice(0, a.start))) return null;
  if (!/^\s*(?:&|and)\s+(?:the\s+)?$/i.test(text.slice(a.end, b.start))) return null;
  // "A and B and C", "A and B, C": a longer list is no pair.
  if (c && /^\s*(?:,|&|and\b)\s*(?:the\s+)?$/i.test(text.slice(b.end, c.start))) return null;
  return [a, b];
}

/**
 * The pair that opened a sentence, as the scope keeps it for the next sentence (`bodies` are the sentence's mentions
 * that are no meetings, in order; `salient` the scope's reading of an id). The pair stands only where the sentence
 * names no other body: "… fund two networks, C and D. The two …" may mean C and D.
 */
export function pairedSubject(text: string, bodies: readonly M[], salient: (id: string) => Salient | null): [Salient, Salient] | null {
  const pair = new Set(bodies.map((m) => m.id)).size === 2 ? pairedOpening(text, bodies) : null;
  const a = pair ? salient(pair[0].id) : null;
  const b = pair ? salient(pair[1].id) : null;
  return a && b ? [a, b] : null;
}

/**
 * "the two" or a sentence-opening "Both" with no noun of its own, as a clause's subject: a verb follows (past tense,
 * "are"/"were"/"have", or an adverb before one). "The two ministers", "both sides", "both A and B" are not it; a
 * modal ("the two will …", "both should …") is left to the predicate readers' own checks, so none is read here.
 */
const BARE_PAIR = /(?:^[\s"“(]*(?:[Bb]oth)|\b[Tt]he\s+two)(?=\s+(?:(?:also|then|later|jointly|together|now|still|subsequently)\s+)?(?:are|were|have|had|[a-z]+(?:-[a-z]+)?ed)\b)/g;

/** Mentions of both bodies of `pair` for each bare "the two" or "Both" in `text` whose span `taken` does not refuse. */
export function pairReferences(text: string, pair: readonly [Salient, Salient], taken: (start: number, end: number) => boolean): M[] {
  const out: M[] = [];
  for (const p of text.matchAll(BARE_PAIR)) {
    const s = p.index! + p[0].length - p[0].trimStart().length;
    const e = p.index! + p[0].length;
    if (taken(s, e)) continue;
    for (const t of pair) out.push({ id: t.id, kind: t.kind, isEvent: false, start: s, end: e, via: "coref" });
  }
  return out;
}

/** Sentences the pair reading must get right ([type, sourceId, targetId]); test/unit/coreference.test.ts runs them. */
export const PAIRED_SUBJECT_EXAMPLES: TripleExamples = {
  positive: [
    { text: "The Fjord Labour Office and the Tundra Investment Bank have cooperated for a decade. In 2019 the two launched the Polar Apprenticeship Programme.", expect: ["LEADS", "org:tundra-investment-bank", "ini:polar-apprenticeship-programme"] },
    { text: "The Fjord Labour Office and the Tundra Investment Bank have cooperated for a decade. In 2019 the two launched the Polar Apprenticeship Programme.", expect: ["LEADS", "org:fjord-labour-office", "ini:polar-apprenticeship-programme"] },
    { text: "The Savanna Health Agency and the Kalahari Relief Society signed a memorandum in 2015. Both are members of the Southern Protection Forum.", expect: ["MEMBER_OF", "org:kalahari-relief-society", "forum:southern-protection-forum"] },
  ],
  negative: [
    // Two bodies opened the sentence before: a singular "It" cannot be told to be either of them.
    { text: "The Orchard Skills Project and the Meadow Water Project began in 2018. It is financed by the Highland Aid Agency.", expect: ["FUNDS", "org:highland-aid-agency", "ini:orchard-skills-project"] },
    { text: "The Orchard Skills Project and the Meadow Water Project began in 2018. It is financed by the Highland Aid Agency.", expect: ["FUNDS", "org:highland-aid-agency", "ini:meadow-water-project"] },
    // Three bodies named before: "the two" are not told which.
    { text: "The Fjord Labour Office, the Tundra Investment Bank and the Glacier Welfare Fund met in Oslo. In 2019 the two launched the Polar Apprenticeship Programme.", expect: ["LEADS", "org:tundra-investment-bank", "ini:polar-apprenticeship-programme"] },
    // "the two" with a noun of its own speaks of the ministers, not the bodies.
    { text: "The Fjord Labour Office and the Tundra Investment Bank have cooperated for a decade. In 2019 the two ministers launched the Polar Apprenticeship Programme.", expect: ["LEADS", "org:tundra-investment-bank", "ini:polar-apprenticeship-programme"] },
    // A modal: the two only intend to.
    { text: "The Fjord Labour Office and the Tundra Investment Bank have cooperated for a decade. Next year the two will launch the Polar Apprenticeship Programme.", expect: ["LEADS", "org:tundra-investment-bank", "ini:polar-apprenticeship-programme"] },
    // The sentence with the pair names two more bodies: "the two" may be those.
    { text: "The Fjord Labour Office and the Tundra Investment Bank pay for the Coastal Shelter Network and the Inland Shelter Network. In 2019 the two launched the Polar Apprenticeship Programme.", expect: ["LEADS", "org:tundra-investment-bank", "ini:polar-apprenticeship-programme"] },
    // The pair was named two sentences back.
    { text: "The Fjord Labour Office and the Tundra Investment Bank have cooperated for a decade. Their offices are in Oslo. The two launched the Polar Apprenticeship Programme.", expect: ["LEADS", "org:tundra-investment-bank", "ini:polar-apprenticeship-programme"] },
  ],
};
