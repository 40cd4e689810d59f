import { Field, Int, ObjectType } from "type-graphql";
import { Entity } from "./Entity.js";
import { Node } from "./Node.js";

/** The five entity types inherit Entity's fields; their relationship fields live in resolvers/kindFields.ts. */
abstract class Base extends Entity {}

@ObjectType({ simpleResolvers: true, implements: [Node, Entity] })
export class Organization extends Base {}

@ObjectType({ simpleResolvers: true, implements: [Node, Entity] })
export class Initiative extends Base {}

@ObjectType({ simpleResolvers: true, implements: [Node, Entity] })
export class Convention extends Base {
  @Field(() => Int, { nullable: true }) adoptedYear!: number | null;
}

@ObjectType({ simpleResolvers: true, implements: [Node, Entity] })
export class Country extends Base {
  @Field(() => String, { nullable: true }) iso2!: string | null;
  @Field(() => String, { nullable: true }) iso3!: string | null;
}

@ObjectType({ simpleResolvers: true, implements: [Node, Entity], description: "A standing forum, or one dated meeting of it (isEvent)." })
export class Forum extends Base {
  @Field(() => Boolean) isEvent!: boolean;
  @Field(() => Int, { nullable: true }) year!: number | null;
}
