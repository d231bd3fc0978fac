/** A bounded cache (pure): a map that forgets its least recently used entries once their sizes add up past a limit. */

export interface RecentlyUsed<K, V> {
  /** The value kept for `key`, now the most recently used; undefined when none is kept. */
  get(key: K): V | undefined;
  /** Keeps `value` (of `size`, 1 unless said), forgetting the least recently used until the sizes kept fit `limit`. */
  set(key: K, value: V, size?: number): void;
  delete(key: K): void;
}

/** Entries whose sizes add up to at most `limit` (0 keeps none). */
export function recentlyUsed<K, V>(limit: number): RecentlyUsed<K, V> {
  const entries = new Map<K, { value: V; size: number }>();
  let total = 0;
  const remove = (key: K) => {
    const old = entries.get(key);
    if (old) total -= old.size;
    entries.delete(key);
  };
  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      entries.delete(key);
      entries.set(key, entry);
      return entry.value;
    },
    set(key, value, size = 1) {
      remove(key);
      entries.set(key, { value, size });
      total += size;
      for (const [oldest] of entries) {
        if (total <= limit) break;
        remove(oldest);
      }
    },
    delete: remove,
  };
}
