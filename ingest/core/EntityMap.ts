/**
 * The run's entities by id, counting the writes to it: a reader that keeps what it read of some entities
 * (laterNamed.ts) can tell that no record has taken an id's place since, without looking each id up again.
 * Only a set, delete or clear can change which record an id maps to, so the count misses no such change.
 */
export class EntityMap<V> extends Map<string, V> {
  private count = 0;

  constructor(entries?: Iterable<readonly [string, V]>) {
    // Map's own constructor would call set() before this class's fields exist.
    super();
    if (entries) for (const [k, v] of entries) this.set(k, v);
  }

  /** How many times an entry was set or removed so far. */
  get writes(): number {
    return this.count;
  }

  override set(key: string, value: V): this {
    this.count++;
    return super.set(key, value);
  }

  override delete(key: string): boolean {
    this.count++;
    return super.delete(key);
  }

  override clear(): void {
    this.count++;
    super.clear();
  }
}

/** The map's write count, where it keeps one (an EntityMap), else undefined. */
export function writesOf(map: ReadonlyMap<string, unknown>): number | undefined {
  return map instanceof EntityMap ? map.writes : undefined;
}
