import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { createMatcher, recognise } from "../../ingest/core/recognise.js";
import { resolve } from "../../ingest/core/resolve.js";
import { TREATY_OWNED_BODY } from "../../ingest/core/treatyOwnedBody.js";

const catalog = defaultCatalog();
/** The names a sentence inside the ILO's chapter yields. */
function namesInIloChapter(text: string): string[] {
  const passage = { id: "p", documentId: "d", ordinal: 0, kind: "paragraph" as const, chapter: "International Labour Organization", chapterOwnerId: "org:ilo", article: null, sectionKey: null, section: null, text, start: 0, end: text.length, sentences: [{ text, localStart: 0, localEnd: text.length, start: 0, end: text.length }] };
  const recognised = recognise({ id: "d", title: "", source: "d", bytes: 0, hash: "", passages: [passage] }, catalog, createMatcher(catalog));
  return [...resolve([recognised], catalog, () => text).values()].flatMap((e) => [e.name, ...e.aliases]);
}

describe("TREATY_OWNED_BODY (ingest/core/treatyOwnedBody.ts), inside an agency's chapter", () => {
  for (const ex of TREATY_OWNED_BODY.positive) it(`finds “${ex.name}” in: ${ex.text}`, () => expect(namesInIloChapter(ex.text)).toContain(ex.name));
  for (const ex of TREATY_OWNED_BODY.negative) it(`does not take “${ex.name}” in: ${ex.text}`, () => expect(namesInIloChapter(ex.text)).not.toContain(ex.name));
});
