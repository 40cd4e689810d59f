/**
 * A fact sheet's fields: consecutive lines "Label: value" with a short label in sentence case ("Entry into force:
 * 28 January 2004", "Registration: 6 June 1960, No. 5158", "Established: 2008"). Each states something about the
 * thing the sheet describes; none of them heads a section. A lone "News: a university in the chair" is a heading,
 * so a field needs a neighbouring field line.
 */
// The label may carry a qualifier after a comma: "Countries, phases I and II: …", "Donors, first phase: …", and run
// to six words: "Full title of the first phases: …".
export const FIELD_LINE = /^[A-Z][a-z]+(?:[ -][a-z]+){0,5}(?:,\s+[A-Za-z0-9]+(?:[ -][A-Za-z0-9]+){0,4})?:\s+\S/;

export function fieldLines(lines: readonly string[]): boolean[] {
  const field = lines.map((l) => FIELD_LINE.test(l.trim()));
  return field.map((f, i) => f && (field[i - 1] === true || field[i + 1] === true));
}
