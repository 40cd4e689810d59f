import { entityId } from "../../src/ontology/ids.js";
import { headWord } from "./headKind.js";
import type { PassageScan } from "./PassageScan.js";
import { DOCUMENT_PAIR } from "./synonymRules.js";

const SUBTITLE_GAP = /^:\s+$/;
/** "X (Sixth Tranche), ‘Title,’": the quoted title right after a name, past an optional bracket. */
const APPOSED = /^\s*(?:\([^()]{1,40}\))?,\s*[‘“"']([A-Z][^’”"]{8,200}?)[,.]?[’”"']/;
const PAIR = new RegExp(`^(?:${DOCUMENT_PAIR.words.join("|")})\\s+and\\s+(?:the\\s+)?([A-Z].+)$`);

const singular = (w: string) => w.replace(/s$/, "");

/**
 * Step 4c of recognition: names a title is written with (synonymRules.ts). The mentions stay where they
 * are; the discovered side records `sameAs`, which resolve reads as identity (as for alsoCalled.ts):
 *   CITATION_SUBTITLE – "Detention Guidelines: Guidelines on X": the subtitle is the title's;
 *   APPOSED_TITLE     – "the Development Account Project (Sixth Tranche), ‘Title’": the generic name is the title's;
 *   DOCUMENT_PAIR     – "the Resolution and Manila Call to Action": the named document's.
 * A target key that no document discovers leaves the name as it is (resolve skips it).
 */
export function titleVariants(scan: PassageScan): void {
  const { text, mentions } = scan;
  const { catalog, discovered } = scan.doc;
  const own = (key: string) => (catalog.byId.has(key) ? undefined : discovered.get(key));
  for (const x of mentions) {
    if (x.kind === "COUNTRY") continue;
    const xName = text.slice(x.localStart, x.localEnd);
    // A title and its subtitle: a second name right after a colon, with the title's last word as its head.
    const y = mentions.find((o) => o.localStart > x.localEnd && SUBTITLE_GAP.test(text.slice(x.localEnd, o.localStart)));
    const sub = y && own(y.key);
    if (y && sub && y.key !== x.key && y.kind === x.kind && singular(headWord(sub.name) ?? "") === singular(xName.split(/\s+/).pop() ?? "")) sub.sameAs = x.key;
    const entry = own(x.key);
    if (!entry || entry.sameAs) continue;
    const apposed = x.kind === "INITIATIVE" ? APPOSED.exec(text.slice(x.localEnd, x.localEnd + 260)) : null;
    if (apposed) {
      const target = entityId("INITIATIVE", apposed[1]!);
      if (target !== x.key) entry.sameAs = target;
      continue;
    }
    const pair = PAIR.exec(entry.name);
    if (pair) entry.sameAs = entityId(entry.kind, pair[1]!);
  }
}
