import { parse, type GraphQLResolveInfo, type OperationDefinitionNode, type FieldNode, Kind } from "graphql";
import { describe, expect, it } from "vitest";
import { planEntityProps as selectedEntityProps, planLinkProps, planRead as lookahead } from "../../src/api/read/planner.js";
import { overlapStatement } from "../../src/api/read/analystStatements.js";
import { FULL_LINK, linksStatement } from "../../src/api/read/linksStatement.js";
import { covers, matches, unionSpec } from "../../src/api/read/relationSpecs.js";
import { Direction } from "../../src/api/types/enums.js";

/** The part of GraphQLResolveInfo lookahead reads: the root field's node, the fragments and the variables. */
function infoFor(query: string, variableValues: Record<string, unknown> = {}): GraphQLResolveInfo {
  const doc = parse(query);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(doc.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [(d as any).name.value, d]));
  return { fieldNodes: [op.selectionSet.selections[0] as FieldNode], fragments, variableValues } as unknown as GraphQLResolveInfo;
}

describe("planRead", () => {
  it("asks for nothing more when no relationship field is selected", () => {
    expect(lookahead(infoFor(`{ entity(id: "org:iom") { id name } }`))).toEqual({ rootProps: [], level1: null, via: null, level2: null });
  });

  it("pushes a typed field's types, direction and far-end kind, and projects only the selected properties", () => {
    const a = lookahead(infoFor(`{ entity(id: "org:iom") { ... on Organization { initiatives { other { aliases } } } } }`));
    expect(a.level1).toEqual({
      spec: { types: ["LEADS", "PARTICIPATES_IN", "FUNDS", "SUPPORTS"], direction: "OUT", kinds: ["INITIATIVE"] },
      otherProps: ["id", "kind", "name", "aliases"],
      relationProps: [],
      evidence: 0,
      evidenceProps: [],
    });
    expect(a.level2).toBeNull();
    expect(a.rootProps).toEqual(["id", "kind", "name"]);
  });

  it("reads evidence's first, the evidence fields selected (document needs documentId) and the relation fields", () => {
    const a = lookahead(infoFor(`{ entity(id: "org:iom") { ... on Organization { conventions { role evidence(first: 2) { text document { title } } } } } }`));
    expect(a.level1).toMatchObject({ spec: { types: ["PROMOTES"], direction: "OUT", kinds: null }, evidence: 2, evidenceProps: ["text", "documentId"], relationProps: ["role"] });
  });

  it("sees two levels through named fragments, and which relation types lead there", () => {
    const a = lookahead(
      infoFor(`query { entity(id: "org:undp") { ...F } } fragment F on Organization { initiatives { other { ... on Initiative { countries { other { iso2 } } } } } }`),
    );
    expect(a.via).toEqual(["LEADS", "PARTICIPATES_IN", "FUNDS", "SUPPORTS"]);
    expect(a.level2).toMatchObject({ spec: { types: ["OPERATES_IN"], direction: "OUT" }, otherProps: ["id", "kind", "name", "iso2"], evidence: 0 });
  });

  it("unites several fields: types and kinds merge, differing directions become BOTH", () => {
    const a = lookahead(infoFor(`{ entity(id: "org:iom") { relations(types: [MEMBER_OF], direction: OUT) { type } ... on Organization { forums { type } } } }`));
    expect(a.level1?.spec).toEqual({ types: ["MEMBER_OF", "SUPPORTS", "CHAIRED"], direction: "OUT", kinds: null });
    const b = lookahead(infoFor(`{ entity(id: "ini:x") { ... on Initiative { organizations { type } countries { type } } } }`));
    expect(b.level1?.spec).toEqual({ types: ["LEADS", "PARTICIPATES_IN", "FUNDS", "SUPPORTS", "OPERATES_IN"], direction: "BOTH", kinds: null });
  });

  it("treats untyped relations as all types, and takes arguments from variables", () => {
    const a = lookahead(infoFor(`{ entity(id: "org:iom") { relations { other { relations(types: [MEMBER_OF]) { type } } } } }`));
    expect(a).toMatchObject({ via: null, level1: { spec: { types: null, direction: "BOTH" } }, level2: { spec: { types: ["MEMBER_OF"] } } });
    const b = lookahead(infoFor(`query Q($t: [RelationType!], $d: Direction) { entity(id: "org:iom") { relations(types: $t, direction: $d) { type } } }`, { t: ["FUNDS"], d: "IN" }));
    expect(b.level1?.spec).toEqual({ types: ["FUNDS"], direction: "IN", kinds: null });
  });

  it("narrows Organization.initiatives to its role", () => {
    const a = lookahead(infoFor(`{ entity(id: "org:iom") { ... on Organization { initiatives(role: FUNDS) { type } } } }`));
    expect(a.level1?.spec.types).toEqual(["FUNDS"]);
  });
});

describe("selectedEntityProps", () => {
  it("lists the stored properties selected on a child entity, through fragments, plus id, kind and name", () => {
    const info = infoFor(`{ search(text: "x") { score entity { aliases ... on Country { iso2 } relations { type } } } }`);
    expect(selectedEntityProps(info, ["entity"])).toEqual(["id", "kind", "name", "aliases", "iso2"]);
  });
});

describe("selectedEntityProps along paths", () => {
  it("unites the selections found along several paths", () => {
    const info = infoFor(`{ paths(from: "a:b", to: "c:d") { nodes { acronym } steps { from { mentionCount } to { id } type } } }`);
    expect(selectedEntityProps(info, ["nodes"], ["steps", "from"], ["steps", "to"])).toEqual(["id", "kind", "name", "acronym", "mentionCount"]);
  });
});

describe("planLinkProps", () => {
  it("lists the stored relation properties selected on links, through fragments, without id and confidence", () => {
    const info = infoFor(`{ links { edges { node { id confidence year ... on Link { method } from { id } } } } }`);
    expect(planLinkProps(info, ["edges", "node"])).toEqual(["year", "method"]);
    expect(planLinkProps(infoFor(`{ links { totalCount } }`), ["edges", "node"])).toEqual([]);
  });
});

describe("link statements project what the query selects", () => {
  const lean = { entityProps: ["id", "kind", "name"], linkProps: ["year"] };
  const want = { page: true, counts: false, documents: false };
  it("a links page carries only the selected properties of both ends and of the link", () => {
    const text = linksStatement(["MEMBER_OF"], "CONFIDENCE_DESC", want, true, lean);
    expect(text).toContain("{ .id, .confidence, .year }");
    expect(text).not.toContain(".acronym");
    expect(text).not.toContain(".method");
    // The full projection (exports, node(id)) is a different statement, not a cache hit of the lean one.
    expect(linksStatement(["MEMBER_OF"], "CONFIDENCE_DESC", want, true, FULL_LINK)).toContain(".acronym");
  });
  it("an overlap carries only the selected properties of the shared entities and the link ends", () => {
    const text = overlapStatement(lean);
    expect(text).not.toContain(".acronym");
    expect(text).toContain("{ .id, .confidence, .year }");
    expect(overlapStatement(FULL_LINK)).toContain(".mentionCount");
  });
});

describe("relation specs", () => {
  const spec = (types: any, direction: Direction, kinds: any = null) => ({ types, direction, kinds });

  it("a fetch covers a field only when it holds every row the field would see", () => {
    const fetched = spec(["LEADS", "FUNDS"], Direction.OUT, ["INITIATIVE"]);
    expect(covers(fetched, spec(["FUNDS"], Direction.OUT, ["INITIATIVE"]))).toBe(true);
    expect(covers(fetched, spec(["FUNDS"], Direction.IN, ["INITIATIVE"]))).toBe(false);
    expect(covers(fetched, spec(["FUNDS"], Direction.BOTH, ["INITIATIVE"]))).toBe(false);
    expect(covers(fetched, spec(["FUNDS"], Direction.OUT, null))).toBe(false);
    expect(covers(fetched, spec(null, Direction.OUT, ["INITIATIVE"]))).toBe(false);
    expect(covers(fetched, spec(["PROMOTES"], Direction.OUT, ["INITIATIVE"]))).toBe(false);
    expect(covers(spec(null, Direction.BOTH), spec(["FUNDS"], Direction.IN, ["COUNTRY"]))).toBe(true);
  });

  it("shows a row to a field when type, direction (except for symmetric types) and far-end kind agree", () => {
    const row = (type: string, direction: string, kind: string) => ({ type, direction, other: { kind } });
    const wanted = spec(["FUNDS", "PARTNERS_WITH"], Direction.OUT, ["INITIATIVE", "ORGANIZATION"]);
    expect(matches(wanted, row("FUNDS", "OUT", "INITIATIVE"))).toBe(true);
    expect(matches(wanted, row("FUNDS", "IN", "INITIATIVE"))).toBe(false);
    expect(matches(wanted, row("FUNDS", "OUT", "COUNTRY"))).toBe(false);
    expect(matches(wanted, row("LEADS", "OUT", "INITIATIVE"))).toBe(false);
    expect(matches(wanted, row("PARTNERS_WITH", "IN", "ORGANIZATION"))).toBe(true);
  });

  it("never cuts the symmetric PARTNERS_WITH by direction", () => {
    expect(unionSpec([spec(["PARTNERS_WITH"], Direction.OUT)]).direction).toBe("BOTH");
    expect(unionSpec([spec(null, Direction.IN)]).direction).toBe("BOTH");
    expect(covers(spec(["PARTNERS_WITH"], Direction.OUT), spec(["PARTNERS_WITH"], Direction.OUT))).toBe(false);
  });
});
