import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckStorageApiError } from '../generated/sdk-ts/index.js';
import { sweepSnapshots } from '../src/core/snapshots/snapshot-sweep.js';
import { PRODUCT_COLUMNS, PRODUCTS_CSV } from './helpers/products.js';
import { failure, startTestServer, type TestServer } from './helpers/server.js';

/**
 * Snapshots over the real server and the generated SDK (issue 14): manual snapshots, every
 * destructive operation and its automatic snapshot, restore with the exact rows and definition,
 * the reference's pinned answers (note 05 section 10), scopes, fail-closed, retention, metrics.
 */
let t: TestServer;
const P = 'snap';
const B = 'b';
const main = { project_id: P, branch_id: 'default' };
const bucketPath = { ...main, bucket_name: B };
const tablePath = (table: string) => ({ ...bucketPath, table_name: table });
let productsFile = '';

async function loadProducts(name: string, bucket = B): Promise<void> {
  await t.admin.createTable({
    path: { ...main, bucket_name: bucket },
    body: {
      name,
      columns: PRODUCT_COLUMNS.map(([n, type]) => ({ name: n, type })),
      primary_key: ['product_id'],
    },
  });
  await t.admin.importFromFile({
    path: { ...main, bucket_name: bucket, table_name: name },
    body: { file_id: productsFile },
  });
}

async function rowsOf(table: string) {
  return (await t.admin.previewTable({ path: tablePath(table), query: { limit: 10_000 } })).rows;
}

async function snapshotsOf(table: string, type?: string) {
  return (
    await t.admin.listSnapshots({ path: main, query: { table, ...(type === undefined ? {} : { type }) } })
  ).snapshots;
}

const snapshot = (table: string, description?: string) =>
  t.admin.createSnapshot({ path: main, body: { bucket: B, table, ...(description ? { description } : {}) } });

const restore = (id: string, body: { target_bucket?: string; target_table?: string } = {}) =>
  t.admin.restoreSnapshot({ path: { ...main, snapshot_id: id }, body });

const tableSettings = (
  table: string,
  body: Parameters<TestServer['admin']['updateTableSnapshotSettings']>[0]['body'],
) => t.admin.updateTableSnapshotSettings({ path: tablePath(table), body });

beforeAll(async () => {
  t = await startTestServer();
  await t.admin.createProject({ body: { id: P } });
  await t.admin.createBucket({ path: main, body: { name: B } });
  const file = await t.admin.uploadFileStream({
    path: { project_id: P },
    query: { name: 'products_10k.csv' },
    body: new Uint8Array(readFileSync(PRODUCTS_CSV)),
  });
  productsFile = file.id;
});
afterAll(async () => {
  await t?.stop();
});

describe('manual snapshots (reference answers)', () => {
  it('creates, lists with filters and paging, reads, and deletes', async () => {
    expect(await t.admin.listSnapshots({ path: main })).toEqual({ snapshots: [], total: 0 });
    await loadProducts('orders');
    const created = await snapshot('orders', 'before the migration');
    expect(created.id).toMatch(/^snap_orders_\d{8}_\d{6}_[0-9a-f]{12}$/);
    expect(created).toMatchObject({
      project_id: P,
      bucket_name: B,
      table_name: 'orders',
      snapshot_type: 'manual',
      row_count: 10_000,
      created_by: 'admin',
      description: 'before the migration',
    });
    expect(created.size_bytes).toBeGreaterThan(0);
    const days = (Date.parse(created.expires_at ?? '') - Date.parse(created.created_at)) / 86_400_000;
    expect(Math.round(days)).toBe(90);

    const detail = await t.admin.getSnapshot({ path: { ...main, snapshot_id: created.id } });
    expect(detail.schema_columns.map((c) => c.name)).toEqual(PRODUCT_COLUMNS.map(([n]) => n));
    expect(detail.schema_columns[5]).toMatchObject({ name: 'price', type: 'DECIMAL(10,2)', nullable: true });
    expect(detail.primary_key).toEqual(['product_id']);
    // No server path anywhere in the answer (note 05 pitfall 14).
    expect(JSON.stringify(detail)).not.toContain(t.dataDir);

    for (let i = 0; i < 4; i++) await snapshot('orders');
    const page = await t.admin.listSnapshots({ path: main, query: { limit: 2 } });
    expect(page.snapshots).toHaveLength(2);
    expect(page.total).toBe(5);
    const second = await t.admin.listSnapshots({ path: main, query: { limit: 2, offset: 4 } });
    expect(second.snapshots).toHaveLength(1);
    expect(second.snapshots[0]?.id).toBe(created.id); // newest first
    expect((await t.admin.listSnapshots({ path: main, query: { bucket: 'nope' } })).total).toBe(0);
    expect(
      (await t.admin.listSnapshots({ path: main, query: { type: 'manual', table: 'orders' } })).total,
    ).toBe(5);

    await t.admin.deleteSnapshot({ path: { ...main, snapshot_id: created.id } });
    const gone = await failure<DuckStorageApiError>(() =>
      t.admin.getSnapshot({ path: { ...main, snapshot_id: created.id } }),
    );
    expect([gone.status, gone.reason]).toEqual([404, 'snapshot_not_found']);
    expect(existsSync(join(t.dataDir, 'snapshots', `project_${P}`, created.id))).toBe(false);
    const again = await failure<DuckStorageApiError>(() =>
      t.admin.deleteSnapshot({ path: { ...main, snapshot_id: created.id } }),
    );
    expect(again.status).toBe(404);
  });

  it('answers 404, 400 and 422 as the contract says', async () => {
    const missing = await failure<DuckStorageApiError>(() => snapshot('no_such_table'));
    expect([missing.status, missing.reason]).toEqual([404, 'table_not_found']);
    const noBucket = await failure<DuckStorageApiError>(() =>
      t.admin.createSnapshot({ path: main, body: { bucket: 'nope', table: 'orders' } }),
    );
    expect([noBucket.status, noBucket.reason]).toEqual([404, 'bucket_not_found']);
    const branch = await failure<DuckStorageApiError>(() =>
      t.admin.listSnapshots({ path: { project_id: P, branch_id: 'feature-x' } }),
    );
    expect([branch.status, branch.reason]).toEqual([404, 'branch_not_found']);
    const unknown = await failure<DuckStorageApiError>(() =>
      t.admin.getSnapshot({ path: { ...main, snapshot_id: '../../etc/passwd' } }),
    );
    expect(unknown.status).toBe(404);
    const noBody = await t.fetch(`/projects/${P}/branches/default/snapshots/x/restore`, {
      method: 'POST',
      headers: { authorization: `Bearer ${'test-admin-key-0123456789abcdef'}` },
    });
    expect(noBody.status).toBe(422);

    await tableSettings('orders', { enabled: false });
    const disabled = await failure<DuckStorageApiError>(() => snapshot('orders'));
    expect([disabled.status, disabled.reason]).toEqual([400, 'snapshots_disabled']);
    await t.admin.deleteTableSnapshotSettings({ path: tablePath('orders') });
    expect((await snapshot('orders')).row_count).toBe(10_000);
  });
});

describe('destructive operations and restore', () => {
  it('drop table: auto snapshot by default, restore brings back every row and the stats', async () => {
    await loadProducts('dropped');
    const before = await rowsOf('dropped');
    const stats = await t.admin.getProjectStats({ path: { project_id: P } });
    await t.admin.deleteTable({ path: tablePath('dropped') });
    const [auto, ...more] = await snapshotsOf('dropped');
    expect(more).toEqual([]);
    expect(auto).toMatchObject({ snapshot_type: 'auto_predrop', row_count: 10_000 });
    expect(auto?.description).toBe(`Auto-backup before DROP TABLE ${B}.dropped`);
    const days = (Date.parse(auto?.expires_at ?? '') - Date.parse(auto?.created_at ?? '')) / 86_400_000;
    expect(Math.round(days)).toBe(7);

    const restored = await restore(auto?.id ?? '');
    expect(restored).toMatchObject({ restored_to: { bucket: B, table: 'dropped' }, row_count: 10_000 });
    expect(restored.safety_snapshot_id ?? null).toBeNull();
    expect(await rowsOf('dropped')).toEqual(before);
    const table = await t.admin.getTable({ path: tablePath('dropped') });
    expect(table.primary_key).toEqual(['product_id']);
    expect(table.row_count).toBe(10_000);
    expect((await t.admin.getProjectStats({ path: { project_id: P } })).table_count).toBe(stats.table_count);
  });

  it('delete rows: all rows (by count, whatever the predicate) snapshot only when configured', async () => {
    await loadProducts('rows');
    const before = await rowsOf('rows');
    // Defaults: delete_all_rows and truncate_table are off.
    await t.admin.deleteRows({ path: tablePath('rows'), body: { where_clause: 'product_id > 9990' } });
    await t.admin.deleteRows({ path: tablePath('rows'), body: { where_clause: 'product_id IS NOT NULL' } });
    expect(await snapshotsOf('rows')).toEqual([]);

    await t.admin.importFromFile({ path: tablePath('rows'), body: { file_id: productsFile } });
    await tableSettings('rows', { auto_snapshot_triggers: { delete_all_rows: true } });
    await t.admin.deleteRows({ path: tablePath('rows'), body: { where_clause: 'product_id < 100' } });
    expect(await snapshotsOf('rows')).toEqual([]); // a subset is not "all rows"
    const left = await rowsOf('rows');
    await t.admin.deleteRows({ path: tablePath('rows'), body: { where_clause: '1 = 1' } });
    const [auto] = await snapshotsOf('rows');
    expect(auto).toMatchObject({ snapshot_type: 'auto_pretruncate', row_count: left.length });
    expect((await t.admin.getTable({ path: tablePath('rows') })).row_count).toBe(0);

    // Restoring into an empty table takes no safety snapshot; the rows come back exactly.
    const restored = await restore(auto?.id ?? '');
    expect(restored.safety_snapshot_id ?? null).toBeNull();
    expect(await rowsOf('rows')).toEqual(left);
    expect(before.length).toBe(10_000);
  });

  it('drop column: configured at bucket level; restore brings the column back', async () => {
    await t.admin.createBucket({ path: main, body: { name: 'cols' } });
    await loadProducts('wide', 'cols');
    await t.admin.updateBucketSnapshotSettings({
      path: { ...main, bucket_name: 'cols' },
      body: { auto_snapshot_triggers: { drop_column: true } },
    });
    const wide = { ...main, bucket_name: 'cols', table_name: 'wide' };
    await t.admin.dropColumn({ path: { ...wide, column_name: 'brand' } });
    const [auto] = (await t.admin.listSnapshots({ path: main, query: { bucket: 'cols' } })).snapshots;
    expect(auto).toMatchObject({ snapshot_type: 'auto_predrop_column', table_name: 'wide' });
    expect(auto?.description).toBe('Auto-backup before DROP COLUMN cols.wide.brand');
    // A refused drop (primary key column) snapshots nothing.
    await failure(() => t.admin.dropColumn({ path: { ...wide, column_name: 'product_id' } }));
    expect((await t.admin.listSnapshots({ path: main, query: { bucket: 'cols' } })).total).toBe(1);

    const restored = await restore(auto?.id ?? '');
    expect(restored.safety_snapshot_id).toMatch(/^snap_wide_/); // the table had rows: kept first
    const table = await t.admin.getTable({ path: wide });
    expect(table.columns.map((c) => c.name)).toContain('brand');
    const safety = await t.admin.getSnapshot({
      path: { ...main, snapshot_id: restored.safety_snapshot_id ?? '' },
    });
    expect(safety.snapshot_type).toBe('auto_prerestore');
    expect(safety.schema_columns.map((c) => c.name)).not.toContain('brand');
  });

  it('full load: configured at project level (truncate_table); restore gives the old rows', async () => {
    await loadProducts('loaded');
    const before = await rowsOf('loaded');
    await t.admin.updateProjectSnapshotSettings({
      path: { project_id: P },
      body: { auto_snapshot_triggers: { truncate_table: true } },
    });
    try {
      const small = await t.admin.uploadFileStream({
        path: { project_id: P },
        query: { name: 'one.csv' },
        body: new TextEncoder().encode(
          `${PRODUCT_COLUMNS.map(([n]) => n).join(',')}\n1,S,N,B,C,1.00,1.00,1,1.0,1,a,w,1.00,true,2024-01-01 00:00:00,2024-01-01 00:00:00\n`,
        ),
      });
      await t.admin.importFromFile({
        path: tablePath('loaded'),
        body: { file_id: small.id, import_options: { incremental: false } },
      });
      expect((await t.admin.getTable({ path: tablePath('loaded') })).row_count).toBe(1);
      // Incremental loads destroy nothing: no snapshot.
      await t.admin.importFromFile({
        path: tablePath('loaded'),
        body: { file_id: small.id, import_options: { incremental: true } },
      });
      const [auto, ...more] = await snapshotsOf('loaded');
      expect(more).toEqual([]);
      expect(auto).toMatchObject({ snapshot_type: 'auto_preload', row_count: 10_000 });
      await restore(auto?.id ?? '');
      expect(await rowsOf('loaded')).toEqual(before);
    } finally {
      await t.admin.deleteProjectSnapshotSettings({ path: { project_id: P } });
    }
  });

  it('bucket cascade delete: snapshots every table when configured, restorable into a new bucket', async () => {
    await t.admin.createBucket({ path: main, body: { name: 'doomed' } });
    await loadProducts('one', 'doomed');
    await loadProducts('two', 'doomed');
    await t.admin.updateBucketSnapshotSettings({
      path: { ...main, bucket_name: 'doomed' },
      body: { auto_snapshot_triggers: { delete_bucket: true } },
    });
    await t.admin.deleteBucket({ path: { ...main, bucket_name: 'doomed' }, query: { cascade: true } });
    const autos = (await t.admin.listSnapshots({ path: main, query: { bucket: 'doomed' } })).snapshots;
    expect(autos.map((s) => [s.table_name, s.snapshot_type]).sort()).toEqual([
      ['one', 'auto_predelete_bucket'],
      ['two', 'auto_predelete_bucket'],
    ]);
    // The bucket is gone: restoring to its name is 404 until it exists again.
    const noBucket = await failure<DuckStorageApiError>(() => restore(autos[0]?.id ?? ''));
    expect([noBucket.status, noBucket.reason]).toEqual([404, 'bucket_not_found']);
    const into = await restore(autos[0]?.id ?? '', {
      target_bucket: B,
      target_table: `from_${autos[0]?.table_name}`,
    });
    expect(into.row_count).toBe(10_000);
    // Its settings went with it: a new bucket of the same name inherits again.
    await t.admin.createBucket({ path: main, body: { name: 'doomed' } });
    const fresh = await t.admin.getBucketSnapshotSettings({ path: { ...main, bucket_name: 'doomed' } });
    expect(fresh.local_config).toBeNull();
    expect(fresh.effective_config.auto_snapshot_triggers.delete_bucket).toBe(false);
  });

  it('restore: to a new name, 409 on another existing table, over the original with a safety snapshot', async () => {
    await loadProducts('live');
    const before = await rowsOf('live');
    const snap = await snapshot('live');
    const copy = await restore(snap.id, { target_table: 'live_copy' });
    expect(copy).toMatchObject({ restored_to: { bucket: B, table: 'live_copy' }, row_count: 10_000 });
    expect(await rowsOf('live_copy')).toEqual(before);
    const taken = await failure<DuckStorageApiError>(() => restore(snap.id, { target_table: 'live_copy' }));
    expect([taken.status, taken.reason]).toEqual([409, 'table_exists']);
    const badName = await failure<DuckStorageApiError>(() => restore(snap.id, { target_table: '../x' }));
    expect(badName.status).toBe(400);

    await t.admin.deleteRows({ path: tablePath('live'), body: { where_clause: 'product_id <= 5000' } });
    const changed = await rowsOf('live');
    const over = await restore(snap.id);
    expect(over.row_count).toBe(10_000);
    expect(await rowsOf('live')).toEqual(before);
    const safety = await t.admin.getSnapshot({
      path: { ...main, snapshot_id: over.safety_snapshot_id ?? '' },
    });
    expect(safety).toMatchObject({ snapshot_type: 'auto_prerestore', row_count: changed.length });
    // ...which itself restores the state the restore replaced.
    await restore(safety.id);
    expect(await rowsOf('live')).toEqual(changed);

    const preview = await t.admin.previewSnapshot({
      path: { ...main, snapshot_id: snap.id },
      query: { limit: 3 },
    });
    expect(preview.total_row_count).toBe(10_000);
    expect(preview.rows).toHaveLength(3);
    expect(preview.columns.map((c) => c.name)).toEqual(PRODUCT_COLUMNS.map(([n]) => n));
  });

  it('keeps the full definition: NOT NULL, defaults, a quoted reserved-word key column, types', async () => {
    await t.admin.createTable({
      path: bucketPath,
      body: {
        name: 'defs',
        columns: [
          { name: 'select', type: 'INTEGER', nullable: false },
          { name: 'label', type: 'VARCHAR', nullable: false, default: "'none'" },
          { name: 'amount', type: 'DECIMAL(18,4)', default: '0' },
          { name: 'at', type: 'TIMESTAMP' },
          { name: 'tags', type: 'VARCHAR' },
        ],
        primary_key: ['select'],
      },
    });
    const csv =
      'select,label,amount,at,tags\n1,a,1.5,2024-02-29 23:59:59.123456,x\n2,"with ""q""",,,\n3,Ünï 🦆,-0.0001,,\n';
    const file = await t.admin.uploadFileStream({
      path: { project_id: P },
      query: { name: 'defs.csv' },
      body: new TextEncoder().encode(csv),
    });
    await t.admin.importFromFile({ path: tablePath('defs'), body: { file_id: file.id } });
    const before = await rowsOf('defs');
    const original = await t.admin.getTable({ path: tablePath('defs') });
    const snap = await snapshot('defs');
    const detail = await t.admin.getSnapshot({ path: { ...main, snapshot_id: snap.id } });
    expect(detail.primary_key).toEqual(['select']);
    expect(detail.schema_columns.find((c) => c.name === 'label')).toMatchObject({ nullable: false });
    expect(detail.schema_columns.find((c) => c.name === 'label')?.default).toContain('none');

    await t.admin.deleteTable({ path: tablePath('defs') });
    await restore(snap.id);
    const back = await t.admin.getTable({ path: tablePath('defs') });
    expect(back.columns).toEqual(original.columns);
    expect(back.primary_key).toEqual(['select']);
    expect(await rowsOf('defs')).toEqual(before);
    const again = await t.admin.getSnapshot({ path: { ...main, snapshot_id: (await snapshot('defs')).id } });
    expect(again.schema_columns).toEqual(detail.schema_columns);
    // The key and NOT NULL hold: a duplicate key or a missing label is refused after restore.
    const dup = await t.admin.uploadFileStream({
      path: { project_id: P },
      query: { name: 'dup.csv' },
      body: new TextEncoder().encode('select,label\n1,again\n'),
    });
    await expect(
      t.admin.importFromFile({
        path: tablePath('defs'),
        body: { file_id: dup.id, import_options: { incremental: true, dedup_mode: 'fail_on_duplicates' } },
      }),
    ).rejects.toMatchObject({ status: 409 });
  });
});

describe('scopes and failures', () => {
  it('read-only keys list and read; only write-capable keys create, delete, restore', async () => {
    const reader = (
      await t.admin.createApiKey({
        path: { project_id: P },
        body: { description: 'ro', scope: 'branch_read', branch_id: 'default' },
      })
    ).api_key;
    const ro = t.as(reader);
    const [any] = (await ro.listSnapshots({ path: main })).snapshots;
    expect(any).toBeDefined();
    await ro.getSnapshot({ path: { ...main, snapshot_id: any?.id ?? '' } });
    await ro.getTableSnapshotSettings({ path: tablePath('orders') });
    for (const call of [
      () => ro.createSnapshot({ path: main, body: { bucket: B, table: 'orders' } }),
      () => ro.deleteSnapshot({ path: { ...main, snapshot_id: any?.id ?? '' } }),
      () =>
        ro.restoreSnapshot({ path: { ...main, snapshot_id: any?.id ?? '' }, body: { target_table: 'x' } }),
      () => ro.updateTableSnapshotSettings({ path: tablePath('orders'), body: { enabled: false } }),
      () => ro.updateProjectSnapshotSettings({ path: { project_id: P }, body: { enabled: false } }),
    ]) {
      expect((await failure<DuckStorageApiError>(call)).status).toBe(403);
    }
    // Another project's key sees nothing of this one.
    const other = (await t.admin.createProject({ body: { id: 'snap-other' } })).api_key;
    const denied = await failure<DuckStorageApiError>(() => t.as(other).listSnapshots({ path: main }));
    expect(denied.status).toBe(403);
    const own = await t.as(other).listSnapshots({ path: { project_id: 'snap-other', branch_id: 'default' } });
    expect(own.total).toBe(0);
    const cross = await failure<DuckStorageApiError>(() =>
      t.as(other).getSnapshot({
        path: { project_id: 'snap-other', branch_id: 'default', snapshot_id: any?.id ?? '' },
      }),
    );
    expect(cross.status).toBe(404);
  });

  it('a failing automatic snapshot stops the drop (fail closed) unless fail_on_error is off', async () => {
    await loadProducts('guarded');
    // A file where the staging directory must be: mkdir fails even for root.
    const staging = join(t.dataDir, 'snapshots', '_staging');
    rmSync(staging, { recursive: true, force: true });
    writeFileSync(staging, 'not a directory');
    try {
      const refused = await failure<DuckStorageApiError>(() =>
        t.admin.deleteTable({ path: tablePath('guarded') }),
      );
      expect([refused.status, refused.reason]).toEqual([503, 'auto_snapshot_failed']);
      expect((await t.admin.getTable({ path: tablePath('guarded') })).row_count).toBe(10_000);
      expect((await rowsOf('guarded')).length).toBe(10_000);

      await tableSettings('guarded', { fail_on_error: false });
      await t.admin.deleteTable({ path: tablePath('guarded') });
      expect(await snapshotsOf('guarded')).toEqual([]);
    } finally {
      rmSync(staging, { force: true });
    }
  });
});

describe('retention', () => {
  it('the sweep removes expired snapshots, files then rows; they are no longer listed or restorable', async () => {
    await loadProducts('aging');
    await tableSettings('aging', { retention: { manual_days: 1 } });
    const short = await snapshot('aging');
    await t.admin.deleteTableSnapshotSettings({ path: tablePath('aging') });
    const long = await snapshot('aging');
    expect(Math.round((Date.parse(short.expires_at ?? '') - Date.parse(short.created_at)) / 86_400_000)).toBe(
      1,
    );
    const dir = join(t.dataDir, 'snapshots', `project_${P}`);
    expect(readdirSync(dir)).toContain(short.id);

    const report = await sweepSnapshots(t.server.storage, { now: new Date(Date.now() + 2 * 86_400_000) });
    expect(report.expired).toBe(1);
    expect(readdirSync(dir)).not.toContain(short.id);
    expect(readdirSync(dir)).toContain(long.id);
    const ids = (await snapshotsOf('aging')).map((s) => s.id);
    expect(ids).toEqual([long.id]);
    const gone = await failure<DuckStorageApiError>(() => restore(short.id, { target_table: 'aged' }));
    expect([gone.status, gone.reason]).toEqual([404, 'snapshot_not_found']);
    // Idempotent: a second run finds nothing.
    expect(
      (await sweepSnapshots(t.server.storage, { now: new Date(Date.now() + 2 * 86_400_000) })).expired,
    ).toBe(0);

    const metrics = await (await t.fetch('/metrics')).text();
    expect(metrics).toMatch(/duckstorage_snapshots_expired_total [1-9]/);
    expect(metrics).toMatch(/duckstorage_snapshots_created_total\{type="manual"\} [1-9]/);
    expect(metrics).toMatch(/duckstorage_snapshots_created_total\{type="auto_predrop"\} [1-9]/);
    expect(metrics).toMatch(/duckstorage_snapshot_restore_duration_seconds_count [1-9]/);
    expect(metrics).toMatch(/duckstorage_snapshots\{type="manual"\} [1-9]/);
    expect(metrics).toMatch(/duckstorage_snapshot_bytes\{type="manual"\} [1-9]/);
  });

  it('deleting the project removes its snapshots, files and settings', async () => {
    const owner = (await t.admin.createProject({ body: { id: 'snap-gone' } })).api_key;
    const c = t.as(owner);
    const ref = { project_id: 'snap-gone', branch_id: 'default' };
    await c.createBucket({ path: ref, body: { name: 'x' } });
    await c.createTable({
      path: { ...ref, bucket_name: 'x' },
      body: { name: 't', columns: [{ name: 'a', type: 'INTEGER' }] },
    });
    await c.createSnapshot({ path: ref, body: { bucket: 'x', table: 't' } });
    await c.updateProjectSnapshotSettings({ path: { project_id: 'snap-gone' }, body: { enabled: false } });
    const dir = join(t.dataDir, 'snapshots', 'project_snap-gone');
    expect(readdirSync(dir)).toHaveLength(1);
    await t.admin.deleteProject({ path: { project_id: 'snap-gone' } });
    expect(existsSync(dir)).toBe(false);
    // Re-created under the same id, it starts clean.
    await t.admin.createProject({ body: { id: 'snap-gone' } });
    expect((await t.admin.listSnapshots({ path: ref })).total).toBe(0);
    expect(
      (await t.admin.getProjectSnapshotSettings({ path: { project_id: 'snap-gone' } })).local_config,
    ).toBeNull();
  });
});
