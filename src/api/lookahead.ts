import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

/**
 * Reads ahead in the query so a root entity can be fetched together with what
 * the request will ask of it next, in one Cypher round trip:
 * `depth` 1 when a relationship field is selected on it, 2 when one is selected
 * on the entities those relations lead to; `evidence` the largest `first` of
 * an evidence field selected on those relations (0 when none).
 */
/** Relationship fields and the relation types they read (null: any, or the `types` argument). */
const RELATION_FIELDS = new Map<string, string[] | null>([
  ["relations", null],
  ["initiatives", ["LEADS", "PARTICIPATES_IN", "FUNDS", "SUPPORTS"]],
  ["organizations", ["LEADS", "PARTICIPATES_IN", "FUNDS", "SUPPORTS"]],
  ["forums", ["MEMBER_OF", "SUPPORTS", "CHAIRED"]],
  ["conventions", ["PROMOTES"]],
  ["promoters", ["PROMOTES"]],
  ["statedPartnerships", ["PARTNERS_WITH"]],
  ["countries", ["OPERATES_IN"]],
  ["partOf", ["PART_OF"]],
  ["events", ["PART_OF"]],
  ["parent", ["PART_OF"]],
  ["hostedEvents", ["HOSTED"]],
  ["hosts", ["HOSTED"]],
  ["ratifiedBy", ["RATIFIED"]],
  ["members", ["MEMBER_OF"]],
  ["chairs", ["CHAIRED"]],
]);

export interface Lookahead {
  depth: number;
  evidence: number;
  /** Relation types the root's fields ask for (null: all). */
  types: string[] | null;
  /** Relation types leading to the neighbours whose relations are also needed (null: all). */
  via: string[] | null;
  /** Relation types those neighbours are asked for (null: all). */
  nextTypes: string[] | null;
}

function typesOf(field: FieldNode): string[] | null {
  const fixed = RELATION_FIELDS.get(field.name.value);
  if (fixed) return fixed;
  const arg = field.arguments?.find((a) => a.name.value === "types");
  if (arg?.value.kind === Kind.LIST && arg.value.values.every((v) => v.kind === Kind.ENUM)) return arg.value.values.map((v) => (v as { value: string }).value);
  return null;
}

function fields(set: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>): FieldNode[] {
  if (!set) return [];
  return set.selections.flatMap((s) => {
    if (s.kind === Kind.FIELD) return [s];
    if (s.kind === Kind.INLINE_FRAGMENT) return fields(s.selectionSet, fragments);
    const fragment = fragments[s.name.value];
    return fragment ? fields(fragment.selectionSet, fragments) : [];
  });
}

function firstArg(field: FieldNode, fallback: number): number {
  const arg = field.arguments?.find((a) => a.name.value === "first");
  return arg?.value.kind === Kind.INT ? Number(arg.value.value) : fallback;
}

export function lookahead(info: GraphQLResolveInfo): Lookahead {
  const root = info.fieldNodes.flatMap((n) => fields(n.selectionSet, info.fragments));
  const level1 = root.filter((f) => RELATION_FIELDS.has(f.name.value));
  if (level1.length === 0) return { depth: 0, evidence: 0, types: null, via: null, nextTypes: null };
  let depth = 1;
  let evidence = 0;
  let via: Set<string> | null = new Set();
  let nextTypes: Set<string> | null = new Set();
  let types: Set<string> | null = new Set();
  for (const rel of level1) {
    const t = typesOf(rel);
    types = t && types ? new Set([...types, ...t]) : null;
  }
  for (const rel of level1) {
    const inner = fields(rel.selectionSet, info.fragments);
    for (const f of inner) if (f.name.value === "evidence") evidence = Math.max(evidence, firstArg(f, 3));
    // `parent` returns the entity itself; everything else returns relations whose far end is `other`.
    const far = rel.name.value === "parent" ? inner : inner.filter((f) => f.name.value === "other").flatMap((o) => fields(o.selectionSet, info.fragments));
    const farRelations = far.filter((f) => RELATION_FIELDS.has(f.name.value));
    if (farRelations.length > 0) {
      depth = 2;
      const types = typesOf(rel);
      via = types && via ? new Set([...via, ...types]) : null;
      for (const f of farRelations) {
        const t = typesOf(f);
        nextTypes = t && nextTypes ? new Set([...nextTypes, ...t]) : null;
      }
    }
  }
  return { depth, evidence: Math.min(evidence, 100), types: types ? [...types] : null, via: via ? [...via] : null, nextTypes: nextTypes ? [...nextTypes] : null };
}
