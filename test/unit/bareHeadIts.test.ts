import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { BARE_HEAD_ITS } from "../../ingest/core/bareHeadBody.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
/** Whether the page's graph holds a sitting of that body in that year. */
const sat = (text: string, parentId: string, year: number) => buildGraphs([textSource("note.txt", text)], catalog)[0]!.entities.some((e) => e.isEvent && e.parentId === parentId && e.year === year);

describe(`${BARE_HEAD_ITS.id}: "its Nth session" of a body the sentence shortens to its head word`, () => {
  for (const ex of BARE_HEAD_ITS.positive) it(`reads a ${ex.year} sitting of ${ex.parentId} in: ${ex.text.slice(-70)}`, () => expect(sat(ex.text, ex.parentId, ex.year)).toBe(true));
  for (const ex of BARE_HEAD_ITS.negative) it(`reads no ${ex.year} sitting of ${ex.parentId} in: ${ex.text.slice(-70)}`, () => expect(sat(ex.text, ex.parentId, ex.year)).toBe(false));
});
