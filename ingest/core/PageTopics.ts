import { escapeRegExp } from "./escapeRegExp.js";
import type { EntityKind } from "../../src/ontology/ontology.js";
import type { HeadingEntity } from "./headingEntity.js";
import { labelNames } from "./labelNames.js";
import { LaterNamed } from "./laterNamed.js";
import type { M } from "./mentionLists.js";
import type { EntityRecord } from "./types.js";

/** An entity seen on the page that is no meeting: its first mention, when it was first seen, its names once read. */
interface SeenEntity {
  m: M;
  order: number;
  forms?: string[];
  /** The entity as a topic ("coref"), made once. */
  topic?: M;
}

/** The kinds a page can be about: a body, a programme, a treaty (a state's page names it in every line). */
const TOPIC_KINDS: readonly EntityKind[] = ["FORUM", "ORGANIZATION", "INITIATIVE", "CONVENTION"];

/** Per kind: the first entity of that kind a label names, or how far the search has read. */
type LabelSearch = Map<EntityKind, { found: SeenEntity | null; scanned: number }>;

/**
 * What a page is about, as relate() reads it sentence by sentence: the entities seen so far and how often, and
 * the one a title or heading names ("Regional Conference on Migration (Puebla Process)").
 */
export class PageTopics {
  private readonly seen = new Map<string, { m: M; n: number }>();
  // Entities that are no meeting, by kind, in the order first seen (`order` counts across kinds), so a search
  // reads only the kinds it asks for and resumes where it stopped.
  private readonly seenOfKind = new Map<EntityKind, Array<SeenEntity>>();
  private seenCount = 0;
  private readonly searches = new Map<string, LabelSearch>();
  /** Per title and kind: whether the title opens on a seen entity of the kind, and how far the kind's list was read. */
  private readonly titleSearches = new Map<string, Map<EntityKind, { found: boolean; scanned: number }>>();
  private readonly titleHeads = new Map<string, string[]>();
  private readonly laterNamed?: LaterNamed;

  constructor(
    private readonly entities: ReadonlyMap<string, EntityRecord>,
    private readonly headingEntity?: HeadingEntity,
    /** The entities the page mentions anywhere: a label may name one the text names only further down (laterNamed.ts). */
    pageIds?: ReadonlySet<string>,
  ) {
    if (pageIds) this.laterNamed = new LaterNamed(pageIds, entities);
  }

  /** A sentence's own mention. */
  saw(m: M): void {
    const x = this.seen.get(m.id);
    if (x) x.n++;
    else {
      this.seen.set(m.id, { m, n: 1 });
      const order = this.seenCount++;
      if (!m.isEvent) (this.seenOfKind.get(m.kind) ?? this.seenOfKind.set(m.kind, []).get(m.kind)!).push({ m, order });
    }
  }

  /** The one meeting of these kinds the page has named so far, where it has named exactly one (a news item's event). */
  onlyEvent(kinds: readonly EntityKind[]): M | null {
    let one: M | null = null;
    for (const x of this.seen.values()) {
      if (!x.m.isEvent || !kinds.includes(x.m.kind)) continue;
      if (one) return null;
      one = x.m;
    }
    return one ? { ...one, via: "coref" } : null;
  }

  /** The page's topic for heading lists whose heading names none: the entity of those kinds mentioned most so far. */
  mostNamed(kinds: readonly EntityKind[]): M | null {
    let best: { m: M; n: number } | null = null;
    for (const x of this.seen.values()) if (kinds.includes(x.m.kind) && !x.m.isEvent && (!best || x.n > best.n)) best = x;
    return best ? { ...best.m, via: "coref" } : null;
  }

  /**
   * The most named entity of these kinds, as the last resort for an unwritten end, unless the page's title, headline or
   * first line opens on a body of another kind: on a forum's page, "Money came from the European Union" is said of the
   * forum, and an initiative the page mentions often is no stand-in for it.
   */
  mostNamedUnlessTitled(kinds: readonly EntityKind[], titles: ReadonlyArray<string | null | undefined>): M | null {
    const others = TOPIC_KINDS.filter((k) => !kinds.includes(k));
    if (others.some((kind) => titles.some((t) => t && this.opensOnKind(t, kind)))) return null;
    return this.mostNamed(kinds);
  }

  /**
   * Whether the title opens on some seen entity of the kind. Asked at nearly every sentence with the page's same few
   * titles: the answer is kept per title and kind, and a search that found none resumes with the entities seen since.
   */
  private opensOnKind(title: string, kind: EntityKind): boolean {
    const byKind = this.titleSearches.get(title) ?? this.titleSearches.set(title, new Map()).get(title)!;
    const memo = byKind.get(kind) ?? byKind.set(kind, { found: false, scanned: 0 }).get(kind)!;
    const list = this.seenOfKind.get(kind) ?? [];
    for (; memo.scanned < list.length && !memo.found; memo.scanned++) memo.found = this.opensOn(title, list[memo.scanned]!);
    return memo.found;
  }

  /** Whether a title, or one step of its breadcrumb ("Dialogues > Europe > X > Questions"), opens on the entity's name. */
  private opensOn(title: string, x: SeenEntity): boolean {
    x.forms ??= this.formsOf(x.m.id);
    const forms = x.forms;
    return this.headsOf(title).some((head) => forms.some((f) => head.startsWith(f) && !/[\p{L}\d]/u.test(head[f.length] ?? "")));
  }

  /** A title's breadcrumb steps, lower case, without a leading "the": split once per page, not once per entity. */
  private headsOf(title: string): string[] {
    let heads = this.titleHeads.get(title);
    if (!heads) this.titleHeads.set(title, (heads = title.toLowerCase().split(/\s+[>›|]\s+/).map((step) => step.replace(/^\W*(?:the\s+)?/, ""))));
    return heads;
  }

  /** The entity a page (its title) or a section (its heading) names, among those of these kinds. */
  named(label: string | null | undefined, kinds: readonly EntityKind[]): M | null {
    if (!label) return null;
    // Asked several times per sentence. The answer is the first seen entity of those kinds the label names; entities
    // are only ever appended, so a found answer stays, and a search that found none resumes with the new ones.
    const search = this.searches.get(label) ?? this.searches.set(label, new Map()).get(label)!;
    let first: SeenEntity | null = null;
    for (const kind of kinds) {
      const found = this.firstOfKind(label, search, kind);
      if (found && (!first || found.order < first.order)) first = found;
    }
    if (first) return this.longerHeadingName(label, kinds, first) ?? (first.topic ??= { ...first.m, via: "coref" });
    // A heading can name a body no sentence has named yet ("Migrant Workers (…) Convention, 1975 (No. 143)");
    // not memoised, so a body the text names later still comes first.
    const id = this.headingEntity?.(label);
    const e = id ? this.entities.get(id) : undefined;
    if (id && e && kinds.includes(e.kind)) return { id, kind: e.kind, isEvent: e.isEvent === true, start: -1, end: -1, via: "coref" };
    return this.laterNamed?.named(label, kinds) ?? null;
  }

  /**
   * "ERSO WEST (2011-2013)" under a network called ERSO: where the heading's own name, one the text discovered, holds
   * the seen entity's name with words of its own, the heading names the longer one (the project, not the network).
   */
  private longerHeadingName(label: string, kinds: readonly EntityKind[], first: SeenEntity): M | null {
    const id = this.headingEntity?.(label);
    const e = id && id !== first.m.id ? this.entities.get(id) : undefined;
    if (!e || e.origin !== "discovered" || e.isEvent || !kinds.includes(e.kind)) return null;
    const name = e.name.toLowerCase();
    if (!label.toLowerCase().includes(name)) return null;
    const inner = (first.forms ??= this.formsOf(first.m.id));
    return inner.some((f) => f.length < name.length && new RegExp(`(?:^|\\W)${escapeRegExp(f)}(?:\\W|$)`).test(name))
      ? { id: e.id, kind: e.kind, isEvent: false, start: -1, end: -1, via: "coref" }
      : null;
  }

  /** An entity's names, lower case, that a label may hold (longer than two letters). */
  private formsOf(id: string): string[] {
    const e = this.entities.get(id);
    return e ? [e.name, e.acronym, ...e.aliases].filter((f): f is string => !!f && f.length > 2).map((f) => f.toLowerCase()) : [];
  }

  /** The first seen entity of one kind, no meeting, that the label names. */
  private firstOfKind(label: string, search: LabelSearch, kind: EntityKind): SeenEntity | null {
    const memo = search.get(kind) ?? { found: null, scanned: 0 };
    if (memo.found) return memo.found;
    const list = this.seenOfKind.get(kind) ?? [];
    if (memo.scanned >= list.length) return null;
    const l = label.toLowerCase();
    for (; memo.scanned < list.length && !memo.found; memo.scanned++) {
      const x = list[memo.scanned]!;
      x.forms ??= this.formsOf(x.m.id);
      if (x.forms.some((f) => labelNames(l, f))) memo.found = x;
    }
    search.set(kind, memo);
    return memo.found;
  }
}
