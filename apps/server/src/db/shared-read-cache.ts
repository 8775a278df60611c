import type { DataChanges } from './data-changes';

interface Entry {
  value: Promise<unknown>;
  storedAt: number;
}

/**
 * Results of read-only statements that are the same for every caller (benchmark groups and
 * aggregates of a year, a questionnaire, a municipality's stored values), shared by the requests
 * of this process until the data behind them changes in any process (the generation of
 * db/data-changes.ts), at most `ttlMs`. Callers check access BEFORE asking: the cache holds data,
 * never decisions. Without a listener (or while it is down), and while a mutation of this process
 * runs, every call reads the database.
 * Values are shared between requests: callers must treat them as read-only.
 */
export class SharedReadCache {
  private readonly entries = new Map<string, Entry>();
  private generation: number;

  constructor(
    private readonly changes: DataChanges | null,
    private readonly ttlMs: number,
    private readonly maxEntries = 5000,
    private readonly now: () => number = Date.now,
  ) {
    this.generation = changes?.generation ?? 0;
  }

  /** A cache that never keeps anything (tests and tools without a data-change listener). */
  static disabled(): SharedReadCache {
    return new SharedReadCache(null, 0);
  }

  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (!this.changes?.listening || this.changes.writesInFlight > 0) return compute();
    if (this.changes.generation !== this.generation) {
      this.entries.clear();
      this.generation = this.changes.generation;
    }
    const hit = this.entries.get(key);
    if (hit && this.now() - hit.storedAt < this.ttlMs) return hit.value as Promise<T>;
    const value = compute();
    const entry = { value, storedAt: this.now() };
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    // a failed read is never kept
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
