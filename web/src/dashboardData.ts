/**
 * The dashboard's data: counts, documents, the timeline of forum meetings and the most linked organizations, with
 * the queries that fetch them (exported so that bench:cost and the README's cost table price the same text).
 */
import { gql, REF, type Count, type Dashboard, type DocumentInfo, type EntityRef, type TimelineEntry } from "./api.js";

interface Edition {
  year: number | null;
  event: EntityRef;
  hosts: EntityRef[];
  chairs: EntityRef[];
}

function yearOf(year: number | null, role: string | null): number | null {
  if (year) return year;
  const m = role?.match(/\b(19|20)\d\d\b/);
  return m ? Number(m[0]) : null;
}

/** The forums whose meetings the dashboard's timeline shows, in row order. */
const TIMELINE_FORUMS = ["forum:gfmd", "forum:hld"] as const;

/**
 * The dashboard's counts: entities by kind and passages from `stats`, links by type from the facets of
 * `links(first: 0)` (counted before paging, so no link is fetched), and the documents.
 */
export const DASHBOARD_COUNTS_QUERY = `query DashboardCounts { stats { entitiesByKind { key count } passages }
  links(first: 0) { totalCount facets { types { key count } } }
  documents { id title source passageCount } }`;

/** The timeline: `timeline(forum:)` for the GFMD and HLD meetings (hosts, chairs), and the GMG's chairs. */
export const DASHBOARD_TIMELINE_QUERY = `query DashboardTimeline {
  gfmd: entity(id: "${TIMELINE_FORUMS[0]}") { acronym name } gfmdMeetings: timeline(forum: "${TIMELINE_FORUMS[0]}") { year event { ${REF} } hosts { ${REF} } chairs { ${REF} } }
  hld: entity(id: "${TIMELINE_FORUMS[1]}") { acronym name } hldMeetings: timeline(forum: "${TIMELINE_FORUMS[1]}") { year event { ${REF} } hosts { ${REF} } chairs { ${REF} } }
  gmg: entity(id: "forum:gmg") { ... on Forum { chairs { other { ${REF} } year role } } } }`;

/**
 * Counts, documents and the timeline of the GFMD and HLD meetings and the GMG chairs: two requests in parallel, so
 * each stays well within the cost limit (the two timelines alone cost 2 × 840).
 */
export async function dashboard(): Promise<Dashboard> {
  type Forum = { acronym: string | null; name: string } | null;
  const [counts, tl] = await Promise.all([
    gql<{ stats: { entitiesByKind: Count[]; passages: number }; links: { totalCount: number; facets: { types: Count[] } }; documents: DocumentInfo[] }>(DASHBOARD_COUNTS_QUERY),
    gql<{ gfmd: Forum; gfmdMeetings: Edition[]; hld: Forum; hldMeetings: Edition[]; gmg: { chairs?: { other: EntityRef; year: number | null; role: string | null }[] } | null }>(DASHBOARD_TIMELINE_QUERY),
  ]);
  const timeline: TimelineEntry[] = [];
  const series: string[] = [];
  for (const [forum, meetings] of [[tl.gfmd, tl.gfmdMeetings], [tl.hld, tl.hldMeetings]] as const) {
    if (!forum) continue;
    const name = `${forum.acronym ?? forum.name} meetings`;
    series.push(name);
    for (const m of meetings) if (m.year) timeline.push({ series: name, year: m.year, entity: m.event, hosts: m.hosts, chairs: m.chairs });
  }
  for (const c of tl.gmg?.chairs ?? []) {
    const year = yearOf(c.year, c.role);
    if (year) timeline.push({ series: "GMG chairs", year, entity: c.other, hosts: [], chairs: [], note: c.role ?? undefined });
  }
  timeline.sort((a, b) => a.year - b.year || a.entity.name.localeCompare(b.entity.name));
  return {
    entitiesByKind: [...counts.stats.entitiesByKind].sort((a, b) => b.count - a.count),
    linksByType: [...counts.links.facets.types].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)),
    documents: counts.documents,
    passages: counts.stats.passages,
    timeline,
    timelineSeries: series.concat("GMG chairs"),
  };
}

export interface Ranked {
  entity: EntityRef;
  count: number;
}

/** The 15 organizations with the most links: the server orders by degree, `relationCount` is that degree. */
export const MOST_LINKED_QUERY = `query MostLinked { organizations(orderBy: DEGREE_DESC, first: 15) { edges { node { ${REF} relationCount } } } }`;

/**
 * Organizations with at least one link of `type`, each with its number of links of that type, 100 a page.
 * DEGREE_DESC orders by all links, not by links of the filtered type (and `links` facets have no per-entity
 * count), so the ranking by one type is sorted here from the exact `relationCount(types:)` of every such
 * organization.
 */
export const MOST_LINKED_BY_TYPE_QUERY = `query MostLinkedByType($types: [RelationType!], $after: String) {
  organizations(filter: { relationTypes: $types }, orderBy: DEGREE_DESC, first: 100, after: $after) {
    edges { node { ${REF} relationCount(types: $types) } } pageInfo { hasNextPage endCursor } } }`;

/** The 15 organizations with the most links (of one relation type, when given), most first. */
export async function mostLinkedOrganizations(type: string | null = null): Promise<Ranked[]> {
  type Page = { organizations: { edges: { node: EntityRef & { relationCount: number } }[]; pageInfo?: { hasNextPage: boolean; endCursor: string | null } } };
  const toRanked = ({ relationCount, ...entity }: EntityRef & { relationCount: number }): Ranked => ({ entity, count: relationCount });
  if (!type) {
    const data = await gql<Page>(MOST_LINKED_QUERY);
    return data.organizations.edges.map((e) => toRanked(e.node)).filter((r) => r.count > 0);
  }
  const ranked: Ranked[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const data: Page = await gql<Page>(MOST_LINKED_BY_TYPE_QUERY, { types: [type], after });
    ranked.push(...data.organizations.edges.map((e) => toRanked(e.node)));
    if (!data.organizations.pageInfo?.hasNextPage) break;
    after = data.organizations.pageInfo.endCursor;
  }
  return ranked
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count || a.entity.name.localeCompare(b.entity.name))
    .slice(0, 15);
}
