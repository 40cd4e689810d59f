import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Entity } from "./Entity.js";
import { RelationType } from "./enums.js";

export enum EntityOrder {
  NAME_ASC = "NAME_ASC",
  MENTIONS_DESC = "MENTIONS_DESC",
  DEGREE_DESC = "DEGREE_DESC",
}
registerEnumType(EntityOrder, {
  name: "EntityOrder",
  description: "Names by code point; DEGREE counts the entity's relations to other entities. Ties go by id.",
});

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

@ObjectType({ simpleResolvers: true, description: "A Relay connection of entities of one kind, in the order asked (keyset cursors)." })
export class EntityConnection {
  @Field(() => Int) totalCount!: number;
  @Field(() => [EntityEdge]) edges!: EntityEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@InputType()
export class EntityFilter {
  @Field(() => String, { nullable: true, description: "Case-insensitive substring of the name, or an exact acronym/alias." }) name?: string;
  @Field(() => ID, { nullable: true, description: "Entities with a relation to this one (of relationTypes, when given)." }) relatedTo?: string | null;
  @Field(() => [RelationType], { nullable: true, description: "Entities with at least one relation of these types (to relatedTo, when given)." }) relationTypes?: RelationType[] | null;
  @Field(() => ID, { nullable: true, description: "Entities mentioned in this document." }) document?: string | null;
  @Field(() => Int, { nullable: true, description: "Entities mentioned at least this many times." }) minMentions?: number | null;
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
