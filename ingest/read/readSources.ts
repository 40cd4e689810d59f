import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import type { SourceFile } from "../core/types.js";

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
const FORMATS: Record<string, SourceFile["format"]> = { ".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html" };

/** A file that cannot be ingested; the message names the file and the reason. */
export class SourceError extends Error {
  constructor(readonly path: string, reason: string) {
    super(`${path}: ${reason}`);
    this.name = "SourceError";
  }
}

/**
 * Expands folders (sorted, non-recursive into hidden entries; README files skipped).
 * A folder that cannot be listed, or holds no file to read, is an error naming the folder.
 */
export function expandPaths(paths: string[]): { files: string[]; errors: SourceError[] } {
  const files: string[] = [];
  const errors: SourceError[] = [];
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch (error) {
      errors.push(new SourceError(path, (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file or folder" : `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`));
      continue;
    }
    if (!stat.isDirectory()) {
      files.push(path);
      continue;
    }
    let names: string[];
    try {
      names = readdirSync(path).sort();
    } catch (error) {
      errors.push(new SourceError(path, `folder cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`));
      continue;
    }
    const before = files.length;
    for (const name of names) {
      if (name.startsWith(".") || /^readme/i.test(name)) continue;
      const full = join(path, name);
      try {
        if (statSync(full).isFile()) files.push(full);
      } catch (error) {
        errors.push(new SourceError(full, `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`));
      }
    }
    if (files.length === before) errors.push(new SourceError(path, "folder holds no documents to ingest (expected .txt, .md or .html files)"));
  }
  return { files, errors };
}

const UTF16_BOMS: Array<[number, number, "utf-16le" | "utf-16be"]> = [
  [0xff, 0xfe, "utf-16le"],
  [0xfe, 0xff, "utf-16be"],
];

/** Text in UTF-16 without a byte-order mark: mostly NULs at one parity, printable ASCII at the other. */
function utf16WithoutBom(head: Buffer): "UTF-16LE" | "UTF-16BE" | null {
  if (head.length < 16) return null;
  const printable = (c: number) => c === 9 || c === 10 || c === 13 || (c >= 32 && c < 127);
  for (const [zeroAt, name] of [[1, "UTF-16LE"], [0, "UTF-16BE"]] as const) {
    let pairs = 0;
    let hits = 0;
    for (let i = 0; i + 1 < head.length; i += 2, pairs++) if (head[i + zeroAt] === 0 && printable(head[i + 1 - zeroAt]!)) hits++;
    if (hits >= pairs * 0.8) return name;
  }
  return null;
}

/** UTF-16 (with a byte-order mark) or UTF-8; other encodings get a message saying how to convert. */
function decode(path: string, bytes: Buffer): string {
  const bom = UTF16_BOMS.find(([a, b]) => bytes[0] === a && bytes[1] === b);
  if (bom) {
    try {
      return new TextDecoder(bom[2], { fatal: true }).decode(bytes);
    } catch {
      throw new SourceError(path, `file starts with a ${bom[2].toUpperCase()} byte-order mark but is not valid ${bom[2].toUpperCase()}`);
    }
  }
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) {
    const utf16 = utf16WithoutBom(head);
    if (utf16) throw new SourceError(path, `file looks like ${utf16} text without a byte-order mark; convert it to UTF-8, e.g. \`iconv -f ${utf16} -t UTF-8 in.txt > out.txt\``);
    throw new SourceError(path, "file looks binary (contains NUL bytes)");
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new SourceError(path, "file is not valid UTF-8 (or UTF-16 with a byte-order mark); convert it, e.g. `iconv -f WINDOWS-1252 -t UTF-8 in.txt > out.txt`");
  }
}

/** Validates and decodes one file; never returns partial content. */
export function readSource(path: string, bytes: Buffer = readFileSync(path)): SourceFile {
  const format = FORMATS[extname(path).toLowerCase()];
  if (!format) throw new SourceError(path, `unsupported extension "${extname(path) || "(none)"}" (expected .txt, .md or .html)`);
  if (bytes.length === 0) throw new SourceError(path, "file is empty");
  if (bytes.length > MAX_FILE_BYTES) throw new SourceError(path, `file is ${bytes.length} bytes, over the ${MAX_FILE_BYTES}-byte limit`);
  const text = decode(path, bytes);
  if (text.trim().length === 0) throw new SourceError(path, "file has no text");
  return { path, name: basename(path), format, text: text.replace(/\r\n?/g, "\n"), bytes: bytes.length, hash: createHash("sha256").update(bytes).digest("hex") };
}

export function readSources(paths: string[]): { sources: SourceFile[]; errors: SourceError[] } {
  const { files, errors } = expandPaths(paths);
  const sources: SourceFile[] = [];
  for (const file of files) {
    try {
      sources.push(readSource(file));
    } catch (error) {
      if (error instanceof SourceError) errors.push(error);
      else errors.push(new SourceError(file, (error as Error).message));
    }
  }
  return { sources, errors };
}
