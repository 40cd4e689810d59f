import { GraphQLError } from "graphql";
import { parseId } from "../ontology/ids.js";

export const MAX_PAGE = 100;

export function badInput(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", ...(field ? { field } : {}) } });
}

/** Page sizes are capped so one request cannot pull the whole graph. */
export function checkFirst(first: number, field = "first", max = MAX_PAGE): number {
  if (!Number.isInteger(first) || first < 0 || first > max) throw badInput(`${field} must be between 0 and ${max}, got ${first}`, field);
  return first;
}

/** A malformed id is the caller's mistake; a well-formed unknown id is just absent (null). */
export function checkId(id: string, family?: "entity" | "support"): string {
  const parsed = parseId(id);
  if (!parsed || (family && parsed.family !== family)) throw badInput(`malformed id ${JSON.stringify(id)}; ids look like org:iom or ctry:ph`, "id");
  return id;
}
