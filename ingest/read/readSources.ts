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

/** Expands folders (sorted, non-recursive into hidden entries; README files skipped). */
export function expandPaths(paths: string[]): { files: string[]; errors: SourceError[] } {
  const files: string[] = [];
  const errors: SourceError[] = [];
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      errors.push(new SourceError(path, "no such file or folder"));
      continue;
    }
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        if (name.startsWith(".") || /^readme/i.test(name)) continue;
        const full = join(path, name);
        if (statSync(full).isFile()) files.push(full);
      }
    } else files.push(path);
  }
  return { files, errors };
}

/** Validates and decodes one file; never returns partial content. */
export function readSource(path: string, bytes: Buffer = readFileSync(path)): SourceFile {
  const format = FORMATS[extname(path).toLowerCase()];
  if (!format) throw new SourceError(path, `unsupported extension "${extname(path) || "(none)"}" (expected .txt, .md or .html)`);
  if (bytes.length === 0) throw new SourceError(path, "file is empty");
  if (bytes.length > MAX_FILE_BYTES) throw new SourceError(path, `file is ${bytes.length} bytes, over the ${MAX_FILE_BYTES}-byte limit`);
  if (bytes.subarray(0, 8192).includes(0)) throw new SourceError(path, "file looks binary (contains NUL bytes)");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new SourceError(path, "file is not valid UTF-8");
  }
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
