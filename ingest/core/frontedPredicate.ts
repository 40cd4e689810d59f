import { allowsEndpoints } from "../../src/ontology/ontology.js";
import { tokenAt, type AToken } from "./analysis.js";
import { NON_FACT_LEMMAS } from "./rules/nonFactWords.js";
import { governing, type Found } from "./predicatePhrases.js";
import type { M } from "./mentionLists.js";
import { governsDirectly } from "./governsDirectly.js";
import { headsItsPhrase } from "./headsItsPhrase.js";
import { ACTORS, PREPOSITION_BEFORE, type Group } from "./predicateGroups.js";
import type { Proposal } from "./Proposal.js";
import type { TargetKey } from "./rules/PredicateEntry.js";
import { statedType } from "./statedType.js";
import { adjunctTypes } from "./adjunctTypes.js";

/**
 * A phrase that opens the sentence and ends at its comma qualifies the main clause:
 *  - an adjunct ("With funding from USAID, IOM implements X", "Thanks to support from Norway, the Nansen Initiative held …")
 *    gives its giver to the initiative or forum the clause names;
 *  - a passive participle ("Led by UNODC, GLO.ACT …", "Co-chaired by Germany and Morocco, the Forum …") has the clause's
 *    subject as its object, so the subject must follow the comma at once.
 */
export function readFronted(text: string, tokens: AToken[], groups: Group[]): Proposal[] {
  const A = groups[0];
  if (!A || !tokens[0]) return [];
  // The fronted phrase ends at its comma: "With funding from USAID, IOM …" gives USAID, not IOM.
  const close = text.indexOf(",", A.ms[0]!.end);
  if (close < 0) return [];
  const f = governing(tokens, 0, tokenAt(tokens, A.start));
  if (!f || !governsDirectly(tokens, f.to, tokenAt(tokens, A.start), text, A.start)) return [];
  if (f.c.entry.frame === "adjunct") return readAdjunct(text, tokens, groups, close, f);
  if (f.c.entry.frame === "passive" && f.from === 0) return readParticiples(text, tokens, groups, close, f);
  if (f.c.entry.id === "verb-under" && f.from === 0) return readWhole(text, tokens, groups, close, f);
  return [];
}

/** "Established under the Bali Process, the Network …": the clause's subject is part of the body the phrase names. */
function readWhole(text: string, tokens: AToken[], groups: Group[], close: number, f: Found): Proposal[] {
  const out: Proposal[] = [];
  const wholes = giversBefore(text, groups[0]!, close);
  // The clause's subject may have joined the fronted names' group ("…Profiles, the Missing Migrants Project").
  const part = [...groups[0]!.ms, ...groups.slice(1).flatMap((g) => g.ms)].find((m) => m.start > close);
  if (!wholes || !part || !/^\s*(?:the\s+)?$/i.test(text.slice(close + 1, part.start))) return out;
  for (let i = 0; i < tokenAt(tokens, part.start); i++) if (NON_FACT_LEMMAS.has(tokens[i]!.lemma) || NON_FACT_LEMMAS.has(tokens[i]!.lower) || tokens[i]!.negated) return out;
  for (const w of wholes) {
    const key: TargetKey = w.isEvent ? "EVENT" : w.kind;
    const type = key in f.c.entry.types ? f.c.entry.types[key] : undefined;
    if (type && part.id !== w.id && allowsEndpoints(type, part.kind, w.kind)) out.push({ type, sourceId: part.id, targetId: w.id, entry: `${f.c.entry.id}:fronted`, year: null });
  }
  return out;
}

/** The givers of one fronted phrase: the names before its comma, with nothing else after the last of them. */
function giversBefore(text: string, g: Group, close: number): M[] | null {
  const givers = g.ms.filter((m) => m.end <= close);
  if (givers.length === 0 || !/^\s*(?:\([A-Z][\w.&-]{1,14}\)\s*)?$/.test(text.slice(givers[givers.length - 1]!.end, close))) return null;
  return givers;
}

function readAdjunct(text: string, tokens: AToken[], groups: Group[], close: number, f: Found): Proposal[] {
  const givers = giversBefore(text, groups[0]!, close);
  const opener = tokens[0]!.lower;
  if (!givers || !(f.c.lead?.has(opener) || opener === "thanks") || f.from > 3) return [];
  const R = groups.find((x) => x.start > close && x.ms.some((m) => !ACTORS.has(m.kind)));
  return R ? link(text, tokens, close, R, [[f, givers]]) : [];
}

/**
 * "Led by UNODC, GLO.ACT …", "Organised by IFAD and backed by the World Bank, the Forum …": each participle's agents
 * act on the clause's subject, which must follow the comma at once.
 */
function readParticiples(text: string, tokens: AToken[], groups: Group[], close: number, first: Found): Proposal[] {
  const fronted = groups.filter((g) => g.end <= close);
  const readings: Array<[Found, M[]]> = [];
  for (let k = 0; k < fronted.length; k++) {
    const g = fronted[k]!;
    const last = k === fronted.length - 1;
    const givers = last ? giversBefore(text, g, close) : g.ms;
    if (!givers) return [];
    if (k === 0) {
      readings.push([first, givers]);
      continue;
    }
    // A second participle joined by "and": "… and backed by the World Bank".
    const from = tokenAt(tokens, fronted[k - 1]!.end);
    const f = governing(tokens, from, tokenAt(tokens, g.start));
    if (!f || f.c.entry.frame !== "passive" || tokens[from]?.lower !== "and" || f.from !== from + 1) return [];
    if (!governsDirectly(tokens, f.to, tokenAt(tokens, g.start), text, g.start)) return [];
    readings.push([f, givers]);
  }
  const R = groups.find((x) => x.start > close);
  if (!R || !/^\s*(?:the\s+)?$/i.test(text.slice(close + 1, R.start))) return [];
  return link(text, tokens, close, R, readings);
}

function link(text: string, tokens: AToken[], close: number, R: Group, readings: Array<[Found, M[]]>): Proposal[] {
  const out: Proposal[] = [];
  if (PREPOSITION_BEFORE.test(text.slice(Math.max(0, R.start - 40), R.start)) || !headsItsPhrase(tokens, R.end)) return out;
  for (let i = tokenAt(tokens, close); i < tokenAt(tokens, R.start); i++) if (NON_FACT_LEMMAS.has(tokens[i]!.lemma) || NON_FACT_LEMMAS.has(tokens[i]!.lower) || tokens[i]!.negated) return out;
  for (const [f, givers] of readings) {
    // A fronted adjunct qualifies the main clause's verb ("In cooperation with A, Peru organised the meeting").
    const types = f.c.entry.frame === "adjunct" ? adjunctTypes(f.c.entry, tokens, tokenAt(tokens, close) + 1, true, [tokenAt(tokens, R.start), tokenAt(tokens, R.end)]) : f.c.entry.types;
    for (const a of givers) {
      for (const r of R.ms) {
        const type = statedType(types, a, r);
        if (!type) continue;
        out.push({ type, sourceId: a.id, targetId: r.id, entry: `${f.c.entry.id}:fronted`, year: null });
      }
    }
  }
  return out;
}
