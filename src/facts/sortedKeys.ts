/** Keys kept sorted with the ids they stand for, so every key starting with a prefix is one binary search away. */
export class SortedKeys {
  private readonly entries: Array<readonly [string, string]> = [];
  private readonly exact = new Map<string, string[]>();

  add(key: string, id: string): void {
    if (key.length === 0) return;
    const ids = this.exact.get(key) ?? [];
    if (ids.includes(id)) return;
    ids.push(id);
    this.exact.set(key, ids);
    this.entries.push([key, id]);
  }

  /** Call once after the last `add`. */
  seal(): void {
    this.entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1));
  }

  /** Ids whose key is exactly `key`, in the order they were added. */
  get(key: string): readonly string[] {
    return this.exact.get(key) ?? [];
  }

  /** Distinct ids whose key starts with `prefix`, shortest (then alphabetically first) key first, up to `limit`. */
  withPrefix(prefix: string, limit: number): string[] {
    let low = 0;
    let high = this.entries.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.entries[mid]?.[0] ?? '') < prefix) low = mid + 1;
      else high = mid;
    }
    const found: Array<readonly [string, string]> = [];
    const seen = new Set<string>();
    for (let i = low; i < this.entries.length && seen.size < limit * 4; i++) {
      const entry = this.entries[i];
      if (!entry?.[0].startsWith(prefix)) break;
      if (!seen.has(entry[1])) found.push(entry);
      seen.add(entry[1]);
    }
    found.sort((a, b) => a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1));
    return found.slice(0, limit).map(([, id]) => id);
  }

  /** Every key with its ids, for the slow fuzzy pass. */
  keys(): IterableIterator<[string, string[]]> {
    return this.exact.entries();
  }
}
