/** The evidence sentence with the names of both linked entities marked. */
export function namesOf(e: { name: string; acronym: string | null; aliases?: string[] }): string[] {
  return [e.name, e.acronym ?? "", ...(e.aliases ?? [])].filter((t) => t.trim().length >= 2);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function highlight(text: string, terms: string[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const unique = [...new Set(terms.map((t) => t.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (!unique.length) {
    fragment.append(text);
    return fragment;
  }
  // Whole words only, so "IOM" does not light up inside another word; longest names first.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${unique.map(escape).join("|")})(?![\\p{L}\\p{N}])`, "giu");
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const at = match.index ?? 0;
    if (at > last) fragment.append(text.slice(last, at));
    const mark = document.createElement("mark");
    mark.textContent = match[0];
    fragment.append(mark);
    last = at + match[0].length;
  }
  if (last < text.length) fragment.append(text.slice(last));
  return fragment;
}
