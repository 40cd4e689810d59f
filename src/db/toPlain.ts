/** Part of Database.ts (the one module that owns the driver), in its own file for size; import it from there. */
import neo4j from "neo4j-driver";

type Row = Record<string, unknown>;

/**
 * Converts driver values (Integers, Nodes, Relationships, temporals) into plain JSON-able values.
 * Maps and lists, by far the most common values, are converted in place: the driver builds
 * fresh ones for every record, and skipping the copies and class checks is a measurable share
 * of a request's CPU.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object") return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i]);
    return value;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const v = value as Row;
    for (const key in v) v[key] = toPlain(v[key]);
    return v;
  }
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (value instanceof Int32Array || value instanceof Float64Array) return Array.from(value);
  const v = value as Record<string, unknown>;
  if ("labels" in v && "properties" in v && "elementId" in v) {
    return { ...(toPlain(v.properties) as Row), __labels: v.labels };
  }
  if ("type" in v && "properties" in v && "startNodeElementId" in v) {
    return { ...(toPlain(v.properties) as Row), __type: v.type };
  }
  if (typeof (v as { toString?: unknown }).toString === "function" && isTemporal(v)) return String(v);
  const out: Row = {};
  for (const [key, inner] of Object.entries(v)) out[key] = toPlain(inner);
  return out;
}

function isTemporal(value: object): boolean {
  return neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value) || neo4j.isTime(value) || neo4j.isLocalTime(value) || neo4j.isDuration(value);
}
