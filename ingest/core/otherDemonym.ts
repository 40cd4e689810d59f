/**
 * The states a stretch of text names by demonym, one word or two ("Dutch", "Sri Lankan"), in order; with `plurals`,
 * a plural demonym too ("Italians").
 */
export function statesByDemonym(text: string, demonyms: ReadonlyMap<string, string>, plurals = false): string[] {
  const words = text.match(/\p{Lu}[\p{L}-]*/gu) ?? [];
  return words.flatMap((w, i) => {
    const forms = [w, plurals ? w.replace(/s$/, "") : "", i > 0 ? `${words[i - 1]} ${w}` : ""];
    const hit = forms.find((f) => f && demonyms.has(f));
    return hit ? [demonyms.get(hit)!] : [];
  });
}

/** Whether a stretch of text names a state other than `stateId` by its demonym (statesByDemonym). */
export function otherDemonym(sentence: string, stateId: string, demonyms: ReadonlyMap<string, string>): boolean {
  return statesByDemonym(sentence, demonyms).some((state) => state !== stateId);
}
