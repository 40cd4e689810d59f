/**
 * Matching hand-checked facts and expected entities against what the ingest
 * pipeline produced (pure; bench/recall.ts does the I/O).
 *
 * A fact's end is given by a catalog id, or by a name (and kind) when the
 * catalog does not have the entity. Either way it is looked up in the graph by
 * id and by every name it may go under (name, acronym, aliases), normalised:
 * case, accents, hyphens, "&"/"and", "United Nations"/"UN", a leading "the".
 * An end may therefore match several graph ids (a duplicate, a variant); the
 * fact counts as found when any of them carries the relation.
 */
import type { DocumentGraph, EntityRecord } from "../../ingest/core/types.js";
import { SYMMETRIC_RELATION_TYPES } from "../../src/ontology/ontology.js";

export type Split = "tune" | "validate";

export interface Fact {
  type: string;
  source?: string;
  target?: string;
  sourceName?: string;
  targetName?: string;
  sourceKind?: string;
  targetKind?: string;
  quote: string;
  file: string;
  chapter?: string;
  url?: string;
  split?: Split;
  year?: number;
  role?: string;
  absent?: boolean;
  note?: string;
}

export interface ExpectedEntity {
  id?: string;
  name: string;
  kind: string;
  acronym?: string;
  aliases?: string[];
  file: string;
  split?: Split;
  year?: number;
}

/** One end of a fact, or an expected entity: what to look for. */
export interface EndSpec {
  id?: string;
  name?: string;
  kind?: string;
  acronym?: string;
  aliases?: string[];
  /** Graph ids matched by other means than a name (a described meeting matched by structure: meetingMatch.ts). */
  ids?: Iterable<string>;
}

/** Every name a reference (the catalog) knows for an id; [] when it knows none. */
export type FormsOf = (id: string) => string[];

const ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
  "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40 };
const ORDINAL_NUMBER = new Map<string, number>([
  ...ORDINAL_WORDS.map((w, i) => [w, i + 1] as [string, number]),
  ["twentieth", 20], ["thirtieth", 30], ["fortieth", 40],
]);

/** "7th", "seventh" and "twenty first" all become the number, so a name written either way is one name. */
function foldOrdinals(t: string): string {
  t = t.replace(/\b(\d+)(?:st|nd|rd|th)\b/g, "$1");
  t = t.replace(/\b(twenty|thirty|forty) (first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b/g, (_m, tens: string, unit: string) => String(TENS[tens]! + ORDINAL_NUMBER.get(unit)!));
  return t.replace(/\b[a-z]+(?:st|nd|rd|th)\b/g, (w) => String(ORDINAL_NUMBER.get(w) ?? w));
}

export function normaliseName(text: string): string {
  let t = text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  t = t.replace(/['’‘`]/g, "").replace(/&/g, " and ").replace(/[-‐‑‒–—_/]/g, " ");
  t = t.replace(/\bu\.\s?n\.(?=\s|$)/g, "un").replace(/\bunited nations\b/g, "un");
  t = t.replace(/[^a-z0-9 ]+/g, " ").replace(/\s+/g, " ").trim();
  return foldOrdinals(t).replace(/^the /, "");
}

export function factEnd(fact: Fact, side: "source" | "target"): EndSpec {
  return { id: fact[side], name: fact[`${side}Name`], kind: fact[`${side}Kind`] };
}

/** Graph entities by id and by every normalised form of their names. */
export class EntityIndex {
  readonly byId = new Map<string, EntityRecord>();
  private readonly byForm = new Map<string, Set<string>>();

  constructor(entities: Iterable<EntityRecord>) {
    for (const e of entities) {
      this.byId.set(e.id, e);
      for (const form of [e.name, e.acronym, ...e.aliases]) {
        if (!form) continue;
        const key = normaliseName(form);
        if (!key) continue;
        const ids = this.byForm.get(key) ?? new Set<string>();
        ids.add(e.id);
        this.byForm.set(key, ids);
      }
    }
  }

  /** Graph ids that stand for the spec: its id if present, and every entity sharing one of its names. */
  resolve(spec: EndSpec, formsOf: FormsOf): Set<string> {
    const out = new Set<string>();
    if (spec.id && this.byId.has(spec.id)) out.add(spec.id);
    for (const id of spec.ids ?? []) if (this.byId.has(id)) out.add(id);
    const forms = [...(spec.id ? formsOf(spec.id) : []), spec.name, spec.acronym, ...(spec.aliases ?? [])];
    for (const form of forms) {
      if (!form) continue;
      for (const id of this.byForm.get(normaliseName(form)) ?? []) out.add(id);
    }
    return out;
  }
}

export interface RelationHit {
  type: string;
  sourceId: string;
  targetId: string;
  /** Source files of the documents whose evidence states it. */
  files: Set<string>;
  /** The years it carries, over all documents (null: none). */
  years: Set<number | null>;
}

const pairKey = (a: string, b: string) => (b < a ? `${b}|${a}` : `${a}|${b}`);

/** Every extracted relation, by unordered pair of ends, merged across documents. */
export class RelationIndex {
  private readonly byPair = new Map<string, RelationHit[]>();
  size = 0;

  constructor(graphs: DocumentGraph[]) {
    for (const g of graphs) {
      for (const r of g.relations) {
        const key = pairKey(r.sourceId, r.targetId);
        const list = this.byPair.get(key) ?? [];
        let hit = list.find((h) => h.type === r.type && h.sourceId === r.sourceId && h.targetId === r.targetId);
        if (!hit) {
          hit = { type: r.type, sourceId: r.sourceId, targetId: r.targetId, files: new Set(), years: new Set() };
          list.push(hit);
          this.size++;
        }
        hit.files.add(g.document.source);
        hit.years.add(r.year ?? null);
        this.byPair.set(key, list);
      }
    }
  }

  /** Relations between any id of `a` and any id of `b`, in either direction. */
  between(a: Set<string>, b: Set<string>): RelationHit[] {
    const out: RelationHit[] = [];
    const seen = new Set<string>();
    for (const x of a) {
      for (const y of b) {
        const key = pairKey(x, y);
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(...(this.byPair.get(key) ?? []));
      }
    }
    return out;
  }
}

export interface FactOutcome {
  fact: Fact;
  sourceIds: Set<string>;
  targetIds: Set<string>;
  /** Both ends exist in the graph (anywhere). */
  endsFound: boolean;
  /** Some relation links the two ends, whatever its type or direction. */
  pair: boolean;
  /** A relation of the fact's type in the fact's direction (either direction for a symmetric type, PARTNERS_WITH). */
  typed: boolean;
  /** As `typed`, with evidence in the fact's own file. */
  typedInFile: boolean;
  /** For a fact with a `year`: a typed relation carries that year; null when the fact has no year. */
  yearRight: boolean | null;
  /** What links the pair instead (near-miss diagnostics). */
  found: RelationHit[];
}

/**
 * The fact's end with the names its page's expected entity gives it (acronym, aliases): a fact end holds
 * only an id or a name, and an end must be found by the same forms that count its entity as found.
 */
export type EndForms = (fact: Fact, end: EndSpec) => EndSpec;

/** Expected entities by page and by id or normalised name, to give fact ends their forms. */
export function endFormsFrom(expected: readonly ExpectedEntity[]): EndForms {
  const byKey = new Map<string, ExpectedEntity>();
  const key = (file: string, ref: string) => `${file}|${ref}`;
  for (const e of expected) {
    if (e.id) byKey.set(key(e.file, e.id), e);
    byKey.set(key(e.file, normaliseName(e.name)), e);
  }
  return (fact, end) => {
    const e = (end.id && byKey.get(key(fact.file, end.id))) || (end.name && byKey.get(key(fact.file, normaliseName(end.name)))) || null;
    if (!e) return end;
    return { ...end, name: end.name ?? e.name, acronym: e.acronym, aliases: [...(e.aliases ?? []), ...(end.name && end.name !== e.name ? [e.name] : [])] };
  };
}

export function scoreFact(fact: Fact, entities: EntityIndex, relations: RelationIndex, formsOf: FormsOf, endForms: EndForms = (_f, end) => end): FactOutcome {
  const sourceIds = entities.resolve(endForms(fact, factEnd(fact, "source")), formsOf);
  const targetIds = entities.resolve(endForms(fact, factEnd(fact, "target")), formsOf);
  const found = relations.between(sourceIds, targetIds);
  const rightWay = (h: RelationHit) => SYMMETRIC_RELATION_TYPES.has(fact.type) || (sourceIds.has(h.sourceId) && targetIds.has(h.targetId));
  const typedHits = found.filter((h) => h.type === fact.type && rightWay(h));
  return {
    fact,
    sourceIds,
    targetIds,
    endsFound: sourceIds.size > 0 && targetIds.size > 0,
    pair: found.length > 0,
    typed: typedHits.length > 0,
    typedInFile: typedHits.some((h) => h.files.has(fact.file)),
    yearRight: fact.year === undefined ? null : typedHits.some((h) => h.years.has(fact.year!)),
    found,
  };
}

export interface EntityOutcome {
  expected: ExpectedEntity;
  ids: Set<string>;
  found: boolean;
  kindRight: boolean;
}

/** `index` holds the entities of the expected entity's own document. */
export function scoreEntity(expected: ExpectedEntity & { ids?: Iterable<string> }, index: EntityIndex, formsOf: FormsOf): EntityOutcome {
  const ids = index.resolve(expected, formsOf);
  const kindRight = [...ids].some((id) => index.byId.get(id)?.kind === expected.kind);
  return { expected, ids, found: ids.size > 0, kindRight };
}

/** The ends of the positive facts, one per (file, identity): the expected entities of a set without an entity list. */
export function entitiesFromFacts(facts: Array<Fact & { split?: Split }>): ExpectedEntity[] {
  const out = new Map<string, ExpectedEntity>();
  for (const f of facts) {
    if (f.absent) continue;
    for (const side of ["source", "target"] as const) {
      const end = factEnd(f, side);
      const key = `${f.file}|${end.id ?? normaliseName(end.name ?? "")}`;
      if (!end.id && !end.name) continue;
      if (!out.has(key)) out.set(key, { id: end.id, name: end.name ?? end.id!, kind: end.kind ?? kindOfId(end.id), file: f.file, split: f.split });
    }
  }
  return [...out.values()];
}

const PREFIX_KIND: Record<string, string> = { org: "ORGANIZATION", ini: "INITIATIVE", conv: "CONVENTION", ctry: "COUNTRY", forum: "FORUM" };
export function kindOfId(id: string | undefined): string {
  return (id && PREFIX_KIND[id.split(":")[0]!]) || "";
}

/** split.json's rule for facts that carry no `split`. */
export interface SplitRule {
  corpus: Record<string, unknown> & { tune_files?: string[]; validate_files?: string[] };
}

export function splitOf(fact: Fact, rule: SplitRule): Split | null {
  if (fact.split === "tune" || fact.split === "validate") return fact.split;
  const c = rule.corpus;
  if (c.tune_files?.includes(fact.file)) return "tune";
  if (c.validate_files?.includes(fact.file)) return "validate";
  const book = c[fact.file] as { tune?: string[]; validate?: string[] } | undefined;
  if (book && fact.chapter) {
    if (book.tune?.includes(fact.chapter)) return "tune";
    if (book.validate?.includes(fact.chapter)) return "validate";
  }
  return null;
}

/** Collapses whitespace (and a line break after a hyphen): quotes are compared with the file whitespace-insensitively. */
export const squash = (s: string) => s.replace(/\s+/g, " ").replace(/- /g, "-").trim();

export function quoteOccurs(quote: string, text: string): boolean {
  return squash(text).includes(squash(quote));
}
