/**
 * The pure planner: a root entity's GraphQL selection → what one Cypher round trip must read so the
 * fields below the root are answered without another: the relations its relationship fields read
 * (types, direction and far-end kinds from fieldSpecs.ts), only the far-end properties selected, the
 * evidence asked of those relations, and one more level of relations below them. Deeper levels fall
 * back to the per-request loaders. No I/O, no state: the same selection always gives the same plan.
 */
import { Kind, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode, type ValueNode } from "graphql";
import { ENTITY_PROPERTIES, EVIDENCE_PROPERTIES, RELATION_PROPERTIES } from "../../db/cypher.js";
import type { RelationType } from "../../ontology/ontology.js";
import { Direction } from "../types/enums.js";
import { EVIDENCE_FIRST, relationField, type RelationSpec } from "./fieldSpecs.js";
import { unionSpec } from "./relationSpecs.js";

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

export interface ReadPlan {
  /** Stored properties selected on the root entity itself (always id, kind and name). */
  rootProps: string[];
  level1: LevelPlan | null;
  /** Relation types of level 1 whose far ends get their own relations read (null: all). */
  via: RelationType[] | null;
  /** Evidence is never read ahead here (`evidence` 0); its loader batches it. */
  level2: LevelPlan | null;
}

/** What the planner reads of a resolver's info: the root field's nodes, the fragments and the variables. */
export interface Selection {
  fieldNodes: readonly FieldNode[];
  fragments: Record<string, FragmentDefinitionNode>;
  variableValues?: Record<string, unknown> | null;
}

export const NO_READ_AHEAD: ReadPlan = { rootProps: [], level1: null, via: null, level2: null };
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

interface RelationField extends Selected {
  spec: RelationSpec;
  /** Whether the field lists Relation objects (false: the far entity itself, or a count). */
  relations: boolean;
}

/** The relation spec a selected field reads, or null when it is not a relationship field. */
function relationFieldOf(s: Selected, walk: Walk): RelationField | null {
  const name = s.field.name.value;
  if (name === "relations" || name === "relationCount") {
    const types = arg(s.field, "types", walk);
    const direction = arg(s.field, "direction", walk);
    const spec = { types: Array.isArray(types) ? (types as RelationType[]) : null, direction: (direction as Direction) ?? Direction.BOTH, kinds: null };
    return { ...s, spec, relations: name === "relations" };
  }
  const row = relationField(s.parent, name);
  if (!row) return null;
  const role = row.roleArg ? arg(s.field, "role", walk) : undefined;
  const spec: RelationSpec = { types: typeof role === "string" ? [role as RelationType] : row.types, direction: row.direction, kinds: row.kinds };
  return { ...s, spec, relations: row.returns !== "entity" };
}

/** The selections made on the far-end entity of a relationship field. */
function farSelections(rel: RelationField, walk: Walk): Selected[] {
  if (rel.field.name.value === "relationCount") return [];
  if (!rel.relations) return selected(rel.field.selectionSet, "Entity", walk);
  return selected(rel.field.selectionSet, "Relation", walk)
    .filter((s) => s.field.name.value === "other")
    .flatMap((s) => selected(s.field.selectionSet, "Entity", walk));
}

function planLevel(rels: RelationField[], walk: Walk, withEvidence: boolean): LevelPlan {
  const props = new Set(ALWAYS);
  let evidence = 0;
  const evidenceProps = new Set<string>();
  const relationProps = new Set<string>();
  for (const rel of rels) {
    for (const s of farSelections(rel, walk)) if (STORED.has(s.field.name.value)) props.add(s.field.name.value);
    if (!rel.relations) continue;
    for (const s of selected(rel.field.selectionSet, "Relation", walk)) {
      if (RELATION_STORED.has(s.field.name.value)) relationProps.add(s.field.name.value);
      if (!withEvidence || s.field.name.value !== "evidence") continue;
      const first = arg(s.field, "first", walk);
      evidence = Math.max(evidence, typeof first === "number" ? first : EVIDENCE_FIRST.default);
      for (const e of selected(s.field.selectionSet, "Evidence", walk)) {
        const prop = EVIDENCE_FIELD_PROPS[e.field.name.value];
        if (prop) evidenceProps.add(prop);
      }
    }
  }
  return {
    spec: unionSpec(rels.map((r) => r.spec)),
    otherProps: [...props],
    relationProps: [...relationProps],
    evidence: Math.min(evidence, EVIDENCE_FIRST.max),
    evidenceProps: [...evidenceProps],
  };
}

function relationFields(set: Selected[], walk: Walk): RelationField[] {
  return set.flatMap((s) => relationFieldOf(s, walk) ?? []);
}

/** The plan for a root entity field (`entity`, `node`) and its selection. */
export function planRead(selection: Selection): ReadPlan {
  const walk: Walk = { fragments: selection.fragments, variables: selection.variableValues ?? {} };
  const root = selection.fieldNodes.flatMap((n) => selected(n.selectionSet, "Entity", walk));
  const level1 = relationFields(root, walk);
  if (level1.length === 0) return NO_READ_AHEAD;
  const rootProps = [...new Set([...ALWAYS, ...root.map((s) => s.field.name.value).filter((f) => STORED.has(f))])];
  const leading = level1.map((rel) => ({ rel, next: relationFields(farSelections(rel, walk), walk) })).filter((x) => x.next.length > 0);
  const via = leading.length ? unionSpec(leading.map((x) => x.rel.spec)).types : null;
  const next = leading.flatMap((x) => x.next);
  return { rootProps, level1: planLevel(level1, walk, true), via: via ? [...via] : null, level2: next.length ? planLevel(next, walk, false) : null };
}

/**
 * Stored entity properties a root field's selection reads on the entities found along the given
 * paths (`search { entity { … } }` is ["entity"]; paths' steps are ["steps", "from"]): always id,
 * kind and name, plus the selected ones.
 */
export function planEntityProps(selection: Selection, ...paths: string[][]): string[] {
  const walk: Walk = { fragments: selection.fragments, variables: selection.variableValues ?? {} };
  const props = new Set(ALWAYS);
  for (const path of paths) for (const s of along(selection, path, walk)) for (const e of selected(s.field.selectionSet, "Entity", walk)) if (STORED.has(e.field.name.value)) props.add(e.field.name.value);
  return [...props];
}

/**
 * Stored relationship properties (RELATION_PROPERTIES) a root field's selection reads on the links found
 * along the given paths (`overlap`'s are ["shared", "links"]); id and confidence are read always.
 */
export function planLinkProps(selection: Selection, ...paths: string[][]): string[] {
  const walk: Walk = { fragments: selection.fragments, variables: selection.variableValues ?? {} };
  const props = new Set<string>();
  for (const path of paths) for (const s of along(selection, path, walk)) for (const f of selected(s.field.selectionSet, "Link", walk)) if (RELATION_STORED.has(f.field.name.value)) props.add(f.field.name.value);
  return RELATION_PROPERTIES.filter((p) => props.has(p));
}

/** The fields reached from the root field by following `path` (field names, through fragments). */
function along(selection: Selection, path: string[], walk: Walk): Selected[] {
  let level: Selected[] = selection.fieldNodes.map((field) => ({ field, parent: "" }));
  for (const name of path) level = level.flatMap((s) => selected(s.field.selectionSet, "", walk)).filter((s) => s.field.name.value === name);
  return level;
}

/** Names of the fields selected directly under a root field (through fragments), e.g. `totalCount`, `facets`. */
export function planTopFields(selection: Selection): Set<string> {
  const walk: Walk = { fragments: selection.fragments, variables: selection.variableValues ?? {} };
  return new Set(selection.fieldNodes.flatMap((n) => selected(n.selectionSet, "", walk)).map((s) => s.field.name.value));
}
