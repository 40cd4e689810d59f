import type { EntityKind } from "../../src/ontology/ontology.js";
import { labelNames } from "./labelNames.js";
import type { M } from "./mentionLists.js";
import type { TripleExamples } from "./TripleExamples.js";
import type { EntityRecord } from "./types.js";

/**
 * The body a title or heading names in full though the text names it only further down ("EU REGIONAL TRUST FUND IN
 * RESPONSE TO THE SYRIAN CRISIS" over a record whose glossary spells the fund out at its end): an entity the page
 * mentions somewhere, of the kinds asked, whose full name (not an acronym) the label holds as whole words. The longest
 * such name wins; a label that holds none names no one here.
 */
export function laterNamed(label: string, kinds: readonly EntityKind[], pageIds: Iterable<string>, entities: ReadonlyMap<string, EntityRecord>): M | null {
  const l = label.toLowerCase();
  let best: { e: EntityRecord; length: number } | null = null;
  for (const id of pageIds) {
    const e = entities.get(id);
    if (!e || e.isEvent || !kinds.includes(e.kind)) continue;
    // Several words: a one-word name ("Fund", "Board") is a head noun a label holds by chance.
    const forms = [e.name, ...e.aliases].filter((f) => f.trim().includes(" ")).map((f) => f.toLowerCase().replace(/^the\s+/, ""));
    const length = Math.max(0, ...forms.filter((f) => labelNames(l, f)).map((f) => f.length));
    if (length > 0 && (!best || length > best.length)) best = { e, length };
  }
  return best ? { id: best.e.id, kind: best.e.kind, isEvent: false, start: -1, end: -1, via: "coref" } : null;
}

const RECORD = "\nBoard record: fourth meeting\n\nThe board met in Hanoi on 3 May 2022.\n\nIn brief:\n- main countries of operation: Viet Nam, Cambodia;\n- sectors: housing and water.\n\nThis record was prepared by the secretariat of the Mekong Coastal Programme.\n";
/** Example pages (test/unit/laterNamed.test.ts): `expect` is [type, source, target]. */
export const LATER_NAMED_EXAMPLES: TripleExamples = {
  positive: [
    // The title names the programme in capitals; the text names it only in its closing line.
    { text: `MEKONG COASTAL PROGRAMME${RECORD}`, expect: ["OPERATES_IN", "ini:mekong-coastal-programme", "ctry:kh"] },
  ],
  negative: [
    // A title that holds only a word of the programme's name names no programme.
    { text: `COASTAL PROGRAMME BOARD${RECORD}`, expect: ["OPERATES_IN", "ini:mekong-coastal-programme", "ctry:kh"] },
  ],
};
