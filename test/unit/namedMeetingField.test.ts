import { describe, expect, it } from "vitest";
import { NAMED_MEETING_FIELD } from "../../ingest/core/namedMeetingField.js";
import { hasRelation } from "./support/pipelineRelations.js";

/** A headline whose first field is a meeting's own name, dated and placed, is that meeting of the named series (core/namedMeetingField.ts). */
const has = (title: string, text: string, [type, from, to]: readonly string[]) => hasRelation(`${title}\n\n${text}`, "spec.txt", type!, from!, to!);

describe(`${NAMED_MEETING_FIELD.id}: a headline naming a meeting by its own name, place and date`, () => {
  for (const ex of NAMED_MEETING_FIELD.positive) it(`reads ${ex.expect.join(" ")} under: ${ex.text.slice(0, 70)}…`, () => expect(has(ex.title, ex.text, ex.expect)).toBe(true));
  for (const ex of NAMED_MEETING_FIELD.negative) it(`states no ${ex.expect.join(" ")} under: ${ex.text.slice(0, 70)}…`, () => expect(has(ex.title, ex.text, ex.expect)).toBe(false));
});
