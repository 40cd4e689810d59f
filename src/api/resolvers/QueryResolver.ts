import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from "type-graphql";
import { cypher } from "../../db/cypher.js";
import type { Row } from "../../db/Database.js";
import { parseId } from "../../ontology/ids.js";
import type { Context } from "../context.js";
import { entityPropsFor, loadEntity } from "../read/readAhead.js";
import { badInput, checkFirst, checkId } from "../errors.js";
import { exactLookup, luceneQuery } from "../luceneQuery.js";
import { toLink } from "../read/links.js";
import { linkByIdStatement } from "../read/linksStatement.js";
import { neighborhoodStatement } from "../read/neighborhoodStatement.js";
import { pathsStatement } from "../read/pathsStatement.js";
import { searchPool, searchStatement } from "../read/searchStatement.js";
import { toEntity } from "../mappers.js";
import { Document } from "../types/Document.js";
import { Entity } from "../types/Entity.js";
import { EntityKind, RelationType } from "../types/enums.js";
import { Health, SearchHit, Stats } from "../types/misc.js";
import { Node } from "../types/Node.js";
import { EntityConnection, EntityFilter, EntityOrder, Path, Subgraph } from "../types/pages.js";
import { loadEntityPage } from "../read/entities.js";

@Resolver()
export class QueryResolver {
  @Query(() => Health)
  async health(@Ctx() ctx: Context): Promise<Health> {
    try {
      const info = await ctx.db.serverInfo();
      return { neo4j: true, version: info.version };
    } catch {
      return { neo4j: false, version: null };
    }
  }

  @Query(() => [Document])
  async documents(@Ctx() ctx: Context): Promise<Document[]> {
    return (await ctx.db.read(cypher("documents"))).map((r) => r.document as unknown as Document);
  }

  @Query(() => Node, { nullable: true })
  async node(@Arg("id", () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Node | null> {
    const parsed = parseId(checkId(id));
    if (parsed?.family === "support" && parsed.kind === "DOCUMENT") {
      const doc = await ctx.loaders.document.load(id);
      return doc ? Object.assign(new Document(), doc) : null;
    }
    if (parsed?.family === "support" && parsed.kind === "RELATION") {
      const [link] = await ctx.db.read(linkByIdStatement(), { id });
      return link ? toLink(link) : null;
    }
    const row = parsed?.family === "entity" ? await loadEntity(ctx, id, info) : null;
    return row ? toEntity(row) : null;
  }

  @Query(() => Entity, { nullable: true })
  async entity(@Arg("id", () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Entity | null> {
    const row = await loadEntity(ctx, checkId(id, "entity"), info);
    return row ? toEntity(row) : null;
  }

  @Query(() => Entity, { nullable: true, description: "Exact, case-insensitive match on name, acronym or alias." })
  async resolve(@Arg("name", () => String) name: string, @Arg("kind", () => EntityKind, { nullable: true }) kind: EntityKind | null, @Ctx() ctx: Context): Promise<Entity | null> {
    const { exact, term } = exactLookup(name);
    const [row] = await ctx.db.read(cypher("resolve-name"), { name: exact, term, kind: kind ?? null });
    return row ? toEntity(row.entity as Row) : null;
  }

  @Query(() => [SearchHit], { description: "Full-text search over names, acronyms and aliases: a hit whose name, acronym or alias is the whole text (case-insensitive) first, then hits holding more of the search words (a word matches when a word of the hit begins with it), then whole-phrase matches, then Lucene's relevance; a hit need not hold every word." })
  async search(
    @Arg("text", () => String) text: string,
    @Arg("kinds", () => [EntityKind], { nullable: true }) kinds: EntityKind[] | null,
    @Arg("first", () => Int, { defaultValue: 10 }) first: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchHit[]> {
    checkFirst(first);
    const query = luceneQuery(text);
    if (!query) return [];
    const statement = searchStatement(entityPropsFor(info, ["entity"]));
    const pool = searchPool(kinds ?? null, first);
    const { exact, term } = exactLookup(text);
    const rows = await ctx.db.read(statement, { query, exact, term, kinds: kinds ?? null, first, pool });
    return rows.map((r) => ({ entity: toEntity(r.entity as Row), score: r.score as number }));
  }

  @Query(() => Stats)
  async stats(@Ctx() ctx: Context): Promise<Stats> {
    const [row] = await ctx.db.read(cypher("stats"));
    return row as unknown as Stats;
  }

  @Query(() => EntityConnection)
  organizations(@Ctx() ctx: Context, @Arg("filter", () => EntityFilter, { nullable: true }) filter: EntityFilter | null, @Arg("first", () => Int, { defaultValue: 20 }) first: number, @Arg("after", () => String, { nullable: true }) after: string | null, @Arg("orderBy", () => EntityOrder, { defaultValue: EntityOrder.NAME_ASC }) orderBy: EntityOrder) {
    return loadEntityPage(ctx, "ORGANIZATION", filter, orderBy, first, after);
  }
  @Query(() => EntityConnection)
  initiatives(@Ctx() ctx: Context, @Arg("filter", () => EntityFilter, { nullable: true }) filter: EntityFilter | null, @Arg("first", () => Int, { defaultValue: 20 }) first: number, @Arg("after", () => String, { nullable: true }) after: string | null, @Arg("orderBy", () => EntityOrder, { defaultValue: EntityOrder.NAME_ASC }) orderBy: EntityOrder) {
    return loadEntityPage(ctx, "INITIATIVE", filter, orderBy, first, after);
  }
  @Query(() => EntityConnection)
  conventions(@Ctx() ctx: Context, @Arg("filter", () => EntityFilter, { nullable: true }) filter: EntityFilter | null, @Arg("first", () => Int, { defaultValue: 20 }) first: number, @Arg("after", () => String, { nullable: true }) after: string | null, @Arg("orderBy", () => EntityOrder, { defaultValue: EntityOrder.NAME_ASC }) orderBy: EntityOrder) {
    return loadEntityPage(ctx, "CONVENTION", filter, orderBy, first, after);
  }
  @Query(() => EntityConnection)
  countries(@Ctx() ctx: Context, @Arg("filter", () => EntityFilter, { nullable: true }) filter: EntityFilter | null, @Arg("first", () => Int, { defaultValue: 20 }) first: number, @Arg("after", () => String, { nullable: true }) after: string | null, @Arg("orderBy", () => EntityOrder, { defaultValue: EntityOrder.NAME_ASC }) orderBy: EntityOrder) {
    return loadEntityPage(ctx, "COUNTRY", filter, orderBy, first, after);
  }
  @Query(() => EntityConnection)
  forums(@Ctx() ctx: Context, @Arg("filter", () => EntityFilter, { nullable: true }) filter: EntityFilter | null, @Arg("first", () => Int, { defaultValue: 20 }) first: number, @Arg("after", () => String, { nullable: true }) after: string | null, @Arg("orderBy", () => EntityOrder, { defaultValue: EntityOrder.NAME_ASC }) orderBy: EntityOrder) {
    return loadEntityPage(ctx, "FORUM", filter, orderBy, first, after);
  }

  @Query(() => [Path], {
    description:
      "Paths between two entities, fewest hops first, then most evidence. shortestOnly (default): only the shortest ones. " +
      "shortestOnly: false lists every simple path up to maxHops (at most 4 then), so indirect links show beside direct ones.",
  })
  async paths(
    @Arg("from", () => ID) from: string,
    @Arg("to", () => ID) to: string,
    @Arg("maxHops", () => Int, { defaultValue: 4 }) maxHops: number,
    @Arg("first", () => Int, { defaultValue: 5 }) first: number,
    @Arg("shortestOnly", () => Boolean, { defaultValue: true }) shortestOnly: boolean,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Path[]> {
    checkId(from, "entity");
    checkId(to, "entity");
    checkFirst(first);
    const most = shortestOnly ? 6 : 4;
    if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > most) throw badInput(`maxHops must be between 1 and ${most}${shortestOnly ? "" : " when shortestOnly is false"}`, "maxHops");
    const statement = pathsStatement(shortestOnly, maxHops, entityPropsFor(info, ["nodes"], ["steps", "from"], ["steps", "to"]));
    const rows = await ctx.db.read(statement, { from, to, first });
    return rows.map((r) => {
      const nodes = (r.nodes as Row[]).map(toEntity);
      const byId = new Map(nodes.map((n) => [n.id, n]));
      const steps = (r.steps as Row[]).map((s) => ({ type: s.type as RelationType, from: byId.get(s.source), to: byId.get(s.target), relationId: s.id as string }));
      return { nodes, steps } as Path;
    });
  }

  @Query(() => Subgraph, { description: "Nodes and edges around an entity, ready for a graph view." })
  async neighborhood(
    @Arg("id", () => ID) id: string,
    @Arg("depth", () => Int, { defaultValue: 1 }) depth: number,
    @Arg("types", () => [RelationType], { nullable: true }) types: RelationType[] | null,
    @Arg("limit", () => Int, { defaultValue: 200 }) limit: number,
    @Ctx() ctx: Context,
  ): Promise<Subgraph> {
    checkId(id, "entity");
    if (!Number.isInteger(depth) || depth < 1 || depth > 3) throw badInput("depth must be between 1 and 3", "depth");
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw badInput("limit must be between 1 and 1000", "limit");
    const rows = await ctx.db.read(neighborhoodStatement(depth), { id, types: types ?? null, limit });
    const nodes = new Map<string, Entity>();
    const self = await ctx.loaders.entity.load(id);
    if (self) nodes.set(id, toEntity(self));
    const edges = rows.map((r) => {
      const s = toEntity(r.source as Row);
      const t = toEntity(r.target as Row);
      nodes.set(s.id, s);
      nodes.set(t.id, t);
      return { source: s.id, target: t.id, type: r.type as RelationType };
    });
    return { nodes: [...nodes.values()], edges };
  }
}
