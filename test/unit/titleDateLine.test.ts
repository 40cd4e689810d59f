import { describe, expect, it } from "vitest";
import { TITLE_DATE_LINE } from "../../ingest/core/titleDateLine.js";
import { hasRelation } from "./support/pipelineRelations.js";

/** A meeting's report whose title names the meeting and whose next line gives its place and day (core/titleDateLine.ts). */
const has = (title: string, text: string, [type, from, to]: readonly string[]) => hasRelation(`${title}\n\n${text}`, "spec.txt", type!, from!, to!);

describe(`${TITLE_DATE_LINE.id}: a title naming a meeting over a line giving its place and day`, () => {
  for (const ex of TITLE_DATE_LINE.positive) it(`reads ${ex.expect.join(" ")} under: ${ex.text.slice(0, 70)}…`, () => expect(has(ex.title, ex.text, ex.expect)).toBe(true));
  for (const ex of TITLE_DATE_LINE.negative) it(`states no ${ex.expect.join(" ")} under: ${ex.text.slice(0, 70)}…`, () => expect(has(ex.title, ex.text, ex.expect)).toBe(false));
});
