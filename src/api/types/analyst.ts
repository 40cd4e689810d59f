import { Field, Int, ObjectType } from "type-graphql";
import { Entity } from "./Entity.js";
import { Forum } from "./kinds.js";
import { Link } from "./links.js";

@ObjectType({ simpleResolvers: true })
export class SharedNeighbor {
  @Field(() => Entity, { description: "An initiative, forum, country or convention two or more of the given entities link to." }) entity!: Entity;
  @Field(() => [Link], { description: "The links between it and the given entities." }) links!: Link[];
}

@ObjectType({ simpleResolvers: true })
export class Overlap {
  @Field(() => [Entity], { description: "The given entities that exist, in the order given." }) entities!: Entity[];
  @Field(() => [SharedNeighbor], { description: "Most of the given entities reached first, then most links, then name." }) shared!: SharedNeighbor[];
}

@ObjectType({ simpleResolvers: true, description: "One dated meeting of a forum, with its host and chair as the links state them." })
export class ForumEdition {
  @Field(() => Forum) event!: Forum;
  @Field(() => Int, { nullable: true }) year!: number | null;
  @Field(() => [Entity]) hosts!: Entity[];
  @Field(() => [Entity]) chairs!: Entity[];
}
