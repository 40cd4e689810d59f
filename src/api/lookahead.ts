import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode, type ValueNode } from "graphql";
import { ENTITY_PROPERTIES, EVIDENCE_PROPERTIES, RELATION_PROPERTIES } from "../db/cypher.js";
import { ENTITY_VALUED_FIELDS, TYPED_RELATION_FIELDS, unionSpec, type RelationSpec } from "./relationFields.js";
import { Direction, type RelationType } from "./types/enums.js";

/**
 * Reads ahead in the query so a root entity is fetched, in one Cypher round
 * trip, together with what the request will ask of it next and nothing more:
 * the relations its relationship fields read (types, direction and far-end
 * kinds pushed into the pattern), only the far-end properties selected, the
 * evidence asked of those relations, and one more level of relations below
 * them. Deeper levels fall back to the per-request loaders.
 */
export interface LevelPlan {
  /** Union of what the level's relationship fields read. */
  spec: RelationSpec;
  /** Stored properties projected on the far-end entities (always id, kind and name). */
  otherProps: string[];
  /** Relationship properties selected besides id and confidence (year, role, method, evidenceCount). */
  relationProps: string[];
  /** Largest `first` of an evidence field on these relations; 0 when none is selected. */
  evidence: number;
  evidenceProps: string[];
}

export interface Lookahead {
  /** Stored properties selected on the root entity itself (always id, kind and name). */
  rootProps: string[];
  level1: LevelPlan | null;
  /** Relation types of level 1 whose far ends get their own relations read (null: all). */
  via: RelationType[] | null;
  /** Evidence is never read ahead here (`evidence` 0); its loader batches it. */
  level2: LevelPlan | null;
}

export const NO_LOOKAHEAD: Lookahead = { rootProps: [], level1: null, via: null, level2: null };
const ALWAYS: readonly string[] = ["id", "kind", "name"];
const STORED = new Set<string>(ENTITY_PROPERTIES);
const RELATION_STORED = new Set<string>(RELATION_PROPERTIES);
/** GraphQL field of Evidence → stored property. */
const EVIDENCE_FIELD_PROPS: Record<string, string> = Object.fromEntries([...EVIDENCE_PROPERTIES.map((p) => [p, p]), ["document", "documentId"]]);

interface Selected {
  field: FieldNode;
  /** The object or interface type the field is selected on (from fragment type conditions). */
  parent: string;
}

interface Walk {
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

function selected(set: SelectionSetNode | undefined, parent: string, walk: Walk): Selected[] {
  if (!set) return [];
  return set.selections.flatMap((s): Selected[] => {
    if (s.kind === Kind.FIELD) return [{ field: s, parent }];
    if (s.kind === Kind.INLINE_FRAGMENT) return selected(s.selectionSet, s.typeCondition?.name.value ?? parent, walk);
    const fragment = walk.fragments[s.name.value];
    return fragment ? selected(fragment.selectionSet, fragment.typeCondition.name.value, walk) : [];
  });
}

function valueOf(node: ValueNode | undefined, walk: Walk): unknown {
  if (!node) return undefined;
  switch (node.kind) {
    case Kind.VARIABLE:
      return walk.variables[node.name.value];
    case Kind.INT:
      return Number(node.value);
    case Kind.ENUM:
    case Kind.STRING:
      return node.value;
    case Kind.LIST:
      return node.values.map((v) => valueOf(v, walk));
    case Kind.NULL:
      return null;
    default:
      return undefined;
  }
}

const arg = (field: FieldNode, name: string, walk: Walk) => valueOf(field.arguments?.find((a) => a.name.value === name)?.value, walk);

/** The relation spec a selected field reads, or null when it is not a relationship field. */
function specOf({ field, parent }: Selected, walk: Walk): RelationSpec | null {
  const name = field.name.value;
  if (name === "relations") {
    const types = arg(field, "types", walk);
    const direction = arg(field, "direction", walk);
    return { types: Array.isArray(types) ? (types as RelationType[]) : null, direction: (direction as Direction) ?? Direction.BOTH, kinds: null };
  }
  const typed = TYPED_RELATION_FIELDS[`${parent}.${name}` as keyof typeof TYPED_RELATION_FIELDS];
  if (!typed) return null;
  const role = name === "initiatives" && parent === "Organization" ? arg(field, "role", walk) : undefined;
  return typeof role === "string" ? { ...typed, types: [role as RelationType] } : typed;
}

/** The selections made on the far-end entity of a relationship field. */
function farSelections(rel: Selected, walk: Walk): Selected[] {
  if (ENTITY_VALUED_FIELDS.has(`${rel.parent}.${rel.field.name.value}`)) return selected(rel.field.selectionSet, "Entity", walk);
  return selected(rel.field.selectionSet, "Relation", walk)
    .filter((s) => s.field.name.value === "other")
    .flatMap((s) => selected(s.field.selectionSet, "Entity", walk));
}

function planLevel(rels: Array<Selected & { spec: RelationSpec }>, walk: Walk, withEvidence: boolean): LevelPlan {
  const props = new Set(ALWAYS);
  let evidence = 0;
  const evidenceProps = new Set<string>();
  const relationProps = new Set<string>();
  for (const rel of rels) {
    for (const s of farSelections(rel, walk)) if (STORED.has(s.field.name.value)) props.add(s.field.name.value);
    for (const s of selected(rel.field.selectionSet, "Relation", walk)) {
      if (RELATION_STORED.has(s.field.name.value)) relationProps.add(s.field.name.value);
      if (!withEvidence || s.field.name.value !== "evidence") continue;
      const first = arg(s.field, "first", walk);
      evidence = Math.max(evidence, typeof first === "number" ? first : 3);
      for (const e of selected(s.field.selectionSet, "Evidence", walk)) {
        const prop = EVIDENCE_FIELD_PROPS[e.field.name.value];
        if (prop) evidenceProps.add(prop);
      }
    }
  }
  return { spec: unionSpec(rels.map((r) => r.spec)), otherProps: [...props], relationProps: [...relationProps], evidence: Math.min(evidence, 100), evidenceProps: [...evidenceProps] };
}

function relationFields(set: Selected[], walk: Walk): Array<Selected & { spec: RelationSpec }> {
  return set.flatMap((s) => {
    const spec = specOf(s, walk);
    return spec ? [{ ...s, spec }] : [];
  });
}

function plan(info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments" | "variableValues">): Lookahead {
  const walk: Walk = { fragments: info.fragments, variables: info.variableValues ?? {} };
  const root = info.fieldNodes.flatMap((n) => selected(n.selectionSet, "Entity", walk));
  const level1 = relationFields(root, walk);
  if (level1.length === 0) return NO_LOOKAHEAD;
  const rootProps = [...new Set([...ALWAYS, ...root.map((s) => s.field.name.value).filter((f) => STORED.has(f))])];
  const leading = level1.map((rel) => ({ rel, next: relationFields(farSelections(rel, walk), walk) })).filter((x) => x.next.length > 0);
  const via = leading.length ? unionSpec(leading.map((x) => x.rel.spec)).types : null;
  const next = leading.flatMap((x) => x.next);
  return { rootProps, level1: planLevel(level1, walk, true), via: via ? [...via] : null, level2: next.length ? planLevel(next, walk, false) : null };
}

/** One plan per query text and variables: Apollo reuses the parsed document, so its field nodes key the cache. */
const plans = new WeakMap<FieldNode, Map<string, Lookahead>>();

export function lookahead(info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments" | "variableValues">): Lookahead {
  const node = info.fieldNodes[0];
  if (!node) return NO_LOOKAHEAD;
  const key = info.fieldNodes.length === 1 && info.variableValues ? JSON.stringify(info.variableValues) : null;
  if (key === null) return plan(info);
  let byVars = plans.get(node);
  if (!byVars) plans.set(node, (byVars = new Map()));
  let cached = byVars.get(key);
  if (!cached) {
    cached = plan(info);
    if (byVars.size < 50) byVars.set(key, cached);
  }
  return cached;
}

const propsCache = new WeakMap<FieldNode, string[]>();

/**
 * Stored entity properties a root field's selection reads on the entities found along the given
 * paths (`search { entity { … } }` is ["entity"]; paths' steps are ["steps", "from"]): always id,
 * kind and name, plus the selected ones. Each root field has one call site, so its node keys the cache.
 */
export function selectedEntityProps(info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments" | "variableValues">, ...paths: string[][]): string[] {
  const node = info.fieldNodes[0];
  const cacheable = node !== undefined && info.fieldNodes.length === 1;
  const cached = cacheable ? propsCache.get(node) : undefined;
  if (cached) return cached;
  const walk: Walk = { fragments: info.fragments, variables: info.variableValues ?? {} };
  const props = new Set(ALWAYS);
  for (const path of paths) {
    let level: Selected[] = info.fieldNodes.map((field) => ({ field, parent: "" }));
    for (const name of path) level = level.flatMap((s) => selected(s.field.selectionSet, "", walk)).filter((s) => s.field.name.value === name);
    for (const s of level) for (const e of selected(s.field.selectionSet, "Entity", walk)) if (STORED.has(e.field.name.value)) props.add(e.field.name.value);
  }
  const list = [...props];
  if (cacheable) propsCache.set(node, list);
  return list;
}
