/**
 * Turns free text into a safe Lucene query: every term is escaped and quoted
 * operators lose their meaning, so `AND`, `"`, `~`, `*` or an unbalanced quote
 * can neither break the query nor change what it asks. Each term also gets a
 * prefix variant so "migr" finds "Migration". Terms are OR-ed, so a name plus
 * a stray word still finds the name; search-entities.cypher then ranks hits by
 * how many of the terms they contain before Lucene's score (Lucene alone sums
 * term weights, so two rare words could outrank three common ones).
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

export function luceneQuery(text: string): string | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  return terms.map((t) => `(${t} OR ${t}*)`).join(" OR ");
}

/**
 * One exact term for an index with the keyword analyzer (entity_lookup): quoted, so spaces and the words
 * AND/OR/NOT stay part of it, and every special character escaped, so `"`, `\`, `*` or `?` are literal.
 * The keyword analyzer turns the quoted text into a single term, never a phrase or a pattern.
 */
export function exactLuceneTerm(text: string): string {
  return `"${text.replace(SPECIAL, "\\$&")}"`;
}
