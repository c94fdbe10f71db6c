import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeStorage, openStorage } from '../storage.js';
import { createTable, getTable, listTables } from '../tables/tables.js';
import { audit, tempConfig } from '../testing.js';
import { createBucket, getBucket } from './buckets.js';
import { createProject, getProject } from './projects.js';

const ref = { projectId: 'p1', branchId: 'default' };
const cols = [{ name: 'a', type: 'INT', nullable: true, default: null }];

describe('start-up reconciliation', () => {
  it('removes staging files, orphan files and dirs, and rows whose file is missing', async () => {
    const { config, dir } = await tempConfig();
    let s = await openStorage(config);
    await createProject(s, { id: 'p1', name: null, settings: null }, audit);
    await createBucket(s, { ...ref, name: 'b', description: null }, audit);
    await createTable(s, { ...ref, bucket: 'b', name: 'keep', columns: cols, primaryKey: [] }, audit);
    await createTable(s, { ...ref, bucket: 'b', name: 'lost', columns: cols, primaryKey: [] }, audit);
    await closeStorage(s);

    const duck = config.duckdbDir;
    await writeFile(join(duck, '_staging', 'half.duckdb'), 'x');
    await writeFile(join(duck, 'project_p1', 'b', 'orphan.duckdb'), 'x');
    await writeFile(join(duck, 'project_p1', 'b', 'orphan.duckdb.wal'), 'x');
    await mkdir(join(duck, 'project_p1', 'ghost_bucket'));
    await mkdir(join(duck, 'project_gone', 'b'), { recursive: true });
    await rm(join(duck, 'project_p1', 'b', 'lost.duckdb'));

    s = await openStorage(config);
    try {
      expect(await readdir(join(duck, '_staging'))).toEqual([]);
      expect(existsSync(join(duck, 'project_p1', 'b', 'orphan.duckdb'))).toBe(false);
      expect(existsSync(join(duck, 'project_p1', 'b', 'orphan.duckdb.wal'))).toBe(false);
      expect(existsSync(join(duck, 'project_p1', 'ghost_bucket'))).toBe(false);
      expect(existsSync(join(duck, 'project_gone'))).toBe(false);
      expect((await listTables(s, { ...ref, bucket: 'b' })).map((t) => t.name)).toEqual(['keep']);
      expect((await getProject(s, 'p1')).tableCount).toBe(1);
      expect((await getBucket(s, { ...ref, bucket: 'b' })).tableCount).toBe(1);
      expect((await getTable(s, { ...ref, bucket: 'b', table: 'keep' })).rowCount).toBe(0);
    } finally {
      await closeStorage(s);
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('leaves nothing behind when a create fails', async () => {
    const { config, dir } = await tempConfig();
    const s = await openStorage(config);
    try {
      await createProject(s, { id: 'p1', name: null, settings: null }, audit);
      await createBucket(s, { ...ref, name: 'b', description: null }, audit);
      // Our grammar accepts it, DuckDB refuses it inside the staging file: a failure mid-create.
      await expect(
        createTable(
          s,
          {
            ...ref,
            bucket: 'b',
            name: 't',
            columns: [{ name: 'a', type: 'INT[]', nullable: true, default: null }],
            primaryKey: ['a'],
          },
          audit,
        ),
      ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', reason: 'invalid_table_definition' });
      await expect(getTable(s, { ...ref, bucket: 'b', table: 't' })).rejects.toMatchObject({
        reason: 'table_not_found',
      });
      expect(await readdir(join(config.duckdbDir, 'project_p1', 'b'))).toEqual([]);
      expect(await readdir(join(config.duckdbDir, '_staging'))).toEqual([]);
    } finally {
      await closeStorage(s);
      await rm(dir, { recursive: true, force: true });
    }
  });
});
