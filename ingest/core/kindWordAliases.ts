import { PROGRAMME_NOUN } from "./programmeNouns.js";
import type { EntityRecord, Mention, StructuredDocument } from "./types.js";

/** The lower-case class nouns a programme's name is written with: "the LEAP project", "the X programme". */
const KIND_WORD_AFTER = new RegExp(String.raw`^\s+(${PROGRAMME_NOUN})\b`);
/** A name that already ends in one. */
const ENDS_IN_KIND_WORD = new RegExp(String.raw`\b(?:${PROGRAMME_NOUN})$`, "i");

/**
 * KIND_WORD_ALIASES: an initiative written with a lower-case class noun right after its name ("the LEAP project on
 * legal aid", "keeps going the Voluntary Humanitarian Return programme") also goes by the name with that noun, as
 * other pages and readers write it ("LEAP project"). Only an initiative takes the alias: after an organization or a
 * state the noun names one of its projects ("the IOM project", "a Kenya programme"), not another name of it; a noun
 * that is itself capitalised is part of a longer name, read elsewhere.
 */
export function kindWordAliases(doc: StructuredDocument, mentions: readonly Mention[], entities: ReadonlyMap<string, EntityRecord>): void {
  const passages = new Map(doc.passages.map((p) => [p.id, p]));
  for (const m of mentions) {
    const e = m.entityId ? entities.get(m.entityId) : undefined;
    if (!e || e.kind !== "INITIATIVE" || e.isEvent) continue;
    const text = passages.get(m.passageId)?.text;
    const noun = text ? KIND_WORD_AFTER.exec(text.slice(m.localEnd, m.localEnd + 16))?.[1] : undefined;
    if (!noun) continue;
    const surface = text!.slice(m.localStart, m.localEnd).replace(/^the\s+/i, "").trim();
    // A name that already ends in a class noun ("the Safe Ports Programme project") gains nothing from a second one.
    if (!surface || ENDS_IN_KIND_WORD.test(surface)) continue;
    const form = `${surface} ${noun}`;
    // A fresh list: a catalog entity's aliases are shared with the catalog, which other documents read.
    if (form !== e.name && !e.aliases.includes(form)) e.aliases = [...e.aliases, form];
  }
}
