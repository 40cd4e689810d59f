/**
 * wink opens a negation scope at a cue word wherever it stands, also inside a name: "the Global Action
 * to Prevent and Address Trafficking … is implemented by UNODC" or "Convention (No. 143) was ratified by"
 * would read everything after the name as denied. A cue written with a capital inside the sentence is
 * part of a title, not a denial, so the scope it opens is cleared.
 */
export function clearTitleNegation(tokens: Array<{ text: string; negated: boolean }>): void {
  for (let i = 1; i < tokens.length; i++) {
    if (!tokens[i]!.negated || tokens[i - 1]!.negated) continue;
    const cue = tokens[i - 1]!;
    const before = tokens[i - 2];
    const titled = /^[A-Z]/.test(cue.text) && before !== undefined && !/^[.!?:;"“]$|^[-–•*]$/.test(before.text);
    if (!titled) continue;
    for (let j = i; j < tokens.length && tokens[j]!.negated; j++) tokens[j]!.negated = false;
  }
}
