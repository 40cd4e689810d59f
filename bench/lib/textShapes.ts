/**
 * Pathological text shapes built from the corpus's own text, for the ingest benchmark:
 * PDF dumps and minified pages arrive with no line breaks, no blank lines or no full stops.
 */
import type { SourceFile } from "../../ingest/core/types.js";

const MB = 1024 * 1024;

/** `text` repeated (whitespace collapsed) until it is `bytes` long, cut at a space. */
function filled(text: string, bytes: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  let out = flat;
  while (out.length < bytes) out += ` ${flat}`;
  const cut = out.lastIndexOf(" ", bytes);
  return out.slice(0, cut > 0 ? cut : bytes);
}

function file(name: string, text: string): SourceFile {
  return { path: name, name, format: "txt", text, bytes: Buffer.byteLength(text), hash: name };
}

export interface TextShape {
  label: string;
  file: SourceFile;
}

/** One-line 1 MB and 5 MB files, one 1 MB sentence (no . ! ?), one 1 MB hard-wrapped paragraph (no blank line). */
export function textShapes(corpusText: string): TextShape[] {
  const line1 = filled(corpusText, MB);
  return [
    { label: "one line, 1 MB", file: file("one-line-1mb.txt", `${line1}\n`) },
    { label: "one line, 5 MB", file: file("one-line-5mb.txt", `${filled(corpusText, 5 * MB)}\n`) },
    { label: "one sentence, 1 MB", file: file("one-sentence-1mb.txt", `${line1.replace(/[.!?]/g, ",")}\n`) },
    { label: "one wrapped paragraph, 1 MB", file: file("one-paragraph-1mb.txt", `${line1.replace(/(.{1,78})(?: |$)/g, "$1\n")}`) },
  ];
}
