import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckStorageApiError } from '../generated/sdk-ts/index.js';
import type { RowFilter } from '../src/core/filters/row-filter.js';
import { tableLockKey } from '../src/core/tables/table-stats.js';
import { insertRows } from '../src/core/tables/tables.js';
import { failure, startTestServer, type TestServer } from './helpers/server.js';

let t: TestServer;
const bucket = { project_id: 'dr', branch_id: 'default', bucket_name: 'in_c_d' };
const core = { projectId: 'dr', branchId: 'default', bucket: 'in_c_d' };
const at = (table_name: string) => ({ ...bucket, table_name });

beforeAll(async () => {
  t = await startTestServer();
  await t.admin.createProject({ body: { id: 'dr' } });
  await t.admin.createBucket({ path: { project_id: 'dr', branch_id: 'default' }, body: { name: 'in_c_d' } });
});
afterAll(async () => {
  await t?.stop();
});

async function people(name: string) {
  await t.admin.createTable({
    path: bucket,
    body: {
      name,
      columns: [
        { name: 'id', type: 'INTEGER' },
        { name: 'name', type: 'VARCHAR' },
        { name: 'born', type: 'DATE' },
        { name: 'seen', type: 'TIMESTAMP' },
        { name: 'score', type: 'DECIMAL(6,2)' },
      ],
      primary_key: ['id'],
    },
  });
  await insertRows(t.server.storage, { ...core, table: name }, [
    { id: 1, name: 'drop me', born: '1990-01-01', seen: '2024-01-15 10:00:00', score: '1.50' },
    { id: 2, name: 'Update Man', born: '1985-06-30', seen: '2024-02-01 00:00:00', score: '99.99' },
    { id: 3, name: 'x; DROP TABLE data', born: null, seen: null, score: null },
    { id: 4, name: null, born: '2000-12-31', seen: '2023-12-31 23:59:59.5', score: '0' },
    { id: 5, name: 'eve', born: '1990-01-01', seen: '2024-01-15 10:00:00', score: '-3.25' },
  ]);
}

async function ids(name: string): Promise<number[]> {
  const preview = await t.admin.previewTable({ path: at(name), query: { order_by: 'id:asc' } });
  return preview.rows.map((r) => Number(r.id));
}

describe('deleteRows', () => {
  it('deletes by SQL text with bound literals, and counts', async () => {
    await people('del1');
    const cases: [string, number[]][] = [
      ["name = 'drop me'", [2, 3, 4, 5]],
      ["name = 'x; DROP TABLE data'", [2, 4, 5]],
      ["seen >= '2024-02-01' OR id = '4'", [5]],
    ];
    let rows = 5;
    for (const [where_clause, left] of cases) {
      const result = await t.admin.deleteRows({ path: at('del1'), body: { where_clause } });
      expect(result.deleted_rows + result.table_rows_after, where_clause).toBe(rows);
      expect(result.table_rows_after).toBe(left.length);
      rows = left.length;
      expect(await ids('del1')).toEqual(left);
    }
    const table = await t.admin.getTable({ path: at('del1') });
    expect(table.row_count).toBe(1);
  });

  it('deletes by structured filters, ANDed with SQL text', async () => {
    await people('del2');
    const where: RowFilter[] = [
      { column: 'born', operator: 'eq', values: ['1990-01-01'] },
      { column: 'score', operator: 'lt', values: ['2'] },
    ];
    const first = await t.admin.deleteRows({ path: at('del2'), body: { where, where_clause: 'id > 1' } });
    expect(first).toEqual({ deleted_rows: 1, table_rows_after: 4 });
    expect(await ids('del2')).toEqual([1, 2, 3, 4]);
    const nulls = await t.admin.deleteRows({
      path: at('del2'),
      body: { where: [{ column: 'name', operator: 'is_null' }] },
    });
    expect(nulls).toEqual({ deleted_rows: 1, table_rows_after: 3 });
    const list = await t.admin.deleteRows({
      path: at('del2'),
      body: { where: [{ column: 'id', operator: 'eq', values: [1, '3', 99] }] },
    });
    expect(list).toEqual({ deleted_rows: 2, table_rows_after: 1 });
    const all = await t.admin.deleteRows({ path: at('del2'), body: { where_clause: 'TRUE' } });
    expect(all).toEqual({ deleted_rows: 1, table_rows_after: 0 });
    expect((await t.admin.getTable({ path: at('del2') })).row_count).toBe(0);
  });

  it('refuses injections and anything a filter does not need with 400, deleting nothing', async () => {
    await people('del3');
    const before = await t.admin.getTable({ path: at('del3') });
    const attempts = [
      '1=1; DROP TABLE data',
      '1=1; DROP TABLE data;',
      '1=1 -- comment',
      '1=1 /* c */',
      'id IN (SELECT id FROM data)',
      'EXISTS (SELECT 1)',
      "read_text('/etc/hostname') IS NOT NULL",
      "read_csv('/etc/passwd') IS NOT NULL",
      'id = 1 UNION SELECT * FROM data',
      'id = 1 OR 1 = 1 LIMIT 1',
      "getenv('HOME') IS NOT NULL",
      "current_setting('threads') = '1'",
      '"other_table"."id" = 1',
      'nope = 1',
      'count(*) > 0',
      'row_number() OVER () > 0',
      'id = $1',
      'id =',
      '',
      '   ',
    ];
    for (const where_clause of attempts) {
      const e = await failure<DuckStorageApiError>(() =>
        t.admin.deleteRows({ path: at('del3'), body: { where_clause } }),
      );
      expect([e.status, e.reason], where_clause).toEqual([400, 'invalid_where_clause']);
    }
    const structured: [RowFilter[], string][] = [
      [[{ column: 'id', operator: 'eq', values: ['abc'] }], 'invalid_filter_value'],
      [[{ column: 'born', operator: 'gt', values: ['2024-13-45'] }], 'invalid_filter_value'],
      [[{ column: 'id', operator: 'between', values: [1] }], 'invalid_filter'],
      [[{ column: 'nope', operator: 'eq', values: [1] }], 'column_not_found'],
    ];
    for (const [where, reason] of structured) {
      const e = await failure<DuckStorageApiError>(() =>
        t.admin.deleteRows({ path: at('del3'), body: { where } }),
      );
      expect([e.status, e.reason], JSON.stringify(where)).toEqual([400, reason]);
    }
    const none = await failure<DuckStorageApiError>(() => t.admin.deleteRows({ path: at('del3'), body: {} }));
    expect([none.status, none.reason]).toEqual([400, 'invalid_where_clause']);
    expect(await ids('del3')).toEqual([1, 2, 3, 4, 5]);
    expect(await t.admin.getTable({ path: at('del3') })).toEqual(before);
    expect(existsSync('/tmp/pwned_dr.csv')).toBe(false);
  });

  it('answers 404 for an unknown table', async () => {
    const e = await failure<DuckStorageApiError>(() =>
      t.admin.deleteRows({ path: at('missing'), body: { where_clause: 'TRUE' } }),
    );
    expect([e.status, e.reason]).toEqual([404, 'table_not_found']);
  });
});

describe('concurrency', () => {
  it('serializes schema changes on one table: all land', async () => {
    await people('par1');
    const names = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'];
    const results = await Promise.all(
      names.map((name, i) =>
        i % 2 === 0
          ? t.admin.addColumn({ path: at('par1'), body: { name, type: 'INTEGER', default: String(i) } })
          : t.admin.addColumn({
              path: at('par1'),
              body: { name, type: 'VARCHAR', nullable: false, default: "'v'" },
            }),
      ),
    );
    expect(results).toHaveLength(6);
    const table = await t.admin.getTable({ path: at('par1') });
    expect(
      table.columns
        .map((c) => c.name)
        .slice(5)
        .sort(),
    ).toEqual(names);
    expect(table.row_count).toBe(5);
    const deleted = await Promise.all([
      t.admin.deleteRows({ path: at('par1'), body: { where_clause: 'id = 1' } }),
      t.admin.deleteRows({ path: at('par1'), body: { where_clause: 'id = 2' } }),
      t.admin.alterColumn({ path: { ...at('par1'), column_name: 'c1' }, body: { new_type: 'BIGINT' } }),
    ]);
    expect(deleted[0]?.deleted_rows).toBe(1);
    expect((await t.admin.getTable({ path: at('par1') })).row_count).toBe(3);
  });

  it('runs schema changes on two tables in parallel: one waiting for its table does not block the other', async () => {
    await people('par2');
    await people('par3');
    const s = t.server.storage;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let entered: () => void = () => undefined;
    const inside = new Promise<void>((resolve) => {
      entered = resolve;
    });
    // Hold par2's write lock, as a long write would.
    const holder = s.locks.withWrite(tableLockKey('dr', 'in_c_d', 'par2'), async () => {
      entered();
      await held;
    });
    await inside;
    let blockedDone = false;
    const blocked = t.admin
      .addColumn({ path: at('par2'), body: { name: 'late', type: 'INTEGER' } })
      .then((table) => {
        blockedDone = true;
        return table;
      });
    const free = await t.admin.addColumn({ path: at('par3'), body: { name: 'early', type: 'INTEGER' } });
    expect(free.columns.at(-1)?.name).toBe('early');
    const freeDelete = await t.admin.deleteRows({ path: at('par3'), body: { where_clause: 'id = 5' } });
    expect(freeDelete.deleted_rows).toBe(1);
    expect(blockedDone).toBe(false);
    release();
    await holder;
    expect((await blocked).columns.at(-1)?.name).toBe('late');
  });
});
