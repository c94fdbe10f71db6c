import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBucket } from '../catalog/buckets.js';
import { createProject } from '../catalog/projects.js';
import { closeStorage, openStorage } from '../storage.js';
import { previewTable } from '../tables/preview.js';
import { createTable, getTable, insertRows } from '../tables/tables.js';
import { audit, reasonOf, tempConfig, withStorage } from '../testing.js';
import { createTableFromSnapshot } from './restore.js';
import { createSnapshot, listSnapshots } from './snapshots.js';

const ref = { projectId: 'p', branchId: 'default', bucket: 'b' };

async function seed(s: Parameters<typeof createProject>[0]) {
  await createProject(s, { id: 'p', name: null, settings: null }, audit);
  await createBucket(s, { ...ref, name: 'b', description: null }, audit);
  await createTable(
    s,
    {
      ...ref,
      name: 't',
      columns: [
        { name: 'id', type: 'INTEGER', nullable: false, default: null },
        { name: 'v', type: 'VARCHAR', nullable: true, default: "'x'" },
      ],
      primaryKey: ['id'],
    },
    audit,
  );
  await insertRows(s, { ...ref, table: 't' }, [
    { id: 1, v: 'a' },
    { id: 2, v: null },
  ]);
}

describe('time travel (createTableFromSnapshot)', () => {
  it('creates a new table with the snapshot definition and rows; never replaces one', async () => {
    await withStorage(async (s) => {
      await seed(s);
      const snap = await createSnapshot(s, { ...ref, table: 't', description: null }, audit);
      await insertRows(s, { ...ref, table: 't' }, [{ id: 3, v: 'c' }]);
      const made = await createTableFromSnapshot(
        s,
        { projectId: 'p', branchId: 'default', snapshotId: snap.id, bucket: 'b', table: 't_then' },
        audit,
      );
      expect(made).toEqual({ bucket: 'b', table: 't_then', rowCount: 2, safetySnapshotId: null });
      const then = await getTable(s, { ...ref, table: 't_then' });
      expect(then.primaryKey).toEqual(['id']);
      expect(then.columns.map((c) => [c.name, c.nullable])).toEqual([
        ['id', false],
        ['v', true],
      ]);
      const rows = await previewTable(s, { ...ref, table: 't_then', limit: 10 });
      expect(rows.rows).toEqual([
        { id: 1, v: 'a' },
        { id: 2, v: null },
      ]);
      // Even at the snapshot's own name: the driver's command must not overwrite.
      expect(
        await reasonOf(
          createTableFromSnapshot(
            s,
            { projectId: 'p', branchId: 'default', snapshotId: snap.id, bucket: 'b', table: 't' },
            audit,
          ),
        ),
      ).toBe('ALREADY_EXISTS table_exists');
      expect((await getTable(s, { ...ref, table: 't' })).rowCount).toBe(3);
    });
  });

  it('start-up removes a snapshot directory without a row and staging leftovers', async () => {
    const { config, dir } = await tempConfig();
    let s = await openStorage(config);
    await seed(s);
    const snap = await createSnapshot(s, { ...ref, table: 't', description: null }, audit);
    await closeStorage(s);
    const projectDir = join(dir, 'snapshots', 'project_p');
    const { mkdir, writeFile } = await import('node:fs/promises');
    await mkdir(join(projectDir, 'snap_t_20260101_000000_000000000000'), { recursive: true });
    await mkdir(join(dir, 'snapshots', '_staging', 'half'), { recursive: true });
    await writeFile(join(dir, 'snapshots', '_staging', 'half', 'data.parquet'), 'partial');
    s = await openStorage(config);
    try {
      expect(await readdir(projectDir)).toEqual([snap.id]);
      expect(await readdir(join(dir, 'snapshots', '_staging'))).toEqual([]);
      expect((await listSnapshots(s, { ...ref, limit: 10, offset: 0 })).total).toBe(1);
    } finally {
      await closeStorage(s);
    }
  });
});
