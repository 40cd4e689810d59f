import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../../ingest/core/pipeline.js";
import { hasRelation } from "../../support/pageGraphs.js";
import { textSource } from "../../support/textSource.js";

/**
 * Reviewer rev32b (session 31): reproductions of defects in the judg32 and fresh32 merges, on invented bodies.
 * Each is marked it.fails: it passes once the defect is fixed (then make it a plain spec).
 */
const catalog = defaultCatalog();
const entityIds = (text: string) => buildGraphs([textSource("review.txt", text)], catalog)[0]!.entities.map((e) => e.id);

describe("rev32b: false links and wrong identities after judg32/fresh32", () => {
  // contrastExcluded.ts: the kept-again rule lets a name denied once stay an end of the whole sentence.
  it.fails("a state set apart by 'but not yet' is no member of the forum even when named again later in the sentence", () => {
    expect(hasRelation("Coral Seas Dialogue\n\nTonga, but not yet Samoa, has joined the Coral Seas Dialogue; Samoa is a member of the Pacific Islands Forum.", "MEMBER_OF", "ctry:ws", "forum:coral-seas-dialogue")).toBe(false);
  });
  // Not new (base 164db88 states it too), but contrastExcluded.ts reads no "except": the one state excluded is linked.
  it.fails("a state named after 'except' did not attend", () => {
    expect(hasRelation("Coral Seas Dialogue\n\nAll Pacific states except Palau attended the Coral Seas Dialogue in 2020.", "PARTICIPATES_IN", "ctry:pw", "forum:coral-seas-dialogue")).toBe(false);
  });
});
