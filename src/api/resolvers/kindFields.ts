import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Plain } from "./Plain.js";
import type { Context } from "../context.js";
import { relationsFor, whenReady } from "../prefetch.js";
import { TYPED_RELATION_FIELDS, type RelationSpec, type TypedRelationField } from "../relationFields.js";
import { Entity } from "../types/Entity.js";
import { Convention, Country, Forum, Initiative, Organization } from "../types/kinds.js";
import { Relation } from "../types/Relation.js";
import { Partner } from "../types/Partner.js";
import type { Row } from "../../db/Database.js";
import { toEntity } from "../mappers.js";
import { RelationType } from "../types/enums.js";

/**
 * The typed questions analysts ask, each a filtered view of the same batched
 * relations loader (so they add no round trips). Relations carry the type as
 * the role, the evidence and the other end.
 */
function related(ctx: Context, entity: Plain<Entity>, field: TypedRelationField, narrow?: Partial<RelationSpec>): Relation[] | Promise<Relation[]> {
  return relationsFor(ctx, entity, narrow ? { ...TYPED_RELATION_FIELDS[field], ...narrow } : TYPED_RELATION_FIELDS[field]);
}

@Resolver(() => Organization)
export class OrganizationFields {
  @FieldResolver(() => [Relation], { description: "Initiatives it leads, takes part in, funds or supports; `role` filters by relation type." })
  initiatives(@Root() o: Plain<Organization>, @Ctx() ctx: Context, @Arg("role", () => RelationType, { nullable: true }) role: RelationType | null) {
    return related(ctx, o, "Organization.initiatives", role ? { types: [role] } : undefined);
  }
  @FieldResolver(() => [Relation], { description: "Forums it is a member of, supports or chaired." })
  forums(@Root() o: Plain<Organization>, @Ctx() ctx: Context) {
    return related(ctx, o, "Organization.forums");
  }
  @FieldResolver(() => [Relation])
  conventions(@Root() o: Plain<Organization>, @Ctx() ctx: Context) {
    return related(ctx, o, "Organization.conventions");
  }
  @FieldResolver(() => [Partner], { description: "Organizations linked through shared initiatives or a stated partnership, most shared first." })
  async partners(@Root() o: Plain<Organization>, @Ctx() ctx: Context): Promise<Partner[]> {
    return (await ctx.loaders.partners.load(o.id)).map((r) => {
      const shared = (r.shared as Row[]).map(toEntity);
      return { organization: toEntity(r.partner as Row), sharedCount: shared.length, sharedInitiatives: shared, stated: r.stated === true };
    });
  }
  @FieldResolver(() => [Relation], { description: "Stated partnerships only, with their evidence." })
  statedPartnerships(@Root() o: Plain<Organization>, @Ctx() ctx: Context) {
    return related(ctx, o, "Organization.statedPartnerships");
  }
}

@Resolver(() => Initiative)
export class InitiativeFields {
  @FieldResolver(() => [Relation])
  organizations(@Root() i: Plain<Initiative>, @Ctx() ctx: Context) {
    return related(ctx, i, "Initiative.organizations");
  }
  @FieldResolver(() => [Relation])
  countries(@Root() i: Plain<Initiative>, @Ctx() ctx: Context) {
    return related(ctx, i, "Initiative.countries");
  }
  @FieldResolver(() => [Entity], { description: "Conventions named in the same passages as the initiative (co-mention, not a stated relation), most shared passages first." })
  async conventions(@Root() i: Plain<Initiative>, @Ctx() ctx: Context) {
    return (await ctx.loaders.initiativeConventions.load(i.id)).map((r) => toEntity(r.convention as Row));
  }
  @FieldResolver(() => [Relation], { description: "Larger initiatives or forums it belongs to." })
  partOf(@Root() i: Plain<Initiative>, @Ctx() ctx: Context) {
    return related(ctx, i, "Initiative.partOf");
  }
}

@Resolver(() => Country)
export class CountryFields {
  @FieldResolver(() => [Relation])
  initiatives(@Root() c: Plain<Country>, @Ctx() ctx: Context) {
    return related(ctx, c, "Country.initiatives");
  }
  @FieldResolver(() => [Relation])
  hostedEvents(@Root() c: Plain<Country>, @Ctx() ctx: Context) {
    return related(ctx, c, "Country.hostedEvents");
  }
}

@Resolver(() => Convention)
export class ConventionFields {
  @FieldResolver(() => [Relation])
  promoters(@Root() c: Plain<Convention>, @Ctx() ctx: Context) {
    return related(ctx, c, "Convention.promoters");
  }
  @FieldResolver(() => [Relation])
  ratifiedBy(@Root() c: Plain<Convention>, @Ctx() ctx: Context) {
    return related(ctx, c, "Convention.ratifiedBy");
  }
}

@Resolver(() => Forum)
export class ForumFields {
  @FieldResolver(() => [Relation])
  members(@Root() f: Plain<Forum>, @Ctx() ctx: Context) {
    return related(ctx, f, "Forum.members");
  }
  @FieldResolver(() => [Relation], { description: "Dated meetings of this forum; each carries its host and chair through its own relations." })
  events(@Root() f: Plain<Forum>, @Ctx() ctx: Context) {
    return related(ctx, f, "Forum.events");
  }
  @FieldResolver(() => Entity, { nullable: true })
  parent(@Root() f: Plain<Forum>, @Ctx() ctx: Context) {
    return whenReady(related(ctx, f, "Forum.parent"), (relations) => relations[0]?.other ?? null);
  }
  @FieldResolver(() => [Relation], { description: "Who chaired it, with the period in `role`." })
  chairs(@Root() f: Plain<Forum>, @Ctx() ctx: Context) {
    return related(ctx, f, "Forum.chairs");
  }
  @FieldResolver(() => [Relation])
  hosts(@Root() f: Plain<Forum>, @Ctx() ctx: Context) {
    return related(ctx, f, "Forum.hosts");
  }
}
