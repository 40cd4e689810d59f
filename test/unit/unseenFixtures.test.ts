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
// Round 6 (u35-u42, written 2026-12-03, manifest _rule_u35_u42): tune pages added as tuning material, all in the
// tune half from the start; they stand outside the half-and-half balance of the unsealed u01-u20.
const isRound6 = (file: string) => /^u(3[5-9]|4[0-2])-/.test(file);
// Session 10's tune pages (u78-u82 and u85-u87, manifest _rule_u78_u82 and _rule_u83_u87): written blind to the
// extractor by two helpers, all tune. u83 and u84 were written as tune pages too, but went to sealed round 10 first.
const isTune10 = (file: string) => /^u(7[89]|8[0-25-7])-/.test(file);
// Session 11's tune pages (u95-u101, manifest _rule_u95_u101): written blind to the extractor by one helper, all tune.
const isTune11 = (file: string) => /^u(9[5-9]|10[01])-/.test(file);
// Session 12's tune pages (u109-u115, manifest _rule_u109_u115): written blind to the extractor by one helper, all tune.
const isTune12 = (file: string) => /^u(109|11[0-5])-/.test(file);
// Session 13's tune pages (u123-u129, manifest _rule_u123_u129): written blind to the extractor by one helper, all tune.
const isTune13 = (file: string) => /^u12[3-9]-/.test(file);
// Session 17's tune pages (u165-u170, manifest _rule_u165_u170): written blind to the extractor by one helper, all tune
// but u167, in the shapes the tune half lacked (relation ends far apart on the page). u167 shares its subject with
// sealed page u158, so it was sealed with round 18 at the merge.
const isTune18 = (file: string) => /^u(16[5689]|170)-/.test(file);
// Session 18's tune pages (u171-u176, manifest _rule_u171_u176): written blind to the extractor by one helper, all tune,
// in the shapes fresh pages lose most facts in (dated meetings with their participants, memberships, countries of operation).
const isTune19 = (file: string) => /^u17[1-6]-/.test(file);
// Session 19's tune pages (u184-u189, manifest _rule_u184_u189): written blind to the extractor by one helper, all tune
// but u185, which shares its subject with sealed page u181 and was sealed with round 19 at the merge;
// in the shapes fresh pages lose most facts in (meeting outcome, programme table, process structure, regional office, launch news, timeline).
const isTune20 = (file: string) => /^u18[46-9]-/.test(file);
// Session 20's tune pages (u197-u201, manifest _rule_u197_u201): written blind to the extractor by one helper, all tune,
// in the shapes fresh pages lose most facts in (meeting report, conference series table, acronym-first initiative profile, ministerial news, NGO network).
const isTune21 = (file: string) => /^u(19[7-9]|20[01])-/.test(file);
// Session 21's tune pages (u209-u213, manifest _rule_u209_u213): written blind to the extractor by one helper, all tune,
// in the shapes fresh pages lose most facts in (members listed far below, two-treaty status table, initiative named
// without a kind word, one-off meetings named in the plural, dateline news of a signing), on subjects based in Europe, the Americas and Africa.
const isTune22 = (file: string) => /^u(209|21[0-3])-/.test(file);
// Session 22's tune pages (u221-u225, manifest _rule_u221_u225): written blind to the extractor by one helper, all tune,
// in the shapes fresh pages lose most facts in (sessions numbered by ordinal, a coined-name programme fact sheet, members
// listed far below with a chair rotation in prose, news built around people, a treaty page in prose), on subjects based in
// Asia, the Pacific and the Middle East or global.
const isTune23 = (file: string) => /^u22[1-5]-/.test(file);
// Session 23's tune pages (u233-u237, manifest _rule_u233_u237): written blind to the extractor by one helper, all tune,
// in the shapes fresh pages lose most facts in (a consultative process told meeting by meeting, a conference as the hub
// of a news item, a fact sheet of label rows and phases, an agency with sub-units and offices, a treaty's ratifications
// in prose), on subjects based in Africa and Europe.
const isTune24 = (file: string) => /^u23[3-7]-/.test(file);
// Session 24's tune pages (u245-u249, manifest _rule_u245_u249): written blind to the extractor by one helper, all tune,
// in the shapes fresh pages lose most facts in (a consultative series told meeting by meeting, an unnamed event as the
// hub of a news item, a fact sheet of label rows and phases, an organization with sub-units and offices, a treaty's
// acceptances in prose), on subjects based in Asia, the Middle East or global.
const isTune25 = (file: string) => /^u24[5-9]-/.test(file);
// Session 25's tune pages (u257-u261, manifest _rule_u257_u261): written blind to the extractor by one helper, all tune,
// in the shapes fresh pages lose most facts in (an inter-regional dialogue told meeting by meeting, an unnamed event as
// the hub of a news item, a fact sheet of label rows and phases, an organization with sub-units and offices, a treaty's
// States told in prose), on subjects based in Africa, Europe and the Americas.
const isTune26 = (file: string) => /^u(25[7-9]|26[01])-/.test(file);
// Session 26's tune pages (u269-u273, manifest _rule_u269_u273): written blind to the extractor by one helper, all tune,
// in the shapes fresh pages lose most facts in (a conference series told meeting by meeting, an unnamed event as the
// hub of a news item, a fact sheet of label rows and phases, an organization with sub-units, offices and memberships,
// a treaty's ratifications in prose), on subjects based in Asia, the Pacific, the Middle East or global.
const isTune27 = (file: string) => /^u(269|27[0-3])-/.test(file);
// Session 27's tune pages (u281-u285, manifest _rule_u281_u285): written blind to the extractor by one helper, all tune,
// in the shapes fresh pages lose most facts in (a ministerial committee told session by session, an unnamed event as
// the hub of a news item, a fact sheet of label rows and phases, an organization with sub-units, offices and a network
// membership, a network whose members are listed far below its name), on subjects based in Africa, Europe and the Americas.
const isTune28 = (file: string) => /^u28[1-5]-/.test(file);

/**
 * One blind round as committed: its pages (picked by their sealed stamp, or by the tune-page pattern above), and
 * the floors its writer was held to. Every round is checked the same way (checkRound); a floor left out was not
 * part of that round's brief.
 */
interface Round {
  name: string;
  pick: (d: Doc) => boolean;
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
const sealedAs = (stamp: string) => (d: Doc) => d.sealed === stamp;
const tunePage = (isTune: (file: string) => boolean) => (d: Doc) => isTune(d.file);
const span = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);
const PAGE_WORDS = { least: 500, most: 1200 };
const ROUNDS: Round[] = [
  { name: "sealed round 4", pick: sealedAs("2026-12-02 round 4"), pages: span(21, 27), perPage: { facts: 20 }, why: "sealed when written; bench:recall reports it as unseen/sealed-r4" },
  { name: "sealed round 5", pick: sealedAs("2026-12-02 round 5"), pages: span(28, 34), total: { facts: 200, absent: 30 }, why: "sealed when written, before any round-5 extraction change" },
  { name: "sealed round 6", pick: sealedAs("2026-12-03 round 6"), pages: span(43, 49), total: { facts: 200, absent: 30 }, why: "written beside the round-6 tune pages, sealed before any round-6 change was measured on them" },
  { name: "sealed round 7", pick: sealedAs("2026-12-03 round 7"), pages: span(50, 56), perPage: { facts: 20, absent: 3 }, total: { facts: 200, absent: 25 }, why: "written blind by a helper that changed no extraction code (manifest _rule_u50_u56)" },
  { name: "sealed round 8", pick: sealedAs("2026-12-03 (session 8) round 8"), pages: span(57, 63), perPage: { facts: 20, absent: 3 }, total: { facts: 7 * 22, absent: 7 * 3 }, why: "written blind in session 8 (manifest _rule_u57_u63)" },
  // One ratification status page states fewer facts than the others.
  { name: "sealed round 9", pick: sealedAs("2026-12-03 (session 9) round 9"), pages: span(64, 70), perPage: { facts: 15, absent: 4 }, total: { facts: 200, absent: 30 }, why: "written blind in session 9 (manifest _rule_u64_u70)" },
  { name: "sealed round 10", pick: sealedAs("2026-12-03 (session 10) round 10"), pages: [...span(71, 77), 83, 84], perPage: { facts: 20, absent: 4 }, total: { facts: 240, absent: 40 }, why: "written blind in session 10, u83-u84 by a second writer (manifest _rule_u71_u77)" },
  // A chronology, a fact sheet and an announcement state fewer facts than the membership pages.
  { name: "sealed round 11", pick: sealedAs("2026-12-03 (session 10) round 11"), pages: span(88, 94), perPage: { facts: 18, absent: 5 }, total: { facts: 190, absent: 35 }, why: "written blind in session 10 by one writer (manifest _rule_u88_u94)" },
  { name: "sealed round 12", pick: sealedAs("2026-12-03 (session 11) round 12"), pages: span(102, 108), perPage: { facts: 20, absent: 5 }, total: { facts: 160, absent: 40 }, why: "written blind in session 11 by one writer (manifest _rule_u102_u108)" },
  { name: "sealed round 13", pick: sealedAs("2026-12-03 (session 12) round 13"), pages: span(116, 122), perPage: { facts: 20, absent: 5 }, words: PAGE_WORDS, allowedKinds: true, why: "written blind in session 12 by one writer (manifest _rule_u116_u122)" },
  { name: "sealed round 14", pick: sealedAs("2026-12-04 (session 13) round 14"), pages: span(130, 136), perPage: { facts: 20, absent: 5 }, words: PAGE_WORDS, allowedKinds: true, why: "written blind in session 13 by one writer (manifest _rule_u130_u136)" },
  { name: "sealed round 15", pick: sealedAs("2026-12-04 (session 14) round 15"), pages: span(137, 143), perPage: { facts: 20, absent: 5 }, words: PAGE_WORDS, allowedKinds: true, why: "written blind in session 14 by one writer (manifest _rule_u137_u143)" },
  { name: "sealed round 16", pick: sealedAs("2026-12-04 (session 15) round 16"), pages: span(144, 150), perPage: { facts: 20, absent: 5 }, words: PAGE_WORDS, allowedKinds: true, why: "written blind in session 15 by one writer (manifest _rule_u144_u150)" },
  { name: "sealed round 17", pick: sealedAs("2026-12-04 (session 16) round 17"), pages: span(151, 157), perPage: { facts: 20, absent: 5 }, words: PAGE_WORDS, allowedKinds: true, why: "written blind in session 16 by one writer (manifest _rule_u151_u157)" },
  { name: "sealed round 18", pick: sealedAs("2026-12-04 (session 17) round 18"), pages: [...span(158, 164), 167], perPage: { facts: 20, absent: 5 }, words: PAGE_WORDS, allowedKinds: true, why: "written blind in session 17, u167 by the tune-page writer and moved here at the merge (manifest _rule_u158_u164)" },
  { name: "sealed round 19", pick: sealedAs("2026-12-05 (session 19) round 19"), pages: [...span(177, 183), 185], perPage: { facts: 20, absent: 5 }, words: PAGE_WORDS, allowedKinds: true, why: "written blind in session 19, u185 by the tune-page writer and moved here at the merge (manifest _rule_u177_u183)" },
  { name: "sealed round 20", pick: sealedAs("2026-12-05 (session 20) round 20"), pages: span(190, 196), perPage: { facts: 20, absent: 5 }, words: PAGE_WORDS, allowedKinds: true, why: "written blind in session 20 by one writer (manifest _rule_u190_u196)" },
  { name: "sealed round 21", pick: sealedAs("2026-12-05 (session 21) round 21"), pages: span(202, 208), perPage: { facts: 20, absent: 5 }, words: PAGE_WORDS, allowedKinds: true, why: "written blind in session 21 by one writer (manifest _rule_u202_u208)" },
  { name: "sealed round 22", pick: sealedAs("2026-12-05 (session 22) round 22"), pages: span(214, 220), perPage: { facts: 20, absent: 5 }, words: PAGE_WORDS, allowedKinds: true, why: "written blind in session 22 by one writer (manifest _rule_u214_u220)" },
  { name: "sealed round 23", pick: sealedAs("2026-12-05 (session 23) round 23"), pages: span(226, 232), perPage: { facts: 20, absent: 5 }, words: PAGE_WORDS, allowedKinds: true, why: "written blind in session 23 by one writer (manifest _rule_u226_u232)" },
  { name: "sealed round 24", pick: sealedAs("2026-12-05 (session 24) round 24"), pages: span(238, 244), perPage: { facts: 20, absent: 5 }, words: PAGE_WORDS, allowedKinds: true, why: "written blind in session 24 by one writer (manifest _rule_u238_u244)" },
  { name: "sealed round 25", pick: sealedAs("2026-12-05 (session 25) round 25"), pages: span(250, 256), perPage: { facts: 20, absent: 5 }, words: PAGE_WORDS, allowedKinds: true, why: "written blind in session 25 by one writer (manifest _rule_u250_u256)" },
  { name: "sealed round 26", pick: sealedAs("2026-12-05 (session 26) round 26"), pages: span(262, 268), perPage: { facts: 20, absent: 5 }, words: PAGE_WORDS, allowedKinds: true, why: "written blind in session 26 by one writer (manifest _rule_u262_u268)" },
  { name: "sealed round 27", pick: sealedAs("2026-12-05 (session 27) round 27"), pages: span(274, 280), perPage: { facts: 20, absent: 5 }, words: PAGE_WORDS, allowedKinds: true, why: "written blind in session 27 by one writer (manifest _rule_u274_u280)" },
  { name: "session 11's tune pages", pick: tunePage(isTune11), pages: span(95, 101), perPage: { facts: 20, absent: 5 }, words: PAGE_WORDS, why: "written blind by one helper (manifest _rule_u95_u101)" },
  { name: "session 12's tune pages", pick: tunePage(isTune12), pages: span(109, 115), perPage: { facts: 20, absent: 5 }, words: PAGE_WORDS, why: "written blind by one helper (manifest _rule_u109_u115)" },
  { name: "session 13's tune pages", pick: tunePage(isTune13), pages: span(123, 129), perPage: { facts: 20, absent: 5 }, words: PAGE_WORDS, allowedKinds: true, why: "written blind by one helper (manifest _rule_u123_u129)" },
  { name: "session 17's tune pages", pick: tunePage(isTune18), pages: [165, 166, 168, 169, 170], perPage: { facts: 25, absent: 5 }, words: PAGE_WORDS, allowedKinds: true, why: "written blind by one helper in the shapes the tune half lacked (manifest _rule_u165_u170)" },
  { name: "session 18's tune pages", pick: tunePage(isTune19), pages: span(171, 176), perPage: { facts: 25, absent: 5 }, words: PAGE_WORDS, allowedKinds: true, why: "written blind by one helper in the shapes fresh pages lose most facts in (manifest _rule_u171_u176)" },
  { name: "session 19's tune pages", pick: tunePage(isTune20), pages: [184, 186, 187, 188, 189], perPage: { facts: 25, absent: 5 }, words: PAGE_WORDS, allowedKinds: true, why: "written blind by one helper in the shapes fresh pages lose most facts in and the tune half lacked (manifest _rule_u184_u189)" },
  { name: "session 20's tune pages", pick: tunePage(isTune21), pages: span(197, 201), perPage: { facts: 25, absent: 5 }, words: PAGE_WORDS, allowedKinds: true, why: "written blind by one helper in the shapes fresh pages lose most facts in, on subjects based in Asia and the Pacific (manifest _rule_u197_u201)" },
  // The treaty status page (u210) states fewer facts than the others: the public register pages found gave only part of the table.
  { name: "session 21's tune pages", pick: tunePage(isTune22), pages: span(209, 213), perPage: { facts: 20, absent: 5 }, total: { facts: 135, absent: 25 }, words: PAGE_WORDS, allowedKinds: true, why: "written blind by one helper in the shapes fresh pages lose most facts in, on subjects based in Europe, the Americas and Africa (manifest _rule_u209_u213)" },
  { name: "session 22's tune pages", pick: tunePage(isTune23), pages: span(221, 225), perPage: { facts: 25, absent: 5 }, words: PAGE_WORDS, allowedKinds: true, why: "written blind by one helper in the shapes fresh pages lose most facts in, on subjects based in Asia, the Pacific and the Middle East or global (manifest _rule_u221_u225)" },
  { name: "session 23's tune pages", pick: tunePage(isTune24), pages: span(233, 237), perPage: { facts: 25, absent: 5 }, words: PAGE_WORDS, allowedKinds: true, why: "written blind by one helper in the shapes fresh pages lose most facts in, on subjects based in Africa and Europe (manifest _rule_u233_u237)" },
  { name: "session 24's tune pages", pick: tunePage(isTune25), pages: span(245, 249), perPage: { facts: 25, absent: 5 }, words: PAGE_WORDS, allowedKinds: true, why: "written blind by one helper in the shapes fresh pages lose most facts in, on subjects based in Asia, the Middle East or global (manifest _rule_u245_u249)" },
  { name: "session 25's tune pages", pick: tunePage(isTune26), pages: span(257, 261), perPage: { facts: 25, absent: 5 }, words: PAGE_WORDS, allowedKinds: true, why: "written blind by one helper in the shapes fresh pages lose most facts in, on subjects based in Africa, Europe and the Americas (manifest _rule_u257_u261)" },
  { name: "session 26's tune pages", pick: tunePage(isTune27), pages: span(269, 273), perPage: { facts: 25, absent: 5 }, words: PAGE_WORDS, allowedKinds: true, why: "written blind by one helper in the shapes fresh pages lose most facts in, on subjects based in Asia, the Pacific, the Middle East or global (manifest _rule_u269_u273)" },
  { name: "session 27's tune pages", pick: tunePage(isTune28), pages: span(281, 285), perPage: { facts: 25, absent: 5 }, words: PAGE_WORDS, allowedKinds: true, why: "written blind by one helper in the shapes fresh pages lose most facts in, on subjects based in Africa, Europe and the Americas (manifest _rule_u281_u285)" },
];
const kindOf = (id: string | undefined, kind: string | undefined) => (id ? catalog.byId.get(id)?.kind : kind) as EntityKind;

/** The same assertions for every round, against the floors its row sets. */
function checkRound(round: Round): void {
  const docs = manifest.documents.filter(round.pick);
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
    // So were session 10's tune pages (u78-u87), session 11's (u95-u101), session 12's (u109-u115), session 13's (u123-u129), session 17's (u165-u170), session 18's (u171-u176), session 19's (u184, u186-u189), session 20's (u197-u201), session 21's (u209-u213), session 22's (u221-u225), session 23's (u233-u237), session 24's (u245-u249), session 25's (u257-u261), session 26's (u269-u273) and session 27's (u281-u285).
    const isTuneRound = (file: string) => isRound6(file) || isTune10(file) || isTune11(file) || isTune12(file) || isTune13(file) || isTune18(file) || isTune19(file) || isTune20(file) || isTune21(file) || isTune22(file) || isTune23(file) || isTune24(file) || isTune25(file) || isTune26(file) || isTune27(file) || isTune28(file);
    const open = manifest.documents.filter((d) => !d.sealed && !isTuneRound(d.file));
    const tune = open.filter((d) => d.split === "tune").length;
    expect(Math.abs(2 * tune - open.length)).toBeLessThanOrEqual(1);
  });

  it("puts every sealed document in the validate half, and every sealed round in the table of rounds", () => {
    for (const d of manifest.documents.filter((x) => x.sealed)) expect(d.split, d.file).toBe("validate");
    for (const d of manifest.documents.filter((x) => x.sealed)) expect(ROUNDS.some((r) => r.pick(d)), d.file).toBe(true);
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
    // Session 11's tune pages (u95-u101), session 12's (u109-u115), session 13's (u123-u129), session 17's (u165-u170), session 18's (u171-u176), session 19's (u184, u186-u189), session 20's (u197-u201), session 21's (u209-u213), session 22's (u221-u225), session 23's (u233-u237), session 24's (u245-u249), session 25's (u257-u261), session 26's (u269-u273) and session 27's (u281-u285), fixed the same way.
    const isTuneRound = (file: string) => isRound6(file) || isTune10(file) || isTune11(file) || isTune12(file) || isTune13(file) || isTune18(file) || isTune19(file) || isTune20(file) || isTune21(file) || isTune22(file) || isTune23(file) || isTune24(file) || isTune25(file) || isTune26(file) || isTune27(file) || isTune28(file);
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
