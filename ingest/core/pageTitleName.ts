import type { Catalog } from "../catalog/catalog.js";
import type { Matcher } from "./Matcher.js";
import { acronymTitleFullName } from "./acronymTitleFullName.js";
import { coinedTitleName, type PageTitleName } from "./coinedTitleName.js";
import { titleName } from "./titleName.js";
import type { StructuredDocument } from "./types.js";

/**
 * The name a page's title is: one headed by a kind noun (titleName.ts), else a capitalised word that a "Full name:"
 * line spells out (acronymTitleFullName.ts), else a coined initiative's name over its field lines (coinedTitleName.ts).
 */
export function pageTitleName(doc: Pick<StructuredDocument, "title" | "passages">, catalog: Catalog, matcher: Matcher): PageTitleName | null {
  return titleName(doc.title, catalog, matcher) ?? acronymTitleFullName(doc.title, doc.passages, matcher) ?? coinedTitleName(doc, catalog, matcher);
}
