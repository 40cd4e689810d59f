import { entityId } from "../../src/ontology/ids.js";
import type { EntityKind } from "../../src/ontology/ontology.js";
import { sittingName } from "./meetingNouns.js";

/**
 * The id a name keys to: a series named by a plural head keys to its singular ("the Coral Meetings on Pilots" is
 * "forum:coral-meeting-on-pilots"), so it has one id whichever form a page writes (SERIES_SINGULAR_KEY), unless the
 * catalog holds the singular as another entry. Every place that keys a name it found uses this, so a plural series
 * keeps one id alone and read with other pages.
 */
export function seriesKey(kind: EntityKind, name: string, inCatalog: (id: string) => boolean): string {
  const written = entityId(kind, name);
  if (kind !== "FORUM") return written;
  const one = entityId(kind, sittingName(name));
  return one === written || inCatalog(one) ? written : one;
}
