import type { ExpectedEntity } from "./devsetMatch.js";

/** A FORUM with a year in its name or a `partOf` series is a dated meeting. */
export const isDatedMeeting = (e: ExpectedEntity & { partOf?: string }) => e.kind === "FORUM" && (!!e.partOf || /\b(?:19|20)\d{2}\b/.test(e.name));

/**
 * The classes bench:recall counts expected entities by, to show where entity recall is lost: counts only,
 * so the validate half's losses can be read by class without opening its pages.
 */
export const ENTITY_GROUPS: Array<[string, (e: ExpectedEntity) => boolean]> = [
  ["dated meeting", isDatedMeeting],
  ...["FORUM", "ORGANIZATION", "INITIATIVE", "CONVENTION", "COUNTRY"].map((k): [string, (e: ExpectedEntity) => boolean] => [
    k === "FORUM" ? "FORUM (other)" : k,
    (e) => e.kind === k && !isDatedMeeting(e),
  ]),
];
