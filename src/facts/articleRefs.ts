import type { ArticleRef } from './storeRecords.js';

/** Newest published first, undated last, then by id so equal dates keep one order. */
export function compareNewestFirst(a: ArticleRef, b: ArticleRef): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Puts `ref` into a newest-first list in place, replacing an entry with the same id. */
export function upsertRef<T extends ArticleRef>(list: T[], ref: T): void {
  removeRef(list, ref.id);
  insertRef(list, ref);
}

/** Puts `ref`, known to be absent, into a newest-first list in place: a binary search, no scan. */
export function insertRef<T extends ArticleRef>(list: T[], ref: T): void {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareNewestFirst(list[mid] as T, ref) < 0) low = mid + 1;
    else high = mid;
  }
  list.splice(low, 0, ref);
}

/** Removes the entry with this id in place; true when there was one. */
export function removeRef(list: ArticleRef[], id: string): boolean {
  const at = list.findIndex((entry) => entry.id === id);
  if (at < 0) return false;
  list.splice(at, 1);
  return true;
}
