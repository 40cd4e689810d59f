import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from "type-graphql";
import type { Plain } from "./Plain.js";
import type { Context } from "../context.js";
import { checkFirst } from "../errors.js";
import { toEvidence } from "../mappers.js";
import { EVIDENCE_FIRST } from "../read/fieldSpecs.js";
import { loadLinks } from "../read/links.js";
import { Evidence } from "../types/Evidence.js";
import { Link, LinkConnection, LinkFilter, LinkOrder } from "../types/links.js";

@Resolver(() => Link)
export class LinkResolver {
  @Query(() => LinkConnection, { description: "Links (stored relations) the filter selects, one page in the given order, with totalCount and facets counted before paging." })
  links(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => LinkFilter, { nullable: true }) filter: LinkFilter | null,
    @Arg("orderBy", () => LinkOrder, { defaultValue: LinkOrder.CONFIDENCE_DESC }) orderBy: LinkOrder,
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
  ): Promise<LinkConnection> {
    return loadLinks(ctx, info, filter, orderBy, first, after);
  }

  @FieldResolver(() => [Evidence], { description: "The sentences that state the link." })
  async evidence(@Root() link: Plain<Link>, @Ctx() ctx: Context, @Arg("first", () => Int, { defaultValue: EVIDENCE_FIRST.default }) first: number): Promise<Evidence[]> {
    checkFirst(first, "first", EVIDENCE_FIRST.max);
    return (await ctx.loaders.relationEvidence.load(link.id)).slice(0, first).map(toEvidence);
  }
}
