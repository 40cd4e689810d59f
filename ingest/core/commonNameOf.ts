import { entityId } from "../../src/ontology/ids.js";
import type { PassageScan } from "./PassageScan.js";
import { headKind } from "./headKind.js";
import type { IdentityRule } from "./identityRules.js";

/**
 * "The Marovia Convention is the common name of the Convention determining the Port responsible for …": the sentence gives a
 * short name and the full title it stands for. A full title of a treaty may hold small words a name rule would stop at
 * ("determining the Port responsible for"), so the title runs from its capitalised kind word to the end of the clause.
 * The two are one entity, named by the full title; the short name is its alias.
 */
export const COMMON_NAME_OF: IdentityRule = {
  id: "common-name-of",
  what: "'X is the common (usual, popular, short, informal) name (title) of/for the Y' names one entity twice: Y, the full title from its kind word (the same kind as X) to the end of the clause, is the name, X its alias. Y must open on a capitalised word of X's kind, so 'X is the common name of a group of rules' or 'of the treaties signed in Y' names nothing new.",
  words: ["is the common name of", "is the usual name for", "is the popular name of", "is the short title of", "is the informal name of"],
  positive: [
    { text: "The Marovia Convention is the common name of the Convention determining the Port responsible for examining Claims for Shelter lodged by Seafarers. The Marovia Convention entered into force in 2001.", same: ["Marovia Convention", "Convention determining the Port responsible for examining Claims for Shelter lodged by Seafarers"] },
    { text: "The Marovia Treaty is the usual name for the Treaty on fishing rights in the shared waters of Tinland and Marovia; it was signed in 1998.", same: ["Marovia Treaty", "Treaty on fishing rights in the shared waters of Tinland and Marovia"] },
  ],
  negative: [
    // No title of the same kind follows: the common name of a set of rules is no second name.
    { text: "The Marovia Convention is the common name of a set of rules on seafarers' claims. The Marovia Convention entered into force in 2001.", absent: ["conv:set-of-rules-on-seafarers-claims"] },
    { text: "The Marovia Convention is the common name of the Lagoon Fisheries Authority's rules. The Marovia Convention entered into force in 2001.", apart: ["Marovia Convention", "Lagoon Fisheries Authority"] },
  ],
};

const COMMON_NAME = /^\s+(?:is|was|remains)\s+the\s+(?:common|usual|popular|informal|everyday|customary|short|shorthand)\s+(?:name|title)\s+(?:of|for)\s+(?:the\s+)?(?=[A-Z])/;
/** The full title ends with its clause: a full stop, a semicolon, a colon, or a comma before a small word ("…, and it"). */
const TITLE = /^[^.;:\n]+?(?=\s*(?:[.;:]|,\s+[a-z]|\n|$))/;
const MAX_WORDS = 30;

/** Step 4b of recognition, beside alsoCalled.ts: a short name stated to stand for a full title. */
export function commonNameOf(scan: PassageScan): void {
  const { text, mentions } = scan;
  const { catalog, discovered } = scan.doc;
  for (const x of [...mentions]) {
    if (x.kind === "COUNTRY") continue;
    const lead = COMMON_NAME.exec(text.slice(x.localEnd, x.localEnd + 80));
    if (!lead) continue;
    const start = x.localEnd + lead[0].length;
    const title = TITLE.exec(text.slice(start, start + 600))?.[0];
    if (!title || title.split(/\s+/).length > MAX_WORDS || headKind(title.split(/\s+/)[0]!) !== x.kind) continue;
    const end = start + title.length;
    // A known name or a discovered one that is the whole title is that name; names inside it are its words (but states).
    const whole = mentions.find((m) => m.localStart === start && m.localEnd === end);
    let key = whole?.key;
    if (!key) {
      if (mentions.some((m) => m.localStart < start && m.localEnd > start)) continue;
      for (const m of mentions.filter((o) => o.localStart >= start && o.localEnd <= end && o.kind !== "COUNTRY")) mentions.splice(mentions.indexOf(m), 1);
      key = entityId(x.kind, title);
      if (!catalog.byId.has(key)) scan.discover({ key, kind: x.kind, name: title, acronym: null });
      scan.push({ localStart: start, localEnd: end, kind: x.kind, key, method: "name-pattern", confidence: 0.75 });
    }
    if (key === x.key) continue;
    // The full title is the name; a catalog entry keeps its own and takes the title as the other's.
    const short = discovered.get(x.key);
    if (short && !catalog.byId.has(x.key)) short.sameAs = key;
    else if (!catalog.byId.has(key)) discovered.get(key)!.sameAs = x.key;
  }
}
