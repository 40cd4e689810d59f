import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/Database.js";
import type { AppServer } from "../../src/api/createServer.js";
import { luceneQuery, searchTerms } from "../../src/api/luceneQuery.js";
import { KIND_FILTER_POOL, searchPool } from "../../src/api/read/searchStatement.js";
import { gql, startIngestedApi } from "../support/ingestedApi.js";

/** Reads over the bundled corpus that dashboards and analysts rely on (issue 11), one ingest for the file. */
describe("reads for dashboards and analysts", () => {
  let db: Database;
  let server: AppServer;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    ({ db, server, stop } = await startIngestedApi());
  });
  afterAll(async () => stop());

  const ok = async (query: string, variables?: object) => {
    const r = await gql(server, query, variables);
    expect(r.errors).toBeUndefined();
    return r.data;
  };

  it("neighborhood answers nodes and edges around an entity, each edge touching it at depth 1", async () => {
    const d = await ok(`{ neighborhood(id: "org:iom") { nodes { id } edges { source target type } } }`);
    expect(d.neighborhood.edges.length).toBeGreaterThan(5);
    expect(d.neighborhood.edges.every((e: any) => e.source === "org:iom" || e.target === "org:iom")).toBe(true);
    const ids = new Set(d.neighborhood.nodes.map((n: any) => n.id));
    expect(d.neighborhood.edges.every((e: any) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    const two = await ok(`{ neighborhood(id: "org:iom", depth: 2, types: [MEMBER_OF], limit: 40) { edges { type } } }`);
    expect(two.neighborhood.edges.length).toBeGreaterThan(d.neighborhood.edges.filter((e: any) => e.type === "MEMBER_OF").length);
    expect(two.neighborhood.edges.every((e: any) => e.type === "MEMBER_OF")).toBe(true);
  });

  it("paths: shortest only by default; shortestOnly: false lists indirect paths too, fewest hops first", async () => {
    const route = (p: any) => p.nodes.map((n: any) => n.id).join(">");
    const shortest = await ok(`{ paths(from: "org:unicef", to: "forum:gfmd", maxHops: 2) { nodes { id } } }`);
    // Every shortest path is the direct one (one per relation that links the two).
    expect([...new Set(shortest.paths.map(route))]).toEqual(["org:unicef>forum:gfmd"]);
    const all = await ok(`{ paths(from: "org:unicef", to: "forum:gfmd", maxHops: 2, shortestOnly: false, first: 20) { nodes { id } steps { type } } }`);
    const routes = all.paths.map(route);
    expect(routes[0]).toBe("org:unicef>forum:gfmd");
    expect(routes).toContain("org:unicef>forum:gfmd-2008>forum:gfmd");
    const hops = all.paths.map((p: any) => p.steps.length);
    expect(hops).toEqual([...hops].sort((a: number, b: number) => a - b));
    expect(all.paths.every((p: any) => new Set(p.nodes.map((n: any) => n.id)).size === p.nodes.length)).toBe(true);
    const tooFar = await gql(server, `{ paths(from: "org:unicef", to: "forum:gfmd", maxHops: 5, shortestOnly: false) { nodes { id } } }`);
    expect(tooFar.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
  });

  it("reads the symmetric PARTNERS_WITH as BOTH, whichever direction is asked", async () => {
    const d = await ok(`{ entity(id: "org:iom") { ... on Organization { statedPartnerships(first: 100) { direction other { id } } }
      out: relations(types: [PARTNERS_WITH], direction: OUT, first: 100) { direction other { id } }
      in: relations(types: [PARTNERS_WITH], direction: IN, first: 100) { direction other { id } } } }`);
    expect(d.entity.statedPartnerships.length).toBeGreaterThan(2);
    expect(new Set(d.entity.statedPartnerships.map((r: any) => r.direction))).toEqual(new Set(["BOTH"]));
    expect(d.entity.out).toEqual(d.entity.in);
    expect(d.entity.out).toEqual(d.entity.statedPartnerships);
    const batched = await ok(`{ search(text: "International Organization for Migration", kinds: [ORGANIZATION], first: 1) { entity { relations(types: [PARTNERS_WITH]) { direction } } } }`);
    expect(new Set(batched.search[0].entity.relations.map((r: any) => r.direction))).toEqual(new Set(["BOTH"]));
  });

  it("every entity stores searchText, equal to lower-casing its name, acronym and aliases in Cypher", async () => {
    const [row] = await db.read(`MATCH (e:Entity) RETURN count(e) AS all,
      count(CASE WHEN e.searchText = toLower(e.name + ' ' + coalesce(e.acronym, '') + ' ' + coalesce(e.aliasText, '')) THEN 1 END) AS same`);
    expect(row.all).toBeGreaterThan(100);
    expect(row.same).toBe(row.all);
  });

  it("search reads only `first` hits, and no hit left out holds more of the words than one returned", async () => {
    // A word matches when a word of the hit begins with it: "national" is not matched by "international".
    const wordsOf = (t: string) => t.split(/[^\p{L}\p{N}']+/u).filter(Boolean);
    for (const text of ["migration", "refug", "labour migration", "Migration Group", "national institute", "assembly unit", "research europe", "global forum migration development"]) {
      const terms = searchTerms(text);
      const rank = (searchText: string) => {
        const words = wordsOf(searchText);
        const matched = terms.filter((t) => words.some((w) => w.startsWith(t))).length;
        return { matched, phrase: terms.length > 1 && matched === terms.length && searchText.includes(terms.join(" ")) };
      };
      expect(searchPool(null, 10)).toBe(10);
      const d = await ok(`{ search(text: ${JSON.stringify(text)}, first: 10) { score entity { id } } }`);
      const ids: string[] = d.search.map((h: any) => h.entity.id);
      const wide = await db.read(
        `CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: 1000}) YIELD node, score RETURN node.id AS id, node.searchText AS text, score`,
        { query: luceneQuery(text) },
      );
      expect(ids.length).toBe(Math.min(10, wide.length));
      expect(ids.length, text).toBeGreaterThan(0);
      const byId = new Map(wide.map((r) => [r.id as string, rank(r.text as string)]));
      const got = ids.map((id) => byId.get(id)!);
      for (let k = 1; k < got.length; k++) {
        expect(got[k].matched).toBeLessThanOrEqual(got[k - 1].matched);
        if (got[k].matched === got[k - 1].matched && got[k].phrase) expect(got[k - 1].phrase).toBe(true);
      }
      const last = got[got.length - 1];
      for (const [id, r] of byId) {
        if (ids.includes(id)) continue;
        expect(r.matched, `${text}: ${id} left out`).toBeLessThanOrEqual(last.matched);
        if (r.matched === last.matched && r.phrase) expect(last.phrase).toBe(true);
      }
    }
    // A kind filter applies after Lucene, so it reads a wider pool.
    expect(searchPool(["FORUM"], 10)).toBe(KIND_FILTER_POOL);
  });

  it("search ranks by matched words: an exact name plus a stray word still finds the name first", async () => {
    const d = await ok(`{ search(text: "Global Migration Group xyzzy") { entity { id } } }`);
    expect(d.search[0].entity.id).toBe("forum:gmg");
    // Part of a name: every hit holds both words in its name or an alias (a meeting also goes by its series' names
    // with its year), and the GMG is among the first (the Geneva Migration Group, its predecessor, is a shorter match).
    const partial = await ok(`{ search(text: "Migration Group", first: 3) { entity { id name aliases } } }`);
    for (const hit of partial.search) expect([hit.entity.name, ...hit.entity.aliases].join(" | ")).toMatch(/Migration.*Group|Group.*Migration/);
    expect(partial.search.map((hit: any) => hit.entity.id)).toContain("forum:gmg");
  });

  it("relationCount shows how many relations a list held before first cut it", async () => {
    const d = await ok(`{ entity(id: "org:iom") { relationCount cut: relations(first: 3) { id: type } all: relations(first: 100) { type }
      supportsIn: relationCount(types: [SUPPORTS], direction: IN) supportsOut: relationCount(types: [SUPPORTS], direction: OUT) out: relations(types: [SUPPORTS], direction: OUT, first: 100) { type } } }`);
    expect(d.entity.cut).toHaveLength(3);
    expect(d.entity.relationCount).toBe(d.entity.all.length);
    expect(d.entity.relationCount).toBeGreaterThan(3);
    expect(d.entity.supportsOut).toBe(d.entity.out.length);
    expect(d.entity.supportsIn).toBe(0);
    void db;
  });

  it("overlap: what two or more of the given entities link to, each with the links that join them", async () => {
    const ids = ["org:iom", "org:ilo", "org:unhcr"];
    const d = await ok(`{ overlap(ids: ${JSON.stringify(ids)}) { entities { id } shared { entity { id kind } links { id type from { id } to { id } } } } }`);
    expect(d.overlap.entities.map((e: any) => e.id)).toEqual(ids);
    expect(d.overlap.shared.map((s: any) => s.entity.id)).toContain("forum:gmg");
    for (const s of d.overlap.shared) {
      expect(["INITIATIVE", "FORUM", "COUNTRY", "CONVENTION"]).toContain(s.entity.kind);
      const given = new Set(s.links.map((l: any) => (l.from.id === s.entity.id ? l.to.id : l.from.id)));
      expect(given.size).toBeGreaterThanOrEqual(2);
      for (const id of given) expect(ids).toContain(id);
      expect(s.links.every((l: any) => l.from.id === s.entity.id || l.to.id === s.entity.id)).toBe(true);
    }
    // The GMG really is linked to each of them: the same links the entity fields show.
    const gmg = d.overlap.shared.find((s: any) => s.entity.id === "forum:gmg");
    const members = await ok(`{ entity(id: "forum:gmg") { relations(first: 100) { type other { id } } } }`);
    const fromGmg = members.entity.relations.filter((r: any) => ids.includes(r.other.id)).map((r: any) => `${r.type}|${r.other.id}`).sort();
    expect(gmg.links.map((l: any) => `${l.type}|${l.from.id === "forum:gmg" ? l.to.id : l.from.id}`).sort()).toEqual(fromGmg);
    // Most given entities reached first, then most links; `first` keeps the head of that order.
    const reach = (s: any) => new Set(s.links.map((l: any) => (l.from.id === s.entity.id ? l.to.id : l.from.id))).size;
    const keys = d.overlap.shared.map((s: any) => [reach(s), s.links.length]);
    for (let i = 1; i < keys.length; i++) expect(keys[i - 1][0] > keys[i][0] || (keys[i - 1][0] === keys[i][0] && keys[i - 1][1] >= keys[i][1])).toBe(true);
    const two = await ok(`{ overlap(ids: ${JSON.stringify(ids)}, first: 2) { shared { entity { id } links { id } } } }`);
    const linkSets = (shared: any[]) => shared.map((s: any) => `${s.entity.id}:${s.links.map((l: any) => l.id).sort().join(",")}`);
    expect(linkSets(two.overlap.shared)).toEqual(linkSets(d.overlap.shared.slice(0, 2)));
    const one = await gql(server, `{ overlap(ids: ["org:iom"]) { shared { entity { id } } } }`);
    expect(one.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
  });

  it("timeline: a forum's dated meetings in year order, hosts and chairs from HOSTED and CHAIRED links", async () => {
    const d = await ok(`{ timeline(forum: "forum:gfmd") { year event { id isEvent year } hosts { id } chairs { id } } }`);
    expect(d.timeline.length).toBeGreaterThan(3);
    const years = d.timeline.map((e: any) => e.year);
    expect(years).toEqual([...years].sort());
    expect(d.timeline.every((e: any) => e.event.isEvent && e.event.year === e.year)).toBe(true);
    const y2008 = d.timeline.find((e: any) => e.event.id === "forum:gfmd-2008");
    const hosted = await ok(`{ entity(id: "forum:gfmd-2008") { ... on Forum { hosts { other { id } } chairs { other { id } } } } }`);
    expect(y2008.hosts.map((h: any) => h.id).sort()).toEqual(hosted.entity.hosts.map((h: any) => h.other.id).sort());
    expect(y2008.chairs.map((h: any) => h.id).sort()).toEqual(hosted.entity.chairs.map((h: any) => h.other.id).sort());
    expect(y2008.hosts.map((h: any) => h.id)).toContain("ctry:ph");
    const none = await ok(`{ timeline(forum: "org:iom") { year } }`);
    expect(none.timeline).toEqual([]);
  });

  it("entity lists: relatedTo, relationTypes, document and minMentions filter; three orders walk with keyset cursors", async () => {
    const members = await ok(`{ organizations(filter: { relatedTo: "forum:gmg", relationTypes: [MEMBER_OF] }, first: 100) { totalCount edges { node { id } } } }`);
    const gmg = await ok(`{ entity(id: "forum:gmg") { ... on Forum { members { other { id } } } } }`);
    expect(members.organizations.edges.map((e: any) => e.node.id).sort()).toEqual(gmg.entity.members.map((m: any) => m.other.id).sort());
    expect(members.organizations.totalCount).toBe(gmg.entity.members.length);
    const withMembership = await ok(`{ organizations(filter: { relationTypes: [MEMBER_OF] }) { totalCount } }`);
    expect(withMembership.organizations.totalCount).toBeGreaterThanOrEqual(members.organizations.totalCount);
    const mentioned = await ok(`{ organizations(filter: { minMentions: 20 }, orderBy: MENTIONS_DESC, first: 100) { totalCount edges { node { mentionCount } } } }`);
    const counts = mentioned.organizations.edges.map((e: any) => e.node.mentionCount);
    expect(counts.length).toBe(mentioned.organizations.totalCount);
    expect(counts.every((c: number) => c >= 20)).toBe(true);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
    // DEGREE_DESC under relationTypes counts only relations of those types (the other types would reorder it).
    const byMembership = await ok(`{ organizations(filter: { relationTypes: [SUPPORTS] }, orderBy: DEGREE_DESC, first: 100) { totalCount edges { node { id supports: relationCount(types: [SUPPORTS]) all: relationCount } } } }`);
    const degrees = byMembership.organizations.edges.map((e: any) => e.node.supports);
    expect(degrees.length).toBe(byMembership.organizations.totalCount);
    expect(degrees).toEqual([...degrees].sort((a: number, b: number) => b - a));
    expect(byMembership.organizations.edges.map((e: any) => e.node.all)).not.toEqual(degrees);
    const docs = await ok(`{ documents { id } }`);
    const inDoc = await ok(`{ organizations(filter: { document: "${docs.documents[0].id}" }) { totalCount } all: organizations { totalCount } }`);
    expect(inDoc.organizations.totalCount).toBeGreaterThan(0);
    expect(inDoc.organizations.totalCount).toBeLessThanOrEqual(inDoc.all.totalCount);
    for (const order of ["NAME_ASC", "MENTIONS_DESC", "DEGREE_DESC"]) {
      const whole = await ok(`{ forums(orderBy: ${order}, first: 100) { totalCount edges { node { id name mentionCount relationCount } } } }`);
      const nodes = whole.forums.edges.map((e: any) => e.node);
      if (order === "NAME_ASC") expect(nodes.map((n: any) => n.name)).toEqual([...nodes.map((n: any) => n.name)].sort());
      if (order === "DEGREE_DESC") expect(nodes.map((n: any) => n.relationCount)).toEqual([...nodes.map((n: any) => n.relationCount)].sort((a: number, b: number) => b - a));
      const walked: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 100; i++) {
        const page: any = await ok(`query($after: String) { forums(orderBy: ${order}, first: 7, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`, { after });
        walked.push(...page.forums.edges.map((e: any) => e.node.id));
        if (!page.forums.pageInfo.hasNextPage) break;
        after = page.forums.pageInfo.endCursor;
      }
      // The walk visits every forum once, and its first 100 are the 100-item page in the same order.
      expect(walked.length, order).toBe(whole.forums.totalCount);
      expect(new Set(walked).size, order).toBe(walked.length);
      expect(walked.slice(0, nodes.length), order).toEqual(nodes.map((n: any) => n.id));
    }
  });

  it("typed fields agree with relations(types, direction) on every kind; stats and documents add up", async () => {
    const d = await ok(`{
      gfmd: entity(id: "forum:gfmd") { ... on Forum { events { other { id } } } partsIn: relations(types: [PART_OF], direction: IN) { other { id kind ... on Forum { isEvent } } } }
      y2008: entity(id: "forum:gfmd-2008") { ... on Forum { parent { id } } }
      ph: entity(id: "ctry:ph") { ... on Country { hostedEvents { other { id } } initiatives { other { id } } } hosted: relations(types: [HOSTED], direction: OUT) { other { id } } ops: relations(types: [OPERATES_IN], direction: IN) { other { id } } }
      cmw: entity(id: "conv:cmw") { ... on Convention { promoters { other { id } } ratifiedBy { other { id } } } promotes: relations(types: [PROMOTES], direction: IN) { other { id } } ratified: relations(types: [RATIFIED], direction: IN) { other { id } } }
      iom: entity(id: "org:iom") { evidence(first: 2) { text method confidence } relations(first: 3) { method evidenceCount } }
      stats { entitiesByKind { key count } relationsByType { key count } documents passages }
      documents { passageCount bytes hash }
      initiatives(first: 2) { totalCount edges { cursor node { id ... on Initiative { partOf { type other { id } } } } } }
      conventions(first: 1) { totalCount } countries(first: 1) { totalCount }
      links(first: 30, orderBy: EVIDENCE_DESC) { edges { node { role method } } }
      paths(from: "org:undp", to: "forum:gmg") { steps { relationId } }
    }`);
    const ids = (list: any[]) => list.map((r: any) => r.other.id).sort();
    expect(ids(d.gfmd.events)).toContain("forum:gfmd-2008");
    expect(ids(d.gfmd.events)).toEqual(ids(d.gfmd.partsIn.filter((r: any) => r.other.kind === "FORUM")));
    expect(d.y2008.parent.id).toBe("forum:gfmd");
    expect(ids(d.ph.hostedEvents)).toEqual(ids(d.ph.hosted));
    expect(ids(d.ph.hostedEvents)).toContain("forum:gfmd-2008");
    expect(ids(d.ph.initiatives)).toEqual(ids(d.ph.ops));
    expect(ids(d.cmw.promoters)).toEqual(ids(d.cmw.promotes));
    expect(d.cmw.promoters.length).toBeGreaterThan(0);
    expect(ids(d.cmw.ratifiedBy)).toEqual(ids(d.cmw.ratified));
    expect(d.iom.evidence).toHaveLength(2);
    expect(d.iom.relations.every((r: any) => r.evidenceCount >= 1 && typeof r.method === "string")).toBe(true);
    expect(d.stats.documents).toBe(d.documents.length);
    expect(d.stats.passages).toBe(d.documents.reduce((n: number, doc: any) => n + doc.passageCount, 0));
    expect(d.documents.every((doc: any) => /^[0-9a-f]{64}$/.test(doc.hash) && doc.bytes > 0)).toBe(true);
    const byKind = Object.fromEntries(d.stats.entitiesByKind.map((c: any) => [c.key, c.count]));
    expect(byKind.INITIATIVE).toBe(d.initiatives.totalCount);
    expect(byKind.CONVENTION).toBe(d.conventions.totalCount);
    expect(byKind.COUNTRY).toBe(d.countries.totalCount);
    expect(d.stats.relationsByType.reduce((n: number, c: any) => n + c.count, 0)).toBeGreaterThan(100);
    expect(d.initiatives.edges.every((e: any) => typeof e.cursor === "string" && Array.isArray(e.node.partOf))).toBe(true);
    expect(d.links.edges.some((e: any) => e.node.method)).toBe(true);
    expect(d.links.edges.every((e: any) => e.node.role === null || typeof e.node.role === "string")).toBe(true);
    expect(d.paths[0].steps.every((s: any) => /^rel:/.test(s.relationId))).toBe(true);
  });
});
