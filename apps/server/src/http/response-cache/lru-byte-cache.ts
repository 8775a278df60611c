/** A least-recently-used map bounded by the total size of its values (in UTF-16 code units × 2). */
export class LruByteCache {
  private readonly entries = new Map<string, { value: string; expires: number }>();
  private bytes = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  get(key: string): string | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expires <= this.now()) {
      this.bytes -= sizeOf(key, entry.value);
      return undefined;
    }
    this.entries.set(key, entry); // most recently used goes last
    return entry.value;
  }

  set(key: string, value: string): void {
    const size = sizeOf(key, value);
    if (size > this.maxBytes / 4) return; // one answer never pushes out most of the others
    this.delete(key);
    this.entries.set(key, { value, expires: this.now() + this.ttlMs });
    this.bytes += size;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= sizeOf(oldest, entry.value);
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= sizeOf(key, entry.value);
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }
}

const sizeOf = (key: string, value: string) => (key.length + value.length) * 2;
