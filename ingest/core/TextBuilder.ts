import type { NormalText } from "./types.js";

/** Space, tab, no-break space, or NUL (blanked markup). Char codes: this runs per character. */
const isSpace = (c: number) => c === 32 || c === 9 || c === 0xa0 || c === 0;

/**
 * Accumulates normalised text while remembering, for every character, where it
 * came from in the source file, so evidence can cite exact source offsets even
 * after joins, dropped footnote markers and collapsed whitespace.
 *
 * Runs of ordinary characters are copied as one slice and offsets live in a
 * growable Int32Array: the book is a million characters, and per-character
 * strings and boxed numbers made this the pipeline's main source of garbage.
 */
export class TextBuilder {
  private parts: string[] = [];
  private offsets = new Int32Array(64);
  private size = 0;
  private last = "";
  private lastNonSpace: string | undefined;

  get length(): number {
    return this.size;
  }

  /**
   * Appends source[from, to), skipping spans listed in `skip` (sorted, non-overlapping). With `columns` (a table's
   * row), a gap between columns stays one: its tabs as tabs, three or more spaces as three, so the cells can be told
   * apart after normalising ("Member States<TAB>Observers", "Burundi        Comoros").
   */
  appendSource(source: string, from: number, to: number, skip: Array<[number, number]> = [], columns = false): void {
    let k = 0;
    let i = from;
    while (i < to) {
      while (k < skip.length && skip[k]![1] <= i) k++;
      if (k < skip.length && skip[k]![0] <= i) {
        i = skip[k]![1];
        continue;
      }
      const c = source.charCodeAt(i);
      if (isSpace(c)) {
        if (columns && this.size > 0) {
          let j = i;
          while (j < to && isSpace(source.charCodeAt(j))) j++;
          const gap = source.slice(i, j);
          if (j < to && (gap.includes("\t") || / {3,}/.test(gap))) {
            // Each tab is a column boundary, so "Chile<TAB><TAB>2018" keeps its empty cell.
            this.push(gap.includes("\t") ? gap.replace(/[^\t]/g, "") : "   ", i);
            i = j;
            continue;
          }
        }
        // NUL marks characters that markup stripping blanked out while keeping offsets aligned.
        if (c !== 0) this.space(i);
        i++;
        continue;
      }
      const stop = Math.min(to, k < skip.length ? skip[k]![0] : to);
      let j = i + 1;
      while (j < stop && !isSpace(source.charCodeAt(j))) j++;
      this.push(source.slice(i, j), i);
      i = j;
    }
  }

  /** A single space, never doubled and never leading. */
  space(at: number): void {
    if (this.size === 0 || this.last === " ") return;
    this.push(" ", at);
  }

  lastChar(): string | undefined {
    return this.lastNonSpace;
  }

  /** The last `n` characters appended, trailing spaces dropped (a cheap look at how a block ends). */
  tail(n: number): string {
    let out = "";
    for (let k = this.parts.length - 1; k >= 0 && out.trimEnd().length < n; k--) out = this.parts[k]! + out;
    return out.trimEnd().slice(-n);
  }

  build(): NormalText {
    let text = this.parts.join("");
    let end = this.size;
    while (end > 0 && text[end - 1] === " ") end--;
    if (end < text.length) text = text.slice(0, end);
    return { text, offsets: this.offsets.slice(0, end) };
  }

  private push(chunk: string, at: number): void {
    if (this.size + chunk.length > this.offsets.length) {
      const grown = new Int32Array(Math.max(this.offsets.length * 2, this.size + chunk.length));
      grown.set(this.offsets.subarray(0, this.size));
      this.offsets = grown;
    }
    for (let n = 0; n < chunk.length; n++) this.offsets[this.size + n] = at + n;
    this.size += chunk.length;
    this.parts.push(chunk);
    this.last = chunk[chunk.length - 1]!;
    if (chunk !== " ") this.lastNonSpace = this.last;
  }
}

/** Source span [start, end) of text[localStart, localEnd). */
export function sourceSpan(normal: NormalText, localStart: number, localEnd: number): { start: number; end: number } {
  const last = Math.max(localStart, localEnd - 1);
  return { start: normal.offsets[localStart] ?? 0, end: (normal.offsets[last] ?? 0) + 1 };
}
