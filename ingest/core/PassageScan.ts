import type { EntityKind } from "../../src/ontology/ontology.js";
import type { Catalog } from "../catalog/catalog.js";
import { matchTokens, type Matcher, type MatchToken } from "./Matcher.js";
import type { Hit } from "./nameTrim.js";
import type { DiscoveredName, Mention, Passage, StructuredDocument } from "./types.js";

export interface ParentLink {
  mention: Mention;
  parentId: string;
  method: "subunit-prefix" | "subunit-suffix" | "subunit-chapter" | "part-prefix" | "governing-body";
  confidence: number;
}

/** The page's text for DocumentScan.pageText: joined once, on the first ask, and only if some reader asks. */
export function pageTextOf(doc: Pick<StructuredDocument, "passages">): () => string {
  let joined: string | undefined;
  return () => (joined ??= doc.passages.map((p) => p.text).join("\n"));
}

/** What recognition keeps across the passages of one document. */
export interface DocumentScan {
  catalog: Catalog;
  matcher: Matcher;
  /** Names discovered in this document: candidate key → name, kind, acronym. */
  discovered: Map<string, DiscoveredName>;
  parents: ParentLink[];
  /** Acronyms defined in a chapter (or a document without chapters), bound to an entity id or a discovered key. */
  localAcronyms: Map<string, { id: string; kind: EntityKind }>;
  isPlace: (words: string) => boolean;
  /**
   * The whole page's text, joined on the first ask and kept for the document: for guards that ask what the page writes
   * anywhere, not only in the passage. Most pages never ask.
   */
  pageText?: () => string;
  /** The acronym or name a display name is built from ("UNICEF Division of X"). */
  shortName: (id: string) => string;
  /** The forum or programme the page's title or first defining heading names ("Coastal Fishers Network (CFN)"). */
  topic?: { id: string; kind: EntityKind; name: string; acronym: string | null };
  /**
   * The one standing forum or programme the page's title names among other words ("Bali Process > Events"), else the
   * one its headline names under a breadcrumb: whose "Steering Committee" alone is, where no topic is set (SUB_BODIES).
   */
  pageBody?: { id: string; kind: EntityKind; name: string; acronym: string | null };
  /** The state a title writes beside its body ("X (ACR), Tinland - profile"): whose bare ministries the page names (titleState.ts). */
  pageState?: string;
}

/**
 * One passage being read: its mentions so far, the spans they take (a later step never claims a taken
 * span) and the catalog hits that later steps read as parents and owners.
 */
export class PassageScan {
  readonly text: string;
  readonly scope: string;
  readonly tokens: MatchToken[];
  readonly taken: Array<[number, number]> = [];
  readonly mentions: Mention[] = [];
  readonly hits: Hit[] = [];
  /**
   * "Expertise France (EF)": definitions whose words say no kind, kept until the names around them are read; the list
   * they stand in may say it (listedDefinitions.ts).
   */
  readonly kindless: Array<{ name: string; start: number; acronym: string; acronymAt: number }> = [];

  constructor(
    readonly passage: Passage,
    readonly doc: DocumentScan,
  ) {
    this.text = passage.text;
    this.scope = passage.chapter ?? "";
    this.tokens = matchTokens(this.text);
  }

  push(m: Pick<Mention, "localStart" | "localEnd" | "kind" | "key" | "method" | "confidence">): Mention {
    // Written out field by field: every mention then has the one shape, which a spread of the callers' literals does not promise.
    const mention: Mention = {
      localStart: m.localStart,
      localEnd: m.localEnd,
      kind: m.kind,
      key: m.key,
      method: m.method,
      confidence: m.confidence,
      passageId: this.passage.id,
      sentenceIndex: sentenceAt(this.passage, m.localStart),
      surface: this.text.slice(m.localStart, m.localEnd),
    };
    this.mentions.push(mention);
    this.taken.push([m.localStart, m.localEnd]);
    return mention;
  }

  overlaps(s: number, e: number): boolean {
    return this.taken.some(([a, b]) => s < b && a < e);
  }

  /**
   * Gives up the mentions of `kind` that lie wholly inside [s, e), so that a longer name may take the span; false, and
   * nothing given up, where any other taken span overlaps it.
   */
  releaseWithin(s: number, e: number, kind: EntityKind): boolean {
    const inside = this.mentions.filter((m) => m.localStart < e && s < m.localEnd);
    if (inside.some((m) => m.kind !== kind || m.localStart < s || m.localEnd > e)) return false;
    if (this.taken.some(([a, b]) => a < e && s < b && !inside.some((m) => m.localStart === a && m.localEnd === b))) return false;
    for (const m of inside) {
      this.mentions.splice(this.mentions.indexOf(m), 1);
      const at = this.taken.findIndex(([a, b]) => a === m.localStart && b === m.localEnd);
      if (at >= 0) this.taken.splice(at, 1);
    }
    return true;
  }

  discover(d: DiscoveredName): void {
    const discovered = this.doc.discovered;
    let old = discovered.get(d.key);
    if (!old) discovered.set(d.key, (old = d));
    else if (d.acronym && !old.acronym) old.acronym = d.acronym;
    // "Outcome: 2023 X Strategy" then "the 2023 X Strategy": a later mention may give the first its dated writing.
    if (old !== d && d.alias && !old.alias && d.kind === old.kind && !old.isEvent && !d.isEvent) old.alias = d.alias;
    if (old !== d && d.bareAlias && !old.bareAlias) old.bareAlias = d.bareAlias;
    const owner = this.passage.chapterOwnerId;
    if (owner && !old.chapterOwners?.includes(owner)) old.chapterOwners = [...(old.chapterOwners ?? []), owner];
  }
}

function sentenceAt(passage: Passage, localStart: number): number {
  const i = passage.sentences.findIndex((s) => localStart >= s.localStart && localStart < s.localEnd);
  return i === -1 ? Math.max(0, passage.sentences.length - 1) : i;
}
