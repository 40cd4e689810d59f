import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Entity } from "./Entity.js";
import { EntityKind, RelationType } from "./enums.js";
import { Count } from "./misc.js";
import { Node } from "./Node.js";
import { PageInfo } from "./pages.js";

@ObjectType({ simpleResolvers: true, implements: Node, description: "A stored relation between two entities, as dashboards list it: from its source to its target (a symmetric PARTNERS_WITH from the lower id)." })
export class Link implements Node {
  @Field(() => ID) id!: string;
  @Field(() => RelationType) type!: RelationType;
  @Field(() => Entity) from!: Entity;
  @Field(() => Entity) to!: Entity;
  @Field(() => Int, { nullable: true }) year!: number | null;
  @Field(() => String, { nullable: true }) role!: string | null;
  @Field(() => Float) confidence!: number;
  @Field(() => String, { nullable: true }) method!: string | null;
  @Field(() => Int) evidenceCount!: number;
}

@InputType({ description: "Which links to select; every condition set must hold. Unset conditions select everything." })
export class LinkFilter {
  @Field(() => [RelationType], { nullable: true }) types?: RelationType[] | null;
  @Field(() => [EntityKind], { nullable: true }) fromKinds?: EntityKind[] | null;
  @Field(() => [EntityKind], { nullable: true }) toKinds?: EntityKind[] | null;
  @Field(() => [ID], { nullable: true, description: "Links with one of these entities at either end." }) involving?: string[] | null;
  @Field(() => ID, { nullable: true, description: "Links with evidence in this document." }) document?: string | null;
  @Field(() => Int, { nullable: true, description: "Links with a year at or after this one (links without a year are left out)." }) yearFrom?: number | null;
  @Field(() => Int, { nullable: true, description: "Links with a year at or before this one (links without a year are left out)." }) yearTo?: number | null;
  @Field(() => Float, { nullable: true }) minConfidence?: number | null;
}

export enum LinkOrder {
  CONFIDENCE_DESC = "CONFIDENCE_DESC",
  EVIDENCE_DESC = "EVIDENCE_DESC",
  YEAR_ASC = "YEAR_ASC",
  YEAR_DESC = "YEAR_DESC",
}
registerEnumType(LinkOrder, { name: "LinkOrder", description: "Each order breaks ties by link id; links without a year come last in both year orders." });

@ObjectType({ simpleResolvers: true })
export class LinkEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Link) node!: Link;
}

@ObjectType({ simpleResolvers: true, description: "Counts of the links the filter selects, before paging; `documents` keys are document ids, `years` keys years (links without a year are not counted there)." })
export class LinkFacets {
  @Field(() => [Count]) types!: Count[];
  @Field(() => [Count]) fromKinds!: Count[];
  @Field(() => [Count]) toKinds!: Count[];
  @Field(() => [Count]) documents!: Count[];
  @Field(() => [Count]) years!: Count[];
}

@ObjectType({ simpleResolvers: true })
export class LinkConnection {
  @Field(() => Int, { description: "How many links the filter selects." }) totalCount!: number;
  @Field(() => [LinkEdge]) edges!: LinkEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => LinkFacets) facets!: LinkFacets;
}
