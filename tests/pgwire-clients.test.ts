import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PgWireServer, startPgWireServer } from '../src/pgwire/index.js';
import { loadPgWireSettings } from '../src/pgwire/settings.js';
import { FakeGateway } from '../src/pgwire/testing.js';
import { runJdbc } from './helpers/jdbc.js';

// Real clients against the PG wire server over the fake gateway: psql (TLS and plaintext,
// backslash copy both ways, errors, Ctrl-C cancel) and psycopg 3 (binary parameters, implicit
// transactions, server-side prepared statements, COPY, binary results).

const run = promisify(execFile);
const PSQL = '/usr/bin/psql';
const PYTHON = '/usr/bin/python3';

let db: DuckDBInstance;
let gateway: FakeGateway;
let server: PgWireServer;
let strict: PgWireServer;
let dir: string;

beforeAll(async () => {
  db = await DuckDBInstance.create(':memory:');
  gateway = new FakeGateway(db, { users: { alice: { password: 'alice-secret' } } });
  dir = mkdtempSync(join(tmpdir(), 'pgwire-clients-'));
  const base = {
    ...loadPgWireSettings({ PGWIRE_HOST: '127.0.0.1', PGWIRE_PORT: '0' }),
    tlsDir: join(dir, 'tls'),
    catalogCompat: false,
  };
  server = await startPgWireServer(base, gateway);
  strict = await startPgWireServer({ ...base, tls: 'require' }, gateway);
});

afterAll(async () => {
  await server?.close();
  await strict?.close();
  db?.closeSync();
  rmSync(dir, { recursive: true, force: true });
});

interface PsqlResult {
  stdout: string;
  stderr: string;
  code: number;
}

async function psql(
  args: string[],
  options: { port?: number; sslmode?: string; input?: string } = {},
): Promise<PsqlResult> {
  const conninfo = `host=127.0.0.1 port=${options.port ?? server.port} user=alice dbname=workspace_ws_test sslmode=${options.sslmode ?? 'require'}`;
  return new Promise((resolve) => {
    const child = spawn(PSQL, [conninfo, '-X', '-v', 'ON_ERROR_STOP=1', ...args], {
      env: { ...process.env, PGPASSWORD: 'alice-secret', PGCONNECT_TIMEOUT: '10', LC_ALL: 'C.UTF-8' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('close', (code) => resolve({ stdout, stderr, code: code ?? -1 }));
    child.stdin.end(options.input ?? '');
  });
}

describe('psql', () => {
  it('connects with sslmode=require (TLS) and sslmode=disable', async () => {
    const tls = await psql(['-At', '-c', 'SELECT 40 + 2']);
    expect(tls).toMatchObject({ code: 0, stdout: '42\n' });
    const plain = await psql(['-At', '-c', "SELECT 'plain'"], { sslmode: 'disable' });
    expect(plain).toMatchObject({ code: 0, stdout: 'plain\n' });
    const info = await psql(['-c', '\\conninfo']);
    expect(info.stdout).toContain('SSL connection');
  });

  it('is refused without TLS when PGWIRE_TLS=require', async () => {
    const r = await psql(['-c', 'SELECT 1'], { port: strict.port, sslmode: 'disable' });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('SSL connection is required');
    expect(await psql(['-At', '-c', 'SELECT 1'], { port: strict.port })).toMatchObject({
      code: 0,
      stdout: '1\n',
    });
  });

  it('prints results, command tags and errors with their SQLSTATE', async () => {
    const r = await psql([
      '-c',
      'CREATE TABLE ps(id INTEGER, name VARCHAR, price DECIMAL(10,2), ts TIMESTAMP)',
      '-c',
      "INSERT INTO ps VALUES (1, 'duck', 1.25, '2024-01-02 03:04:05'), (2, NULL, NULL, NULL)",
      '-c',
      'SELECT * FROM ps ORDER BY id',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('CREATE TABLE');
    expect(r.stdout).toContain('INSERT 0 2');
    expect(r.stdout).toMatch(/ 1 \| duck \| +1\.25 \| 2024-01-02 03:04:05\n/);
    expect(r.stdout).toContain('(2 rows)');
    const bad = await psql(['-v', 'VERBOSITY=verbose', '-c', 'SELECT missing FROM ps']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/ERROR: {2}42703: /);
    const after = await psql(['-At', '-c', 'SELECT count(*) FROM ps']);
    expect(after.stdout).toBe('2\n');
  });

  it('copies in and out with \\copy (csv with header, text format from stdin)', async () => {
    const csv = join(dir, 'in.csv');
    writeFileSync(csv, 'id,name,note\n1,duck,"a, b"\n2,"",\n3,"say ""hi""",x\n');
    await psql(['-c', 'CREATE TABLE cp(id INTEGER, name VARCHAR, note VARCHAR)']);
    const load = await psql(['-c', `\\copy cp FROM '${csv}' WITH (FORMAT csv, HEADER)`]);
    expect(load).toMatchObject({ code: 0 });
    expect(load.stdout).toContain('COPY 3');
    const text = await psql(['-c', '\\copy cp (id, name) FROM STDIN'], {
      input: '4\ttab\\there\n5\t\\N\n6\tback\\\\slash\n\\.\n',
    });
    expect(text).toMatchObject({ code: 0 });
    expect(text.stdout).toContain('COPY 3');
    const out = join(dir, 'out.csv');
    const dump = await psql([
      '-c',
      `\\copy (SELECT * FROM cp ORDER BY id) TO '${out}' WITH (FORMAT csv, HEADER)`,
    ]);
    expect(dump.stdout).toContain('COPY 6');
    expect(readFileSync(out, 'utf8')).toBe(
      'id,name,note\n1,duck,"a, b"\n2,"",\n3,"say ""hi""",x\n4,tab\there,\n5,,\n6,back\\slash,\n',
    );
    const textOut = await psql(['-c', 'COPY cp TO STDOUT']);
    expect(textOut.stdout).toBe(
      '1\tduck\ta, b\n2\t\t\\N\n3\tsay "hi"\tx\n4\ttab\\there\t\\N\n5\t\\N\t\\N\n6\tback\\\\slash\t\\N\n',
    );
    const nulls = await psql([
      '-At',
      '-c',
      'SELECT count(*) FILTER (WHERE name IS NULL), count(*) FILTER (WHERE name = $$$$) FROM cp',
    ]);
    expect(nulls.stdout).toBe('1|1\n');
  });

  it('reports a failing COPY and keeps the session', async () => {
    const r = await psql(['-c', '\\copy cp FROM STDIN', '-c', 'SELECT 1'], {
      input: 'notanumber\tx\tx\n\\.\n',
    });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('ERROR');
    const missing = await psql(['-c', '\\copy nosuchtable FROM STDIN'], { input: '1\n\\.\n' });
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('ERROR');
  });

  it('cancels a running query on Ctrl-C (CancelRequest)', async () => {
    const conninfo = `host=127.0.0.1 port=${server.port} user=alice dbname=x sslmode=require`;
    const child = spawn(PSQL, [conninfo, '-X', '-c', 'SELECT count(*) FROM range(10000000000)'], {
      env: { ...process.env, PGPASSWORD: 'alice-secret' },
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const done = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
    const deadline = Date.now() + 10_000;
    while (!server.sessions().some((s) => s.state === 'active') && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
    }
    await new Promise((r) => setTimeout(r, 100));
    child.kill('SIGINT');
    expect(await done).not.toBe(0);
    expect(stderr).toContain('canceling statement due to user request');
  });
});

describe('psycopg 3', () => {
  it('works: binary int parameters, implicit transactions, prepared statements, COPY, binary results', async () => {
    const script = join(dir, 'client.py');
    writeFileSync(
      script,
      String.raw`
import json, sys, datetime, decimal, uuid
import psycopg
from psycopg import errors

out = {}
dsn = f"host=127.0.0.1 port={sys.argv[1]} user=alice password=alice-secret dbname=workspace_ws_test sslmode=require"
with psycopg.connect(dsn) as conn:
    out["server_version"] = conn.info.server_version
    out["encoding"] = conn.info.encoding
    with conn.cursor() as cur:
        cur.execute("SELECT %s::INTEGER + %s AS s, %s::VARCHAR AS t, %s::DOUBLE AS f", (40, 2, "héllo", 1.5))
        out["params"] = list(cur.fetchone())
        cur.execute("CREATE TABLE pyt(id BIGINT, name VARCHAR, amount DECIMAL(12,3), ts TIMESTAMPTZ, d DATE, u UUID, b BLOB, l INTEGER[])")
        cur.execute(
            "INSERT INTO pyt VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
            (1, "duck", decimal.Decimal("12.345"), datetime.datetime(2024, 1, 2, 3, 4, 5, 123456, tzinfo=datetime.timezone.utc),
             datetime.date(2024, 1, 2), uuid.UUID("6a9b1e7c-1234-4def-8abc-0123456789ab"), b"\x00\xff", [1, 2, None]),
        )
        out["rowcount"] = cur.rowcount
        out["in_tx_before_commit"] = conn.info.transaction_status.name
    # psycopg's implicit transaction: BEGIN before the first statement, then COMMIT
    conn.commit()
    out["status_after_commit"] = conn.info.transaction_status.name
    with conn.cursor() as cur:
        cur.execute("SELECT * FROM pyt")
        row = cur.fetchone()
        out["row"] = [str(row[0]), row[1], str(row[2]), row[3].isoformat(), row[4].isoformat(), str(row[5]), row[6].hex(), row[7]]
        out["in_tx"] = conn.info.transaction_status.name
    conn.rollback()
    with conn.cursor(binary=True) as cur:
        cur.execute("SELECT id, name, amount, ts, d, u, b, l FROM pyt")
        row = cur.fetchone()
        out["binary_row"] = [str(row[0]), row[1], str(row[2]), row[3].isoformat(), row[4].isoformat(), str(row[5]), row[6].hex(), row[7]]
    conn.rollback()
    conn.autocommit = True
    with conn.cursor() as cur:
        for i in range(8):
            cur.execute("SELECT %s::BIGINT * 2", (i,))
        out["prepared_last"] = cur.fetchone()[0]
        try:
            cur.execute("SELECT * FROM missing_table")
        except errors.UndefinedTable as e:
            out["error"] = [e.sqlstate, type(e).__name__]
        with cur.copy("COPY pyt (id, name) FROM STDIN") as copy:
            copy.write_row((2, "copied\ttab"))
            copy.write_row((3, None))
        out["copy_rowcount"] = cur.rowcount
        rows = []
        with cur.copy("COPY (SELECT id, name FROM pyt ORDER BY id) TO STDOUT") as copy:
            for r in copy.rows():
                rows.append(list(r))
        out["copy_out"] = rows
        cur.execute("SET statement_timeout = '100ms'")
        try:
            cur.execute("SELECT count(*) FROM range(10000000000)")
        except errors.QueryCanceled as e:
            out["timeout"] = e.sqlstate
        cur.execute("RESET statement_timeout")
        cur.execute("SELECT 1")
        out["after_timeout"] = cur.fetchone()[0]
print(json.dumps(out))
`,
    );
    const { stdout } = await run(PYTHON, [script, String(server.port)], { timeout: 60_000 });
    const out = JSON.parse(stdout);
    expect(out).toEqual({
      server_version: 150000,
      encoding: 'utf-8',
      params: [42, 'héllo', 1.5],
      rowcount: 1,
      in_tx_before_commit: 'INTRANS',
      status_after_commit: 'IDLE',
      row: [
        '1',
        'duck',
        '12.345',
        '2024-01-02T03:04:05.123456+00:00',
        '2024-01-02',
        '6a9b1e7c-1234-4def-8abc-0123456789ab',
        '00ff',
        [1, 2, null],
      ],
      in_tx: 'INTRANS',
      binary_row: [
        '1',
        'duck',
        '12.345',
        '2024-01-02T03:04:05.123456+00:00',
        '2024-01-02',
        '6a9b1e7c-1234-4def-8abc-0123456789ab',
        '00ff',
        [1, 2, null],
      ],
      prepared_last: 14,
      error: ['42P01', 'UndefinedTable'],
      copy_rowcount: 2,
      copy_out: [
        ['1', 'duck'],
        ['2', 'copied\ttab'],
        ['3', null],
      ],
      timeout: '57014',
      after_timeout: 1,
    });
  });
});

describe('psycopg 3 server-side cursors (DECLARE / FETCH / MOVE / CLOSE)', () => {
  it('streams named cursors, binary and WITH HOLD ones', async () => {
    const script = join(dir, 'cursors.py');
    writeFileSync(
      script,
      `
import psycopg, sys, json
dsn = f"host=127.0.0.1 port={sys.argv[1]} user=alice password=alice-secret dbname=x sslmode=disable"
out = {}
with psycopg.connect(dsn) as conn:
    with conn.cursor(name="big") as cur:
        cur.execute("SELECT range::INTEGER AS i, range::VARCHAR AS s FROM range(%s)", (5000,))
        out["first"] = cur.fetchmany(3)
        out["desc"] = [d.name for d in cur.description]
        out["next"] = len(cur.fetchmany(2500))
        out["rest"] = len(cur.fetchall())
    with conn.cursor(name="bin", binary=True) as cur:
        cur.execute("SELECT range::BIGINT AS i FROM range(10)")
        out["bin"] = [r[0] for r in cur.fetchall()]
    conn.commit()
    with conn.cursor(name="held", withhold=True) as cur:
        cur.execute("SELECT 1 AS x UNION ALL SELECT 2")
        conn.commit()
        out["held"] = cur.fetchall()
    with conn.cursor() as c2:
        c2.execute("DECLARE c CURSOR FOR SELECT range AS i FROM range(10)")
        c2.execute("MOVE 3 IN c")
        out["move"] = c2.statusmessage
        c2.execute("FETCH 2 FROM c")
        out["after_move"] = c2.fetchall()
        c2.execute("FETCH ALL c")
        out["all"] = len(c2.fetchall())
        c2.execute("FETCH NEXT FROM c")
        out["past_end"] = c2.fetchall()
        c2.execute("CLOSE c")
        try:
            c2.execute("FETCH c")
        except psycopg.Error as e:
            out["closed"] = e.sqlstate
        conn.rollback()
    conn.autocommit = True
    with conn.cursor() as c3:
        try:
            c3.execute("DECLARE d CURSOR FOR SELECT 1")
        except psycopg.Error as e:
            out["outside_tx"] = e.sqlstate
print(json.dumps(out))
`,
    );
    const { stdout } = await run(PYTHON, [script, String(server.port)], { timeout: 60_000 });
    expect(JSON.parse(stdout)).toEqual({
      first: [
        [0, '0'],
        [1, '1'],
        [2, '2'],
      ],
      desc: ['i', 's'],
      next: 2500,
      rest: 2497,
      bin: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
      held: [[1], [2]],
      move: 'MOVE 3',
      after_move: [[3], [4]],
      all: 5,
      past_end: [],
      closed: '34000',
      outside_tx: '25P01',
    });
  });
});

describe('pgJDBC', () => {
  it('queries, prepares on the server and reports SQLSTATEs (TLS)', async () => {
    const target = {
      port: server.port,
      user: 'alice',
      password: 'alice-secret',
      database: 'workspace_ws_test',
      sslmode: 'require',
    };
    const query = await runJdbc(
      target,
      'query',
      "SELECT 1 AS one, 'a' AS s, 1.5::DECIMAL(4,2) AS d, TIMESTAMPTZ '2024-01-02 03:04:05+00' AS ts, [1, 2] AS l, DATE '2024-01-02' AS dt",
    );
    expect(query).toEqual([
      {
        call: 'query',
        columns: [
          { name: 'one', label: 'one', jdbcType: 'INTEGER', typeName: 'int4' },
          { name: 's', label: 's', jdbcType: 'VARCHAR', typeName: 'text' },
          { name: 'd', label: 'd', jdbcType: 'NUMERIC', typeName: 'numeric' },
          { name: 'ts', label: 'ts', jdbcType: 'TIMESTAMP', typeName: 'timestamptz' },
          { name: 'l', label: 'l', jdbcType: 'ARRAY', typeName: '_int4' },
          { name: 'dt', label: 'dt', jdbcType: 'DATE', typeName: 'date' },
        ],
        rows: [[1, 'a', '1.50', '2024-01-02 03:04:05+00', '{1,2}', '2024-01-02']],
      },
    ]);
    const prepared = await runJdbc(
      { ...target, params: { prepareThreshold: '1' } },
      'prepared',
      'SELECT ?::INTEGER + 1 AS v, ? AS s, ?::BIGINT AS l',
      'i:41',
      's:hello',
      'l:7',
    );
    expect(prepared).toEqual([expect.objectContaining({ rows: [[42, 'hello', 7]] })]);
    expect(await runJdbc(target, 'query', 'SELECT nope')).toEqual([
      expect.objectContaining({ call: 'query', sqlstate: '42703' }),
    ]);
  });
});
