import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckStorageApiError } from '../generated/sdk-ts/index.js';
import { readTableDef } from '../src/core/tables/schema-def.js';
import { tablePath } from '../src/core/tables/table-stats.js';
import { insertRows, requireTable } from '../src/core/tables/tables.js';
import { failure, startTestServer, type TestServer } from './helpers/server.js';

let t: TestServer;
const bucket = { project_id: 'sc', branch_id: 'default', bucket_name: 'in_c_s' };
const core = { projectId: 'sc', branchId: 'default', bucket: 'in_c_s' };
const at = (table_name: string) => ({ ...bucket, table_name });
const col = (table_name: string, column_name: string) => ({ ...bucket, table_name, column_name });

beforeAll(async () => {
  t = await startTestServer();
  await t.admin.createProject({ body: { id: 'sc' } });
  await t.admin.createBucket({ path: { project_id: 'sc', branch_id: 'default' }, body: { name: 'in_c_s' } });
});
afterAll(async () => {
  await t?.stop();
});

/** orders(id PK, name, qty VARCHAR, status DEFAULT 'new') with four rows. */
async function orders(name: string, primaryKey: string[] = ['id']) {
  await t.admin.createTable({
    path: bucket,
    body: {
      name,
      columns: [
        { name: 'id', type: 'INTEGER' },
        { name: 'name', type: 'VARCHAR' },
        { name: 'qty', type: 'VARCHAR' },
        { name: 'status', type: 'VARCHAR', default: "'new'" },
      ],
      primary_key: primaryKey,
    },
  });
  await insertRows(t.server.storage, { ...core, table: name }, [
    { id: 1, name: 'a', qty: '10', status: 'paid' },
    { id: 2, name: 'b', qty: '20' },
    { id: 3, name: null, qty: '30', status: 'paid' },
    { id: 4, name: 'd', qty: null, status: 'void' },
  ]);
}

async function rows(name: string) {
  return (await t.admin.previewTable({ path: at(name), query: { order_by: 'id:asc' } })).rows;
}

/** The definition in the table's file (defaults included). */
async function fileDef(name: string) {
  const s = t.server.storage;
  const lease = await s.files.lease(tablePath(s, requireTable(s, { ...core, table: name })));
  try {
    return await s.pool.use((conn) => readTableDef(conn, lease.alias));
  } finally {
    lease.release();
  }
}

/** The metadata row of the table (what a restart would load). */
async function catalogRow(name: string) {
  return t.server.storage.pool.use(async (conn) => {
    const reader = await conn.runAndReadAll(
      `SELECT columns::VARCHAR AS columns, primary_key::VARCHAR AS primary_key, row_count, size_bytes, updated_at::VARCHAR AS updated_at
       FROM ${t.server.storage.m}.tables WHERE project_id = 'sc' AND name_key = $1`,
      [name.toLowerCase()],
    );
    return reader.getRowObjectsJson()[0];
  });
}

/** Everything a failed change must leave as it was. */
async function snapshot(name: string) {
  return {
    table: await t.admin.getTable({ path: at(name) }),
    rows: await rows(name),
    def: await fileDef(name),
    catalog: await catalogRow(name),
  };
}

async function refused(
  fn: () => Promise<unknown>,
): Promise<[number, string | undefined, DuckStorageApiError]> {
  const e = await failure<DuckStorageApiError>(fn);
  return [e.status, e.reason, e];
}

const message = (e: DuckStorageApiError) => (e.body as { message: string }).message;
const details = (e: DuckStorageApiError) =>
  (e.body as { detail: { details?: Record<string, unknown> } }).detail.details;

describe('addColumn', () => {
  it('adds typed columns; existing rows take the default; catalog and file agree', async () => {
    await orders('add1');
    const before = await t.admin.getTable({ path: at('add1') });
    const table = await t.admin.addColumn({
      path: at('add1'),
      body: { name: 'price', type: 'decimal(10,2)', default: '1.5' },
    });
    expect(table.columns.at(-1)).toEqual({
      name: 'price',
      type: 'DECIMAL(10,2)',
      nullable: true,
      ordinal_position: 5,
    });
    expect(table.row_count).toBe(4);
    expect(String(table.updated_at) >= String(before.updated_at)).toBe(true);
    expect((await rows('add1')).map((r) => r.price)).toEqual(['1.50', '1.50', '1.50', '1.50']);
    const strict = await t.admin.addColumn({
      path: at('add1'),
      body: { name: 'flag', type: 'bool', nullable: false, default: 'false' },
    });
    expect(strict.columns.at(-1)).toMatchObject({ name: 'flag', type: 'BOOLEAN', nullable: false });
    expect((await rows('add1')).map((r) => r.flag)).toEqual([false, false, false, false]);
    const row = await catalogRow('add1');
    expect(JSON.parse(String(row?.columns))).toEqual(
      strict.columns.map((c) => ({
        name: c.name,
        type: c.type,
        nullable: c.nullable,
        ordinalPosition: c.ordinal_position,
      })),
    );
    expect((await fileDef('add1')).columns.at(-2)).toMatchObject({ name: 'price', default: '1.5' });
    expect(await t.admin.getTable({ path: at('add1') })).toEqual(strict);
  });

  it('adds a NOT NULL column without default to an empty table only', async () => {
    await t.admin.createTable({
      path: bucket,
      body: { name: 'add_empty', columns: [{ name: 'a', type: 'INTEGER' }] },
    });
    const table = await t.admin.addColumn({
      path: at('add_empty'),
      body: { name: 'b', type: 'INTEGER', nullable: false },
    });
    expect(table.columns.at(-1)).toMatchObject({ name: 'b', nullable: false });
    await orders('add2');
    const before = await snapshot('add2');
    const [status, reason] = await refused(() =>
      t.admin.addColumn({ path: at('add2'), body: { name: 'b', type: 'INTEGER', nullable: false } }),
    );
    expect([status, reason]).toEqual([400, 'not_null_without_default']);
    expect(await snapshot('add2')).toEqual(before);
  });

  it('refuses bad names, types, defaults and duplicates with nothing changed', async () => {
    await orders('add3');
    const before = await snapshot('add3');
    const cases: [Record<string, unknown>, number, string][] = [
      [{ name: 'NAME', type: 'INTEGER' }, 409, 'column_exists'],
      [{ name: 'bad name', type: 'INTEGER' }, 400, 'invalid_name'],
      [{ name: 'x', type: 'INTEGER, y VARCHAR' }, 400, 'invalid_column_type'],
      [
        { name: 'x', type: "INTEGER); COPY (SELECT 1) TO '/tmp/pwned_sc.csv'; --" },
        400,
        'invalid_column_type',
      ],
      [{ name: 'x', type: 'NOPE' }, 400, 'invalid_column_type'],
      [{ name: 'x', type: 'INTEGER', default: '(SELECT 1)' }, 400, 'invalid_default'],
      [{ name: 'x', type: 'INTEGER', default: "'abc'" }, 400, 'invalid_default'],
      [{ name: 'x', type: 'DATE', default: 'gen_random_uuid()' }, 400, 'invalid_default'],
    ];
    for (const [body, status, reason] of cases) {
      const got = await refused(() =>
        t.admin.addColumn({ path: at('add3'), body: body as { name: string; type: string } }),
      );
      expect([got[0], got[1]], JSON.stringify(body)).toEqual([status, reason]);
    }
    expect(await snapshot('add3')).toEqual(before);
    const missing = await refused(() =>
      t.admin.addColumn({ path: at('nope'), body: { name: 'x', type: 'INTEGER' } }),
    );
    expect([missing[0], missing[1]]).toEqual([404, 'table_not_found']);
  });
});

describe('dropColumn', () => {
  it('drops a column (case-insensitively) and answers 200 with the table', async () => {
    await orders('drop1');
    const table = await t.admin.dropColumn({ path: col('drop1', 'QTY') });
    expect(table.columns.map((c) => [c.name, c.ordinal_position])).toEqual([
      ['id', 1],
      ['name', 2],
      ['status', 3],
    ]);
    expect(Object.keys((await rows('drop1'))[0] ?? {})).toEqual(['id', 'name', 'status']);
  });

  it('refuses a key column, the last column and an unknown column', async () => {
    await orders('drop2');
    const before = await snapshot('drop2');
    const [s1, r1, e1] = await refused(() => t.admin.dropColumn({ path: col('drop2', 'id') }));
    expect([s1, r1]).toEqual([400, 'column_in_primary_key']);
    expect(details(e1)).toMatchObject({ primary_key: ['id'] });
    const [s2, r2] = await refused(() => t.admin.dropColumn({ path: col('drop2', 'nope') }));
    expect([s2, r2]).toEqual([404, 'column_not_found']);
    expect(await snapshot('drop2')).toEqual(before);
    await t.admin.createTable({
      path: bucket,
      body: { name: 'drop3', columns: [{ name: 'a', type: 'INTEGER' }] },
    });
    const [s3, r3] = await refused(() => t.admin.dropColumn({ path: col('drop3', 'a') }));
    expect([s3, r3]).toEqual([400, 'cannot_drop_last_column']);
  });
});

describe('alterColumn', () => {
  it('renames, changes the type, sets NOT NULL and the default in one request', async () => {
    await orders('alt1');
    await t.admin.alterColumn({ path: col('alt1', 'qty'), body: { set_default: '0' } });
    await insertRows(t.server.storage, { ...core, table: 'alt1' }, [{ id: 5, name: 'e' }]);
    await t.admin.deleteRows({ path: at('alt1'), body: { where_clause: 'qty IS NULL' } });
    const table = await t.admin.alterColumn({
      path: col('alt1', 'qty'),
      body: { new_name: 'quantity', new_type: 'bigint', set_not_null: true, set_default: '7' },
    });
    expect(table.columns.find((c) => c.name === 'quantity')).toEqual({
      name: 'quantity',
      type: 'BIGINT',
      nullable: false,
      ordinal_position: 3,
    });
    expect((await rows('alt1')).map((r) => r.quantity)).toEqual([10, 20, 30, 0]);
    expect((await fileDef('alt1')).columns[2]).toMatchObject({ name: 'quantity', default: '7' });
    await insertRows(t.server.storage, { ...core, table: 'alt1' }, [{ id: 6 }]);
    expect((await rows('alt1')).at(-1)).toMatchObject({ id: 6, quantity: 7, status: 'new' });
    const dropped = await t.admin.alterColumn({
      path: col('alt1', 'quantity'),
      body: { set_not_null: false, set_default: '' },
    });
    expect(dropped.columns[2]?.nullable).toBe(true);
    expect((await fileDef('alt1')).columns[2]?.default).toBeNull();
    // Renaming to the same name (any case) is allowed.
    const same = await t.admin.alterColumn({ path: col('alt1', 'name'), body: { new_name: 'Name' } });
    expect(same.columns[1]?.name).toBe('Name');
  });

  it('refuses a type change a value does not survive, naming it, and keeps the rename undone', async () => {
    await orders('alt2');
    await insertRows(t.server.storage, { ...core, table: 'alt2' }, [{ id: 5, qty: 'many' }]);
    const before = await snapshot('alt2');
    const [status, reason, e] = await refused(() =>
      t.admin.alterColumn({ path: col('alt2', 'qty'), body: { new_name: 'quantity', new_type: 'INTEGER' } }),
    );
    expect([status, reason]).toEqual([400, 'type_conversion_failed']);
    expect(message(e)).toContain("'many'");
    expect(details(e)).toMatchObject({ column_name: 'qty', value: 'many', failing_values: 1 });
    expect(await snapshot('alt2')).toEqual(before);
  });

  it('refuses NOT NULL while NULLs exist, with nothing changed', async () => {
    await orders('alt3');
    const before = await snapshot('alt3');
    const [status, reason, e] = await refused(() =>
      t.admin.alterColumn({ path: col('alt3', 'name'), body: { new_name: 'label', set_not_null: true } }),
    );
    expect([status, reason]).toEqual([400, 'column_has_nulls']);
    expect(details(e)).toMatchObject({ null_count: 1 });
    expect(await snapshot('alt3')).toEqual(before);
  });

  it('refuses the other bad requests with nothing changed', async () => {
    await orders('alt4');
    const before = await snapshot('alt4');
    const cases: [string, Record<string, unknown>, number, string][] = [
      ['qty', {}, 400, 'no_changes_specified'],
      [
        'qty',
        { new_name: null, new_type: null, set_not_null: null, set_default: null },
        400,
        'no_changes_specified',
      ],
      ['nope', { new_name: 'x' }, 404, 'column_not_found'],
      ['qty', { new_name: 'NAME' }, 409, 'column_exists'],
      ['qty', { new_name: 'bad-name' }, 400, 'invalid_name'],
      ['qty', { new_type: 'INTEGER); DROP TABLE data; --' }, 400, 'invalid_column_type'],
      ['qty', { set_default: 'getenv(1)' }, 400, 'invalid_default'],
      ['status', { new_type: 'INTEGER' }, 400, 'type_conversion_failed'],
      ['id', { set_not_null: false }, 400, 'column_in_primary_key'],
      // The type changes, the default 'new' would not fit any more.
      ['status', { new_type: 'DATE', set_default: "'x'" }, 400, 'type_conversion_failed'],
    ];
    for (const [column, body, status, reason] of cases) {
      const got = await refused(() => t.admin.alterColumn({ path: col('alt4', column), body }));
      expect([got[0], got[1]], `${column} ${JSON.stringify(body)}`).toEqual([status, reason]);
    }
    await t.admin.deleteRows({ path: at('alt4'), body: { where_clause: 'TRUE' } });
    const empty = await snapshot('alt4');
    const [s2, r2] = await refused(() =>
      t.admin.alterColumn({ path: col('alt4', 'status'), body: { new_type: 'INTEGER' } }),
    );
    expect([s2, r2]).toEqual([400, 'invalid_default']);
    expect(await snapshot('alt4')).toEqual(empty);
    expect(before.table.row_count).toBe(4);
  });

  it('changes the type of a key column by rebuilding the table, key and defaults kept', async () => {
    await orders('alt5');
    const table = await t.admin.alterColumn({
      path: col('alt5', 'id'),
      body: { new_type: 'BIGINT', new_name: 'order_id' },
    });
    expect(table.primary_key).toEqual(['order_id']);
    expect(table.columns[0]).toEqual({
      name: 'order_id',
      type: 'BIGINT',
      nullable: false,
      ordinal_position: 1,
    });
    expect(table.row_count).toBe(4);
    const def = await fileDef('alt5');
    expect(def.primaryKey).toEqual(['order_id']);
    expect(def.columns[3]).toMatchObject({ name: 'status', default: "'new'" });
    const view = await t.admin.previewTable({ path: at('alt5'), query: {} });
    expect(view.rows.map((r) => r.order_id)).toEqual([1, 2, 3, 4]);
    const tables = (await t.admin.listTables({ path: bucket })).tables.map((x) => x.name);
    expect(tables).toContain('alt5');
  });
});

describe('setPrimaryKey and dropPrimaryKey', () => {
  it('sets a key on a table without one (201), replaces it, and drops it keeping defaults', async () => {
    await orders('pk1', []);
    const set = await t.admin.setPrimaryKey({ path: at('pk1'), body: { columns: ['ID'] } });
    expect(set.primary_key).toEqual(['id']);
    expect(set.columns[0]?.nullable).toBe(false);
    const again = await t.admin.setPrimaryKey({ path: at('pk1'), body: { columns: ['id'] } });
    expect(again.primary_key).toEqual(['id']);
    const replaced = await t.admin.setPrimaryKey({ path: at('pk1'), body: { columns: ['id', 'status'] } });
    expect(replaced.primary_key).toEqual(['id', 'status']);
    expect(replaced.row_count).toBe(4);
    expect((await fileDef('pk1')).columns[3]).toMatchObject({ name: 'status', default: "'new'" });
    const dropped = await t.admin.dropPrimaryKey({ path: at('pk1') });
    expect(dropped.primary_key).toEqual([]);
    expect(dropped.row_count).toBe(4);
    expect((await rows('pk1')).map((r) => r.id)).toEqual([1, 2, 3, 4]);
    const def = await fileDef('pk1');
    expect(def.primaryKey).toEqual([]);
    expect(def.columns[3]).toMatchObject({ name: 'status', default: "'new'" });
    expect(JSON.parse(String((await catalogRow('pk1'))?.primary_key))).toEqual([]);
    const [status, reason] = await refused(() => t.admin.dropPrimaryKey({ path: at('pk1') }));
    expect([status, reason]).toEqual([400, 'no_primary_key']);
  });

  it('refuses duplicates with 409 naming a duplicated key, leaving rows, schema and catalog as they were', async () => {
    await orders('pk2', []);
    await insertRows(t.server.storage, { ...core, table: 'pk2' }, [{ id: 2, name: 'dup' }]);
    const before = await snapshot('pk2');
    const [status, reason, e] = await refused(() =>
      t.admin.setPrimaryKey({ path: at('pk2'), body: { columns: ['id'] } }),
    );
    expect([status, reason]).toEqual([409, 'duplicate_key']);
    expect(details(e)).toMatchObject({ columns: ['id'], key: { id: 2 }, occurrences: 2 });
    expect(message(e)).toContain('(2)');
    expect(await snapshot('pk2')).toEqual(before);
    // Replacing an existing key with one the data breaks changes nothing either.
    await orders('pk3');
    const pkBefore = await snapshot('pk3');
    const [s2, r2] = await refused(() =>
      t.admin.setPrimaryKey({ path: at('pk3'), body: { columns: ['status'] } }),
    );
    expect([s2, r2]).toEqual([409, 'duplicate_key']);
    expect(await snapshot('pk3')).toEqual(pkBefore);
  });

  it('refuses NULLs in the key (400) and unknown or repeated columns', async () => {
    await orders('pk4', []);
    const before = await snapshot('pk4');
    const cases: [string[], number, string][] = [
      [['name'], 400, 'null_in_primary_key'],
      [['nope'], 400, 'column_not_found'],
      [['id', 'ID'], 400, 'invalid_primary_key'],
      [[], 422, 'validation_error'],
    ];
    for (const [columns, status, reason] of cases) {
      const got = await refused(() => t.admin.setPrimaryKey({ path: at('pk4'), body: { columns } }));
      expect([got[0], got[1]], JSON.stringify(columns)).toEqual([status, reason]);
    }
    expect(await snapshot('pk4')).toEqual(before);
  });
});

describe('operations log', () => {
  it('records each change after it commits', async () => {
    const ops = await t.server.storage.pool.use(async (conn) =>
      (
        await conn.runAndReadAll(
          `SELECT DISTINCT operation FROM ${t.server.storage.m}.operations_log WHERE project_id = 'sc' AND status = 'success'`,
        )
      )
        .getRowObjectsJson()
        .map((r) => String(r.operation)),
    );
    expect(ops).toEqual(
      expect.arrayContaining([
        'add_column',
        'drop_column',
        'alter_column',
        'add_primary_key',
        'drop_primary_key',
        'delete_rows',
      ]),
    );
  });
});
