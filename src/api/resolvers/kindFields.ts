import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Plain } from "./Plain.js";
import type { Context } from "../context.js";
import { Entity } from "../types/Entity.js";
import { Initiative, Organization } from "../types/kinds.js";
import { Partner } from "../types/Partner.js";
import type { Row } from "../../db/Database.js";
import { toEntity } from "../mappers.js";

/**
 * The entity fields that are not lists of relations (those are rows of read/fieldSpecs.ts, built by
 * relationFieldResolvers.ts): derived views with their own batched loaders.
 */
@Resolver(() => Organization)
export class OrganizationFields {
  @FieldResolver(() => [Partner], { description: "Organizations linked through shared initiatives or a stated partnership, most shared first." })
  async partners(@Root() o: Plain<Organization>, @Ctx() ctx: Context): Promise<Partner[]> {
    return (await ctx.loaders.partners.load(o.id)).map((r) => {
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
