import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { toPlain } from "../../src/db/Database.js";

describe("toPlain", () => {
  it("turns driver values inside maps and lists into plain JSON values", () => {
    const node = new neo4j.types.Node(neo4j.int(1), ["Entity", "Organization"], { id: "org:iom", year: neo4j.int(2013) }, "4:x:1");
    const date = new neo4j.types.Date(2013, 10, 3);
    const row = { n: node, rows: [{ count: neo4j.int(7), when: date, missing: undefined }], offsets: new Int32Array([1, 2]) };
    expect(toPlain(row)).toEqual({
      n: { id: "org:iom", year: 2013, __labels: ["Entity", "Organization"] },
      rows: [{ count: 7, when: "2013-10-03", missing: null }],
      offsets: [1, 2],
    });
  });

  it("leaves strings, numbers and booleans alone and makes undefined null", () => {
    expect(toPlain({ a: "x", b: 1.5, c: false, d: undefined })).toEqual({ a: "x", b: 1.5, c: false, d: null });
  });
});
