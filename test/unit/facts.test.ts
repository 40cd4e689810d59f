/**
 * Checks the hand-checked dev set (test/fixtures/facts.json) against the corpus
 * and the fixed split (test/fixtures/split.json): a wrong quote, type, split or
 * a duplicate would silently skew every recall figure computed from it.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseId } from "../../src/ontology/ids.js";
import { SYMMETRIC_RELATION_TYPES, isEntityKind, isRelationType } from "../../src/ontology/ontology.js";

interface Fact {
  type: string;
  source: string;
  target: string;
  quote: string;
  file: string;
  chapter?: string;
  split?: string;
  year?: number;
  role?: string;
  sourceName?: string;
  sourceKind?: string;
  targetName?: string;
  targetKind?: string;
  absent?: boolean;
}

interface Split {
  corpus: Record<string, { tune: string[]; validate: string[] } | string[]> & { tune_files: string[]; validate_files: string[] };
}

const ROOT = join(import.meta.dirname, "..", "..");
const CORPUS = join(ROOT, "data", "corpus");
const MAX_QUOTE = 200;
/** Floors for the size of the dev set, so that facts are not lost in a merge. */
const MIN_POSITIVE = 400;
const MIN_ABSENT = 30;

/** Whitespace runs become one space; the second form also rejoins words hyphenated at a line break ("High-\nlevel"). */
const collapse = (t: string) => t.replace(/\s+/g, " ").trim();
const rejoin = (t: string) => collapse(t.replace(/-[ \t]*\n\s*/g, "-"));

interface Corpus {
  /** file -> both normalised forms of its whole text */
  files: Map<string, [string, string]>;
  /** chapter heading -> both normalised forms of the text from its heading to the next one (book only) */
  chapters: Map<string, Map<string, [string, string]>>;
}

/**
 * A chapter of a book starts at the line that holds exactly its heading (or the
 * heading wrapped over two lines) and runs to the next chapter's heading.
 */
function chapterTexts(text: string, headings: string[]): Map<string, [string, string]> {
  const lines = text.split("\n");
  const starts: Array<[number, string]> = [];
  for (const h of headings) {
    const at: number[] = [];
    lines.forEach((l, i) => {
      if (l.trim() === h || (i + 1 < lines.length && `${l.trim()} ${lines[i + 1]!.trim()}` === h)) at.push(i);
    });
    if (at.length !== 1) throw new Error(`chapter heading ${JSON.stringify(h)} found ${at.length} times`);
    starts.push([at[0]!, h]);
  }
  starts.sort((a, b) => a[0] - b[0]);
  const out = new Map<string, [string, string]>();
  starts.forEach(([start, h], j) => {
    const body = lines.slice(start, j + 1 < starts.length ? starts[j + 1]![0] : lines.length).join("\n");
    out.set(h, [collapse(body), rejoin(body)]);
  });
  return out;
}

function loadCorpus(split: Split): Corpus {
  const files = new Map<string, [string, string]>();
  const chapters = new Map<string, Map<string, [string, string]>>();
  for (const name of readdirSync(CORPUS).filter((f) => f.endsWith(".txt"))) {
    const text = readFileSync(join(CORPUS, name), "utf8");
    files.set(name, [collapse(text), rejoin(text)]);
    const byChapter = split.corpus[name];
    if (byChapter && !Array.isArray(byChapter)) chapters.set(name, chapterTexts(text, [...byChapter.tune, ...byChapter.validate]));
  }
  return { files, chapters };
}

/** The half a fact belongs to: its chapter's for a book, its file's for a page; null when split.json does not place it. */
function expectedSplit(f: Fact, split: Split): string | null {
  const byChapter = split.corpus[f.file];
  if (byChapter && !Array.isArray(byChapter)) {
    if (f.chapter && byChapter.tune.includes(f.chapter)) return "tune";
    if (f.chapter && byChapter.validate.includes(f.chapter)) return "validate";
    return null;
  }
  if (split.corpus.tune_files.includes(f.file)) return "tune";
  if (split.corpus.validate_files.includes(f.file)) return "validate";
  return null;
}

const contains = (hay: [string, string], quote: string) => hay[0].includes(quote) || hay[1].includes(quote);

/** Every problem found in the facts, one line each; an empty list means the fixture is sound. */
export function factProblems(facts: Fact[], corpus: Corpus, split: Split): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  facts.forEach((f, i) => {
    const at = `fact ${i} (${f.type} ${f.source} -> ${f.target})`;
    if (!isRelationType(f.type)) problems.push(`${at}: ${f.type} is not a relation type of the ontology`);
    for (const [end, id, kind] of [["source", f.source, f.sourceKind], ["target", f.target, f.targetKind]] as const) {
      const parsed = parseId(id);
      if (!parsed || parsed.family !== "entity") problems.push(`${at}: ${end} ${JSON.stringify(id)} is not an entity id`);
      else if (kind !== undefined && (!isEntityKind(kind) || parsed.kind !== kind)) problems.push(`${at}: ${end}Kind ${kind} does not match ${id}`);
    }
    const quote = collapse(f.quote ?? "");
    if (!quote) problems.push(`${at}: empty quote`);
    else if (quote.length > MAX_QUOTE) problems.push(`${at}: quote longer than ${MAX_QUOTE} characters`);
    const file = corpus.files.get(f.file);
    const chapters = corpus.chapters.get(f.file);
    if (!file) problems.push(`${at}: no corpus file ${f.file}`);
    else if (chapters) {
      const chapter = f.chapter ? chapters.get(f.chapter) : undefined;
      if (!chapter) problems.push(`${at}: ${JSON.stringify(f.chapter)} is not a chapter of ${f.file}`);
      else if (!contains(chapter, quote)) problems.push(`${at}: quote not in chapter ${JSON.stringify(f.chapter)}: ${JSON.stringify(quote)}`);
    } else if (quote && !contains(file, quote)) problems.push(`${at}: quote not in ${f.file}: ${JSON.stringify(quote)}`);
    const want = expectedSplit(f, split);
    if (want === null) problems.push(`${at}: split.json does not place ${f.file} ${f.chapter ?? ""}`);
    else if (f.split !== want) problems.push(`${at}: split ${JSON.stringify(f.split)} but split.json says ${want}`);
    if (f.year !== undefined && !(Number.isInteger(f.year) && f.year >= 1900 && f.year <= 2100)) problems.push(`${at}: year ${f.year} is not a year`);
    if (f.role !== undefined && !f.role.trim()) problems.push(`${at}: empty role`);
    // A symmetric relation is one fact whichever end the text names first.
    const [a, b] = SYMMETRIC_RELATION_TYPES.has(f.type) && f.target < f.source ? [f.target, f.source] : [f.source, f.target];
    const key = [f.type, a, b, f.year ?? "", f.role ?? ""].join("|");
    // The key ignores `absent`, so a negative that contradicts a positive is caught here too.
    if (seen.has(key)) problems.push(`${at}: duplicate of an earlier fact (${key})`);
    seen.add(key);
  });
  return problems;
}

const split: Split = JSON.parse(readFileSync(join(ROOT, "test", "fixtures", "split.json"), "utf8"));
const facts: Fact[] = JSON.parse(readFileSync(join(ROOT, "test", "fixtures", "facts.json"), "utf8"));
const corpus = loadCorpus(split);

describe("the dev set of facts", () => {
  it("is sound: quotes in their chapter, ontology types, entity ids, the fixed split, no duplicates", () => {
    expect(factProblems(facts, corpus, split)).toEqual([]);
  });

  it("covers the book's chapters and the pages, with negatives", () => {
    const positives = facts.filter((f) => !f.absent);
    expect(positives.length).toBeGreaterThanOrEqual(MIN_POSITIVE);
    expect(facts.filter((f) => f.absent).length).toBeGreaterThanOrEqual(MIN_ABSENT);
    for (const name of corpus.files.keys()) expect(facts.some((f) => f.file === name), name).toBe(true);
    for (const [file, chapters] of corpus.chapters)
      for (const chapter of chapters.keys())
        if (!["Preface", "Foreword"].includes(chapter)) expect(facts.some((f) => f.file === file && f.chapter === chapter), chapter).toBe(true);
  });

  describe("catches broken facts", () => {
    const good = facts.find((f) => !f.absent && f.file === "002_bbe8d57f18636fbc.txt" && f.chapter === "The international system working as one")!;
    const partners = facts.find((f) => !f.absent && f.type === "PARTNERS_WITH")!;
    const check = (change: Partial<Fact>) => factProblems([{ ...good, ...change }], corpus, split);

    it("accepts the good fact it starts from", () => expect(check({})).toEqual([]));
    it("a quote that is not in the text", () => expect(check({ quote: `${good.quote} and the Moon` }).join()).toMatch(/quote not in chapter/));
    it("a quote from another chapter", () => expect(check({ chapter: "World Health Organization", split: "tune" }).join()).toMatch(/quote not in chapter/));
    it("a relation type outside the ontology", () => expect(check({ type: "FRIENDS_WITH" }).join()).toMatch(/not a relation type/));
    it("a split that disagrees with split.json", () => expect(check({ split: "validate" }).join()).toMatch(/split.json says tune/));
    it("a malformed id or a kind that contradicts it", () => {
      expect(check({ source: "IOM" }).join()).toMatch(/not an entity id/);
      expect(check({ source: "org:iom", sourceKind: "COUNTRY" }).join()).toMatch(/does not match/);
    });
    it("a duplicate (type, source, target, year, role)", () =>
      expect(factProblems([good, { ...good, quote: good.quote.slice(0, 20) }], corpus, split).join()).toMatch(/duplicate/));
    it("a symmetric relation given once from each end", () =>
      expect(factProblems([partners, { ...partners, source: partners.target, target: partners.source }], corpus, split).join()).toMatch(/duplicate/));
    it("a negative that contradicts a positive", () =>
      expect(factProblems([good, { ...good, absent: true }], corpus, split).join()).toMatch(/duplicate/));
    it("but not the same pair with another period", () => expect(factProblems([good, { ...good, role: "first half of 2099" }], corpus, split)).toEqual([]));
    it("a quote across whitespace and a line-break hyphen still matches", () =>
      expect(check({ quote: good.quote.replace(/ /g, "\n  ") })).toEqual([]));
  });
});
