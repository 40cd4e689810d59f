import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { ROW_CHAIR_EXAMPLES } from "../../ingest/core/rowChairRole.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const chaired = (text: string, [source, target]: string[]) =>
  buildGraphs([textSource("members.txt", text)], catalog)[0]!.relations.filter((r) => r.type === "CHAIRED" && r.sourceId === source && r.targetId === target);
const members = (text: string) => buildGraphs([textSource("members.txt", text)], catalog)[0]!.relations.filter((r) => r.type === "MEMBER_OF");

describe("a chair marked in brackets in a row of members (rowChairRole, registerRows.ts)", () => {
  for (const ex of ROW_CHAIR_EXAMPLES.positive) {
    it(`reads the chair in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(chaired(ex.text, ex.expect)).toHaveLength(1));
    it(`keeps the row a member in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(members(ex.text).some((r) => r.sourceId === ex.expect[0])).toBe(true));
  }
  for (const ex of ROW_CHAIR_EXAMPLES.negative) it(`reads no chair in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(chaired(ex.text, ex.expect)).toEqual([]));
});
