import { createHash, randomBytes } from 'node:crypto';
import type { DuckDBConnection } from '@duckdb/node-api';
import { StorageError } from '../errors.js';
import { Mutex } from './mutex.js';
import { quoteIdent, quoteLiteral } from './sql.js';

/**
 * Table files ATTACHed on demand under an LRU bounded by MAX_OPEN_TABLES (TOOLCHAIN.md: each
 * attached file holds a descriptor and ~0.28 MB). Leases are reference counts: a file in use is
 * never detached; when every slot is leased, callers wait up to the timeout.
 */
interface Entry {
  path: string;
  alias: string;
  refs: number;
  ready: Promise<void>;
  /** Forgotten while leased: detached when the last lease ends. */
  doomed?: boolean;
}

export interface TableLease {
  /** Quoted catalog alias: `"t_12"`; the table is `${alias}.main.data`. */
  readonly alias: string;
  release(): void;
}

export class TableFiles {
  /** Map order = LRU order (touched entries are re-inserted at the end). */
  private readonly entries = new Map<string, Entry>();
  private readonly mutex = new Mutex();
  private readonly waiters: (() => void)[] = [];
  /**
   * Aliases are a keyed hash of the path and its generation, so a workspace session's project
   * views can name a table's catalog before it is attached (it is attached on demand) and no
   * one can guess it. A file forgotten while leased gets a new generation: its successor at the
   * same path attaches under a new alias while the old one drains.
   */
  private readonly salt = randomBytes(16);
  private readonly generations = new Map<string, number>();
  /** Bumped whenever a generation (so an alias) changes: see Catalog.revision. */
  revision = 0;
  private readonly aliases = new Map<string, string>();

  constructor(
    private readonly conn: DuckDBConnection,
    private readonly max: number,
    private readonly timeoutMs: number,
  ) {}

  /** The alias `path` has (or will have when attached): `t_<24 hex>`, unquoted. */
  aliasFor(path: string): string {
    const generation = this.generations.get(path) ?? 0;
    const key = `${generation}\0${path}`;
    let alias = this.aliases.get(key);
    if (alias === undefined) {
      alias = `t_${createHash('sha256').update(this.salt).update(key).digest('hex').slice(0, 24)}`;
      if (this.aliases.size > 100_000) this.aliases.clear();
      this.aliases.set(key, alias);
    }
    return alias;
  }

  /** Whether `path` is attached now under `alias` (for a session's project views). */
  isAttached(alias: string): boolean {
    for (const entry of this.entries.values()) if (entry.alias === alias) return true;
    return false;
  }

  get openCount(): number {
    return this.entries.size;
  }

  async lease(path: string): Promise<TableLease> {
    const deadline = Date.now() + this.timeoutMs;
    for (;;) {
      const entry = await this.mutex.run(() => this.claim(path));
      if (entry !== undefined) {
        try {
          await entry.ready;
        } catch (error) {
          this.unref(entry);
          throw error;
        }
        let released = false;
        return {
          alias: quoteIdent(entry.alias),
          release: () => {
            if (released) return;
            released = true;
            this.unref(entry);
          },
        };
      }
      if (!(await this.waitForSlot(deadline))) {
        throw new StorageError(
          'RESOURCE_EXHAUSTED',
          'too_many_open_tables',
          `All ${this.max} table file slots are in use (limit MAX_OPEN_TABLES=${this.max} reached); retry later`,
          { details: { max_open_tables: this.max } },
        );
      }
    }
  }

  /**
   * Detaches a file whose table is gone. Callers normally hold the table's write lock, so nobody
   * leases it; if someone still does, the file is detached when that lease ends.
   */
  async forget(path: string): Promise<void> {
    await this.mutex.run(async () => {
      const entry = this.entries.get(path);
      if (entry === undefined) return;
      if (entry.refs === 0) {
        await this.detach(entry);
        return;
      }
      this.entries.delete(path);
      entry.doomed = true;
      this.generations.set(path, (this.generations.get(path) ?? 0) + 1);
      this.revision += 1;
    });
  }

  /** Detaches every file whose path starts with prefix (project or bucket removal). */
  async forgetUnder(prefix: string): Promise<void> {
    for (const path of [...this.entries.keys()]) if (path.startsWith(prefix)) await this.forget(path);
  }

  /**
   * Detaches every file, after the leases still held end (up to `waitMs`): a read whose client
   * went away is still running when the HTTP server has closed (bench:rest saw `Catalog "t_N"
   * does not exist` from queries cut off this way at shutdown).
   */
  async closeAll(waitMs = 10_000): Promise<void> {
    const deadline = Date.now() + waitMs;
    while ([...this.entries.values()].some((e) => e.refs > 0) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await this.mutex.run(async () => {
      for (const entry of [...this.entries.values()]) await this.detach(entry);
    });
  }

  private async claim(path: string): Promise<Entry | undefined> {
    const existing = this.entries.get(path);
    if (existing !== undefined) {
      existing.refs += 1;
      this.entries.delete(path);
      this.entries.set(path, existing);
      return existing;
    }
    if (this.entries.size >= this.max) {
      const victim = [...this.entries.values()].find((e) => e.refs === 0);
      if (victim === undefined) return undefined;
      await this.detach(victim);
    }
    const alias = this.aliasFor(path);
    const entry: Entry = { path, alias, refs: 1, ready: Promise.resolve() };
    entry.ready = this.conn.run(`ATTACH ${quoteLiteral(path)} AS ${quoteIdent(alias)}`).then(
      () => undefined,
      (error: unknown) => {
        this.entries.delete(path);
        throw error;
      },
    );
    this.entries.set(path, entry);
    await entry.ready.catch(() => undefined);
    return entry;
  }

  private async detach(entry: Entry): Promise<void> {
    if (this.entries.get(entry.path) === entry) this.entries.delete(entry.path);
    await entry.ready.catch(() => undefined);
    await this.conn.run(`DETACH DATABASE IF EXISTS ${quoteIdent(entry.alias)}`);
  }

  private unref(entry: Entry): void {
    entry.refs -= 1;
    if (entry.refs > 0) return;
    if (entry.doomed === true) {
      void this.mutex.run(() => this.detach(entry)).catch(() => undefined);
      return;
    }
    this.waiters.shift()?.();
  }

  private waitForSlot(deadline: number): Promise<boolean> {
    const remaining = deadline - Date.now();
    if (remaining <= 0) return Promise.resolve(false);
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        const i = this.waiters.indexOf(wake);
        if (i >= 0) this.waiters.splice(i, 1);
        resolve(false);
      }, remaining);
      this.waiters.push(wake);
    });
  }
}
