import { DocumentEntities } from "./DocumentEntities.js";

/**
 * The run's entities by id, counting the writes to it: a reader that keeps what it read of some entities
 * (laterNamed.ts) can tell that no record has taken an id's place since, without looking each id up again.
 * Only a set, delete or clear can change which record an id maps to, so the count misses no such change.
 */
export class EntityMap<V> extends Map<string, V> {
  private count = 0;
  /** Ids the resolver folded into another entity, with the id each now goes by. */
  readonly redirects = new Map<string, string>();

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

/** The map's write count, where it keeps one (an EntityMap, or a document's view of one), else undefined. */
export function writesOf(map: ReadonlyMap<string, unknown>): number | undefined {
  return map instanceof EntityMap || map instanceof DocumentEntities ? map.writes : undefined;
}

/**
 * The id an entity goes by in the run: a reader that derives an id from a name it reads (a page title's body) must
 * follow the resolver's folds, or it misses the entity whenever another document's variant of the name won the fold.
 */
export function canonicalId(map: ReadonlyMap<string, unknown>, id: string): string {
  return map instanceof EntityMap || map instanceof DocumentEntities ? (map.redirects.get(id) ?? id) : id;
}
