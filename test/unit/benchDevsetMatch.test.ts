import { describe, expect, it } from "vitest";
import type { DocumentGraph, EntityRecord, RelationRecord } from "../../ingest/core/types.js";
import {
  EntityIndex,
  endFormsFrom,
  RelationIndex,
  entitiesFromFacts,
  normaliseName,
  quoteOccurs,
  scoreEntity,
  scoreFact,
  splitOf,
  type Fact,
  type FormsOf,
} from "../../bench/lib/devsetMatch.js";
import { summariseJudged, type JudgedSample } from "../../bench/lib/judged.js";

const ent = (id: string, name: string, kind: EntityRecord["kind"], acronym: string | null = null, aliases: string[] = []): EntityRecord => ({ id, kind, name, acronym, aliases, origin: "discovered" });
const rel = (type: string, sourceId: string, targetId: string, year: number | null = null): RelationRecord =>
  ({ id: `rel:${type}|${sourceId}|${targetId}`, type, sourceId, targetId, year, role: null, confidence: 0.8, method: "test", evidence: [] }) as unknown as RelationRecord;
const graph = (source: string, entities: EntityRecord[], relations: RelationRecord[]): DocumentGraph =>
  ({ document: { id: `doc:${source}`, title: source, source, bytes: 0, hash: "", passageCount: 0 }, passages: [], entities, mentions: [], relations, warnings: [] }) as DocumentGraph;
const fact = (f: Partial<Fact>): Fact => ({ type: "MEMBER_OF", quote: "q", file: "a.txt", ...f });
const noForms: FormsOf = () => [];

describe("normaliseName folds the variants a name is written in", () => {
  it.each([
    ["High-Level Dialogue", "High Level Dialogue"],
    ["UN Office on Drugs & Crime", "United Nations Office on Drugs and Crime"],
    ["The World Bank", "World Bank"],
    ["Côte d’Ivoire", "Cote d'Ivoire"],
    ["Timor-Leste", "Timor Leste"],
    ["U.N. Women", "UN Women"],
    ["7th Meeting of the IGAD Regional Consultative Process", "seventh meeting of the IGAD Regional Consultative Process"],
    ["Twenty-First Session", "21st session"],
    ["the First Summit", "1st Summit"],
  ])("%s = %s", (a, b) => expect(normaliseName(a)).toBe(normaliseName(b)));

  it("keeps different names apart", () => {
    expect(normaliseName("Global Forum on Migration and Development")).not.toBe(normaliseName("Global Forum for Migration and Development"));
    expect(normaliseName("Theatre Fund")).toBe("theatre fund");
    expect(normaliseName("7th Meeting")).not.toBe(normaliseName("Eighth Meeting"));
    // Words that merely end like an ordinal stay words.
    expect(normaliseName("North-South Path")).toBe("north south path");
    expect(normaliseName("Fourth World Conference")).toBe("4 world conference");
  });
});

describe("EntityIndex.resolve", () => {
  const index = new EntityIndex([
    ent("org:unodc", "United Nations Office on Drugs and Crime", "ORGANIZATION", "UNODC"),
    ent("forum:un-network-on-migration", "United Nations Network on Migration", "FORUM"),
    ent("org:un-network-on-migration", "UN Network on Migration", "ORGANIZATION"),
    ent("ctry:ci", "Côte d'Ivoire", "COUNTRY", null, ["Ivory Coast"]),
  ]);

  it("finds a catalog id directly, and under the names the catalog gives it", () => {
    expect([...index.resolve({ id: "org:unodc" }, noForms)]).toEqual(["org:unodc"]);
    const formsOf: FormsOf = (id) => (id === "ctry:ci" ? ["Cote d'Ivoire"] : []);
    expect([...index.resolve({ id: "ctry:xx-not-there" }, noForms)]).toEqual([]);
    expect([...index.resolve({ id: "ctry:ci" }, formsOf)]).toEqual(["ctry:ci"]);
  });

  it("matches a name fact by name, acronym or alias, and returns every duplicate", () => {
    expect([...index.resolve({ name: "UN Office on Drugs & Crime" }, noForms)]).toEqual(["org:unodc"]);
    expect([...index.resolve({ name: "UNODC" }, noForms)]).toEqual(["org:unodc"]);
    expect([...index.resolve({ name: "Ivory Coast" }, noForms)]).toEqual(["ctry:ci"]);
    expect(index.resolve({ name: "the UN Network on Migration" }, noForms)).toEqual(new Set(["forum:un-network-on-migration", "org:un-network-on-migration"]));
    expect(index.resolve({ name: "Network on Migration" }, noForms).size).toBe(0);
  });

  it("scores an expected entity's kind", () => {
    const o = scoreEntity({ name: "UN Network on Migration", kind: "FORUM", file: "a.txt" }, index, noForms);
    expect(o.found).toBe(true);
    expect(o.kindRight).toBe(true);
    const wrong = scoreEntity({ name: "UNODC", kind: "INITIATIVE", file: "a.txt" }, index, noForms);
    expect(wrong.found).toBe(true);
    expect(wrong.kindRight).toBe(false);
  });
});

describe("scoreFact", () => {
  const entities = [
    ent("ctry:mx", "Mexico", "COUNTRY"),
    ent("forum:gfmd", "Global Forum on Migration and Development", "FORUM", "GFMD"),
    ent("forum:gfmd-2010", "GFMD 2010", "FORUM"),
    ent("org:iom", "International Organization for Migration", "ORGANIZATION", "IOM"),
    ent("org:unhcr", "UNHCR", "ORGANIZATION"),
    ent("org:undp", "United Nations Development Programme", "ORGANIZATION", "UNDP"),
  ];
  const graphs = [
    graph("a.txt", entities, [rel("CHAIRED", "ctry:mx", "forum:gfmd", 2010), rel("SUPPORTS", "org:undp", "forum:gfmd"), rel("PARTNERS_WITH", "org:unhcr", "org:iom")]),
    graph("b.txt", entities, [rel("PART_OF", "forum:gfmd", "forum:gfmd-2010")]),
  ];
  const index = new EntityIndex(entities);
  const relations = new RelationIndex(graphs);
  const score = (f: Partial<Fact>) => scoreFact(fact(f), index, relations, noForms);

  it("counts the right type in the right direction as typed, in the fact's file or elsewhere", () => {
    const o = score({ type: "CHAIRED", source: "ctry:mx", target: "forum:gfmd" });
    expect([o.pair, o.typed, o.typedInFile]).toEqual([true, true, true]);
    const elsewhere = score({ type: "PART_OF", source: "forum:gfmd", target: "forum:gfmd-2010" });
    expect([elsewhere.typed, elsewhere.typedInFile]).toEqual([true, false]);
  });

  it("checks a fact's year against the years the typed relation carries", () => {
    expect(score({ type: "CHAIRED", source: "ctry:mx", target: "forum:gfmd", year: 2010 }).yearRight).toBe(true);
    expect(score({ type: "CHAIRED", source: "ctry:mx", target: "forum:gfmd", year: 2011 }).yearRight).toBe(false);
    expect(score({ type: "CHAIRED", source: "ctry:mx", target: "forum:gfmd" }).yearRight).toBeNull();
    expect(score({ type: "SUPPORTS", source: "org:undp", target: "forum:gfmd", year: 2007 }).yearRight).toBe(false);
  });

  it("counts a wrong type or a reversed direction as the right pair only", () => {
    const wrongType = score({ type: "HOSTED", source: "ctry:mx", target: "forum:gfmd" });
    expect([wrongType.pair, wrongType.typed]).toEqual([true, false]);
    const reversed = score({ type: "PART_OF", source: "forum:gfmd-2010", target: "forum:gfmd" });
    expect([reversed.pair, reversed.typed]).toEqual([true, false]);
    expect(reversed.found.map((h) => h.type)).toEqual(["PART_OF"]);
  });

  it("takes PARTNERS_WITH either way, and matches ends given by name", () => {
    const o = score({ type: "PARTNERS_WITH", sourceName: "International Organization for Migration", sourceKind: "ORGANIZATION", target: "org:unhcr" });
    expect([o.endsFound, o.typed]).toEqual([true, true]);
  });

  it("finds nothing for an unlinked or unknown pair", () => {
    expect(score({ type: "MEMBER_OF", source: "org:iom", target: "forum:gfmd" }).pair).toBe(false);
    const unknown = score({ type: "MEMBER_OF", sourceName: "Khartoum Process", target: "forum:gfmd" });
    expect([unknown.endsFound, unknown.pair]).toEqual([false, false]);
  });

  it("counts each distinct relation once across documents", () => {
    expect(new RelationIndex([...graphs, graphs[0]!]).size).toBe(4);
  });
});

describe("splits, quotes and fact-derived entities", () => {
  const rule = {
    corpus: { "book.txt": { tune: ["Chapter A"], validate: ["Chapter B"] }, tune_files: ["t.txt"], validate_files: ["v.txt"] },
  };
  it("uses a fact's own split first, then split.json's file and chapter rule", () => {
    expect(splitOf(fact({ file: "t.txt", split: "validate" }), rule)).toBe("validate");
    expect(splitOf(fact({ file: "t.txt" }), rule)).toBe("tune");
    expect(splitOf(fact({ file: "v.txt" }), rule)).toBe("validate");
    expect(splitOf(fact({ file: "book.txt", chapter: "Chapter B" }), rule)).toBe("validate");
    expect(splitOf(fact({ file: "book.txt", chapter: "Chapter Z" }), rule)).toBeNull();
    expect(splitOf(fact({ file: "book.txt" }), rule)).toBeNull();
  });

  it("compares quotes whitespace-insensitively, across a hyphenated line break", () => {
    expect(quoteOccurs("jointly financed by the EU", "It is jointly\n  financed by the EU.")).toBe(true);
    expect(quoteOccurs("Asia-Pacific region", "the Asia-\nPacific region")).toBe(true);
    expect(quoteOccurs("jointly funded", "jointly financed")).toBe(false);
  });

  it("derives one expected entity per file and identity from the positive facts", () => {
    const list = entitiesFromFacts([
      fact({ source: "org:iom", target: "forum:gmg", file: "a.txt" }),
      fact({ source: "org:iom", targetName: "The Khartoum Process", targetKind: "FORUM", file: "a.txt" }),
      fact({ source: "org:iom", target: "forum:gmg", file: "b.txt" }),
      fact({ source: "org:unicef", target: "forum:gmg", file: "a.txt", absent: true }),
    ]);
    expect(list.map((e) => `${e.file}:${e.id ?? e.name}:${e.kind}`)).toEqual([
      "a.txt:org:iom:ORGANIZATION",
      "a.txt:forum:gmg:FORUM",
      "a.txt:The Khartoum Process:FORUM",
      "b.txt:org:iom:ORGANIZATION",
      "b.txt:forum:gmg:FORUM",
    ]);
  });
});

describe("judged samples", () => {
  const sample = (relations: string[], entities: string[]): JudgedSample =>
    ({
      seed: 1,
      commit: "abc",
      drawnAt: "2026-12-02T00:00:00Z",
      corpus: ["data/corpus"],
      population: { relations: 10, entities: 10 },
      verdicts: { relations: [], entities: [] },
      relations: relations.map((verdict) => ({ verdict })),
      entities: entities.map((verdict) => ({ verdict })),
    }) as unknown as JudgedSample;

  it("counts precision over the judged items only", () => {
    const s = summariseJudged("x.json", sample(["right", "right", "wrong-type", "unsupported", ""], ["right", "fragment", "duplicate"]));
    expect([s.relations.drawn, s.relations.judged, s.relations.right]).toEqual([5, 4, 2]);
    expect(s.relations.byVerdict.get("wrong-type")).toBe(1);
    expect([s.entities.judged, s.entities.right]).toEqual([3, 1]);
  });

  it("rejects a verdict outside the list, naming the item", () => {
    expect(() => summariseJudged("x.json", sample(["right", "maybe"], []))).toThrow(/relations item 2: verdict "maybe"/);
    expect(() => summariseJudged("x.json", sample([], ["wrong-type"]))).toThrow(/entities item 1/);
  });
});

describe("a fact's end is found by the forms that find its expected entity", () => {
  const entities = new EntityIndex([ent("ini:gcf-facility", "Concessional Facility", "INITIATIVE", "GCFF"), ent("ctry:jo", "Jordan", "COUNTRY")]);
  const relations = new RelationIndex([graph("a.txt", [], [rel("OPERATES_IN", "ini:gcf-facility", "ctry:jo")])]);
  const f = fact({ type: "OPERATES_IN", source: "ini:global-concessional-financing-facility", target: "ctry:jo" });
  const endForms = endFormsFrom([{ id: "ini:global-concessional-financing-facility", name: "Global Concessional Financing Facility", acronym: "GCFF", kind: "INITIATIVE", file: "a.txt" }]);

  it("by the page's acronym or aliases for that id, as entity recall finds it", () => {
    expect(scoreFact(f, entities, relations, noForms).endsFound).toBe(false);
    const scored = scoreFact(f, entities, relations, noForms, endForms);
    expect(scored.endsFound).toBe(true);
    expect(scored.typed).toBe(true);
  });

  it("only with the expected entity of the fact's own page", () => {
    const elsewhere = fact({ type: "OPERATES_IN", source: "ini:global-concessional-financing-facility", target: "ctry:jo", file: "b.txt" });
    expect(scoreFact(elsewhere, entities, relations, noForms, endForms).endsFound).toBe(false);
  });
});
