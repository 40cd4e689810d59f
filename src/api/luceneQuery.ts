/**
 * Turns free text into a safe Lucene query: every term is escaped and quoted
 * operators lose their meaning, so `AND`, `"`, `~`, `*` or an unbalanced quote
 * can neither break the query nor change what it asks. Each term also gets a
 * prefix variant so "migr" finds "Migration".
 */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function luceneQuery(text: string): string | null {
  const terms = text
    .split(/\s+/)
    .map((t) => t.replace(SPECIAL, " ").trim())
    .flatMap((t) => t.split(/\s+/))
    .filter((t) => t.length > 0 && !/^(AND|OR|NOT|TO)$/.test(t))
    .slice(0, 12);
  if (terms.length === 0) return null;
  return terms.map((t) => `(${t.toLowerCase()} OR ${t.toLowerCase()}*)`).join(" AND ");
}
