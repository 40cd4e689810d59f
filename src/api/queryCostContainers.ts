/**
 * Sizes that sized containers pass to their item lists, for the cost model (queryCost.ts).
 * `links(first: 20)` returns one LinkConnection: its `edges` hold up to 20 items, while its
 * `facets`, `totalCount` and `pageInfo` are computed once. graphql-query-complexity hands an
 * estimator only the summed cost of a field's selection, so the container cannot multiply its
 * edges alone; instead this walk records, for each item-list field node under a sized container,
 * the container's multiplier, and the estimator charges it there.
 */
import { getArgumentValues, getNamedType, getNullableType, isListType, isObjectType, Kind, type DocumentNode, type FieldNode, type GraphQLField, type GraphQLNamedType, type GraphQLSchema, type SelectionSetNode } from "graphql";

/** What the walk needs of the cost model (passed in, so this module does not import queryCost.ts). */
export interface ContainerModel {
  schema: GraphQLSchema;
  boundedLists: ReadonlySet<string>;
  sizeArguments: readonly string[];
  /** The multiplier of a field given its arguments (queryCost.ts `multiplier`). */
  sizeOf(field: GraphQLField<unknown, unknown>, parentType: string, args: Record<string, unknown>): number;
}

/** A field with size arguments that returns one object whose lists it bounds (not a list of items). */
export function isSizedContainer(field: GraphQLField<unknown, unknown>, bounded: ReadonlySet<string>, sizeArguments: readonly string[]): boolean {
  if (!field.args.some((a) => sizeArguments.includes(a.name)) || isListType(getNullableType(field.type))) return false;
  const target = getNamedType(field.type);
  return isObjectType(target) && Object.keys(target.getFields()).some((name) => bounded.has(`${target.name}.${name}`));
}

/** Item-list field node → the multiplier of the sized container above it (the largest, when a fragment is shared). */
export function containerSizes(model: ContainerModel, document: DocumentNode, variables: Record<string, unknown>, operationName?: string | null): Map<FieldNode, number> {
  const sizes = new Map<FieldNode, number>();
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName));
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return sizes;
  const root = model.schema.getRootType(operation.operation);
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined, type: GraphQLNamedType | null | undefined, size: number | undefined) => {
    if (!set || !type || !isObjectType(type) && !("getFields" in type)) return;
    const fields = (type as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields();
    for (const sel of set.selections) {
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        walk(sel.selectionSet, sel.typeCondition ? model.schema.getType(sel.typeCondition.name.value) : type, size);
      } else if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(sel.name.value);
        // A fragment spread inside itself is refused by validation; this only stops the walk.
        const key = `${sel.name.value}@${size ?? ""}`;
        if (!fragment || seen.has(key)) continue;
        seen.add(key);
        walk(fragment.selectionSet, model.schema.getType(fragment.typeCondition.name.value), size);
        seen.delete(key);
      } else {
        const field = fields[sel.name.value];
        if (!field) continue;
        if (size !== undefined && model.boundedLists.has(`${type.name}.${field.name}`)) sizes.set(sel, Math.max(sizes.get(sel) ?? 0, size));
        let args: Record<string, unknown> = {};
        try {
          args = getArgumentValues(field, sel, variables);
        } catch {
          // A bad argument is reported by validation; cost it with defaults.
        }
        const inner = isSizedContainer(field, model.boundedLists, model.sizeArguments) ? model.sizeOf(field, type.name, args) : undefined;
        walk(sel.selectionSet, getNamedType(field.type), inner);
      }
    }
  };
  walk(operation.selectionSet, root, undefined);
  return sizes;
}
