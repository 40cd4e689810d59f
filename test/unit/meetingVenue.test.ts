import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { MEETING_VENUE_EXAMPLES } from "../../ingest/core/meetingVenue.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

/** The place a meeting is said to take place in hosts it (core/meetingVenue.ts), run through the whole pipeline. */
const catalog = defaultCatalog();
const page = (text: string) => textSource("spec.txt", text);
const hosted = (text: string) => buildGraphs([page(text)], catalog)[0]!.relations.filter((r) => r.type === "HOSTED").map((r) => `${r.sourceId} ${r.targetId}`);

describe("a meeting's venue hosts it", () => {
  for (const ex of MEETING_VENUE_EXAMPLES.positive) it(`reads: ${ex.text}`, () => expect(hosted(ex.text)).toContain(ex.expect.join(" ")));
  for (const ex of MEETING_VENUE_EXAMPLES.negative) it(`states no HOSTED in: ${ex.text}`, () => expect(hosted(ex.text)).not.toContain(ex.expect.join(" ")));
});
