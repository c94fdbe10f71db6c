import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callRows, type JdbcLine, runJdbc } from './helpers/jdbc.js';
import { type PostgresServer, startPostgres } from './helpers/postgres.js';

// The harness the PG wire tests and bench/pgwire.ts compare against: a real PostgreSQL 15 and pgJDBC.
let server: PostgresServer;
beforeAll(async () => {
  server = await startPostgres({ settings: { fsync: 'off' } });
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  await client.query(`CREATE SCHEMA harness;
    CREATE TABLE harness.items (id integer PRIMARY KEY, name text NOT NULL, price numeric(10,2));
    INSERT INTO harness.items VALUES (1, 'duck', 1.25), (2, 'goose', NULL)`);
  await client.end();
});
afterAll(async () => {
  await server?.stop();
});

describe('PostgreSQL 15 + pgJDBC harness', () => {
  it('starts PostgreSQL with SCRAM auth for its user only', async () => {
    const bad = new pg.Client({ ...target(), password: 'wrong', host: '127.0.0.1', database: 'postgres' });
    await expect(bad.connect()).rejects.toMatchObject({ code: '28P01' });
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    const { rows } = await client.query(
      "SELECT current_setting('server_version_num') AS v, current_user AS u",
    );
    await client.end();
    expect(Number(rows[0].v)).toBeGreaterThanOrEqual(150000);
    expect(rows[0].u).toBe(server.user);
  });

  it('shows the table, its columns and its primary key through DatabaseMetaData', async () => {
    const lines = await runJdbc(target(), 'metadata', 'harness', 'items');
    expect(callRows(lines, 'getDatabaseProductName')).toEqual([{ value: 'PostgreSQL' }]);
    expect(callRows(lines, 'getSchemas').map((r) => r.table_schem)).toContain('harness');
    expect(callRows(lines, 'getTables')).toEqual([
      expect.objectContaining({ TABLE_SCHEM: 'harness', TABLE_NAME: 'items', TABLE_TYPE: 'TABLE' }),
    ]);
    expect(
      callRows(lines, 'getColumns').map((r) => [
        r.COLUMN_NAME,
        r.TYPE_NAME,
        r.IS_NULLABLE,
        r.ORDINAL_POSITION,
      ]),
    ).toEqual([
      ['id', 'int4', 'NO', 1],
      ['name', 'text', 'NO', 2],
      ['price', 'numeric', 'YES', 3],
    ]);
    expect(callRows(lines, 'getPrimaryKeys')).toEqual([
      expect.objectContaining({ table_schem: 'harness', table_name: 'items', column_name: 'id', key_seq: 1 }),
    ]);
    expect(callRows(lines, 'getIndexInfo')).toContainEqual(
      expect.objectContaining({ INDEX_NAME: 'items_pkey', COLUMN_NAME: 'id', NON_UNIQUE: false }),
    );
    expect(callRows(lines, 'getTypeInfo').map((r) => r.TYPE_NAME)).toEqual(
      expect.arrayContaining(['int4', 'text', 'numeric']),
    );
    expect(callRows(lines, 'SELECT current_schema()')).toEqual([{ current_schema: 'public' }]);
    expect(callRows(lines, 'SHOW search_path')).toEqual([{ search_path: '"$user", public' }]);
    expect((lines as JdbcLine[]).filter((l) => l.error !== undefined)).toEqual([]);
  });

  it('runs a query, a prepared statement and reports a failing one by SQLSTATE', async () => {
    const [query, prepared, failing] = await Promise.all([
      runJdbc(target(), 'query', 'SELECT id, name, price FROM harness.items ORDER BY id'),
      runJdbc(
        target(),
        'prepared',
        'SELECT name FROM harness.items WHERE id = ? OR name = ?',
        'i:2',
        's:none',
      ),
      runJdbc(target(), 'query', 'SELECT nope FROM harness.items'),
    ]);
    expect(query).toEqual([
      {
        call: 'query',
        columns: [
          { name: 'id', label: 'id', jdbcType: 'INTEGER', typeName: 'int4' },
          { name: 'name', label: 'name', jdbcType: 'VARCHAR', typeName: 'text' },
          { name: 'price', label: 'price', jdbcType: 'NUMERIC', typeName: 'numeric' },
        ],
        rows: [
          [1, 'duck', '1.25'],
          [2, 'goose', null],
        ],
      },
    ]);
    expect(prepared).toEqual([
      {
        call: 'prepared',
        columns: [{ name: 'name', label: 'name', jdbcType: 'VARCHAR', typeName: 'text' }],
        rows: [['goose']],
      },
    ]);
    expect(failing).toEqual([{ call: 'query', error: expect.stringContaining('nope'), sqlstate: '42703' }]);
  });
});

function target() {
  return { port: server.port, user: server.user, password: server.password };
}
