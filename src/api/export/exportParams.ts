import { isEntityKind, isRelationType, type EntityKind, type RelationType } from "../../ontology/ontology.js";
import { parseId } from "../../ontology/ids.js";
import type { LinkFilterValues } from "../read/linksStatement.js";

/** A bad export query parameter: answered 400 with a message that names it. */
export class ExportParamError extends Error {
  constructor(
    readonly param: string,
    message: string,
  ) {
    super(`${param}: ${message}`);
    this.name = "ExportParamError";
  }
}

export const EXPORT_LIMIT = { default: 10_000, max: 50_000 } as const;
const KNOWN = new Set(["types", "fromKinds", "toKinds", "involving", "document", "yearFrom", "yearTo", "minConfidence", "limit"]);

const list = (value: string) => value.split(",").map((v) => v.trim()).filter(Boolean);

function integer(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) throw new ExportParamError(name, `must be a whole number between ${min} and ${max}, got ${JSON.stringify(value)}`);
  return n;
}

/** The LinkFilter fields (and `limit`) from an export URL's query string, e.g. `types=MEMBER_OF,SUPPORTS&involving=org:iom&minConfidence=0.7`. */
export function exportParams(search: string): { filter: LinkFilterValues; limit: number } {
  const params = new URLSearchParams(search);
  const filter: LinkFilterValues = {};
  let limit: number = EXPORT_LIMIT.default;
  for (const name of new Set(params.keys())) {
    if (!KNOWN.has(name)) throw new ExportParamError(name, `unknown parameter; use ${[...KNOWN].join(", ")}`);
    if (params.getAll(name).length > 1) throw new ExportParamError(name, "given more than once; separate values with commas");
  }
  for (const [name, value] of params) {
    switch (name) {
      case "types": {
        const bad = list(value).filter((t) => !isRelationType(t));
        if (bad.length) throw new ExportParamError(name, `unknown relation type ${bad.join(", ")}`);
        filter.types = list(value) as RelationType[];
        break;
      }
      case "fromKinds":
      case "toKinds": {
        const bad = list(value).filter((k) => !isEntityKind(k));
        if (bad.length) throw new ExportParamError(name, `unknown entity kind ${bad.join(", ")}`);
        filter[name] = list(value) as EntityKind[];
        break;
      }
      case "involving": {
        const bad = list(value).filter((id) => parseId(id)?.family !== "entity");
        if (bad.length) throw new ExportParamError(name, `not an entity id: ${bad.join(", ")} (ids look like org:iom)`);
        filter.involving = list(value);
        break;
      }
      case "document": {
        const parsed = parseId(value);
        if (!(parsed?.family === "support" && parsed.kind === "DOCUMENT")) throw new ExportParamError(name, `not a document id: ${JSON.stringify(value)}`);
        filter.document = value;
        break;
      }
      case "yearFrom":
      case "yearTo":
        filter[name] = integer(name, value, 0, 9999);
        break;
      case "minConfidence": {
        const n = Number(value);
        if (value.trim() === "" || !(n >= 0 && n <= 1)) throw new ExportParamError(name, `must be a number between 0 and 1, got ${JSON.stringify(value)}`);
        filter.minConfidence = n;
        break;
      }
      case "limit":
        limit = integer(name, value, 1, EXPORT_LIMIT.max);
        break;
    }
  }
  return { filter, limit };
}
