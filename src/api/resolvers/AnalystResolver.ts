import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from "type-graphql";
import type { Row } from "../../db/Database.js";
import type { Context } from "../context.js";
import { badInput, checkFirst, checkId } from "../errors.js";
import { toEntity } from "../mappers.js";
import { OVERLAP_KINDS, overlapStatement, timelineStatement } from "../read/analystStatements.js";
import { toLink } from "../read/links.js";
import { planTopFields } from "../read/planner.js";
import { entityPropsFor, linkPropsFor } from "../read/readAhead.js";
import { ForumEdition, Overlap } from "../types/analyst.js";

const MAX_OVERLAP_IDS = 20;

/** What an overlap query selects of the shared entities, the links and their ends. */
const overlapProjection = (info: GraphQLResolveInfo) => ({
  entityProps: entityPropsFor(info, ["shared", "entity"], ["shared", "links", "from"], ["shared", "links", "to"]),
  linkProps: linkPropsFor(info, ["shared", "links"]),
});

@Resolver()
export class AnalystResolver {
  @Query(() => Overlap, { description: "What two or more of the given entities (2 to 20) link to in common: initiatives, forums, countries and conventions, each with the links." })
  async overlap(
    @Arg("ids", () => [ID]) ids: string[],
    @Arg("first", () => Int, { defaultValue: 50 }) first: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Overlap> {
    const unique = [...new Set(ids.map((id) => checkId(id, "entity")))];
    if (unique.length < 2 || unique.length > MAX_OVERLAP_IDS) throw badInput(`ids must name 2 to ${MAX_OVERLAP_IDS} different entities, got ${unique.length}`, "ids");
    checkFirst(first);
    // The given entities cost a second statement; read them only when the query asks for them.
    const wanted = planTopFields(info);
    const [entities, rows] = await Promise.all([
      wanted.has("entities") ? ctx.loaders.entity.loadMany(unique) : Promise.resolve([]),
      wanted.has("shared") ? ctx.db.read(overlapStatement(overlapProjection(info)), { ids: unique, kinds: OVERLAP_KINDS, first }) : Promise.resolve([]),
    ]);
    return {
      entities: entities.filter((e): e is Row => e !== null && !(e instanceof Error)).map(toEntity),
      shared: rows.map((r) => ({ entity: toEntity(r.entity as Row), links: (r.links as Row[]).map(toLink) })),
    };
  }

  @Query(() => [ForumEdition], { description: "The dated meetings of a forum in year order, each with its hosts and chairs from HOSTED and CHAIRED links." })
  async timeline(@Arg("forum", () => ID) forum: string, @Ctx() ctx: Context): Promise<ForumEdition[]> {
    const rows = await ctx.db.read(timelineStatement(), { forum: checkId(forum, "entity") });
    return rows.map((r) => ({
      event: toEntity(r.event as Row),
      year: (r.year as number) ?? null,
      hosts: (r.hosts as Row[]).map(toEntity),
      chairs: (r.chairs as Row[]).map(toEntity),
    }));
  }
}
