import { entityId } from "../../src/ontology/ids.js";
import { apposedDescription } from "./apposedDescription.js";
import { writtenState } from "./nationalBody.js";
import { openingState } from "./openingState.js";
import type { PassageScan } from "./PassageScan.js";
import { stateWord } from "./titleState.js";

/**
 * "the foreign ministry", "Ghana's interior ministry": a state's ministry described by its portfolio, in lower case.
 * Only portfolios whose title is the same in most states are read; each maps to the title the name readers key
 * ("Ministry of Foreign Affairs", "Ministry of the Interior"), so a later full mention of the same title is one body.
 */
const PORTFOLIOS: Record<string, { title: string; written: RegExp }> = {
  foreign: { title: "Ministry of Foreign Affairs", written: /\b(?:Ministry|Department)\s+(?:of|for)\s+(?:the\s+)?(?:Foreign|External\s+Affairs)\b/ },
  interior: { title: "Ministry of the Interior", written: /\b(?:Ministry|Department)\s+(?:of|for)\s+(?:the\s+)?(?:Interior|Home\s+Affairs|Internal\s+Affairs)\b/ },
};
const DESCRIBED = /\b(?:the\s+)?(foreign|interior)\s+ministry\b(?!['’]s\s+(?:official|spokes))/g;

/** The portfolios whose title the page writes somewhere, read once per document rather than once per description. */
const WRITTEN = new WeakMap<object, Set<string>>();
function writtenOnPage(doc: PassageScan["doc"], passage: string): Set<string> {
  const read = (text: string) => new Set(Object.keys(PORTFOLIOS).filter((p) => PORTFOLIOS[p]!.written.test(text)));
  if (doc.pageText === undefined) return read(passage);
  let written = WRITTEN.get(doc);
  if (!written) WRITTEN.set(doc, (written = read(doc.pageText())));
  return written;
}

/**
 * A state's ministry described by its portfolio ("the foreign ministry", DESCRIBED_MINISTRY), whose state is the
 * country's possessive right before it ("Ghana's foreign ministry") or the one state opening its clause ("In Ghana,
 * the foreign ministry …", openingState.ts): that state's ministry, named as nationalBody.ts names it. A page that writes
 * a title of that portfolio anywhere ("Ministry of Foreign Affairs and Trade", "Ministry of External Affairs") is left
 * to its own title: the description may be that body, under a name the map does not know.
 */
export function describedMinistries(scan: PassageScan): void {
  const { text } = scan;
  const { catalog } = scan.doc;
  let hits: Array<{ id: string; kind: string; start: number; end: number }> | undefined;
  for (const m of text.matchAll(DESCRIBED)) {
    const portfolio = m[1]!.toLowerCase();
    if (writtenOnPage(scan.doc, text).has(portfolio)) continue;
    hits ??= scan.mentions.map((h) => ({ id: h.key, kind: h.kind as string, start: h.localStart, end: h.localEnd }));
    const start = m.index!;
    const end = start + m[0].length;
    if (scan.overlaps(start, end)) continue;
    // "the interior ministry of Togo": the state written after it is its own, whichever state opened the clause.
    const of = /^\s+of\s+(?:the\s+)?/.exec(text.slice(end));
    if (of && hits.some((h) => h.kind === "COUNTRY" && h.start === end + of[0].length)) continue;
    const possessive = hits.find((h) => h.kind === "COUNTRY" && /^['’]s\s+$/.test(text.slice(h.end, start)));
    const state = possessive ?? (m[0].startsWith("the") ? openingState(text, start, hits, catalog.demonyms) : undefined);
    if (!state) continue;
    // "the Secretaría de Relaciones Exteriores (SRE), Mexico's foreign ministry,": the named body described (APPOSED_DESCRIPTION).
    if (possessive && apposedDescription(text, possessive.start, end, hits)) continue;
    const { title } = PORTFOLIOS[portfolio]!;
    const name = `${stateWord(state.id, catalog.demonyms, scan.doc.shortName)} ${title}`;
    const key = entityId("ORGANIZATION", name);
    scan.discover({ key, kind: "ORGANIZATION", name, acronym: null, alias: `${title} of ${writtenState(state.id, scan.doc.shortName)}` });
    scan.push({ localStart: m[0].startsWith("the") ? start + 4 : start, localEnd: end, kind: "ORGANIZATION", key, method: "name-pattern", confidence: 0.7 });
  }
}
