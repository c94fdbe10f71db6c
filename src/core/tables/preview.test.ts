import { describe, expect, it } from 'vitest';
import { createBucket } from '../catalog/buckets.js';
import { createProject } from '../catalog/projects.js';
import type { PreviewRequest } from '../model.js';
import type { Storage } from '../storage.js';
import { audit, withStorage } from '../testing.js';
import { previewTable } from './preview.js';
import { requireTable } from './table-lookup.js';
import { tablePath } from './table-stats.js';
import { createTable, deleteTable, insertRows } from './tables.js';

const ref = { projectId: 'p1', branchId: 'default', bucket: 'b', table: 't' };

async function seed(s: Storage): Promise<void> {
  await createProject(s, { id: 'p1', name: null, settings: null }, audit);
  await createBucket(s, { projectId: 'p1', branchId: 'default', name: 'b', description: null }, audit);
  const col = (name: string, type: string) => ({ name, type, nullable: true, default: null });
  await createTable(
    s,
    {
      projectId: 'p1',
      branchId: 'default',
      bucket: 'b',
      name: 't',
      columns: [
        col('id', 'BIGINT'),
        col('name', 'VARCHAR'),
        col('amount', 'DECIMAL(10,2)'),
        col('at', 'TIMESTAMP'),
      ],
      primaryKey: ['id'],
    },
    audit,
  );
  await insertRows(s, ref, [
    { id: 3, name: 'c', amount: '3.5', at: '2024-01-03 10:00:00' },
    { id: 1, name: 'a', amount: '1', at: '2024-01-01 10:00:00.5' },
    { id: '9223372036854775807', name: null, amount: null, at: null },
    { id: 2, name: 'b', amount: '2.25', at: '2024-01-02 10:00:00' },
  ]);
}

const preview = (s: Storage, extra: Partial<PreviewRequest> = {}) =>
  previewTable(s, { ...ref, limit: 100, ...extra });

describe('previewTable', () => {
  it('returns rows in primary key order with encoded values', async () => {
    await withStorage(async (s) => {
      await seed(s);
      const all = await preview(s);
      expect(all.totalRowCount).toBe(4);
      expect(all.previewRowCount).toBe(4);
      expect(all.columns.map((c) => c.type)).toEqual(['BIGINT', 'VARCHAR', 'DECIMAL(10,2)', 'TIMESTAMP']);
      expect(all.rows[0]).toEqual({ id: 1, name: 'a', amount: '1.00', at: '2024-01-01T10:00:00.500000' });
      expect(all.rows[3]).toEqual({ id: 9223372036854775807n, name: null, amount: null, at: null });
      expect((await preview(s, { limit: 2 })).rows.map((r) => r.id)).toEqual([1, 2]);
    });
  });

  it('selects columns, filters with bound values and orders', async () => {
    await withStorage(async (s) => {
      await seed(s);
      const eq = await preview(s, {
        columns: ['NAME', 'id'],
        where: { column: 'name', operator: 'eq', values: ['a', 'c'] },
      });
      expect(eq.rows).toEqual([
        { name: 'a', id: 1 },
        { name: 'c', id: 3 },
      ]);
      expect(eq.totalRowCount).toBe(2);
      const ne = await preview(s, {
        where: { column: 'name', operator: 'ne', values: ['a'] },
        orderBy: [{ column: 'id', direction: 'desc' }],
      });
      expect(ne.rows.map((r) => r.id)).toEqual([3, 2]);
      const gt = await preview(s, { where: { column: 'amount', operator: 'ge', values: ['2.25'] } });
      expect(gt.rows.map((r) => r.id)).toEqual([2, 3]);
      const inject = await preview(s, {
        where: { column: 'name', operator: 'eq', values: ["a' OR '1'='1"] },
      });
      expect(inject.totalRowCount).toBe(0);
    });
  });

  it('reports unknown columns and bad filter values', async () => {
    await withStorage(async (s) => {
      await seed(s);
      await expect(preview(s, { columns: ['nope'] })).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
        reason: 'column_not_found',
        details: { column: 'nope', existing_columns: ['id', 'name', 'amount', 'at'] },
      });
      await expect(preview(s, { orderBy: [{ column: 'x', direction: 'asc' }] })).rejects.toMatchObject({
        reason: 'column_not_found',
      });
      await expect(
        preview(s, { where: { column: 'id', operator: 'eq', values: ['abc'] } }),
      ).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
        reason: 'invalid_filter_value',
      });
      await expect(
        preview(s, { where: { column: 'at', operator: 'gt', values: ['a', 'b'] } }),
      ).rejects.toMatchObject({
        reason: 'invalid_filter',
      });
      await expect(preview(s, { table: 'zz' })).rejects.toMatchObject({ reason: 'table_not_found' });
    });
  });

  it('caps rows at PREVIEW_MAX_ROWS', async () => {
    await withStorage(
      async (s) => {
        await seed(s);
        const page = await preview(s, { limit: 1000 });
        expect(page.previewRowCount).toBe(2);
        expect(page.totalRowCount).toBe(4);
      },
      { PREVIEW_MAX_ROWS: '2' },
    );
  });

  it('serves a repeated page from memory and forgets it on every write to the table', async () => {
    await withStorage(async (s) => {
      await seed(s);
      const first = await preview(s, { limit: 2 });
      const hits = s.previewCache.hits;
      expect(await preview(s, { limit: 2 })).toBe(first);
      expect(s.previewCache.hits).toBe(hits + 1);
      // A different page is a different entry.
      expect((await preview(s, { limit: 3 })).previewRowCount).toBe(3);

      await insertRows(s, ref, [{ id: 0, name: 'z', amount: '0', at: null }]);
      const afterInsert = await preview(s, { limit: 2 });
      expect(afterInsert.totalRowCount).toBe(5);
      expect(afterInsert.rows.map((r) => r.id)).toEqual([0, 1]);

      await deleteTable(s, ref, audit);
      await createTable(
        s,
        {
          projectId: 'p1',
          branchId: 'default',
          bucket: 'b',
          name: 'T',
          columns: [{ name: 'other', type: 'VARCHAR', nullable: true, default: null }],
          primaryKey: [],
        },
        audit,
      );
      const recreated = await preview(s, { limit: 2 });
      expect(recreated.columns.map((c) => c.name)).toEqual(['other']);
      expect(recreated.totalRowCount).toBe(0);
    });
  });

  it('computes every page afresh with PREVIEW_CACHE_MB=0', async () => {
    await withStorage(
      async (s) => {
        await seed(s);
        const first = await preview(s);
        const again = await preview(s);
        expect(again).not.toBe(first);
        expect(again).toEqual(first);
        expect(s.previewCache.hits).toBe(0);
      },
      { PREVIEW_CACHE_MB: '0' },
    );
  });

  it('inserts rows whose column sets differ (one staged group each) in one atomic call', async () => {
    await withStorage(async (s) => {
      await seed(s);
      const rows = Array.from({ length: 12 }, (_v, i) => {
        const id = 100 + i;
        if (i % 4 === 0) return { id };
        if (i % 4 === 1) return { id, name: `n${i}` };
        if (i % 4 === 2) return { id, amount: `${i}.5` };
        return { id, name: `n${i}`, at: '2024-02-01 00:00:00' };
      });
      expect(await insertRows(s, ref, rows)).toEqual({ inserted: 12, rowCount: 16 });
      const page = await preview(s, { limit: 12, where: { column: 'id', operator: 'ge', values: ['100'] } });
      expect(page.rows.map((r) => r.id)).toEqual(rows.map((r) => r.id));
      expect(page.rows[1]).toMatchObject({ id: 101, name: 'n1', amount: null });
      expect(page.rows[2]).toMatchObject({ id: 102, name: null, amount: '2.50' });
      // A bad value in the last group rolls back every group.
      await expect(
        insertRows(s, ref, [{ id: 200 }, { id: 201, name: 'x' }, { id: 202, amount: 'not a number' }]),
      ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
      expect((await preview(s)).totalRowCount).toBe(16);
    });
  });

  it('stops a query that runs past QUERY_TIMEOUT_MS with an error naming the limit', async () => {
    await withStorage(
      async (s) => {
        await seed(s);
        // Three million rows written straight into the table file: sorting them takes far
        // longer than the limit.
        const lease = await s.files.lease(tablePath(s, requireTable(s, ref)));
        try {
          await s.pool.use((conn) =>
            conn.run(
              `INSERT INTO ${lease.alias}.main.data (id, name) SELECT i + 10, md5(i::VARCHAR) FROM range(3000000) r(i)`,
            ),
          );
        } finally {
          lease.release();
        }
        const slow = { orderBy: [{ column: 'name', direction: 'desc' as const }] };
        await expect(preview(s, slow)).rejects.toMatchObject({
          code: 'RESOURCE_EXHAUSTED',
          reason: 'query_timeout',
          message: expect.stringContaining('QUERY_TIMEOUT_MS=2'),
          details: { timeout_ms: 2 },
        });
        // The (only) connection still answers.
        const rows = await s.pool.use(async (conn) => (await conn.runAndReadAll('SELECT 42 AS n')).getRows());
        expect(rows).toEqual([[42]]);
      },
      { QUERY_TIMEOUT_MS: '2', DUCKDB_CONNECTIONS: '1' },
    );
  });
});
