/** Whether a stretch of text names a state other than `stateId` by its demonym, one word or two ("Dutch", "Sri Lankan"). */
export function otherDemonym(sentence: string, stateId: string, demonyms: ReadonlyMap<string, string>): boolean {
  const words = sentence.match(/[A-Z][\p{L}-]*/gu) ?? [];
  return words.some((w, i) => [w, i > 0 ? `${words[i - 1]} ${w}` : ""].some((d) => demonyms.has(d) && demonyms.get(d) !== stateId));
}
