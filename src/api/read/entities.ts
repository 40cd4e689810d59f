import type { Row } from "../../db/Database.js";
import { parseId } from "../../ontology/ids.js";
import type { EntityKind } from "../../ontology/ontology.js";
import type { Context } from "../context.js";
import { badInput, checkFirst, checkId } from "../errors.js";
import { toEntity } from "../mappers.js";
import type { EntityConnection, EntityFilter, EntityOrder } from "../types/pages.js";
import { entitiesCountStatement, entitiesPageStatement } from "./entitiesStatement.js";

const encodeCursor = (key: unknown, id: string) => Buffer.from(JSON.stringify(["e", key, id])).toString("base64url");
function decodeCursor(cursor: string): { key: string | number; id: string } {
  try {
    const [tag, key, id] = JSON.parse(Buffer.from(cursor, "base64url").toString()) as unknown[];
    if (tag === "e" && (typeof key === "string" || typeof key === "number") && typeof id === "string" && parseId(id)) return { key, id };
  } catch {
    // falls through to the error below
  }
  throw badInput("invalid cursor", "after");
}

/** One page of entities of a kind under a filter, with the total the filter selects. */
export async function loadEntityPage(ctx: Context, kind: EntityKind, filter: EntityFilter | null, order: EntityOrder, first: number, after: string | null): Promise<EntityConnection> {
  checkFirst(first);
  if (filter?.relatedTo != null) checkId(filter.relatedTo, "entity");
  if (filter?.document != null && !(parseId(filter.document)?.family === "support" && parseId(filter.document)?.kind === "DOCUMENT")) {
    throw badInput(`filter.document must be a document id, got ${JSON.stringify(filter.document)}`, "filter.document");
  }
  if (filter?.minMentions != null && !(Number.isInteger(filter.minMentions) && filter.minMentions >= 0)) throw badInput("filter.minMentions must be a whole number ≥ 0", "filter.minMentions");
  const params = {
    kind,
    name: filter?.name?.trim().toLowerCase() || null,
    relatedTo: filter?.relatedTo ?? null,
    document: filter?.document ?? null,
    minMentions: filter?.minMentions ?? null,
  };
  const cursor = after ? decodeCursor(after) : null;
  const types = filter?.relationTypes;
  const [rows, [count]] = await Promise.all([
    ctx.db.read(entitiesPageStatement(types, order), { ...params, first: first + 1, afterKey: cursor?.key ?? null, afterId: cursor?.id ?? null }),
    ctx.db.read(entitiesCountStatement(types), params),
  ]);
  const edges = rows.slice(0, first).map((r) => {
    const node = toEntity(r.entity as Row);
    return { cursor: encodeCursor(r.key, node.id), node };
  });
  return { totalCount: (count?.total as number) ?? 0, edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}
