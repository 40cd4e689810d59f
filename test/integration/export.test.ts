import { parse as parseCsv } from "csv-parse/sync";
import { MultiDirectedGraph as Graph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppServer } from "../../src/api/createServer.js";
import { gql, startIngestedApi } from "../support/ingestedApi.js";

describe("exports for Gephi, Cytoscape and spreadsheets", () => {
  let server: AppServer;
  let stop: () => Promise<void>;
  let base: string;
  beforeAll(async () => {
    ({ server, stop } = await startIngestedApi());
    base = server.url.replace(/\/graphql$/, "");
  });
  afterAll(async () => stop());

  const QUERY = "types=MEMBER_OF,SUPPORTS&involving=org:iom,org:ilo&minConfidence=0.5";
  const expected = async () => {
    const r = await gql(server, `{ links(filter: { types: [MEMBER_OF, SUPPORTS], involving: ["org:iom", "org:ilo"], minConfidence: 0.5 }, first: 100) { totalCount edges { node { id type from { id } to { id } confidence } } } }`);
    return r.data.links as { totalCount: number; edges: Array<{ node: { id: string; type: string; from: { id: string }; to: { id: string }; confidence: number } }> };
  };
  const get = (path: string) => fetch(`${base}${path}`);

  it("GraphML parses with graphology's parser: the filter's links as edges, with type, confidence and evidence", async () => {
    const res = await get(`/export/graph.graphml?${QUERY}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename="[\w.-]+\.graphml"/);
    const graph = parseGraphml(Graph, await res.text(), { addMissingNodes: false });
    const want = await expected();
    expect(graph.size).toBe(want.totalCount);
    expect(want.totalCount).toBeGreaterThan(3);
    for (const { node } of want.edges) {
      expect(graph.hasEdge(node.id)).toBe(true);
      expect(graph.source(node.id)).toBe(node.from.id);
      expect(graph.target(node.id)).toBe(node.to.id);
      expect(graph.getEdgeAttributes(node.id)).toMatchObject({ type: node.type, confidence: node.confidence });
      expect(String(graph.getEdgeAttribute(node.id, "evidence")).length).toBeGreaterThan(10);
    }
    expect(graph.getNodeAttributes("org:iom")).toMatchObject({ kind: "ORGANIZATION", name: "International Organization for Migration" });
  });

  it("GEXF parses with graphology's parser into the same graph", async () => {
    const res = await get(`/export/graph.gexf?${QUERY}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("gexf");
    const graph = parseGexf(Graph, await res.text());
    const want = await expected();
    expect(graph.size).toBe(want.totalCount);
    for (const { node } of want.edges) {
      expect(graph.extremities(node.id)).toEqual([node.from.id, node.to.id]);
      expect(graph.getEdgeAttribute(node.id, "type")).toBe(node.type);
      expect(graph.getEdgeAttribute(node.id, "confidence")).toBe(node.confidence);
    }
    expect(graph.getNodeAttribute("org:ilo", "label")).toBe("International Labour Organization");
  });

  it("CSVs and graph.json hold the same links and the entities at their ends", async () => {
    const want = await expected();
    const links = parseCsv(await (await get(`/export/links.csv?${QUERY}`)).text(), { columns: true }) as Array<Record<string, string>>;
    expect(links.map((l) => l.id).sort()).toEqual(want.edges.map((e) => e.node.id).sort());
    expect(links.every((l) => l.evidence!.length > 10 && Number(l.confidence) >= 0.5)).toBe(true);
    const entities = parseCsv(await (await get(`/export/entities.csv?${QUERY}`)).text(), { columns: true }) as Array<Record<string, string>>;
    const ends = new Set(want.edges.flatMap((e) => [e.node.from.id, e.node.to.id]));
    expect(new Set(entities.map((e) => e.id))).toEqual(ends);
    expect(entities.reduce((n, e) => n + Number(e.links), 0)).toBe(2 * want.totalCount);
    const json = (await (await get(`/export/graph.json?${QUERY}`)).json()) as Parameters<typeof Graph.from>[0];
    const graph = Graph.from(json);
    expect(graph.size).toBe(want.totalCount);
    expect(graph.order).toBe(ends.size);
  });

  it("answers 400 naming the parameter for bad input, 404 for an unknown export", async () => {
    for (const [query, param] of [
      ["types=MEMBER_OF,NOPE", "types"],
      ["minConfidence=high", "minConfidence"],
      ["involving=iom", "involving"],
      ["yearFrom=20x", "yearFrom"],
      ["limit=100000000", "limit"],
      ["colour=red", "colour"],
    ]) {
      const res = await get(`/export/links.csv?${query}`);
      expect(res.status, query).toBe(400);
      const body = (await res.json()) as { error: { code: string; message: string; param: string } };
      expect(body.error).toMatchObject({ code: "BAD_USER_INPUT", param });
      expect(body.error.message).toContain(param);
    }
    expect((await get(`/export/graph.xlsx`)).status).toBe(404);
  });
});
