/**
 * A reading remembered by its key, for questions asked many times of the same key whose answer depends on the key
 * alone. Bounded: past `bound` keys it forgets all and starts again, so memory stays flat on any input, however many
 * new words or names the documents bring.
 */
export function remembered<T>(read: (key: string) => T, bound: number): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    // One lookup for a remembered answer; only an undefined one is told from a key never read by a second.
    const known = answers.get(key);
    if (known !== undefined || answers.has(key)) return known as T;
    const answer = read(key);
    if (answers.size >= bound) answers.clear();
    answers.set(key, answer);
    return answer;
  };
}
