import { entityId } from "../../src/ontology/ids.js";
import { sittingSlug } from "./meetingNouns.js";
import type { Catalog } from "../catalog/catalog.js";
import type { ResolvedEntity } from "./resolve.js";
import { sitsInSessions } from "./meetingSittingBody.js";

/**
 * The meeting of a standing forum in a year: one already in the graph, else the catalog's, else a new one.
 * It is asked for only where the text states that the forum met that year under a host or a chair
 * ("Venezuela hosted the Conference in 2007", a row "2001 | II | Santiago, Chile" under a list of meetings),
 * so a forum the catalog does not know has its dated meetings too. Without `create`, only a known meeting. The new meeting is keyed and named as
 * meetings.ts keys a dated meeting read in the text, so the two meet. With `numbered` (the meeting was named by its
 * number, "Second ordinary session — Kigali, October 2017"), a committee, council or board read as an organization
 * has the meeting too, as a numbered phrase makes it a series in meetings.ts (meetingSittingBody.ts).
 */
export function meetingOfYear(forumId: string, year: number, entities: Map<string, ResolvedEntity>, catalog: Catalog, create = true, numbered = false): string | null {
  // Where the series met more than once that year (meetingOccasions.ts), the year alone names none of its meetings.
  let held: string | null = null;
  for (const e of entities.values()) {
    if (!e.isEvent || e.parentId !== forumId || e.year !== year) continue;
    if (held !== null) return null;
    held = e.id;
  }
  if (held !== null) return held;
  const c = catalog.entities.find((e) => e.isEvent && e.parentId === forumId && e.year === year);
  if (c) {
    const { forms: _f, ...record } = c;
    entities.set(c.id, record);
    return c.id;
  }
  const forum = entities.get(forumId);
  if (!create || !forum || forum.isEvent || (forum.kind !== "FORUM" && !(numbered && sitsInSessions(forum)))) return null;
  const id = entityId("FORUM", `${sittingSlug(forumId)} ${year}`);
  if (!entities.has(id)) {
    const aliases = forum.acronym ? [`${forum.acronym} ${year}`] : [];
    entities.set(id, { id, kind: "FORUM", name: `${forum.name} ${year}`, acronym: null, aliases, origin: "discovered", isEvent: true, year, parentId: forumId });
  }
  return id;
}

/** The first meeting of a standing forum in a year among `entities`, read without copying the whole run's entities. */
export function firstMeetingOfYear(entities: Iterable<{ id: string; isEvent?: boolean; parentId?: string; year?: number | null }>, forumId: string, year: number): string | null {
  for (const e of entities) if (e.isEvent && e.parentId === forumId && e.year === year) return e.id;
  return null;
}
