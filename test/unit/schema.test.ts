import { readFileSync } from "node:fs";
import { printSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { buildAppSchema } from "../../src/api/buildSchema.js";

describe("schema/schema.graphql", () => {
  it("matches the schema built from the code (run npm run schema:print after changing the API)", async () => {
    expect(readFileSync("schema/schema.graphql", "utf8")).toBe(printSchema(await buildAppSchema()) + "\n");
  });
});
