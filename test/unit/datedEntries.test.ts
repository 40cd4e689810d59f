import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { SELF_NAMED_MEETING } from "../../ingest/core/datedRows.js";
import { ENTRY_VENUE_EXAMPLES } from "../../ingest/core/registerRows.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const page = (text: string) => textSource("entries.txt", text);
const hosted = (text: string, [source, target]: string[]) => buildGraphs([page(text)], catalog)[0]!.relations.filter((r) => r.type === "HOSTED" && r.sourceId === source && r.targetId === target);

describe("year-headed entries that name their meeting", () => {
  it("knows an entry that says it is a meeting", () => {
    for (const rest of SELF_NAMED_MEETING.positive) expect([rest, SELF_NAMED_MEETING.test(rest)]).toEqual([rest, true]);
    for (const rest of SELF_NAMED_MEETING.negative) expect([rest, SELF_NAMED_MEETING.test(rest)]).toEqual([rest, false]);
  });
  for (const ex of ENTRY_VENUE_EXAMPLES.positive) it(`reads the venue in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(hosted(ex.text, ex.expect)).toHaveLength(1));
  for (const ex of ENTRY_VENUE_EXAMPLES.negative) it(`states no venue in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(hosted(ex.text, ex.expect)).toEqual([]));
});
