import { describe, expect, it } from 'vitest';
import { createBucket } from '../catalog/buckets.js';
import { createProject } from '../catalog/projects.js';
import { storageGauges } from '../storage.js';
import { audit, withStorage } from '../testing.js';
import { previewTable } from './preview.js';
import { tablePath } from './table-stats.js';
import { createTable, insertRows } from './tables.js';

const base = { projectId: 'p1', branchId: 'default', bucket: 'b' };

describe('attached table files (LRU)', () => {
  it('works with 5 tables and MAX_OPEN_TABLES=2', async () => {
    await withStorage(
      async (s) => {
        await createProject(s, { id: 'p1', name: null, settings: null }, audit);
        await createBucket(s, { ...base, name: 'b', description: null }, audit);
        const names = ['t1', 't2', 't3', 't4', 't5'];
        for (const name of names) {
          await createTable(
            s,
            {
              ...base,
              name,
              columns: [{ name: 'a', type: 'INT', nullable: true, default: null }],
              primaryKey: [],
            },
            audit,
          );
        }
        await Promise.all(
          names.map((table, i) => insertRows(s, { ...base, table }, [{ a: i }, { a: i + 10 }])),
        );
        const previews = await Promise.all(
          names.map((table) => previewTable(s, { ...base, table, limit: 10 })),
        );
        expect(previews.map((p) => p.totalRowCount)).toEqual([2, 2, 2, 2, 2]);
        expect(storageGauges(s).openTableFiles).toBeLessThanOrEqual(2);
      },
      { MAX_OPEN_TABLES: '2' },
    );
  });

  it('waits for a lease and then answers too_many_open_tables', async () => {
    await withStorage(
      async (s) => {
        await createProject(s, { id: 'p1', name: null, settings: null }, audit);
        await createBucket(s, { ...base, name: 'b', description: null }, audit);
        for (const name of ['t1', 't2']) {
          await createTable(
            s,
            {
              ...base,
              name,
              columns: [{ name: 'a', type: 'INT', nullable: true, default: null }],
              primaryKey: [],
            },
            audit,
          );
        }
        const path = (name: string) => tablePath(s, { projectId: 'p1', bucket: 'b', name });
        const lease = await s.files.lease(path('t1'));
        await expect(s.files.lease(path('t2'))).rejects.toMatchObject({
          code: 'RESOURCE_EXHAUSTED',
          reason: 'too_many_open_tables',
          message: expect.stringContaining('MAX_OPEN_TABLES=1'),
        });
        setTimeout(() => lease.release(), 20);
        const second = await s.files.lease(path('t2'));
        second.release();
        // the same file leased twice shares one slot
        const a = await s.files.lease(path('t1'));
        const b = await s.files.lease(path('t1'));
        expect(a.alias).toBe(b.alias);
        a.release();
        b.release();
      },
      { MAX_OPEN_TABLES: '1', TABLE_LOCK_TIMEOUT_MS: '100' },
    );
  });
});
