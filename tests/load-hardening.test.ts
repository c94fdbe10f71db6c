import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFromFile } from '../src/core/loads/import-file.js';
import { cols, inputFile, seedProject, seedTable, tableRef } from '../src/core/loads/testdata/fixtures.js';
import { closeStorage, openStorage, type Storage } from '../src/core/storage.js';
import { audit, tempConfig } from '../src/core/testing.js';

/**
 * Defence in depth (src/core/db/engine.ts): the storage's DuckDB instance touches only the
 * storage's directories, and that cannot be switched off or widened while it runs.
 */
const run = (s: Storage, sql: string) => s.pool.use((conn) => conn.run(sql));

describe('DuckDB file access', () => {
  it('is limited to the storage directories, for good', async () => {
    const a = await tempConfig();
    const b = await tempConfig();
    const sa = await openStorage(a.config);
    const sb = await openStorage(b.config);
    const outside = join(tmpdir(), `duckstorage-outside-${process.pid}.csv`);
    try {
      await expect(run(sa, "SELECT * FROM read_text('/etc/hostname')")).rejects.toThrow(/Permission Error/);
      await expect(run(sa, `COPY (SELECT 42) TO '${outside}'`)).rejects.toThrow(/Permission Error/);
      expect(existsSync(outside)).toBe(false);
      await expect(run(sa, 'SET enable_external_access = true')).rejects.toThrow();
      await expect(run(sa, "SET allowed_directories = ['/']")).rejects.toThrow();
      // Two storages over other directories in one process: each works inside its own only.
      for (const s of [sa, sb]) {
        await seedProject(s);
        await seedTable(s, 't', cols('id INTEGER'));
        const r = await importFromFile(
          s,
          tableRef('t'),
          { path: await inputFile(s, 'x.csv', 'id\n1\n') },
          audit,
        );
        expect(r.tableRowsAfter).toBe(1);
      }
      const other = join(b.config.dataDir, 'in', 'x.csv');
      await expect(run(sa, `SELECT * FROM read_csv('${other}')`)).rejects.toThrow(/Permission Error/);
    } finally {
      await closeStorage(sa);
      await closeStorage(sb);
      await rm(a.dir, { recursive: true, force: true });
      await rm(b.dir, { recursive: true, force: true });
      await rm(outside, { force: true });
    }
  });
});
