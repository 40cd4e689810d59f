/**
 * Candidate entity pairs of a built page graph, for the learned pair trials (bench/pairModelTrial.ts,
 * bench/learn/pairClassifier.ts): pairs of the page's entities that some relation type allows (either order),
 * both named (name, acronym or alias) in one block within two sentences of each other, with the words around
 * and between them as sparse binary features, and labels from the gold facts matched as bench:recall matches them.
 * Nothing in ingest/ uses this.
 */
import { analyse } from "../../ingest/core/analysis.js";
import { splitSentences } from "../../ingest/core/sentences.js";
import type { DocumentGraph, EntityRecord } from "../../ingest/core/types.js";
import { RELATION_TYPE_NAMES, SYMMETRIC_RELATION_TYPES, allowsEndpoints } from "../../src/ontology/ontology.js";
import type { SetResult } from "./evaluateSet.js";

interface Occurrence { passage: number; sentence: number; start: number; end: number }
export interface Candidate {
  file: string;
  a: EntityRecord;
  b: EntityRecord;
  features: string[];
  evidence: string;
  /** Sentences between the two names (0: one sentence). */
  gap: number;
  label: string;
  strong: boolean;
  /** The pipeline's relations between the two, as classes ("T>" / "T<"). */
  piped: Set<string>;
}
/** Where each entity is named on a page: (passage, sentence) pairs, by entity id. */
export type NamedAt = Map<string, Array<[number, number]>>;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const kindsMeet = (x: EntityRecord, y: EntityRecord) => RELATION_TYPE_NAMES.some((t) => allowsEndpoints(t, x.kind, y.kind) || allowsEndpoints(t, y.kind, x.kind));
export const classOf = (type: string, sourceIsA: boolean) => (SYMMETRIC_RELATION_TYPES.has(type) ? `${type}=` : `${type}${sourceIsA ? ">" : "<"}`);
export const pairKey = (c: Candidate) => `${c.file}|${c.a.id}|${c.b.id}`;
const bucket = (n: number, edges: number[]) => {
  const edge = edges.find((e) => n <= e);
  return edge === undefined ? `>${edges.at(-1)}` : `<=${edge}`;
};
// Words that put a stated link in doubt (the pipeline's negation flag misses "plans to", "may").
const HEDGES = new Set(["may", "might", "could", "would", "should", "plan", "propose", "consider", "intend", "hope", "seek", "aim", "not", "no", "never", "without"]);

/** Every non-overlapping place an entity is named in a text (longest names win). */
function occurrences(text: string, entities: EntityRecord[]): Array<{ id: string; start: number; end: number }> {
  const found: Array<{ id: string; start: number; end: number }> = [];
  for (const e of entities) {
    for (const form of new Set([e.name, e.acronym, ...e.aliases])) {
      if (!form || form.length < 2) continue;
      const caseless = form !== e.acronym && form.length > 4;
      for (const m of text.matchAll(new RegExp(`(?<![\\w-])${escape(form)}(?![\\w-])`, caseless ? "gi" : "g"))) found.push({ id: e.id, start: m.index!, end: m.index! + m[0].length });
    }
  }
  found.sort((x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start);
  const kept: typeof found = [];
  for (const f of found) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  return kept.sort((x, y) => x.start - y.start);
}

/** The page's candidate pairs (the closest mention of each pair wins); records in `named` where each entity is named. */
export function candidatesOf(g: DocumentGraph, named: NamedAt = new Map()): Candidate[] {
  const byId = new Map(g.entities.map((e) => [e.id, e]));
  const piped = new Map<string, Set<string>>();
  for (const r of g.relations) {
    for (const [x, y, cls] of [[r.sourceId, r.targetId, classOf(r.type, true)], [r.targetId, r.sourceId, classOf(r.type, false)]] as const) {
      const set = piped.get(`${x}|${y}`) ?? new Set<string>();
      set.add(cls);
      piped.set(`${x}|${y}`, set);
    }
  }
  const best = new Map<string, Candidate & { rank: number }>();
  g.passages.forEach((p, pi) => {
    const sentences = splitSentences({ text: p.text, offsets: Int32Array.from({ length: p.text.length }, (_, i) => i) });
    const occ = occurrences(p.text, g.entities).map((o): Occurrence & { id: string } => ({ ...o, passage: pi, sentence: Math.max(0, sentences.findIndex((s) => o.start < s.localEnd)) }));
    for (const o of occ) named.set(o.id, [...(named.get(o.id) ?? []), [pi, o.sentence]]);
    for (let i = 0; i < occ.length; i++) {
      for (let j = i + 1; j < occ.length; j++) {
        const x = occ[i]!;
        const y = occ[j]!;
        if (x.id === y.id || y.sentence - x.sentence > 2) continue;
        const a = byId.get(x.id)!;
        const b = byId.get(y.id)!;
        if (!kindsMeet(a, b)) continue;
        const key = [a.id, b.id].sort().join("|");
        const rank = (y.sentence - x.sentence) * 10_000 + (y.start - x.end);
        if ((best.get(key)?.rank ?? Infinity) <= rank) continue;
        const from = sentences[x.sentence]!.localStart;
        const to = sentences[y.sentence]!.localEnd;
        const pipedHere = piped.get(`${a.id}|${b.id}`) ?? new Set<string>();
        best.set(key, {
          rank,
          file: g.document.source,
          a,
          b,
          gap: y.sentence - x.sentence,
          piped: pipedHere,
          label: "NONE",
          strong: false,
          evidence: p.text.slice(from, to),
          features: features(p, { from, to }, x, y, a, b, pipedHere),
        });
      }
    }
  });
  return [...best.values()].map(({ rank: _r, ...c }) => c);
}

function features(p: DocumentGraph["passages"][number], span: { from: number; to: number }, x: Occurrence, y: Occurrence, a: EntityRecord, b: EntityRecord, piped: Set<string>): string[] {
  const text = p.text;
  const out = [`kA:${a.kind}`, `kB:${b.kind}`, `kinds:${a.kind}>${b.kind}`, `sent:${y.sentence - x.sentence}`, `block:${p.kind}`];
  const between = analyse(text, x.end, y.start).tokens;
  out.push(`tok:${bucket(between.length, [0, 2, 5, 10, 20])}`);
  for (const t of between) {
    if (t.pos === "VERB" || t.pos === "AUX") out.push(`v:${t.lemma}`, `v:${t.lemma}|${a.kind}>${b.kind}`);
    if (t.pos === "ADP") out.push(`p:${t.lemma}`);
    if (t.negated) out.push("negated");
  }
  const lastVerb = between.findLast((t) => t.pos === "VERB");
  if (lastVerb) out.push(`lastV:${lastVerb.lemma}`);
  const listy = between.length > 0 && between.every((t) => t.pos === "PROPN" || t.pos === "PUNCT" || t.pos === "CCONJ" || t.pos === "NOUN" || t.pos === "DET");
  if (listy && between.some((t) => t.text === "," || t.pos === "CCONJ")) out.push("list");
  // The word right before each name ("by", "of", "with" ...), and a hedge anywhere in the span.
  const before = (at: number) => analyse(text, Math.max(span.from, at - 30), at).tokens.findLast((t) => t.pos !== "DET" && t.pos !== "PUNCT");
  const [preA, preB] = [before(x.start), before(y.start)];
  if (preA && preA.pos === "ADP") out.push(`preA:${preA.lemma}`);
  if (preB && preB.pos === "ADP") out.push(`preB:${preB.lemma}`);
  const around = analyse(text, span.from, span.to).tokens;
  if (around.some((t) => HEDGES.has(t.lemma.toLowerCase()))) out.push("hedge");
  const verbBefore = analyse(text, span.from, x.start).tokens.findLast((t) => t.pos === "VERB");
  if (verbBefore) out.push(`vBefore:${verbBefore.lemma}`);
  for (const w of (p.section ?? "").toLowerCase().match(/[a-z]{3,}/g) ?? []) out.push(`h:${w}`);
  const label = /^([^:\n]{2,40}):/.exec(text)?.[1];
  for (const w of label?.toLowerCase().match(/[a-z]{3,}/g) ?? []) out.push(`l:${w}`);
  out.push(...(piped.size ? [...piped].map((c) => `pipe:${c}`) : ["pipe:none"]));
  return out;
}

/**
 * Labels candidates from gold (in place): a gold fact between the pair gives its class ("T>" first-named end is
 * the source, "T<", or "T=" symmetric) and makes the row strong; an `absent` fact naming the pair makes a NONE strong.
 * Returns the gold classes and the absent pairs by pair key.
 */
export function labelCandidates(candidates: Candidate[], scored: Pick<SetResult, "outcomes" | "absent">) {
  const byFile = new Map<string, Candidate[]>();
  for (const c of candidates) byFile.set(c.file, [...(byFile.get(c.file) ?? []), c]);
  const gold = new Map<string, Set<string>>();
  for (const o of scored.outcomes) {
    for (const c of byFile.get(o.fact.file) ?? []) {
      let cls: string | null = null;
      if (o.sourceIds.has(c.a.id) && o.targetIds.has(c.b.id)) cls = classOf(o.fact.type, true);
      else if (o.sourceIds.has(c.b.id) && o.targetIds.has(c.a.id)) cls = classOf(o.fact.type, false);
      if (!cls) continue;
      const key = pairKey(c);
      gold.set(key, (gold.get(key) ?? new Set()).add(cls));
      if (c.label === "NONE") c.label = cls;
      c.strong = true;
    }
  }
  const absentPairs = new Set<string>();
  for (const o of scored.absent) {
    for (const c of byFile.get(o.fact.file) ?? []) {
      const named = (o.sourceIds.has(c.a.id) && o.targetIds.has(c.b.id)) || (o.sourceIds.has(c.b.id) && o.targetIds.has(c.a.id));
      if (!named) continue;
      absentPairs.add(pairKey(c));
      if (c.label === "NONE") c.strong = true;
    }
  }
  return { byFile, gold, absentPairs };
}
