import { TextBuilder } from "./TextBuilder.js";
import { continuesList } from "./leadInList.js";
import { looksLikeHeading } from "./looksLikeHeading.js";
import type { Block, BlockKind } from "./types.js";

/** One line of the source, with its offsets. */
export interface Line {
  start: number;
  end: number;
  raw: string;
  trimmed: string;
}

interface OpenBlock {
  builder: TextBuilder;
  kind: BlockKind;
  lineCount: number;
  start: number;
  end: number;
}

/** Collects blocks as normalise.ts reads lines: opens, appends to, parks and closes them, and sorts them at the end. */
export class BlockSink {
  private readonly blocks: Block[] = [];
  private current: OpenBlock | null = null;
  /** A body paragraph cut mid-sentence by a page foot; it may resume on the next page. */
  private parked: OpenBlock | null = null;

  constructor(private readonly source: string) {}

  get open(): BlockKind | null {
    return this.current?.kind ?? null;
  }

  get hasParked(): boolean {
    return this.parked !== null;
  }

  /** The parked block ends in a comma or a connector word, so it stops mid-phrase. */
  get parkedMidPhrase(): boolean {
    const tail = this.parked?.builder.tail(6) ?? "";
    return /(?:,|\s(?:of|and|the|for|on|in|to|&))$/.test(tail);
  }

  get lastChar(): string | undefined {
    return this.current?.builder.lastChar();
  }

  begin(kind: BlockKind, at: number): void {
    this.close();
    this.current = { builder: new TextBuilder(), kind, lineCount: 0, start: at, end: at };
  }

  /** Appends a line, joining "High-\nlevel" without a space and everything else with one. */
  append(line: Line, from: number, skip: Array<[number, number]> = [], columns = false): void {
    if (!this.current) this.begin("paragraph", from);
    const c = this.current!;
    const hyphenJoin = c.builder.lastChar() === "-" && /^[a-zA-Z]/.test(this.source.slice(from, line.end).trim());
    if (c.builder.length > 0 && !hyphenJoin) c.builder.space(from);
    c.builder.appendSource(this.source, from, line.end, skip, columns);
    c.lineCount++;
    c.end = line.end;
  }

  park(): void {
    this.flushParked();
    this.parked = this.current;
    this.current = null;
  }

  resume(): void {
    this.close();
    this.current = this.parked;
    this.parked = null;
  }

  flushParked(): void {
    if (this.parked) this.emit(this.parked);
    this.parked = null;
  }

  close(): void {
    if (this.current) this.emit(this.current);
    this.current = null;
  }

  finish(): Block[] {
    this.close();
    this.flushParked();
    return this.blocks.sort((a, b) => a.start - b.start);
  }

  private emit(open: OpenBlock): void {
    const normal = open.builder.build();
    let kind = open.kind;
    const previous = this.blocks[this.blocks.length - 1];
    if (kind === "paragraph" && open.lineCount === 1 && continuesList(previous, normal.text, this.source.slice(previous?.end ?? 0, open.start))) kind = "list-item";
    // A fact sheet's field ("Lead agency: IOM") or a dated row is content, never a heading (contentRows.ts).
    else if (kind === "paragraph" && open.lineCount === 1 && looksLikeHeading(normal.text)) kind = "heading";
    if (normal.text.length > 0) this.blocks.push({ kind, ...normal, start: open.start, end: open.end });
  }
}
