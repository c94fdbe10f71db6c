import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callRows, runJdbc } from './helpers/jdbc.js';
import { connectWorkspace, type WorkspaceConn } from './helpers/postgres.js';
import { ADMIN_KEY, startTestServer, type TestServer } from './helpers/server.js';

/**
 * Issue 16 end to end: workspaces created over REST (generated SDK), then real PostgreSQL clients
 * on the server's PG wire listener: node pg, psql, pgJDBC (DatabaseMetaData as DBeaver calls
 * it) and psycopg 3; two projects and two workspaces isolated; project tables read-only; a
 * branch workspace sees the branch's copy; deleting a workspace ends its sessions; admins list and
 * end sessions; the PG metrics in /metrics.
 */
const run = promisify(execFile);
let t: TestServer;
type Conn = WorkspaceConn;
let a: Conn;
let b: Conn;
let other: Conn;
let wsA: string;

async function project(id: string, rows: number) {
  await t.admin.createProject({ body: { id, name: id } });
  await t.admin.createBucket({
    path: { project_id: id, branch_id: 'default' },
    body: { name: 'in.c-sales' },
  });
  await t.admin.createTable({
    path: { project_id: id, branch_id: 'default', bucket_name: 'in.c-sales' },
    body: {
      name: 'orders',
      columns: [
        { name: 'id', type: 'INTEGER', nullable: false },
        { name: 'amount', type: 'DECIMAL(10,2)' },
      ],
      primary_key: ['id'],
    },
  });
  const csv = ['id,amount', ...Array.from({ length: rows }, (_, i) => `${i + 1},${i + 1}.25`)].join('\n');
  const file = await t.admin.uploadFileStream({
    path: { project_id: id },
    query: { name: 'orders.csv' },
    body: new TextEncoder().encode(`${csv}\n`),
  });
  await t.admin.importFromFile({
    path: { project_id: id, branch_id: 'default', bucket_name: 'in.c-sales', table_name: 'orders' },
    body: { file_id: file.id },
  });
}

async function workspace(
  projectId: string,
  name: string,
  branch?: string,
): Promise<{ id: string; conn: Conn }> {
  const ws =
    branch === undefined
      ? await t.admin.createWorkspace({ path: { project_id: projectId }, body: { name } })
      : await t.admin.createBranchWorkspace({
          path: { project_id: projectId, branch_id: branch },
          body: { name },
        });
  return { id: ws.id, conn: ws.connection as Conn };
}

const client = connectWorkspace;

async function sqlstate(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (error) {
    return String((error as { code?: string }).code);
  }
  return 'no error';
}

beforeAll(async () => {
  t = await startTestServer();
  await project('pa', 5);
  await project('pb', 3);
  const first = await workspace('pa', 'first');
  wsA = first.id;
  a = first.conn;
  b = (await workspace('pa', 'second')).conn;
  other = (await workspace('pb', 'other')).conn;
}, 60_000);

afterAll(async () => {
  await t?.stop();
});

describe('PG wire through the server', () => {
  it('reads the project under both names, writes its own workspace, and nothing else', async () => {
    const cl = await client(a);
    expect(
      (await cl.query('SELECT count(*)::int AS n, sum(amount) AS s FROM "in.c-sales".orders')).rows,
    ).toEqual([{ n: 5, s: '16.25' }]);
    expect((await cl.query('SELECT count(*)::int AS n FROM "in.c-sales_orders".data')).rows).toEqual([
      { n: 5 },
    ]);
    await cl
      .query('CREATE TABLE mine AS SELECT id FROM "in.c-sales".orders WHERE id > $1', [2])
      .catch(async () => {
        await cl.query('CREATE TABLE mine AS SELECT id FROM "in.c-sales".orders WHERE id > 2');
      });
    expect((await cl.query('SELECT count(*)::int AS n FROM mine')).rows).toEqual([{ n: 3 }]);
    expect(await sqlstate(cl.query('INSERT INTO "in.c-sales".orders VALUES (99, 1)'))).toBe('42501');
    expect(await sqlstate(cl.query(`SELECT * FROM read_csv('/etc/passwd')`))).toBe('42501');
    expect(await sqlstate(cl.query(`ATTACH '/tmp/x.duckdb' AS x`))).toBe('42501');
    expect(await sqlstate(cl.query('SELECT * FROM duckdb_databases()'))).toBe('42501');
    // The session is still fine after each refusal.
    expect((await cl.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    await cl.end();

    // Another workspace of the same project sees the project, not the first one's tables.
    const second = await client(b);
    expect(await sqlstate(second.query('SELECT * FROM mine'))).toBe('42P01');
    expect((await second.query('SELECT count(*)::int AS n FROM "in.c-sales".orders')).rows).toEqual([
      { n: 5 },
    ]);
    await second.end();

    // Another project's workspace sees its own project only.
    const theirs = await client(other);
    expect((await theirs.query('SELECT count(*)::int AS n FROM "in.c-sales".orders')).rows).toEqual([
      { n: 3 },
    ]);
    expect(await sqlstate(theirs.query('SELECT * FROM mine'))).toBe('42P01');
    await theirs.end();
  });

  it('refuses a wrong password with 28P01, the same for an unknown user', async () => {
    expect(await sqlstate(client({ ...a, password: 'wrong-password-000000000000000000' }))).toBe('28P01');
    expect(await sqlstate(client({ ...a, username: 'ws_ws_nobody_00000000', password: 'x' }))).toBe('28P01');
  });

  it('psql, pgJDBC (DBeaver metadata) and psycopg work on a workspace', async () => {
    const env = { ...process.env, PGPASSWORD: a.password ?? '' };
    const conninfo = `host=127.0.0.1 port=${a.port} user=${a.username} dbname=${a.database} sslmode=disable`;
    const dt = await run('psql', [conninfo, '-X', '-c', '\\dt', '-c', '\\d "in.c-sales".orders'], { env });
    expect(dt.stdout).toContain('mine');
    expect(dt.stdout).toMatch(/id\s+\|\s+integer/);

    const lines = await runJdbc(
      {
        port: a.port,
        user: a.username,
        password: a.password ?? '',
        database: a.database,
        sslmode: 'disable',
      },
      'metadata',
      'in.c-sales',
      'orders',
    );
    const tables = callRows(lines, 'getTables');
    expect(tables.some((r) => r.TABLE_NAME === 'orders' || r.table_name === 'orders')).toBe(true);
    const keys = callRows(lines, 'getPrimaryKeys');
    expect(JSON.stringify(keys)).toContain('id');

    const script = join(tmpdir(), `psycopg-${process.pid}.py`);
    writeFileSync(
      script,
      [
        'import sys, psycopg',
        'with psycopg.connect(sys.argv[1]) as conn:',
        '    with conn.cursor() as cur:',
        '        cur.execute(\'SELECT count(*) FROM "in.c-sales".orders WHERE id > %s\', (1,))',
        '        print(cur.fetchone()[0])',
      ].join('\n'),
    );
    const py = await run('/usr/bin/python3', [script, `${conninfo} password=${a.password}`]);
    expect(py.stdout.trim()).toBe('4');
  }, 60_000);

  it('a branch workspace sees the branch copy', async () => {
    const branch = await t.admin.createBranch({ path: { project_id: 'pa' }, body: { name: 'dev' } });
    await t.admin.deleteRows({
      path: { project_id: 'pa', branch_id: branch.id, bucket_name: 'in.c-sales', table_name: 'orders' },
      body: { where_clause: 'id > 2' },
    });
    const dev = await workspace('pa', 'dev', branch.id);
    const cl = await client(dev.conn);
    expect((await cl.query('SELECT count(*)::int AS n FROM "in.c-sales".orders')).rows).toEqual([{ n: 2 }]);
    await cl.end();
    const onMain = await client(b);
    expect((await onMain.query('SELECT count(*)::int AS n FROM "in.c-sales".orders')).rows).toEqual([
      { n: 5 },
    ]);
    await onMain.end();
  });

  it('admins list and end sessions; deleting a workspace ends its sessions; metrics count them', async () => {
    const cl = await client(b);
    const ended = new Promise<string>((resolve) => {
      cl.on('error', (error: Error & { code?: string }) => resolve(String(error.code)));
    });
    const listed = await t.fetch('/internal/pgwire/sessions', {
      headers: { authorization: `Bearer ${ADMIN_KEY}` },
    });
    const sessions = (await listed.json()) as { session_id: string; workspace_id: string }[];
    const mine = sessions.find((x) => x.workspace_id !== wsA);
    expect(mine).toBeDefined();
    const metrics = await (await t.fetch('/metrics')).text();
    expect(metrics).toMatch(/duckstorage_pgwire_sessions\{project="pa"\} [1-9]/);
    expect(metrics).toMatch(/duckstorage_pgwire_queries_total\{tag="SELECT"\} [1-9]/);
    const closed = await t.fetch(`/internal/pgwire/sessions/${mine?.session_id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${ADMIN_KEY}` },
    });
    expect(closed.status).toBe(204);
    expect(await ended).toBe('57P01');

    const again = await client(a);
    const gone = new Promise<string>((resolve) => {
      again.on('error', (error: Error & { code?: string }) => resolve(String(error.code)));
    });
    await t.admin.deleteWorkspace({ path: { project_id: 'pa', workspace_id: wsA } });
    expect(await gone).toBe('57P04');
    expect(t.server.storage.workspaces.sessionsOf(wsA)).toEqual([]);
  });
});

describe('PG wire sessions through the server, under load and over TLS', () => {
  it('200 connect/disconnect cycles leave no session behind', async () => {
    for (let i = 0; i < 200; i += 1) {
      const cl = await client(other);
      if (i % 50 === 0) expect((await cl.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
      await cl.end();
    }
    for (let i = 0; i < 50 && t.server.storage.workspaces.sessions.size > 0; i += 1) {
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(t.server.storage.workspaces.sessions.size).toBe(0);
  }, 120_000);

  it('psql with sslmode=require on a TLS listener (self-signed certificate made at start)', async () => {
    const tls = await startTestServer({ PGWIRE_TLS: 'on' });
    try {
      await tls.admin.createProject({ body: { id: 'pt', name: 'pt' } });
      const ws = await tls.admin.createWorkspace({ path: { project_id: 'pt' }, body: { name: 'tls' } });
      const c = ws.connection as Conn;
      const conninfo = `host=127.0.0.1 port=${c.port} user=${c.username} dbname=${c.database} sslmode=require`;
      const out = await run('psql', [conninfo, '-X', '-A', '-t', '-c', 'SELECT 40 + 2'], {
        env: { ...process.env, PGPASSWORD: c.password ?? '' },
      });
      expect(out.stdout.trim()).toBe('42');
    } finally {
      await tls.stop();
    }
  }, 60_000);
});
