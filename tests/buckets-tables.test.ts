import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckStorageApiError } from '../generated/sdk-ts/index.js';
import { insertRows } from '../src/core/tables/tables.js';
import { failure, startTestServer, type TestServer } from './helpers/server.js';

let t: TestServer;
let key: string;
const main = { project_id: 'bt', branch_id: 'default' };
const sales = { ...main, bucket_name: 'in_c_sales' };

beforeAll(async () => {
  t = await startTestServer();
  key = (await t.admin.createProject({ body: { id: 'bt' } })).api_key;
});
afterAll(async () => {
  await t?.stop();
});

describe('buckets', () => {
  it('creates, gets and lists buckets with their description', async () => {
    const c = t.as(key);
    const created = await c.createBucket({ path: main, body: { name: 'in_c_sales', description: 'Sales' } });
    expect(created).toMatchObject({
      name: 'in_c_sales',
      table_count: 0,
      description: 'Sales',
      is_linked: false,
    });
    await c.createBucket({ path: main, body: { name: 'a.b-c' } });
    expect(await c.getBucket({ path: sales })).toMatchObject({ description: 'Sales' });
    const list = await c.listBuckets({ path: main });
    expect(list.buckets.map((b) => b.name)).toEqual(['a.b-c', 'in_c_sales']);
    expect(existsSync(join(t.dataDir, 'duckdb', 'project_bt', 'in_c_sales'))).toBe(true);
  });

  it('refuses duplicates regardless of case', async () => {
    const e = await failure<DuckStorageApiError>(() =>
      t.as(key).createBucket({ path: main, body: { name: 'IN_C_SALES' } }),
    );
    expect(e.status).toBe(409);
    expect(e.reason).toBe('bucket_exists');
  });

  it('answers 404 for unknown buckets, projects and branches', async () => {
    const c = t.as(key);
    const bucket = await failure<DuckStorageApiError>(() =>
      c.getBucket({ path: { ...main, bucket_name: 'nope' } }),
    );
    expect([bucket.status, bucket.reason]).toEqual([404, 'bucket_not_found']);
    const branch = await failure<DuckStorageApiError>(() =>
      c.listBuckets({ path: { ...main, branch_id: 'dev1' } }),
    );
    expect([branch.status, branch.reason]).toEqual([404, 'branch_not_found']);
    const project = await failure<DuckStorageApiError>(() =>
      t.admin.listBuckets({ path: { project_id: 'missing', branch_id: 'default' } }),
    );
    expect([project.status, project.reason]).toEqual([404, 'project_not_found']);
  });
});

describe('tables', () => {
  it('creates a typed table with a primary key', async () => {
    const table = await t.as(key).createTable({
      path: sales,
      body: {
        name: 'orders',
        columns: [
          { name: 'id', type: 'bigint' },
          { name: 'amount', type: 'decimal(10,2)', nullable: false, default: '0' },
          { name: 'status', type: 'varchar', default: "'new'" },
          { name: 'created', type: 'timestamp' },
          { name: 'tags', type: 'varchar[]' },
        ],
        primary_key: ['id'],
      },
    });
    expect(table).toMatchObject({
      name: 'orders',
      bucket: 'in_c_sales',
      row_count: 0,
      primary_key: ['id'],
      source: 'main',
    });
    expect(table.columns).toEqual([
      { name: 'id', type: 'BIGINT', nullable: false, ordinal_position: 1 },
      { name: 'amount', type: 'DECIMAL(10,2)', nullable: false, ordinal_position: 2 },
      { name: 'status', type: 'VARCHAR', nullable: true, ordinal_position: 3 },
      { name: 'created', type: 'TIMESTAMP', nullable: true, ordinal_position: 4 },
      { name: 'tags', type: 'VARCHAR[]', nullable: true, ordinal_position: 5 },
    ]);
    expect(table.size_bytes).toBeGreaterThan(0);
    expect(existsSync(join(t.dataDir, 'duckdb', 'project_bt', 'in_c_sales', 'orders.duckdb'))).toBe(true);
  });

  it('rejects bad definitions with 400 and leaves nothing behind', async () => {
    const c = t.as(key);
    const cases = [
      { name: 'bad1', columns: [{ name: 'a', type: 'INTEGER, x VARCHAR' }] },
      { name: 'bad2', columns: [{ name: 'a', type: "INTEGER); COPY (SELECT 1) TO '/tmp/pwned.csv'; --" }] },
      { name: 'bad3', columns: [{ name: 'a', type: 'NOPE' }] },
      { name: 'bad4', columns: [{ name: 'a', type: 'INTEGER', default: '(SELECT 1)' }] },
      {
        name: 'bad5',
        columns: [
          { name: 'a', type: 'INTEGER' },
          { name: 'A', type: 'INTEGER' },
        ],
      },
      { name: 'bad6', columns: [{ name: 'a', type: 'INTEGER' }], primary_key: ['b'] },
    ];
    for (const body of cases) {
      const e = await failure<DuckStorageApiError>(() => c.createTable({ path: sales, body }));
      expect(e.status, body.name).toBe(400);
      expect(existsSync(join(t.dataDir, 'duckdb', 'project_bt', 'in_c_sales', `${body.name}.duckdb`))).toBe(
        false,
      );
    }
    expect(existsSync('/tmp/pwned.csv')).toBe(false);
    expect((await c.listTables({ path: sales })).tables.map((x) => x.name)).toEqual(['orders']);
  });

  it('refuses an existing name regardless of case', async () => {
    const e = await failure<DuckStorageApiError>(() =>
      t
        .as(key)
        .createTable({ path: sales, body: { name: 'ORDERS', columns: [{ name: 'a', type: 'INTEGER' }] } }),
    );
    expect([e.status, e.reason]).toEqual([409, 'table_exists']);
  });

  it('previews rows with exact values, stable order, columns, filters and ordering', async () => {
    await insertRows(
      t.server.storage,
      { projectId: 'bt', branchId: 'default', bucket: 'in_c_sales', table: 'orders' },
      [
        { id: 3, amount: '30.50', status: 'paid', created: '2024-01-15 14:30:00', tags: ['a'] },
        { id: 9223372036854775807n, amount: '1.5', status: 'new', created: null, tags: [] },
        { id: 1, amount: '10', status: 'paid', created: '2024-01-15 14:30:00.123456', tags: null },
      ],
    );
    const c = t.as(key);
    const ref = { ...sales, table_name: 'orders' };
    const all = await c.previewTable({ path: ref });
    expect(all.total_row_count).toBe(3);
    expect(all.preview_row_count).toBe(3);
    expect(all.rows.map((r) => r.status)).toEqual(['paid', 'paid', 'new']);
    expect(all.rows[0]).toEqual({
      id: 1,
      amount: '10.00',
      status: 'paid',
      created: '2024-01-15T14:30:00.123456',
      tags: null,
    });
    // BIGINT max keeps every digit on the wire.
    const raw = await (
      await t.fetch(
        `/projects/bt/branches/default/buckets/in_c_sales/tables/orders/preview?where_column=status&where_values=new`,
        {
          headers: { authorization: `Bearer ${key}` },
        },
      )
    ).text();
    expect(raw).toContain('"id":9223372036854775807');
    const some = await c.previewTable({
      path: ref,
      query: { columns: 'status,id', order_by: 'id:desc', limit: 2 },
    });
    expect(some.columns.map((col) => col.name)).toEqual(['status', 'id']);
    expect(some.rows).toHaveLength(2);
    expect(Object.keys(some.rows[0] ?? {})).toEqual(['status', 'id']);
    const filtered = await c.previewTable({
      path: ref,
      query: { where_column: 'status', where_values: ['paid'], order_by: 'amount:desc' },
    });
    expect(filtered.total_row_count).toBe(2);
    expect(filtered.rows.map((r) => r.amount)).toEqual(['30.50', '10.00']);
    const gt = await c.previewTable({
      path: ref,
      query: { where_column: 'amount', where_operator: 'gt', where_values: ['5'] },
    });
    expect(gt.total_row_count).toBe(2);
    const table = await c.getTable({ path: ref });
    expect(table.row_count).toBe(3);
    const stats = await c.getProjectStats({ path: { project_id: 'bt' } });
    expect(stats).toMatchObject({ table_count: 1, bucket_count: 2 });
    expect(stats.size_bytes).toBeGreaterThanOrEqual(table.size_bytes);
  });

  it('rejects bad preview requests', async () => {
    const c = t.as(key);
    const ref = { ...sales, table_name: 'orders' };
    const bad: [Record<string, string | number | string[]>, number][] = [
      [{ limit: 0 }, 422],
      [{ limit: 10001 }, 422],
      [{ columns: 'nope' }, 400],
      [{ order_by: 'id:sideways' }, 400],
      [{ where_column: 'id', where_values: ['not-a-number'] }, 400],
      [{ where_column: 'id' }, 400],
    ];
    for (const [query, status] of bad) {
      const e = await failure<DuckStorageApiError>(() => c.previewTable({ path: ref, query }));
      expect(e.status, JSON.stringify(query)).toBe(status);
    }
  });

  it('deletes a table and its file, and a bucket with cascade only', async () => {
    const c = t.as(key);
    await c.createTable({ path: sales, body: { name: 'tmp', columns: [{ name: 'a', type: 'INTEGER' }] } });
    await c.deleteTable({ path: { ...sales, table_name: 'tmp' } });
    expect(existsSync(join(t.dataDir, 'duckdb', 'project_bt', 'in_c_sales', 'tmp.duckdb'))).toBe(false);
    const gone = await failure<DuckStorageApiError>(() =>
      c.getTable({ path: { ...sales, table_name: 'tmp' } }),
    );
    expect([gone.status, gone.reason]).toEqual([404, 'table_not_found']);
    const notEmpty = await failure<DuckStorageApiError>(() =>
      c.deleteBucket({ path: sales, query: { cascade: false } }),
    );
    expect([notEmpty.status, notEmpty.reason]).toEqual([409, 'bucket_not_empty']);
    await c.deleteBucket({ path: sales });
    expect(existsSync(join(t.dataDir, 'duckdb', 'project_bt', 'in_c_sales'))).toBe(false);
    expect(await c.getProjectStats({ path: { project_id: 'bt' } })).toMatchObject({
      table_count: 0,
      bucket_count: 1,
      size_bytes: 0,
    });
  });
});
