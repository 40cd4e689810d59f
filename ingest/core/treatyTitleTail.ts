import type { EntityRecord, Mention, StructuredDocument } from "./types.js";

/**
 * ", 2006", ", 1962 (No. 118)", " (No. 163)" written right after a treaty's name, closed by no further digit or word of
 * a date, and not the subject of a clause of its own ("…, 1998 and 2003 were …", "…, 2012 being the year …").
 */
export const YEAR_AND_NUMBER = /^,\s*((?:19|20)\d\d)(?:\s*\(No\.?\s*(\d{1,3})\))?(?![\p{N}\p{L}]|\s+(?:to|and|until|[-–])\s+\p{N}|\s+(?:is|was|were|are|being|been|saw|marked|\p{Ll}+ing|\p{Ll}+ed)\b)/u;
const NUMBER_ONLY = /^\s*\(No\.?\s*(\d{1,3})\)/;
/** A head closing the name: a labour body's titles put the adoption year after "Convention" ("Work in Fishing Convention, 2007"). */
const HEAD_LAST = /\b(?:Convention|Protocol)$/;
/** A protocol written by its head and serial number alone, before the treaty it amends ("Protocol No. 15 amending the …"). */
const BARE_PROTOCOL = /^(?:Additional\s+)?Protocol(?:\s+No\.?\s*\d{1,3})?$/;
const AMENDS = /^\s+(?:amending|to)\s+the\s+$/;

/**
 * TREATY_TITLE_TAIL: a treaty is often written with what its full title adds after the name a reader keeps: the
 * year of adoption and the serial number ("the Work in Fishing Convention, 2007 (No. 188)"), or, for a protocol named
 * by its number, the treaty it amends ("Protocol No. 9 amending the Convention on …"). The treaty also goes by that
 * whole title, as other pages write it. Only a year written straight after the head, and only a treaty named next to
 * the protocol with nothing between but "amending the"/"to the", count: a year that opens a date range, or a word
 * between, is not part of a title.
 */
export function treatyTitleTail(doc: StructuredDocument, mentions: readonly Mention[], entities: ReadonlyMap<string, EntityRecord>): void {
  const passages = new Map(doc.passages.map((p) => [p.id, p]));
  const byPassage = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = byPassage.get(m.passageId);
    if (list) list.push(m);
    else byPassage.set(m.passageId, [m]);
  }
  const add = (e: EntityRecord, form: string) => {
    // A fresh list: a catalog entity's aliases are shared with the catalog, which other documents read.
    if (form !== e.name && !e.aliases.includes(form)) e.aliases = [...e.aliases, form];
  };
  for (const m of mentions) {
    const e = m.entityId ? entities.get(m.entityId) : undefined;
    const text = passages.get(m.passageId)?.text;
    if (!e || e.kind !== "CONVENTION" || e.isEvent || !text) continue;
    const surface = text.slice(m.localStart, m.localEnd).replace(/^the\s+/i, "").trim();
    if (!surface) continue;
    const after = text.slice(m.localEnd, m.localEnd + 40);
    const dated = HEAD_LAST.test(surface) ? YEAR_AND_NUMBER.exec(after) : null;
    if (dated) {
      add(e, `${surface}, ${dated[1]}`);
      if (dated[2]) add(e, `${surface}, ${dated[1]} (No. ${dated[2]})`);
    } else {
      const numbered = NUMBER_ONLY.exec(after);
      if (numbered) add(e, `${surface} (No. ${numbered[1]})`);
    }
    if (!BARE_PROTOCOL.test(surface)) continue;
    const next = (byPassage.get(m.passageId) ?? []).find((n) => n.localStart >= m.localEnd && AMENDS.test(text.slice(m.localEnd, n.localStart)));
    const parent = next?.entityId ? entities.get(next.entityId) : undefined;
    if (parent?.kind === "CONVENTION" && parent.id !== e.id) add(e, text.slice(m.localStart, next!.localEnd).replace(/^the\s+/i, "").trim());
  }
}
