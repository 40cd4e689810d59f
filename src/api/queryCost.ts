import { getNamedType, getNullableType, isLeafType, isListType, isObjectType, type DocumentNode, type FieldNode, type GraphQLField, type GraphQLSchema } from "graphql";
import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity";
import { containerSizes, isSizedContainer } from "./queryCostContainers.js";

/**
 * The cost model. A query's cost is an upper estimate of the objects (entities, relations,
 * passages, documents, hits) it can make the server fetch and build:
 *
 *   cost(leaf field)   = 0
 *   cost(object field) = multiplier × (1 + cost of its selection)
 *
 * The multiplier of a field is the product of its size arguments (SIZE_ARGUMENTS, defaults
 * included): `relations(first: 50)` multiplies by 50, `paths(first: 5, maxHops: 4)` by 20,
 * `neighborhood(limit: 200, depth: 2)` by 400. A sized field that returns one container (a
 * connection, a subgraph) passes its multiplier down to the container's item lists (`edges`,
 * `nodes`), so what the container computes once (totalCount, facets, pageInfo) is paid once, not
 * once per item. A list field without size arguments multiplies by UNSIZED_LIST_SIZE, unless it is
 * bounded by the field that returned its parent (see `boundedLists`). Any other object field
 * multiplies by 1. Introspection costs nothing: it never
 * reaches Neo4j and the schema is small. Aliases are separate fields, so each is paid for.
 * Abstract types (Entity, Node) cost the dearest of their possible types' selections.
 */

/** Arguments that bound how many items a field produces. A new field with any of them is costed with no other code. */
export const SIZE_ARGUMENTS: readonly string[] = ["first", "limit", "maxHops", "depth"];

/**
 * What a list field without size arguments is assumed to hold: typed relationship lists
 * (`members`, `initiatives`, `partners`…) return every matching relation. Measured on the bundled
 * corpus (scripts/queryCosts.ts prints it): the longest such list of any entity.
 */
export const UNSIZED_LIST_SIZE = 20;

export interface CostModel {
  schema: GraphQLSchema;
  /** `Type.field` of list fields whose length the parent field's size arguments already bound (counted there). */
  boundedLists: ReadonlySet<string>;
  estimator: ComplexityEstimator;
}

const sizeArgumentsOf = (field: GraphQLField<unknown, unknown>) => field.args.filter((a) => SIZE_ARGUMENTS.includes(a.name));

/**
 * List fields that hold the items a sized field returned: `EntityConnection.edges` (sized by
 * `organizations(first)`), `Path.steps` and `Path.nodes` (by `paths(first, maxHops)`),
 * `Subgraph.nodes` and `.edges` (by `neighborhood(limit, depth)`). A type qualifies only when
 * every field that returns it is sized, so no path to its lists escapes being counted.
 */
export function boundedLists(schema: GraphQLSchema): Set<string> {
  const returnedBy = new Map<string, { sized: boolean }[]>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const target = getNamedType(field.type);
      if (!isObjectType(target)) continue;
      const list = returnedBy.get(target.name) ?? [];
      // A sized field bounds the lists of what it returns when it returns one container (a connection,
      // a subgraph), or items whose inner lists a size argument counts (paths' maxHops); `first` on a
      // list of items (partners) counts the items only, not their lists.
      const sizes = sizeArgumentsOf(field).map((a) => a.name);
      const itemList = isListType(getNullableType(field.type));
      list.push({ sized: itemList ? sizes.some((n) => n !== "first" && n !== "limit") : sizes.length > 0 });
      returnedBy.set(target.name, list);
    }
  }
  const bounded = new Set<string>();
  for (const [name, fields] of returnedBy) {
    if (!fields.every((f) => f.sized)) continue;
    const type = schema.getType(name);
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (isListType(getNullableType(field.type)) && sizeArgumentsOf(field).length === 0) bounded.add(`${name}.${field.name}`);
    }
  }
  return bounded;
}

/** The multiplier of one field given its (coerced, defaulted) arguments. */
export function multiplier(field: GraphQLField<unknown, unknown>, parentType: string, args: Record<string, unknown>, bounded: ReadonlySet<string>): number {
  const sized = sizeArgumentsOf(field);
  if (sized.length > 0) {
    // A missing or non-numeric size (a variable left null) is charged at its default, else at 1; the resolvers refuse it anyway.
    return sized.reduce((product, arg) => {
      const value = args[arg.name];
      const size = typeof value === "number" && Number.isFinite(value) ? value : typeof arg.defaultValue === "number" ? arg.defaultValue : 1;
      return product * Math.max(size, 1);
    }, 1);
  }
  if (isListType(getNullableType(field.type))) return bounded.has(`${parentType}.${field.name}`) ? 1 : UNSIZED_LIST_SIZE;
  return 1;
}

export function createCostModel(schema: GraphQLSchema): CostModel {
  const bounded = boundedLists(schema);
  const estimator: ComplexityEstimator = ({ type, field, node, args, childComplexity, context }) => {
    if (type.name.startsWith("__") || field.name.startsWith("__")) return 0;
    if (isLeafType(getNamedType(field.type))) return 0;
    // A container's size is charged on its item lists (queryCostContainers.ts), where `context` holds it.
    if (isSizedContainer(field, bounded, SIZE_ARGUMENTS)) return 1 + childComplexity;
    const fromContainer = (context?.containerSizes as Map<FieldNode, number> | undefined)?.get(node);
    if (fromContainer !== undefined) return fromContainer * (1 + childComplexity);
    return multiplier(field, type.name, args, bounded) * (1 + childComplexity);
  };
  return { schema, boundedLists: bounded, estimator };
}

/** Thrown when the document is too large to even cost (more selections than graphql-query-complexity visits). */
export class UncostableQueryError extends Error {}

/** The cost of one operation of a valid document, with the request's variables. */
export function queryCost(model: CostModel, document: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string | null): number {
  try {
    const walkModel = { ...model, sizeArguments: SIZE_ARGUMENTS, sizeOf: (f: GraphQLField<unknown, unknown>, parent: string, args: Record<string, unknown>) => multiplier(f, parent, args, model.boundedLists) };
    const context = { containerSizes: containerSizes(walkModel, document, variables, operationName) };
    return getComplexity({ schema: model.schema, query: document, variables, operationName: operationName ?? undefined, estimators: [model.estimator], maxQueryNodes: MAX_COSTED_SELECTIONS, context });
  } catch (error) {
    if (error instanceof Error && /maximum allowed number of nodes/.test(error.message)) throw new UncostableQueryError(error.message);
    throw error;
  }
}

/** Selections visited (fragments expanded) before a document is refused without a figure. */
export const MAX_COSTED_SELECTIONS = 10_000;
