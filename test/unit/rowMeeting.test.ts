import { describe, expect, it } from "vitest";
import { ROW_MEETING } from "../../ingest/core/rowMeeting.js";
import { NUMBERED_ACRONYM_MEETING } from "../../ingest/core/numberedAcronymMeeting.js";
import { TITLE_BODY } from "../../ingest/core/titleBody.js";
import { hasRelation } from "./support/pipelineRelations.js";

/** A row of a meetings list naming one dated meeting (rowMeeting.ts), "ACR 11" as that numbered meeting, and a title's acronym as the title's whole body. */
const has = (title: string, text: string, [type, from, to]: readonly string[]) => hasRelation(`${title}\n\n${text}`, "spec.txt", type!, from!, to!);

for (const spec of [ROW_MEETING, NUMBERED_ACRONYM_MEETING, TITLE_BODY]) {
  describe(`${spec.id}`, () => {
    for (const ex of spec.positive) it(`reads ${ex.expect.join(" ")} in: ${ex.text.slice(0, 70)}…`, () => expect(has(ex.title, ex.text, ex.expect)).toBe(true));
    for (const ex of spec.negative) it(`states no ${ex.expect.join(" ")} in: ${ex.text.slice(0, 70)}…`, () => expect(has(ex.title, ex.text, ex.expect)).toBe(false));
  });
}
