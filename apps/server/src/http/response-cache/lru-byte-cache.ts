/** A least-recently-used map bounded by the total size of its keys and values in bytes. */
export class LruByteCache<V = string> {
  private readonly entries = new Map<string, { value: V; expires: number }>();
  private bytes = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
    private readonly bytesOf: (value: V) => number = (value) => String(value).length * 2,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expires <= this.now()) {
      this.bytes -= this.sizeOf(key, entry.value);
      return undefined;
    }
    this.entries.set(key, entry); // most recently used goes last
    return entry.value;
  }

  set(key: string, value: V): void {
    const size = this.sizeOf(key, value);
    if (size > this.maxBytes / 4) return; // one answer never pushes out most of the others
    this.delete(key);
    this.entries.set(key, { value, expires: this.now() + this.ttlMs });
    this.bytes += size;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= this.sizeOf(oldest, entry.value);
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= this.sizeOf(key, entry.value);
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  private sizeOf(key: string, value: V): number {
    return key.length * 2 + this.bytesOf(value);
  }
}
