import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DuckStorageApiError } from '../generated/sdk-ts/index.js';
import { readRows } from '../src/core/metadata/tx.js';
import { sqlGateway } from '../src/core/workspaces/sql-gateway.js';
import type { SessionEndReason } from '../src/core/workspaces/sql-types.js';
import { reapWorkspaces } from '../src/core/workspaces/workspace-reaper.js';
import { workspaceClock } from '../src/core/workspaces/workspace-rows.js';
import { failure, startTestServer, type TestServer } from './helpers/server.js';

/**
 * Workspaces over the real server and the generated SDK (note 07 sections 2, 3 and 9): identity
 * and credentials, every operation on the project and branch paths, the reference's errors in
 * their check order, key scopes, TTL and the reaper, loads (columns, filters, overwrite, failed
 * items, dotted bucket names, linked buckets, branch copies, the size limit), cascades of project
 * and branch deletes, idempotent creates that never hand a password to another caller, metrics.
 */
let t: TestServer;
const P = 'wsp';
const main = { project_id: P, branch_id: 'default' };
let devBranch: string;
let projectKey: string;

const tableAt = (bucket: string, table: string, branch = 'default', project = P) => ({
  project_id: project,
  branch_id: branch,
  bucket_name: bucket,
  table_name: table,
});

async function table(project: string, bucket: string, name: string, rows: number) {
  const client = t.admin;
  await client.createTable({
    path: { project_id: project, branch_id: 'default', bucket_name: bucket },
    body: {
      name,
      columns: [
        { name: 'id', type: 'INTEGER', nullable: false },
        { name: 'region', type: 'VARCHAR' },
        { name: 'amount', type: 'INTEGER' },
      ],
      primary_key: ['id'],
    },
  });
  const regions = ['eu', 'us', 'apac'];
  const csv = [
    'id,region,amount',
    ...Array.from({ length: rows }, (_, i) => `${i + 1},${regions[i % 3]},${(i + 1) * 10}`),
  ].join('\n');
  const file = await client.uploadFileStream({
    path: { project_id: project },
    query: { name: `${name}.csv` },
    body: new TextEncoder().encode(`${csv}\n`),
  });
  await client.importFromFile({
    path: tableAt(bucket, name, 'default', project),
    body: { file_id: file.id },
  });
}

const create = (
  body: { name: string; ttl_hours?: number | null; preload_tables?: string[] } = { name: 'w' },
) => t.admin.createWorkspace({ path: { project_id: P }, body });
const wsPath = (workspace_id: string) => ({ project_id: P, workspace_id });
const error = <E = DuckStorageApiError>(fn: () => Promise<unknown>) => failure<E>(fn);
const messageOf = (e: DuckStorageApiError) => (e.body as { message: string }).message;
const details = (e: DuckStorageApiError) =>
  (e.body as { detail: { details?: Record<string, unknown> } }).detail.details;

beforeAll(async () => {
  t = await startTestServer();
  projectKey = (await t.admin.createProject({ body: { id: P } })).api_key;
  await t.admin.createBucket({ path: main, body: { name: 'in.c-sales' } });
  await t.admin.createBucket({ path: main, body: { name: 'b' } });
  await table(P, 'in.c-sales', 'orders', 12);
  await table(P, 'b', 'customers', 5);
  // Another project's bucket, shared with and linked into P.
  await t.admin.createProject({ body: { id: 'wsq' } });
  await t.admin.createBucket({ path: { project_id: 'wsq', branch_id: 'default' }, body: { name: 'shared' } });
  await table('wsq', 'shared', 'rates', 3);
  await t.admin.shareBucket({
    path: { project_id: 'wsq', branch_id: 'default', bucket_name: 'shared' },
    body: { target_project_id: P },
  });
  await t.admin.linkBucket({
    path: { ...main, bucket_name: 'linked' },
    body: { source_project_id: 'wsq', source_bucket_name: 'shared' },
  });
  // A dev branch whose copy of orders lost three rows.
  devBranch = (await t.admin.createBranch({ path: { project_id: P }, body: { name: 'dev' } })).id;
  await t.admin.deleteRows({
    path: tableAt('in.c-sales', 'orders', devBranch),
    body: { where_clause: 'id <= 3' },
  });
});
afterAll(async () => {
  await t?.stop();
});
afterEach(() => {
  workspaceClock.now = () => Date.now();
});

describe('create, get, list, delete', () => {
  it('creates a workspace with its identity, a one-time password and a file holding _workspace_info', async () => {
    const ws = await create({ name: 'analysis' });
    expect(ws.id).toMatch(/^ws_[0-9a-f]{16}$/);
    expect(ws).toMatchObject({
      name: 'analysis',
      project_id: P,
      branch_id: null,
      expires_at: null,
      size_limit_gb: 10,
      size_limit_bytes: 10 * 1024 ** 3,
      status: 'active',
      created_by: 'admin',
    });
    const c = ws.connection;
    expect(c.username.startsWith(`ws_${ws.id}_`)).toBe(true);
    expect(c.username).toMatch(/^ws_ws_[0-9a-f]{16}_[0-9a-f]{8}$/);
    expect(c.password).toMatch(/^[A-Za-z0-9_-]{32}$/);
    // The test server's PG wire listener: PGWIRE_HOST=127.0.0.1, a free port.
    const port = t.server.pgwire.port;
    expect(c).toMatchObject({
      host: '127.0.0.1',
      port,
      database: `workspace_${ws.id}`,
      ssl_mode: 'prefer',
    });
    expect(c.connection_string).toBe(
      `postgresql://${c.username}:${c.password}@127.0.0.1:${port}/workspace_${ws.id}?sslmode=prefer`,
    );
    expect(ws.size_bytes).toBeGreaterThan(0);
    const file = join(t.dataDir, 'duckdb', `project_${P}`, '_workspaces', `${ws.id}.duckdb`);
    expect(existsSync(file)).toBe(true);
    // The row holds a SCRAM verifier, never the password.
    const s = t.server.storage;
    const rows = await readRows(s.metaConn, `SELECT * FROM ${s.m}.workspaces WHERE id = $1`, [ws.id]);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows[0], (_k, v) => (typeof v === 'bigint' ? String(v) : v))).not.toContain(
      c.password,
    );
    expect(Number(rows[0]?.scram_iterations)).toBe(4096);
    const lease = await s.workspaceDbs.lease({ projectId: P, id: ws.id });
    try {
      const info = await s.pool.use((conn) =>
        readRows(conn, `SELECT key, value FROM ${lease.alias}.main._workspace_info ORDER BY key`),
      );
      expect(Object.fromEntries(info.map((r) => [r.key, r.value]))).toMatchObject({
        workspace_id: ws.id,
        project_id: P,
        branch_id: 'default',
      });
    } finally {
      await lease.release();
    }
  });

  it('gets the detail without the password: sessions, the tables a session sees, own objects', async () => {
    const ws = await create({ name: 'detail', ttl_hours: 5 });
    expect(Date.parse(ws.expires_at ?? '') - Date.now()).toBeGreaterThan(4.9 * 3_600_000);
    const detail = await t.admin.getWorkspace({ path: wsPath(ws.id) });
    expect(detail.connection.password).toBeNull();
    expect(detail.connection.connection_string).toBe(
      `postgresql://${ws.connection.username}@127.0.0.1:${t.server.pgwire.port}/workspace_${ws.id}?sslmode=prefer`,
    );
    expect(detail.active_sessions).toBe(0);
    expect(detail.workspace_objects).toEqual([]);
    expect(detail.attached_tables).toEqual([
      { schema: 'b', table: 'customers', rows: 5 },
      { schema: 'in.c-sales', table: 'orders', rows: 12 },
      { schema: 'linked', table: 'rates', rows: 3 },
    ]);
  });

  it('lists newest first with count (the page) and total, main and branch workspaces on the project path', async () => {
    const a = await create({ name: 'l1' });
    const b = await t.admin.createBranchWorkspace({
      path: { project_id: P, branch_id: devBranch },
      body: { name: 'l2' },
    });
    const page = await t.admin.listWorkspaces({ path: { project_id: P }, query: { limit: 2 } });
    expect(page.count).toBe(2);
    expect(page.total).toBeGreaterThanOrEqual(4);
    expect(page.workspaces.map((w) => w.id)).toEqual([b.id, a.id]);
    expect(page.workspaces.every((w) => w.connection.password === null)).toBe(true);
    const all = await t.admin.listWorkspaces({ path: { project_id: P }, query: { limit: 1000 } });
    expect(all.count).toBe(all.total);
    const second = await t.admin.listWorkspaces({ path: { project_id: P }, query: { limit: 1, offset: 1 } });
    expect(second.workspaces[0]?.id).toBe(a.id);
    const onBranch = await t.admin.listBranchWorkspaces({ path: { project_id: P, branch_id: devBranch } });
    expect(onBranch.workspaces.map((w) => w.id)).toEqual([b.id]);
    expect(onBranch.workspaces[0]?.branch_id).toBe(devBranch);
    const onMain = await t.admin.listBranchWorkspaces({ path: main });
    expect(onMain.workspaces.some((w) => w.id === b.id)).toBe(false);
    expect(onMain.workspaces.some((w) => w.id === a.id)).toBe(true);
    expect(onMain.total + onBranch.total).toBe(all.total);
  });

  it('deletes: the row, the file and its WAL; then 404', async () => {
    const ws = await create({ name: 'gone' });
    const file = join(t.dataDir, 'duckdb', `project_${P}`, '_workspaces', `${ws.id}.duckdb`);
    await t.admin.deleteWorkspace({ path: wsPath(ws.id) });
    expect(existsSync(file)).toBe(false);
    expect(existsSync(`${file}.wal`)).toBe(false);
    const e = await error(() => t.admin.getWorkspace({ path: wsPath(ws.id) }));
    expect([e.status, e.reason]).toEqual([404, 'workspace_not_found']);
    const s = t.server.storage;
    expect(await readRows(s.metaConn, `SELECT 1 FROM ${s.m}.workspaces WHERE id = $1`, [ws.id])).toEqual([]);
  });

  it('ends live SQL sessions before a delete and before a credentials reset', async () => {
    const s = t.server.storage;
    const ws = await create({ name: 'sessions' });
    const gateway = sqlGateway(s);
    const open = async () => {
      const session = await gateway.open({ username: ws.connection.username, clientAddress: '127.0.0.1' });
      const ended: SessionEndReason[] = [];
      session.onEnd((reason) => ended.push(reason));
      return { session, ended };
    };
    const first = await open();
    expect((await t.admin.getWorkspace({ path: wsPath(ws.id) })).active_sessions).toBe(1);
    const reset = await t.admin.resetWorkspaceCredentials({ path: wsPath(ws.id) });
    expect(first.ended).toEqual(['credentials_reset']);
    expect(reset.password).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(reset.password).not.toBe(ws.connection.password);
    expect(reset.username).toBe(ws.connection.username);
    const second = await open();
    await t.admin.deleteWorkspace({ path: wsPath(ws.id) });
    expect(second.ended).toEqual(['workspace_deleted']);
    expect(s.workspaces.sessionsOf(ws.id)).toEqual([]);
  });
});

describe('branch workspaces', () => {
  it('default is main; a workspace of another branch or of main is 404 on a branch path', async () => {
    const onMain = await t.admin.createBranchWorkspace({ path: main, body: { name: 'main-by-default' } });
    expect(onMain.branch_id).toBeNull();
    const onDev = await t.admin.createBranchWorkspace({
      path: { project_id: P, branch_id: devBranch },
      body: { name: 'dev' },
    });
    expect(onDev.branch_id).toBe(devBranch);
    // The branch's view: its copy of orders has 9 rows.
    const detail = await t.admin.getBranchWorkspace({
      path: { project_id: P, branch_id: devBranch, workspace_id: onDev.id },
    });
    expect(detail.attached_tables.find((x) => x.table === 'orders')?.rows).toBe(9);
    expect((await t.admin.getBranchWorkspace({ path: { ...main, workspace_id: onMain.id } })).id).toBe(
      onMain.id,
    );
    // The project path reaches both.
    expect((await t.admin.getWorkspace({ path: wsPath(onDev.id) })).branch_id).toBe(devBranch);
    const other = await t.admin.createBranch({ path: { project_id: P }, body: { name: 'other' } });
    for (const [branch, id] of [
      [other.id, onDev.id],
      [devBranch, onMain.id],
      ['default', onDev.id],
    ] as const) {
      const e = await error(() =>
        t.admin.getBranchWorkspace({ path: { project_id: P, branch_id: branch, workspace_id: id } }),
      );
      expect([e.status, e.reason]).toEqual([404, 'workspace_not_found']);
      expect(details(e)).toEqual({ project_id: P, branch_id: branch, workspace_id: id });
      expect(messageOf(e)).toBe(`Workspace ${id} not found in branch ${branch}`);
      const d = await error(() =>
        t.admin.deleteBranchWorkspace({ path: { project_id: P, branch_id: branch, workspace_id: id } }),
      );
      expect([d.status, d.reason]).toEqual([404, 'workspace_not_found']);
    }
    await t.admin.deleteBranchWorkspace({
      path: { project_id: P, branch_id: devBranch, workspace_id: onDev.id },
    });
    expect((await error(() => t.admin.getWorkspace({ path: wsPath(onDev.id) }))).status).toBe(404);
  });

  it("deleting a branch deletes its workspaces (sessions ended, files gone) and leaves main's", async () => {
    const branch = (await t.admin.createBranch({ path: { project_id: P }, body: { name: 'short-lived' } }))
      .id;
    const ws = await t.admin.createBranchWorkspace({
      path: { project_id: P, branch_id: branch },
      body: { name: 'x' },
    });
    const keep = await create({ name: 'keep' });
    const session = await sqlGateway(t.server.storage).open({
      username: ws.connection.username,
      clientAddress: null,
    });
    const ended: SessionEndReason[] = [];
    session.onEnd((r) => ended.push(r));
    await t.admin.deleteBranch({ path: { project_id: P, branch_id: branch } });
    expect(ended).toEqual(['workspace_deleted']);
    expect(existsSync(join(t.dataDir, 'duckdb', `project_${P}`, '_workspaces', `${ws.id}.duckdb`))).toBe(
      false,
    );
    expect((await error(() => t.admin.getWorkspace({ path: wsPath(ws.id) }))).status).toBe(404);
    expect((await t.admin.getWorkspace({ path: wsPath(keep.id) })).id).toBe(keep.id);
    const s = t.server.storage;
    expect(await readRows(s.metaConn, `SELECT 1 FROM ${s.m}.workspaces WHERE id = $1`, [ws.id])).toEqual([]);
  });

  it('deleting a project deletes its workspaces, rows and files, and ends their sessions', async () => {
    const owner = (await t.admin.createProject({ body: { id: 'ws-gone' } })).api_key;
    const c = t.as(owner);
    const ws = await c.createWorkspace({ path: { project_id: 'ws-gone' }, body: { name: 'x' } });
    const session = await sqlGateway(t.server.storage).open({
      username: ws.connection.username,
      clientAddress: null,
    });
    const ended: SessionEndReason[] = [];
    session.onEnd((r) => ended.push(r));
    await t.admin.deleteProject({ path: { project_id: 'ws-gone' } });
    expect(ended).toEqual(['workspace_deleted']);
    expect(existsSync(join(t.dataDir, 'duckdb', 'project_ws-gone'))).toBe(false);
    const s = t.server.storage;
    expect(s.workspaces.byId.has(ws.id)).toBe(false);
    expect(s.workspaces.byUsername.has(ws.connection.username)).toBe(false);
    expect(
      await readRows(s.metaConn, `SELECT 1 FROM ${s.m}.workspaces WHERE project_id = 'ws-gone'`),
    ).toEqual([]);
    await t.admin.createProject({ body: { id: 'ws-gone' } });
    expect((await t.admin.listWorkspaces({ path: { project_id: 'ws-gone' } })).total).toBe(0);
  });
});

describe('errors in the reference check order', () => {
  it('401, 403, 404 project, 404 branch, 422 validation', async () => {
    const none = await error(() => t.as().listWorkspaces({ path: { project_id: P } }));
    expect([none.status, none.reason]).toEqual([401, 'unauthorized']);
    const otherKey = (await t.admin.createProject({ body: { id: 'ws-other' } })).api_key;
    const other = await error(() =>
      t.as(otherKey).createWorkspace({ path: { project_id: P }, body: { name: 'x' } }),
    );
    expect(other.status).toBe(403);
    const project = await error(() =>
      t.admin.createWorkspace({ path: { project_id: 'nope' }, body: { name: 'x' } }),
    );
    expect([project.status, project.reason]).toEqual([404, 'project_not_found']);
    expect(details(project)).toEqual({ project_id: 'nope' });
    // An unknown project is told before an unknown workspace, an unknown branch before either.
    const both = await error(() =>
      t.admin.getWorkspace({ path: { project_id: 'nope', workspace_id: 'ws_x' } }),
    );
    expect(both.reason).toBe('project_not_found');
    const branch = await error(() =>
      t.admin.getBranchWorkspace({ path: { project_id: P, branch_id: 'nobranch', workspace_id: 'ws_x' } }),
    );
    expect([branch.status, branch.reason]).toEqual([404, 'branch_not_found']);
    expect(details(branch)).toEqual({ project_id: P, branch_id: 'nobranch' });
    const onBranch = await error(() =>
      t.admin.createBranchWorkspace({ path: { project_id: P, branch_id: 'nobranch' }, body: { name: 'x' } }),
    );
    expect([onBranch.status, onBranch.reason]).toEqual([404, 'branch_not_found']);
    for (const body of [
      { name: 'x', ttl_hours: 0 },
      { name: 'x', ttl_hours: 8761 },
      { name: 'x', size_limit_gb: 0 },
    ]) {
      const bad = await error(() => t.admin.createWorkspace({ path: { project_id: P }, body }));
      expect(bad.status).toBe(422);
    }
    const missing = await error(() =>
      t.admin.createWorkspace({ path: { project_id: P }, body: {} as unknown as { name: string } }),
    );
    expect(missing.status).toBe(422);
  });

  it('404 workspace_not_found on every workspace route, then 410, then object_not_found', async () => {
    const unknown = 'ws_0000000000000000';
    const calls = (id: string) => [
      () => t.admin.getWorkspace({ path: wsPath(id) }),
      () => t.admin.deleteWorkspace({ path: wsPath(id) }),
      () => t.admin.clearWorkspace({ path: wsPath(id) }),
      () => t.admin.dropWorkspaceObject({ path: { ...wsPath(id), object_name: 'x' } }),
      () => t.admin.loadWorkspaceTables({ path: wsPath(id), body: { tables: [{ source: 'b.customers' }] } }),
      () => t.admin.resetWorkspaceCredentials({ path: wsPath(id) }),
    ];
    for (const call of calls(unknown)) {
      const e = await error(call);
      expect([e.status, e.reason]).toEqual([404, 'workspace_not_found']);
      expect(details(e)).toEqual({ project_id: P, workspace_id: unknown });
      expect(messageOf(e)).toBe(`Workspace ${unknown} not found in project ${P}`);
    }
    // Another project's workspace is not found in this one.
    const elsewhere = await t.admin.createWorkspace({ path: { project_id: 'wsq' }, body: { name: 'q' } });
    expect((await error(() => t.admin.getWorkspace({ path: wsPath(elsewhere.id) }))).status).toBe(404);
    const ws = await create({ name: 'objects' });
    const missing = await error(() =>
      t.admin.dropWorkspaceObject({ path: { ...wsPath(ws.id), object_name: 'nothing' } }),
    );
    expect([missing.status, missing.reason]).toEqual([404, 'object_not_found']);
    expect(details(missing)).toEqual({ project_id: P, workspace_id: ws.id, object_name: 'nothing' });
    expect(messageOf(missing)).toBe(`Object 'nothing' not found in workspace ${ws.id}`);
    // Internal names are not objects.
    const internal = await error(() =>
      t.admin.dropWorkspaceObject({ path: { ...wsPath(ws.id), object_name: '_workspace_info' } }),
    );
    expect(internal.reason).toBe('object_not_found');
  });

  it('400 for preload sources that do not resolve, before anything is created', async () => {
    const before = (await t.admin.listWorkspaces({ path: { project_id: P }, query: { limit: 1000 } })).total;
    const bad = await error(() => create({ name: 'x', preload_tables: ['nodot'] }));
    expect([bad.status, bad.reason]).toEqual([400, 'invalid_source']);
    const noBucket = await error(() => create({ name: 'x', preload_tables: ['zz.customers'] }));
    expect([noBucket.status, noBucket.reason]).toEqual([404, 'bucket_not_found']);
    const noTable = await error(() => create({ name: 'x', preload_tables: ['b.nothing'] }));
    expect([noTable.status, noTable.reason]).toEqual([404, 'table_not_found']);
    expect((await t.admin.listWorkspaces({ path: { project_id: P }, query: { limit: 1000 } })).total).toBe(
      before,
    );
  });
});

describe('TTL and the reaper', () => {
  it('an expired workspace answers 410, lists as expired, can be deleted, and the reaper removes it after the grace', async () => {
    const s = t.server.storage;
    const ws = await create({ name: 'short', ttl_hours: 1 });
    const kept = await create({ name: 'expired-kept', ttl_hours: 1 });
    const session = await sqlGateway(s).open({ username: ws.connection.username, clientAddress: null });
    const ended: SessionEndReason[] = [];
    session.onEnd((r) => ended.push(r));
    workspaceClock.now = () => Date.now() + 2 * 3_600_000;
    for (const call of [
      () => t.admin.getWorkspace({ path: wsPath(ws.id) }),
      () => t.admin.clearWorkspace({ path: wsPath(ws.id) }),
      () => t.admin.dropWorkspaceObject({ path: { ...wsPath(ws.id), object_name: 'x' } }),
      () =>
        t.admin.loadWorkspaceTables({ path: wsPath(ws.id), body: { tables: [{ source: 'b.customers' }] } }),
      () => t.admin.resetWorkspaceCredentials({ path: wsPath(ws.id) }),
    ]) {
      const e = await error(call);
      expect([e.status, e.reason]).toEqual([410, 'workspace_expired']);
      expect(details(e)).toEqual({ workspace_id: ws.id, expired_at: ws.expires_at });
      expect(messageOf(e)).toBe(`Workspace ${ws.id} has expired`);
    }
    const listed = await t.admin.listWorkspaces({ path: { project_id: P }, query: { limit: 1000 } });
    expect(listed.workspaces.find((w) => w.id === ws.id)?.status).toBe('expired');
    // The reaper ends its sessions at once, deletes it only after WORKSPACE_EXPIRED_RETENTION_HOURS.
    const first = await reapWorkspaces(s);
    expect(first.deleted).toBe(0);
    expect(first.sessionsEnded).toBeGreaterThanOrEqual(1);
    expect(ended).toEqual(['workspace_expired']);
    expect(s.workspaces.byId.has(ws.id)).toBe(true);
    // Expired ones can still be deleted by hand.
    await t.admin.deleteWorkspace({ path: wsPath(kept.id) });
    workspaceClock.now = () => Date.now() + 26 * 3_600_000;
    const later = await reapWorkspaces(s);
    expect(later.deleted).toBeGreaterThanOrEqual(1);
    expect(s.workspaces.byId.has(ws.id)).toBe(false);
    expect(existsSync(join(t.dataDir, 'duckdb', `project_${P}`, '_workspaces', `${ws.id}.duckdb`))).toBe(
      false,
    );
    expect(await readRows(s.metaConn, `SELECT 1 FROM ${s.m}.workspaces WHERE id = $1`, [ws.id])).toEqual([]);
    const log = await readRows(
      s.metaConn,
      `SELECT actor, details FROM ${s.m}.operations_log WHERE operation = 'delete_workspace' AND resource_id = $1`,
      [ws.id],
    );
    expect(log.map((r) => r.actor)).toEqual(['system']);
  });
});

describe('the reaper and the size limit', () => {
  it('ends the sessions of a workspace over its size limit, and only those', async () => {
    const s = t.server.storage;
    const big = await create({ name: 'over' });
    const fine = await create({ name: 'within' });
    const open = async (username: string) => {
      const session = await sqlGateway(s).open({ username, clientAddress: null });
      const ended: SessionEndReason[] = [];
      session.onEnd((r) => ended.push(r));
      return ended;
    };
    const overEnded = await open(big.connection.username);
    const fineEnded = await open(fine.connection.username);
    const entry = s.workspaces.byId.get(big.id);
    if (entry === undefined) throw new Error('no entry');
    entry.sizeLimitBytes = 1;
    await reapWorkspaces(s);
    expect(overEnded).toEqual(['terminated_by_admin']);
    expect(fineEnded).toEqual([]);
    expect(s.workspaces.sessionsOf(fine.id)).toHaveLength(1);
    await t.admin.deleteWorkspace({ path: wsPath(fine.id) });
    expect(fineEnded).toEqual(['workspace_deleted']);
    // A load into the over-size workspace fails at once.
    const load = await t.admin.loadWorkspaceTables({
      path: wsPath(big.id),
      body: { tables: [{ source: 'b.customers' }] },
    });
    expect(load.loaded[0]?.error?.code).toBe('workspace_size_exceeded');
  });
});

describe('load', () => {
  const load = (id: string, tables: Parameters<typeof t.admin.loadWorkspaceTables>[0]['body']['tables']) =>
    t.admin.loadWorkspaceTables({ path: wsPath(id), body: { tables } });

  it('copies tables with columns and structured filters; Keboola ids with dotted buckets; linked buckets', async () => {
    const ws = await create({ name: 'load' });
    const result = await load(ws.id, [
      { source: 'in.c-sales.orders' },
      {
        source: 'in.c-sales.orders',
        destination: 'eu_orders',
        columns: ['amount', 'id'],
        where: [
          { column: 'region', operator: 'eq', values: ['eu'] },
          { column: 'amount', operator: 'ge', values: [40] },
        ],
      },
      { source: 'linked.rates', destination: 'rates' },
    ]);
    expect(result.loaded.map((r) => [r.source, r.destination, r.rows, r.status, r.error])).toEqual([
      ['in.c-sales.orders', 'orders', 12, 'loaded', null],
      ['in.c-sales.orders', 'eu_orders', 3, 'loaded', null],
      ['linked.rates', 'rates', 3, 'loaded', null],
    ]);
    expect(result.workspace_size_bytes).toBeGreaterThan(0);
    expect(result.loaded[2]?.size_bytes).toBe(result.workspace_size_bytes);
    const detail = await t.admin.getWorkspace({ path: wsPath(ws.id) });
    expect(detail.workspace_objects).toEqual([
      { name: 'eu_orders', schema: 'main', type: 'table', rows: 3 },
      { name: 'orders', schema: 'main', type: 'table', rows: 12 },
      { name: 'rates', schema: 'main', type: 'table', rows: 3 },
    ]);
    // Columns in the order asked, values as filtered.
    const s = t.server.storage;
    const lease = await s.workspaceDbs.lease({ projectId: P, id: ws.id });
    try {
      const rows = await s.pool.use((conn) =>
        readRows(conn, `SELECT * FROM ${lease.alias}.main.eu_orders ORDER BY id`),
      );
      expect(rows.map((r) => Object.keys(r))).toEqual([
        ['amount', 'id'],
        ['amount', 'id'],
        ['amount', 'id'],
      ]);
      expect(rows.map((r) => r.id)).toEqual([4, 7, 10]);
    } finally {
      await lease.release();
    }
  });

  it('reports failed items with their error and goes on; overwrite replaces, without it the item fails', async () => {
    const ws = await create({ name: 'failures' });
    await load(ws.id, [{ source: 'b.customers' }]);
    const result = await load(ws.id, [
      { source: 'b.nothing' },
      { source: 'b.customers' },
      { source: 'b.customers', destination: 'c2', columns: ['nope'] },
      {
        source: 'b.customers',
        destination: 'c3',
        where: [{ column: 'id', operator: 'eq', values: ['abc'] }],
      },
      { source: 'nodot' },
      { source: 'b.customers', destination: '_hidden' },
      { source: 'b.customers', overwrite: true, where: [{ column: 'id', operator: 'le', values: [2] }] },
    ]);
    expect(result.loaded.map((r) => [r.destination, r.status, r.rows, r.error?.code ?? null])).toEqual([
      ['nothing', 'failed', 0, 'table_not_found'],
      ['customers', 'failed', 0, 'destination_exists'],
      ['c2', 'failed', 0, 'column_not_found'],
      ['c3', 'failed', 0, 'invalid_filter_value'],
      ['nodot', 'failed', 0, 'invalid_source'],
      ['_hidden', 'failed', 0, 'invalid_destination'],
      ['customers', 'loaded', 2, null],
    ]);
    expect(result.loaded[1]?.error?.message).toContain('overwrite');
    const objects = (await t.admin.getWorkspace({ path: wsPath(ws.id) })).workspace_objects;
    expect(objects).toEqual([{ name: 'customers', schema: 'main', type: 'table', rows: 2 }]);
  });

  it("a branch workspace loads the branch's copy; a main workspace main's table", async () => {
    const onDev = await t.admin.createBranchWorkspace({
      path: { project_id: P, branch_id: devBranch },
      body: { name: 'dev-load' },
    });
    const onMain = await create({ name: 'main-load' });
    const dev = await load(onDev.id, [{ source: 'in.c-sales.orders' }]);
    const mainLoad = await load(onMain.id, [{ source: 'in.c-sales.orders' }]);
    expect(dev.loaded[0]?.rows).toBe(9);
    expect(mainLoad.loaded[0]?.rows).toBe(12);
  });

  it('preloads at create; a preload that fails removes the workspace again', async () => {
    const ws = await create({ name: 'pre', preload_tables: ['b.customers', 'linked.rates'] });
    const objects = (await t.admin.getWorkspace({ path: wsPath(ws.id) })).workspace_objects;
    expect(objects.map((o) => [o.name, o.rows])).toEqual([
      ['customers', 5],
      ['rates', 3],
    ]);
    const before = t.server.storage.workspaces.byId.size;
    // Both name the same destination: the second fails, and with it the create.
    const e = await error(() => create({ name: 'pre2', preload_tables: ['b.customers', 'b.customers'] }));
    expect([e.status, e.reason]).toEqual([409, 'destination_exists']);
    expect(t.server.storage.workspaces.byId.size).toBe(before);
  });

  it('fails an item that would take the workspace over its size limit, keeping what it had', async () => {
    const s = t.server.storage;
    await t.admin.createTable({
      path: { ...main, bucket_name: 'b' },
      body: {
        name: 'big',
        columns: [
          { name: 'id', type: 'INTEGER' },
          { name: 'payload', type: 'VARCHAR' },
        ],
      },
    });
    const csv = [
      'id,payload',
      ...Array.from({ length: 60_000 }, (_, i) => `${i},${'x'.repeat(40)}${i}`),
    ].join('\n');
    const file = await t.admin.uploadFileStream({
      path: { project_id: P },
      query: { name: 'big.csv' },
      body: new TextEncoder().encode(`${csv}\n`),
    });
    await t.admin.importFromFile({ path: tableAt('b', 'big'), body: { file_id: file.id } });
    const ws = await create({ name: 'small' });
    // A limit of a few blocks (256 KiB) above the empty workspace: enough for small tables, not
    // for big's 3 MB (the API's unit is GiB).
    const entry = s.workspaces.byId.get(ws.id);
    if (entry === undefined) throw new Error('no entry');
    entry.sizeLimitBytes = ws.size_bytes + 1536 * 1024;
    const result = await load(ws.id, [
      { source: 'b.customers' },
      { source: 'b.big' },
      { source: 'linked.rates' },
    ]);
    expect(result.loaded.map((r) => [r.destination, r.status, r.error?.code ?? null])).toEqual([
      ['customers', 'loaded', null],
      ['big', 'failed', 'workspace_size_exceeded'],
      ['rates', 'loaded', null],
    ]);
    expect(result.loaded[1]?.error?.details).toMatchObject({ size_limit_bytes: entry.sizeLimitBytes });
    const detail = await t.admin.getWorkspace({ path: wsPath(ws.id) });
    expect(detail.workspace_objects.map((o) => o.name)).toEqual(['customers', 'rates']);
    expect(detail.size_limit_bytes).toBe(entry.sizeLimitBytes);
    // No staging table was left behind either.
    const lease = await s.workspaceDbs.lease({ projectId: P, id: ws.id });
    try {
      const alias = lease.alias.slice(1, -1);
      const left = await s.pool.use((conn) =>
        readRows(conn, 'SELECT table_name FROM duckdb_tables() WHERE database_name = $1 ORDER BY 1', [alias]),
      );
      expect(left.map((r) => r.table_name)).toEqual(['_workspace_info', 'customers', 'rates']);
    } finally {
      await lease.release();
    }
  });
});

describe('objects, clear', () => {
  it('lists tables and views of every schema (views not run), drops one by its listed name, clears the rest', async () => {
    const s = t.server.storage;
    const ws = await create({ name: 'objects' });
    await t.admin.loadWorkspaceTables({ path: wsPath(ws.id), body: { tables: [{ source: 'b.customers' }] } });
    const lease = await s.workspaceDbs.lease({ projectId: P, id: ws.id });
    try {
      await s.pool.use(async (conn) => {
        await conn.run(`CREATE VIEW ${lease.alias}.main.v AS SELECT * FROM ${lease.alias}.main.customers`);
        await conn.run(`CREATE SCHEMA ${lease.alias}.scratch`);
        await conn.run(`CREATE TABLE ${lease.alias}.scratch.t AS SELECT 1 AS a UNION ALL SELECT 2`);
        await conn.run(`CREATE TABLE ${lease.alias}.main._mine AS SELECT 1 AS a`);
      });
    } finally {
      await lease.release();
    }
    const objects = (await t.admin.getWorkspace({ path: wsPath(ws.id) })).workspace_objects;
    expect(objects).toEqual([
      { name: 'customers', schema: 'main', type: 'table', rows: 5 },
      { name: 'v', schema: 'main', type: 'view', rows: null },
      { name: 'scratch.t', schema: 'scratch', type: 'table', rows: 2 },
    ]);
    await t.admin.dropWorkspaceObject({ path: { ...wsPath(ws.id), object_name: 'scratch.t' } });
    await t.admin.dropWorkspaceObject({ path: { ...wsPath(ws.id), object_name: 'V' } });
    expect(
      (await t.admin.getWorkspace({ path: wsPath(ws.id) })).workspace_objects.map((o) => o.name),
    ).toEqual(['customers']);
    await t.admin.clearWorkspace({ path: wsPath(ws.id) });
    expect((await t.admin.getWorkspace({ path: wsPath(ws.id) })).workspace_objects).toEqual([]);
    // Internal names stay.
    const after = await s.workspaceDbs.lease({ projectId: P, id: ws.id });
    try {
      const rows = await s.pool.use((conn) =>
        readRows(conn, 'SELECT table_name FROM duckdb_tables() WHERE database_name = $1 ORDER BY 1', [
          after.alias.slice(1, -1),
        ]),
      );
      expect(rows.map((r) => r.table_name)).toEqual(['_mine', '_workspace_info']);
    } finally {
      await after.release();
    }
    const log = await readRows(
      s.metaConn,
      `SELECT operation FROM ${s.m}.operations_log WHERE resource_id LIKE $1 ORDER BY id`,
      [`${ws.id}%`],
    );
    expect(log.map((r) => r.operation)).toEqual([
      'create_workspace',
      'load_workspace_tables',
      'drop_workspace_object',
      'drop_workspace_object',
      'clear_workspace',
    ]);
  });
});

describe('scopes', () => {
  it('read-only keys list and get; writes need write scope; branch keys reach their branch only', async () => {
    const key = (scope: 'branch_admin' | 'branch_read', branch_id: string) =>
      t.admin
        .createApiKey({ path: { project_id: P }, body: { description: scope, scope, branch_id } })
        .then((k) => t.as(k.api_key));
    const mainWs = await create({ name: 'scoped-main' });
    const devWs = await t.admin.createBranchWorkspace({
      path: { project_id: P, branch_id: devBranch },
      body: { name: 'scoped-dev' },
    });
    const reader = await key('branch_read', devBranch);
    const writer = await key('branch_admin', devBranch);
    // Reads of the key's branch.
    expect((await reader.getWorkspace({ path: wsPath(devWs.id) })).id).toBe(devWs.id);
    expect(
      (
        await reader.getBranchWorkspace({
          path: { project_id: P, branch_id: devBranch, workspace_id: devWs.id },
        })
      ).id,
    ).toBe(devWs.id);
    const listed = await reader.listWorkspaces({ path: { project_id: P }, query: { limit: 1000 } });
    expect(listed.workspaces.length).toBeGreaterThan(0);
    expect(listed.workspaces.every((w) => w.branch_id === devBranch)).toBe(true);
    // No writes with a read-only key; nothing of main or the project path's main create with a branch key.
    const forbidden = [
      () =>
        reader.createBranchWorkspace({ path: { project_id: P, branch_id: devBranch }, body: { name: 'x' } }),
      () => reader.deleteWorkspace({ path: wsPath(devWs.id) }),
      () => reader.clearWorkspace({ path: wsPath(devWs.id) }),
      () =>
        reader.loadWorkspaceTables({ path: wsPath(devWs.id), body: { tables: [{ source: 'b.customers' }] } }),
      () => reader.resetWorkspaceCredentials({ path: wsPath(devWs.id) }),
      () => reader.dropWorkspaceObject({ path: { ...wsPath(devWs.id), object_name: 'x' } }),
      () => reader.getWorkspace({ path: wsPath(mainWs.id) }),
      () => writer.createWorkspace({ path: { project_id: P }, body: { name: 'x' } }),
      () => writer.createBranchWorkspace({ path: main, body: { name: 'x' } }),
      () => writer.getWorkspace({ path: wsPath(mainWs.id) }),
      () => writer.clearWorkspace({ path: wsPath(mainWs.id) }),
      () => writer.deleteWorkspace({ path: wsPath(mainWs.id) }),
      () => writer.listBranchWorkspaces({ path: main }),
    ];
    for (const call of forbidden) expect((await error(call)).status).toBe(403);
    // A branch_admin key writes its branch's workspaces, also on the project path.
    const own = await writer.createBranchWorkspace({
      path: { project_id: P, branch_id: devBranch },
      body: { name: 'own' },
    });
    const loaded = await writer.loadWorkspaceTables({
      path: wsPath(own.id),
      body: { tables: [{ source: 'b.customers' }] },
    });
    expect(loaded.loaded[0]?.status).toBe('loaded');
    await writer.clearWorkspace({ path: wsPath(own.id) });
    await writer.resetWorkspaceCredentials({ path: wsPath(own.id) });
    // An unknown id is the 404 anyone gets, not a 403.
    expect((await error(() => writer.deleteWorkspace({ path: wsPath('ws_ffffffffffffffff') }))).status).toBe(
      404,
    );
    await writer.deleteWorkspace({ path: wsPath(own.id) });
    // The project key does everything.
    const pk = t.as(projectKey);
    const mine = await pk.createWorkspace({ path: { project_id: P }, body: { name: 'pk' } });
    expect(mine.created_by).toMatch(/^key:/);
    await pk.deleteWorkspace({ path: wsPath(mine.id) });
  });
});

describe('idempotency never replays a password to another caller', () => {
  it('the same caller gets its own answer back; another caller with the same key gets a new workspace', async () => {
    const s = t.server.storage;
    const other = (
      await t.admin.createApiKey({ path: { project_id: P }, body: { description: 'second caller' } })
    ).api_key;
    const post = (
      apiKey: string,
      key: string,
      path = `/projects/${P}/workspaces`,
      body: unknown = { name: 'idem' },
    ) =>
      t.fetch(path, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${apiKey}`,
          'content-type': 'application/json',
          'x-idempotency-key': key,
        },
        body: JSON.stringify(body),
      });
    type Created = { id: string; connection: { password: string } };
    const first = await post(projectKey, 'create-1');
    const firstBody = (await first.json()) as Created;
    const again = await post(projectKey, 'create-1');
    expect(again.headers.get('x-idempotency-replay')).toBe('true');
    expect(((await again.json()) as Created).connection.password).toBe(firstBody.connection.password);
    const stranger = await post(other, 'create-1');
    expect(stranger.status).toBe(201);
    expect(stranger.headers.get('x-idempotency-replay')).toBeNull();
    const strangerBody = (await stranger.json()) as Created;
    expect(strangerBody.id).not.toBe(firstBody.id);
    expect(strangerBody.connection.password).not.toBe(firstBody.connection.password);
    // Reset likewise; and what is kept is sealed, no password in the clear.
    const resetPath = `/projects/${P}/workspaces/${firstBody.id}/credentials/reset`;
    const reset = (await (await post(projectKey, 'reset-1', resetPath, {})).json()) as { password: string };
    const resetAgain = await post(projectKey, 'reset-1', resetPath, {});
    expect(((await resetAgain.json()) as { password: string }).password).toBe(reset.password);
    const resetByOther = await post(other, 'reset-1', resetPath, {});
    expect(resetByOther.headers.get('x-idempotency-replay')).toBeNull();
    expect(((await resetByOther.json()) as { password: string }).password).not.toBe(reset.password);
    const stored = await readRows(
      s.metaConn,
      `SELECT payload FROM ${s.m}.idempotency_keys WHERE payload IS NOT NULL`,
    );
    const blob = Buffer.concat(stored.map((r) => Buffer.from((r.payload as { bytes: Uint8Array }).bytes)));
    for (const secret of [firstBody.connection.password, strangerBody.connection.password, reset.password]) {
      expect(blob.includes(Buffer.from(secret))).toBe(false);
    }
  });
});

describe('metrics', () => {
  it('exports a gauge of workspaces', async () => {
    const text = await (await t.fetch('/metrics')).text();
    const line = text.split('\n').find((l) => l.startsWith('duckstorage_workspaces '));
    expect(Number(line?.split(' ')[1])).toBe(t.server.storage.workspaces.byId.size);
    expect(t.server.storage.workspaces.byId.size).toBeGreaterThan(0);
  });
});
