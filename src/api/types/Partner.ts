import { Field, Int, ObjectType } from "type-graphql";
import { Entity } from "./Entity.js";

@ObjectType({ simpleResolvers: true, description: "Another organization linked through shared initiatives or a stated partnership." })
export class Partner {
  @Field(() => Entity) organization!: Entity;
  @Field(() => Int, { description: "How many initiatives both organizations work on." }) sharedCount!: number;
  @Field(() => [Entity]) sharedInitiatives!: Entity[];
  @Field(() => Boolean, { description: "Whether the text states a partnership (PARTNERS_WITH)." }) stated!: boolean;
}
