import { spawn } from 'node:child_process';
import pg from 'pg';
import { createScramSha256Data } from 'pg-gateway';
import { describe, expect, it } from 'vitest';
import { createBucket } from '../src/core/catalog/buckets.js';
import { createProject } from '../src/core/catalog/projects.js';
import type { Storage } from '../src/core/storage.js';
import { createTable } from '../src/core/tables/tables.js';
import { audit, withStorage } from '../src/core/testing.js';
import { sqlGateway } from '../src/core/workspaces/sql-gateway.js';
import { startPgWireServer } from '../src/pgwire/index.js';
import { loadPgWireSettings } from '../src/pgwire/settings.js';
import { callRows, type JdbcLine, runJdbc } from './helpers/jdbc.js';

// The PG wire server over the core's real SqlGateway (sandbox, project views, catalog compat):
// node pg, psql's \d family, COPY, and the session limits.

async function seed(s: Storage): Promise<void> {
  await createProject(s, { id: 'p1', name: null, settings: null }, audit);
  const ref = { projectId: 'p1', branchId: 'default', bucket: 'in.c-sales' };
  await createBucket(s, { ...ref, name: 'in.c-sales', description: null }, audit);
  await createTable(
    s,
    {
      ...ref,
      name: 'orders',
      columns: [
        { name: 'id', type: 'BIGINT', nullable: false, default: null },
        { name: 'amount', type: 'DECIMAL(12,3)', nullable: true, default: null },
      ],
      primaryKey: ['id'],
    },
    audit,
  );
  s.workspaces.add({
    id: 'ws_a',
    projectId: 'p1',
    branchId: null,
    name: 'ws_a',
    createdAt: new Date().toISOString(),
    expiresAt: null,
    sizeLimitBytes: 2 ** 30,
    username: 'ws_ws_a_user',
    verifier: await createScramSha256Data('secret-password'),
    createdBy: null,
    users: new Map(),
    grantees: new Set(),
  });
}

function psql(
  port: number,
  args: string[],
  input = '',
): Promise<{ stdout: string; stderr: string; code: number }> {
  return new Promise((resolve) => {
    const child = spawn(
      '/usr/bin/psql',
      [`host=127.0.0.1 port=${port} user=ws_ws_a_user dbname=workspace_ws_a sslmode=disable`, '-X', ...args],
      { env: { ...process.env, PGPASSWORD: 'secret-password' } },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('close', (code) => resolve({ stdout, stderr, code: code ?? -1 }));
    child.stdin.end(input);
  });
}

describe('PG wire over the core gateway', () => {
  it('serves a workspace: queries, parameters, project tables, COPY, psql \\d', async () => {
    await withStorage(async (s) => {
      await seed(s);
      const server = await startPgWireServer(
        { ...loadPgWireSettings({ PGWIRE_HOST: '127.0.0.1', PGWIRE_PORT: '0', PGWIRE_TLS: 'off' }) },
        sqlGateway(s),
      );
      try {
        const c = new pg.Client({
          host: '127.0.0.1',
          port: server.port,
          user: 'ws_ws_a_user',
          password: 'secret-password',
          database: 'workspace_ws_a',
        });
        await c.connect();
        expect((await c.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
        expect((await c.query('CREATE TABLE t(a INTEGER, b VARCHAR)')).command).toBe('CREATE');
        expect((await c.query("INSERT INTO t VALUES (1, 'x'), (2, '')")).rowCount).toBe(2);
        expect((await c.query('SELECT $1::INTEGER + 1 AS v', [41])).rows).toEqual([{ v: 42 }]);
        expect(
          (await c.query({ name: 'byid', text: 'SELECT b FROM t WHERE a = $1', values: [1] })).rows,
        ).toEqual([{ b: 'x' }]);
        expect((await c.query('SELECT count(*)::INTEGER AS n FROM "in.c-sales".orders')).rows).toEqual([
          { n: 0 },
        ]);
        expect((await c.query('SELECT current_database() AS d')).rows).toEqual([{ d: 'workspace_ws_a' }]);
        expect(((await c.query('SELECT 1; SELECT 2')) as unknown as pg.QueryResult[]).length).toBe(2);
        await c.query('BEGIN');
        await c.query('INSERT INTO t VALUES (3, NULL)');
        await expect(c.query('SELECT nope FROM t')).rejects.toMatchObject({ code: '42703' });
        await expect(c.query('SELECT 1')).rejects.toMatchObject({ code: '25P02' });
        expect((await c.query('COMMIT')).command).toBe('ROLLBACK');
        expect((await c.query('SELECT count(*)::INTEGER AS n FROM t')).rows).toEqual([{ n: 2 }]);
        await expect(c.query("ATTACH '/tmp/x.duckdb' AS x")).rejects.toMatchObject({ code: '42501' });
        await expect(c.query("COPY t TO '/tmp/x.csv'")).rejects.toMatchObject({ code: '42501' });
        await c.end();
        const copy = await psql(
          server.port,
          [
            '-At',
            '-c',
            '\\copy t FROM STDIN',
            '-c',
            "SELECT count(*) FILTER (WHERE b = '') AS empty, count(*) FILTER (WHERE b IS NULL) AS nulls FROM t",
          ],
          '4\t\n5\t\\N\n\\.\n',
        );
        expect(copy).toMatchObject({ code: 0, stdout: 'COPY 2\n2|1\n' });
        const out = await psql(server.port, [
          '-c',
          'COPY (SELECT * FROM t ORDER BY a) TO STDOUT WITH (FORMAT csv, HEADER)',
        ]);
        expect(out.stdout).toBe('a,b\n1,x\n2,""\n4,""\n5,\n');
        const dt = await psql(server.port, ['-c', '\\dt']);
        expect(dt.stdout).toMatch(/ main +\| t +\| table \| ws_ws_a_user/);
        const d = await psql(server.port, ['-c', '\\d t']);
        expect(d.stdout).toContain('Table "main.t"');
        expect(d.stdout).toMatch(/ a +\| integer/);
        // pgJDBC: DatabaseMetaData through the catalog compatibility, a server-side prepared statement.
        const target = {
          port: server.port,
          user: 'ws_ws_a_user',
          password: 'secret-password',
          database: 'workspace_ws_a',
        };
        const meta = (await runJdbc(target, 'metadata', 'main', 't')) as JdbcLine[];
        expect(meta.filter((l) => l.error !== undefined)).toEqual([]);
        expect(callRows(meta, 'getTables')).toEqual([
          expect.objectContaining({ TABLE_SCHEM: 'main', TABLE_NAME: 't' }),
        ]);
        expect(callRows(meta, 'getColumns').map((r) => [r.COLUMN_NAME, r.TYPE_NAME])).toEqual([
          ['a', 'int4'],
          ['b', 'text'],
        ]);
        const prepared = await runJdbc(
          { ...target, params: { prepareThreshold: '1' } },
          'prepared',
          'SELECT b FROM t WHERE a = ?',
          'i:1',
        );
        expect(prepared).toEqual([expect.objectContaining({ rows: [['x']] })]);
        const deadline = Date.now() + 5000;
        while (server.sessions().length > 0 && Date.now() < deadline)
          await new Promise((r) => setTimeout(r, 20));
        expect(server.sessions()).toEqual([]);
        expect(s.workspaces.sessions.size).toBe(0);
      } finally {
        await server.close();
      }
    });
  });
});
