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
import type { Storage } from '../src/core/storage.js';
import { tableLockKey } from '../src/core/tables/table-stats.js';
import { audit, withStorage } from '../src/core/testing.js';

/** Imports run in parallel across tables and one after another on the same table. */
const csv = (from: number, n: number) =>
  `id,v\n${Array.from({ length: n }, (_v, i) => `${from + i},v${from + i}`).join('\n')}\n`;

async function seed(s: Storage) {
  await seedProject(s);
  for (const name of ['a', 'b']) await seedTable(s, name, cols('id BIGINT', 'v VARCHAR'));
}

/** Holds a table's write lock until the returned function is called. */
async function holdWrite(s: Storage, table: string): Promise<() => void> {
  let release = () => {};
  let granted = () => {};
  const held = new Promise<void>((resolve) => {
    granted = resolve;
  });
  void s.locks.withWrite(
    tableLockKey('p1', 'b', table),
    () =>
      new Promise<void>((resolve) => {
        release = resolve;
        granted();
      }),
  );
  await held;
  return release;
}

const settled = async (p: Promise<unknown>, ms = 150) =>
  Promise.race([p.then(() => true), new Promise((r) => setTimeout(() => r(false), ms))]);

describe('parallel imports', () => {
  it('two imports into two tables run at the same time', async () => {
    await withStorage(async (s) => {
      await seed(s);
      const [fa, fb] = [
        await inputFile(s, 'a.csv', csv(1, 50_000)),
        await inputFile(s, 'b.csv', csv(1, 30_000)),
      ];
      // Table a is busy: an import into b still completes meanwhile.
      const release = await holdWrite(s, 'a');
      const intoA = importFromFile(s, tableRef('a'), { path: fa }, audit);
      const intoB = importFromFile(s, tableRef('b'), { path: fb }, audit);
      expect((await intoB).tableRowsAfter).toBe(30_000);
      expect(await settled(intoA)).toBe(false);
      release();
      expect((await intoA).tableRowsAfter).toBe(50_000);
      // And both at once, unhindered.
      const both = await Promise.all([
        importFromFile(s, tableRef('a'), { path: fb }, audit),
        importFromFile(s, tableRef('b'), { path: fa }, audit),
      ]);
      expect(both.map((r) => r.tableRowsAfter)).toEqual([30_000, 50_000]);
      expect([statsOf(s, 'a').rowCount, statsOf(s, 'b').rowCount]).toEqual([30_000, 50_000]);
    });
  });

  it('two imports into one table are serialized and both land', async () => {
    await withStorage(async (s) => {
      await seed(s);
      const first = await inputFile(s, 'one.csv', csv(1, 20_000));
      const second = await inputFile(s, 'two.csv', csv(20_001, 10_000));
      const release = await holdWrite(s, 'a');
      const incremental = { importOptions: { incremental: true } };
      const one = importFromFile(s, tableRef('a'), { path: first, ...incremental }, audit);
      const two = importFromFile(s, tableRef('a'), { path: second, ...incremental }, audit);
      expect(await settled(Promise.race([one, two]))).toBe(false);
      release();
      const results = await Promise.all([one, two]);
      expect(results.map((r) => r.importedRows)).toEqual([20_000, 10_000]);
      // Whichever went first found the table empty; the other found the first one's rows.
      const [earlier, later] = [...results].sort((x, y) => x.tableRowsAfter - y.tableRowsAfter);
      expect(earlier?.tableRowsAfter).toBe(earlier?.importedRows);
      expect(later?.tableRowsAfter).toBe(30_000);
      const rows = await rowsOf(s, 'a');
      expect(rows).toHaveLength(10_000); // preview cap; the count is the catalog's
      expect(statsOf(s, 'a').rowCount).toBe(30_000);
      // A full load and an incremental one at once: either order, never interleaved.
      const [full, append] = await Promise.all([
        importFromFile(s, tableRef('a'), { path: second }, audit),
        importFromFile(s, tableRef('a'), { path: first, ...incremental }, audit),
      ]);
      expect(full.tableRowsAfter).toBe(10_000);
      const fullFirst = append.tableRowsAfter === 30_000;
      if (!fullFirst) expect(append.tableRowsAfter).toBe(50_000);
      expect(statsOf(s, 'a').rowCount).toBe(fullFirst ? 30_000 : 10_000);
    });
  });
});
