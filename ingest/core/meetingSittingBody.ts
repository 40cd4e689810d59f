import { headWord } from "./headKind.js";

/**
 * A body that sits in numbered sessions or meetings of its own: a commission, council, board, committee or assembly
 * ("the 31st session of the Andean Statistical Commission", "the Board held its seventh meeting"). Such a body is
 * often read as an organization, not as a standing forum, yet a phrase that numbers its sitting names one meeting of
 * it. Only an explicit numbered phrase makes it a series (meetings.ts): "the 2019 Commission" or "the Council" alone
 * stay the body. A project, programme or task force (an INITIATIVE) meets the same way whatever its head word ("the
 * Task Force held its sixth working-level meeting"): its numbered sitting is its own meeting, part of it, as a forum's
 * is part of the forum (SITTING_MEETINGS in meetingSittingSpecs.ts). A plain count ("held three meetings") or an
 * undated one stays the initiative.
 */
const SITTING_HEADS = new Set(["commission", "council", "board", "committee", "assembly"]);

export function sitsInSessions(entity: { kind: string; name: string; isEvent?: boolean } | undefined): boolean {
  if (!entity || entity.isEvent) return false;
  if (entity.kind === "INITIATIVE") return true;
  if (entity.kind !== "ORGANIZATION" && entity.kind !== "FORUM") return false;
  return SITTING_HEADS.has(headWord(entity.name)?.toLowerCase() ?? "");
}
