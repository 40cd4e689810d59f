/**
 * Where a list of names stops and a new clause begins: "joined by Cameroon and Chad, and Algeria has attended as
 * an observer", "supported by the United Kingdom and Germany, and the European Commission has been asked to fund".
 * A comma before "and", then a name followed by a finite verb: that name is the subject of a clause of its own, so
 * what governed the list before it says nothing of it.
 */

/** A finite verb (or its auxiliary) right after a name: the name is a clause's subject. */
export const NEW_CLAUSE_VERB =
  /^\s+(?:(?:also|now|in turn|itself|too|only|later|since|never|still|however,?)\s+)?(?:is|are|was|were|has|have|had|will|would|could|may|might|must|shall|should|did|does|do|receives?|received|gets|got|provides?|provided|runs|ran|leads|led|hosts|hosted|funds|funded|finances|financed|supports|supported|manages|managed|takes|took|holds|held|meets|met|relies|relied|draws|drew|benefits|benefited|depends|depended|attends|attended|joins|joined|declined|refused|sent|sends|signed|signs|plans|intends|remains|remained|became|becomes|chose|withdrew|left|supplies|supplied|contributes|contributed|gives|gave|shares|shared|offers|offered|pays|paid|reports|reported)\b/;

/** The separator ", and" between the list so far and the next name. */
const COMMA_AND = /^\s*\)?\s*,\s*and\s+(?:the\s+)?$/i;

/** Does the name at [start, end) open a new clause after the gap ", and"? */
export function opensNewClause(text: string, gap: string, end: number): boolean {
  return COMMA_AND.test(gap) && NEW_CLAUSE_VERB.test(text.slice(end, end + 40));
}
