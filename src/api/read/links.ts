/**
 * The `links` connection: validates a LinkFilter, then runs one statement (linksStatement.ts) for the
 * page and, only when selected, the counts behind the facets (all before paging).
 */
import type { GraphQLResolveInfo } from "graphql";
import type { Row } from "../../db/Database.js";
import type { Context } from "../context.js";
import { badInput, checkFirst, checkId } from "../errors.js";
import { relationProps, toEntity } from "../mappers.js";
import type { Count } from "../types/misc.js";
import type { Link, LinkConnection, LinkFacets, LinkFilter, LinkOrder } from "../types/links.js";
import { filterParams, linksStatement, type LinkFilterValues } from "./linksStatement.js";
import { planTopFields } from "./planner.js";
import { entityPropsFor, linkPropsFor } from "./readAhead.js";

/** Checks a filter's values; a bad one is the caller's mistake, named by its field. */
export function checkLinkFilter(filter: LinkFilterValues | null | undefined, field = "filter"): LinkFilterValues {
  const f = filter ?? {};
  for (const id of f.involving ?? []) checkId(id, "entity");
  if (f.document != null) {
    const doc = f.document;
    if (!/^doc:[a-z0-9][a-z0-9._-]*$/.test(doc)) throw badInput(`${field}.document must be a document id like doc:001-…, got ${JSON.stringify(doc)}`, `${field}.document`);
  }
  if (f.minConfidence != null && !(f.minConfidence >= 0 && f.minConfidence <= 1)) throw badInput(`${field}.minConfidence must be between 0 and 1, got ${f.minConfidence}`, `${field}.minConfidence`);
  for (const key of ["yearFrom", "yearTo"] as const) {
    const y = f[key];
    if (y != null && !(Number.isInteger(y) && y >= 0 && y <= 9999)) throw badInput(`${field}.${key} must be a year, got ${y}`, `${field}.${key}`);
  }
  return f;
}

const encodeCursor = (key: number, id: string) => Buffer.from(JSON.stringify(["l", key, id])).toString("base64url");
function decodeCursor(cursor: string): { key: number; id: string } {
  try {
    const [tag, key, id] = JSON.parse(Buffer.from(cursor, "base64url").toString()) as unknown[];
    if (tag === "l" && typeof key === "number" && typeof id === "string") return { key, id };
  } catch {
    // falls through to the error below
  }
  throw badInput("invalid cursor", "after");
}

/** A link row of linksStatement.ts → a Link. */
export function toLink(row: Row): Link {
  const link = row.link as Row;
  return {
    id: link.id as string,
    type: row.type as Link["type"],
    from: toEntity(row.from as Row),
    to: toEntity(row.to as Row),
    ...relationProps(link),
  };
}

const byCount = (counts: Map<string, number>): Count[] =>
  [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

function facetsOf(rows: Row[], documents: Row[]): { total: number; facets: LinkFacets } {
  const tally = () => new Map<string, number>();
  const [types, fromKinds, toKinds, years] = [tally(), tally(), tally(), tally()];
  let total = 0;
  const add = (m: Map<string, number>, key: unknown, n: number) => key != null && m.set(String(key), (m.get(String(key)) ?? 0) + n);
  for (const r of rows) {
    const n = r.count as number;
    total += n;
    add(types, r.type, n);
    add(fromKinds, r.fromKind, n);
    add(toKinds, r.toKind, n);
    add(years, r.year, n);
  }
  const yearList = [...years].map(([key, count]) => ({ key, count })).sort((a, b) => Number(a.key) - Number(b.key));
  return { total, facets: { types: byCount(types), fromKinds: byCount(fromKinds), toKinds: byCount(toKinds), documents: documents as unknown as Count[], years: yearList } };
}

export async function loadLinks(
  ctx: Context,
  info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments" | "variableValues">,
  filter: LinkFilter | null,
  order: LinkOrder,
  first: number,
  after: string | null,
): Promise<LinkConnection> {
  checkFirst(first);
  const f = checkLinkFilter(filter);
  const cursor = after ? decodeCursor(after) : null;
  const params = filterParams(f);
  const wanted = planTopFields(info);
  const want = {
    page: wanted.has("edges") || wanted.has("pageInfo"),
    // The counts give totalCount too; facets also need the per-document counts.
    counts: wanted.has("facets"),
    documents: wanted.has("facets"),
  };
  const projected = { entityProps: entityPropsFor(info, ["edges", "node", "from"], ["edges", "node", "to"]), linkProps: linkPropsFor(info, ["edges", "node"]) };
  const statement = linksStatement(f.types, order, want, params.involving !== null, projected);
  const [row] = await ctx.db.read(statement, { ...params, first: first + 1, afterKey: cursor?.key ?? null, afterId: cursor?.id ?? null });
  const page = want.page ? (row!.page as Row[]) : [];
  const edges = page.slice(0, first).map((r) => ({ cursor: encodeCursor(r.key as number, (r.link as Row).id as string), node: toLink(r) }));
  const { facets } = facetsOf(want.counts ? (row!.counts as Row[]) : [], want.documents ? (row!.documents as Row[]) : []);
  const total = row!.total as number;
  return { totalCount: total, edges, pageInfo: { hasNextPage: page.length > first, endCursor: edges.at(-1)?.cursor ?? null }, facets };
}
