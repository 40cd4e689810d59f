import { describe, expect, it } from "vitest";
import { SERIES_KIND_TAIL_EXAMPLES } from "../../ingest/core/nameTrim.js";
import { hasRelation } from "./support/pipelineRelations.js";

/** "the Second X Process Ministerial Conference" is a meeting of the X Process, not a series of its own (core/nameTrim.ts, nameDraft.ts). */
const has = (text: string, [type, from, to]: readonly string[]) => hasRelation(text, "spec.txt", type!, from!, to!);

describe("series-kind-tail: a series' name followed by the kind of one of its meetings", () => {
  for (const ex of SERIES_KIND_TAIL_EXAMPLES.positive) it(`reads ${ex.expect.join(" ")} in: ${ex.text}`, () => expect(has(ex.text, ex.expect)).toBe(true));
  for (const ex of SERIES_KIND_TAIL_EXAMPLES.negative) it(`states no ${ex.expect.join(" ")} in: ${ex.text}`, () => expect(has(ex.text, ex.expect)).toBe(false));
});
