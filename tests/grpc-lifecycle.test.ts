// Every driver command over a generated nice-grpc client on loopback, each compared with what the
// REST API shows of the same objects (one storage: the gRPC server runs over t.server.storage).
import { Status } from 'nice-grpc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../generated/grpc/commands.js';
import {
  InitBackendCommand,
  InitBackendResponse,
  RemoveBackendCommand,
} from '../generated/grpc/proto/backend.js';
import {
  CreateBucketCommand,
  CreateBucketResponse,
  DropBucketCommand,
  GrantBucketAccessToReadOnlyRoleCommand,
  GrantBucketAccessToReadOnlyRoleResponse,
  GrantExternalBucketSubscriberCommand,
  LinkBucketCommand,
  LinkedBucketResponse,
  RevokeBucketAccessFromReadOnlyRoleCommand,
  ShareBucketCommand,
  ShareBucketResponse,
  UnlinkBucketCommand,
  UnshareBucketCommand,
} from '../generated/grpc/proto/bucket.js';
import { LogMessage_Level } from '../generated/grpc/proto/common.js';
import {
  ExecuteQueryCommand,
  ExecuteQueryResponse,
  ExecuteQueryResponse_Status,
} from '../generated/grpc/proto/executeQuery.js';
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
  DropProjectCommand,
  UpdateProjectCommand,
} from '../generated/grpc/proto/project.js';
import {
  AddColumnCommand,
  AddPrimaryKeyCommand,
  AlterColumnCommand,
  CreateProfileTableCommand,
  CreateProfileTableResponse,
  CreateTableCommand,
  CreateTableFromTimeTravelCommand,
  DeleteTableRowsCommand,
  DeleteTableRowsResponse,
  DropColumnCommand,
  DropPrimaryKeyCommand,
  DropTableCommand,
  ImportExportShared_ExportOrderBy_Order,
  ImportExportShared_FileFormat,
  ImportExportShared_FileProvider,
  ImportExportShared_ImportOptions_ImportType,
  ImportExportShared_TableWhereFilter_Operator,
  PreviewTableCommand,
  PreviewTableResponse,
  TableExportToFileCommand,
  TableExportToFileResponse,
  TableImportFromFileCommand,
  TableImportFromTableCommand,
  TableImportResponse,
} from '../generated/grpc/proto/table.js';
import {
  ClearWorkspaceCommand,
  CreateWorkspaceCommand,
  CreateWorkspaceResponse,
  CreateWorkspaceUserCommand,
  CreateWorkspaceUserResponse,
  DropWorkspaceCommand,
  DropWorkspaceObjectCommand,
  DropWorkspaceUserCommand,
  ResetWorkspacePasswordCommand,
  ResetWorkspacePasswordResponse,
} from '../generated/grpc/proto/workspace.js';
import { type GrpcHarness, loadAndQuery, startGrpc } from './helpers/grpc.js';
import { failure, startTestServer, type TestServer } from './helpers/server.js';

let t: TestServer;
let g: GrpcHarness;
let key: string;
let otherKey: string;
const P = 'gp';
const Q = 'gq';
const B = 'in_c_sales';
const rest = { project_id: P, branch_id: 'default', bucket_name: B };

const CSV = 'id,name,amount\n1,apple,1.50\n2,banana,0.25\n3,cherry,10.00\n';

beforeAll(async () => {
  t = await startTestServer();
  g = await startGrpc(t);
});
afterAll(async () => {
  await g?.close();
  await t?.stop();
});

const code = (e: unknown) => (e as { code: Status }).code;
const col = (name: string, type: string, extra: Record<string, unknown> = {}) =>
  ({ name, type, ...extra }) as never;

async function uploadCsv(content: string, name = 'data.csv'): Promise<string> {
  const file = await t
    .as(key)
    .uploadFileStream({ path: { project_id: P }, query: { name }, body: Buffer.from(content) });
  return file.id;
}

describe('backend and projects', () => {
  it('InitBackend (admin) answers InitBackendResponse with a log message for this call only', async () => {
    const answer = await g.execute(InitBackendCommand, {});
    expect(answer.commandResponse?.typeUrl).toBe(`type.googleapis.com/${InitBackendResponse.$type}`);
    expect(answer.messages).toHaveLength(1);
    expect(answer.messages[0]?.level).toBe(LogMessage_Level.Informational);
    const again = await g.execute(RemoveBackendCommand, {});
    expect(again.commandResponse).toBeUndefined();
    expect(again.messages).toHaveLength(1);
  });

  it('CreateProject gives a project key REST accepts', async () => {
    const created = await g.run(CreateProjectCommand, { projectId: P }, CreateProjectResponse);
    expect(created.projectDatabaseName).toBe(P);
    expect(created.projectUserName).toBe(`project_${P}`);
    key = created.projectPassword;
    expect((await t.as(key).getProject({ path: { project_id: P } })).id).toBe(P);
    otherKey = (await g.run(CreateProjectCommand, { projectId: Q }, CreateProjectResponse)).projectPassword;
    expect(code(await failure(() => g.execute(CreateProjectCommand, { projectId: P })))).toBe(
      Status.ALREADY_EXISTS,
    );
  });

  it('UpdateProject keeps the timezone in the project settings', async () => {
    await g.execute(UpdateProjectCommand, { projectId: P, timezone: 'Europe/Prague' }, key);
    expect((await t.admin.getProject({ path: { project_id: P } })).settings).toEqual({
      timezone: 'Europe/Prague',
    });
  });
});

describe('buckets and tables', () => {
  it('CreateBucket normalizes the bucket id as REST names it', async () => {
    const b = await g.run(
      CreateBucketCommand,
      { projectId: P, bucketId: 'in.c-sales' },
      CreateBucketResponse,
      key,
    );
    expect(b).toMatchObject({ path: [P, B], createBucketObjectName: B });
    const buckets = await t.as(key).listBuckets({ path: { project_id: P, branch_id: 'default' } });
    expect(buckets.buckets.map((x) => x.name)).toEqual([B]);
  });

  it('CreateTable: the answer is the table REST shows (unset nullable = nullable)', async () => {
    const info = await g.run(
      CreateTableCommand,
      {
        path: [B],
        tableName: 'orders',
        columns: [col('id', 'INTEGER'), col('name', 'VARCHAR'), col('amount', 'DECIMAL', { length: '10,2' })],
        primaryKeysNames: ['id'],
      },
      ObjectInfoResponse,
      key,
    );
    const table = await t.as(key).getTable({ path: { ...rest, table_name: 'orders' } });
    expect(info.tableInfo?.columns.map((c) => [c.name, c.type, c.nullable])).toEqual(
      table.columns.map((c) => [c.name, c.type, c.nullable]),
    );
    expect(table.columns.map((c) => c.type)).toEqual(['INTEGER', 'VARCHAR', 'DECIMAL(10,2)']);
    expect(table.columns[1]?.nullable).toBe(true);
    expect(info.tableInfo?.primaryKeysNames).toEqual(table.primary_key);
  });

  it('TableImportFromFile loads a file uploaded through the Files API (full, then incremental upsert)', async () => {
    const fileId = await uploadCsv(CSV);
    const full = await g.run(
      TableImportFromFileCommand,
      {
        fileProvider: ImportExportShared_FileProvider.HTTP,
        fileFormat: ImportExportShared_FileFormat.CSV,
        filePath: { root: `project_${P}`, path: '', fileName: fileId } as never,
        destination: { path: [B], tableName: 'orders' } as never,
      },
      TableImportResponse,
      key,
    );
    expect(full.importedRowsCount).toBe(3n);
    expect(full.tableRowsCount).toBe(3n);
    expect(full.importedColumns).toEqual(['id', 'name', 'amount']);
    const more = await uploadCsv('id,name,amount\n3,cherry,11.00\n4,date,2.00\n');
    const inc = await g.run(
      TableImportFromFileCommand,
      {
        filePath: { root: `project_${P}`, path: '', fileName: more } as never,
        destination: { path: [P, B], tableName: 'orders' } as never,
        importOptions: { importType: ImportExportShared_ImportOptions_ImportType.INCREMENTAL } as never,
      },
      TableImportResponse,
      key,
    );
    expect(inc.tableRowsCount).toBe(4n);
    // The same file by its object key (S3 API and Files API are one store), provider S3.
    const listed = await t.as(key).listFiles({ path: { project_id: P } });
    const stored = listed.files.find((f) => f.id === more);
    const day = (stored?.created_at ?? '').slice(0, 10).replace(/-/g, '/');
    const byKey = await g.run(
      TableImportFromFileCommand,
      {
        fileProvider: ImportExportShared_FileProvider.S3,
        filePath: { root: `project_${P}`, path: day, fileName: `${more}_data.csv` } as never,
        destination: { path: [B], tableName: 'orders' } as never,
        importOptions: { importType: ImportExportShared_ImportOptions_ImportType.INCREMENTAL } as never,
      },
      TableImportResponse,
      key,
    );
    // Both rows exist already: the upsert updates them (imported = rows added, as REST).
    expect(byKey).toMatchObject({ importedRowsCount: 0n, tableRowsCount: 4n });
    const table = await t.as(key).getTable({ path: { ...rest, table_name: 'orders' } });
    expect(table.row_count).toBe(4);
    expect(BigInt(table.size_bytes)).toBe(inc.tableSizeBytes);
  });

  it('PreviewTable with columns, order, a filter and a limit equals the REST preview', async () => {
    const preview = await g.run(
      PreviewTableCommand,
      {
        path: [B],
        tableName: 'orders',
        columns: ['id', 'amount'],
        orderBy: [{ columnName: 'amount', order: ImportExportShared_ExportOrderBy_Order.DESC } as never],
        filters: {
          limit: 2,
          whereFilters: [
            { columnsName: 'id', operator: ImportExportShared_TableWhereFilter_Operator.ge, values: ['2'] },
          ],
        } as never,
      },
      PreviewTableResponse,
      key,
    );
    const viaRest = await t.as(key).previewTable({
      path: { ...rest, table_name: 'orders' },
      query: {
        columns: 'id,amount',
        order_by: 'amount:desc',
        where_column: 'id',
        where_operator: 'ge',
        where_values: ['2'],
        limit: 2,
      },
    });
    expect(preview.columns).toEqual(['id', 'amount']);
    expect(
      preview.rows.map((r) => Object.fromEntries(r.columns.map((c) => [c.columnName, c.value]))),
    ).toEqual(viaRest.rows);
    expect(preview.rows.map((r) => r.columns[0]?.value)).toEqual([3, 4]);
  });

  it('ObjectInfo DATABASE, SCHEMA and TABLE match REST', async () => {
    const db = await g.run(ObjectInfoCommand, { path: [] }, ObjectInfoResponse, key);
    expect(db.databaseInfo?.objects).toEqual([
      expect.objectContaining({ objectName: B, objectType: ObjectType.SCHEMA }),
    ]);
    const schema = await g.run(
      ObjectInfoCommand,
      { path: [P, B], expectedObjectType: ObjectType.SCHEMA },
      ObjectInfoResponse,
      key,
    );
    const tables = await t.as(key).listTables({ path: rest });
    expect(schema.schemaInfo?.objects.map((o) => o.objectName)).toEqual(tables.tables.map((x) => x.name));
    const info = await g.run(
      ObjectInfoCommand,
      { path: [B, 'orders'], expectedObjectType: ObjectType.TABLE },
      ObjectInfoResponse,
      key,
    );
    const table = await t.as(key).getTable({ path: { ...rest, table_name: 'orders' } });
    expect(info.tableInfo).toMatchObject({
      tableName: 'orders',
      rowsCount: BigInt(table.row_count),
      sizeBytes: BigInt(table.size_bytes),
      path: [B],
    });
    const schemas = await g.run(ListSchemasCommand, {}, ListSchemasResponse, key);
    expect(schemas.schemas).toEqual([B]);
  });

  it('schema changes: add, alter, drop column, drop and add the primary key', async () => {
    const ref = { path: { ...rest, table_name: 'orders' } };
    await g.run(
      AddColumnCommand,
      { path: [B], tableName: 'orders', columnDefinition: col('note', 'VARCHAR', { default: "'-'" }) },
      ObjectInfoResponse,
      key,
    );
    expect((await t.as(key).getTable(ref)).columns.map((c) => c.name)).toEqual([
      'id',
      'name',
      'amount',
      'note',
    ]);
    await g.run(
      AlterColumnCommand,
      {
        path: [B],
        tableName: 'orders',
        desiredDefiniton: col('amount', 'DECIMAL', { length: '12,2' }),
        attributesToUpdate: ['type'],
      },
      ObjectInfoResponse,
      key,
    );
    expect((await t.as(key).getTable(ref)).columns[2]?.type).toBe('DECIMAL(12,2)');
    const dropped = await g.run(
      DropColumnCommand,
      { path: [B], tableName: 'orders', columnName: 'note' },
      ObjectInfoResponse,
      key,
    );
    expect(dropped.tableInfo?.columns.map((c) => c.name)).toEqual(['id', 'name', 'amount']);
    await g.run(DropPrimaryKeyCommand, { path: [B], tableName: 'orders' }, ObjectInfoResponse, key);
    expect((await t.as(key).getTable(ref)).primary_key).toEqual([]);
    await g.run(
      AddPrimaryKeyCommand,
      { path: [B], tableName: 'orders', primaryKeysNames: ['id'] },
      ObjectInfoResponse,
      key,
    );
    expect((await t.as(key).getTable(ref)).primary_key).toEqual(['id']);
  });

  it('TableImportFromTable, CreateProfileTable and DeleteTableRows', async () => {
    await g.run(
      CreateTableCommand,
      { path: [B], tableName: 'copy', columns: [col('id', 'INTEGER'), col('name', 'VARCHAR')] },
      ObjectInfoResponse,
      key,
    );
    const copied = await g.run(
      TableImportFromTableCommand,
      {
        source: {
          path: [B],
          tableName: 'orders',
          whereFilters: [
            { columnsName: 'id', operator: ImportExportShared_TableWhereFilter_Operator.le, values: ['3'] },
          ],
          columnMappings: [
            { sourceColumnName: 'id', destinationColumnName: 'id' },
            { sourceColumnName: 'name', destinationColumnName: 'name' },
          ],
        } as never,
        destination: { path: [B], tableName: 'copy' } as never,
      },
      TableImportResponse,
      key,
    );
    expect(copied.importedRowsCount).toBe(3n);
    const profile = await g.run(
      CreateProfileTableCommand,
      { path: [B], tableName: 'copy' },
      CreateProfileTableResponse,
      key,
    );
    expect(profile.columns.map((c) => c.name)).toEqual(['id', 'name']);
    expect(() => JSON.parse(profile.profile)).not.toThrow();
    const deleted = await g.run(
      DeleteTableRowsCommand,
      {
        path: [B],
        tableName: 'copy',
        whereFilters: [
          {
            columnsName: 'name',
            operator: ImportExportShared_TableWhereFilter_Operator.eq,
            values: ['apple', 'banana'],
          } as never,
        ],
      },
      DeleteTableRowsResponse,
      key,
    );
    expect(deleted).toMatchObject({ deletedRowsCount: 2n, tableRowsCount: 1n });
    expect((await t.as(key).getTable({ path: { ...rest, table_name: 'copy' } })).row_count).toBe(1);
  });

  it('TableExportToFile writes a file at the requested key, readable through the Files API', async () => {
    const exported = await g.run(
      TableExportToFileCommand,
      {
        source: { path: [B], tableName: 'orders' } as never,
        filePath: { root: `project_${P}`, path: 'exports/run-1', fileName: 'orders.csv' } as never,
        exportOptions: {
          columnsToExport: ['id', 'name'],
          orderBy: [{ columnName: 'id', order: ImportExportShared_ExportOrderBy_Order.DESC }],
          filters: { limit: 3 },
        } as never,
      },
      TableExportToFileResponse,
      key,
    );
    expect(exported.tableInfo?.rowsCount).toBe(3n);
    const files = await t.as(key).listFiles({ path: { project_id: P } });
    const file = files.files.find((f) => f.name === 'orders.csv');
    expect(file).toBeDefined();
    const download = await t.as(key).downloadFile({ path: { project_id: P, file_id: file?.id ?? '' } });
    const body = 'text' in download ? await download.text() : '';
    expect(body).toBe('id,name\n4,date\n3,cherry\n2,banana\n');
  });

  it('CreateTableFromTimeTravel restores the newest snapshot at or before the timestamp', async () => {
    await t.as(key).createSnapshot({
      path: { project_id: P, branch_id: 'default' },
      body: { bucket: B, table: 'orders' },
    });
    await g.run(
      CreateTableFromTimeTravelCommand,
      {
        source: { path: [B], tableName: 'orders' } as never,
        destination: { path: [B], tableName: 'orders_then' } as never,
        timestamp: BigInt(Math.ceil(Date.now() / 1000) + 1),
      },
      ObjectInfoResponse,
      key,
    );
    expect((await t.as(key).getTable({ path: { ...rest, table_name: 'orders_then' } })).row_count).toBe(4);
    const none = await failure(() =>
      g.execute(
        CreateTableFromTimeTravelCommand,
        {
          source: { path: [B], tableName: 'orders' } as never,
          destination: { path: [B], tableName: 'older' } as never,
          timestamp: 1n,
        },
        key,
      ),
    );
    expect(code(none)).toBe(Status.NOT_FOUND);
  });
});

describe('sharing, branches, queries, workspaces', () => {
  it('Share, Link (admin), Unlink, Unshare and read-only grants, as REST sees them', async () => {
    const share = await g.run(
      ShareBucketCommand,
      { sourceProjectId: P, sourceBucketId: 'in.c-sales' },
      ShareBucketResponse,
      key,
    );
    expect(share.bucketShareRoleName).toBe(`share_${P}_${B}`);
    // A project key may link only what was shared with it.
    const refused = await failure(() =>
      g.execute(
        LinkBucketCommand,
        { targetProjectId: Q, targetBucketId: 'in.c-linked', sourceShareRoleName: share.bucketShareRoleName },
        otherKey,
      ),
    );
    expect(code(refused)).toBe(Status.PERMISSION_DENIED);
    const linked = await g.run(
      LinkBucketCommand,
      { targetProjectId: Q, targetBucketId: 'in.c-linked', sourceShareRoleName: share.bucketShareRoleName },
      LinkedBucketResponse,
      undefined,
      Q,
    );
    expect(linked.linkedBucketObjectName).toBe('in_c_linked');
    const buckets = await t.as(otherKey).listBuckets({ path: { project_id: Q, branch_id: 'default' } });
    expect(buckets.buckets).toEqual([
      expect.objectContaining({ name: 'in_c_linked', is_linked: true, source_project_id: P }),
    ]);
    const preview = await g.run(
      PreviewTableCommand,
      { path: ['in_c_linked'], tableName: 'orders' },
      PreviewTableResponse,
      otherKey,
    );
    expect(preview.rows).toHaveLength(4);
    expect(code(await failure(() => g.execute(UnshareBucketCommand, { bucketObjectName: B }, key)))).toBe(
      Status.FAILED_PRECONDITION,
    );
    await g.execute(UnlinkBucketCommand, { bucketObjectName: 'in_c_linked' }, otherKey);
    await g.execute(UnshareBucketCommand, { bucketObjectName: B }, key);
    expect((await t.as(key).getBucket({ path: rest })).name).toBe(B);
    const grant = await g.run(
      GrantBucketAccessToReadOnlyRoleCommand,
      { path: [B] },
      GrantBucketAccessToReadOnlyRoleResponse,
      key,
    );
    expect(grant.createBucketObjectName).toBe(B);
    await g.execute(RevokeBucketAccessFromReadOnlyRoleCommand, { bucketObjectName: B }, key);
  });

  it('dev branches: create, copy-on-write through a branch path, drop', async () => {
    const branch = await g.run(
      CreateDevBranchCommand,
      { projectId: P, branchId: '123' },
      CreateDevBranchResponse,
      key,
    );
    const listed = await t.as(key).listBranches({ path: { project_id: P } });
    expect(listed.branches.map((b) => b.name)).toEqual(['123']);
    const id = listed.branches[0]?.id ?? '';
    expect(branch.devBranchReadOnlyRoleName).toBe(`branch_${P}_${id}_readonly`);
    await g.run(
      DeleteTableRowsCommand,
      { path: [P, '123', B], tableName: 'orders' },
      DeleteTableRowsResponse,
      key,
    );
    const onBranch = await t.as(key).getTable({ path: { ...rest, branch_id: id, table_name: 'orders' } });
    expect(onBranch).toMatchObject({ row_count: 0, source: 'branch' });
    expect((await t.as(key).getTable({ path: { ...rest, table_name: 'orders' } })).row_count).toBe(4);
    await g.execute(
      DropDevBranchCommand,
      { devBranchReadOnlyRoleName: branch.devBranchReadOnlyRoleName },
      key,
    );
    expect((await t.as(key).listBranches({ path: { project_id: P } })).branches).toEqual([]);
  });

  it('ExecuteQuery runs sandboxed over the project tables; SQL errors answer status Error', async () => {
    const ok = await g.run(
      ExecuteQueryCommand,
      { query: `SELECT count(*) AS n, max(name) AS top FROM "${B}"."orders"` },
      ExecuteQueryResponse,
      key,
    );
    expect(ok.status).toBe(ExecuteQueryResponse_Status.Success);
    expect(ok.data?.columns).toEqual(['n', 'top']);
    expect(ok.data?.rows[0]?.fields).toEqual({ n: '4', top: 'date' });
    const bad = await g.execute(ExecuteQueryCommand, { query: 'SELEC 1' }, key);
    expect(ExecuteQueryResponse.decode(bad.commandResponse?.value ?? new Uint8Array()).status).toBe(
      ExecuteQueryResponse_Status.Error,
    );
    expect(bad.messages[0]?.level).toBe(LogMessage_Level.Error);
    const outside = await g.run(
      ExecuteQueryCommand,
      { query: "SELECT * FROM read_text('/etc/hostname')" },
      ExecuteQueryResponse,
      key,
    );
    expect(outside.status).toBe(ExecuteQueryResponse_Status.Error);
    const scoped = await failure(() =>
      g.execute(ExecuteQueryCommand, { pathRestriction: [B], query: 'SELECT 1' }, key),
    );
    expect(code(scoped)).toBe(Status.UNIMPLEMENTED);
  });

  it('workspaces: create, load, query, drop object, clear, reset password, a user, drop', async () => {
    const ws = await g.run(
      CreateWorkspaceCommand,
      { projectId: P, workspaceId: '777' },
      CreateWorkspaceResponse,
      key,
    );
    const detail = await t
      .as(key)
      .getWorkspace({ path: { project_id: P, workspace_id: ws.workspaceObjectName } });
    expect(detail).toMatchObject({ name: '777' });
    expect(ws.workspacePassword).not.toBe('');
    const loaded = await loadAndQuery(
      g,
      key,
      {
        source: { path: [B], tableName: 'orders' },
        workspace: { objectName: ws.workspaceObjectName, id: '777' },
      },
      'o',
      'SELECT count(*) AS n FROM o',
    );
    expect(loaded).toEqual({ n: '4' });
    await g.execute(
      DropWorkspaceObjectCommand,
      { workspaceObjectName: ws.workspaceObjectName, objectNameToDrop: 'o' },
      key,
    );
    expect(
      code(
        await failure(() =>
          g.execute(DropWorkspaceObjectCommand, { workspaceObjectName: '777', objectNameToDrop: 'o' }, key),
        ),
      ),
    ).toBe(Status.NOT_FOUND);
    await g.execute(
      DropWorkspaceObjectCommand,
      { workspaceObjectName: '777', objectNameToDrop: 'o', ignoreIfNotExists: true },
      key,
    );
    await g.execute(
      ClearWorkspaceCommand,
      { workspaceObjectName: ws.workspaceObjectName, objectsToPreserve: ['keep'] },
      key,
    );
    const reset = await g.run(
      ResetWorkspacePasswordCommand,
      { workspaceUserName: ws.workspaceUserName },
      ResetWorkspacePasswordResponse,
      key,
    );
    expect(reset.workspacePassword).not.toBe(ws.workspacePassword);
    const user = await g.run(
      CreateWorkspaceUserCommand,
      { projectId: P, workspaceId: '777' },
      CreateWorkspaceUserResponse,
      key,
    );
    expect(user.workspaceUserName).toMatch(new RegExp(`^ws_${ws.workspaceObjectName}_u[0-9a-f]{8}$`));
    expect(user.workspacePassword).not.toBe('');
    await g.execute(DropWorkspaceUserCommand, { workspaceUserName: user.workspaceUserName }, key);
    await g.execute(DropWorkspaceCommand, { workspaceObjectName: ws.workspaceObjectName }, key);
    expect((await t.as(key).listWorkspaces({ path: { project_id: P } })).workspaces).toEqual([]);
  });

  it('commands DuckStorage cannot serve answer UNIMPLEMENTED naming them', async () => {
    const bigQuery = await failure(() => g.execute(GrantExternalBucketSubscriberCommand, {}, key));
    expect(code(bigQuery)).toBe(Status.UNIMPLEMENTED);
    expect((bigQuery as Error).message).toContain('GrantExternalBucketSubscriberCommand');
  });
});

describe('drops', () => {
  it('DropTable, DropBucket and DropProject remove what REST shows', async () => {
    await g.execute(DropTableCommand, { path: [B], tableName: 'copy' }, key);
    expect(
      code(await failure(() => g.execute(DropTableCommand, { path: [B], tableName: 'copy' }, key))),
    ).toBe(Status.NOT_FOUND);
    await g.execute(DropTableCommand, { path: [B], tableName: 'copy', ignoreErrors: true }, key);
    expect(code(await failure(() => g.execute(DropBucketCommand, { bucketObjectName: B }, key)))).toBe(
      Status.FAILED_PRECONDITION,
    );
    await g.execute(DropBucketCommand, { bucketObjectName: B, isCascade: true }, key);
    expect((await t.as(key).listBuckets({ path: { project_id: P, branch_id: 'default' } })).buckets).toEqual(
      [],
    );
    await g.execute(DropProjectCommand, { projectDatabaseName: P });
    expect(
      (await failure<{ status: number }>(() => t.admin.getProject({ path: { project_id: P } }))).status,
    ).toBe(404);
  });

  it('every command ran and the metrics counted them by type and status', async () => {
    const text = await t.server.metrics.registry.metrics();
    expect(text).toContain('duckstorage_grpc_commands_total{command="CreateTableCommand",status="OK"}');
    expect(text).toContain('duckstorage_grpc_command_duration_seconds_bucket');
    expect(Object.keys(COMMANDS).length).toBeGreaterThanOrEqual(45);
  });
});

describe("Connection's _timestamp column", () => {
  it('stamps loaded rows, and changeSince filters previews and deletes by it', async () => {
    const p = 'gts';
    const k = (await g.run(CreateProjectCommand, { projectId: p }, CreateProjectResponse)).projectPassword;
    await g.execute(CreateBucketCommand, { projectId: p, bucketId: 'in.c-ts' }, k);
    await g.run(
      CreateTableCommand,
      { path: ['in_c_ts'], tableName: 't', columns: [col('id', 'INTEGER'), col('_timestamp', 'TIMESTAMP')] },
      ObjectInfoResponse,
      k,
    );
    const before = Math.floor(Date.now() / 1000) - 1;
    const file = await t.as(k).uploadFileStream({
      path: { project_id: p },
      query: { name: 'ts.csv' },
      body: Buffer.from('id\n1\n2\n'),
    });
    await g.execute(
      TableImportFromFileCommand,
      {
        filePath: { root: `project_${p}`, path: '', fileName: file.id } as never,
        destination: { path: ['in_c_ts'], tableName: 't' } as never,
      },
      k,
    );
    const recent = await g.run(
      PreviewTableCommand,
      { path: ['in_c_ts'], tableName: 't', filters: { changeSince: String(before) } as never },
      PreviewTableResponse,
      k,
    );
    expect(recent.rows).toHaveLength(2);
    expect(recent.rows[0]?.columns[1]?.value).toEqual(expect.any(String));
    const later = await g.run(
      PreviewTableCommand,
      { path: ['in_c_ts'], tableName: 't', filters: { changeSince: String(before + 3600) } as never },
      PreviewTableResponse,
      k,
    );
    expect(later.rows).toHaveLength(0);
    const deleted = await g.run(
      DeleteTableRowsCommand,
      { path: ['in_c_ts'], tableName: 't', changeUntil: String(before) },
      DeleteTableRowsResponse,
      k,
    );
    expect(deleted).toMatchObject({ deletedRowsCount: 0n, tableRowsCount: 2n });
  });
});
