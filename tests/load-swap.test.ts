import { rename, rm, stat } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { importFromFile } from '../src/core/loads/import-file.js';
import {
  cols,
  inputFile,
  rowsOf,
  seedProject,
  seedTable,
  statsOf,
  tableRef,
} from '../src/core/loads/testdata/fixtures.js';
import { readRows } from '../src/core/metadata/tx.js';
import { closeStorage, openStorage } from '../src/core/storage.js';
import { requireTable } from '../src/core/tables/table-lookup.js';
import { tablePath } from '../src/core/tables/table-stats.js';
import { buildStagedTable, markStatsPending, swapTableFile } from '../src/core/tables/table-swap.js';
import { audit, tempConfig } from '../src/core/testing.js';

/** The reusable table swap (src/core/tables/table-swap.ts) at its crash and failure points. */
describe('table swap', () => {
  it('a crash between the rename and the stats update is recounted at start-up', async () => {
    const { config, dir } = await tempConfig();
    try {
      let s = await openStorage(config);
      await seedProject(s);
      await seedTable(s, 't', cols('id INTEGER!', "v VARCHAR='d'"), ['id']);
      await importFromFile(s, tableRef('t'), { path: await inputFile(s, 'x.csv', 'id\n1\n2\n3\n') }, audit);
      const table = requireTable(s, tableRef('t'));
      const sizeBefore = statsOf(s, 't').sizeBytes;
      // The swap's steps up to the rename, then "crash" (close without recording stats).
      const staged = await buildStagedTable(s, table, async (conn, target) => {
        await conn.run(`INSERT INTO ${target}.main.data (id) SELECT range FROM range(10, 15)`);
        // The copied schema keeps the default and the primary key.
        const rows = await readRows(conn, `SELECT v FROM ${target}.main.data LIMIT 1`);
        expect(rows[0]?.v).toBe('d');
        await expect(conn.run(`INSERT INTO ${target}.main.data VALUES (10, 'x')`)).rejects.toThrow(
          /Constraint/,
        );
      });
      expect(staged.rowCount).toBe(5);
      // Old and new files have the same size here (DuckDB files grow in whole blocks), so only
      // the pending marker tells start-up to recount.
      await markStatsPending(s, table);
      await s.files.forget(tablePath(s, table));
      await rename(staged.path, tablePath(s, table));
      await closeStorage(s);
      s = await openStorage(config);
      try {
        expect(statsOf(s, 't').rowCount).toBe(5);
        expect(statsOf(s, 't').sizeBytes).toBe((await stat(tablePath(s, table))).size);
        expect(statsOf(s, 't').sizeBytes).toBe(sizeBefore);
        expect((await rowsOf(s, 't')).map((r) => r.id)).toEqual([10, 11, 12, 13, 14]);
      } finally {
        await closeStorage(s);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a failed swap leaves the table and its stats as they were', async () => {
    const { config, dir } = await tempConfig();
    const s = await openStorage(config);
    try {
      await seedProject(s);
      await seedTable(s, 't', cols('id INTEGER'));
      await importFromFile(s, tableRef('t'), { path: await inputFile(s, 'x.csv', 'id\n1\n2\n') }, audit);
      const table = requireTable(s, tableRef('t'));
      const before = statsOf(s, 't');
      const staged = await buildStagedTable(s, table, async () => undefined);
      await rm(staged.path);
      await expect(swapTableFile(s, table, staged)).rejects.toThrow(/ENOENT/);
      expect(statsOf(s, 't')).toEqual(before);
      expect((await rowsOf(s, 't')).map((r) => r.id)).toEqual([1, 2]);
      const [row] = await readRows(
        s.metaConn,
        `SELECT row_count, size_bytes FROM ${s.m}.tables WHERE name_key = 't'`,
      );
      expect([Number(row?.row_count), Number(row?.size_bytes)]).toEqual([before.rowCount, before.sizeBytes]);
    } finally {
      await closeStorage(s);
      await rm(dir, { recursive: true, force: true });
    }
  });
});
