import { describe, expect, it } from "vitest";
import { SITTING_NAME, sittingName } from "../../ingest/core/sittingName.js";

/** A numbered sitting of a series whose own name opens on the phrase's meeting words is not named with the head twice (core/sittingName.ts). */
describe(`${SITTING_NAME.id}: a sitting's name`, () => {
  for (const ex of [...SITTING_NAME.positive, ...SITTING_NAME.negative]) it(`names “${ex.phrase}” of “${ex.series}” “${ex.name}”`, () => expect(sittingName(ex.phrase, ex.series)).toBe(ex.name));
});
