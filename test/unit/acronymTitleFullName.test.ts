import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { ACRONYM_TITLE_FULL_NAME } from "../../ingest/core/acronymTitleFullName.js";
import { describeNameRules } from "../support/nameRuleSpecs.js";
import { textSource } from "../support/textSource.js";

describeNameRules("a one-word capitalised title spelt out by a full-name field line (ingest/core/acronymTitleFullName.ts)", [ACRONYM_TITLE_FULL_NAME]);

describe("the title's word in the text", () => {
  const relationsOf = (text: string) => buildGraphs([textSource("p.txt", text)], defaultCatalog())[0]!.relations;
  const PAGE = "ea-MARIS: agency profile\n\nFull name: Agency for the Safety of Inland Shipping Routes\nSeat: Vienna, Austria\n\nWhat it does\n\n";
  it("is the topic, written with its hyphen", () => {
    expect(relationsOf(`${PAGE}ea-MARIS runs the River Traffic Information System.`).map((r) => [r.type, r.sourceId, r.targetId])).toContainEqual(["LEADS", "org:agency-for-the-safety-of-inland-shipping-routes", "ini:river-traffic-information-system"]);
  });
  it("is not its hyphenated neighbour", () => {
    expect(relationsOf(`${PAGE}ea-MARIS-style registers are run by the River Traffic Information System team.`).filter((r) => r.type === "LEADS")).toEqual([]);
  });
});
