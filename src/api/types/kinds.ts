import { Field, ID, Int, ObjectType } from "type-graphql";
import { Entity } from "./Entity.js";
import { EntityKind } from "./enums.js";
import { Node } from "./Node.js";

/** The five entity types; their relationship fields live in resolvers/kindFields.ts. */
abstract class Base implements Entity {
  @Field(() => ID) id!: string;
  @Field(() => EntityKind) kind!: EntityKind;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) acronym!: string | null;
  @Field(() => [String]) aliases!: string[];
  @Field(() => Int) mentionCount!: number;
}

@ObjectType({ implements: [Node, Entity] })
export class Organization extends Base {}

@ObjectType({ implements: [Node, Entity] })
export class Initiative extends Base {}

@ObjectType({ implements: [Node, Entity] })
export class Convention extends Base {
  @Field(() => Int, { nullable: true }) adoptedYear!: number | null;
}

@ObjectType({ implements: [Node, Entity] })
export class Country extends Base {
  @Field(() => String, { nullable: true }) iso2!: string | null;
  @Field(() => String, { nullable: true }) iso3!: string | null;
}

@ObjectType({ implements: [Node, Entity], description: "A standing forum, or one dated meeting of it (isEvent)." })
export class Forum extends Base {
  @Field(() => Boolean) isEvent!: boolean;
  @Field(() => Int, { nullable: true }) year!: number | null;
}
