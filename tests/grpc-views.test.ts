// Alias tables (gRPC CreateViewCommand) over the real wire: a generated nice-grpc client on
// loopback, the REST API's view of the same objects, and node pg on a workspace's PG wire session.
import { rmSync } from 'node:fs';
import { Status } from 'nice-grpc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateBucketCommand, CreateBucketResponse } from '../generated/grpc/proto/bucket.js';
import {
  ListSchemasCommand,
  ListSchemasResponse,
  ObjectInfoCommand,
  ObjectInfoResponse,
  ObjectType,
} from '../generated/grpc/proto/info.js';
import {
  CreateDevBranchCommand,
  CreateDevBranchResponse,
  CreateProjectCommand,
  CreateProjectResponse,
  DropDevBranchCommand,
} from '../generated/grpc/proto/project.js';
import {
  AddColumnCommand,
  AddPrimaryKeyCommand,
  CreateTableCommand,
  CreateViewCommand,
  DeleteTableRowsCommand,
  DeleteTableRowsResponse,
  DropColumnCommand,
  DropPrimaryKeyCommand,
  DropTableCommand,
  ImportExportShared_ExportOrderBy_Order,
  ImportExportShared_FileFormat,
  ImportExportShared_FileProvider,
  ImportExportShared_ImportOptions_ImportType,
  ImportExportShared_TableWhereFilter_Operator as Op,
  PreviewTableCommand,
  PreviewTableResponse,
  TableExportToFileCommand,
  TableExportToFileResponse,
  TableImportFromFileCommand,
  TableImportResponse,
} from '../generated/grpc/proto/table.js';
import { CreateWorkspaceCommand, CreateWorkspaceResponse } from '../generated/grpc/proto/workspace.js';
import { type GrpcHarness, loadAndQuery, startGrpc } from './helpers/grpc.js';
import { connectWorkspace, type WorkspaceConn } from './helpers/postgres.js';
import { failure, startTestServer, type TestServer } from './helpers/server.js';

let t: TestServer;
let g: GrpcHarness;
let key: string;
let otherKey: string;
const P = 'vp';
const Q = 'vq';
const B = 'in_c_views';
const rest = { project_id: P, branch_id: 'default', bucket_name: B };

beforeAll(async () => {
  t = await startTestServer();
  g = await startGrpc(t);
  key = (await g.run(CreateProjectCommand, { projectId: P }, CreateProjectResponse)).projectPassword;
  otherKey = (await g.run(CreateProjectCommand, { projectId: Q }, CreateProjectResponse)).projectPassword;
  for (const [project, k] of [
    [P, key],
    [Q, otherKey],
  ] as const) {
    await g.run(CreateBucketCommand, { projectId: project, bucketId: 'in.c-views' }, CreateBucketResponse, k);
    await g.run(
      CreateTableCommand,
      {
        path: [B],
        tableName: 'orders',
        columns: [col('id', 'INTEGER'), col('name', 'VARCHAR'), col('amount', 'DECIMAL', { length: '10,2' })],
        primaryKeysNames: ['id'],
      },
      ObjectInfoResponse,
      k,
    );
  }
  await load('id,name,amount\n1,apple,1.50\n2,banana,7.25\n3,cherry,10.00\n4,date,3.00\n');
});
afterAll(async () => {
  await g?.close();
  await t?.stop();
});

const code = (e: unknown) => (e as { code: Status }).code;
const message = (e: unknown) => (e as Error).message;
const col = (name: string, type: string, extra: Record<string, unknown> = {}) =>
  ({ name, type, ...extra }) as never;
const ge = (column: string, value: string) =>
  ({ columnsName: column, operator: Op.ge, values: [value] }) as never;

/** Uploads a CSV through the Files API and imports it into orders (incremental). */
async function load(csv: string, table = 'orders') {
  const file = await t
    .as(key)
    .uploadFileStream({ path: { project_id: P }, query: { name: 'data.csv' }, body: Buffer.from(csv) });
  return g.run(
    TableImportFromFileCommand,
    {
      fileProvider: ImportExportShared_FileProvider.HTTP,
      fileFormat: ImportExportShared_FileFormat.CSV,
      filePath: { root: `project_${P}`, path: '', fileName: file.id } as never,
      destination: { path: [B], tableName: table } as never,
      importOptions: { importType: ImportExportShared_ImportOptions_ImportType.INCREMENTAL } as never,
    },
    TableImportResponse,
    key,
  );
}

async function preview(tableName: string, extra: Record<string, unknown> = {}, path: string[] = [B]) {
  const answer = await g.run(PreviewTableCommand, { path, tableName, ...extra }, PreviewTableResponse, key);
  return answer.rows.map((r) => Object.fromEntries(r.columns.map((c) => [c.columnName, c.value])));
}

describe('CreateViewCommand', () => {
  it('creates an alias table answering ObjectInfo VIEW with the source types', async () => {
    const info = await g.run(
      CreateViewCommand,
      {
        path: [B],
        viewName: 'big_orders',
        sourceTableName: 'orders',
        columns: ['amount', 'id'],
        whereFilters: [ge('amount', '5')],
      },
      ObjectInfoResponse,
      key,
    );
    expect(info.objectType).toBe(ObjectType.VIEW);
    expect(info.path).toEqual([B, 'big_orders']);
    expect(info.viewInfo?.columns.map((c) => [c.name, c.type])).toEqual([
      ['amount', 'DECIMAL(10,2)'],
      ['id', 'INTEGER'],
    ]);
    expect(info.viewInfo?.rowsCount).toBe(2n);
    // Every column, no filter: follows the source.
    await g.run(
      CreateViewCommand,
      { path: [B], viewName: 'all_orders', sourceTableName: 'orders' },
      ObjectInfoResponse,
      key,
    );
  });

  it('PreviewTable reads the source through the columns and filters, with its own filter and order', async () => {
    expect(await preview('big_orders')).toEqual([
      { amount: '7.25', id: 2 },
      { amount: '10.00', id: 3 },
    ]);
    const ordered = await preview('big_orders', {
      orderBy: [{ columnName: 'amount', order: ImportExportShared_ExportOrderBy_Order.DESC }],
      filters: { limit: 1, whereFilters: [ge('id', '2')] },
    });
    expect(ordered).toEqual([{ amount: '10.00', id: 3 }]);
    // The view's columns only: the source's `name` is not there.
    const hidden = await failure(() =>
      g.execute(PreviewTableCommand, { path: [B], tableName: 'big_orders', columns: ['name'] }, key),
    );
    expect(code(hidden)).toBe(Status.INVALID_ARGUMENT);
    expect((await preview('all_orders')).map((r) => r.name)).toEqual(['apple', 'banana', 'cherry', 'date']);
  });

  it('TableExportToFile writes the view rows', async () => {
    const exported = await g.run(
      TableExportToFileCommand,
      {
        source: { path: [B], tableName: 'big_orders' } as never,
        filePath: { root: `project_${P}`, path: 'exports', fileName: 'big.csv' } as never,
        exportOptions: {
          orderBy: [{ columnName: 'id', order: ImportExportShared_ExportOrderBy_Order.ASC }],
        } as never,
      },
      TableExportToFileResponse,
      key,
    );
    expect(exported.tableInfo?.rowsCount).toBe(2n);
    const files = await t.as(key).listFiles({ path: { project_id: P } });
    const file = files.files.find((f) => f.name === 'big.csv');
    const download = await t.as(key).downloadFile({ path: { project_id: P, file_id: file?.id ?? '' } });
    expect('text' in download ? await download.text() : '').toBe('amount,id\n7.25,2\n10.00,3\n');
  });

  it('ObjectInfo lists it as VIEW in its bucket; ListSchemas lists the bucket', async () => {
    const schema = await g.run(
      ObjectInfoCommand,
      { path: [B], expectedObjectType: ObjectType.SCHEMA },
      ObjectInfoResponse,
      key,
    );
    expect(schema.schemaInfo?.objects.map((o) => [o.objectName, o.objectType])).toEqual([
      ['all_orders', ObjectType.VIEW],
      ['big_orders', ObjectType.VIEW],
      ['orders', ObjectType.TABLE],
    ]);
    for (const expected of [ObjectType.VIEW, ObjectType.TABLE]) {
      const view = await g.run(
        ObjectInfoCommand,
        { path: [B, 'big_orders'], expectedObjectType: expected },
        ObjectInfoResponse,
        key,
      );
      expect(view.objectType).toBe(ObjectType.VIEW);
      expect(view.viewInfo?.viewName).toBe('big_orders');
    }
    const notView = await failure(() =>
      g.execute(ObjectInfoCommand, { path: [B, 'orders'], expectedObjectType: ObjectType.VIEW }, key),
    );
    expect(code(notView)).toBe(Status.NOT_FOUND);
    expect((await g.run(ListSchemasCommand, {}, ListSchemasResponse, key)).schemas).toEqual([B]);
  });

  it('REST shows it as a table with an `alias` field: get, list, preview, export', async () => {
    const c = t.as(key);
    const detail = await c.getTable({ path: { ...rest, table_name: 'big_orders' } });
    expect(detail).toMatchObject({
      name: 'big_orders',
      row_count: 2,
      size_bytes: 0,
      primary_key: [],
      alias: {
        source_bucket: B,
        source_table: 'orders',
        columns: ['amount', 'id'],
        where_filters: [{ column: 'amount', operator: 'ge', values: ['5'] }],
      },
    });
    expect(detail.columns.map((x) => [x.name, x.type, x.ordinal_position])).toEqual([
      ['amount', 'DECIMAL(10,2)', 1],
      ['id', 'INTEGER', 2],
    ]);
    const listed = await c.listTables({ path: rest });
    expect(listed.tables.map((x) => [x.name, x.alias === undefined])).toEqual([
      ['all_orders', false],
      ['big_orders', false],
      ['orders', true],
    ]);
    const page = await c.previewTable({
      path: { ...rest, table_name: 'big_orders' },
      query: { order_by: 'id:desc' },
    });
    expect(page.rows).toEqual([
      { amount: '10.00', id: 3 },
      { amount: '7.25', id: 2 },
    ]);
    expect(page.total_row_count).toBe(2);
    const exported = await c.exportToFile({ path: { ...rest, table_name: 'big_orders' }, body: {} });
    expect(exported.rows_exported).toBe(2);
  });

  it('shows rows imported into the source afterwards', async () => {
    await load('id,name,amount\n5,elder,99.00\n6,fig,0.10\n');
    expect((await preview('big_orders')).map((r) => r.id)).toEqual([2, 3, 5]);
    const info = await g.run(
      ObjectInfoCommand,
      { path: [B, 'big_orders'], expectedObjectType: ObjectType.VIEW },
      ObjectInfoResponse,
      key,
    );
    expect(info.viewInfo?.rowsCount).toBe(3n);
  });

  it('refuses every write into it (FAILED_PRECONDITION / REST 400) and changes nothing', async () => {
    const before = await t.as(key).getTable({ path: { ...rest, table_name: 'orders' } });
    const writes = [
      () => load('id,name,amount\n7,grape,50.00\n', 'big_orders'),
      () => g.execute(DeleteTableRowsCommand, { path: [B], tableName: 'big_orders' }, key),
      () =>
        g.execute(
          AddColumnCommand,
          { path: [B], tableName: 'big_orders', columnDefinition: col('x', 'INTEGER') },
          key,
        ),
      () => g.execute(DropColumnCommand, { path: [B], tableName: 'all_orders', columnName: 'name' }, key),
      () =>
        g.execute(
          AddPrimaryKeyCommand,
          { path: [B], tableName: 'big_orders', primaryKeysNames: ['id'] },
          key,
        ),
      () => g.execute(DropPrimaryKeyCommand, { path: [B], tableName: 'big_orders' }, key),
    ];
    for (const write of writes) {
      const refused = await failure(write);
      expect(code(refused)).toBe(Status.FAILED_PRECONDITION);
      expect(message(refused)).toContain('is an alias');
    }
    const c = t.as(key);
    for (const write of [
      () => c.deleteRows({ path: { ...rest, table_name: 'big_orders' }, body: { where_clause: 'TRUE' } }),
      () =>
        c.createSnapshot({
          path: { project_id: P, branch_id: 'default' },
          body: { bucket: B, table: 'big_orders' },
        }),
    ]) {
      expect(await failure(write)).toMatchObject({ status: 400, reason: 'operation_not_allowed' });
    }
    const after = await c.getTable({ path: { ...rest, table_name: 'orders' } });
    expect([after.row_count, after.columns.length, after.primary_key, after.updated_at]).toEqual([
      before.row_count,
      before.columns.length,
      before.primary_key,
      before.updated_at,
    ]);
  });

  it('refuses name collisions, bad columns and filters, views of views and a missing source', async () => {
    const cases: [Partial<CreateViewCommand>, Status][] = [
      [{ viewName: 'big_orders', sourceTableName: 'orders' }, Status.ALREADY_EXISTS],
      [{ viewName: 'orders', sourceTableName: 'orders' }, Status.ALREADY_EXISTS],
      [{ viewName: 'v1', sourceTableName: 'orders', columns: ['nope'] }, Status.INVALID_ARGUMENT],
      [{ viewName: 'v1', sourceTableName: 'orders', columns: ['id', 'id'] }, Status.INVALID_ARGUMENT],
      [
        { viewName: 'v1', sourceTableName: 'orders', whereFilters: [ge('nope', '1')] },
        Status.INVALID_ARGUMENT,
      ],
      [
        { viewName: 'v1', sourceTableName: 'orders', whereFilters: [ge('id', 'abc')] },
        Status.INVALID_ARGUMENT,
      ],
      [{ viewName: 'v1', sourceTableName: 'big_orders' }, Status.INVALID_ARGUMENT],
      [{ viewName: 'v1', sourceTableName: 'missing' }, Status.NOT_FOUND],
      [{ viewName: 'bad/name', sourceTableName: 'orders' }, Status.INVALID_ARGUMENT],
    ];
    for (const [command, status] of cases) {
      const refused = await failure(() => g.execute(CreateViewCommand, { path: [B], ...command }, key));
      expect([command.viewName, code(refused)]).toEqual([command.viewName, status]);
    }
    const table = await failure(() =>
      g.execute(
        CreateTableCommand,
        { path: [B], tableName: 'big_orders', columns: [col('id', 'INTEGER')] },
        key,
      ),
    );
    expect(code(table)).toBe(Status.ALREADY_EXISTS);
    const names = (await t.as(key).listTables({ path: rest })).tables.map((x) => x.name);
    expect(names).toEqual(['all_orders', 'big_orders', 'orders']);
  });

  it("another project's source or view is out of reach", async () => {
    const source = await failure(() =>
      g.execute(
        CreateViewCommand,
        { path: [B], viewName: 'theirs', sourcePath: [Q, B], sourceTableName: 'orders' },
        key,
      ),
    );
    expect(code(source)).toBe(Status.PERMISSION_DENIED);
    const read = await failure(() =>
      g.execute(PreviewTableCommand, { path: [P, B], tableName: 'big_orders' }, otherKey),
    );
    expect(code(read)).toBe(Status.PERMISSION_DENIED);
    // Q's bucket of the same name has no such view.
    const own = await failure(() =>
      g.execute(PreviewTableCommand, { path: [B], tableName: 'big_orders' }, otherKey),
    );
    expect(code(own)).toBe(Status.NOT_FOUND);
  });

  it('keeps the source while aliased: drop and column drop refused naming the alias', async () => {
    const drop = await failure(() => g.execute(DropTableCommand, { path: [B], tableName: 'orders' }, key));
    expect(code(drop)).toBe(Status.FAILED_PRECONDITION);
    expect(message(drop)).toContain(`${B}.big_orders`);
    const column = await failure(() =>
      g.execute(DropColumnCommand, { path: [B], tableName: 'orders', columnName: 'amount' }, key),
    );
    expect(code(column)).toBe(Status.FAILED_PRECONDITION);
    expect(message(column)).toContain(`${B}.big_orders`);
    const rest400 = await failure(() => t.as(key).deleteTable({ path: { ...rest, table_name: 'orders' } }));
    expect(rest400).toMatchObject({ status: 400, reason: 'table_has_aliases' });
    expect((await t.as(key).getTable({ path: { ...rest, table_name: 'orders' } })).columns).toHaveLength(3);
  });

  it('LoadTableToWorkspace copies the view rows', async () => {
    const ws = await g.run(
      CreateWorkspaceCommand,
      { projectId: P, workspaceId: 'wv' },
      CreateWorkspaceResponse,
      key,
    );
    const copied = await loadAndQuery(
      g,
      key,
      {
        source: { path: [B], tableName: 'big_orders' },
        workspace: { objectName: ws.workspaceObjectName, id: 'wv' },
      },
      'copy',
      'SELECT count(*) AS n, min(amount) AS low FROM copy',
    );
    expect(copied).toEqual({ n: '3', low: '7.25' });
  });

  it('a view on a dev branch exists there only and reads the branch copy of its source', async () => {
    const branch = await g.run(
      CreateDevBranchCommand,
      { projectId: P, branchId: 'dev1' },
      CreateDevBranchResponse,
      key,
    );
    const onBranch = [P, 'dev1', B];
    await g.run(
      CreateViewCommand,
      {
        path: onBranch,
        viewName: 'cheap',
        sourceTableName: 'orders',
        whereFilters: [{ columnsName: 'amount', operator: Op.lt, values: ['5'] } as never],
      },
      ObjectInfoResponse,
      key,
    );
    expect((await preview('cheap', {}, onBranch)).map((r) => r.id)).toEqual([1, 4, 6]);
    const onMain = await failure(() =>
      g.execute(PreviewTableCommand, { path: [B], tableName: 'cheap' }, key),
    );
    expect(code(onMain)).toBe(Status.NOT_FOUND);
    // The branch's rows change; main's view and the branch's see their own copy.
    await g.run(
      DeleteTableRowsCommand,
      {
        path: onBranch,
        tableName: 'orders',
        whereFilters: [{ columnsName: 'id', operator: Op.eq, values: ['1', '2'] } as never],
      },
      DeleteTableRowsResponse,
      key,
    );
    expect((await preview('cheap', {}, onBranch)).map((r) => r.id)).toEqual([4, 6]);
    expect((await preview('big_orders', {}, onBranch)).map((r) => r.id)).toEqual([3, 5]);
    expect((await preview('big_orders')).map((r) => r.id)).toEqual([2, 3, 5]);
    // Main's alias cannot be dropped from the branch.
    const mainsAlias = await failure(() =>
      g.execute(DropTableCommand, { path: onBranch, tableName: 'big_orders' }, key),
    );
    expect(code(mainsAlias)).toBe(Status.FAILED_PRECONDITION);
    await g.execute(
      DropDevBranchCommand,
      { devBranchReadOnlyRoleName: branch.devBranchReadOnlyRoleName },
      key,
    );
    const listed = await t.as(key).listTables({ path: rest });
    expect(listed.tables.map((x) => x.name)).toEqual(['all_orders', 'big_orders', 'orders']);
  });
});

describe('buckets', () => {
  it("a bucket goes with its views; one holding another bucket's view source is refused", async () => {
    await g.run(CreateBucketCommand, { projectId: P, bucketId: 'in.c-other' }, CreateBucketResponse, key);
    await g.run(
      CreateViewCommand,
      {
        path: ['in_c_other'],
        viewName: 'mirror',
        sourcePath: [B],
        sourceTableName: 'orders',
        columns: ['id'],
      },
      ObjectInfoResponse,
      key,
    );
    expect((await preview('mirror', {}, ['in_c_other'])).length).toBe(6);
    const c = t.as(key);
    const source = await failure(() => c.deleteBucket({ path: rest, query: { cascade: true } }));
    expect(source).toMatchObject({ status: 400, reason: 'table_has_aliases' });
    const other = { project_id: P, branch_id: 'default', bucket_name: 'in_c_other' };
    expect(await failure(() => c.deleteBucket({ path: other, query: { cascade: false } }))).toMatchObject({
      status: 409,
      reason: 'bucket_not_empty',
    });
    await c.deleteBucket({ path: other, query: { cascade: true } });
    await g.run(CreateBucketCommand, { projectId: P, bucketId: 'in.c-other' }, CreateBucketResponse, key);
    expect((await c.listTables({ path: other })).tables).toEqual([]);
    await c.deleteBucket({ path: other });
  });
});

describe('PG wire', () => {
  it('a workspace session reads the view as "<bucket>"."<view>" and cannot write it', async () => {
    const ws = await t.as(key).createWorkspace({ path: { project_id: P }, body: { name: 'pgviews' } });
    const cl = await connectWorkspace(ws.connection as WorkspaceConn);
    try {
      const rows = (await cl.query(`SELECT id, amount FROM "${B}"."big_orders" ORDER BY id`)).rows;
      expect(rows).toEqual([
        { id: 2, amount: '7.25' },
        { id: 3, amount: '10.00' },
        { id: 5, amount: '99.00' },
      ]);
      const state = async (sql: string) =>
        cl.query(sql).then(
          () => 'no error',
          (e: { code?: string }) => String(e.code),
        );
      expect(await state(`SELECT name FROM "${B}"."big_orders"`)).not.toBe('no error');
      expect(await state(`INSERT INTO "${B}"."big_orders" VALUES (1, 1)`)).toBe('42501');
      expect(await state(`DROP VIEW "${B}"."big_orders"`)).toBe('42501');
      // A new source row shows at the next statement.
      await load('id,name,amount\n8,honeydew,8.00\n');
      const n = (await cl.query(`SELECT count(*)::int AS n FROM "${B}".big_orders`)).rows;
      expect(n).toEqual([{ n: 4 }]);
    } finally {
      await cl.end();
    }
  });
});

describe('drop and restart', () => {
  it('DropTable drops the view only; the catalog row survives a restart; then the source can go', async () => {
    await g.execute(DropTableCommand, { path: [B], tableName: 'all_orders' }, key);
    expect((await t.as(key).listTables({ path: rest })).tables.map((x) => x.name)).toEqual([
      'big_orders',
      'orders',
    ]);
    const gone = await failure(() =>
      g.execute(DropTableCommand, { path: [B], tableName: 'all_orders' }, key),
    );
    expect(code(gone)).toBe(Status.NOT_FOUND);

    // Same data dir, a new server: the alias is loaded from metadata (migration 9's table).
    await g.close();
    await t.server.close();
    const again = await startTestServer({ DATA_DIR: t.dataDir });
    try {
      const view = await again.as(key).getTable({ path: { ...rest, table_name: 'big_orders' } });
      expect(view).toMatchObject({ row_count: 4, alias: { source_table: 'orders' } });
      await again.as(key).deleteTable({ path: { ...rest, table_name: 'big_orders' } });
      await again.as(key).deleteTable({ path: { ...rest, table_name: 'orders' } });
      expect((await again.as(key).listTables({ path: rest })).tables).toEqual([]);
    } finally {
      await again.stop();
    }
    // Both servers are closed: afterAll only removes the first one's data dir.
    const dataDir = t.dataDir;
    t = { ...t, stop: async () => rmSync(dataDir, { recursive: true, force: true }) };
    g = { ...g, close: async () => undefined };
  });
});
