import { parse, type GraphQLResolveInfo, type OperationDefinitionNode, type FieldNode, Kind } from "graphql";
import { describe, expect, it } from "vitest";
import { lookahead } from "../../src/api/lookahead.js";

/** The part of GraphQLResolveInfo lookahead reads: the root field's node and the fragments. */
function infoFor(query: string): GraphQLResolveInfo {
  const doc = parse(query);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(doc.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [(d as any).name.value, d]));
  return { fieldNodes: [op.selectionSet.selections[0] as FieldNode], fragments } as unknown as GraphQLResolveInfo;
}

describe("lookahead", () => {
  it("asks for nothing more when no relationship field is selected", () => {
    expect(lookahead(infoFor(`{ entity(id: "org:iom") { id name } }`)).depth).toBe(0);
  });

  it("sees one level of relations with evidence, and the types a typed field reads", () => {
    const a = lookahead(infoFor(`{ entity(id: "org:iom") { ... on Organization { conventions { other { id } evidence(first: 2) { text } } } } }`));
    expect(a).toMatchObject({ depth: 1, evidence: 2, types: ["PROMOTES"] });
  });

  it("sees two levels through fragments, and which relation types lead there", () => {
    const a = lookahead(infoFor(`query { entity(id: "org:undp") { ...F } } fragment F on Organization { initiatives { other { ... on Initiative { countries { other { id } } } } } }`));
    expect(a).toMatchObject({ depth: 2, via: ["LEADS", "PARTICIPATES_IN", "FUNDS", "SUPPORTS"], nextTypes: ["OPERATES_IN"] });
  });

  it("treats untyped relations as all types", () => {
    const a = lookahead(infoFor(`{ entity(id: "org:iom") { relations { other { relations(types: [MEMBER_OF]) { type } } } } }`));
    expect(a).toMatchObject({ depth: 2, types: null, via: null, nextTypes: ["MEMBER_OF"] });
  });
});
