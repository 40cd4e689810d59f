/**
 * Strips HTML or Markdown markup while keeping every remaining character at
 * its source offset: removed characters become NUL (skipped later), block
 * boundaries become newlines. Evidence offsets therefore point into the file
 * exactly as it is on disk.
 */
const BLOCK_TAGS = /^(p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|blockquote|pre|hr|title)$/i;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ndash: "–", mdash: "—", rsquo: "’", lsquo: "‘", rdquo: "”", ldquo: "“" };

function blank(text: string, from: number, to: number, chars: string[], newline: boolean): void {
  for (let i = from; i < to; i++) chars[i] = text[i] === "\n" ? "\n" : "\u0000";
  if (newline && to > from) chars[from] = "\n";
}

export function stripMarkup(text: string, format: "md" | "html"): string {
  const chars = Array.from({ length: text.length }, (_, i) => text[i]!);
  if (format === "html") {
    for (const m of text.matchAll(/<(script|style)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi)) blank(text, m.index!, m.index! + m[0].length, chars, true);
    for (const m of text.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g)) {
      if (chars[m.index!] === "\u0000" || chars[m.index!] === "\n") continue;
      blank(text, m.index!, m.index! + m[0].length, chars, BLOCK_TAGS.test(m[1]!));
    }
    for (const m of text.matchAll(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi)) {
      const name = m[1]!;
      const decoded = name.startsWith("#x") ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith("#") ? String.fromCodePoint(Number(name.slice(1))) : ENTITIES[name.toLowerCase()];
      if (decoded === undefined) continue;
      blank(text, m.index!, m.index! + m[0].length, chars, false);
      chars[m.index!] = decoded.length === 1 ? decoded : " ";
    }
  } else {
    for (const m of text.matchAll(/^(#{1,6} |> |\s*[*+-] )/gm)) {
      const marker = m[0];
      const bullet = /[*+-] $/.test(marker);
      blank(text, m.index!, m.index! + marker.length, chars, false);
      if (bullet) chars[m.index! + marker.length - 2] = "•";
    }
    for (const m of text.matchAll(/!?\[([^\]]*)\]\(([^)]*)\)/g)) {
      const at = m.index!;
      blank(text, at, at + (m[0].startsWith("!") ? 2 : 1), chars, false);
      const closeAt = at + m[0].indexOf("](");
      blank(text, closeAt, at + m[0].length, chars, false);
    }
    for (const m of text.matchAll(/(\*\*|__|`)/g)) blank(text, m.index!, m.index! + m[0].length, chars, false);
  }
  return chars.join("");
}
