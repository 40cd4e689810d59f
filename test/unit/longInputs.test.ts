import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { normalise } from "../../ingest/core/normalise.js";
import { MAX_SENTENCE_CHARS, splitSentences } from "../../ingest/core/sentences.js";
import { MAX_PASSAGE_CHARS } from "../../ingest/core/splitLongBlock.js";
import { structure } from "../../ingest/core/structure.js";
import type { SourceFile } from "../../ingest/core/types.js";

const file = (text: string): SourceFile => ({ path: "big.txt", name: "big.txt", format: "txt", text, bytes: Buffer.byteLength(text), hash: "h" });
const SENTENCES = [
  "IOM and UNDP support the Global Forum on Migration and Development.",
  "The delegates talked about remittances, labour mobility and return for a whole afternoon.",
  "UNHCR is a member of the Global Migration Group.",
  "Several ministries sent observers who asked about visas and recruitment fees.",
];
/** `n` characters of one line: the sentences above, repeated, with no line break. */
const oneLine = (n: number, transform = (s: string) => s) => {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < n; i++) {
    const s = transform(SENTENCES[i % SENTENCES.length]!);
    parts.push(s);
    size += s.length + 1;
  }
  return parts.join(" ");
};

describe("text with no line breaks or no sentence ends", () => {
  it("turns a one-line 1 MB file into capped passages that tile the line with exact offsets", () => {
    const text = oneLine(1024 * 1024);
    const [graph] = buildGraphs([file(text)], defaultCatalog());
    expect(graph!.passages.length).toBeGreaterThan(text.length / MAX_PASSAGE_CHARS);
    let cursor = 0;
    for (const p of graph!.passages) {
      expect(p.text.length).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
      expect(text.slice(p.start, p.end)).toBe(p.text);
      expect(text.slice(cursor, p.start).trim()).toBe("");
      cursor = p.end;
    }
    expect(text.slice(cursor).trim()).toBe("");
    const supports = graph!.relations.find((r) => r.type === "SUPPORTS" && r.sourceId === "org:iom" && r.targetId === "forum:gfmd");
    expect(supports?.evidence.length).toBeGreaterThan(1);
    expect(new Set(graph!.passages.map((p) => p.id)).size).toBe(graph!.passages.length);
  });

  it("cuts one enormous sentence into pieces no longer than the cap, at spaces, with exact offsets", () => {
    const text = oneLine(300_000, (s) => s.replace(/\.$/, ","));
    const [block] = normalise(file(text));
    const sentences = splitSentences(block!);
    expect(sentences.length).toBeGreaterThan(text.length / MAX_SENTENCE_CHARS);
    for (const s of sentences) {
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).not.toMatch(/^\s|\s$/);
    }
    // Cut at a word boundary: no word is split between two pieces.
    for (let i = 1; i < sentences.length; i++) expect(text[sentences[i]!.start - 1]).toBe(" ");
  });

  it("keeps an ordinary long paragraph as one passage and sentences as they are", () => {
    const text = oneLine(MAX_PASSAGE_CHARS - 200);
    const doc = structure(file(text), normalise(file(text)), () => null);
    expect(doc.passages).toHaveLength(1);
    expect(doc.passages[0]!.sentences.map((s) => s.text)).toEqual(text.match(/[^.]+\./g)!.map((s) => s.trim()));
  });

  it("handles a hard-wrapped paragraph with no blank line like a one-line one", () => {
    const text = oneLine(200_000).replace(/(.{1,78})(?: |$)/g, "$1\n");
    const doc = structure(file(text), normalise(file(text)), () => null);
    expect(doc.passages.length).toBeGreaterThan(text.length / MAX_PASSAGE_CHARS);
    for (const p of doc.passages) expect(p.text.length).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
  });
});
