/**
 * A one-line "Label: value" row of a fact sheet or profile ("Partners: Europol, UNHCR, IOM", "Host country:
 * Kenya") is content, not a heading: its names are mentions, and the label tells what they are. A numbered
 * division ("Chapter 3: …", "Phase II: …", "Annex 1: …") before the colon still titles what follows.
 */
export const LABELLED_VALUE = {
  id: "labelled-value",
  what: "A short line 'Label: value' (a label of one to five words, then content after the colon) is a labelled row, not a heading; a numbered division before the colon keeps it a heading.",
  label: /^(?=[A-Z])[\p{L}’'()&/-]+(?:\s+[\p{L}’'()&/-]+){0,4}:\s+\S/u,
  division: /^(?:Chapter|Part|Section|Annex|Appendix|Phase|Box|Table|Figure|Step|Article|Module|Session|Day|Week|Volume)\s+(?:[0-9]+|[IVXLC]+|[A-Z])\b/,
  positive: ["Partners: Europol, Frontex, UNHCR and IOM", "Implementing agency: ICMPD", "Host country: Kenya", "Co-chairs: Germany and Morocco"],
  negative: ["Chapter 3: The Global Migration Group", "Phase II: Scaling up", "Annex 1: List of participants", "Global Migration Group", "Partners"],
};

export function isLabelledValue(line: string): boolean {
  return LABELLED_VALUE.label.test(line) && !LABELLED_VALUE.division.test(line);
}
