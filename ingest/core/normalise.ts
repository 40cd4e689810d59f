import { BlockSink, type Line } from "./BlockSink.js";
import { stripMarkup } from "./stripMarkup.js";
import { looksLikeHeading } from "./looksLikeHeading.js";
import { LINE_BULLET, MARKDOWN_HEADING, NUMBERED_ITEM, listLines } from "./lineLists.js";
import { fieldLines } from "./fieldLines.js";
import { tableRowLines } from "./tableRows.js";
import { boxedValueColumn, continuesBoxedRow } from "./boxedRowWrap.js";
import type { Block, SourceFile } from "./types.js";

/**
 * Turns a source file into blocks of clean text (paragraphs, list items,
 * headings, footnotes, URL lists), each mapped back to source offsets.
 *
 * Two layouts are recognised from the text itself rather than the file name:
 * - "wrapped": text extracted from a PDF (the book): hard-wrapped lines, page
 *   breaks marked by a line starting with exactly one space, running heads,
 *   page numbers, footnote blocks at the foot of each page, glued footnote markers;
 * - "lines": one paragraph per line (the news pages, and markdown/HTML once stripped).
 */
export function normalise(file: SourceFile): Block[] {
  const text = file.format === "txt" ? file.text : stripMarkup(file.text, file.format);
  const lines = splitLines(text);
  // Which lines are a register's rows: the layout test and both readers ask, so the file is read for them once.
  const tableRow = tableRowLines(lines.map((l) => l.raw));
  return isWrapped(lines, tableRow) ? normaliseWrapped(text, lines, tableRow) : normaliseLines(text, lines, tableRow);
}



function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const raw = text.slice(start, end);
    lines.push({ start, end, raw, trimmed: (raw.includes("\u0000") ? raw.replace(/\u0000/g, "") : raw).trim() });
    start = end + 1;
  }
  return lines;
}

/**
 * Hard-wrapped when nearly every non-empty line is short and many exist; a register's rows ("Uruguay | 14 Jun 2012")
 * are no prose. Print wrapped to a width leaves almost no longer line, while a directory of short rows beside a few
 * one-line paragraphs ("Austria" / "  Pro Asyl" under prose lines of 500 characters) is a page of whole lines.
 */
function isWrapped(lines: Line[], table: readonly boolean[]): boolean {
  const filled = lines.filter((l, i) => l.trimmed.length > 0 && !table[i]);
  if (filled.length < 50) return false;
  const short = filled.filter((l) => l.raw.length <= 130).length;
  return short / filled.length > 0.98;
}

const RUNNING_HEAD = /^(International Migration and Development: Contributions|Chapter \d+:)/;
const PAGE_NUMBER = /^\d{1,3}$/;
const URL_LINE = /^(https?:\/\/|www\.)\S+$/;
const BULLET = /^([•▪●◦■▫‣∙·]|\((?:[a-z]|[ivx]{1,5})\)|(?:[a-z]|[ivx]{1,5})\))\s*/;
const NUMBERED_HEADING = /^\d\.\s+[A-Z]/;
const FOOTNOTE_START = /^(\d{1,3}) +(?!\d)\S/;
const TERMINAL = /[.!?:;”"’)]$/;
/**
 * A footnote marker glued to the word or punctuation before it: "(IOM)1",
 * "Migration1", "Thailand,5", "IOM;3", "2001.14". Decimals such as "3.5" or
 * "10.7" and codes such as "C189" or "H1N1" are left alone.
 */
const FOOTNOTE_REF = /(?<=[a-z)”"’]|[A-Za-z)”"’][.,;:]|\d{4}[.,;:])\d{1,3}(?=[\s,.;:)”"’]|$)/g;
/**
 * A marker glued to an acronym of four or more capitals ("the SAARC29 Regional Strategy",
 * "the ASEAN28 Declaration"). Shorter codes keep their digits: "C189", "G20", "SDG8".
 */
const ACRONYM_FOOTNOTE_REF = /(?<=\b[A-Z]{4,})\d{1,2}(?=[\s,.;:)”"’]|$)/g;


function footnoteRefs(line: Line, from: number): Array<[number, number]> {
  const skip: Array<[number, number]> = [];
  if (!/\d/.test(line.raw)) return skip;
  const body = line.raw.slice(from - line.start);
  for (const re of [FOOTNOTE_REF, ACRONYM_FOOTNOTE_REF]) for (const m of body.matchAll(re)) skip.push([from + m.index!, from + m.index! + m[0].length]);
  skip.sort((a, b) => a[0] - b[0]);
  return skip;
}

function normaliseWrapped(source: string, lines: Line[], tableRow: readonly boolean[]): Block[] {
  const out = new BlockSink(source);
  let zone: "body" | "footnote" = "body";
  let afterBlank = true;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const pageStart = /^ \S/.test(line.raw);
    const t = line.trimmed;
    const from = line.start + (line.raw.length - line.raw.trimStart().length);
    if (pageStart) zone = "body";
    if (t === "") {
      if (zone === "body" && (out.open === "paragraph" || out.open === "list-item") && !TERMINAL.test(out.lastChar ?? ".")) out.park();
      else if (zone === "body") out.close();
      afterBlank = true;
      continue;
    }
    if (RUNNING_HEAD.test(t) || PAGE_NUMBER.test(t)) continue;

    if (URL_LINE.test(t)) {
      if ((out.open === "paragraph" || out.open === "list-item") && zone === "body") out.park();
      if (out.open !== "url-list") out.begin("url-list", from);
      out.append(line, from);
      afterBlank = false;
      continue;
    }

    if (zone === "footnote") {
      if (FOOTNOTE_START.test(t) || out.open !== "footnote") out.begin("footnote", from);
      out.append(line, from);
      afterBlank = false;
      continue;
    }

    if (afterBlank && !pageStart && FOOTNOTE_START.test(t) && !NUMBERED_HEADING.test(t)) {
      // The foot of the page: everything until the next page break is footnotes and URLs.
      zone = "footnote";
      out.begin("footnote", from);
      out.append(line, from);
      afterBlank = false;
      continue;
    }

    const skip = footnoteRefs(line, from);
    // A title printed at the top of a page ("The international system working as one").
    // Also an indented title, and a title wrapped onto a second line.
    const indented = pageStart || /^\s{2,}\S/.test(line.raw);
    const next = lines[i + 1]?.trimmed ?? "";
    const span = indented && looksLikeHeading(t) ? (next === "" ? 1 : (lines[i + 2]?.trimmed ?? "") === "" && looksLikeHeading(`${t} ${next}`) && !TERMINAL.test(next) ? 2 : 0) : 0;
    if (span > 0) {
      out.flushParked();
      out.begin("heading", from);
      out.append(line, from, skip);
      if (span === 2) {
        const second = lines[i + 1]!;
        out.append(second, second.start + (second.raw.length - second.raw.trimStart().length));
        i++;
      }
      out.close();
      afterBlank = false;
      continue;
    }
    // A table's row stands alone: it neither continues the paragraph above nor is a title.
    if (zone === "body" && tableRow[i]) {
      out.flushParked();
      out.begin("list-item", from);
      out.append(line, from, skip);
      out.close();
      afterBlank = false;
      continue;
    }
    // A block cut after a comma or a connector ("… Tenure of Land," / "Fisheries and Forests …") is mid-name
    // even when the next line opens with a capital.
    const continuesParked = out.hasParked && (pageStart || /^[a-z(]/.test(t) || (out.parkedMidPhrase && /^[A-Z]/.test(t))) && !NUMBERED_HEADING.test(t) && !BULLET.test(t);
    if (continuesParked) {
      out.resume();
      out.append(line, from, skip);
    } else if (NUMBERED_HEADING.test(t)) {
      out.flushParked();
      out.begin("heading", from);
      out.append(line, from, skip);
    } else if (BULLET.test(t)) {
      out.flushParked();
      out.begin("list-item", from);
      const marker = BULLET.exec(t)![0];
      out.append(line, /^[(a-z]/.test(marker) ? from : from + marker.length, skip);
    } else if (out.open && !afterBlank && out.open !== "url-list" && out.open !== "footnote") {
      out.append(line, from, skip);
    } else {
      out.flushParked();
      out.begin("paragraph", from);
      out.append(line, from, skip);
    }
    afterBlank = false;
  }
  return out.finish();
}

function normaliseLines(source: string, lines: Line[], tableRow: readonly boolean[]): Block[] {
  const out = new BlockSink(source);
  // Rows under a line that ends in a colon ("Members:", "Former chairs:") are list items up to the
  // next blank line, not one-line headings (which structure() would keep out of every passage); so are the
  // lines of a table ("Uruguay | 14 Jun 2012"), also with no colon line above them.
  let rows = false;
  let rowsBefore = "";
  const { stacked, numberedRun } = listLines(lines.map((l) => l.trimmed), looksLikeHeading);
  // A fact sheet's "Label: value" lines are its fields, kept as passages (fieldLines.ts).
  const field = fieldLines(lines.map((l) => l.trimmed));
  // A boxed table's value wrapped onto a line with a blank label cell goes on with the row above (boxedRowWrap.ts).
  let valueColumn: number | null = null;
  const wraps = lines.map((l) => (continuesBoxedRow(valueColumn, l.trimmed) ? true : ((valueColumn = boxedValueColumn(l.trimmed)), false)));
  /** The line up to its last word before the closing bar, when the next line goes on with its value. */
  const beforeBar = (i: number, line: Line): Line => (wraps[i + 1] ? { ...line, end: line.start + line.raw.replace(/\s*\|\s*$/, "").length } : line);
  for (const [i, line] of lines.entries()) {
    const t = line.trimmed;
    if (wraps[i] && out.open) {
      const lead = /^\s*\|\s*/.exec(line.raw)![0].length;
      out.append(beforeBar(i, line), line.start + lead, [], true);
      if (!wraps[i + 1]) out.close();
      continue;
    }
    // A blank line ends the rows, though not one right under the colon line ("The summits so far:", blank, rows).
    if (t === "") {
      if (!(rows && rowsBefore.endsWith(":"))) rows = false;
      continue;
    }
    rowsBefore = t;
    // "Members:", and a sentence leading into a list ("… The summits so far:", "… Its target countries were:").
    const listHead = t.endsWith(":");
    const from = line.start + (line.raw.length - line.raw.replace(/^[\s\u0000]+/, "").length);
    if (URL_LINE.test(t)) {
      if (out.open !== "url-list") out.begin("url-list", from);
      out.append(line, from);
      continue;
    }
    const lineBullet = LINE_BULLET.exec(t);
    const bullet = lineBullet ?? (numberedRun[i] ? NUMBERED_ITEM.exec(t) : null);
    const hashes = MARKDOWN_HEADING.exec(t);
    if (hashes) {
      // "## Member States" in a plain-text page: a heading, without its marker.
      out.begin("heading", from + hashes[0].length);
      out.append(line, from + hashes[0].length);
    } else if (bullet) {
      out.begin("list-item", from);
      // A numbered run's marker goes ("ii. Senegal" would end a sentence at "ii."); a letter bullet stays.
      out.append(line, lineBullet && /^[(a-z]/.test(bullet[0]) ? from : from + bullet[0].length);
    } else {
      out.begin(rows || tableRow[i] || stacked[i] || field[i] ? "list-item" : "paragraph", from);
      // A table's row keeps its column gaps (TextBuilder.ts), so its cells stay apart.
      out.append(beforeBar(i, line), from, [], tableRow[i]);
    }
    if (!wraps[i + 1]) out.close();
    rows = listHead || (rows && !listHead);
  }
  return out.finish();
}
