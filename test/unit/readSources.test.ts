import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSource, readSources } from "../../ingest/read/readSources.js";

const TEXT = "The Global Forum on Migration and Development met in Geneva. “Données” – naïve café ☕ survived the trip.\n";
const utf16be = (s: string) => {
  const le = Buffer.from(s, "utf16le");
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
};
const tempDir = () => mkdtempSync(join(tmpdir(), "mg-read-"));

describe("reading folders", () => {
  it("names an empty folder, and a folder holding only a README, instead of silently reading nothing", () => {
    const empty = tempDir();
    const onlyReadme = tempDir();
    writeFileSync(join(onlyReadme, "README.md"), "# about\n");
    const { sources, errors } = readSources([empty, onlyReadme]);
    expect(sources).toEqual([]);
    expect(errors.map((e) => e.message)).toEqual([`${empty}: folder holds no documents to ingest (expected .txt, .md or .html files)`, `${onlyReadme}: folder holds no documents to ingest (expected .txt, .md or .html files)`]);
  });

  it("names a path that cannot be opened as a folder, and still reads the good paths", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), TEXT);
    const { sources, errors } = readSources([join(dir, "a.txt", "inside"), dir]);
    expect(errors.map((e) => e.message)).toEqual([`${join(dir, "a.txt", "inside")}: cannot be read (ENOTDIR)`]);
    expect(sources.map((s) => s.name)).toEqual(["a.txt"]);
  });

  it.skipIf(process.getuid?.() === 0)("names a folder it is not allowed to list", () => {
    const dir = tempDir();
    const locked = join(dir, "locked");
    mkdirSync(locked);
    chmodSync(locked, 0o000);
    try {
      expect(readSources([locked]).errors.map((e) => e.message)).toEqual([`${locked}: folder cannot be read (EACCES)`]);
    } finally {
      chmodSync(locked, 0o700);
    }
  });
});

describe("decoding files", () => {
  it("decodes UTF-16 with a byte-order mark, little- and big-endian, to the same text as UTF-8", () => {
    const le = readSource("le.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, "utf16le")]));
    const be = readSource("be.txt", Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)]));
    const utf8 = readSource("u8.txt", Buffer.from(TEXT, "utf8"));
    expect(le.text).toBe(utf8.text);
    expect(be.text).toBe(utf8.text);
    expect(le.hash).not.toBe(utf8.hash);
  });

  it("refuses UTF-16 without a byte-order mark with a message saying how to convert it", () => {
    expect(() => readSource("x.txt", Buffer.from(TEXT.replace(/[^\x20-\x7e\n]/g, "?"), "utf16le"))).toThrow(/x\.txt: file looks like UTF-16LE text without a byte-order mark; convert it to UTF-8, e\.g\. `iconv -f UTF-16LE -t UTF-8/);
    expect(() => readSource("y.txt", utf16be(TEXT.replace(/[^\x20-\x7e\n]/g, "?")))).toThrow(/y\.txt: file looks like UTF-16BE/);
  });

  it("still calls binary files binary and other encodings not UTF-8", () => {
    expect(() => readSource("b.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 1, 0, 0, 0, 0, 200]))).toThrow(/b\.txt: file looks binary/);
    expect(() => readSource("l.txt", Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61]))).toThrow(/l\.txt: file is not valid UTF-8 .*iconv/);
    expect(() => readSource("bad16.txt", Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41]))).toThrow(/bad16\.txt: file starts with a UTF-16LE byte-order mark but is not valid UTF-16LE/);
  });
});
