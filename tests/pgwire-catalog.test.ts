import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  compatInfoSchemaNames,
  compatObjectNames,
  compatSearchPath,
  compatSetup,
  DUCKDB_CATALOG_VIEWS,
  leakCheckNames,
  pgTypeOid,
  rewriteCatalogSql,
  scrubCatalogError,
} from '../src/pgwire/catalog/index.js';

// The catalog queries psql 15, pgJDBC 42.5 and DBeaver send (tests/fixtures/pg-catalog/*.sql),
// rewritten and run on a DuckDB connection set up as a PG wire session is: the workspace catalog
// as default, the session's project catalog with bucket schemas and views on the search path,
// and other attached catalogs (this project's table file, another project's) that must never show.

const hex = randomBytes(6).toString('hex');
const WS = `w_1_${hex}`;
const PROJ = `p_1_${hex}`;
const TABLE_FILE = `t_1_${hex}`;
const OTHER = `t_2_${hex}`;
const SECRETS = [WS, PROJ, TABLE_FILE, OTHER, hex, 'secret_table', 'secret_column', 'secret_view'];
const DATABASE = 'workspace_1';
const USER = 'ws_1_reader';

interface Fixture {
  name: string;
  sql: string;
  params: unknown[];
}

function fixtures(file: string): Fixture[] {
  const text = readFileSync(new URL(`./fixtures/pg-catalog/${file}`, import.meta.url), 'utf8');
  const out: Fixture[] = [];
  for (const block of text.split(/^-- @query /m).slice(1)) {
    const [first, ...rest] = block.split('\n');
    let params: unknown[] = [];
    const lines: string[] = [];
    for (const line of rest) {
      if (line.startsWith('-- @params ')) params = JSON.parse(line.slice('-- @params '.length)) as unknown[];
      else lines.push(line);
    }
    out.push({ name: first ?? '', sql: lines.join('\n').trim().replace(/;$/, ''), params });
  }
  return out;
}

let instance: DuckDBInstance;
let conn: DuckDBConnection;
/** relation oids by `schema.name`, namespace oids by name */
const oids = new Map<string, string>();
const nsOids = new Map<string, string>();

async function setupSession(c: DuckDBConnection, project: string): Promise<void> {
  await c.run(`ATTACH ':memory:' AS ${project}`);
  await c.run(`CREATE SCHEMA ${project}."in.c-sales"`);
  await c.run(`CREATE VIEW ${project}."in.c-sales".orders AS SELECT * FROM ${TABLE_FILE}.main.data`);
  await c.run(`CREATE SCHEMA ${project}."in.c-sales_orders"`);
  await c.run(`CREATE VIEW ${project}."in.c-sales_orders".data AS SELECT * FROM ${TABLE_FILE}.main.data`);
  for (const sql of compatSetup(
    { workspace: WS, project: `"${project}"` },
    { database: DATABASE, user: USER },
  )) {
    await c.run(sql);
  }
  const path = [`${WS}.main`, `${project}."in.c-sales"`, `${project}."in.c-sales_orders"`];
  for (const s of compatSearchPath()) path.push(`${project}.${s}`);
  await c.run(`USE ${WS}`);
  await c.run(`SET search_path = '${path.join(',').replaceAll("'", "''")}'`);
}

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  conn = await instance.connect();
  await conn.run(`ATTACH ':memory:' AS ${WS}`);
  await conn.run(`ATTACH ':memory:' AS ${TABLE_FILE}`);
  await conn.run(`ATTACH ':memory:' AS ${OTHER}`);
  await conn.run(`CREATE TABLE ${OTHER}.main.secret_table (secret_column INTEGER PRIMARY KEY)`);
  await conn.run(`CREATE VIEW ${OTHER}.main.secret_view AS SELECT 1 AS x`);
  await conn.run(`CREATE TABLE ${TABLE_FILE}.main.data (id BIGINT, amount DECIMAL(12,3), note VARCHAR)`);
  await conn.run(`CREATE TABLE ${WS}.main.items (
    id INTEGER PRIMARY KEY, name VARCHAR NOT NULL UNIQUE, price DECIMAL(10,2) DEFAULT 1.5 CHECK (price > 0),
    created TIMESTAMP, tags VARCHAR[], flag BOOLEAN)`);
  await conn.run(`COMMENT ON TABLE ${WS}.main.items IS 'the items'`);
  await conn.run(`COMMENT ON COLUMN ${WS}.main.items.name IS 'item name'`);
  await conn.run(`USE ${WS}`);
  await conn.run(
    'CREATE TABLE lines (item_id INTEGER REFERENCES items(id), n INTEGER, PRIMARY KEY (item_id, n))',
  );
  await conn.run(`CREATE INDEX lines_n ON ${WS}.main.lines (n)`);
  await conn.run(`CREATE VIEW ${WS}.main.cheap AS SELECT id, name FROM ${WS}.main.items WHERE price < 10`);
  await setupSession(conn, PROJ);
  for (const r of await rows(
    'SELECT c.oid, n.nspname, c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace',
  )) {
    oids.set(`${r.nspname}.${r.relname}`, String(r.oid));
  }
  for (const r of await rows('SELECT oid, nspname FROM pg_catalog.pg_namespace'))
    nsOids.set(String(r.nspname), String(r.oid));
});

afterAll(() => {
  conn?.closeSync();
  instance?.closeSync();
});

type Row = Record<string, unknown>;

/** Runs a client query as the PG wire server would: rewritten, parameters bound. */
async function rows(sql: string, params: unknown[] = [], c: DuckDBConnection = conn): Promise<Row[]> {
  const rewritten = rewriteCatalogSql(sql);
  const reader = await c.runAndReadAll(rewritten, params.length > 0 ? (params as never) : undefined);
  return reader.getRowObjectsJson() as Row[];
}

function resolve(text: string): string {
  return text
    .replace(/\{\{oid:([^}]+)\}\}/g, (_m, name: string) => {
      const oid = oids.get(name);
      if (oid === undefined) throw new Error(`no oid for ${name}`);
      return oid;
    })
    .replace(/\{\{nsoid:([^}]+)\}\}/g, (_m, name: string) => nsOids.get(name) ?? 'missing')
    .replaceAll('{{database}}', DATABASE);
}

function expectNoLeak(what: unknown): void {
  const text = JSON.stringify(what);
  for (const s of SECRETS) expect(text, `leaks ${s}`).not.toContain(s);
}

/** Runs a fixture, asserting it succeeds without leaking; returns its rows. */
async function runFixture(f: Fixture): Promise<Row[]> {
  const sql = resolve(f.sql);
  const params = f.params.map((p) => (typeof p === 'string' ? resolve(p) : p));
  let result: Row[];
  try {
    result = await rows(sql, params);
  } catch (err) {
    const message = (err as Error).message;
    expectNoLeak(message);
    throw new Error(`${f.name} failed: ${message}\n--- rewritten:\n${rewriteCatalogSql(sql)}`);
  }
  expectNoLeak(result);
  return result;
}

const psql = fixtures('psql.sql');
const jdbc = fixtures('jdbc.sql');
const dbeaver = fixtures('dbeaver.sql');
const psycopg = fixtures('psycopg.sql');

function fixture(list: Fixture[], name: string): Fixture {
  const f = list.find((x) => x.name === name);
  if (f === undefined) throw new Error(`no fixture ${name}`);
  return f;
}

describe('compat setup', () => {
  it('shadows every DuckDB built-in pg_catalog / information_schema view', async () => {
    const builtin = (
      await conn.runAndReadAll(
        "SELECT view_name FROM duckdb_views() WHERE internal AND schema_name IN ('pg_catalog', 'information_schema')",
      )
    ).getRowObjectsJson();
    expect(new Set(builtin.map((r) => String(r.view_name)))).toEqual(new Set(DUCKDB_CATALOG_VIEWS));
    const shadowed = new Set([...compatObjectNames(), ...compatInfoSchemaNames()]);
    for (const name of leakCheckNames()) {
      expect(shadowed.has(name), name).toBe(true);
      // unqualified, the compat view wins over DuckDB's
      const r = await conn.runAndReadAll(`SELECT * FROM ${name} LIMIT 100`);
      expectNoLeak(r.getRowObjectsJson());
    }
  });

  it('answers the session functions with the friendly names', async () => {
    const [r] = await rows(
      'SELECT current_database() AS db, current_catalog AS cat, current_user AS u, session_user AS s, current_schema() AS sch, version() AS v, pg_catalog.current_schemas(true) AS path, pg_backend_pid() > 0 AS pid',
    );
    expect(r).toEqual({
      db: DATABASE,
      cat: DATABASE,
      u: USER,
      s: USER,
      sch: 'main',
      v: expect.stringMatching(/^PostgreSQL 15\.0 /),
      path: ['pg_catalog', 'main', 'in.c-sales'],
      pid: true,
    });
  });

  it('scrubs aliases and "Did you mean" hints from DuckDB errors', async () => {
    const messages: string[] = [];
    for (const sql of [
      'SELECT * FROM items_x',
      'SELECT * FROM pg_catalog.pg_clas',
      'SELECT nope FROM pg_catalog.pg_class',
      'SELECT * FROM secret_tabl',
    ]) {
      try {
        await rows(sql);
        messages.push('no error');
      } catch (err) {
        messages.push(
          scrubCatalogError(
            (err as Error).message,
            { workspace: WS, project: `"${PROJ}"` },
            { database: DATABASE },
          ),
        );
      }
    }
    expect(messages.every((m) => m.includes('Error'))).toBe(true);
    expectNoLeak(messages);
    expect(
      scrubCatalogError(
        `Binder Error: x in "${PROJ}".pgcompat.pg_class and ${WS}.main.items`,
        { workspace: WS, project: PROJ },
        { database: DATABASE },
      ),
    ).toBe('Binder Error: x in pg_catalog.pg_class and main.items');
  });

  it('gives stable oids: a second session sees the same ones', async () => {
    const c2 = await instance.connect();
    try {
      await setupSession(c2, `p_9_${hex}`);
      const again = await rows(
        "SELECT c.oid FROM pg_catalog.pg_class c WHERE c.relname IN ('items', 'orders', 'items_pkey') ORDER BY c.relname",
        [],
        c2,
      );
      expect(again.map((r) => String(r.oid))).toEqual([
        oids.get('main.items'),
        oids.get('main.items_pkey'),
        oids.get('in.c-sales.orders'),
      ]);
      expect(Number(oids.get('main.items'))).toBeGreaterThanOrEqual(16384);
      expect(Number(oids.get('main.items'))).toBeLessThan(2 ** 31);
    } finally {
      c2.closeSync();
    }
  });
});

describe('psql 15', () => {
  it.each(psql.map((f) => [f.name, f] as const))('%s runs without leaking', async (_name, f) => {
    await runFixture(f);
  });

  it('\\l lists the workspace database only', async () => {
    const r = await runFixture(fixture(psql, '\\l #1'));
    expect(r).toEqual([
      expect.objectContaining({ Name: DATABASE, Owner: USER, Encoding: 'UTF8', Collate: 'C' }),
    ]);
  });

  it('\\dn lists the workspace schema and the bucket schemas, not the compat ones', async () => {
    const r = await runFixture(fixture(psql, '\\dn #1'));
    expect(r).toEqual([
      { Name: 'in.c-sales', Owner: USER },
      { Name: 'main', Owner: USER },
    ]);
  });

  it('\\dt, \\dv and \\d list tables and views', async () => {
    expect(await runFixture(fixture(psql, '\\dt #1'))).toEqual([
      { Schema: 'main', Name: 'items', Type: 'table', Owner: USER },
      { Schema: 'main', Name: 'lines', Type: 'table', Owner: USER },
    ]);
    expect(await runFixture(fixture(psql, '\\dv #1'))).toEqual([
      { Schema: 'in.c-sales', Name: 'orders', Type: 'view', Owner: USER },
      { Schema: 'main', Name: 'cheap', Type: 'view', Owner: USER },
    ]);
    expect((await runFixture(fixture(psql, '\\d #1'))).map((r) => `${r.Schema}.${r.Name}`)).toEqual([
      'in.c-sales.orders',
      'main.cheap',
      'main.items',
      'main.lines',
    ]);
    expect(await runFixture(fixture(psql, '\\dv "in.c-sales".* #1'))).toEqual([
      { Schema: 'in.c-sales', Name: 'orders', Type: 'view', Owner: USER },
    ]);
    expect((await runFixture(fixture(psql, '\\di #1'))).map((r) => [r.Name, r.Table])).toEqual([
      ['items_name_key', 'items'],
      ['items_pkey', 'items'],
      ['lines_n', 'lines'],
      ['lines_pkey', 'lines'],
    ]);
  });

  it('\\d items describes columns, types, defaults and the primary key', async () => {
    const [found] = await runFixture(fixture(psql, '\\d items #1'));
    expect(found).toEqual({ oid: expect.anything(), nspname: 'main', relname: 'items' });
    expect(String(found?.oid)).toBe(oids.get('main.items'));
    const [info] = await runFixture(fixture(psql, '\\d items #2'));
    expect(info).toMatchObject({ relkind: 'r', relhasindex: true, amname: 'heap' });
    const cols = await runFixture(fixture(psql, '\\d items #3'));
    expect(cols.map((r) => Object.values(r).slice(0, 4))).toEqual([
      ['id', 'integer', null, true],
      ['name', 'text', null, true],
      ['price', 'numeric(10,2)', '1.5', false],
      ['created', 'timestamp without time zone', null, false],
      ['tags', 'text[]', null, false],
      ['flag', 'boolean', null, false],
    ]);
    const indexes = await runFixture(fixture(psql, '\\d items #4'));
    expect(indexes.map((r) => Object.values(r).slice(0, 8))).toEqual([
      [
        'items_pkey',
        true,
        true,
        false,
        true,
        'CREATE UNIQUE INDEX items_pkey ON main.items USING btree (id)',
        'PRIMARY KEY (id)',
        'p',
      ],
      [
        'items_name_key',
        false,
        true,
        false,
        true,
        'CREATE UNIQUE INDEX items_name_key ON main.items USING btree (name)',
        'UNIQUE (name)',
        'u',
      ],
    ]);
    const plusCols = await runFixture(fixture(psql, '\\d+ items #3'));
    expect(Object.values(plusCols.find((r) => r.attname === 'name') ?? {}).slice(7)).toEqual([
      'x',
      '',
      null,
      'item name',
    ]);
  });

  it('\\d+ of a workspace view shows its definition; a project view hides its source', async () => {
    const def = await runFixture(fixture(psql, '\\d+ cheap #4'));
    expect(Object.values(def[0] ?? {})[0]).toMatch(
      /^ SELECT id, "?name"? FROM .*items WHERE \(?price < 10\)?;$/,
    );
    const orders = resolve(
      "SELECT pg_catalog.pg_get_viewdef('{{oid:in.c-sales.orders}}'::pg_catalog.oid, true) AS d",
    );
    expect(await rows(orders)).toEqual([{ d: null }]);
    const cols = await runFixture(fixture(psql, '\\d "in.c-sales".orders #3'));
    expect(cols.map((r) => Object.values(r).slice(0, 2))).toEqual([
      ['id', 'bigint'],
      ['amount', 'numeric(12,3)'],
      ['note', 'text'],
    ]);
  });

  it('\\d shows check constraints, foreign keys and what references a table', async () => {
    expect((await runFixture(fixture(psql, '\\d items #5'))).map(Object.values)).toEqual([
      ['items_price_check', 'CHECK ((price > 0))'],
    ]);
    const fks = await runFixture(fixture(psql, '\\d lines #5'));
    expect(fks.map((r) => [r.conname, r.condef, r.ontable])).toEqual([
      ['lines_item_id_fkey', 'FOREIGN KEY (item_id) REFERENCES items(id)', 'lines'],
    ]);
    const referencedBy = await runFixture(fixture(psql, '\\d items #7'));
    expect(referencedBy.map((r) => [r.conname, r.ontable, r.condef])).toEqual([
      ['lines_item_id_fkey', 'lines', 'FOREIGN KEY (item_id) REFERENCES items(id)'],
    ]);
  });

  it('\\du shows the session user', async () => {
    const r = await runFixture(fixture(psql, '\\du #1'));
    expect(r).toEqual([
      expect.objectContaining({ rolname: USER, rolsuper: false, rolcanlogin: true, memberof: [] }),
    ]);
  });
});

describe('pgJDBC DatabaseMetaData', () => {
  it.each(jdbc.map((f, i) => [`${f.name} #${i}`, f] as const))(
    '%s runs without leaking',
    async (_name, f) => {
      await runFixture(f);
    },
  );

  it('getSchemas and getTables show the workspace and bucket schemas', async () => {
    const schemas = await runFixture(fixture(jdbc, 'getSchemas'));
    expect(schemas.map((r) => r.table_schem)).toEqual([
      'in.c-sales',
      'information_schema',
      'main',
      'pg_catalog',
    ]);
    const tables = await runFixture(fixture(jdbc, 'getTables(all)'));
    expect(
      tables.map((r) => `${r.table_type} ${r.table_schem}.${r.table_name} ${r.remarks ?? ''}`.trim()),
    ).toEqual([
      'INDEX main.items_name_key',
      'INDEX main.items_pkey',
      'INDEX main.lines_n',
      'INDEX main.lines_pkey',
      'TABLE main.items the items',
      'TABLE main.lines',
      'VIEW in.c-sales.orders',
      'VIEW main.cheap',
    ]);
    const mainOnly = await runFixture(fixture(jdbc, 'getTables(main,TABLE+VIEW)'));
    expect(mainOnly.map((r) => r.table_name)).toEqual(['items', 'lines', 'cheap']);
  });

  it('getColumns gives PG type oids and nullability', async () => {
    const cols = await runFixture(fixture(jdbc, 'getColumns(main,items)'));
    expect(cols.map((r) => [r.attname, r.atttypid, r.attnotnull, r.atttypmod, r.attnum])).toEqual([
      ['id', '23', true, -1, '1'],
      ['name', '25', true, -1, '2'],
      ['price', '1700', false, (10 << 16) + 2 + 4, '3'],
      ['created', '1114', false, -1, '4'],
      ['tags', '1009', false, -1, '5'],
      ['flag', '16', false, -1, '6'],
    ]);
    expect(cols.find((r) => r.attname === 'price')?.adsrc).toBe('1.5');
    const bucket = await runFixture(fixture(jdbc, 'getColumns(in.c-sales,%)'));
    expect(bucket.map((r) => `${r.relname}.${r.attname}`)).toEqual([
      'orders.id',
      'orders.amount',
      'orders.note',
    ]);
  });

  it('getPrimaryKeys, getIndexInfo and getImportedKeys', async () => {
    expect(await runFixture(fixture(jdbc, 'getPrimaryKeys'))).toEqual([
      {
        table_cat: null,
        table_schem: 'main',
        table_name: 'items',
        column_name: 'id',
        key_seq: 1,
        pk_name: 'items_pkey',
      },
    ]);
    const idx = await runFixture(fixture(jdbc, 'getIndexInfo'));
    expect(
      idx.map((r) => [r.index_name, r.non_unique, r.ordinal_position, r.column_name, r.asc_or_desc]),
    ).toEqual([
      ['items_name_key', false, 1, 'name', 'A'],
      ['items_pkey', false, 1, 'id', 'A'],
    ]);
    const imported = jdbc.filter((f) => f.name === 'getImportedKeys');
    expect(await runFixture(imported[0] as Fixture)).toEqual([{ setting: '32' }]);
    expect(await runFixture(imported[1] as Fixture)).toEqual([]);
  });

  it('getTypeInfo and type resolution by oid and name', async () => {
    const types = await runFixture(fixture(jdbc, 'getTypeInfo'));
    const names = types.map((r) => r.typname);
    expect(names).toEqual(
      expect.arrayContaining(['int4', 'text', 'numeric', '_int4', 'timestamptz', 'uuid', 'json']),
    );
    expect((await runFixture(fixture(jdbc, 'TypeInfoCache.getPGType(oid)'))).map(Object.values)).toEqual([
      [true, 'pg_catalog', 'interval'],
    ]);
    expect(await runFixture(fixture(jdbc, 'TypeInfoCache.getPGType(oid) is_array'))).toEqual([
      { is_array: false, typtype: 'b', typname: 'interval', oid: '1186' },
    ]);
    expect(await runFixture(fixture(jdbc, 'TypeInfoCache.getPGArrayType(name)'))).toEqual([
      { typarray: '1187', typname: '_interval' },
    ]);
    expect(await runFixture(fixture(jdbc, 'TypeInfoCache.getArrayDelimiter'))).toEqual([{ typdelim: ',' }]);
    expect(await runFixture(fixture(jdbc, 'getMaxNameLength'))).toEqual([{ typlen: 64 }]);
  });
});

describe('DBeaver navigator', () => {
  it.each(dbeaver.map((f) => [f.name, f] as const))('%s runs without leaking', async (_name, f) => {
    await runFixture(f);
  });

  it('lists the database, schemas, tables, columns, constraints and indexes', async () => {
    const dbs = await runFixture(fixture(dbeaver, 'databases'));
    expect(dbs.map((r) => r.datname)).toEqual([DATABASE]);
    const schemas = await runFixture(fixture(dbeaver, 'schemas'));
    expect(schemas.map((r) => r.nspname)).toEqual(['in.c-sales', 'information_schema', 'main', 'pg_catalog']);
    const tables = await runFixture(fixture(dbeaver, 'tables of schema main'));
    expect(tables.map((r) => `${r.relkind}:${r.relname}`).sort()).toEqual(['r:items', 'r:lines', 'v:cheap']);
    const bucket = await runFixture(fixture(dbeaver, 'tables of schema in.c-sales'));
    expect(bucket.map((r) => `${r.relkind}:${r.relname}`)).toEqual(['v:orders']);
    const cols = await runFixture(fixture(dbeaver, 'columns of main.items'));
    expect(cols.map((r) => r.attname)).toEqual(['id', 'name', 'price', 'created', 'tags', 'flag']);
    const cons = await runFixture(fixture(dbeaver, 'constraints of schema main'));
    expect(cons.map((r) => `${r.tabrelname}.${r.conname}:${r.contype}`).sort()).toEqual([
      'items.items_name_key:u',
      'items.items_pkey:p',
      'items.items_price_check:c',
      'lines.lines_item_id_fkey:f',
      'lines.lines_pkey:p',
    ]);
    const fk = cons.find((r) => r.contype === 'f');
    expect(fk).toMatchObject({ conkey: [1], confkey: [1], confrelid: oids.get('main.items') });
    const idx = await runFixture(fixture(dbeaver, 'indexes of schema main'));
    expect(idx.map((r) => `${r.tabrelname}.${r.relname}`)).toEqual([
      'items.items_name_key',
      'items.items_pkey',
      'lines.lines_n',
      'lines.lines_pkey',
    ]);
    expect(idx.find((r) => r.relname === 'lines_pkey')?.keys).toEqual([1, 2]);
    expect(idx.find((r) => r.relname === 'lines_n')?.keys).toEqual([2]);
  });

  it('information_schema shows only visible catalogs under the database name', async () => {
    const tables = await runFixture(fixture(dbeaver, 'information_schema tables'));
    expect(tables.map((r) => `${r.table_schema}.${r.table_name}:${r.table_type}`)).toEqual([
      'in.c-sales.orders:VIEW',
      'main.cheap:VIEW',
      'main.items:BASE TABLE',
      'main.lines:BASE TABLE',
    ]);
    const schemata = await runFixture(fixture(dbeaver, 'information_schema schemata'));
    expect(schemata.map((r) => r.catalog_name)).toEqual([DATABASE, DATABASE, DATABASE, DATABASE]);
  });
});

describe('psycopg 3', () => {
  it('TypeInfo.fetch resolves a type by name', async () => {
    expect(await runFixture(fixture(psycopg, "TypeInfo.fetch('json')"))).toEqual([
      { name: 'json', oid: '114', array_oid: '199', regtype: 'json', delimiter: ',' },
    ]);
    expect(await runFixture(fixture(psycopg, "TypeInfo.fetch('numeric')"))).toEqual([
      { name: 'numeric', oid: '1700', array_oid: '1231', regtype: 'numeric', delimiter: ',' },
    ]);
  });
});

describe('rewriteCatalogSql', () => {
  it('returns ordinary queries unchanged (the same string)', () => {
    for (const sql of [
      'SELECT 1',
      'SELECT * FROM "in.c-sales".orders WHERE note ~ \'x\'',
      "INSERT INTO items VALUES (1, 'pg_catalog.pg_class')",
      'SELECT amount::DECIMAL(10,2), id::text FROM orders',
    ]) {
      expect(rewriteCatalogSql(sql)).toBe(sql);
    }
  });

  it('leaves strings, quoted identifiers, dollar quotes and comments alone', () => {
    const sql = `SELECT 'pg_catalog.pg_class', "pg_catalog.x", $$pg_catalog.pg_type$$, $t$ 'pg_catalog.a' $t$ -- pg_catalog.pg_proc
      /* pg_catalog.pg_am /* nested */ */ FROM pg_catalog.pg_class`;
    expect(rewriteCatalogSql(sql)).toBe(
      `select 'pg_catalog.pg_class', "pg_catalog.x", $$pg_catalog.pg_type$$, $t$ 'pg_catalog.a' $t$ -- pg_catalog.pg_proc
      /* pg_catalog.pg_am /* nested */ */ from pgcompat.pg_class`,
    );
    expect(rewriteCatalogSql("SELECT E'it''s \\' pg_catalog.x' FROM pg_catalog.pg_am")).toBe(
      "select E'it''s \\' pg_catalog.x' from pgcompat.pg_am",
    );
  });

  it('maps schemas, operators, casts and collations', () => {
    expect(rewriteCatalogSql('select pg_catalog.generate_series(1, 2), pg_catalog.pg_get_userbyid(10)')).toBe(
      'select generate_series(1, 2), pgcompat.pg_get_userbyid(10)',
    );
    expect(rewriteCatalogSql('select * from information_schema.tables')).toBe(
      'select * from pgcompat_information_schema.tables',
    );
    expect(
      rewriteCatalogSql(
        "select 1 from pg_class c where c.relname OPERATOR(pg_catalog.~) '^(a)$' COLLATE pg_catalog.default",
      ),
    ).toBe("select 1 from pg_class c where c.relname ~ '(?s).*(?:^(a)$).*' ");
    expect(
      rewriteCatalogSql(
        "select 'pg_class'::regclass, 'pg_catalog.array_in'::regproc, c.oid::pg_catalog.regclass::pg_catalog.text from pg_class c",
      ),
    ).toBe(
      "select pgcompat.regclass_oid('pg_class'), 'array_in', pgcompat.regclass_text((c.oid)) from pg_class c",
    );
    expect(
      rewriteCatalogSql("select '16392'::pg_catalog.oid, x::name, y::pg_catalog.int2[] from pg_type"),
    ).toBe("select '16392'::BIGINT, x::VARCHAR, y::int2[] from pg_type");
    expect(rewriteCatalogSql('select word from pg_get_keywords() where word <> ALL (\'{a,"null",b}\')')).toBe(
      "select word from pg_get_keywords() where word <> ALL (SELECT unnest(['a', 'null', 'b']::VARCHAR[]))",
    );
    expect(
      rewriteCatalogSql('SELECT x FROM pg_catalog.unnest(a) x, generate_series(1, 3) AS s WHERE x = s'),
    ).toBe('select x from unnest(a) x(x), generate_series(1, 3) as s(s) where x = s');
  });

  it('gives ~ and !~ PostgreSQL meaning (match anywhere) in catalog queries', async () => {
    const r = await rows(
      "SELECT 'pg_toast' !~ '^pg_' AS a, 'xpg_' ~ '^pg_' AS b, 'abc' ~ 'b' AS c, 'ABC' ~* 'b' AS d, 'in.c-sales' ~ E'^(in\\\\.c-sales)$' AS e FROM pg_catalog.pg_am LIMIT 1",
    );
    expect(r).toEqual([{ a: false, b: false, c: true, d: true, e: true }]);
  });

  it('maps DuckDB types to PG oids', () => {
    expect(
      [
        'INTEGER',
        'DECIMAL(10,2)',
        'VARCHAR[]',
        'STRUCT(a INTEGER)',
        'TIMESTAMP WITH TIME ZONE',
        'HUGEINT',
      ].map(pgTypeOid),
    ).toEqual([23, 1700, 1009, 114, 1184, 1700]);
  });
});
