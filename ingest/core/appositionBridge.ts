import type { AToken } from "./analysis.js";

/**
 * "inaugurated a second phase, FMM West Africa II", "joined a new initiative, the Nansen Initiative": the predicate governs
 * a class noun whose name follows it in apposition, so it governs the name. Only an article, numbers, adjectives and one
 * class noun of programmes or forums may stand before the comma; "a study on the programme, MIDA" is not bridged.
 */
const THING_CLASSES = new Set([
  "phase", "programme", "program", "project", "initiative", "edition", "scheme", "network", "platform", "fund", "facility",
  "partnership", "process", "dialogue", "forum", "mechanism", "campaign", "framework", "round", "meeting", "conference", "summit",
]);

export function appositionBridge(tokens: AToken[], from: number, to: number): boolean {
  // "a new project, the Missing Migrants Project": an article may open the name.
  const comma = tokens[to - 1]?.pos === "DET" ? to - 2 : to - 1;
  if (comma - from < 1 || comma - from > 6 || tokens[comma]?.text !== ",") return false;
  const head = tokens[comma - 1]!;
  if (!THING_CLASSES.has(head.lemma) && !THING_CLASSES.has(head.lower)) return false;
  for (let i = from; i < comma - 1; i++) if (!["DET", "ADJ", "NUM"].includes(tokens[i]!.pos) && !/^(?:new|second|third|fourth|fifth|follow-up|joint|regional|global|pilot)$/.test(tokens[i]!.lower)) return false;
  return true;
}
