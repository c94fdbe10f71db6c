import { describe, expect, it } from 'vitest';
import { compareLockKeys, TableLocks } from './rw-lock.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('TableLocks', () => {
  it('never overlaps writes and lets reads run together', async () => {
    const locks = new TableLocks({ timeoutMs: 5000, maxWaiters: 100 });
    let writers = 0;
    let readers = 0;
    let maxReaders = 0;
    const events: string[] = [];
    const write = (i: number) =>
      locks.withWrite('t', async () => {
        writers += 1;
        expect(writers).toBe(1);
        expect(readers).toBe(0);
        events.push(`w${i}`);
        await sleep(5);
        writers -= 1;
      });
    const read = () =>
      locks.withRead('t', async () => {
        readers += 1;
        maxReaders = Math.max(maxReaders, readers);
        expect(writers).toBe(0);
        await sleep(5);
        readers -= 1;
      });
    await Promise.all([read(), read(), write(1), read(), write(2), write(3), read(), read()]);
    expect(events).toEqual(['w1', 'w2', 'w3']);
    expect(maxReaders).toBeGreaterThan(1);
    expect(locks.size).toBe(0);
  });

  it('times out with table_locked naming the limit', async () => {
    const locks = new TableLocks({ timeoutMs: 50, maxWaiters: 10 });
    const held = locks.withWrite('p/b/t', () => sleep(200));
    await expect(locks.withRead('p/b/t', async () => 1)).rejects.toMatchObject({
      code: 'RESOURCE_EXHAUSTED',
      reason: 'table_locked',
      message: expect.stringContaining('TABLE_LOCK_TIMEOUT_MS=50'),
    });
    await held;
    expect(await locks.withRead('p/b/t', async () => 2)).toBe(2);
  });

  it('refuses at once when too many wait', async () => {
    const locks = new TableLocks({ timeoutMs: 1000, maxWaiters: 1 });
    const held = locks.withWrite('t', () => sleep(50));
    const queued = locks.withWrite('t', async () => 'ok');
    await expect(locks.withWrite('t', async () => 'x')).rejects.toMatchObject({
      reason: 'table_locked',
      message: expect.stringContaining('TABLE_LOCK_MAX_WAITERS=1'),
    });
    await held;
    expect(await queued).toBe('ok');
  });

  it('takes many locks in a stable order', async () => {
    const locks = new TableLocks({ timeoutMs: 1000, maxWaiters: 10 });
    const a = locks.withWriteMany(['x', 'y'], () => sleep(10).then(() => 'a'));
    const b = locks.withWriteMany(['y', 'x'], () => sleep(10).then(() => 'b'));
    expect(await Promise.all([a, b])).toEqual(['a', 'b']);
  });

  it('takes a growing set again until it holds every key', async () => {
    const locks = new TableLocks({ timeoutMs: 1000, maxWaiters: 10 }, () => undefined);
    const keys = ['p/b/t1'];
    const order: string[] = [];
    // A writer of a table that appears while the delete waits.
    const blocker = locks.withWrite('p/b/t1', async () => {
      keys.push('p/b/t2');
      await locks.withWrite('p/b/t2', async () => {
        await sleep(5);
        order.push('writer');
      });
    });
    const all = locks.withWriteAll(
      () => [...keys],
      async () => {
        order.push(`delete ${keys.length}`);
      },
    );
    await Promise.all([blocker, all]);
    expect(order).toEqual(['writer', 'delete 2']);
  });

  it('orders branch table keys before main keys', () => {
    expect(['p/b/t', 'p@br/b/t', 'a/b/t'].sort(compareLockKeys)).toEqual(['p@br/b/t', 'a/b/t', 'p/b/t']);
  });
});
