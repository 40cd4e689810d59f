import type { EntityRecord } from "./types.js";

/**
 * One document's view of the run's entities while it is related: reads fall through to the shared map, which is never
 * written; what relating the document creates or changes (a meeting found by its year, a heading's body, a record that
 * gains an alias or loses a parent) goes to a map of its own. A change to a shared record is made on a copy set here
 * (copy on write), so a document's graph depends only on the document and the shared map, not on the documents related
 * before it. `created()` hands the document's own records to the merge step (mergeEntities.ts).
 */
export class DocumentEntities<T extends EntityRecord = EntityRecord> implements Map<string, T> {
  private readonly own = new Map<string, T>();
  private ownWrites = 0;

  /**
   * `redirects` are the resolver's folds (EntityMap.ts canonicalId), which a reader deriving an id from a name follows;
   * `sharedWrites` the shared map's write count, which stays as it is while documents are related (EntityMap.ts writesOf).
   */
  constructor(
    private readonly shared: ReadonlyMap<string, T>,
    readonly redirects: ReadonlyMap<string, string> = new Map(),
    private readonly sharedWrites = 0,
  ) {}

  /** How many times an entry was set so far, the shared map's writes included. */
  get writes(): number {
    return this.sharedWrites + this.ownWrites;
  }

  get [Symbol.toStringTag](): string {
    return "DocumentEntities";
  }

  get size(): number {
    let n = this.shared.size;
    for (const id of this.own.keys()) if (!this.shared.has(id)) n++;
    return n;
  }

  get(id: string): T | undefined {
    return this.own.get(id) ?? this.shared.get(id);
  }

  has(id: string): boolean {
    return this.own.has(id) || this.shared.has(id);
  }

  set(id: string, record: T): this {
    this.ownWrites++;
    this.own.set(id, record);
    return this;
  }

  /** Records are never removed while relating: a shared one could not be, and a removal would not merge. */
  delete(_id: string): boolean {
    throw new Error("DocumentEntities: entities are not removed while relating a document");
  }

  clear(): void {
    throw new Error("DocumentEntities: entities are not removed while relating a document");
  }

  // Most documents set nothing: their view is read at the shared map's own speed.
  entries(): MapIterator<[string, T]> {
    return this.own.size === 0 ? this.shared.entries() : this.overlaid();
  }

  keys(): MapIterator<string> {
    return this.own.size === 0 ? this.shared.keys() : this.overlaidKeys();
  }

  values(): MapIterator<T> {
    return this.own.size === 0 ? this.shared.values() : this.overlaidValues();
  }

  private *overlaid(): MapIterator<[string, T]> {
    for (const [id, record] of this.shared) yield [id, this.own.get(id) ?? record];
    for (const entry of this.own) if (!this.shared.has(entry[0])) yield entry;
  }

  private *overlaidKeys(): MapIterator<string> {
    for (const id of this.shared.keys()) yield id;
    for (const id of this.own.keys()) if (!this.shared.has(id)) yield id;
  }

  private *overlaidValues(): MapIterator<T> {
    for (const [id, record] of this.shared) yield this.own.get(id) ?? record;
    for (const [id, record] of this.own) if (!this.shared.has(id)) yield record;
  }

  [Symbol.iterator](): MapIterator<[string, T]> {
    return this.entries();
  }

  forEach(fn: (value: T, key: string, map: Map<string, T>) => void, thisArg?: unknown): void {
    for (const [id, record] of this.entries()) fn.call(thisArg, record, id, this);
  }

  /** The records relating the document created or changed, in the order it first set them. */
  created(): ReadonlyMap<string, T> {
    return this.own;
  }
}
