import { Field, InputType, Int, ObjectType } from "type-graphql";
import { Entity } from "./Entity.js";
import { RelationType } from "./enums.js";

@ObjectType({ simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ObjectType({ simpleResolvers: true })
export class EntityEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Entity) node!: Entity;
}

@ObjectType({ simpleResolvers: true, description: "A Relay connection of entities of one kind, ordered by id." })
export class EntityConnection {
  @Field(() => Int) totalCount!: number;
  @Field(() => [EntityEdge]) edges!: EntityEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@InputType()
export class EntityFilter {
  @Field(() => String, { nullable: true, description: "Case-insensitive substring of the name, or an exact acronym/alias." }) name?: string;
}

@ObjectType({ simpleResolvers: true })
export class PathStep {
  @Field(() => RelationType) type!: RelationType;
  @Field(() => Entity) from!: Entity;
  @Field(() => Entity) to!: Entity;
  @Field(() => String) relationId!: string;
}

@ObjectType({ simpleResolvers: true })
export class Path {
  @Field(() => [Entity]) nodes!: Entity[];
  @Field(() => [PathStep]) steps!: PathStep[];
}

@ObjectType({ simpleResolvers: true })
export class Edge {
  @Field(() => String) source!: string;
  @Field(() => String) target!: string;
  @Field(() => RelationType) type!: RelationType;
}

@ObjectType({ simpleResolvers: true })
export class Subgraph {
  @Field(() => [Entity]) nodes!: Entity[];
  @Field(() => [Edge]) edges!: Edge[];
}
