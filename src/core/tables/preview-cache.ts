import type { CellValue, Preview } from '../model.js';

/**
 * Recently computed previews, bounded by PREVIEW_CACHE_MB and evicted least-recently-used.
 * Correctness rests on the table lock: every write to a table holds its write lock, and
 * `TableLocks` calls `invalidate` when it grants one. Readers store under the read lock, which
 * excludes writers, so no entry is stored while a write runs and every entry stored before it
 * is gone; a lookup outside any lock sees either the state before a write started or nothing.
 */
interface Entry {
  tableKey: string;
  preview: Preview;
  bytes: number;
}

export class PreviewCache {
  /** Map order = LRU order (a hit re-inserts its entry at the end). */
  private readonly entries = new Map<string, Entry>();
  private readonly byTable = new Map<string, Set<string>>();
  private bytes = 0;
  hits = 0;
  misses = 0;

  constructor(private readonly maxBytes: number) {}

  get enabled(): boolean {
    return this.maxBytes > 0;
  }

  get sizeBytes(): number {
    return this.bytes;
  }

  get(tableKey: string, requestKey: string): Preview | undefined {
    const key = `${tableKey}\u0000${requestKey}`;
    const entry = this.entries.get(key);
    if (entry === undefined) {
      this.misses += 1;
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.hits += 1;
    return entry.preview;
  }

  set(tableKey: string, requestKey: string, preview: Preview): void {
    if (!this.enabled) return;
    const bytes = estimateBytes(preview);
    if (bytes > this.maxBytes / 4) return; // one huge page must not flush everything else
    const key = `${tableKey}\u0000${requestKey}`;
    this.remove(key);
    this.entries.set(key, { tableKey, preview, bytes });
    const keys = this.byTable.get(tableKey) ?? new Set<string>();
    keys.add(key);
    this.byTable.set(tableKey, keys);
    this.bytes += bytes;
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.remove(oldest);
    }
  }

  /** Forgets every preview of one table (its data or schema is about to change, or just did). */
  invalidate(tableKey: string): void {
    const keys = this.byTable.get(tableKey);
    if (keys === undefined) return;
    for (const key of [...keys]) this.remove(key);
  }

  clear(): void {
    this.entries.clear();
    this.byTable.clear();
    this.bytes = 0;
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
    const keys = this.byTable.get(entry.tableKey);
    keys?.delete(key);
    if (keys?.size === 0) this.byTable.delete(entry.tableKey);
  }
}

/** Rough heap size of a preview: what its JSON would take, plus per-value overhead. */
function estimateBytes(preview: Preview): number {
  let bytes = 256 + preview.columns.length * 128;
  for (const row of preview.rows) {
    bytes += 64;
    for (const [name, value] of Object.entries(row)) bytes += 16 + name.length + cellBytes(value);
  }
  return bytes;
}

function cellBytes(value: CellValue): number {
  if (value === null || typeof value === 'boolean' || typeof value === 'number') return 8;
  if (typeof value === 'string') return 2 * value.length + 16;
  if (typeof value === 'bigint') return 32;
  if (Array.isArray(value)) return value.reduce<number>((n, v) => n + 8 + cellBytes(v), 16);
  return Object.entries(value).reduce<number>((n, [k, v]) => n + 16 + k.length + cellBytes(v), 16);
}
