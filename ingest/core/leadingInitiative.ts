/** The initiative a document has named most so far. */
export function leadingInitiative(counts: Map<string, number>): string | null {
  // Ties go to the one named first: a page opens on what it is about (a Map keeps first-seen order).
  let leading: string | null = null;
  let most = -Infinity;
  for (const [key, n] of counts) if (n > most) [leading, most] = [key, n];
  return leading;
}
