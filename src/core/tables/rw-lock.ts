import { StorageError } from '../errors.js';

/**
 * Per-table reader/writer lock: reads run together, writes and drops alone. FIFO, so writers
 * are not starved; waiting is bounded in time and in queue length (reference pitfall 03/6:
 * no timeout, no bound).
 */
interface Waiter {
  mode: 'read' | 'write';
  grant: () => void;
}

export interface LockLimits {
  timeoutMs: number;
  maxWaiters: number;
}

class RwLock {
  readers = 0;
  writer = false;
  readonly queue: Waiter[] = [];

  get idle(): boolean {
    return this.readers === 0 && !this.writer && this.queue.length === 0;
  }
}

export class TableLocks {
  private readonly locks = new Map<string, RwLock>();

  /**
   * @param onWrite called with the table key when a write lock is granted: the hook caches of
   *   that table's reads use to invalidate (see PreviewCache).
   */
  constructor(
    private readonly limits: LockLimits,
    private readonly onWrite: (key: string) => void = () => {},
  ) {}

  get size(): number {
    return this.locks.size;
  }

  async withRead<T>(key: string, fn: () => Promise<T>): Promise<T> {
    return this.with(key, 'read', fn);
  }

  async withWrite<T>(key: string, fn: () => Promise<T>): Promise<T> {
    return this.with(key, 'write', fn);
  }

  /** Write locks on several tables, taken in sorted order so two callers cannot deadlock. */
  /**
   * withWriteMany over a set that can grow while we wait (a bucket's or project's tables, a
   * branch's copies): taken again, with the new keys, when a table appeared meanwhile, so every
   * table a delete removes is locked (no writer is told "done" for data already gone).
   */
  async withWriteAll<T>(keysOf: () => string[], fn: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt += 1) {
      const keys = keysOf();
      const done = await this.withWriteMany(keys, async () => {
        const held = new Set(keys);
        if (attempt < 5 && keysOf().some((k) => !held.has(k))) return undefined;
        return { value: await fn() };
      });
      if (done !== undefined) return done.value;
    }
  }

  async withWriteMany<T>(keys: string[], fn: () => Promise<T>): Promise<T> {
    const sorted = [...new Set(keys)].sort(compareLockKeys);
    const step = (i: number): Promise<T> => {
      const key = sorted[i];
      return key === undefined ? fn() : this.with(key, 'write', () => step(i + 1));
    };
    return step(0);
  }

  private async with<T>(key: string, mode: 'read' | 'write', fn: () => Promise<T>): Promise<T> {
    const lock = this.locks.get(key) ?? new RwLock();
    this.locks.set(key, lock);
    await this.acquire(key, lock, mode);
    if (mode === 'write') this.onWrite(key);
    try {
      return await fn();
    } finally {
      if (mode === 'read') lock.readers -= 1;
      else lock.writer = false;
      this.dispatch(key, lock);
    }
  }

  private acquire(key: string, lock: RwLock, mode: 'read' | 'write'): Promise<void> {
    const free =
      mode === 'read' ? !lock.writer && lock.queue.length === 0 : !lock.writer && lock.readers === 0;
    if (free) {
      if (mode === 'read') lock.readers += 1;
      else lock.writer = true;
      return Promise.resolve();
    }
    if (lock.queue.length >= this.limits.maxWaiters) {
      return Promise.reject(this.locked(key, `${lock.queue.length} requests already wait`));
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        mode,
        grant: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        const i = lock.queue.indexOf(waiter);
        if (i >= 0) lock.queue.splice(i, 1);
        this.dispatch(key, lock);
        reject(this.locked(key, `waited ${this.limits.timeoutMs} ms`));
      }, this.limits.timeoutMs);
      lock.queue.push(waiter);
    });
  }

  private dispatch(key: string, lock: RwLock): void {
    while (lock.queue.length > 0 && !lock.writer) {
      const head = lock.queue[0];
      if (head === undefined) break;
      if (head.mode === 'write' && lock.readers > 0) break;
      lock.queue.shift();
      if (head.mode === 'read') lock.readers += 1;
      else lock.writer = true;
      head.grant();
    }
    if (lock.idle) this.locks.delete(key);
  }

  private locked(key: string, why: string): StorageError {
    return new StorageError(
      'RESOURCE_EXHAUSTED',
      'table_locked',
      `Table ${key} is locked by other operations (${why}; limits TABLE_LOCK_TIMEOUT_MS=${this.limits.timeoutMs}, TABLE_LOCK_MAX_WAITERS=${this.limits.maxWaiters}); retry later`,
      { details: { table: key, timeout_ms: this.limits.timeoutMs, max_waiters: this.limits.maxWaiters } },
    );
  }
}

/**
 * The one order in which several table locks are taken: dev branch tables (`project@branch/…`)
 * before main tables, then by key, so copy-on-write (branch table, then main's) cannot deadlock
 * with a multi-table lock.
 */
export function compareLockKeys(a: string, b: string): number {
  const branchA = a.split('/', 1)[0]?.includes('@') === true;
  const branchB = b.split('/', 1)[0]?.includes('@') === true;
  if (branchA !== branchB) return branchA ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
