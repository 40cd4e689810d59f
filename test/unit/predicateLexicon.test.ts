import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { analyse } from "../../ingest/core/analysis.js";
import type { M } from "../../ingest/core/mentionLists.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { PREDICATE_LEXICON, readPredicates } from "../../ingest/core/predicateReader.js";
import type { RelationRecord } from "../../ingest/core/types.js";
import { RELATION_TYPES, SYMMETRIC_RELATION_TYPES, allowsEndpoints, type EntityKind, type RelationType } from "../../src/ontology/ontology.js";
import { textSource } from "../support/textSource.js";

/**
 * Every lexicon entry runs its own sentences twice: through the predicate reader alone (the two
 * named ends located by their catalog names), and through the whole pipeline.
 */
const catalog = defaultCatalog();
const page = (text: string) => textSource("spec.txt", text);
const relationsOf = (text: string): RelationRecord[] => buildGraphs([page(text)], catalog)[0]!.relations;

/** Every catalog entity the sentence names, longest names first, as whole words and without overlaps. */
const FORMS = catalog.entities
  .flatMap((e) => [e.name, e.acronym, ...e.aliases].filter((f): f is string => !!f && f.length > 2).map((f) => ({ e, f })))
  .sort((a, b) => b.f.length - a.f.length);
function mentionsIn(text: string): M[] {
  const out: M[] = [];
  for (const { e, f } of FORMS) {
    if (!text.includes(f)) continue;
    const at = new RegExp(`\\b${f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).exec(text);
    if (!at || out.some((m) => at.index < m.end && m.start < at.index + f.length)) continue;
    out.push({ id: e.id, kind: e.kind as EntityKind, isEvent: e.isEvent === true, start: at.index, end: at.index + f.length });
  }
  return out;
}

const readerFinds = (text: string, ids: [string, string], type: string): boolean =>
  readPredicates(text, mentionsIn(text), analyse(text)).some(
    (p) => p.type === type && ((p.sourceId === ids[0] && p.targetId === ids[1]) || (SYMMETRIC_RELATION_TYPES.has(p.type) && p.sourceId === ids[1] && p.targetId === ids[0])),
  );

describe("predicate lexicon (data) with its example sentences", () => {
  for (const entry of PREDICATE_LEXICON) {
    // EVENT: null states nothing for a meeting; it is no type.
    const types = [...new Set([...Object.values(entry.types), ...Object.values(entry.actorTypes ?? {})])].filter((t): t is RelationType => typeof t === "string");
    describe(`${entry.id} (${entry.frame})`, () => {
      it("has positive and negative examples, and only types the ontology knows", () => {
        expect(entry.examples.positive.length).toBeGreaterThan(0);
        expect(entry.examples.negative.length).toBeGreaterThan(0);
        for (const t of types) expect(Object.keys(RELATION_TYPES)).toContain(t);
      });
      for (const ex of entry.examples.positive) {
        const [s, t] = ex.expect as [string, string];
        const sk = catalog.byId.get(s)!.kind as EntityKind;
        const tk = catalog.byId.get(t)!.kind as EntityKind;
        // The entry's own type for the far end's kind first: a type the ontology allows for the pair may not be the entry's.
        const own = (entry.types as Record<string, RelationType | null | undefined>)[tk];
        const type = (own && allowsEndpoints(own, sk, tk) ? own : undefined) ?? types.find((x) => allowsEndpoints(x, sk, tk) || allowsEndpoints(x, tk, sk))!;
        it(`reads: ${ex.text}`, () => {
          expect(type).toBeDefined();
          expect(readerFinds(ex.text, [s, t], type)).toBe(true);
          const rels = relationsOf(ex.text).filter((r) => r.type === type && ((r.sourceId === s && r.targetId === t) || (r.sourceId === t && r.targetId === s && SYMMETRIC_RELATION_TYPES.has(type))));
          expect(rels.length).toBe(1);
        });
      }
      for (const ex of entry.examples.negative) {
        const [s, t] = ex.expect as [string, string];
        it(`states nothing in: ${ex.text}`, () => {
          for (const type of types) expect(readerFinds(ex.text, [s, t], type)).toBe(false);
          // Other readers are specified by their own rules; here only what this reader adds counts.
          const rels = relationsOf(ex.text).filter((r) => ((r.sourceId === s && r.targetId === t) || (r.sourceId === t && r.targetId === s)) && r.evidence.some((e) => e.method.startsWith("predicate:")));
          expect(rels.map((r) => `${r.type} ${r.method}`)).toEqual([]);
        });
      }
    });
  }
});

describe("adjunct types by the verb the adjunct qualifies (PredicateEntry heads)", () => {
  for (const entry of PREDICATE_LEXICON) {
    for (const head of entry.heads ?? []) {
      describe(`${entry.id}: ${head.verbs.split("|").slice(0, 3).join(", ")} …`, () => {
        const merged = { ...entry.types, ...head.types } as Record<string, RelationType | null | undefined>;
        const typeFor = (t: string): RelationType | null | undefined => {
          const e = catalog.byId.get(t)!;
          return e.isEvent === true && "EVENT" in merged ? merged.EVENT : merged[e.kind];
        };
        for (const ex of head.examples.positive) {
          const [s, t] = ex.expect as [string, string];
          it(`reads: ${ex.text}`, () => {
            const type = typeFor(t)!;
            expect(type).toBeTruthy();
            expect(readerFinds(ex.text, [s, t], type)).toBe(true);
            expect(relationsOf(ex.text).some((r) => r.type === type && ((r.sourceId === s && r.targetId === t) || (SYMMETRIC_RELATION_TYPES.has(type) && r.sourceId === t && r.targetId === s)))).toBe(true);
          });
        }
        // The class's own types are not read: the entry's types may still be (the verb is not this class's).
        const own = [...new Set(Object.values(head.types))].filter((t): t is RelationType => typeof t === "string");
        const others = [...new Set(Object.values(entry.types))].filter((t): t is RelationType => typeof t === "string" && !own.includes(t));
        for (const ex of head.examples.negative) {
          const [s, t] = ex.expect as [string, string];
          it(`states nothing of its class in: ${ex.text}`, () => {
            for (const type of own.length > 0 ? own : others) expect(readerFinds(ex.text, [s, t], type)).toBe(false);
          });
        }
      });
    }
  }
});

describe("an owners' line that opens a sentence", () => {
  const topic: M = { id: "ini:missing-migrants-project", kind: "INITIATIVE", isEvent: false, start: -1, end: -1, via: "coref" };
  const read = (text: string, about: M | null) => readPredicates(text, mentionsIn(text), analyse(text), about).map((p) => `${p.type} ${p.sourceId} ${p.targetId}`);
  it("gives the topic it is given to its owners", () => {
    expect(read("A joint project of UNITAR and Norway.", topic)).toEqual(["LEADS org:unitar ini:missing-migrants-project", "LEADS ctry:no ini:missing-migrants-project"]);
  });
  it("states nothing without a topic, or when the line names no owners", () => {
    expect(read("A joint project of UNITAR and Norway.", null)).toEqual([]);
    expect(read("A review of UNITAR and Norway.", topic)).toEqual([]);
    expect(read("Critics of UNITAR and Norway spoke.", topic)).toEqual([]);
  });
  it("reads a fact sheet's line under the programme's heading", () => {
    const rels = relationsOf("Missing Migrants Project\n\nA joint project of UNITAR and Norway. It counts deaths at sea.\n").map((r) => `${r.type} ${r.sourceId} ${r.targetId}`);
    expect(rels).toContain("LEADS ctry:no ini:missing-migrants-project");
  });
});

describe("a role list that opens a sentence", () => {
  const text = "Members include Armenia and Georgia.";
  const topic: M = { id: "forum:prague-process", kind: "FORUM", isEvent: false, start: -1, end: -1, via: "coref" };
  it("lists the holders for the topic it is given", () => {
    const found = readPredicates(text, mentionsIn(text), analyse(text), topic).map((p) => `${p.type} ${p.sourceId} ${p.targetId}`);
    expect(found).toEqual(["MEMBER_OF ctry:am forum:prague-process", "MEMBER_OF ctry:ge forum:prague-process"]);
  });
  it("states nothing without a topic, or when the list names another role", () => {
    expect(readPredicates(text, mentionsIn(text), analyse(text), null)).toEqual([]);
    const observers = "Observers include Armenia and Georgia.";
    expect(readPredicates(observers, mentionsIn(observers), analyse(observers), topic)).toEqual([]);
  });
  it("reads the page's forum as the topic in the whole pipeline", () => {
    const rels = relationsOf("The Prague Process was set up in 2009 to link the European Union with its neighbours.\n\nMembers include Armenia and Georgia.");
    expect(rels.some((r) => r.type === "MEMBER_OF" && r.sourceId === "ctry:ge" && r.targetId === "forum:prague-process")).toBe(true);
  });
});
