import { Field, ID, Int, InterfaceType } from "type-graphql";
import { EntityKind } from "./enums.js";
import { Node } from "./Node.js";

@InterfaceType({
  implements: Node,
  description: "An organization, initiative, convention, country or forum.",
})
export abstract class Entity implements Node {
  @Field(() => ID) id!: string;
  @Field(() => EntityKind) kind!: EntityKind;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) acronym!: string | null;
  @Field(() => [String]) aliases!: string[];
  @Field(() => Int) mentionCount!: number;
}

/**
 * The object type of a Node or Entity value: entities carry their kind, links their `from` end, documents neither.
 * Synchronous on purpose (see buildSchema.ts).
 */
export function nodeTypeName(value: { kind?: EntityKind; from?: unknown }): string {
  if (value.kind) return KIND_TO_TYPE[value.kind];
  return value.from ? "Link" : "Document";
}

const KIND_TO_TYPE: Record<EntityKind, string> = {
  ORGANIZATION: "Organization",
  INITIATIVE: "Initiative",
  CONVENTION: "Convention",
  COUNTRY: "Country",
  FORUM: "Forum",
};
