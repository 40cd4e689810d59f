import { getNamedType, parse, type FieldNode, type GraphQLObjectType, type OperationDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { buildAppSchema } from "../../src/api/buildSchema.js";
import { RELATION_FIELDS } from "../../src/api/read/fieldSpecs.js";
import { planRead } from "../../src/api/read/planner.js";
import { readAheadStatement } from "../../src/api/read/readAheadStatement.js";
import { kindsImplied } from "../../src/api/read/relationSpecs.js";
import { Direction } from "../../src/api/types/enums.js";

const selection = (query: string) => {
  const op = parse(query).definitions[0] as OperationDefinitionNode;
  return { fieldNodes: [op.selectionSet.selections[0] as FieldNode], fragments: {}, variableValues: {} };
};

describe("the relationship field table", () => {
  it("is what the schema shows: every row is a field of its type, lists with first = the row's default", async () => {
    const schema = await buildAppSchema();
    for (const row of RELATION_FIELDS) {
      const field = (schema.getType(row.parent) as GraphQLObjectType).getFields()[row.field];
      expect(field, `${row.parent}.${row.field}`).toBeDefined();
      expect(getNamedType(field!.type).name).toBe(row.returns === "entity" ? "Entity" : "Relation");
      expect(field!.args.find((a) => a.name === "first")?.defaultValue).toBe(row.first?.default);
      expect(field!.args.some((a) => a.name === "role")).toBe(row.roleArg === true);
      if (row.description) expect(field!.description).toBe(row.description);
    }
  });

  it("is what the planner reads: each row's types, direction and kinds go into the plan", () => {
    for (const row of RELATION_FIELDS) {
      const plan = planRead(selection(`{ entity(id: "x:y") { ... on ${row.parent} { ${row.field} { __typename } } } }`));
      expect(plan.level1?.spec).toEqual({ types: row.types, direction: row.types.includes("PARTNERS_WITH") ? "BOTH" : row.direction, kinds: row.kinds });
    }
  });
});

describe("the read-ahead statement", () => {
  it("names the position of every column it returns, evidence and next level included", () => {
    const plan = planRead(
      selection(`{ entity(id: "org:x") { ... on Organization { initiatives { role evidence(first: 2) { text } other { acronym ... on Initiative { countries { year other { iso2 } } } } } } } }`),
    );
    const { text, layout } = readAheadStatement(plan as never);
    expect(layout).toMatchObject({ type: 0, outgoing: 1, id: 2, confidence: 3, other: 4, props: 5, evidence: 6, next: 7 });
    expect(layout.otherProps).toEqual(["id", "kind", "name", "acronym"]);
    expect(layout.relationProps).toEqual(["role"]);
    expect(layout.nextLayout).toMatchObject({ evidence: -1, next: -1, relationProps: ["year"], otherProps: ["id", "kind", "name", "iso2"] });
    expect(text).toMatch(/-\[\w+:\(LEADS\|PARTICIPATES_IN\|FUNDS\|SUPPORTS\)\]->\(\w+:\(Initiative\)\)/);
    expect(text).toContain("LIMIT $evidence");
    expect(text).not.toMatch(/\{\{|\n\s/);
  });

  it("tests the far end's label only where the ontology lets the relation reach other kinds", () => {
    const plan = planRead(selection(`{ entity(id: "org:x") { ... on Organization { initiatives { other { ... on Initiative { countries { other { id } } } } } } } }`));
    const { text } = readAheadStatement(plan as never);
    // LEADS and the others also reach forums, so initiatives keep their label; OPERATES_IN reaches only countries.
    expect(text).toMatch(/->\(\w+:\(Initiative\)\)/);
    expect(text).toMatch(/-\[\w+:\(OPERATES_IN\)\]->\(\w+\)\n/);
  });
});

describe("kindsImplied", () => {
  it("holds when every kind the types reach in that direction is wanted", () => {
    expect(kindsImplied({ types: ["OPERATES_IN"], direction: Direction.OUT, kinds: null })).toBe(true);
    expect(kindsImplied({ types: ["OPERATES_IN"], direction: Direction.OUT, kinds: ["COUNTRY"] })).toBe(true);
    expect(kindsImplied({ types: ["RATIFIED"], direction: Direction.IN, kinds: ["COUNTRY"] })).toBe(true);
    expect(kindsImplied({ types: ["PARTNERS_WITH"], direction: Direction.BOTH, kinds: ["ORGANIZATION"] })).toBe(true);
  });

  it("fails when a type reaches a kind the field does not want, or the direction is the other way", () => {
    expect(kindsImplied({ types: ["LEADS", "FUNDS"], direction: Direction.OUT, kinds: ["INITIATIVE"] })).toBe(false);
    expect(kindsImplied({ types: ["OPERATES_IN"], direction: Direction.IN, kinds: ["COUNTRY"] })).toBe(false);
    expect(kindsImplied({ types: null, direction: Direction.BOTH, kinds: ["FORUM"] })).toBe(false);
  });
});
