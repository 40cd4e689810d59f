/**
 * Everything the explorer asks of the server, in one module: the public GraphQL API at /graphql, and links to the
 * /export endpoints. Pages never build queries themselves, so switching a page to a new API field (`links`,
 * `timeline`) happens here only.
 *
 * Queries stay modest (relations(first: 50), evidence(first: 3)): the server limits query cost. The dashboard's
 * queries are exported so bench/lib/costedQueries.ts costs exactly what the page sends.
 */

export interface EntityRef {
  id: string;
  kind: string;
  name: string;
  acronym: string | null;
}

export interface Named extends EntityRef {
  aliases: string[];
}

export interface Evidence {
  text: string;
  section: string | null;
  start: number;
  end: number;
  confidence: number | null;
  document: { id: string; title: string; source: string };
}

export interface Link {
  type: string;
  direction: "OUT" | "IN";
  other: Named;
  year: number | null;
  role: string | null;
  confidence: number;
  method: string | null;
  evidenceCount: number;
  evidence: Evidence[];
}

export interface EntityDetail extends Named {
  mentionCount: number;
  isEvent?: boolean;
  year?: number | null;
  adoptedYear?: number | null;
  iso2?: string | null;
  links: Link[];
}

export interface PathStep {
  type: string;
  from: EntityRef;
  to: EntityRef;
  evidence: Evidence[];
}

export interface Path {
  nodes: EntityRef[];
  steps: PathStep[];
}

export interface Count {
  key: string;
  count: number;
}

export interface DocumentInfo {
  id: string;
  title: string;
  source: string;
  passageCount: number;
}

export interface TimelineEntry {
  series: string;
  year: number;
  entity: EntityRef;
  hosts: EntityRef[];
  chairs: EntityRef[];
  /** For a chair of a standing forum: who held the chair. */
  note?: string;
}

export interface Dashboard {
  entitiesByKind: Count[];
  linksByType: Count[];
  documents: DocumentInfo[];
  passages: number;
  timeline: TimelineEntry[];
  timelineSeries: string[];
}

export class ApiError extends Error {
  constructor(message: string, readonly code?: string) {
    super(message);
  }
}

/** One GraphQL request to the server the page came from; errors carry the server's code. */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError(`the server answered ${response.status} without JSON`);
  }
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join("; "), body.errors[0]!.extensions?.code);
  if (!body.data) throw new ApiError(`the server answered ${response.status} without data`);
  return body.data;
}

/** The fields of an entity reference, as every query asks for them. */
export const REF = "id kind name acronym";
const EVIDENCE = "text section start end confidence document { id title source }";

/** Type-ahead: full-text over names, acronyms and aliases, best first. */
export async function search(text: string, first = 12): Promise<{ entity: Named; score: number }[]> {
  const data = await gql<{ search: { entity: Named; score: number }[] }>(
    `query Search($text: String!, $first: Int!) { search(text: $text, first: $first) { score entity { ${REF} aliases } } }`,
    { text, first },
  );
  return data.search;
}

const entityCache = new Map<string, Promise<EntityDetail | null>>();

/** An entity with its links (first 50) and up to three passages each; cached for the page's life. */
export function entity(id: string): Promise<EntityDetail | null> {
  let hit = entityCache.get(id);
  if (!hit) {
    hit = gql<{ entity: (Omit<EntityDetail, "links"> & { relations: Link[] }) | null }>(
      `query Entity($id: ID!) { entity(id: $id) { ${REF} aliases mentionCount
        ... on Forum { isEvent year } ... on Convention { adoptedYear } ... on Country { iso2 }
        relations(first: 50) { type direction year role confidence method evidenceCount other { ${REF} aliases } evidence(first: 3) { ${EVIDENCE} } } } }`,
      { id },
    ).then((d) => (d.entity ? { ...d.entity, links: d.entity.relations } : null));
    hit.catch(() => entityCache.delete(id));
    entityCache.set(id, hit);
  }
  return hit;
}

/** All passages of one link (up to 10, so the query stays within the cost limit), for "show all passages". */
export async function allPassages(id: string, link: Pick<Link, "type" | "direction" | "other" | "evidenceCount">): Promise<Evidence[]> {
  const data = await gql<{ entity: { relations: { other: { id: string }; evidence: Evidence[] }[] } | null }>(
    `query Passages($id: ID!, $types: [RelationType!], $direction: Direction!, $n: Int!) { entity(id: $id) {
      relations(first: 50, types: $types, direction: $direction) { other { id } evidence(first: $n) { ${EVIDENCE} } } } }`,
    { id, types: [link.type], direction: link.direction, n: Math.min(Math.max(link.evidenceCount, 1), 10) },
  );
  return data.entity?.relations.find((r) => r.other.id === link.other.id)?.evidence ?? [];
}

/** Just the name of an entity (path pickers filled from the URL). */
export async function entityRef(id: string): Promise<EntityRef | null> {
  const data = await gql<{ entity: EntityRef | null }>(`query Ref($id: ID!) { entity(id: $id) { ${REF} } }`, { id });
  return data.entity;
}

/** Shortest paths first, each step with its type and one passage. */
export async function paths(from: string, to: string, maxHops = 4, first = 5): Promise<Path[]> {
  const data = await gql<{ paths: Path[] }>(
    `query Paths($from: ID!, $to: ID!, $maxHops: Int!, $first: Int!) { paths(from: $from, to: $to, maxHops: $maxHops, first: $first) {
      nodes { ${REF} } steps { type from { ${REF} } to { ${REF} } evidence(first: 1) { ${EVIDENCE} } } } }`,
    { from, to, maxHops, first },
  );
  return data.paths;
}

const LIST_FIELD: Record<string, string> = { ORGANIZATION: "organizations", INITIATIVE: "initiatives", CONVENTION: "conventions", COUNTRY: "countries", FORUM: "forums" };

/** One page of the entities of a kind, ordered by id. */
export async function browse(kind: string, after: string | null, first = 50): Promise<{ totalCount: number; entities: (EntityRef & { mentionCount: number })[]; next: string | null }> {
  const field = LIST_FIELD[kind];
  if (!field) throw new ApiError(`unknown kind ${kind}`);
  const data = await gql<Record<string, { totalCount: number; edges: { node: EntityRef & { mentionCount: number } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }>>(
    `query Browse($first: Int!, $after: String) { list: ${field}(first: $first, after: $after) { totalCount edges { node { ${REF} mentionCount } } pageInfo { hasNextPage endCursor } } }`,
    { first, after },
  );
  const list = data.list!;
  return { totalCount: list.totalCount, entities: list.edges.map((e) => e.node), next: list.pageInfo.hasNextPage ? list.pageInfo.endCursor : null };
}

export interface ExportFilter {
  types?: string[];
  involving?: string;
  minConfidence?: number;
}

export const EXPORT_FORMATS = [
  { file: "graph.graphml", label: "GraphML" },
  { file: "graph.gexf", label: "GEXF" },
  { file: "links.csv", label: "Links CSV" },
  { file: "entities.csv", label: "Entities CSV" },
  { file: "graph.json", label: "JSON" },
] as const;

/** The server's export of the links matching the on-screen filter (LinkFilter fields as query parameters). */
export function exportUrl(file: string, filter: ExportFilter = {}): string {
  const params = new URLSearchParams();
  if (filter.types?.length) params.set("types", filter.types.join(","));
  if (filter.involving) params.set("involving", filter.involving);
  if (filter.minConfidence && filter.minConfidence > 0) params.set("minConfidence", String(filter.minConfidence));
  const q = params.toString();
  return `/export/${file}${q ? `?${q}` : ""}`;
}
