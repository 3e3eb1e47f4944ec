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
