import { describe, expect, it } from 'vitest';
import { createBucket, deleteBucket, getBucket } from '../catalog/buckets.js';
import { createProject, deleteProject, getProject, getProjectStats } from '../catalog/projects.js';
import { closeStorage, openStorage } from '../storage.js';
import { audit, tempConfig, withStorage } from '../testing.js';
import { previewTable } from './preview.js';
import { createTable, deleteTable, getTable, insertRows } from './tables.js';

const ref = { projectId: 'p1', branchId: 'default' };
const cols = [{ name: 'a', type: 'INTEGER', nullable: true, default: null }];

describe('concurrent writers', () => {
  it('lets exactly one duplicate create win', async () => {
    await withStorage(async (s) => {
      const projects = await Promise.allSettled(
        [1, 2, 3].map(() => createProject(s, { id: 'p1', name: null, settings: null }, audit)),
      );
      expect(projects.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const buckets = await Promise.allSettled(
        ['b', 'B', 'b'].map((name) => createBucket(s, { ...ref, name, description: null }, audit)),
      );
      expect(buckets.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const tables = await Promise.allSettled(
        ['t', 'T'].map((name) =>
          createTable(s, { ...ref, bucket: 'b', name, columns: cols, primaryKey: [] }, audit),
        ),
      );
      expect(tables.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(tables.find((r) => r.status === 'rejected')).toMatchObject({
        reason: { reason: 'table_exists' },
      });
      expect((await getBucket(s, { ...ref, bucket: 'b' })).tableCount).toBe(1);
    });
  });

  it('serializes inserts into one table while reads continue', async () => {
    await withStorage(async (s) => {
      await createProject(s, { id: 'p1', name: null, settings: null }, audit);
      await createBucket(s, { ...ref, name: 'b', description: null }, audit);
      await createTable(s, { ...ref, bucket: 'b', name: 't', columns: cols, primaryKey: ['a'] }, audit);
      const t = { ...ref, bucket: 'b', table: 't' };
      await Promise.all([
        ...[0, 1, 2, 3, 4].map((i) => insertRows(s, t, [{ a: i * 2 }, { a: i * 2 + 1 }])),
        ...[0, 1, 2].map(() => previewTable(s, { ...t, limit: 5 })),
      ]);
      const table = await getTable(s, t);
      expect(table.rowCount).toBe(10);
      expect((await previewTable(s, { ...t, limit: 100 })).rows.map((r) => r.a)).toEqual([
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
      ]);
      await expect(insertRows(s, t, [{ a: 1 }])).rejects.toMatchObject({ code: 'CONFLICT' });
      expect((await getTable(s, t)).rowCount).toBe(10);
      await expect(insertRows(s, t, [{ zz: 1 }])).rejects.toMatchObject({ reason: 'column_not_found' });
    });
  });

  it('keeps stats exact through create, insert, drop and cascade', async () => {
    await withStorage(async (s) => {
      await createProject(s, { id: 'p1', name: null, settings: null }, audit);
      await createBucket(s, { ...ref, name: 'b1', description: null }, audit);
      await createBucket(s, { ...ref, name: 'b2', description: null }, audit);
      for (const [bucket, name] of [
        ['b1', 'x'],
        ['b1', 'y'],
        ['b2', 'z'],
      ] as const) {
        await createTable(s, { ...ref, bucket, name, columns: cols, primaryKey: [] }, audit);
      }
      await insertRows(
        s,
        { ...ref, bucket: 'b1', table: 'x' },
        Array.from({ length: 5000 }, (_v, a) => ({ a })),
      );
      const sum = async () => {
        let total = 0;
        for (const [bucket, table] of [
          ['b1', 'x'],
          ['b1', 'y'],
          ['b2', 'z'],
        ]) {
          total += await getTable(s, { ...ref, bucket: bucket ?? '', table: table ?? '' })
            .then((t) => t.sizeBytes)
            .catch(() => 0);
        }
        return total;
      };
      expect(await getProjectStats(s, 'p1')).toEqual({
        id: 'p1',
        tableCount: 3,
        bucketCount: 2,
        sizeBytes: await sum(),
      });
      await deleteTable(s, { ...ref, bucket: 'b1', table: 'y' }, audit);
      expect(await getProjectStats(s, 'p1')).toMatchObject({ tableCount: 2, sizeBytes: await sum() });
      await deleteBucket(s, { ...ref, bucket: 'b1', cascade: true }, audit);
      expect(await getProjectStats(s, 'p1')).toMatchObject({
        tableCount: 1,
        bucketCount: 1,
        sizeBytes: await sum(),
      });
      await deleteProject(s, 'p1', audit);
      await expect(getProject(s, 'p1')).rejects.toMatchObject({ reason: 'not_found' });
    });
  });

  it('closes after in-flight writes finish', async () => {
    const { config } = await tempConfig();
    const s = await openStorage(config);
    await createProject(s, { id: 'p1', name: null, settings: null }, audit);
    await createBucket(s, { ...ref, name: 'b', description: null }, audit);
    const creating = createTable(s, { ...ref, bucket: 'b', name: 't', columns: cols, primaryKey: [] }, audit);
    await new Promise((r) => setImmediate(r));
    await closeStorage(s);
    await expect(creating).resolves.toMatchObject({ name: 't' });
    await expect(createBucket(s, { ...ref, name: 'c', description: null }, audit)).rejects.toMatchObject({
      code: 'UNAVAILABLE',
    });
    const again = await openStorage(config);
    try {
      expect((await getTable(again, { ...ref, bucket: 'b', table: 't' })).name).toBe('t');
    } finally {
      await closeStorage(again);
    }
  });
});
