import type { RelationRule } from "./RelationRule.js";

/**
 * The meeting is the one the page has just reported: named within two sentences before, or past that the one the section
 * is still reporting (sceneReach), since each of these rules' words states presence itself.
 */
export const AT_REPORTED_MEETING = {
  implicitObject: true,
  meetingObject: true,
  meetingWithin: 2,
  sceneReach: true,
  subjects: ["ORGANIZATION", "COUNTRY"],
  objects: ["FORUM"],
  confidence: 0.65,
} satisfies Partial<RelationRule>;
