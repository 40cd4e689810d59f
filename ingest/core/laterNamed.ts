import type { EntityKind } from "../../src/ontology/ontology.js";
import { writesOf } from "./EntityMap.js";
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
  return new LaterNamed(pageIds, entities).named(label, kinds);
}

/**
 * What LaterNamed keeps of one entity of the page: the record last found for its id, the fields its forms of several
 * words were read from, those forms, and per label (by the label's number) the longest form the label holds.
 */
interface Seen {
  id: string;
  e: EntityRecord | undefined;
  name: string | undefined;
  aliases: readonly string[] | undefined;
  count: number;
  forms: string[];
  /** By label number: the length of the longest form the label holds, 0 for none; unset where not yet asked. */
  lengths: number[];
}

/**
 * laterNamed for one page, asked at nearly every sentence whose heading names no seen entity, with the page's few
 * labels. Every answer is made afresh from the records as they are now, as laterNamed() makes it (a heading can give a
 * body another alias while the page is read, a meeting's record can take an id's place), but what costs is kept: an
 * entity's forms while its name and aliases stay as read, and whether a label holds them, so an entity of another
 * kind, or a meeting, costs two reads of its record a question and a name already read none. Where the entities
 * count their writes (EntityMap.ts) and none was made since the last look, no id can map to another record, and the
 * kept records are read without looking each id up.
 */
export class LaterNamed {
  private readonly seen: Seen[];
  /** The entities' write count when every id was last looked up. */
  private lookedAt: number | undefined;
  private readonly labels = new Map<string, number>();
  /**
   * Per set of kinds asked, the seen entities whose record is of those kinds and no meeting, in page order: a page
   * mentions hundreds of entities, most of them states. A record's kind and isEvent are settled before relate() reads
   * the page, so the list holds until an id maps to another record; cleared at every new look at the ids.
   */
  private readonly ofKinds = new Map<string, Seen[]>();

  constructor(
    pageIds: Iterable<string>,
    private readonly entities: ReadonlyMap<string, EntityRecord>,
  ) {
    this.seen = [...pageIds].map((id) => ({ id, e: undefined, name: undefined, aliases: undefined, count: 0, forms: [], lengths: [] }));
  }

  named(label: string, kinds: readonly EntityKind[]): M | null {
    const writes = writesOf(this.entities);
    if (writes === undefined || writes !== this.lookedAt) {
      for (const x of this.seen) x.e = this.entities.get(x.id);
      this.lookedAt = writes;
      this.ofKinds.clear();
    }
    let n = this.labels.get(label);
    if (n === undefined) this.labels.set(label, (n = this.labels.size));
    let l: string | undefined;
    let best: EntityRecord | null = null;
    let bestLength = 0;
    for (const x of this.candidates(kinds)) {
      const e = x.e!;
      if (e.name !== x.name || e.aliases !== x.aliases || e.aliases.length !== x.count) read(x, e);
      let length = x.lengths[n];
      if (length === undefined) {
        l ??= label.toLowerCase();
        length = 0;
        for (const f of x.forms) if (f.length > length && labelNames(l, f)) length = f.length;
        x.lengths[n] = length;
      }
      // The longest name wins; of two as long, the one the page mentions first.
      if (length > bestLength) {
        best = e;
        bestLength = length;
      }
    }
    return best ? { id: best.id, kind: best.kind, isEvent: false, start: -1, end: -1, via: "coref" } : null;
  }

  private candidates(kinds: readonly EntityKind[]): Seen[] {
    const key = kinds.join(" ");
    let list = this.ofKinds.get(key);
    if (!list) this.ofKinds.set(key, (list = this.seen.filter((x) => x.e && !x.e.isEvent && kinds.includes(x.e.kind))));
    return list;
  }
}

/** Reads an entity's forms of several words again, and forgets what the labels held of the old ones. */
function read(x: Seen, e: EntityRecord): void {
  x.name = e.name;
  x.aliases = e.aliases;
  x.count = e.aliases.length;
  // Several words: a one-word name ("Fund", "Board") is a head noun a label holds by chance.
  x.forms = [e.name, ...e.aliases].filter((f) => f.trim().includes(" ")).map((f) => f.toLowerCase().replace(/^the\s+/, ""));
  x.lengths = [];
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
