import { documentId, passageId } from "../../src/ontology/ids.js";
import { isNamesLine } from "./namesLine.js";
import { splitLongBlock } from "./splitLongBlock.js";
import type { Block, Passage, SectionKey, SourceFile, StructuredDocument } from "./types.js";
import { bannerOf, titleOf } from "./title.js";

/**
 * Groups blocks into document → chapter → section → passage → sentence.
 *
 * Book chapters are found by their printed title: a heading that names an
 * organization (`chapterOwner` returns its entity id) or the book's own
 * framing chapter. News pages carry several articles with no title lines;
 * an article ends at its contact/credit line and the next one starts after it.
 */
export type ChapterOwnerLookup = (heading: string) => string | null;

const SECTION_PATTERNS: Array<[RegExp, SectionKey]> = [
  [/activities since the 2006/i, "activities"],
  [/support provided to the global forum|support to the gfmd/i, "gfmd-support"],
  [/good practices/i, "good-practices"],
  [/challenges and gaps/i, "challenges"],
  [/^\d\.\s*challenges/i, "challenges"],
  [/^\d\.\s*gaps/i, "gaps"],
  [/^\d\.\s*recommendations/i, "recommendations"],
];

const FRAMING_CHAPTER = /^The international system working as one$/i;
const ARTICLE_END = /(please contact|Email:\s*$|^Sources?:|^First published|click here\.?$|download here\.?$|^For (more|further) information)/i;
const ARTICLE_START = /^By [A-Z][\w.]+ [A-Z]/;

export function sectionKeyOf(heading: string): SectionKey | null {
  for (const [pattern, key] of SECTION_PATTERNS) if (pattern.test(heading)) return key;
  return null;
}

export function structure(file: SourceFile, blocks: Block[], chapterOwner: ChapterOwnerLookup): StructuredDocument {
  const docId = documentId(file.name);
  const passages: Passage[] = [];
  const isBook = blocks.some((b) => b.kind === "heading" && sectionKeyOf(b.text) !== null);

  let chapter: string | null = null;
  let owner: string | null = null;
  let section: string | null = null;
  let sectionKey: SectionKey | null = null;
  let subsection: string | null = null;
  let article: number | null = isBook ? null : 0;
  let articleEnded = false;
  // Which articles already hold a passage (a set: scanning the passages per block was quadratic).
  const articlesWithPassages = new Set<number | null>();
  // A heading with no passage under it before the next heading ("III. PROJECTS SINCE 2007" right above "ERSO I (2007)")
  // heads the section that follows: kept on that section's passages as `headingAbove`.
  let lastHeading: string | null = null;
  let headingAbove: string | null = null;

  for (let b = 0; b < blocks.length; b++) {
    // A line of names under a label heading is that label's rows, not a heading of its own (namesLine.ts).
    const block: Block = isNamesLine(blocks[b]!, blocks[b - 1]) ? { ...blocks[b]!, kind: "list-item" } : blocks[b]!;
    if (block.kind === "url-list") continue;
    // On a news page, a title line followed by a full paragraph opens the next article.
    if (article !== null && block.kind === "heading" && !block.text.includes(",") && (blocks[b + 1]?.text.length ?? 0) >= 200 && articlesWithPassages.has(article)) {
      article++;
      articleEnded = false;
    }
    if (block.kind === "heading" || block.kind === "title") {
      const ownerId = isBook ? chapterOwner(block.text) : null;
      if (ownerId || (isBook && FRAMING_CHAPTER.test(block.text))) {
        chapter = block.text;
        owner = ownerId;
        section = null;
        sectionKey = "introduction";
        subsection = null;
        continue;
      }
      const key = sectionKeyOf(block.text);
      if (key && /^\d\./.test(block.text)) {
        section = block.text;
        sectionKey = key;
        subsection = null;
      } else if (chapter === null && isBook) {
        section = block.text;
        sectionKey = "introduction";
      } else {
        subsection = block.text;
      }
      headingAbove = lastHeading;
      lastHeading = block.text;
      continue;
    }
    lastHeading = null;
    if (article !== null) {
      if ((articleEnded || ARTICLE_START.test(block.text)) && articlesWithPassages.has(article)) article++;
      articleEnded = ARTICLE_END.test(block.text);
    }
    for (const { block: piece, sentences } of splitLongBlock(block)) {
      passages.push({
        id: passageId(docId, piece.start),
        documentId: docId,
        ordinal: passages.length,
        kind: piece.kind as Passage["kind"],
        chapter,
        chapterOwnerId: owner,
        article,
        sectionKey: isBook ? (sectionKey ?? "other") : null,
        section: subsection && section ? `${section} › ${subsection}` : (section ?? subsection),
        text: piece.text,
        start: piece.start,
        end: piece.end,
        sentences,
        ...(headingAbove ? { headingAbove } : {}),
      });
      articlesWithPassages.add(article);
    }
  }
  const banner = bannerOf(blocks);
  return { id: docId, title: titleOf(file, blocks), source: file.name, bytes: file.bytes, hash: file.hash, passages, ...(banner ? { banner } : {}) };
}

