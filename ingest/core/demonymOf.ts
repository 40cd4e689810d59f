/**
 * The demonym that one or two words before a body's head read as: both words together ("Sri Lankan"), else the word
 * right before the head ("the Royal Danish Ministry of X"). Null when neither is a demonym. Shared by the readers that
 * name a state's body by its demonym (nationalBody.ts, listState.ts).
 */
export function demonymOf(lead: string, demonyms: ReadonlyMap<string, string>): string | null {
  if (demonyms.has(lead)) return lead;
  const last = lead.split(/\s+/).pop()!;
  return demonyms.has(last) ? last : null;
}
