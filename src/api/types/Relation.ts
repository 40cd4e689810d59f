import { Field, Float, Int, ObjectType } from "type-graphql";
import { Entity } from "./Entity.js";
import { Direction, RelationType } from "./enums.js";

@ObjectType({ simpleResolvers: true, description: "A link from the entity being viewed to another one." })
export class Relation {
  id!: string;
  @Field(() => RelationType) type!: RelationType;
  @Field(() => Direction) direction!: Direction;
  @Field(() => Entity) other!: Entity;
  @Field(() => Int, { nullable: true }) year!: number | null;
  @Field(() => String, { nullable: true }) role!: string | null;
  @Field(() => Float) confidence!: number;
  @Field(() => String, { nullable: true }) method!: string | null;
  @Field(() => Int) evidenceCount!: number;
}
