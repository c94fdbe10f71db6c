import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckStorageApiError } from '../generated/sdk-ts/index.js';
import { bucketDir, tableFile } from '../src/core/catalog/paths.js';
import { readRows } from '../src/core/metadata/tx.js';
import { failure, restartTestServer, startTestServer, type TestServer } from './helpers/server.js';

/**
 * Bucket sharing over the real server and the generated SDK (note 02 sections 4, 5, 7): a link
 * needs a share (reference pitfall 02/2), is metadata only (02/3), reads the source's live data on
 * every read route (02/4), refuses every write with 403 `bucket_read_only` (02/5), unlink and
 * unshare never touch the source, and bucket/project deletion leaves no share or link behind to
 * revive under a re-used name (02/6). Also: default branch only, project_admin scope, the log,
 * a restart. The describes run in order on one server: SRC shares `sales` with TGT, linked there
 * as `linked`, and each step builds on the state the previous left.
 */
let t: TestServer;
const SRC = 'shr_src';
const TGT = 'shr_tgt';
const OUT = 'shr_out';
const main = (project_id: string) => ({ project_id, branch_id: 'default' });
const bucketAt = (project_id: string, bucket_name: string, branch_id = 'default') => ({
  project_id,
  branch_id,
  bucket_name,
});
const tableAt = (project_id: string, bucket_name: string, table_name: string, branch_id = 'default') => ({
  ...bucketAt(project_id, bucket_name, branch_id),
  table_name,
});
const LINK = tableAt(TGT, 'linked', 'orders');
const SOURCE = tableAt(SRC, 'sales', 'orders');

const ORDER_COLUMNS = [
  { name: 'id', type: 'INTEGER' },
  { name: 'name', type: 'VARCHAR' },
  { name: 'amount', type: 'DECIMAL(10,2)' },
];
const CSV = 'id,name,amount\n1,alpha,10.5\n2,beta,20\n3,gamma,\n4,delta,40.25\n5,"eps, ilon",50\n';

/** Keys: the target's project_admin, branch_read and branch_admin (main) keys, the source's admin. */
const keys = { tgtAdmin: '', tgtRead: '', tgtBranchAdmin: '', srcAdmin: '' };

async function upload(projectId: string, name: string, text: string): Promise<string> {
  const file = await t.admin.uploadFileStream({
    path: { project_id: projectId },
    query: { name },
    body: new TextEncoder().encode(text),
  });
  return file.id;
}

async function ordersTable(projectId: string, bucket: string, table: string, load = true): Promise<void> {
  await t.admin.createTable({
    path: bucketAt(projectId, bucket),
    body: { name: table, columns: ORDER_COLUMNS, primary_key: ['id'] },
  });
  if (load) {
    await t.admin.importFromFile({
      path: tableAt(projectId, bucket, table),
      body: { file_id: await upload(projectId, `${table}.csv`, CSV) },
    });
  }
}

async function key(projectId: string, scope: 'project_admin' | 'branch_read' | 'branch_admin') {
  const body =
    scope === 'project_admin' ? { description: scope } : { description: scope, scope, branch_id: 'default' };
  return (await t.admin.createApiKey({ path: { project_id: projectId }, body })).api_key;
}

const rowsOf = async (path: ReturnType<typeof tableAt>, client = t.admin) =>
  (await client.previewTable({ path, query: { limit: 1000 } })).rows;

const share = (projectId: string, bucket: string, target: string, client = t.admin) =>
  client.shareBucket({ path: bucketAt(projectId, bucket), body: { target_project_id: target } });

const link = (
  projectId: string,
  name: string,
  source: { project: string; bucket: string },
  client = t.admin,
) =>
  client.linkBucket({
    path: bucketAt(projectId, name),
    body: { source_project_id: source.project, source_bucket_name: source.bucket },
  });

/** [status, reason] of the error `fn` throws. */
async function refusal(fn: () => Promise<unknown>): Promise<[number, string | undefined]> {
  const error = await failure<DuckStorageApiError>(fn);
  return [error.status, error.reason];
}

const meta = (sql: string, params: string[] = []) =>
  t.server.storage.pool.use((conn) => readRows(conn, sql.replaceAll('{m}', t.server.storage.m), params));

const bucketNames = async (projectId: string) =>
  (await t.admin.listBuckets({ path: main(projectId) })).buckets.map((b) => b.name);

beforeAll(async () => {
  t = await startTestServer();
  for (const id of [SRC, TGT, OUT]) await t.admin.createProject({ body: { id } });
  await t.admin.createBucket({ path: main(SRC), body: { name: 'sales', description: 'Sales data' } });
  await ordersTable(SRC, 'sales', 'orders');
  await t.admin.createTable({
    path: bucketAt(SRC, 'sales'),
    body: { name: 'regions', columns: [{ name: 'code', type: 'VARCHAR' }] },
  });
  await t.admin.createBucket({ path: main(TGT), body: { name: 'own' } });
  await ordersTable(TGT, 'own', 'copy', false);
  keys.tgtAdmin = await key(TGT, 'project_admin');
  keys.tgtRead = await key(TGT, 'branch_read');
  keys.tgtBranchAdmin = await key(TGT, 'branch_admin');
  keys.srcAdmin = await key(SRC, 'project_admin');
});
afterAll(async () => {
  await t?.stop();
});

describe('share and link', () => {
  it('a link needs a share; share answers 200 and refuses unknown, self and duplicate targets', async () => {
    expect(await refusal(() => link(TGT, 'linked', { project: SRC, bucket: 'sales' }))).toEqual([
      403,
      'bucket_not_shared',
    ]);
    expect(await refusal(() => share(SRC, 'sales', 'no_such_project'))).toEqual([404, 'project_not_found']);
    expect(await refusal(() => share(SRC, 'sales', SRC))).toEqual([400, 'invalid_target']);
    expect(await refusal(() => share(SRC, 'nope', TGT))).toEqual([404, 'bucket_not_found']);

    expect(await share(SRC, 'sales', TGT, t.as(keys.srcAdmin))).toEqual({
      name: 'sales',
      shared_with: [TGT],
      is_linked: false,
      source_project_id: null,
      source_bucket_name: null,
    });
    expect(await refusal(() => share(SRC, 'sales', TGT))).toEqual([409, 'already_shared']);
    // Bucket names are case-insensitive: the same bucket, the same share.
    expect(await refusal(() => share(SRC, 'SALES', TGT))).toEqual([409, 'already_shared']);
    // shared_with names every target, sorted.
    expect((await share(SRC, 'sales', OUT)).shared_with).toEqual([OUT, TGT]);
    await t.admin.unshareBucket({ path: bucketAt(SRC, 'sales'), query: { target_project_id: OUT } });
  });

  it('links under a name of its own, as metadata only; names taken or unknown sources are refused', async () => {
    expect(await refusal(() => link(TGT, 'linked', { project: 'no_such_project', bucket: 'sales' }))).toEqual(
      [404, 'project_not_found'],
    );
    expect(await refusal(() => link(TGT, 'linked', { project: SRC, bucket: 'nope' }))).toEqual([
      404,
      'bucket_not_found',
    ]);
    expect(await refusal(() => link(TGT, '-bad', { project: SRC, bucket: 'sales' }))).toEqual([
      400,
      'invalid_name',
    ]);

    const linked = await link(TGT, 'linked', { project: SRC, bucket: 'sales' }, t.as(keys.tgtAdmin));
    expect(linked).toMatchObject({
      name: 'linked',
      is_linked: true,
      source_project_id: SRC,
      source_bucket_name: 'sales',
      description: `Linked from ${SRC}.sales`,
      table_count: 2,
    });
    expect(typeof linked.created_at).toBe('string');
    // The link answer is what GET answers (reference pitfall 02/11: is_linked was false there).
    expect(await t.admin.getBucket({ path: bucketAt(TGT, 'linked') })).toEqual(linked);
    // No directory, no copy (pitfall 02/3).
    const duckdbDir = t.server.storage.config.duckdbDir;
    expect(existsSync(bucketDir(duckdbDir, TGT, 'linked'))).toBe(false);

    expect(await refusal(() => link(TGT, 'linked', { project: SRC, bucket: 'sales' }))).toEqual([
      409,
      'bucket_already_linked',
    ]);
    expect(await refusal(() => link(TGT, 'LINKED', { project: SRC, bucket: 'sales' }))).toEqual([
      409,
      'bucket_already_linked',
    ]);
    expect(await refusal(() => link(TGT, 'own', { project: SRC, bucket: 'sales' }))).toEqual([
      409,
      'bucket_exists',
    ]);
    expect(await refusal(() => t.admin.createBucket({ path: main(TGT), body: { name: 'Linked' } }))).toEqual([
      409,
      'bucket_exists',
    ]);

    // A link is not re-shareable, and another project cannot link through it (links are not followed).
    expect(await refusal(() => share(TGT, 'linked', OUT))).toEqual([403, 'bucket_read_only']);
    expect(await refusal(() => link(OUT, 'again', { project: TGT, bucket: 'linked' }))).toEqual([
      404,
      'bucket_not_found',
    ]);
    // A project the bucket is not shared with cannot link it.
    expect(await refusal(() => link(OUT, 'stolen', { project: SRC, bucket: 'sales' }))).toEqual([
      403,
      'bucket_not_shared',
    ]);

    // The same source may be linked twice under different names.
    expect((await link(TGT, 'linked2', { project: SRC, bucket: 'sales' })).is_linked).toBe(true);
    expect(await bucketNames(TGT)).toEqual(['linked', 'linked2', 'own']);
    await t.admin.unlinkBucket({ path: bucketAt(TGT, 'linked2') });
    expect(await bucketNames(TGT)).toEqual(['linked', 'own']);
  });
});

describe('reads through a link', () => {
  it("lists, gets, previews, profiles and exports the source's current data", async () => {
    const listed = await t.admin.listBuckets({ path: main(TGT) });
    expect(listed.total).toBe(2);
    const entry = listed.buckets.find((b) => b.name === 'linked');
    expect(entry).toMatchObject({
      is_linked: true,
      source_project_id: SRC,
      source_bucket_name: 'sales',
      table_count: 2,
    });
    expect(await t.admin.getBucket({ path: bucketAt(TGT, 'linked') })).toEqual(entry);
    expect(await t.admin.getBucket({ path: bucketAt(TGT, 'LINKED') })).toEqual(entry);
    expect(listed.buckets.find((b) => b.name === 'own')).toMatchObject({ is_linked: false });

    const tables = await t.admin.listTables({ path: bucketAt(TGT, 'linked') });
    expect(tables.tables.map((x) => x.name)).toEqual(['orders', 'regions']);
    const table = await t.admin.getTable({ path: LINK });
    expect(table).toMatchObject({ name: 'orders', row_count: 5, primary_key: ['id'], source: 'main' });
    expect(table.columns.map((c) => c.name)).toEqual(['id', 'name', 'amount']);

    const rows = await rowsOf(LINK);
    expect(rows).toHaveLength(5);
    expect(rows).toEqual(await rowsOf(SOURCE));
    expect(rows.find((r) => r.id === 5)).toMatchObject({ name: 'eps, ilon', amount: '50.00' });

    const profile = await t.admin.profileTable({ path: LINK });
    expect(profile).toMatchObject({ table_name: 'orders', row_count: 5, column_count: 3 });
    // Named as the caller addresses it: by the link.
    expect(profile.bucket_name).toBe(LINK.bucket_name);
    expect((await t.admin.getTable({ path: LINK })).bucket).toBe(LINK.bucket_name);

    const exported = await t.admin.exportToFile({ path: LINK, body: { format: 'csv' } });
    expect(exported.rows_exported).toBe(5);
    // The file belongs to the project that exported it.
    const res = await t.admin.downloadFile({ path: { project_id: TGT, file_id: exported.file_id } });
    if (res.status === 304) throw new Error('unexpected 304');
    const lines = (await res.text()).trim().split('\n');
    expect(lines[0]).toBe('id,name,amount');
    expect(lines).toHaveLength(6);
    expect(
      await refusal(() => t.admin.getFile({ path: { project_id: SRC, file_id: exported.file_id } })),
    ).toEqual([404, expect.any(String)]);

    // Live: the source writes, the target sees it (no copy).
    await t.admin.importFromFile({
      path: SOURCE,
      body: {
        file_id: await upload(SRC, 'more.csv', 'id,name,amount\n6,zeta,60\n'),
        import_options: { incremental: true },
      },
    });
    expect(await rowsOf(LINK)).toHaveLength(6);
    expect((await t.admin.getTable({ path: LINK })).row_count).toBe(6);
  });

  it('imports FROM a linked table into an own table (a read of the link)', async () => {
    const result = await t.as(keys.tgtAdmin).importFromTable({
      path: tableAt(TGT, 'own', 'copy'),
      body: { source_bucket: 'linked', source_table: 'orders' },
    });
    expect(result.imported_rows).toBe(6);
    expect(await rowsOf(tableAt(TGT, 'own', 'copy'))).toEqual(await rowsOf(SOURCE));
  });

  it("reads with the target's branch_read key; the source's key cannot read the target's link", async () => {
    const reader = t.as(keys.tgtRead);
    expect((await reader.listBuckets({ path: main(TGT) })).buckets.map((b) => b.name)).toEqual([
      'linked',
      'own',
    ]);
    expect((await reader.getBucket({ path: bucketAt(TGT, 'linked') })).is_linked).toBe(true);
    expect(await rowsOf(LINK, reader)).toHaveLength(6);
    expect((await reader.getTable({ path: LINK })).row_count).toBe(6);

    const source = t.as(keys.srcAdmin);
    expect(await refusal(() => source.getBucket({ path: bucketAt(TGT, 'linked') }))).toEqual([
      403,
      'forbidden',
    ]);
    expect(await refusal(() => source.previewTable({ path: LINK }))).toEqual([403, 'forbidden']);
    // Not linked in OUT: nothing to read there.
    expect(await refusal(() => t.admin.getBucket({ path: bucketAt(OUT, 'linked') }))).toEqual([
      404,
      'bucket_not_found',
    ]);
  });
});

describe("reads through a link on the target's dev branch", () => {
  // An own bucket with the source bucket's name holding, on the branch, a branch-only table and a
  // tombstone of its main table: none of that may show through the link.
  let branch = '';
  beforeAll(async () => {
    await t.admin.createBucket({ path: main(TGT), body: { name: 'sales' } });
    await ordersTable(TGT, 'sales', 'orders', false);
    branch = (await t.admin.createBranch({ path: { project_id: TGT }, body: { name: 'reads' } })).id;
    await t.admin.createTable({
      path: bucketAt(TGT, 'sales', branch),
      body: { name: 'branch_only', columns: [{ name: 'x', type: 'INTEGER' }] },
    });
    await t.admin.deleteTable({ path: tableAt(TGT, 'sales', 'orders', branch) });
  });
  afterAll(async () => {
    await t.admin.deleteBranch({ path: { project_id: TGT, branch_id: branch } });
    await t.admin.deleteBucket({ path: bucketAt(TGT, 'sales'), query: { cascade: true } });
  });

  it("gets the bucket and reads the source's tables", async () => {
    const onBranch = tableAt(TGT, 'linked', 'orders', branch);
    expect(await rowsOf(onBranch)).toEqual(await rowsOf(SOURCE));
    expect((await t.admin.getTable({ path: onBranch })).row_count).toBe(6);
    expect((await t.admin.getBucket({ path: bucketAt(TGT, 'linked', branch) })).is_linked).toBe(true);
    expect(
      await refusal(() => t.admin.getTable({ path: tableAt(TGT, 'linked', 'branch_only', branch) })),
    ).toEqual([404, 'table_not_found']);
  });

  // The target's own `sales` bucket has branch rows of the same names: they are not the link's.
  it('lists the source tables only', async () => {
    expect(
      (await t.admin.listTables({ path: bucketAt(TGT, 'linked', branch) })).tables.map((x) => x.name),
    ).toEqual(['orders', 'regions']);
  });
});

describe('writes through a link', () => {
  it('refuses every write with 403 bucket_read_only and changes nothing in the source', async () => {
    const c = t.as(keys.tgtAdmin);
    const before = { rows: await rowsOf(SOURCE), table: await t.admin.getTable({ path: SOURCE }) };
    const fileId = await upload(TGT, 'into-link.csv', CSV);
    const own = await c.createSnapshot({ path: main(TGT), body: { bucket: 'own', table: 'copy' } });
    const branch = (await t.admin.createBranch({ path: { project_id: TGT }, body: { name: 'writes' } })).id;
    const col = (column_name: string) => ({ ...LINK, column_name });
    const writes: [string, () => Promise<unknown>][] = [
      [
        'createTable',
        () => c.createTable({ path: bucketAt(TGT, 'linked'), body: { name: 'new', columns: ORDER_COLUMNS } }),
      ],
      ['deleteTable', () => c.deleteTable({ path: LINK })],
      ['importFromFile', () => c.importFromFile({ path: LINK, body: { file_id: fileId } })],
      [
        'importFromTable into it',
        () => c.importFromTable({ path: LINK, body: { source_bucket: 'own', source_table: 'copy' } }),
      ],
      ['addColumn', () => c.addColumn({ path: LINK, body: { name: 'extra', type: 'INTEGER' } })],
      ['dropColumn', () => c.dropColumn({ path: col('name') })],
      ['alterColumn', () => c.alterColumn({ path: col('name'), body: { new_name: 'label' } })],
      ['setPrimaryKey', () => c.setPrimaryKey({ path: LINK, body: { columns: ['id', 'name'] } })],
      ['dropPrimaryKey', () => c.dropPrimaryKey({ path: LINK })],
      ['deleteRows', () => c.deleteRows({ path: LINK, body: { where_clause: 'id > 0' } })],
      ['deleteBucket', () => c.deleteBucket({ path: bucketAt(TGT, 'linked'), query: { cascade: true } })],
      [
        'deleteBucket (no cascade)',
        () => c.deleteBucket({ path: bucketAt(TGT, 'linked'), query: { cascade: false } }),
      ],
      [
        'createSnapshot',
        () => c.createSnapshot({ path: main(TGT), body: { bucket: 'linked', table: 'orders' } }),
      ],
      [
        'restoreSnapshot into it',
        () =>
          c.restoreSnapshot({
            path: { ...main(TGT), snapshot_id: own.id },
            body: { target_bucket: 'linked', target_table: 'restored' },
          }),
      ],
      ['table settings PUT', () => c.updateTableSnapshotSettings({ path: LINK, body: { enabled: false } })],
      [
        'bucket settings PUT',
        () => c.updateBucketSnapshotSettings({ path: bucketAt(TGT, 'linked'), body: { enabled: false } }),
      ],
      ['table settings DELETE', () => c.deleteTableSnapshotSettings({ path: LINK })],
      ['bucket settings DELETE', () => c.deleteBucketSnapshotSettings({ path: bucketAt(TGT, 'linked') })],
      [
        'createTable on a dev branch',
        () =>
          c.createTable({
            path: bucketAt(TGT, 'linked', branch),
            body: { name: 'new', columns: ORDER_COLUMNS },
          }),
      ],
      [
        'deleteRows on a dev branch',
        () =>
          c.deleteRows({ path: tableAt(TGT, 'linked', 'orders', branch), body: { where_clause: 'id > 0' } }),
      ],
      [
        'deleteTable on a dev branch',
        () => c.deleteTable({ path: tableAt(TGT, 'linked', 'orders', branch) }),
      ],
    ];
    const answers: Record<string, [number, string | undefined]> = {};
    for (const [name, write] of writes) answers[name] = await refusal(write);
    expect(answers).toEqual(Object.fromEntries(writes.map(([name]) => [name, [403, 'bucket_read_only']])));

    expect(await rowsOf(SOURCE)).toEqual(before.rows);
    expect(await t.admin.getTable({ path: SOURCE })).toEqual(before.table);
    expect((await t.admin.listTables({ path: bucketAt(SRC, 'sales') })).total).toBe(2);
    expect((await t.admin.getBucket({ path: bucketAt(TGT, 'linked') })).is_linked).toBe(true);
    expect((await t.admin.listSnapshots({ path: main(SRC) })).total).toBe(0);
    await t.admin.deleteBranch({ path: { project_id: TGT, branch_id: branch } });
  });
});

describe('sharing operations: default branch only, project_admin keys only', () => {
  it('answer 400 operation_not_allowed on a dev branch URL', async () => {
    const srcBranch = (await t.admin.createBranch({ path: { project_id: SRC }, body: { name: 'dev' } })).id;
    const tgtBranch = (await t.admin.createBranch({ path: { project_id: TGT }, body: { name: 'dev' } })).id;
    const onSrc = bucketAt(SRC, 'sales', srcBranch);
    const onTgt = bucketAt(TGT, 'linked', tgtBranch);
    const calls: [string, () => Promise<unknown>][] = [
      ['shareBucket', () => t.admin.shareBucket({ path: onSrc, body: { target_project_id: OUT } })],
      ['unshareBucket', () => t.admin.unshareBucket({ path: onSrc, query: { target_project_id: TGT } })],
      [
        'linkBucket',
        () =>
          t.admin.linkBucket({
            path: bucketAt(TGT, 'other', tgtBranch),
            body: { source_project_id: SRC, source_bucket_name: 'sales' },
          }),
      ],
      ['unlinkBucket', () => t.admin.unlinkBucket({ path: onTgt })],
      ['grantReadonly', () => t.admin.grantReadonly({ path: onSrc })],
      ['revokeReadonly', () => t.admin.revokeReadonly({ path: onSrc })],
    ];
    for (const [name, call] of calls) {
      expect([name, ...(await refusal(call))]).toEqual([name, 400, 'operation_not_allowed']);
    }
    // Nothing changed.
    expect((await t.admin.getBucket({ path: bucketAt(TGT, 'linked') })).is_linked).toBe(true);
    expect(await bucketNames(TGT)).toEqual(['linked', 'own']);
    await t.admin.deleteBranch({ path: { project_id: SRC, branch_id: srcBranch } });
    await t.admin.deleteBranch({ path: { project_id: TGT, branch_id: tgtBranch } });
  });

  it("need a project_admin key of the URL's project", async () => {
    const source = { source_project_id: SRC, source_bucket_name: 'sales' };
    const calls = (c: ReturnType<TestServer['as']>): [string, () => Promise<unknown>][] => [
      ['shareBucket', () => c.shareBucket({ path: bucketAt(TGT, 'own'), body: { target_project_id: OUT } })],
      [
        'unshareBucket',
        () => c.unshareBucket({ path: bucketAt(TGT, 'own'), query: { target_project_id: OUT } }),
      ],
      ['linkBucket', () => c.linkBucket({ path: bucketAt(TGT, 'other'), body: source })],
      ['unlinkBucket', () => c.unlinkBucket({ path: bucketAt(TGT, 'linked') })],
      ['grantReadonly', () => c.grantReadonly({ path: bucketAt(TGT, 'linked') })],
      ['revokeReadonly', () => c.revokeReadonly({ path: bucketAt(TGT, 'linked') })],
    ];
    for (const k of [keys.tgtRead, keys.tgtBranchAdmin, keys.srcAdmin]) {
      for (const [name, call] of calls(t.as(k))) {
        expect([name, ...(await refusal(call))]).toEqual([name, 403, 'forbidden']);
      }
    }
    expect(await refusal(() => t.as().linkBucket({ path: bucketAt(TGT, 'other'), body: source }))).toEqual([
      401,
      expect.any(String),
    ]);
    // The source's key cannot share a bucket of the target either way round.
    expect(await refusal(() => share(TGT, 'own', SRC, t.as(keys.srcAdmin)))).toEqual([403, 'forbidden']);
    expect(await bucketNames(TGT)).toEqual(['linked', 'own']);
  });
});

describe('unlink and unshare', () => {
  it('unlink removes the link only: the source and its files stay', async () => {
    const c = t.as(keys.tgtAdmin);
    expect(await refusal(() => c.unlinkBucket({ path: bucketAt(TGT, 'own') }))).toEqual([
      404,
      'link_not_found',
    ]);
    expect(await refusal(() => c.unlinkBucket({ path: bucketAt(TGT, 'nope') }))).toEqual([
      404,
      'link_not_found',
    ]);
    const before = await rowsOf(SOURCE);
    const file = tableFile(t.server.storage.config.duckdbDir, SRC, 'sales', 'orders');
    expect(existsSync(file)).toBe(true);

    await c.unlinkBucket({ path: bucketAt(TGT, 'LINKED') });
    expect(await refusal(() => t.admin.getBucket({ path: bucketAt(TGT, 'linked') }))).toEqual([
      404,
      'bucket_not_found',
    ]);
    expect(await refusal(() => t.admin.previewTable({ path: LINK }))).toEqual([404, 'bucket_not_found']);
    expect(await bucketNames(TGT)).toEqual(['own']);
    expect(existsSync(file)).toBe(true);
    expect(await rowsOf(SOURCE)).toEqual(before);
    expect(await refusal(() => c.unlinkBucket({ path: bucketAt(TGT, 'linked') }))).toEqual([
      404,
      'link_not_found',
    ]);

    // The name is free again, and the share still allows a new link.
    await t.admin.createBucket({ path: main(TGT), body: { name: 'linked' } });
    await t.admin.deleteBucket({ path: bucketAt(TGT, 'linked') });
    expect((await link(TGT, 'linked', { project: SRC, bucket: 'sales' })).table_count).toBe(2);
  });

  it('unshare: 404 unless shared, 409 share_in_use while linked, force=true removes the links', async () => {
    const c = t.as(keys.srcAdmin);
    const unshare = (target: string, force?: boolean, bucket = 'sales') =>
      c.unshareBucket({
        path: bucketAt(SRC, bucket),
        query: { target_project_id: target, ...(force === undefined ? {} : { force }) },
      });
    expect(await refusal(() => unshare(OUT))).toEqual([404, 'share_not_found']);
    expect(await refusal(() => unshare(TGT, false, 'nope'))).toEqual([404, 'bucket_not_found']);

    await link(TGT, 'second', { project: SRC, bucket: 'sales' });
    const inUse = await failure<DuckStorageApiError>(() => unshare(TGT));
    expect([inUse.status, inUse.reason]).toEqual([409, 'share_in_use']);
    const detail = (inUse.body as { detail?: { details?: { links?: string[] } } }).detail;
    expect(detail?.details?.links?.sort()).toEqual(['linked', 'second']);
    expect(await refusal(() => unshare(TGT, false))).toEqual([409, 'share_in_use']);
    expect(await rowsOf(LINK)).toHaveLength(6); // still linked

    await unshare(TGT, true);
    expect(await bucketNames(TGT)).toEqual(['own']);
    expect(await refusal(() => t.admin.getBucket({ path: bucketAt(TGT, 'linked') }))).toEqual([
      404,
      'bucket_not_found',
    ]);
    expect(await refusal(() => rowsOf(tableAt(TGT, 'second', 'orders')))).toEqual([404, 'bucket_not_found']);
    expect(await refusal(() => unshare(TGT))).toEqual([404, 'share_not_found']);
    expect(await refusal(() => link(TGT, 'linked', { project: SRC, bucket: 'sales' }))).toEqual([
      403,
      'bucket_not_shared',
    ]);
    expect(await rowsOf(SOURCE)).toHaveLength(6);
    const left = await meta('SELECT count(*) AS n FROM {m}.bucket_links WHERE target_project_id = $1', [TGT]);
    expect(Number(left[0]?.n)).toBe(0);

    // Share and link again for what follows.
    await share(SRC, 'sales', TGT);
    await link(TGT, 'linked', { project: SRC, bucket: 'sales' });
    expect(await rowsOf(LINK)).toHaveLength(6);
  });
});

describe('grant / revoke readonly', () => {
  it('answers for an own bucket and a link, 404 for an unknown bucket', async () => {
    const granted = await t.admin.grantReadonly({ path: bucketAt(SRC, 'sales') });
    expect(granted).toMatchObject({ status: 'success', bucket_name: 'sales' });
    expect(granted.message).toContain('ATTACH READ_ONLY');
    expect((await t.as(keys.tgtAdmin).grantReadonly({ path: bucketAt(TGT, 'linked') })).bucket_name).toBe(
      'linked',
    );
    expect(await t.admin.revokeReadonly({ path: bucketAt(SRC, 'sales') })).toBeUndefined();
    expect(await refusal(() => t.admin.grantReadonly({ path: bucketAt(SRC, 'nope') }))).toEqual([
      404,
      'bucket_not_found',
    ]);
    expect(await refusal(() => t.admin.revokeReadonly({ path: bucketAt(SRC, 'nope') }))).toEqual([
      404,
      'bucket_not_found',
    ]);
  });
});

describe('no share or link outlives its bucket or project (pitfall 02/6)', () => {
  const rowsFor = async (project: string) => {
    const [shares] = await meta(
      'SELECT count(*) AS n FROM {m}.bucket_shares WHERE source_project_id = $1 OR target_project_id = $1',
      [project],
    );
    const [links] = await meta(
      'SELECT count(*) AS n FROM {m}.bucket_links WHERE source_project_id = $1 OR target_project_id = $1',
      [project],
    );
    return [Number(shares?.n), Number(links?.n)];
  };

  it('deleting the source bucket removes its shares and links; a re-created bucket is not shared', async () => {
    await t.admin.createBucket({ path: main(SRC), body: { name: 'tmp' } });
    await ordersTable(SRC, 'tmp', 'orders');
    await share(SRC, 'tmp', TGT);
    await link(TGT, 'tmp_link', { project: SRC, bucket: 'tmp' });
    expect(await rowsOf(tableAt(TGT, 'tmp_link', 'orders'))).toHaveLength(5);

    await t.admin.deleteBucket({ path: bucketAt(SRC, 'tmp'), query: { cascade: true } });
    expect(await bucketNames(TGT)).toEqual(['linked', 'own']);
    expect(await refusal(() => t.admin.getBucket({ path: bucketAt(TGT, 'tmp_link') }))).toEqual([
      404,
      'bucket_not_found',
    ]);
    const [links] = await meta('SELECT count(*) AS n FROM {m}.bucket_links WHERE name_key = $1', [
      'tmp_link',
    ]);
    expect(Number(links?.n)).toBe(0);

    await t.admin.createBucket({ path: main(SRC), body: { name: 'tmp' } });
    expect(await refusal(() => link(TGT, 'tmp_link', { project: SRC, bucket: 'tmp' }))).toEqual([
      403,
      'bucket_not_shared',
    ]);
    expect((await share(SRC, 'tmp', TGT)).shared_with).toEqual([TGT]);
    await t.admin.deleteBucket({ path: bucketAt(SRC, 'tmp') });
    // The other bucket's link is untouched.
    expect(await rowsOf(LINK)).toHaveLength(6);
  });

  it('deleting the source project removes its shares and the links to it', async () => {
    const P = 'shr_gone_src';
    await t.admin.createProject({ body: { id: P } });
    await t.admin.createBucket({ path: main(P), body: { name: 'data' } });
    await ordersTable(P, 'data', 'orders');
    await share(P, 'data', TGT);
    await link(TGT, 'gone_link', { project: P, bucket: 'data' });
    expect(await bucketNames(TGT)).toEqual(['gone_link', 'linked', 'own']);

    await t.admin.deleteProject({ path: { project_id: P } });
    expect(await bucketNames(TGT)).toEqual(['linked', 'own']);
    expect(await refusal(() => rowsOf(tableAt(TGT, 'gone_link', 'orders')))).toEqual([
      404,
      'bucket_not_found',
    ]);
    expect(await rowsFor(P)).toEqual([0, 0]);

    // A project and bucket re-created under the same names are not shared, and nothing revives.
    await t.admin.createProject({ body: { id: P } });
    await t.admin.createBucket({ path: main(P), body: { name: 'data' } });
    expect(await bucketNames(TGT)).toEqual(['linked', 'own']);
    expect(await refusal(() => link(TGT, 'gone_link', { project: P, bucket: 'data' }))).toEqual([
      403,
      'bucket_not_shared',
    ]);
    await t.admin.deleteProject({ path: { project_id: P } });
  });

  it('deleting the target project removes its links and the shares to it', async () => {
    const P = 'shr_gone_tgt';
    await t.admin.createProject({ body: { id: P } });
    expect((await share(SRC, 'sales', P)).shared_with).toEqual([P, TGT]);
    await link(P, 'mine', { project: SRC, bucket: 'sales' });
    expect(await rowsOf(tableAt(P, 'mine', 'orders'))).toHaveLength(6);

    await t.admin.deleteProject({ path: { project_id: P } });
    expect(await rowsFor(P)).toEqual([0, 0]);
    expect(
      await refusal(() =>
        t.admin.unshareBucket({ path: bucketAt(SRC, 'sales'), query: { target_project_id: P } }),
      ),
    ).toEqual([404, 'share_not_found']);
    await t.admin.createProject({ body: { id: P } });
    expect(await bucketNames(P)).toEqual([]);
    expect(await refusal(() => link(P, 'mine', { project: SRC, bucket: 'sales' }))).toEqual([
      403,
      'bucket_not_shared',
    ]);
    expect((await share(SRC, 'sales', P)).shared_with).toEqual([P, TGT]);
    await t.admin.deleteProject({ path: { project_id: P } });
    // The source and the other target are untouched.
    expect(await rowsOf(SOURCE)).toHaveLength(6);
    expect(await rowsOf(LINK)).toHaveLength(6);
  });
});

describe('operations log and restart', () => {
  it('logs share, link, unlink, unshare and the grants with their details', async () => {
    const log = await meta(
      `SELECT operation, project_id, resource_id, details FROM {m}.operations_log
       WHERE operation IN ('share_bucket', 'unshare_bucket', 'link_bucket', 'unlink_bucket', 'grant_readonly', 'revoke_readonly')
         AND project_id IN ($1, $2) ORDER BY id`,
      [SRC, TGT],
    );
    const ops = log.map((r) => `${r.operation} ${r.project_id} ${r.resource_id}`);
    expect(ops).toContain(`share_bucket ${SRC} sales`);
    expect(ops).toContain(`link_bucket ${TGT} linked`);
    expect(ops).toContain(`unlink_bucket ${TGT} linked`);
    expect(ops).toContain(`unshare_bucket ${SRC} sales`);
    expect(ops).toContain(`grant_readonly ${SRC} sales`);
    expect(ops).toContain(`revoke_readonly ${SRC} sales`);
    const details = (op: string, resource = 'sales') =>
      log
        .filter((r) => r.operation === op && r.resource_id === resource)
        .map((r) => JSON.parse(String(r.details)) as Record<string, unknown>);
    expect(details('share_bucket')[0]).toMatchObject({ target_project_id: TGT });
    expect(details('link_bucket', 'linked')[0]).toMatchObject({
      source_project_id: SRC,
      source_bucket_name: 'sales',
    });
    expect(details('unshare_bucket').map((d) => d.removed_links)).toContainEqual(['linked', 'second']);
    // Refusals log nothing: sales was shared with TGT twice (before and after the forced
    // unshare); the three 409 already_shared attempts left no row.
    expect(details('share_bucket').filter((d) => d.target_project_id === TGT)).toHaveLength(2);
  });

  it('shares and links survive a restart; removed ones do not come back', async () => {
    const config = t.server.storage.config;
    t = await restartTestServer(t);
    expect(t.server.storage.config.duckdbDir).toBe(config.duckdbDir);

    expect(await bucketNames(TGT)).toEqual(['linked', 'own']);
    expect(await t.admin.getBucket({ path: bucketAt(TGT, 'linked') })).toMatchObject({
      is_linked: true,
      source_project_id: SRC,
      source_bucket_name: 'sales',
      table_count: 2,
    });
    expect(await rowsOf(LINK, t.as(keys.tgtRead))).toHaveLength(6);
    expect(await refusal(() => share(SRC, 'sales', TGT))).toEqual([409, 'already_shared']);
    expect(
      await refusal(() => t.as(keys.tgtAdmin).deleteRows({ path: LINK, body: { where_clause: 'id > 0' } })),
    ).toEqual([403, 'bucket_read_only']);
    expect(await refusal(() => t.admin.getBucket({ path: bucketAt(TGT, 'tmp_link') }))).toEqual([
      404,
      'bucket_not_found',
    ]);
    expect(await refusal(() => t.admin.getBucket({ path: bucketAt(TGT, 'second') }))).toEqual([
      404,
      'bucket_not_found',
    ]);
  });
});
