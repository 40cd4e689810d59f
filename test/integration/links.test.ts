import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppServer } from "../../src/api/createServer.js";
import { gql, startIngestedApi } from "../support/ingestedApi.js";

/** The links read (issue 11) over the bundled corpus: filters, facets, cursors and errors, one ingest for the file. */
describe("links", () => {
  let server: AppServer;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    ({ server, stop } = await startIngestedApi());
  });
  afterAll(async () => stop());

  const ok = async (query: string, variables?: object) => {
    const r = await gql(server, query, variables);
    expect(r.errors).toBeUndefined();
    return r.data;
  };

  const LINK = `id type from { id kind } to { id kind } year confidence evidenceCount`;

  it("links: a filtered page, totalCount and facets counted before paging, keyset cursors that walk every link once", async () => {
    const filter = `{ types: [MEMBER_OF, SUPPORTS], involving: ["org:iom", "org:ilo"] }`;
    // The page and the facets in two requests: the cost model charges a connection's facets once per item asked for.
    const d = await ok(`{ links(filter: ${filter}, first: 100) { totalCount edges { node { ${LINK} } } } }`);
    d.links.facets = (await ok(`{ links(filter: ${filter}, first: 1) { facets { types { key count } fromKinds { key count } toKinds { key count } documents { key count } years { key count } } } }`)).links.facets;
    const all = d.links.edges.map((e: any) => e.node);
    expect(d.links.totalCount).toBe(all.length);
    expect(all.length).toBeGreaterThan(5);
    for (const l of all) {
      expect(["MEMBER_OF", "SUPPORTS"]).toContain(l.type);
      expect([l.from.id, l.to.id].some((id) => id === "org:iom" || id === "org:ilo")).toBe(true);
    }
    const sum = (counts: any[]) => counts.reduce((n, c) => n + c.count, 0);
    expect(sum(d.links.facets.types)).toBe(all.length);
    expect(sum(d.links.facets.fromKinds)).toBe(all.length);
    expect(d.links.facets.types.find((c: any) => c.key === "SUPPORTS").count).toBe(all.filter((l: any) => l.type === "SUPPORTS").length);
    expect(sum(d.links.facets.years)).toBe(all.filter((l: any) => l.year !== null).length);
    const confidences = all.map((l: any) => l.confidence);
    expect(confidences).toEqual([...confidences].sort((a: number, b: number) => b - a));
    // Page by 3 with cursors: the same links, in the same order, each once.
    const walked: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const page: any = await ok(`query($after: String) { links(filter: ${filter}, first: 3, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`, { after });
      expect(page.links.totalCount).toBe(all.length);
      walked.push(...page.links.edges.map((e: any) => e.node.id));
      if (!page.links.pageInfo.hasNextPage) break;
      after = page.links.pageInfo.endCursor;
    }
    expect(walked).toEqual(all.map((l: any) => l.id));
    // A document facet selects exactly that many links when used as a filter.
    const doc = d.links.facets.documents[0];
    const byDoc = await ok(`{ links(filter: { types: [MEMBER_OF, SUPPORTS], involving: ["org:iom", "org:ilo"], document: "${doc.key}" }) { totalCount } }`);
    expect(byDoc.links.totalCount).toBe(doc.count);
  });

  it("links: kinds, years and confidence filter, year orders put links without a year last", async () => {
    const d = await ok(`{ links(filter: { fromKinds: [ORGANIZATION], toKinds: [FORUM], yearFrom: 2008, yearTo: 2012, minConfidence: 0.5 }, orderBy: YEAR_ASC, first: 100) { totalCount edges { node { ${LINK} } } } }`);
    const links = d.links.edges.map((e: any) => e.node);
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) {
      expect(l.from.kind).toBe("ORGANIZATION");
      expect(l.to.kind).toBe("FORUM");
      expect(l.year).toBeGreaterThanOrEqual(2008);
      expect(l.year).toBeLessThanOrEqual(2012);
      expect(l.confidence).toBeGreaterThanOrEqual(0.5);
    }
    expect(links.map((l: any) => l.year)).toEqual([...links.map((l: any) => l.year)].sort());
    const desc = await ok(`{ links(orderBy: YEAR_DESC, first: 100) { edges { node { year } } } }`);
    const years = desc.links.edges.map((e: any) => e.node.year);
    const firstNull = years.indexOf(null);
    expect(firstNull).toBeGreaterThan(0);
    expect(years.slice(firstNull).every((y: any) => y === null)).toBe(true);
    expect(years.slice(0, firstNull)).toEqual([...years.slice(0, firstNull)].sort((a: number, b: number) => b - a));
    const byEvidence = await ok(`{ links(orderBy: EVIDENCE_DESC, first: 30) { edges { node { evidenceCount } } } }`);
    const counts = byEvidence.links.edges.map((e: any) => e.node.evidenceCount);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
  });

  it("links: node(id) resolves a link with its evidence; bad filters are BAD_USER_INPUT naming the field", async () => {
    const d = await ok(`{ links(filter: { types: [MEMBER_OF], involving: ["forum:gmg"] }, first: 1) { edges { node { id type from { id } to { id } } } } }`);
    const link = d.links.edges[0].node;
    const n = await ok(`{ node(id: "${link.id}") { id ... on Link { type from { id } to { id } evidence(first: 1) { text document { id } } } } }`);
    expect(n.node).toMatchObject(link);
    expect(n.node.evidence).toHaveLength(1);
    const missing = await ok(`{ node(id: "rel:0000000000000000") { id } }`);
    expect(missing.node).toBeNull();
    for (const [filter, field] of [[`{ minConfidence: 2 }`, "filter.minConfidence"], [`{ involving: ["nope"] }`, "id"], [`{ document: "org:iom" }`, "filter.document"]]) {
      const r = await gql(server, `{ links(filter: ${filter}) { totalCount } }`);
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
      expect(r.errors?.[0]?.message).toContain(field!.replace("filter.", ""));
    }
    const cursor = await gql(server, `{ links(after: "bm9wZQ") { totalCount } }`);
    expect(cursor.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
  });
});
