import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckStorageApiError } from '../generated/sdk-ts/index.js';
import { readRows } from '../src/core/metadata/tx.js';
import { ADMIN_KEY, failure, startTestServer, type TestServer } from './helpers/server.js';

/**
 * Snapshot settings over the real server (note 05 section 7): inheritance project -> bucket ->
 * table with the source of every key, merge-patch PUT, 422 on unknown fields (the reference's
 * "inheritance bug"), 400 on out-of-range retention, resets, and no orphan settings.
 */
let t: TestServer;
const P = 'sset';
const main = { project_id: P, branch_id: 'default' };
const bucket = { ...main, bucket_name: 'b' };
const table = { ...bucket, table_name: 't' };

const SYSTEM = {
  auto_snapshot_triggers: {
    drop_table: true,
    truncate_table: false,
    delete_all_rows: false,
    drop_column: false,
    restore_overwrite: true,
    delete_bucket: false,
  },
  retention: { manual_days: 90, auto_days: 7 },
  enabled: true,
  fail_on_error: true,
};

async function createTable(name = 't') {
  await t.admin.createTable({ path: bucket, body: { name, columns: [{ name: 'a', type: 'INTEGER' }] } });
}

/** The raw PUT, so that bodies outside the SDK's types reach the server. */
async function put(path: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await t.fetch(path, {
    method: 'PUT',
    headers: { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  t = await startTestServer();
  await t.admin.createProject({ body: { id: P } });
  await t.admin.createBucket({ path: main, body: { name: 'b' } });
  await createTable();
});
afterAll(async () => {
  await t?.stop();
});

describe('snapshot settings', () => {
  it('starts from the system defaults at every level', async () => {
    for (const got of [
      await t.admin.getProjectSnapshotSettings({ path: { project_id: P } }),
      await t.admin.getBucketSnapshotSettings({ path: bucket }),
      await t.admin.getTableSnapshotSettings({ path: table }),
    ]) {
      expect(got.effective_config).toEqual(SYSTEM);
      expect(got.local_config).toBeNull();
      expect(Object.values(got.inheritance).every((v) => v === 'system')).toBe(true);
      expect(Object.keys(got.inheritance)).toContain('auto_snapshot_triggers.drop_table');
      expect(Object.keys(got.inheritance)).toContain('retention.manual_days');
    }
  });

  it('inherits project -> bucket -> table and names the source of every key', async () => {
    await t.admin.updateProjectSnapshotSettings({
      path: { project_id: P },
      body: { auto_snapshot_triggers: { truncate_table: true }, retention: { auto_days: 3 } },
    });
    await t.admin.updateBucketSnapshotSettings({
      path: bucket,
      body: { retention: { auto_days: 5, manual_days: 30 } },
    });
    const got = await t.admin.updateTableSnapshotSettings({
      path: table,
      body: { retention: { manual_days: 10 } },
    });
    expect(got.effective_config.auto_snapshot_triggers.truncate_table).toBe(true);
    expect(got.effective_config.retention).toEqual({ manual_days: 10, auto_days: 5 });
    expect(got.inheritance).toMatchObject({
      'auto_snapshot_triggers.truncate_table': 'project',
      'auto_snapshot_triggers.drop_table': 'system',
      'retention.auto_days': 'bucket',
      'retention.manual_days': 'table',
      enabled: 'system',
    });
    expect(got.local_config).toEqual({ retention: { manual_days: 10 } });
    // The effective config is what snapshots use: a manual snapshot of this table lives 10 days.
    const snap = await t.admin.createSnapshot({ path: main, body: { bucket: 'b', table: 't' } });
    expect(Math.round((Date.parse(snap.expires_at ?? '') - Date.parse(snap.created_at)) / 86_400_000)).toBe(
      10,
    );

    for (const reset of [
      () => t.admin.deleteTableSnapshotSettings({ path: table }),
      () => t.admin.deleteBucketSnapshotSettings({ path: bucket }),
      () => t.admin.deleteProjectSnapshotSettings({ path: { project_id: P } }),
    ]) {
      await reset();
    }
    expect((await t.admin.getTableSnapshotSettings({ path: table })).effective_config).toEqual(SYSTEM);
    // DELETE of a level with nothing stored is still 204.
    await t.admin.deleteTableSnapshotSettings({ path: table });
  });

  it('PUT is a merge patch: present keys replace, null unsets, omitted keys stay', async () => {
    await t.admin.updateTableSnapshotSettings({ path: table, body: { enabled: false } });
    const merged = await t.admin.updateTableSnapshotSettings({
      path: table,
      body: { retention: { auto_days: 3 } },
    });
    expect(merged.local_config).toEqual({ enabled: false, retention: { auto_days: 3 } });
    expect(merged.inheritance.enabled).toBe('table');
    const unset = await t.admin.updateTableSnapshotSettings({ path: table, body: { enabled: null } });
    expect(unset.local_config).toEqual({ retention: { auto_days: 3 } });
    expect(unset.inheritance.enabled).toBe('system');
    const cleared = await t.admin.updateTableSnapshotSettings({ path: table, body: { retention: null } });
    expect(cleared.local_config).toBeNull();
    const empty = await t.admin.updateTableSnapshotSettings({ path: table, body: {} });
    expect(empty.local_config).toBeNull();
  });

  it('merges concurrent patches of one level: none is lost', async () => {
    await Promise.all([
      t.admin.updateTableSnapshotSettings({ path: table, body: { enabled: false } }),
      t.admin.updateTableSnapshotSettings({ path: table, body: { retention: { auto_days: 3 } } }),
      t.admin.updateTableSnapshotSettings({
        path: table,
        body: { auto_snapshot_triggers: { drop_column: true } },
      }),
    ]);
    const got = await t.admin.getTableSnapshotSettings({ path: table });
    expect(got.local_config).toEqual({
      enabled: false,
      retention: { auto_days: 3 },
      auto_snapshot_triggers: { drop_column: true },
    });
    await t.admin.deleteTableSnapshotSettings({ path: table });
  });

  it('rejects unknown fields with 422 and bad retention with 400, changing nothing', async () => {
    const url = `/projects/${P}/branches/default/buckets/b/tables/t/settings/snapshots`;
    await t.admin.updateTableSnapshotSettings({ path: table, body: { retention: { manual_days: 20 } } });
    // The reference's "inheritance bug": `triggers` instead of `auto_snapshot_triggers` was a silent 200.
    for (const body of [
      { triggers: { truncate_table: true } },
      { auto_snapshot_triggers: { truncate: true } },
      { retention: { days: 3 } },
      { retention: { manual_days: 2.5 } },
      { enabled: 'yes' },
    ]) {
      expect((await put(url, body)).status, JSON.stringify(body)).toBe(422);
    }
    const negative = await put(url, { retention: { manual_days: -1 } });
    expect(negative.status).toBe(400);
    expect(JSON.stringify(negative.json)).toContain('positive integer');
    expect(negative.json.error).toBe('invalid_config');
    const huge = await put(url, { retention: { auto_days: 5000 } });
    expect(huge.status).toBe(400);
    expect(JSON.stringify(huge.json)).toContain('exceed 3650');
    const projectUrl = `/projects/${P}/settings/snapshots`;
    expect((await put(projectUrl, { retention: { manual_days: 0 } })).status).toBe(400);
    const still = await t.admin.getTableSnapshotSettings({ path: table });
    expect(still.local_config).toEqual({ retention: { manual_days: 20 } });
    await t.admin.deleteTableSnapshotSettings({ path: table });
  });

  it('answers 404 for unknown project, bucket and table; 404 for an unknown branch', async () => {
    const cases: [() => Promise<unknown>, string][] = [
      [() => t.admin.getProjectSnapshotSettings({ path: { project_id: 'nope' } }), 'project_not_found'],
      [
        () => t.admin.getBucketSnapshotSettings({ path: { ...bucket, bucket_name: 'nope' } }),
        'bucket_not_found',
      ],
      [() => t.admin.getTableSnapshotSettings({ path: { ...table, table_name: 'nope' } }), 'table_not_found'],
      [
        () => t.admin.getTableSnapshotSettings({ path: { ...table, project_id: 'nope' } }),
        'project_not_found',
      ],
      [
        () => t.admin.getBucketSnapshotSettings({ path: { ...bucket, branch_id: 'dev-1' } }),
        'branch_not_found',
      ],
    ];
    for (const [call, reason] of cases) {
      const error = await failure<DuckStorageApiError>(call);
      expect([error.status, error.reason]).toEqual([404, reason]);
    }
  });

  it('keys settings by a stable id: a re-created table of the same name starts inherited', async () => {
    await createTable('reborn');
    const path = { ...bucket, table_name: 'reborn' };
    await t.admin.updateTableSnapshotSettings({
      path,
      body: { auto_snapshot_triggers: { drop_table: false } },
    });
    await t.admin.deleteTable({ path }); // drop_table off: no snapshot
    expect((await t.admin.listSnapshots({ path: main, query: { table: 'reborn' } })).total).toBe(0);
    await createTable('reborn');
    const fresh = await t.admin.getTableSnapshotSettings({ path });
    expect(fresh.local_config).toBeNull();
    expect(fresh.effective_config.auto_snapshot_triggers.drop_table).toBe(true);
    await t.admin.deleteTable({ path }); // drop_table on again: snapshot
    expect((await t.admin.listSnapshots({ path: main, query: { table: 'reborn' } })).total).toBe(1);
    // No row of the dropped tables' settings is left behind.
    const rows = await t.server.storage.pool.use((conn) =>
      readRows(
        conn,
        `SELECT count(*) AS n FROM ${t.server.storage.m}.snapshot_settings WHERE project_id = $1`,
        [P],
      ),
    );
    expect(Number(rows[0]?.n)).toBe(0);
  });

  it('records settings changes and snapshot operations in the operations log with the actor', async () => {
    const owner = (await t.admin.createApiKey({ path: { project_id: P }, body: { description: 'owner' } }))
      .api_key;
    const c = t.as(owner);
    await c.updateBucketSnapshotSettings({ path: bucket, body: { enabled: true } });
    const snap = await c.createSnapshot({ path: main, body: { bucket: 'b', table: 't' } });
    expect(snap.created_by).toMatch(/^key:/);
    await c.restoreSnapshot({ path: { ...main, snapshot_id: snap.id }, body: { target_table: 't_copy' } });
    await c.deleteSnapshot({ path: { ...main, snapshot_id: snap.id } });
    await c.deleteBucketSnapshotSettings({ path: bucket });
    const log = await t.server.storage.pool.use((conn) =>
      readRows(
        conn,
        `SELECT operation, actor FROM ${t.server.storage.m}.operations_log WHERE project_id = $1 AND actor = $2 ORDER BY id`,
        [P, snap.created_by],
      ),
    );
    expect(log.map((r) => r.operation)).toEqual([
      'update_snapshot_settings',
      'create_snapshot',
      'restore_snapshot',
      'delete_snapshot',
      'delete_snapshot_settings',
    ]);
  });
});
