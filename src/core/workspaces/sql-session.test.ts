import { createScramSha256Data } from 'pg-gateway';
import { describe, expect, it } from 'vitest';
import { createBranch } from '../branches/branches.js';
import { createBucket } from '../catalog/buckets.js';
import { createProject } from '../catalog/projects.js';
import { linkBucket, shareBucket } from '../catalog/sharing.js';
import type { Storage } from '../storage.js';
import { deleteRows } from '../tables/delete-rows.js';
import { addColumn } from '../tables/schema-columns.js';
import { createTable, deleteTable, insertRows } from '../tables/tables.js';
import { audit, reasonOf as fullReason, withStorage } from '../testing.js';
import { openQuerySession, sqlGateway } from './sql-gateway.js';
import type { SqlSession } from './sql-types.js';

async function seed(s: Storage, projectId: string, wsId: string) {
  await createProject(s, { id: projectId, name: null, settings: null }, audit);
  const ref = { projectId, branchId: 'default', bucket: 'in.c-sales' };
  await createBucket(s, { ...ref, name: 'in.c-sales', description: null }, audit);
  await createTable(
    s,
    {
      ...ref,
      name: 'orders',
      columns: [
        { name: 'id', type: 'INTEGER', nullable: false, default: null },
        { name: 'amount', type: 'DECIMAL(10,2)', nullable: true, default: null },
      ],
      primaryKey: ['id'],
    },
    audit,
  );
  await insertRows(s, { ...ref, table: 'orders' }, [
    { id: 1, amount: '10.50' },
    { id: 2, amount: '4.25' },
  ]);
  s.workspaces.add({
    id: wsId,
    projectId,
    branchId: null,
    name: wsId,
    createdAt: new Date().toISOString(),
    expiresAt: null,
    sizeLimitBytes: 2 ** 30,
    username: `ws_${wsId}_user`,
    verifier: await createScramSha256Data('secret-password'),
    createdBy: null,
    users: new Map(),
    grantees: new Set(),
  });
}

const reasonOf = async (p: Promise<unknown>) => (await fullReason(p)).split(' ').pop();

async function rows(session: SqlSession, sql: string): Promise<unknown[][]> {
  const statement = await session.prepare(sql);
  const cursor = await session.execute(statement, []);
  const out: unknown[][] = [];
  for (let chunk = await cursor.fetch(); chunk !== undefined; chunk = await cursor.fetch()) {
    for (const row of chunk.getRows()) {
      out.push(row.map((v) => (v === null || typeof v === 'number' ? v : String(v))));
    }
  }
  await cursor.close();
  statement.close();
  return out;
}

describe('workspace SQL sessions', () => {
  it('read project tables under both names, write the workspace, refuse every escape', async () => {
    await withStorage(async (s) => {
      await seed(s, 'p1', 'ws_a');
      await seed(s, 'p2', 'ws_b');
      const gateway = sqlGateway(s);
      const session = await gateway.open({ username: 'ws_ws_a_user', clientAddress: null });
      expect(await rows(session, 'SELECT sum(amount) FROM "in.c-sales".orders')).toEqual([['14.75']]);
      expect(await rows(session, 'SELECT count(*) FROM "in.c-sales_orders".data')).toEqual([['2']]);
      expect(await rows(session, 'CREATE TABLE mine AS SELECT id * 2 AS x FROM "in.c-sales".orders')).toEqual(
        [],
      );
      expect(await rows(session, 'SELECT x FROM mine ORDER BY x')).toEqual([[2], [4]]);
      expect(session.transaction).toBe('idle');
      await rows(session, 'BEGIN');
      expect(session.transaction).toBe('in_transaction');
      await rows(session, 'INSERT INTO mine VALUES (10)');
      expect(await reasonOf(rows(session, 'SELECT * FROM nope'))).toBe('sql_error');
      expect(session.transaction).toBe('failed');
      await rows(session, 'ROLLBACK');
      expect(session.transaction).toBe('idle');
      expect(await rows(session, 'SELECT count(*) FROM mine')).toEqual([['2']]);

      const escapes = [
        `ATTACH '${s.config.metadataPath}' AS meta`,
        'DETACH mine',
        `COPY mine TO '/tmp/x.csv'`,
        `SELECT * FROM read_csv('/etc/passwd')`,
        `SELECT * FROM read_text('/etc/hostname')`,
        `SELECT * FROM '/etc/passwd.csv'`,
        `CREATE TABLE t2 AS SELECT * FROM read_parquet('${s.config.snapshotsDir}/x.parquet')`,
        `INSERT INTO mine SELECT * FROM glob('/*')`,
        'SELECT * FROM duckdb_databases()',
        'SELECT * FROM duckdb_tables',
        'SELECT * FROM information_schema.tables',
        "SELECT current_setting('allowed_directories')",
        'INSTALL httpfs',
        'LOAD httpfs',
        'PRAGMA database_list',
        "SET memory_limit = '100GB'",
        'SET enable_external_access = true',
        'USE memory',
        'CALL pragma_database_list()',
        "SELECT * FROM query_table('mine')",
        "SELECT * FROM query('SELECT 1')",
        'INSERT INTO "in.c-sales".orders VALUES (3, 1)',
        'DROP VIEW "in.c-sales".orders',
        'CREATE SECRET s (TYPE s3)',
        "EXPORT DATABASE '/tmp/x'",
        'CHECKPOINT',
        'SELECT * FROM system.main.duckdb_tables()',
        `UPDATE mine SET x = (SELECT count(*) FROM main.read_csv('/etc/passwd'))`,
        `DELETE FROM mine WHERE x IN (SELECT 1 FROM U&"read\\005fcsv"('/etc/passwd'))`,
        `UPDATE mine SET x = 1 FROM read_text('/etc/hostname') t`,
      ];
      for (const sql of escapes) {
        const reason = await reasonOf(rows(session, sql));
        expect(['sql_not_allowed', 'sql_not_supported'], `${sql} → ${reason}`).toContain(reason);
      }
      // Another project's table, by any name, is not there.
      expect(await reasonOf(rows(session, 'SELECT * FROM "in.c-sales_orders2".data'))).toBe('sql_error');
      await session.close();
      expect(s.workspaces.sessions.size).toBe(0);
    });
  });

  it('runs the usual statement forms and names no internal catalog in plans or errors', async () => {
    await withStorage(async (s) => {
      await seed(s, 'p1', 'ws_a');
      const session = await sqlGateway(s).open({ username: 'ws_ws_a_user', clientAddress: null });
      const forms: [string, string][] = [
        ['CREATE SCHEMA scratch', 'CREATE SCHEMA'],
        ['CREATE TABLE scratch.t (a INTEGER PRIMARY KEY, b VARCHAR)', 'CREATE TABLE'],
        ["INSERT INTO scratch.t VALUES (1, 'x'), (2, 'y') RETURNING a", 'INSERT'],
        ['INSERT INTO scratch.t (a, b) SELECT id + 10, \'z\' FROM "in.c-sales".orders', 'INSERT'],
        ['UPDATE scratch.t SET b = upper(b) WHERE a IN (SELECT id FROM "in.c-sales".orders)', 'UPDATE'],
        ['DELETE FROM scratch.t WHERE a > 10', 'DELETE'],
        ['CREATE VIEW scratch.v AS SELECT o.id, o.amount FROM "in.c-sales".orders o', 'CREATE VIEW'],
        ['CREATE MACRO twice(x) AS x * 2', 'CREATE MACRO'],
        ['SELECT twice(a) FROM scratch.t', 'SELECT'],
        ['WITH x AS (SELECT * FROM scratch.v) SELECT count(*) FROM x', 'SELECT'],
        ['DESCRIBE "in.c-sales".orders', 'SELECT'],
        ['SUMMARIZE "in.c-sales".orders', 'SELECT'],
        ['FROM "in.c-sales".orders SELECT id', 'SELECT'],
        ['ALTER TABLE scratch.t ADD COLUMN c INTEGER', 'ALTER TABLE'],
        ['TRUNCATE scratch.t', 'TRUNCATE TABLE'],
        ['DROP VIEW scratch.v', 'DROP VIEW'],
        ['DROP TABLE scratch.t', 'DROP TABLE'],
        ['SELECT * FROM range(3) r, generate_series(1, 2) g', 'SELECT'],
      ];
      for (const [sql, tag] of forms) {
        const statement = await session.prepare(sql);
        expect(statement.tag, sql).toBe(tag);
        const cursor = await session.execute(statement, []);
        while ((await cursor.fetch()) !== undefined);
        await cursor.close();
      }
      const plan = JSON.stringify(await rows(session, 'EXPLAIN SELECT * FROM "in.c-sales".orders'));
      expect(plan).not.toMatch(/[a-z]_(\d+_)?[0-9a-f]{24}/);
      const error = await session
        .prepare('SELECT nope FROM "in.c-sales".orders')
        .catch((e: Error) => e.message);
      expect(error).not.toMatch(/[a-z]_(\d+_)?[0-9a-f]{24}/);
      await session.close();
    });
  });

  it('sees tables created after login, and limits sessions per workspace', async () => {
    await withStorage(
      async (s) => {
        await seed(s, 'p1', 'ws_a');
        const gateway = sqlGateway(s);
        const one = await gateway.open({ username: 'ws_ws_a_user', clientAddress: null });
        const two = await gateway.open({ username: 'ws_ws_a_user', clientAddress: null });
        expect(await reasonOf(gateway.open({ username: 'ws_ws_a_user', clientAddress: null }))).toBe(
          'too_many_connections',
        );
        const ref = { projectId: 'p1', branchId: 'default', bucket: 'in.c-sales' };
        await createTable(
          s,
          {
            ...ref,
            name: 'later',
            columns: [{ name: 'a', type: 'INTEGER', nullable: true, default: null }],
            primaryKey: [],
          },
          audit,
        );
        await insertRows(s, { ...ref, table: 'later' }, [{ a: 7 }]);
        expect(await rows(one, 'SELECT a FROM "in.c-sales".later')).toEqual([[7]]);
        await one.close();
        await two.close();
        expect(s.workspaces.sessions.size).toBe(0);
      },
      { PGWIRE_MAX_CONNECTIONS_PER_WORKSPACE: '2' },
    );
  });

  it('keeps its project views while nothing is committed and follows every commit', async () => {
    await withStorage(async (s) => {
      await seed(s, 'p1', 'ws_a');
      const session = await sqlGateway(s).open({ username: 'ws_ws_a_user', clientAddress: null });
      expect(await rows(session, 'SELECT count(*) FROM "in.c-sales".orders')).toEqual([['2']]);
      // Statements commit nothing to the catalog: the views are reused as they are.
      const revision = s.catalog.revision;
      for (let i = 0; i < 3; i++) expect(await rows(session, 'SELECT 1')).toEqual([[1]]);
      expect(s.catalog.revision).toBe(revision);
      // A bucket and a table made after login, in one project, are there at the next statement ...
      const ref = { projectId: 'p1', branchId: 'default', bucket: 'out.c-new' };
      await createBucket(s, { ...ref, name: 'out.c-new', description: null }, audit);
      const columns = [{ name: 'b', type: 'INTEGER', nullable: true, default: null }];
      await createTable(s, { ...ref, name: 'fresh', columns, primaryKey: [] }, audit);
      await insertRows(s, { ...ref, table: 'fresh' }, [{ b: 4 }]);
      expect(s.catalog.revision).toBeGreaterThan(revision);
      expect(await rows(session, 'SELECT b FROM "out.c-new".fresh')).toEqual([[4]]);
      expect(await rows(session, 'SELECT b FROM "out.c-new_fresh".data')).toEqual([[4]]);
      // ... and a dropped one is gone from it.
      await deleteTable(s, { ...ref, table: 'fresh' }, audit);
      expect(await reasonOf(rows(session, 'SELECT b FROM "out.c-new".fresh'))).toBe('sql_error');
      await session.close();
    });
  });

  it('a branch workspace sees the branch copy; linked buckets are readable, never writable', async () => {
    await withStorage(async (s) => {
      await seed(s, 'p1', 'ws_a');
      await seed(s, 'p2', 'ws_b');
      const branch = await createBranch(s, 'p1', { name: 'dev', description: null }, audit);
      await insertRows(s, { projectId: 'p1', branchId: branch.id, bucket: 'in.c-sales', table: 'orders' }, [
        { id: 3, amount: '1.00' },
      ]);
      await shareBucket(
        s,
        { projectId: 'p2', branchId: 'default', bucket: 'in.c-sales', targetProjectId: 'p1' },
        audit,
      );
      await linkBucket(
        s,
        {
          projectId: 'p1',
          branchId: 'default',
          bucket: 'shared',
          sourceProjectId: 'p2',
          sourceBucket: 'in.c-sales',
        },
        audit,
      );
      const dev = s.workspaces.byId.get('ws_a');
      if (dev === undefined) throw new Error('seeded');
      s.workspaces.add({ ...dev, id: 'ws_dev', branchId: branch.id, username: 'ws_ws_dev_user' });
      const onBranch = await sqlGateway(s).open({ username: 'ws_ws_dev_user', clientAddress: null });
      const onMain = await sqlGateway(s).open({ username: 'ws_ws_a_user', clientAddress: null });
      expect(await rows(onBranch, 'SELECT count(*) FROM "in.c-sales".orders')).toEqual([['3']]);
      expect(await rows(onMain, 'SELECT count(*) FROM "in.c-sales".orders')).toEqual([['2']]);
      expect(await rows(onMain, 'SELECT count(*) FROM shared.orders')).toEqual([['2']]);
      expect(await reasonOf(rows(onMain, 'INSERT INTO shared.orders VALUES (9, 1)'))).toBe('sql_not_allowed');
      await onBranch.close();
      await onMain.close();
    });
  });

  it('follows schema changes and deletes made while logged in; writers wait for a reading transaction', async () => {
    await withStorage(async (s) => {
      await seed(s, 'p1', 'ws_a');
      const session = await sqlGateway(s).open({ username: 'ws_ws_a_user', clientAddress: null });
      const ref = { projectId: 'p1', branchId: 'default', bucket: 'in.c-sales', table: 'orders' };
      expect(await rows(session, 'SELECT count(*) FROM "in.c-sales".orders')).toEqual([['2']]);
      await addColumn(s, { ...ref, name: 'note', type: 'VARCHAR', nullable: true, default: null }, audit);
      expect(await rows(session, 'SELECT count(note) FROM "in.c-sales".orders')).toEqual([['0']]);
      await deleteRows(s, { ...ref, whereClause: 'id = 1' }, audit);
      expect(await rows(session, 'SELECT id FROM "in.c-sales".orders')).toEqual([[2]]);
      // Inside a transaction the table stays read-locked: a write waits until COMMIT.
      await rows(session, 'BEGIN');
      await rows(session, 'SELECT count(*) FROM "in.c-sales".orders');
      let written = false;
      const write = insertRows(s, ref, [{ id: 5, amount: '1.00', note: null }]).then(() => {
        written = true;
      });
      await new Promise((r) => setTimeout(r, 100));
      expect(written).toBe(false);
      await rows(session, 'COMMIT');
      await write;
      expect(await rows(session, 'SELECT count(*) FROM "in.c-sales".orders')).toEqual([['2']]);
      await session.close();
    });
  });

  it('a statement over the memory limit fails with out_of_memory; the session and others go on', async () => {
    await withStorage(
      async (s) => {
        await seed(s, 'p1', 'ws_a');
        const one = await sqlGateway(s).open({ username: 'ws_ws_a_user', clientAddress: null });
        const two = await sqlGateway(s).open({ username: 'ws_ws_a_user', clientAddress: null });
        const hog = rows(one, 'SELECT list(i) FROM range(100000000) t(i)');
        expect(await rows(two, 'SELECT count(*) FROM "in.c-sales".orders')).toEqual([['2']]);
        expect(await reasonOf(hog)).toBe('out_of_memory');
        expect(await rows(one, 'SELECT 1')).toEqual([[1]]);
        await one.close();
        await two.close();
      },
      { DUCKDB_MEMORY_LIMIT: '96MB' },
    );
  });

  it('a query session without a workspace (gRPC ExecuteQuery) reads the project and writes a scratch catalog', async () => {
    await withStorage(async (s) => {
      await seed(s, 'p1', 'ws_a');
      const session = await openQuerySession(s, { projectId: 'p1', branchId: null, clientAddress: null });
      await rows(session, 'CREATE TABLE scratch AS SELECT * FROM "in.c-sales".orders');
      expect(await rows(session, 'SELECT count(*) FROM scratch')).toEqual([['2']]);
      expect(await reasonOf(rows(session, 'SELECT * FROM duckdb_databases()'))).toBe('sql_not_allowed');
      await session.close();
      expect(s.workspaces.sessions.size).toBe(0);
    });
  });

  it('times out a long statement and keeps the session usable', async () => {
    await withStorage(async (s) => {
      await seed(s, 'p1', 'ws_a');
      const session = await sqlGateway(s).open({ username: 'ws_ws_a_user', clientAddress: null });
      session.setStatementTimeout(200);
      expect(
        await reasonOf(rows(session, 'SELECT count(*) FROM range(100000000000) t(i) WHERE i % 7 = 3')),
      ).toBe('query_timeout');
      expect(await rows(session, 'SELECT 1')).toEqual([[1]]);
      await session.close();
    });
  });
});
