import type { EntityRecord } from "./types.js";
import { isBodySummitName } from "./bodySummits.js";

/**
 * Whether a meeting is an organization's own, so that the venue's state did not host it unless the text says so:
 * a meeting whose name opens on an organization's acronym, or of a series an organization or a programme owns (a
 * programme's meeting is its implementers' as well, and a council's or board's sitting is that body's, a body read
 * as an organization, datedBodySitting.ts).
 */
export function organizationsOwn(entities: ReadonlyMap<string, EntityRecord>, organizationAcronyms: ReadonlySet<string> | undefined): (id: string) => boolean {
  return (id) => {
    const first = entities.get(id)?.name.replace(/^the\s+/i, "").split(/[\s'’]/)[0];
    const series = entities.get(entities.get(id)?.parentId ?? id);
    // "the 13th ASEAN Summit in Singapore": the members' summits sit in turn in each member state, not where the
    // organization sits, so a summit of its own is no meeting of the organization by its first word (BODY_SUMMITS).
    if (series?.kind === "FORUM" && isBodySummitName(series.name)) return false;
    const owner = series?.kind;
    return (first !== undefined && (organizationAcronyms?.has(first) ?? false)) || owner === "INITIATIVE" || owner === "ORGANIZATION";
  };
}
