import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckStorageApiError } from '../generated/sdk-ts/index.js';
import { readRows } from '../src/core/metadata/tx.js';
import { ADMIN_KEY, failure, startTestServer, type TestServer } from './helpers/server.js';

/**
 * Dev branches over the real server and the generated SDK (issue 20): O(1) creation, reads of
 * main's tables until the branch first writes one, copy-on-write of exactly that table, tables
 * of the branch alone, drops as tombstones, pull and merge round trips, merge status and
 * conflicts, scopes of branch keys, and deletes that leave nothing behind.
 */
let t: TestServer;
const P = 'br';
const main = { project_id: P, branch_id: 'default' };
const on = (branch: string, table: string, bucket = 'b') => ({
  project_id: P,
  branch_id: branch,
  bucket_name: bucket,
  table_name: table,
});
const branchFiles = (branch: string) => {
  const dir = join(t.dataDir, 'duckdb', `project_${P}`, '_branches', branch);
  return existsSync(dir)
    ? readdirSync(dir, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.duckdb'))
    : [];
};

async function table(name: string, rows: number) {
  await t.admin.createTable({
    path: { ...main, bucket_name: 'b' },
    body: {
      name,
      columns: [
        { name: 'id', type: 'INTEGER', nullable: false },
        { name: 'v', type: 'VARCHAR' },
      ],
      primary_key: ['id'],
    },
  });
  const csv = ['id,v', ...Array.from({ length: rows }, (_, i) => `${i + 1},v${i + 1}`)].join('\n');
  const file = await t.admin.uploadFileStream({
    path: { project_id: P },
    query: { name: `${name}.csv` },
    body: new TextEncoder().encode(`${csv}\n`),
  });
  await t.admin.importFromFile({ path: on('default', name), body: { file_id: file.id } });
}

const rows = async (branch: string, name: string) =>
  (await t.admin.previewTable({ path: on(branch, name), query: { limit: 10_000 } })).rows;
const branch = async (name: string) =>
  (await t.admin.createBranch({ path: { project_id: P }, body: { name } })).id;

beforeAll(async () => {
  t = await startTestServer();
  await t.admin.createProject({ body: { id: P } });
  await t.admin.createBucket({ path: main, body: { name: 'b' } });
  await table('orders', 100);
  await table('customers', 50);
});
afterAll(async () => {
  await t?.stop();
});

describe('branch management (reference answers)', () => {
  it('creates in O(1), lists with count and total, reads, and deletes', async () => {
    const created = await t.admin.createBranch({
      path: { project_id: P },
      body: { name: 'feature-1', description: 'try things' },
    });
    expect(created.id).toMatch(/^[0-9a-f]{32}$/);
    expect(created).toMatchObject({
      name: 'feature-1',
      description: 'try things',
      table_count: 0,
      size_bytes: 0,
    });
    expect(branchFiles(created.id)).toEqual([]);
    const dup = await failure<DuckStorageApiError>(() =>
      t.admin.createBranch({ path: { project_id: P }, body: { name: 'FEATURE-1' } }),
    );
    expect([dup.status, dup.reason]).toEqual([409, 'branch_name_exists']);
    const bad = await failure<DuckStorageApiError>(() =>
      t.admin.createBranch({ path: { project_id: P }, body: { name: '../x' } }),
    );
    expect(bad.status).toBe(400);
    await branch('feature-2');
    await branch('feature-3');
    const page = await t.admin.listBranches({ path: { project_id: P }, query: { limit: 2 } });
    expect(page.count).toBe(2);
    expect(page.total).toBeGreaterThanOrEqual(3);
    const detail = await t.admin.getBranch({ path: { project_id: P, branch_id: created.id } });
    expect(detail.copied_tables).toEqual([]);
    const unknown = await failure<DuckStorageApiError>(() =>
      t.admin.getBranch({ path: { project_id: P, branch_id: 'default' } }),
    );
    expect([unknown.status, unknown.reason]).toEqual([404, 'branch_not_found']);
    await t.admin.deleteBranch({ path: { project_id: P, branch_id: created.id } });
    const gone = await failure<DuckStorageApiError>(() =>
      t.admin.getBranch({ path: { project_id: P, branch_id: created.id } }),
    );
    expect(gone.status).toBe(404);
    expect(existsSync(join(t.dataDir, 'duckdb', `project_${P}`, '_branches', created.id))).toBe(false);
  });

  it('refuses bucket writes and snapshots on a branch URL with a clear 400', async () => {
    const id = await branch('no-buckets');
    const path = { project_id: P, branch_id: id };
    for (const call of [
      () => t.admin.createBucket({ path, body: { name: 'nb' } }),
      () => t.admin.deleteBucket({ path: { ...path, bucket_name: 'b' } }),
      () => t.admin.createSnapshot({ path, body: { bucket: 'b', table: 'orders' } }),
      () => t.admin.listSnapshots({ path }),
      () => t.admin.getSnapshot({ path: { ...path, snapshot_id: 'x' } }),
      () => t.admin.deleteSnapshot({ path: { ...path, snapshot_id: 'x' } }),
      () => t.admin.previewSnapshot({ path: { ...path, snapshot_id: 'x' } }),
      () => t.admin.restoreSnapshot({ path: { ...path, snapshot_id: 'x' }, body: {} }),
      () => t.admin.getBucketSnapshotSettings({ path: { ...path, bucket_name: 'b' } }),
      () =>
        t.admin.updateBucketSnapshotSettings({
          path: { ...path, bucket_name: 'b' },
          body: { enabled: true },
        }),
      () => t.admin.deleteBucketSnapshotSettings({ path: { ...path, bucket_name: 'b' } }),
      () => t.admin.getTableSnapshotSettings({ path: { ...path, bucket_name: 'b', table_name: 'orders' } }),
      () =>
        t.admin.deleteTableSnapshotSettings({ path: { ...path, bucket_name: 'b', table_name: 'orders' } }),
      () => t.admin.shareBucket({ path: { ...path, bucket_name: 'b' }, body: { target_project_id: 'x' } }),
      () =>
        t.admin.linkBucket({
          path: { ...path, bucket_name: 'l' },
          body: { source_project_id: 'x', source_bucket_name: 'y' },
        }),
    ]) {
      const error = await failure<DuckStorageApiError>(call);
      expect([error.status, error.reason]).toEqual([400, 'operation_not_allowed']);
    }
    // Reads of buckets work: they are the project's.
    expect((await t.admin.listBuckets({ path })).buckets.map((b) => b.name)).toEqual(['b']);
  });
});

describe('copy-on-write', () => {
  it('reads main until the first write, then copies exactly that table, isolated both ways', async () => {
    const id = await branch('cow');
    const before = await rows('default', 'orders');
    expect(await rows(id, 'orders')).toEqual(before);
    expect((await t.admin.getTable({ path: on(id, 'orders') })).source).toBe('main');
    expect(branchFiles(id)).toEqual([]);

    await t.admin.deleteRows({ path: on(id, 'orders'), body: { where_clause: 'id <= 10' } });
    expect(branchFiles(id)).toEqual([join('b', 'orders.duckdb')]);
    const copy = await t.admin.getTable({ path: on(id, 'orders') });
    expect(copy).toMatchObject({ source: 'branch', row_count: 90 });
    expect(await rows('default', 'orders')).toEqual(before);
    // Main's writes after the copy stay on main.
    await t.admin.deleteRows({ path: on('default', 'orders'), body: { where_clause: 'id > 95' } });
    expect((await t.admin.getTable({ path: on('default', 'orders') })).row_count).toBe(95);
    expect((await t.admin.getTable({ path: on(id, 'orders') })).row_count).toBe(90);
    // The untouched table is never copied; the branch lists both.
    expect((await t.admin.getTable({ path: on(id, 'customers') })).source).toBe('main');
    const listed = await t.admin.listTables({ path: { project_id: P, branch_id: id, bucket_name: 'b' } });
    expect(listed.tables.map((x) => [x.name, x.source])).toEqual([
      ['customers', 'main'],
      ['orders', 'branch'],
    ]);
    // Schema changes and loads on the branch use the copy; main's definition is untouched.
    await t.admin.addColumn({ path: on(id, 'orders'), body: { name: 'note', type: 'VARCHAR' } });
    expect((await t.admin.getTable({ path: on(id, 'orders') })).columns.map((c) => c.name)).toContain('note');
    expect(
      (await t.admin.getTable({ path: on('default', 'orders') })).columns.map((c) => c.name),
    ).not.toContain('note');
    const detail = await t.admin.getBranch({ path: { project_id: P, branch_id: id } });
    expect(detail.copied_tables.map((c) => [c.bucket_name, c.table_name, c.source])).toEqual([
      ['b', 'orders', 'branch'],
    ]);
    expect(detail.table_count).toBe(1);
    expect(detail.size_bytes).toBeGreaterThan(0);
    const profile = await t.admin.profileTable({ path: on(id, 'orders'), query: { mode: 'basic' } });
    expect(profile.row_count).toBe(90);
  });

  it('keeps concurrent writes to main and to the branch of the same table apart', async () => {
    await table('busy', 200);
    const id = await branch('busy');
    await Promise.all([
      ...Array.from({ length: 5 }, (_, i) =>
        t.admin.deleteRows({ path: on('default', 'busy'), body: { where_clause: `id = ${i + 1}` } }),
      ),
      ...Array.from({ length: 5 }, (_, i) =>
        t.admin.deleteRows({ path: on(id, 'busy'), body: { where_clause: `id = ${200 - i}` } }),
      ),
    ]);
    const mainIds = (await rows('default', 'busy')).map((r) => Number(r.id));
    const branchIds = (await rows(id, 'busy')).map((r) => Number(r.id));
    expect(mainIds.length).toBe(195);
    expect(mainIds).toContain(200);
    expect(mainIds).not.toContain(1);
    // The branch copied main at its first write: some of main's deletes may precede the copy.
    expect(branchIds).not.toContain(200);
    expect(branchIds).not.toContain(196);
    expect(branchIds.length).toBeLessThanOrEqual(195);
    expect(branchIds.length).toBeGreaterThanOrEqual(190);
  });
});

describe('branch-only tables, drops, pull and merge', () => {
  it('a table of the branch alone lists, reads and merges into main', async () => {
    const id = await branch('only');
    const created = await t.admin.createTable({
      path: { project_id: P, branch_id: id, bucket_name: 'b' },
      body: { name: 'scratch', columns: [{ name: 'a', type: 'INTEGER' }] },
    });
    expect(created.source).toBe('branch_only');
    const csv = await t.admin.uploadFileStream({
      path: { project_id: P },
      query: { name: 'a.csv' },
      body: new TextEncoder().encode('a\n1\n2\n3\n'),
    });
    await t.admin.importFromFile({ path: on(id, 'scratch'), body: { file_id: csv.id } });
    expect(await rows(id, 'scratch')).toEqual([{ a: 1 }, { a: 2 }, { a: 3 }]);
    const absent = await failure<DuckStorageApiError>(() =>
      t.admin.getTable({ path: on('default', 'scratch') }),
    );
    expect(absent.status).toBe(404);
    const status = await t.admin.getBranchMergeStatus({ path: { project_id: P, branch_id: id } });
    expect(status.tables).toEqual([
      expect.objectContaining({
        table_name: 'scratch',
        source: 'branch_only',
        main_changed: false,
        branch_changed: true,
      }),
    ]);
    const merged = await t.admin.mergeTable({ path: on(id, 'scratch'), body: {} });
    expect(merged).toMatchObject({ created_in_main: true, row_count: 3, conflict: false, snapshot_id: null });
    expect(await rows('default', 'scratch')).toEqual([{ a: 1 }, { a: 2 }, { a: 3 }]);
    expect((await t.admin.getTable({ path: on(id, 'scratch') })).source).toBe('main');
    expect(branchFiles(id)).toEqual([]);
  });

  it('a drop on the branch hides main table there only; merging it drops main (snapshotted)', async () => {
    await table('legacy', 10);
    const id = await branch('drop');
    await t.admin.deleteTable({ path: on(id, 'legacy') });
    expect(
      (await failure<DuckStorageApiError>(() => t.admin.getTable({ path: on(id, 'legacy') }))).status,
    ).toBe(404);
    expect((await t.admin.getTable({ path: on('default', 'legacy') })).row_count).toBe(10);
    const listed = await t.admin.listTables({ path: { project_id: P, branch_id: id, bucket_name: 'b' } });
    expect(listed.tables.map((x) => x.name)).not.toContain('legacy');
    const onBranch = await t.admin.getBucket({ path: { project_id: P, branch_id: id, bucket_name: 'b' } });
    const onMain = await t.admin.getBucket({ path: { ...main, bucket_name: 'b' } });
    expect(onBranch.table_count).toBe(onMain.table_count - 1);
    // A new table of that name on the branch replaces the tombstone.
    const [status] = (await t.admin.getBranchMergeStatus({ path: { project_id: P, branch_id: id } })).tables;
    expect(status).toMatchObject({ table_name: 'legacy', branch_deleted: true });
    await t.admin.mergeTable({ path: on(id, 'legacy'), body: {} });
    expect(
      (await failure<DuckStorageApiError>(() => t.admin.getTable({ path: on('default', 'legacy') }))).status,
    ).toBe(404);
    const snaps = await t.admin.listSnapshots({ path: main, query: { table: 'legacy' } });
    expect(snaps.snapshots.map((x) => x.snapshot_type)).toEqual(['auto_predrop']);
  });

  it('pull drops the branch copy (snapshotted first) and reads main again', async () => {
    await table('pulled', 30);
    const id = await branch('pull');
    const untouched = await t.admin.pullTable({ path: on(id, 'pulled') });
    expect(untouched).toMatchObject({ was_local: false });
    expect(untouched.message).toContain('already reading from main');
    await t.admin.deleteRows({ path: on(id, 'pulled'), body: { where_clause: 'id > 20' } });
    const pulled = await t.admin.pullTable({ path: on(id, 'pulled') });
    expect(pulled.was_local).toBe(true);
    expect(pulled.message).toContain('now reads from main');
    expect(await rows(id, 'pulled')).toEqual(await rows('default', 'pulled'));
    expect(branchFiles(id)).toEqual([]);
    // The dropped branch work is a snapshot, restorable as a table of its own.
    const restored = await t.admin.restoreSnapshot({
      path: { ...main, snapshot_id: pulled.snapshot_id ?? '' },
      body: { target_table: 'pulled_branch_work' },
    });
    expect(restored.row_count).toBe(20);
    // Not over main's table: it is the branch's discarded work, not an earlier state of main.
    const over = await failure<DuckStorageApiError>(() =>
      t.admin.restoreSnapshot({ path: { ...main, snapshot_id: pulled.snapshot_id ?? '' }, body: {} }),
    );
    expect([over.status, over.reason]).toEqual([400, 'target_required']);
    const missing = await failure<DuckStorageApiError>(() => t.admin.pullTable({ path: on(id, 'nope') }));
    expect([missing.status, missing.reason]).toEqual([404, 'table_not_found']);
  });

  it('merge replaces main atomically after a snapshot; a change in main since the copy is a conflict', async () => {
    await table('merged', 40);
    const id = await branch('merge');
    await t.admin.deleteRows({ path: on(id, 'merged'), body: { where_clause: 'id > 30' } });
    const branchRows = await rows(id, 'merged');
    const mainBefore = await rows('default', 'merged');
    const clean = await t.admin.getBranchMergeStatus({ path: { project_id: P, branch_id: id } });
    expect(clean.tables).toEqual([
      expect.objectContaining({ table_name: 'merged', main_changed: false, branch_changed: true }),
    ]);
    const merged = await t.admin.mergeTable({ path: on(id, 'merged'), body: {} });
    expect(merged).toMatchObject({ created_in_main: false, row_count: 30, conflict: false });
    expect(await rows('default', 'merged')).toEqual(branchRows);
    const snap = await t.admin.getSnapshot({ path: { ...main, snapshot_id: merged.snapshot_id ?? '' } });
    expect(snap).toMatchObject({ snapshot_type: 'auto_premerge', row_count: mainBefore.length });

    // Conflict: main changes after the branch copied the table.
    await t.admin.deleteRows({ path: on(id, 'merged'), body: { where_clause: 'id > 25' } });
    await t.admin.deleteRows({ path: on('default', 'merged'), body: { where_clause: 'id = 1' } });
    const status = await t.admin.getBranchMergeStatus({ path: { project_id: P, branch_id: id } });
    expect(status.tables[0]).toMatchObject({ main_changed: true, branch_changed: true });
    const refused = await failure<DuckStorageApiError>(() =>
      t.admin.mergeTable({ path: on(id, 'merged'), body: {} }),
    );
    expect([refused.status, refused.reason]).toEqual([409, 'merge_conflict']);
    expect((await t.admin.getTable({ path: on('default', 'merged') })).row_count).toBe(29);
    const forced = await t.admin.mergeTable({ path: on(id, 'merged'), body: { force: true } });
    expect(forced).toMatchObject({ conflict: true, row_count: 25 });
    expect((await t.admin.getTable({ path: on('default', 'merged') })).row_count).toBe(25);
    const nothing = await failure<DuckStorageApiError>(() =>
      t.admin.mergeTable({ path: on(id, 'merged'), body: {} }),
    );
    expect([nothing.status, nothing.reason]).toEqual([400, 'nothing_to_merge']);
  });
});

describe('scopes and deletes', () => {
  it('branch keys act on their branch only; deleting the branch removes them', async () => {
    const id = await branch('keys');
    const admin = (
      await t.admin.createApiKey({
        path: { project_id: P },
        body: { description: 'b', scope: 'branch_admin', branch_id: id },
      })
    ).api_key;
    const reader = (
      await t.admin.createApiKey({
        path: { project_id: P },
        body: { description: 'r', scope: 'branch_read', branch_id: id },
      })
    ).api_key;
    const w = t.as(admin);
    const r = t.as(reader);
    await w.deleteRows({ path: on(id, 'customers'), body: { where_clause: 'id = 1' } });
    expect((await r.getTable({ path: on(id, 'customers') })).row_count).toBe(49);
    for (const call of [
      () => w.deleteRows({ path: on('default', 'customers'), body: { where_clause: 'id = 2' } }),
      () => r.deleteRows({ path: on(id, 'customers'), body: { where_clause: 'id = 2' } }),
      () => r.getTable({ path: on('default', 'customers') }),
      () => w.createBranch({ path: { project_id: P }, body: { name: 'by-branch-key' } }),
      () => r.createBucket({ path: main, body: { name: 'nope' } }),
      () => r.createApiKey({ path: { project_id: P }, body: { description: 'x' } }),
    ]) {
      expect((await failure<DuckStorageApiError>(call)).status).toBe(403);
    }
    expect((await t.admin.getTable({ path: on('default', 'customers') })).row_count).toBe(50);
    await t.admin.deleteBranch({ path: { project_id: P, branch_id: id } });
    expect((await failure<DuckStorageApiError>(() => r.getTable({ path: on(id, 'customers') }))).status).toBe(
      401,
    );
  });

  it('deleting a project with branches, branch tables and branch keys removes all of it', async () => {
    const owner = (await t.admin.createProject({ body: { id: 'br-gone' } })).api_key;
    const c = t.as(owner);
    const ref = { project_id: 'br-gone', branch_id: 'default' };
    await c.createBucket({ path: ref, body: { name: 'x' } });
    await c.createTable({
      path: { ...ref, bucket_name: 'x' },
      body: { name: 't', columns: [{ name: 'a', type: 'INTEGER' }] },
    });
    const id = (await c.createBranch({ path: { project_id: 'br-gone' }, body: { name: 'dev' } })).id;
    await c.addColumn({
      path: { project_id: 'br-gone', branch_id: id, bucket_name: 'x', table_name: 't' },
      body: { name: 'b', type: 'INTEGER' },
    });
    const key = (
      await c.createApiKey({
        path: { project_id: 'br-gone' },
        body: { description: 'k', scope: 'branch_read', branch_id: id },
      })
    ).api_key;
    await t.admin.deleteProject({ path: { project_id: 'br-gone' } });
    expect(existsSync(join(t.dataDir, 'duckdb', 'project_br-gone'))).toBe(false);
    expect((await failure<DuckStorageApiError>(() => t.as(key).listBuckets({ path: ref }))).status).toBe(401);
    await t.admin.createProject({ body: { id: 'br-gone' } });
    expect((await t.admin.listBranches({ path: { project_id: 'br-gone' } })).total).toBe(0);
  });

  it('a bucket cascade delete removes branch copies, own tables and tombstones, rows and files', async () => {
    await t.admin.createBucket({ path: main, body: { name: 'gone' } });
    await t.admin.createTable({
      path: { ...main, bucket_name: 'gone' },
      body: { name: 'm', columns: [{ name: 'a', type: 'INTEGER' }] },
    });
    await t.admin.createTable({
      path: { ...main, bucket_name: 'gone' },
      body: { name: 'n', columns: [{ name: 'a', type: 'INTEGER' }] },
    });
    const id = await branch('bucket-gone');
    await t.admin.addColumn({ path: on(id, 'm', 'gone'), body: { name: 'b', type: 'INTEGER' } });
    await t.admin.deleteTable({ path: on(id, 'n', 'gone') });
    await t.admin.createTable({
      path: { project_id: P, branch_id: id, bucket_name: 'gone' },
      body: { name: 'own', columns: [{ name: 'a', type: 'INTEGER' }] },
    });
    expect(branchFiles(id).sort()).toEqual([join('gone', 'm.duckdb'), join('gone', 'own.duckdb')]);
    // Not empty: it has tables on main and on the branch.
    const refused = await failure<DuckStorageApiError>(() =>
      t.admin.deleteBucket({ path: { ...main, bucket_name: 'gone' }, query: { cascade: false } }),
    );
    expect([refused.status, refused.reason]).toEqual([409, 'bucket_not_empty']);
    await t.admin.deleteBucket({ path: { ...main, bucket_name: 'gone' }, query: { cascade: true } });
    expect(branchFiles(id)).toEqual([]);
    expect((await t.admin.getBranch({ path: { project_id: P, branch_id: id } })).copied_tables).toEqual([]);
    const left = await t.server.storage.pool.use((conn) =>
      readRows(
        conn,
        `SELECT count(*) AS n FROM ${t.server.storage.m}.tables WHERE project_id = $1 AND bucket_key = 'gone'`,
        [P],
      ),
    );
    expect(Number(left[0]?.n)).toBe(0);
    // Deleting the branch then leaves no row of it either.
    await t.admin.deleteBranch({ path: { project_id: P, branch_id: id } });
    const rowsLeft = await t.server.storage.pool.use((conn) =>
      readRows(conn, `SELECT count(*) AS n FROM ${t.server.storage.m}.tables WHERE branch_id = $1`, [id]),
    );
    expect(Number(rowsLeft[0]?.n)).toBe(0);
  });

  it('accepts an optional JSON body left out (mergeTable, exportToFile)', async () => {
    await table('nobody', 5);
    const id = await branch('no-body');
    await t.admin.deleteRows({ path: on(id, 'nobody'), body: { where_clause: 'id = 1' } });
    const auth = { authorization: `Bearer ${ADMIN_KEY}` };
    const merged = await t.fetch(`/projects/${P}/branches/${id}/tables/b/nobody/merge`, {
      method: 'POST',
      headers: auth,
    });
    expect(merged.status).toBe(200);
    expect((await t.admin.getTable({ path: on('default', 'nobody') })).row_count).toBe(4);
    const exported = await t.fetch(`/projects/${P}/branches/default/buckets/b/tables/nobody/export`, {
      method: 'POST',
      headers: auth,
    });
    expect(exported.status).toBe(200);
  });

  it('reports branches and copies in /metrics', async () => {
    const metrics = await (await t.fetch('/metrics')).text();
    expect(metrics).toMatch(/duckstorage_branches [1-9]/);
    expect(metrics).toMatch(/duckstorage_branch_table_operations_total\{action="copy"\} [1-9]/);
    expect(metrics).toMatch(/duckstorage_branch_table_operations_total\{action="merge"\} [1-9]/);
    expect(metrics).toMatch(/duckstorage_branch_table_operations_total\{action="pull"\} [1-9]/);
  });
});
