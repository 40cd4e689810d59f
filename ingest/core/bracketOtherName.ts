import { headWord } from "./headKind.js";
import { initialsMatch } from "./nameTrim.js";
import type { PassageScan } from "./PassageScan.js";
import type { Mention } from "./types.js";

/** ", CBCP)": the acronym closing a bracket after the other name. */
const ACRONYM_CLOSE = /^\s*,\s*([A-Z][A-Za-z0-9&-]{1,9})\)/;

/**
 * "the Söderköping Process (Cross-Border Co-operation Process, CBCP)": a bracket after a name that holds another full
 * name of the same head word and then its acronym names the same body twice (ALSO_CALLED). The acronym must spell one
 * of the two names, so a bracket holding another body and a place or a year ("(Harbour Studies Centre, UK)") is no
 * naming; a different head word ("the Kestrel Process (Regional Support Office, RSO)") is a part or a partner, not a
 * second name. The other name folds into the one written first (its discovered side records `sameAs`), and the
 * acronym is the first name's where the text gave it none.
 */
export function bracketOtherName(scan: PassageScan, x: Mention): boolean {
  const { text, mentions } = scan;
  const { catalog, discovered } = scan.doc;
  if (!/^\s\($/.test(text.slice(x.localEnd, x.localEnd + 2))) return false;
  const y = mentions.find((o) => o.localStart === x.localEnd + 2 && o.kind === x.kind && o.key !== x.key);
  const close = y ? ACRONYM_CLOSE.exec(text.slice(y.localEnd, y.localEnd + 16)) : null;
  if (!y || !close) return false;
  const acronym = close[1]!;
  const xName = text.slice(x.localStart, x.localEnd), yName = text.slice(y.localStart, y.localEnd);
  if (yName.split(/\s+/).length < 2 || !(initialsMatch(yName, acronym) || initialsMatch(xName, acronym))) return false;
  const head = headWord(yName)?.toLowerCase();
  if (!head || head !== headWord(xName)?.toLowerCase()) return false;
  const entry = !catalog.byId.has(y.key) ? discovered.get(y.key) : undefined;
  if (!entry || entry.sameAs) return false;
  entry.sameAs = x.key;
  const own = discovered.get(x.key);
  if (own && !own.acronym) own.acronym = acronym;
  const local = `${scan.scope}|${acronym}`;
  if (!scan.doc.localAcronyms.has(local)) scan.doc.localAcronyms.set(local, { id: x.key, kind: x.kind });
  return true;
}
