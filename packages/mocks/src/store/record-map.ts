// The store's record maps count their changes, so that the indexes over them know when to rebuild.

/** A Map that counts its changes (the indexes over it know when to rebuild). */
export class RecordMap<V> extends Map<string, V> {
  #changes = 0;
  // biome-ignore lint/complexity/noUselessConstructor: no entries here, Map's would call `set` before `#changes` exists.
  constructor() {
    super();
  }
  static fromEntries<V>(entries: Iterable<readonly [string, V]>): RecordMap<V> {
    const map = new RecordMap<V>();
    for (const [key, value] of entries) map.set(key, value);
    return map;
  }
  get changes(): number {
    return this.#changes;
  }
  override set(key: string, value: V): this {
    this.#changes += 1;
    return super.set(key, value);
  }
  override delete(key: string): boolean {
    this.#changes += 1;
    return super.delete(key);
  }
  override clear(): void {
    this.#changes += 1;
    super.clear();
  }
}

/** What an index over a record map was built from: the map, and its change count then (null for a plain Map). */
export interface BuiltOver<V> {
  readonly map: Map<string, V>;
  readonly changes: number | null;
}

export function builtOver<V>(map: Map<string, V>): BuiltOver<V> {
  return { map, changes: map instanceof RecordMap ? map.changes : null };
}

/** Whether an index built over `built` still describes `map` (a plain Map's changes are unknowable: never). */
export function stillCurrent<V>(built: BuiltOver<V>, map: Map<string, V>): boolean {
  return built.map === map && built.changes !== null && built.changes === (map as RecordMap<V>).changes;
}

/** The index `indexes` keeps for `owner` over `map`; `build` makes it again when the map was replaced or changed. */
export function currentIndex<K extends object, V, I extends BuiltOver<V>>(
  indexes: WeakMap<K, I>,
  owner: K,
  map: Map<string, V>,
  build: (map: Map<string, V>) => I,
): I {
  const known = indexes.get(owner);
  if (known && stillCurrent(known, map)) return known;
  const built = build(map);
  indexes.set(owner, built);
  return built;
}
