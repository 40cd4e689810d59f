import { entityId } from "../../src/ontology/ids.js";
import type { Catalog } from "../catalog/catalog.js";
import { sittingName, sittingSlug } from "./meetingNouns.js";
import type { DiscoveredName } from "./types.js";

/** The meeting of a standing forum in a year: the catalog's when it lists one, else one named "<short> <year>", its plural head made singular (sittingName). */
export function yearMeeting(catalog: Catalog, parentId: string, short: string, year: number): DiscoveredName {
  const listed = catalog.byId.get(`${parentId}-${year}`);
  if (listed?.isEvent) return { key: listed.id, kind: "FORUM", name: listed.name, acronym: null, isEvent: true, year: listed.year ?? year, parentId };
  return { key: entityId("FORUM", `${sittingSlug(parentId)} ${year}`), kind: "FORUM", name: `${sittingName(short)} ${year}`, acronym: null, isEvent: true, year, parentId };
}
