/**
 * The typed relationship fields, built from the table in read/fieldSpecs.ts: one resolver class per
 * entity type, one field per row, with its description, its `role` and `first` arguments and a
 * resolver that filters the read-ahead's (or the batched loader's) relations by the row's spec. The
 * decorators are applied by hand because the fields are data; with no emitted parameter types,
 * type-graphql passes the plain roots through untouched (see Plain.ts).
 */
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { checkFirst } from "../errors.js";
import { relationsFor, whenReady } from "../read/readAhead.js";
import { RELATION_FIELDS, type EntityTypeName, type RelationFieldSpec, type RelationSpec } from "../read/fieldSpecs.js";
import { Entity } from "../types/Entity.js";
import { RelationType } from "../types/enums.js";
import { Convention, Country, Forum, Initiative, Organization } from "../types/kinds.js";
import { Relation } from "../types/Relation.js";

const TYPES: Record<EntityTypeName, Function> = { Organization, Initiative, Convention, Country, Forum };

function resolve(spec: RelationFieldSpec, entity: { id: string }, ctx: Context, args: { role?: RelationType | null; first?: number }) {
  const wanted: RelationSpec = args.role ? { ...spec, types: spec.types.includes(args.role) ? [args.role] : [] } : spec;
  const relations = relationsFor(ctx, entity, wanted);
  if (spec.returns === "entity") return whenReady(relations, (list) => list[0]?.other ?? null);
  const first = args.first ?? spec.first?.default;
  if (first === undefined) return relations;
  checkFirst(first, "first", spec.first?.max);
  return whenReady(relations, (list) => (list.length > first ? list.slice(0, first) : list));
}

function resolverClass(parent: EntityTypeName, specs: RelationFieldSpec[]): Function {
  const Fields = class {};
  Object.defineProperty(Fields, "name", { value: `${parent}RelationFields` });
  const proto = Fields.prototype as Record<string, unknown>;
  for (const spec of specs) {
    const name = spec.field;
    // Parameters: root, context, then role (if any) and first (lists only), as declared below.
    const params: Array<"role" | "first"> = [...(spec.roleArg ? (["role"] as const) : []), ...(spec.first ? (["first"] as const) : [])];
    proto[name] = function (root: { id: string }, ctx: Context, ...values: unknown[]) {
      const args: { role?: RelationType | null; first?: number } = {};
      params.forEach((p, i) => ((args as Record<string, unknown>)[p] = values[i]));
      return resolve(spec, root, ctx, args);
    };
    Root()(proto, name, 0);
    Ctx()(proto, name, 1);
    params.forEach((p, i) => {
      if (p === "role") Arg("role", () => RelationType, { nullable: true, description: `One of ${spec.types.join(", ")}.` })(proto, name, 2 + i);
      else Arg("first", () => Int, { defaultValue: spec.first!.default, description: `At most ${spec.first!.max}.` })(proto, name, 2 + i);
    });
    const returns = spec.returns === "entity" ? () => Entity : () => [Relation];
    FieldResolver(returns, { nullable: spec.returns === "entity", description: spec.description })(proto, name, Object.getOwnPropertyDescriptor(proto, name)!);
  }
  Resolver(() => TYPES[parent])(Fields);
  return Fields;
}

/** One resolver class per entity type that has typed relationship fields. */
export const relationFieldResolvers: Function[] = (Object.keys(TYPES) as EntityTypeName[])
  .map((parent) => [parent, RELATION_FIELDS.filter((s) => s.parent === parent)] as const)
  .filter(([, specs]) => specs.length > 0)
  .map(([parent, specs]) => resolverClass(parent, specs));
