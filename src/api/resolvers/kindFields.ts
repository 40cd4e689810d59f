import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { Plain } from "./Plain.js";
import type { Context } from "../context.js";
import { Entity } from "../types/Entity.js";
import { Initiative, Organization } from "../types/kinds.js";
import { Partner } from "../types/Partner.js";
import type { Row } from "../../db/Database.js";
import { toEntity } from "../mappers.js";
import { checkFirst } from "../errors.js";
import { RELATION_LIST_FIRST } from "../read/fieldSpecs.js";

/**
 * The entity fields that are not lists of relations (those are rows of read/fieldSpecs.ts, built by
 * relationFieldResolvers.ts): derived views with their own batched loaders.
 */
@Resolver(() => Organization)
export class OrganizationFields {
  @FieldResolver(() => [Partner], { description: "Organizations linked through shared initiatives or a stated partnership, most shared first." })
  async partners(
    @Root() o: Plain<Organization>,
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { defaultValue: RELATION_LIST_FIRST.default, description: "How many partners, most shared first." }) first: number,
  ): Promise<Partner[]> {
    const n = checkFirst(first, "first", RELATION_LIST_FIRST.max);
    return (await ctx.loaders.partners.load(o.id)).slice(0, n).map((r) => {
      const shared = (r.shared as Row[]).map(toEntity);
      return { organization: toEntity(r.partner as Row), sharedCount: shared.length, sharedInitiatives: shared, stated: r.stated === true };
    });
  }
}

@Resolver(() => Initiative)
export class InitiativeFields {
  @FieldResolver(() => [Entity], { description: "Conventions named in the same passages as the initiative (co-mention, not a stated relation), most shared passages first." })
  async conventions(@Root() i: Plain<Initiative>, @Ctx() ctx: Context) {
    return (await ctx.loaders.initiativeConventions.load(i.id)).map((r) => toEntity(r.convention as Row));
  }
}
