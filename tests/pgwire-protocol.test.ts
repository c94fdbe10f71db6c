import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import pg from 'pg';
import Cursor from 'pg-cursor';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PgWireServer, startPgWireServer } from '../src/pgwire/index.js';
import { loadPgWireSettings } from '../src/pgwire/settings.js';
import { FakeGateway } from '../src/pgwire/testing.js';

// The PG wire server against node `pg` (simple and extended protocol), over a fake SqlGateway on
// an in-memory DuckDB: auth, TLS, statements, parameters, portals, binary results, errors,
// SET/SHOW, transactions, cancel and session ends.

let db: DuckDBInstance;
let gateway: FakeGateway;
let server: PgWireServer;
let tlsDir: string;

const USERS = {
  alice: { password: 'alice-secret' },
  limited: { password: 'limited-secret' },
  expired: { password: 'expired-secret', expired: true },
};

beforeAll(async () => {
  db = await DuckDBInstance.create(':memory:');
  gateway = new FakeGateway(db, { users: USERS, maxAuthFailures: 3 });
  tlsDir = mkdtempSync(join(tmpdir(), 'pgwire-tls-'));
  server = await startPgWireServer(
    { ...loadPgWireSettings({ PGWIRE_HOST: '127.0.0.1', PGWIRE_PORT: '0' }), tlsDir, catalogCompat: false },
    gateway,
  );
});

afterAll(async () => {
  await server?.close();
  rmSync(tlsDir, { recursive: true, force: true });
  db?.closeSync();
});

function client(overrides: Partial<pg.ClientConfig> = {}): pg.Client {
  return new pg.Client({
    host: '127.0.0.1',
    port: server.port,
    user: 'alice',
    password: 'alice-secret',
    database: 'workspace_ws_test',
    ...overrides,
  });
}

async function withClient<T>(
  fn: (c: pg.Client) => Promise<T>,
  overrides: Partial<pg.ClientConfig> = {},
): Promise<T> {
  const c = client(overrides);
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('authentication', () => {
  it('accepts the right password with SCRAM-SHA-256 and reports the server parameters', async () => {
    const c = client();
    const status: Record<string, string> = {};
    c.connection.on('parameterStatus', (m: { parameterName: string; parameterValue: string }) => {
      status[m.parameterName] = m.parameterValue;
    });
    await c.connect();
    try {
      expect(status).toMatchObject({
        server_version: '15.0 (DuckStorage)',
        server_encoding: 'UTF8',
        client_encoding: 'UTF8',
        DateStyle: 'ISO, MDY',
        integer_datetimes: 'on',
        TimeZone: 'UTC',
        standard_conforming_strings: 'on',
        IntervalStyle: 'postgres',
        is_superuser: 'off',
        session_authorization: 'alice',
      });
      const { processID, secretKey } = c as unknown as { processID: number; secretKey: number };
      expect(processID).toBeGreaterThan(0);
      expect(typeof secretKey).toBe('number');
      expect(server.sessions().map((s) => s.pid)).toContain(processID);
    } finally {
      await c.end();
    }
  });

  it('answers a wrong password and an unknown user with the same FATAL 28P01', async () => {
    const wrong = client({ password: 'nope' });
    await expect(wrong.connect()).rejects.toMatchObject({
      code: '28P01',
      severity: 'FATAL',
      message: 'password authentication failed for user "alice"',
    });
    const unknown = client({ user: 'mallory', password: 'whatever' });
    await expect(unknown.connect()).rejects.toMatchObject({
      code: '28P01',
      message: 'password authentication failed for user "mallory"',
    });
  });

  it('refuses a rate-limited user with 53400 naming the limit', async () => {
    for (let i = 0; i < 3; i++) {
      await expect(client({ user: 'limited', password: 'bad' }).connect()).rejects.toMatchObject({
        code: '28P01',
      });
    }
    const err = await client({ user: 'limited', password: 'limited-secret' })
      .connect()
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: '53400' });
    expect((err as Error).message).toContain('PGWIRE_AUTH_MAX_FAILURES');
  });

  it('maps open failures: expired workspace 28000', async () => {
    await expect(client({ user: 'expired', password: 'expired-secret' }).connect()).rejects.toMatchObject({
      code: '28000',
      severity: 'FATAL',
    });
  });

  it('speaks TLS when the client asks (sslmode=require) and plaintext otherwise', async () => {
    await withClient(
      async (c) => {
        const { rows } = await c.query('SELECT 42 AS answer');
        expect(rows).toEqual([{ answer: 42 }]);
        expect(server.sessions().some((s) => s.tls)).toBe(true);
      },
      { ssl: { rejectUnauthorized: false } },
    );
  });
});

describe('simple query protocol', () => {
  it('runs several statements with their command tags', async () => {
    await withClient(async (c) => {
      const results = (await c.query(
        'CREATE TABLE multi(a INTEGER, b VARCHAR); INSERT INTO multi VALUES (1, $$x$$), (2, NULL); UPDATE multi SET b = $$y$$ WHERE a = 2; SELECT * FROM multi ORDER BY a; DELETE FROM multi WHERE a = 1; DROP TABLE multi',
      )) as unknown as pg.QueryResult[];
      expect(results.map((r) => [r.command, r.rowCount])).toEqual([
        ['CREATE', null],
        ['INSERT', 2],
        ['UPDATE', 1],
        ['SELECT', 2],
        ['DELETE', 1],
        ['DROP', null],
      ]);
      expect(results[3]?.rows).toEqual([
        { a: 1, b: 'x' },
        { a: 2, b: 'y' },
      ]);
    });
  });

  it('runs a multi-statement query as one transaction: an error rolls back what came before', async () => {
    await withClient(async (c) => {
      await c.query('CREATE TABLE atomic(a INTEGER)');
      await expect(
        c.query('INSERT INTO atomic VALUES (1); SELECT no_such_column FROM atomic'),
      ).rejects.toMatchObject({
        code: '42703',
      });
      expect((await c.query('SELECT count(*)::INTEGER AS n FROM atomic')).rows).toEqual([{ n: 0 }]);
      await c.query('INSERT INTO atomic VALUES (1); INSERT INTO atomic VALUES (2)');
      expect((await c.query('SELECT count(*)::INTEGER AS n FROM atomic')).rows).toEqual([{ n: 2 }]);
      await c.query('DROP TABLE atomic');
    });
  });

  it('answers an empty query with EmptyQueryResponse', async () => {
    await withClient(async (c) => {
      const r = await c.query('');
      expect(r.rows).toEqual([]);
      const r2 = await c.query('  ;  -- nothing');
      expect(r2.rows).toEqual([]);
      expect((await c.query('SELECT 1 AS x')).rows).toEqual([{ x: 1 }]);
    });
  });

  it('reports an error with SQLSTATE and keeps the connection usable', async () => {
    await withClient(async (c) => {
      await expect(c.query('SELECT * FROM no_such_table')).rejects.toMatchObject({
        code: '42P01',
        severity: 'ERROR',
      });
      await expect(c.query('SELEC 1')).rejects.toMatchObject({ code: '42601' });
      await expect(c.query("SELECT 'x'::INTEGER")).rejects.toMatchObject({ code: '22P02' });
      await c.query('CREATE TABLE uniq(id INTEGER PRIMARY KEY, v INTEGER NOT NULL)');
      await c.query('INSERT INTO uniq VALUES (1, 1)');
      await expect(c.query('INSERT INTO uniq VALUES (1, 2)')).rejects.toMatchObject({ code: '23505' });
      await expect(c.query('INSERT INTO uniq VALUES (2, NULL)')).rejects.toMatchObject({ code: '23502' });
      await c.query('DROP TABLE uniq');
      expect((await c.query('SELECT 1 AS ok')).rows).toEqual([{ ok: 1 }]);
    });
  });

  it('sends an error in the middle of a result, then ReadyForQuery', async () => {
    await withClient(async (c) => {
      await expect(
        c.query(
          `SELECT (CASE WHEN range < 5000 THEN range::VARCHAR ELSE 'boom' END)::INTEGER AS v FROM range(10000)`,
        ),
      ).rejects.toMatchObject({ code: '22P02' });
      expect((await c.query('SELECT 2 AS after')).rows).toEqual([{ after: 2 }]);
    });
  });

  it('refuses file COPY through the session (42501)', async () => {
    await withClient(async (c) => {
      await expect(c.query("COPY (SELECT 1) TO '/tmp/pgwire-x.csv'")).rejects.toMatchObject({
        code: '42501',
      });
    });
  });
});

describe('extended query protocol', () => {
  it('binds text parameters and reuses named prepared statements', async () => {
    await withClient(async (c) => {
      const q = { name: 'add', text: 'SELECT $1::INTEGER + $2::INTEGER AS sum, $3::VARCHAR AS s' };
      expect((await c.query({ ...q, values: [1, 2, 'a'] })).rows).toEqual([{ sum: 3, s: 'a' }]);
      expect((await c.query({ ...q, values: [40, 2, null] })).rows).toEqual([{ sum: 42, s: null }]);
      expect((await c.query('SELECT $1::BOOLEAN AS b, $2::DATE AS d', [true, '2024-01-02'])).rows).toEqual([
        { b: true, d: new Date('2024-01-02T00:00:00') },
      ]);
    });
  });

  it('takes bytea parameters (node pg sends Buffers in binary) and array literals', async () => {
    await withClient(async (c) => {
      const { rows } = await c.query('SELECT $1::BLOB AS b, octet_length($1::BLOB)::INTEGER AS n', [
        Buffer.from([0, 1, 2, 255]),
      ]);
      expect(rows).toEqual([{ b: Buffer.from([0, 1, 2, 255]), n: 4 }]);
      const arr = await c.query('SELECT $1::INTEGER[] AS a, len($2::VARCHAR[])::INTEGER AS n', [
        [1, 2, null],
        ['a b', 'c,d', '"q"'],
      ]);
      expect(arr.rows).toEqual([{ a: [1, 2, null], n: 3 }]);
    });
  });

  it('describes parameters and columns without executing', async () => {
    await withClient(async (c) => {
      await c.query('CREATE TABLE described(a INTEGER)');
      // INSERT through the extended protocol: Describe must not run it, Execute once.
      await c.query({ text: 'INSERT INTO described VALUES ($1)', values: [7] });
      expect((await c.query('SELECT count(*)::INTEGER AS n FROM described')).rows).toEqual([{ n: 1 }]);
      await c.query('DROP TABLE described');
    });
  });

  it('streams a large result with row limits (pg-cursor: Execute with maxRows, PortalSuspended)', async () => {
    await withClient(async (c) => {
      const cursor = c.query(new Cursor('SELECT range::INTEGER AS i FROM range(5000) ORDER BY i'));
      const read = (n: number) =>
        new Promise<{ i: number }[]>((resolve, reject) =>
          cursor.read(n, (err, rows) => (err ? reject(err) : resolve(rows))),
        );
      expect((await read(3)).map((r) => r.i)).toEqual([0, 1, 2]);
      expect((await read(2000)).length).toBe(2000);
      const rest = await read(10000);
      expect(rest.length).toBe(2997);
      expect(rest.at(-1)?.i).toBe(4999);
      expect(await read(10)).toEqual([]);
      await new Promise<void>((resolve) => cursor.close(() => resolve()));
      expect((await c.query('SELECT 1 AS x')).rows).toEqual([{ x: 1 }]);
    });
  });

  it('returns binary results when asked (ints, floats, bool, text, bytea, timestamps)', async () => {
    await withClient(async (c) => {
      const r = await c.query({
        text: `SELECT 1::SMALLINT AS i2, 2::INTEGER AS i4, 3::BIGINT AS i8, 1.5::FLOAT AS f4, 2.25::DOUBLE AS f8,
          true AS b, 'héllo' AS t, '\\x01\\xFF'::BLOB AS y, TIMESTAMP '2024-01-02 03:04:05.123456' AS ts,
          TIMESTAMPTZ '2024-01-02 03:04:05+00' AS tz, NULL::INTEGER AS n`,
        binary: true,
        queryMode: 'extended',
      } as pg.QueryConfig);
      expect(r.fields.map((f) => [f.name, f.dataTypeID, f.format])).toEqual([
        ['i2', 21, 'binary'],
        ['i4', 23, 'binary'],
        ['i8', 20, 'binary'],
        ['f4', 700, 'binary'],
        ['f8', 701, 'binary'],
        ['b', 16, 'binary'],
        ['t', 25, 'binary'],
        ['y', 17, 'binary'],
        ['ts', 1114, 'binary'],
        ['tz', 1184, 'binary'],
        ['n', 23, 'binary'],
      ]);
      const row = r.rows[0];
      expect(row.i2).toBe(1);
      expect(row.i4).toBe(2);
      expect(String(row.i8)).toBe('3');
      // (pg-types' binary float4 parser is wrong: the bytes are checked against PostgreSQL in pgwire-types)
      expect(row.f8).toBe(2.25);
      expect(row.b).toBe(true);
      expect(row.t).toBe('héllo');
      // (pg-types has no binary bytea parser and decodes it as UTF-8: the bytes are checked in pgwire-types)
      // (timestamps too: pg-types' binary timestamp parsers disagree with PostgreSQL itself)
      expect(row.n).toBeNull();
    });
  });

  it('errors in a pipeline skip to Sync, then the connection works', async () => {
    await withClient(async (c) => {
      await expect(c.query('SELECT $1::INTEGER AS v', ['not a number'])).rejects.toMatchObject({
        code: '22P02',
      });
      expect((await c.query('SELECT $1::INTEGER AS v', ['5'])).rows).toEqual([{ v: 5 }]);
      await expect(c.query({ name: 'dup', text: 'SELECT 1' })).resolves.toBeTruthy();
      await expect(c.query({ name: 'bad', text: 'SELECT * FROM nope_nope' })).rejects.toMatchObject({
        code: '42P01',
      });
      expect((await c.query({ name: 'dup', text: 'SELECT 1' })).rowCount).toBe(1);
    });
  });
});

describe('session parameters', () => {
  it('answers SET/SHOW/RESET itself, with PostgreSQL defaults and errors', async () => {
    await withClient(async (c) => {
      expect((await c.query('SHOW server_version')).rows).toEqual([{ server_version: '15.0 (DuckStorage)' }]);
      expect((await c.query('SHOW datestyle')).rows).toEqual([{ DateStyle: 'ISO, MDY' }]);
      expect((await c.query('SHOW TRANSACTION ISOLATION LEVEL')).rows).toEqual([
        { transaction_isolation: 'read committed' },
      ]);
      await c.query("SET application_name = 'tester'");
      expect((await c.query('SHOW application_name')).rows).toEqual([{ application_name: 'tester' }]);
      await c.query('SET extra_float_digits = 3');
      await c.query("SET statement_timeout TO '5s'");
      expect((await c.query('SHOW statement_timeout')).rows).toEqual([{ statement_timeout: '5s' }]);
      await c.query('SET statement_timeout = 250');
      expect((await c.query('SHOW statement_timeout')).rows).toEqual([{ statement_timeout: '250ms' }]);
      await c.query('RESET statement_timeout');
      expect((await c.query('SHOW statement_timeout')).rows).toEqual([{ statement_timeout: '0' }]);
      await c.query("SET TIME ZONE 'UTC'");
      await c.query("SET search_path = 'main', public");
      await c.query("SET myapp.tenant = 'acme'");
      expect((await c.query('SHOW myapp.tenant')).rows).toEqual([{ 'myapp.tenant': 'acme' }]);
      expect((await c.query("SELECT current_setting('myapp.tenant') AS v")).rows).toEqual([{ v: 'acme' }]);
      expect((await c.query("SELECT set_config('application_name', 'x2', false) AS v")).rows).toEqual([
        { v: 'x2' },
      ]);
      await expect(c.query('SET no_such_setting = 1')).rejects.toMatchObject({ code: '42704' });
      await expect(c.query('SHOW no_such_setting')).rejects.toMatchObject({ code: '42704' });
      await expect(c.query("SET TimeZone = 'Europe/Prague'")).rejects.toMatchObject({ code: '0A000' });
      await expect(c.query("SET client_encoding = 'LATIN1'")).rejects.toMatchObject({ code: '0A000' });
      await expect(c.query('SET server_version = 1')).rejects.toMatchObject({ code: '55P02' });
      await expect(c.query("SET statement_timeout = 'soon'")).rejects.toMatchObject({ code: '22023' });
      const all = await c.query('SHOW ALL');
      expect(all.fields.map((f) => f.name)).toEqual(['name', 'setting', 'description']);
      expect(all.rows.find((r) => r.name === 'application_name')?.setting).toBe('x2');
      await c.query('RESET ALL');
      expect((await c.query('SHOW application_name')).rows).toEqual([{ application_name: '' }]);
      // Prepared through the extended protocol as well (pgJDBC does this).
      expect((await c.query({ text: 'SHOW TimeZone', values: [] })).rows).toEqual([{ TimeZone: 'UTC' }]);
      expect((await c.query({ name: 'setefd', text: 'SET extra_float_digits = 2' })).command).toBe('SET');
      expect((await c.query('SELECT 0.1::FLOAT AS f')).rows).toEqual([{ f: 0.1 }]);
    });
  });

  it('applies statement_timeout to the session (57014)', async () => {
    await withClient(async (c) => {
      await c.query("SET statement_timeout = '200ms'");
      const started = Date.now();
      await expect(c.query('SELECT count(*) FROM range(10000000000)')).rejects.toMatchObject({
        code: '57014',
      });
      expect(Date.now() - started).toBeLessThan(5000);
      await c.query('RESET statement_timeout');
      expect((await c.query('SELECT 1 AS ok')).rows).toEqual([{ ok: 1 }]);
    });
  });

  it('accepts DISCARD ALL, DEALLOCATE, UNLISTEN; refuses LISTEN and savepoints with 0A000', async () => {
    await withClient(async (c) => {
      await c.query({ name: 'p1', text: 'SELECT 1 AS x' });
      expect((await c.query('DEALLOCATE p1')).command).toBe('DEALLOCATE');
      await expect(c.query('DEALLOCATE p1')).rejects.toMatchObject({ code: '26000' });
      expect((await c.query('DEALLOCATE ALL')).command).toBe('DEALLOCATE');
      expect((await c.query('DISCARD ALL')).command).toBe('DISCARD');
      expect((await c.query('UNLISTEN *')).command).toBe('UNLISTEN');
      await expect(c.query('LISTEN chan')).rejects.toMatchObject({ code: '0A000' });
      await c.query('BEGIN');
      await expect(c.query('SAVEPOINT s1')).rejects.toMatchObject({ code: '0A000' });
      await c.query('ROLLBACK');
    });
  });
});

describe('transactions', () => {
  it('tracks the transaction status (I/T/E) and normalises BEGIN forms', async () => {
    await withClient(async (c) => {
      await c.query('CREATE TABLE tx(a INTEGER)');
      await c.query('BEGIN ISOLATION LEVEL SERIALIZABLE READ WRITE');
      expect((await c.query('SHOW transaction_isolation')).rows).toEqual([
        { transaction_isolation: 'serializable' },
      ]);
      await c.query('INSERT INTO tx VALUES (1)');
      await expect(c.query('SELECT broken FROM tx')).rejects.toMatchObject({ code: '42703' });
      await expect(c.query('SELECT 1')).rejects.toMatchObject({ code: '25P02' });
      await expect(c.query('SHOW application_name')).rejects.toMatchObject({ code: '25P02' });
      const r = await c.query('COMMIT');
      expect(r.command).toBe('ROLLBACK');
      expect((await c.query('SHOW transaction_isolation')).rows).toEqual([
        { transaction_isolation: 'read committed' },
      ]);
      await c.query('START TRANSACTION READ ONLY');
      await c.query('INSERT INTO tx VALUES (2)');
      await c.query('END');
      expect((await c.query('SELECT count(*)::INTEGER AS n FROM tx')).rows).toEqual([{ n: 1 }]);
      await c.query('DROP TABLE tx');
    });
  });

  it('sets the status byte psycopg relies on (raw ReadyForQuery)', async () => {
    const seen: string[] = [];
    const c = client();
    await c.connect();
    c.connection.on('readyForQuery', (m: { status: string }) => seen.push(m.status));
    await c.query('BEGIN');
    await c.query('SELECT 1').catch(() => undefined);
    await c.query('SELECT nope').catch(() => undefined);
    await c.query('ROLLBACK');
    await c.end();
    expect(seen).toEqual(['T', 'T', 'E', 'I']);
  });
});

describe('cancel and session end', () => {
  it('cancels a long query with a CancelRequest (57014) and keeps the session', async () => {
    await withClient(async (c) => {
      const { processID, secretKey } = c as unknown as { processID: number; secretKey: number };
      const running = c.query('SELECT count(*) FROM range(10000000000)').catch((e: unknown) => e);
      await until(() => server.sessions().some((s) => s.pid === processID && s.state === 'active'));
      await new Promise((r) => setTimeout(r, 100));
      // A wrong secret does nothing; the right one cancels.
      await sendCancel(server.port, processID, secretKey + 1);
      await sendCancel(server.port, processID, secretKey);
      const err = await running;
      expect(err).toMatchObject({ code: '57014', message: 'canceling statement due to user request' });
      expect((await c.query('SELECT 3 AS still')).rows).toEqual([{ still: 3 }]);
    });
  });

  it('tells the client why the server ended its session (FATAL 57P05 / 57P01) and closes it', async () => {
    const c = client();
    await c.connect();
    const errors: unknown[] = [];
    c.on('error', (e) => errors.push(e));
    const ended = new Promise<void>((resolve) => c.on('end', () => resolve()));
    const before = gateway.closed;
    gateway.endAll('idle_timeout');
    await ended;
    expect(errors[0]).toMatchObject({ code: '57P05', severity: 'FATAL' });
    await until(() => gateway.closed > before);
    expect(gateway.sessions.size).toBe(0);
  });

  it('closes the session when the socket goes away mid-query', async () => {
    const c = client();
    await c.connect();
    c.on('error', () => undefined);
    const before = gateway.closed;
    const q = c.query('SELECT count(*) FROM range(10000000000)').catch(() => undefined);
    await until(() => server.sessions().some((s) => s.state === 'active'));
    (c as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    await q;
    await until(() => gateway.closed > before);
    expect(gateway.sessions.size).toBe(0);
  });

  it('leaves no session behind after 200 connect/disconnect cycles', async () => {
    const opened = gateway.opened;
    const closed = gateway.closed;
    for (let i = 0; i < 200; i++) {
      const c = client();
      await c.connect();
      if (i % 2 === 0) await c.query('SELECT 1');
      c.on('error', () => undefined);
      if (i % 3 === 0) await c.end();
      else (c as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    }
    await until(() => gateway.closed - closed === 200, 10000);
    expect(gateway.opened - opened).toBe(200);
    expect(gateway.sessions.size).toBe(0);
    expect(server.sessions()).toEqual([]);
  });
});

function sendCancel(port: number, pid: number, secret: number): Promise<void> {
  return new Promise((resolve) => {
    const s = connect(port, '127.0.0.1', () => {
      const b = Buffer.alloc(16);
      b.writeInt32BE(16, 0);
      b.writeInt32BE(80877102, 4);
      b.writeInt32BE(pid, 8);
      b.writeInt32BE(secret | 0, 12);
      s.write(b);
    });
    s.on('close', () => resolve());
    s.on('error', () => resolve());
  });
}
