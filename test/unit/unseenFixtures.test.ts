/**
 * The unseen dev set (test/fixtures/unseen/) is only worth its figures if its
 * fixtures hold: every quote is in its document, every fact names the public
 * page it came from, and every document sits in exactly one half of the split.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { allowsEndpoints, isEntityKind, isRelationType, type EntityKind } from "../../src/ontology/ontology.js";
import { quoteOccurs, type ExpectedEntity, type Fact } from "../../bench/lib/devsetMatch.js";

const DIR = "test/fixtures/unseen";
interface Doc {
  file: string;
  title: string;
  shape: string;
  split: string;
  sources: string[];
  sealed?: string;
}
const manifest = JSON.parse(readFileSync(join(DIR, "manifest.json"), "utf8")) as { documents: Doc[] };
const facts = JSON.parse(readFileSync(join(DIR, "facts.json"), "utf8")) as Fact[];
const entities = JSON.parse(readFileSync(join(DIR, "entities.json"), "utf8")) as ExpectedEntity[];
const splitOf = new Map(manifest.documents.map((d) => [d.file, d.split]));
const text = new Map(manifest.documents.map((d) => [d.file, readFileSync(join(DIR, d.file), "utf8")]));
const catalog = defaultCatalog();
/**
 * One blind round as committed (test/fixtures/unseen/rounds.json): its pages (picked by its sealed stamp, or as a
 * tune round), and the floors its writer was held to. Every round is checked the same way (checkRound); a floor
 * left out was not part of that round's brief.
 */
interface Round {
  name: string;
  sealed?: string;
  tune?: boolean;
  pages: number[];
  /** Least positive facts and absent pairs on each page. */
  perPage?: { facts: number; absent?: number };
  /** Least positive facts and absent pairs over the whole round. */
  total?: { facts: number; absent: number };
  words?: { least: number; most: number };
  /** Every fact's ends are of kinds its relation type allows. */
  allowedKinds?: boolean;
  why: string;
}
/** Pages written wholly for the tune half: never sealed, and outside the half-and-half balance. */
interface TuneRound {
  name: string;
  pages: number[];
  why: string;
}
const rounds = JSON.parse(readFileSync(join(DIR, "rounds.json"), "utf8")) as { tuneRounds: TuneRound[]; rounds: Round[] };
const pageNumber = (file: string) => Number(/^u(\d+)-/.exec(file)?.[1] ?? NaN);
const tunePages = new Set(rounds.tuneRounds.flatMap((r) => r.pages));
const isTuneRound = (file: string) => tunePages.has(pageNumber(file));
const picks = (round: Round) => (d: Doc) =>
  round.sealed !== undefined ? d.sealed === round.sealed : round.tune === true && isTuneRound(d.file) && round.pages.includes(pageNumber(d.file));
const ROUNDS = rounds.rounds;
const kindOf = (id: string | undefined, kind: string | undefined) => (id ? catalog.byId.get(id)?.kind : kind) as EntityKind;

/** The same assertions for every round, against the floors its row sets. */
function checkRound(round: Round): void {
  const docs = manifest.documents.filter(picks(round));
  expect(docs.map((d) => d.file), round.name).toEqual(round.pages.map((n) => expect.stringMatching(new RegExp(`^u${n}-`))));
  // Each page of a round is written in a shape of its own.
  expect(new Set(docs.map((d) => d.shape)).size, `${round.name}: shapes`).toBe(docs.length);
  const files = docs.map((d) => d.file);
  const ofRound = facts.filter((f) => files.includes(f.file));
  if (round.total) {
    expect(ofRound.filter((f) => !f.absent).length, `${round.name}: facts`).toBeGreaterThanOrEqual(round.total.facts);
    expect(ofRound.filter((f) => f.absent).length, `${round.name}: absent pairs`).toBeGreaterThanOrEqual(round.total.absent);
  }
  for (const file of files) {
    const own = ofRound.filter((f) => f.file === file);
    if (round.perPage) expect(own.filter((f) => !f.absent).length, file).toBeGreaterThanOrEqual(round.perPage.facts);
    if (round.perPage?.absent !== undefined) expect(own.filter((f) => f.absent).length, file).toBeGreaterThanOrEqual(round.perPage.absent);
    if (round.allowedKinds) {
      for (const f of own) {
        const from = kindOf(f.source, f.sourceKind);
        const to = kindOf(f.target, f.targetKind);
        expect(allowsEndpoints(f.type as never, from, to), `${file}: ${f.type} ${from} -> ${to}`).toBe(true);
      }
    }
    if (round.words) {
      const words = (text.get(file) ?? "").split(/\s+/).filter(Boolean).length;
      expect(words, file).toBeGreaterThanOrEqual(round.words.least);
      expect(words, file).toBeLessThanOrEqual(round.words.most);
    }
    // A dated meeting no catalog lists names its series (a catalog id or an entity of the same page) and its year.
    const named = new Set(entities.filter((e) => e.file === file).flatMap((e) => [e.id, e.name]));
    for (const e of entities.filter((x) => x.file === file && (x as { partOf?: string }).partOf)) {
      const m = e as ExpectedEntity & { partOf: string; year?: number; date?: string; ordinal?: number };
      expect(named.has(m.partOf) || catalog.byId.has(m.partOf), `${file}: ${e.name} partOf ${m.partOf}`).toBe(true);
      expect(Number.isInteger(m.year), `${file}: ${e.name}`).toBe(true);
      if (m.date) expect(m.date.startsWith(String(m.year)), `${file}: ${e.name}`).toBe(true);
      if (m.ordinal !== undefined) expect(Number.isInteger(m.ordinal) && m.ordinal > 0, `${file}: ${e.name}`).toBe(true);
    }
  }
}
const isUrl = (u: unknown) => typeof u === "string" && /^https?:\/\/[^\s]+\.[^\s]+/.test(u);

describe("unseen dev set: manifest", () => {
  it("lists every document in the folder exactly once, each with a title, a shape, sources and a half", () => {
    const onDisk = readdirSync(DIR).filter((n) => /\.(txt|md|html)$/.test(n)).sort();
    expect(manifest.documents.map((d) => d.file).sort()).toEqual(onDisk);
    expect(new Set(onDisk).size).toBe(manifest.documents.length);
    expect(onDisk.length).toBeGreaterThanOrEqual(10);
    for (const d of manifest.documents) {
      expect(["tune", "validate"], d.file).toContain(d.split);
      expect(d.title.length, d.file).toBeGreaterThan(5);
      expect(d.shape.length, d.file).toBeGreaterThan(5);
      expect(d.sources.length, d.file).toBeGreaterThan(0);
      for (const u of d.sources) expect(isUrl(u), `${d.file}: ${u}`).toBe(true);
    }
  });

  it("splits the unsealed documents half and half", () => {
    // Sealed rounds go wholly to the validate half, so they are left out of the balance.
    // Round 6 (u35-u42) was written wholly for the tune half, so it is left out of the balance too.
    // So are the pages written wholly for the tune half (rounds.json tuneRounds).
    const open = manifest.documents.filter((d) => !d.sealed && !isTuneRound(d.file));
    const tune = open.filter((d) => d.split === "tune").length;
    expect(Math.abs(2 * tune - open.length)).toBeLessThanOrEqual(1);
  });

  it("puts every sealed document in the validate half, and every sealed round in the table of rounds", () => {
    for (const d of manifest.documents.filter((x) => x.sealed)) expect(d.split, d.file).toBe("validate");
    for (const d of manifest.documents.filter((x) => x.sealed)) expect(ROUNDS.some((r) => picks(r)(d)), d.file).toBe(true);
  });

  for (const round of ROUNDS) {
    const last = round.pages[round.pages.length - 1]!;
    it(`holds ${round.name} (u${round.pages[0]}-u${last}) as committed: ${round.why}`, () => checkRound(round));
  }

  it("keeps the split it was committed with (documents are never moved between halves)", () => {
    // Fixed in the first commit of the dev set, before anything was measured.
    const tune: string[] = ["u01-gmg-profile.txt", "u03-rabat-process-profile.txt", "u05-rcm-puebla-profile.txt", "u07-prague-almaty-digest.txt", "u09-jmdi-second-phase.txt", "u11-gcm-un-network.txt"];
    // The second batch (u13-u20), fixed before those documents were written: halves alternate in file order.
    tune.push("u13-colombo-abu-dhabi-members.txt", "u15-meeting-news-a.txt", "u17-programme-launch.txt", "u19-ilo-migrant-conventions.txt");
    // Round 6 (u35-u42), fixed before these documents were written: all tune, none sealed.
    // Session 10's tune pages (u78-u87), fixed before these documents were written: all tune, none sealed.
    // The tune rounds (rounds.json tuneRounds) were fixed the same way, before their documents were written.
    for (const d of manifest.documents) expect(d.split, d.file).toBe(tune.includes(d.file) || isTuneRound(d.file) ? "tune" : "validate");
    for (const d of manifest.documents.filter((x) => isTuneRound(x.file))) expect(d.sealed, d.file).toBeUndefined();
  });
});

describe("unseen dev set: facts", () => {
  it("has at least 150 relation facts, and false pairs (absent) in every document", () => {
    expect(facts.filter((f) => !f.absent).length).toBeGreaterThanOrEqual(150);
    for (const d of manifest.documents) expect(facts.some((f) => f.file === d.file && f.absent), d.file).toBe(true);
  });

  it("quotes every fact from its own document (whitespace-normalised)", () => {
    const missing = facts.filter((f) => !quoteOccurs(f.quote, text.get(f.file) ?? ""));
    expect(missing.map((f) => `${f.file}: ${f.quote}`)).toEqual([]);
  });

  it("gives every fact a source url, its document's half, a known type and well-formed ends", () => {
    for (const f of facts) {
      const where = `${f.file}: ${f.type} ${f.source ?? f.sourceName} -> ${f.target ?? f.targetName}`;
      expect(isUrl(f.url), where).toBe(true);
      expect(manifest.documents.find((d) => d.file === f.file)?.sources, where).toContain(f.url);
      expect(splitOf.has(f.file), where).toBe(true);
      expect(f.split, where).toBe(splitOf.get(f.file));
      expect(isRelationType(f.type), where).toBe(true);
      if (f.year !== undefined) expect(Number.isInteger(f.year) && f.year > 1900 && f.year < 2100, where).toBe(true);
      for (const side of ["source", "target"] as const) {
        const id = f[side];
        if (id) expect(catalog.byId.has(id), `${where}: ${id} is not a catalog id`).toBe(true);
        else {
          expect(f[`${side}Name`], where).toBeTruthy();
          expect(isEntityKind(f[`${side}Kind`] ?? ""), where).toBe(true);
        }
      }
    }
  });

  it("never states the same fact twice, and never marks a stated fact absent", () => {
    const key = (f: Fact) => `${f.file}|${f.type}|${f.source ?? f.sourceName}|${f.target ?? f.targetName}`;
    const positive = facts.filter((f) => !f.absent).map(key);
    expect(new Set(positive).size).toBe(positive.length);
    const clash = facts.filter((f) => f.absent && positive.includes(key(f)));
    expect(clash.map(key)).toEqual([]);
  });
});

describe("unseen dev set: expected entities", () => {
  it("names a kind and a listed document for each entity, and a real catalog id where one is given", () => {
    expect(entities.length).toBeGreaterThan(100);
    for (const e of entities) {
      expect(splitOf.has(e.file), e.name).toBe(true);
      expect(isEntityKind(e.kind), e.name).toBe(true);
      if (e.id) expect(catalog.byId.get(e.id)?.kind, e.id).toBe(e.kind);
    }
  });

  it("covers both ends of every positive fact of each document", () => {
    const has = (file: string, id?: string, name?: string) => entities.some((e) => e.file === file && (id ? e.id === id : e.name === name));
    for (const f of facts.filter((x) => !x.absent)) {
      expect(has(f.file, f.source, f.sourceName), `${f.file}: ${f.source ?? f.sourceName}`).toBe(true);
      expect(has(f.file, f.target, f.targetName), `${f.file}: ${f.target ?? f.targetName}`).toBe(true);
    }
  });
});
