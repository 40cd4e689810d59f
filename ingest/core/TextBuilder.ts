import type { NormalText } from "./types.js";

/**
 * Accumulates normalised text while remembering, for every character, where it
 * came from in the source file, so evidence can cite exact source offsets even
 * after joins, dropped footnote markers and collapsed whitespace.
 */
export class TextBuilder {
  private readonly chars: string[] = [];
  private readonly offsets: number[] = [];

  get length(): number {
    return this.chars.length;
  }

  /** Appends source[from, to), skipping spans listed in `skip` (sorted, non-overlapping). */
  appendSource(source: string, from: number, to: number, skip: Array<[number, number]> = []): void {
    let k = 0;
    for (let i = from; i < to; i++) {
      while (k < skip.length && skip[k]![1] <= i) k++;
      if (k < skip.length && skip[k]![0] <= i && i < skip[k]![1]) continue;
      const ch = source[i]!;
      // NUL marks characters that markup stripping blanked out while keeping offsets aligned.
      if (ch === "\u0000") continue;
      if (ch === " " || ch === "\t" || ch === "\u00a0") {
        this.space(i);
        continue;
      }
      this.chars.push(ch);
      this.offsets.push(i);
    }
  }

  /** A single space, never doubled and never leading. */
  space(at: number): void {
    if (this.chars.length === 0 || this.chars[this.chars.length - 1] === " ") return;
    this.chars.push(" ");
    this.offsets.push(at);
  }

  lastChar(): string | undefined {
    for (let i = this.chars.length - 1; i >= 0; i--) if (this.chars[i] !== " ") return this.chars[i];
    return undefined;
  }

  build(): NormalText {
    let end = this.chars.length;
    while (end > 0 && this.chars[end - 1] === " ") end--;
    return { text: this.chars.slice(0, end).join(""), offsets: Int32Array.from(this.offsets.slice(0, end)) };
  }
}

/** Source span [start, end) of text[localStart, localEnd). */
export function sourceSpan(normal: NormalText, localStart: number, localEnd: number): { start: number; end: number } {
  const last = Math.max(localStart, localEnd - 1);
  return { start: normal.offsets[localStart] ?? 0, end: (normal.offsets[last] ?? 0) + 1 };
}
