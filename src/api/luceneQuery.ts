/**
 * Turns free text into a safe Lucene query that ranks by itself: every term is escaped and quoted
 * operators lose their meaning, so `AND`, `"`, `~`, `*` or an unbalanced quote can neither break the
 * query nor change what it asks. Terms are OR-ed, so a name plus a stray word still finds the name.
 *
 * The order is built into the scores, so that Neo4j need fetch only the hits it returns:
 * - each term's prefix clause (`migr*` finds "Migration") is a constant-score query in Lucene, worth
 *   WORD_WEIGHT whenever a word of the hit begins with the term, once per term however often it occurs;
 * - the exact term adds Lucene's relevance (BM25), far below WORD_WEIGHT;
 * - with several terms, the whole phrase adds PHRASE_WEIGHT times its relevance. A phrase hit holds every
 *   term, so this only orders hits within the class that matched them all.
 * So a hit that holds more of the words always comes first, then whole-phrase hits, then relevance.
 * Lucene alone would sum term weights, and two rare words could outrank three common ones.
 */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** The lower-cased search terms of a text, at most 12, without Lucene operators. */
export function searchTerms(text: string): string[] {
  return text
    .split(/\s+/)
    .map((t) => t.replace(SPECIAL, " ").trim())
    .flatMap((t) => t.split(/\s+/))
    .filter((t) => t.length > 0 && !/^(AND|OR|NOT|TO)$/.test(t))
    .slice(0, 12)
    .map((t) => t.toLowerCase());
}

/** What a word matched adds to a hit's score: more than relevance can add for every term together. */
export const WORD_WEIGHT = 10000;
/** The boost of the whole-phrase clause. */
export const PHRASE_WEIGHT = 100;

export function luceneQuery(text: string): string | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  const words = terms.map((t) => `(${t} OR ${t}*^${WORD_WEIGHT})`);
  return terms.length === 1 ? words[0] : [...words, `"${terms.join(" ")}"^${PHRASE_WEIGHT}`].join(" OR ");
}

/**
 * One exact term for an index with the keyword analyzer (entity_lookup): quoted, so spaces and the words
 * AND/OR/NOT stay part of it, and every special character escaped, so `"`, `\`, `*` or `?` are literal.
 * The keyword analyzer turns the quoted text into a single term, never a phrase or a pattern.
 */
export function exactLuceneTerm(text: string): string {
  return `"${text.replace(SPECIAL, "\\$&")}"`;
}

/**
 * What an exact lookup of a text reads: the trimmed, lower-cased text (the entities' `lookup` values are
 * stored that way) and the same as one term of the entity_lookup index. `resolve` and `search` both
 * read exact matches through it, so the two never disagree on what "the whole text" is.
 */
export function exactLookup(text: string): { exact: string; term: string } {
  const exact = text.trim().toLowerCase();
  return { exact, term: exactLuceneTerm(exact) };
}
