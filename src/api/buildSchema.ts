import "reflect-metadata";
import type { GraphQLInterfaceType, GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { EntityFieldsResolver, EvidenceFieldsResolver, RelationFieldsResolver } from "./resolvers/EntityFieldsResolver.js";
import { InitiativeFields, OrganizationFields } from "./resolvers/kindFields.js";
import { relationFieldResolvers } from "./resolvers/relationFieldResolvers.js";
import { AnalystResolver } from "./resolvers/AnalystResolver.js";
import { LinkResolver } from "./resolvers/LinkResolver.js";
import { PathStepResolver } from "./resolvers/PathStepResolver.js";
import { QueryResolver } from "./resolvers/QueryResolver.js";
import { nodeTypeName } from "./types/Entity.js";
import { Convention, Country, Forum, Initiative, Organization } from "./types/kinds.js";

let schema: Promise<GraphQLSchema> | undefined;

/** The schema, built once; `schema/schema.graphql` is this printed. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers: [QueryResolver, EntityFieldsResolver, RelationFieldsResolver, EvidenceFieldsResolver, OrganizationFields, InitiativeFields, ...relationFieldResolvers, PathStepResolver, LinkResolver, AnalystResolver] as unknown as [Function, ...Function[]],
    orphanedTypes: [Organization, Initiative, Convention, Country, Forum],
    validate: false,
  }).then((built) => {
    // type-graphql wraps a decorator's resolveType in an async function, and its default one wants class
    // instances; graphql-jit needs a synchronous answer and our values are plain rows, so both
    // interfaces get the same synchronous resolver here.
    for (const name of ["Node", "Entity"]) (built.getType(name) as GraphQLInterfaceType).resolveType = nodeTypeName;
    return built;
  });
  return schema;
}
