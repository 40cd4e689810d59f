// A clause fronted before the subject puts the sentence in doubt only as a condition or a prospect (frontedDoubt.ts):
// the rule engine and the predicate reader both read it so.
import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";

const catalog = defaultCatalog();
function typed(text: string, type: string): string[] {
  const body = `Page\n\n${text}`;
  const g = buildGraphs([{ path: "f.txt", name: "f.txt", format: "txt", text: body, bytes: body.length, hash: "f" }], catalog)[0]!;
  return g.relations.filter((r) => r.type === type).map((r) => `${r.sourceId} ${r.targetId}`);
}

describe("frontedDoubt: a fronted noun of asking names the occasion of a fact", () => {
  it("'Following a request by' keeps the funding", () => {
    expect(typed("Following a request by Niger, the World Bank funds the Lake Chad Mobility Programme.", "FUNDS").length).toBe(1);
  });
  it("'Following calls from' keeps the lead", () => {
    expect(typed("Following calls from Mali for help, UNHCR leads the Lake Chad Mobility Programme.", "LEADS").length).toBe(1);
  });
});

describe("frontedDoubt: a fronted condition or prospect states nothing", () => {
  it("'Unless …,' drops the funding, in the predicate reader as well", () => {
    expect(typed("Unless Niger objects, the World Bank funds the Lake Chad Mobility Programme.", "FUNDS")).toEqual([]);
  });
  it("'Should …,' drops the lead", () => {
    expect(typed("Should Mali agree, UNHCR leads the Lake Chad Mobility Programme.", "LEADS")).toEqual([]);
  });
  it("a verb of asking in the fronted clause drops it", () => {
    expect(typed("When Niger asks, the World Bank funds the Lake Chad Mobility Programme.", "FUNDS")).toEqual([]);
  });
});
