import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { foldWord, foldWords } from "../../ingest/core/fold.js";
import { matchTokens as scanned } from "../../ingest/core/matchTokens.js";

/** The fields the expression defines (each token also holds its word's shared entry). */
const matchTokens = (text: string) => scanned(text).map(({ text, fold, start, end }) => ({ text, fold, start, end }));

/** The definition matchTokens scans by hand: one regular expression, then a trailing possessive dropped. */
const WORD = /[\p{L}\p{N}]+(?:[’'.+][\p{L}\p{N}]+)*|&|,/gu;
function byExpression(text: string) {
  const out: Array<{ text: string; fold: string; start: number; end: number }> = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    if (/[’']s$/.test(word) && word.length > 2) word = word.slice(0, -2);
    const fold = foldWord(word);
    if (fold) out.push({ text: word, fold, start: m.index!, end: m.index! + word.length });
  }
  return out;
}

/** The definition foldWords scans by hand: no commas, a possessive dropped, empty folds left out. */
const NAME_WORD = /[\p{L}\p{N}]+(?:[’'.+][\p{L}\p{N}]+)*|&/gu;
const foldWordsByExpression = (name: string) => [...name.matchAll(NAME_WORD)].map((m) => foldWord(m[0].replace(/[’']s$/, ""))).filter((w) => w);

const corpus = "data/corpus";
const files = readdirSync(corpus).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(corpus, f), "utf8"));

describe("matchTokens", () => {
  it("reads the words the expression reads, on every corpus paragraph", () => {
    const paragraphs = files.flatMap((t) => t.split(/\n\s*\n/));
    expect(paragraphs.length).toBeGreaterThan(1000);
    for (const p of paragraphs) expect(matchTokens(p)).toEqual(byExpression(p));
    for (const p of paragraphs) expect(foldWords(p)).toEqual(foldWordsByExpression(p));
  });

  it("reads joiners, possessives, accents, other scripts and astral letters as the expression does", () => {
    const samples = [
      "IOM’s and UNHCR's work; s's x'y 'a' a.b. U.S. 3+4 C++ d&e ,, ’s",
      "Organisation internationale pour les migrations (OIM), Bélgica, São Tomé e Príncipe, Ｕ Ｎ",
      "١٢٣ مرحبا 中文 𝐀𝐁c 𝟙𝟚 x\ud800y \udc00 é (e + U+0301)",
      "a’", "ab's", "as", "x's's", "it’s’", "C+", "No. 97", "Co-operation & Development",
    ];
    for (const s of samples) expect(matchTokens(s)).toEqual(byExpression(s));
    for (const s of samples) expect(foldWords(s)).toEqual(foldWordsByExpression(s));
  });

  it("gives every token written the same way one shared entry with its fold", () => {
    const tokens = scanned("IOM and iom, IOM’s Organisation; organisation");
    expect(tokens.map((t) => t.word.fold)).toEqual(tokens.map((t) => t.fold));
    expect(tokens[0]!.word).toBe(tokens[4]!.word);
    expect(tokens[0]!.word).not.toBe(tokens[2]!.word);
    expect(tokens[5]!.word).not.toBe(tokens[6]!.word);
    expect(tokens[5]!.fold).toBe(tokens[6]!.fold);
  });

  it("reads random strings over the characters that decide a word's edges as the expression does", () => {
    const alphabet = ["a", "S", "s", "9", "é", "𝐀", "’", "'", ".", "+", "&", ",", " ", "-", "\ud800", "中"];
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let k = 0; k < 3000; k++) {
      const s = Array.from({ length: 1 + Math.floor(next() * 12) }, () => alphabet[Math.floor(next() * alphabet.length)]).join("");
      expect(matchTokens(s), JSON.stringify(s)).toEqual(byExpression(s));
      expect(foldWords(s), JSON.stringify(s)).toEqual(foldWordsByExpression(s));
    }
  });
});
