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

const copy = (m: M | null): M | null => (m ? { ...m } : null);

/** What laterNamed read of one entity of the page: the record and the fields it read, and its forms of several words. */
interface Seen {
  id: string;
  e: EntityRecord | undefined;
  kind: EntityKind | undefined;
  isEvent: boolean | undefined;
  name: string | undefined;
  aliases: readonly string[] | undefined;
  count: number;
  forms: string[];
}

/**
 * laterNamed for one page, asked at nearly every sentence whose heading names no seen entity, with the page's few
 * labels: each entity's forms are made once, and each label's answer is kept. Before an answer is given, the page's
 * entities are checked against what was read of them (a heading can give a body another alias while the page is read,
 * a meeting's record can take an id's place); where any changed, everything is read again, so the answer is always
 * the one laterNamed() would give. Where the entities count their writes (EntityMap.ts) and none was made since the
 * last check, no id can map to another record, and the check reads the kept records without looking each id up.
 */
export class LaterNamed {
  private readonly ids: string[];
  private seen: Seen[] | null = null;
  /** The entities' write count when every id was last looked up and found as read. */
  private checkedAt: number | undefined;
  private readonly answers = new Map<string, M | null>();

  constructor(
    pageIds: Iterable<string>,
    private readonly entities: ReadonlyMap<string, EntityRecord>,
  ) {
    this.ids = [...pageIds];
  }

  named(label: string, kinds: readonly EntityKind[]): M | null {
    if (!this.current()) {
      this.seen = this.ids.map((id) => this.read(id));
      this.checkedAt = writesOf(this.entities);
      this.answers.clear();
    }
    const key = `${kinds.join(",")}|${label}`;
    // A copy: a caller may take the answer as its own.
    if (this.answers.has(key)) return copy(this.answers.get(key)!);
    const l = label.toLowerCase();
    let best: { e: EntityRecord; length: number } | null = null;
    for (const x of this.seen!) {
      const e = x.e;
      if (!e || e.isEvent || !kinds.includes(e.kind)) continue;
      let length = 0;
      for (const f of x.forms) if (f.length > length && labelNames(l, f)) length = f.length;
      if (length > 0 && (!best || length > best.length)) best = { e, length };
    }
    const answer: M | null = best ? { id: best.e.id, kind: best.e.kind, isEvent: false, start: -1, end: -1, via: "coref" } : null;
    this.answers.set(key, answer);
    return copy(answer);
  }

  /** Whether every entity of the page is as it was read. */
  private current(): boolean {
    const seen = this.seen;
    if (!seen) return false;
    const writes = writesOf(this.entities);
    const looked = writes === undefined || writes !== this.checkedAt;
    for (const x of seen) {
      const e = looked ? this.entities.get(x.id) : x.e;
      if (e !== x.e) return false;
      if (e && (e.kind !== x.kind || e.isEvent !== x.isEvent || e.name !== x.name || e.aliases !== x.aliases || e.aliases.length !== x.count || e.id !== x.id)) return false;
    }
    this.checkedAt = writes;
    return true;
  }

  private read(id: string): Seen {
    const e = this.entities.get(id);
    // Several words: a one-word name ("Fund", "Board") is a head noun a label holds by chance.
    const forms = e ? [e.name, ...e.aliases].filter((f) => f.trim().includes(" ")).map((f) => f.toLowerCase().replace(/^the\s+/, "")) : [];
    return { id, e, kind: e?.kind, isEvent: e?.isEvent, name: e?.name, aliases: e?.aliases, count: e?.aliases.length ?? 0, forms };
  }
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
