import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { SESSION_SLOT_EXAMPLES } from "../../ingest/core/sessionChairOwner.js";
import type { RelationRecord } from "../../ingest/core/types.js";
import { textSource } from "../support/textSource.js";

/** A chair table of a programme's sessions belongs to the meeting the page is the programme of (sessionChairOwner.ts). */
const catalog = defaultCatalog();
const rels = (text: string): Array<[string, string, string]> =>
  buildGraphs([textSource("programme.txt", text)], catalog)[0]!.relations.map((r: RelationRecord) => [r.type, r.sourceId, r.targetId]);
const TABLE = "Who chairs what\n\n| Slot | Chair or moderator | Body |\n|---|---|---|\n| Opening session | Michael Smyth | IOM |\n| Session 1 | Dilyana Slavova | UNHCR |\n";

describe("a slot of a meeting's programme", () => {
  for (const s of SESSION_SLOT_EXAMPLES.slots) it(`'${s}' is a slot`, () => expect(SESSION_SLOT_EXAMPLES.isSlot(s)).toBe(true));
  for (const s of SESSION_SLOT_EXAMPLES.notSlots) it(`'${s}' is none`, () => expect(SESSION_SLOT_EXAMPLES.isSlot(s)).toBe(false));
});

describe("session chairs chaired nothing of another event the page mentions", () => {
  it("a network meeting held before the GFMD 2010", () => {
    const page = `Migrant workers' network\nSecond meeting: programme\n\nThe network meets two weeks before the GFMD 2010 in Puerto Vallarta.\n\n${TABLE}`;
    expect(rels(page).filter((r) => r[0] === "CHAIRED")).toEqual([]);
  });
  it("a seminar that prepares the Rabat Process ministerial", () => {
    const page = `Civil society seminar on mobility\n\nThe seminar prepares the ministerial conference of the Rabat Process.\n\n${TABLE}`;
    expect(rels(page).filter((r) => r[0] === "CHAIRED" && r[2].startsWith("forum:rabat-process"))).toEqual([]);
  });
});
