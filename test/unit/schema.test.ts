import { readFileSync } from "node:fs";
import { getNamedType, isEnumType, isScalarType, printSchema, type GraphQLObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { buildAppSchema } from "../../src/api/buildSchema.js";
import { ENTITY_PROPERTIES } from "../../src/db/cypher.js";

describe("schema/schema.graphql", () => {
  it("matches the schema built from the code (run npm run schema:print after changing the API)", async () => {
    expect(readFileSync("schema/schema.graphql", "utf8")).toBe(printSchema(await buildAppSchema()) + "\n");
  });
});

describe("read-ahead projections", () => {
  it("every stored field of an entity type is a property the read-ahead can project", async () => {
    // A lean projection keeps only the selected ENTITY_PROPERTIES; a stored field missing from that list
    // would silently read as null or its default on entities fetched ahead.
    const schema = await buildAppSchema();
    const stored: string[] = [];
    for (const name of ["Organization", "Initiative", "Convention", "Country", "Forum"]) {
      const type = schema.getType(name) as GraphQLObjectType;
      for (const field of Object.values(type.getFields())) {
        const leaf = getNamedType(field.type);
        if ((isScalarType(leaf) || isEnumType(leaf)) && field.args.length === 0) stored.push(field.name);
      }
    }
    expect(stored.length).toBeGreaterThan(10);
    expect(stored.filter((f) => !(ENTITY_PROPERTIES as readonly string[]).includes(f))).toEqual([]);
  });
});
