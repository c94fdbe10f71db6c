// The HTTP bridge's dispatcher (src/grpc/bridge.ts): proto3 canonical JSON in and out over the same
// Execute path as gRPC. (The REST routes POST /driver/execute and GET /driver/commands are not in
// the spec yet; this drives the function they will call.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../src/core/model.js';
import { type BridgeRequest, driverCommands, executeBridge } from '../src/grpc/bridge.js';
import type { DriverDeps } from '../src/grpc/execute.js';
import { createLogger } from '../src/log.js';
import { createGrpcMetrics } from '../src/metrics-grpc.js';
import { ADMIN_KEY, failure, startTestServer, type TestServer } from './helpers/server.js';

let t: TestServer;
let deps: DriverDeps;
let project: Principal;
const admin: Principal = { kind: 'admin' };

const run = (principal: Principal, body: BridgeRequest) =>
  executeBridge(deps, body, { requestId: 'bridge-test', signal: new AbortController().signal, principal });

beforeAll(async () => {
  t = await startTestServer();
  deps = {
    storage: t.server.storage,
    adminApiKey: ADMIN_KEY,
    log: createLogger('silent'),
    metrics: createGrpcMetrics(t.server.metrics.registry),
    callTimeoutMs: 60_000,
  };
});
afterAll(async () => {
  await t?.stop();
});

describe('executeBridge', () => {
  it('runs commands given by name with snake_case fields; answers canonical JSON with @type', async () => {
    const init = await run(admin, { command: { type: 'InitBackendCommand' } });
    expect(init.commandResponse).toEqual({
      '@type': 'type.googleapis.com/keboola.storageDriver.command.backend.InitBackendResponse',
    });
    expect(init.messages).toEqual([{ level: 'Info', message: expect.any(String) }]);
    const created = await run(admin, { command: { type: 'CreateProjectCommand', project_id: 'br1' } });
    expect(created.commandResponse).toMatchObject({
      projectDatabaseName: 'br1',
      projectUserName: 'project_br1',
    });
    const key = String(created.commandResponse?.projectPassword);
    const entry = t.server.storage.catalog.keysByHash.values().next().value;
    project = {
      kind: 'project',
      keyId: entry?.key.id ?? '',
      projectId: 'br1',
      scope: 'project_admin',
      branchId: null,
    };
    expect(key).not.toBe('');
    await run(project, {
      command: {
        '@type': 'type.googleapis.com/keboola.storageDriver.command.bucket.CreateBucketCommand',
        project_id: 'br1',
        bucket_id: 'in.c-x',
      },
      credentials: { project_id: 'br1' },
    });
    await run(project, {
      command: {
        type: 'CreateTableCommand',
        path: ['in_c_x'],
        table_name: 't',
        columns: [{ name: 'id', type: 'BIGINT' }],
        primary_keys_names: ['id'],
      },
    });
    const info = await run(project, {
      command: { type: 'ObjectInfoCommand', path: ['in_c_x', 't'], expected_object_type: 'TABLE' },
    });
    // int64 as strings, enums by name, default values left out (tableType NORMAL, rowsCount 0).
    expect(info.commandResponse).toMatchObject({
      '@type': 'type.googleapis.com/keboola.storageDriver.command.info.ObjectInfoResponse',
      objectType: 'TABLE',
      tableInfo: { tableName: 't', columns: [{ name: 'id', type: 'BIGINT' }], primaryKeysNames: ['id'] },
    });
    expect(info.commandResponse?.tableInfo).not.toHaveProperty('rowsCount');
    const dropped = await run(project, {
      command: { type: 'DropTableCommand', path: ['in_c_x'], tableName: 't' },
    });
    expect(dropped.commandResponse).toBeNull();
  });

  it('refuses an unknown field, an unknown type and another project, with the core error', async () => {
    const field = await failure<{ code: string; reason: string }>(() =>
      run(project, { command: { type: 'ObjectInfoCommand', path: [], no_such_field: 1 } }),
    );
    expect(field).toMatchObject({ code: 'INVALID_ARGUMENT', reason: 'invalid_command' });
    const type = await failure<{ code: string }>(() =>
      run(project, { command: { type: 'TeleportCommand' } }),
    );
    expect(type.code).toBe('INVALID_ARGUMENT');
    const other = await failure<{ code: string }>(() =>
      run(project, { command: { type: 'ListSchemasCommand' }, credentials: { host: 'other' } }),
    );
    expect(other.code).toBe('PERMISSION_DENIED');
    const missing = await failure<{ code: string; reason: string }>(() =>
      run(project, { command: { type: 'PreviewTableCommand', path: ['in_c_x'], tableName: 'gone' } }),
    );
    expect(missing).toMatchObject({ code: 'NOT_FOUND', reason: 'table_not_found' });
    const unserved = await failure<{ reason: string; message: string }>(() =>
      run(project, { command: { type: 'GrantExternalBucketSubscriberCommand' } }),
    );
    expect(unserved.reason).toBe('unimplemented');
    expect(unserved.message).toContain('GrantExternalBucketSubscriberCommand');
  });

  it('driverCommands lists every command with its response and status', () => {
    const list = driverCommands();
    expect(list.total_commands).toBe(list.supported_commands.length);
    expect(
      list.supported_commands.find((c) => c.type === 'GrantExternalBucketSubscriberCommand'),
    ).toMatchObject({
      status: 'unimplemented',
    });
    expect(list.supported_commands.find((c) => c.type === 'CreateViewCommand')).toMatchObject({
      status: 'handled',
      response: 'keboola.storageDriver.command.info.ObjectInfoResponse',
    });
    expect(list.supported_commands.find((c) => c.type === 'TableImportFromFileCommand')).toMatchObject({
      status: 'handled',
      response: 'keboola.storageDriver.command.table.TableImportResponse',
    });
  });
});

describe('POST /driver/execute and GET /driver/commands', () => {
  const post = (key: string | null, body: unknown) =>
    t.fetch('/driver/execute', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(key === null ? {} : { authorization: `Bearer ${key}` }),
      },
      body: JSON.stringify(body),
    });
  let key: string;

  it('runs a Connection-like sequence with the project key Connection stores', async () => {
    const created = await post(ADMIN_KEY, { command: { type: 'CreateProjectCommand', project_id: 'br2' } });
    expect(created.status).toBe(200);
    key = ((await created.json()) as { commandResponse: { projectPassword: string } }).commandResponse
      .projectPassword;
    const bucket = await post(key, {
      command: { type: 'CreateBucketCommand', project_id: 'br2', bucket_id: 'in.c-web' },
      credentials: { project_id: 'br2' },
    });
    expect(await bucket.json()).toMatchObject({
      commandResponse: { createBucketObjectName: 'in_c_web', path: ['br2', 'in_c_web'] },
    });
    const listed = await t.as(key).listBuckets({ path: { project_id: 'br2', branch_id: 'default' } });
    expect(listed.buckets.map((b) => b.name)).toEqual(['in_c_web']);
    const schemas = await post(key, {
      command: { type: 'ListSchemasCommand' },
      credentials: { project_id: 'br2' },
    });
    expect(await schemas.json()).toEqual({
      commandResponse: {
        '@type': 'type.googleapis.com/keboola.storageDriver.command.info.ListSchemasResponse',
        schemas: ['in_c_web'],
      },
      messages: [],
    });
  });

  it('answers the REST statuses: 401, 403, 400 for bad commands, 404, 501 for unserved ones', async () => {
    expect((await post(null, { command: { type: 'ListSchemasCommand' } })).status).toBe(401);
    expect((await post(key, { command: { type: 'InitBackendCommand' } })).status).toBe(403);
    expect(
      (await post(key, { command: { type: 'ListSchemasCommand' }, credentials: { host: 'br1' } })).status,
    ).toBe(403);
    expect((await post(key, { command: { type: 'NoSuchCommand' } })).status).toBe(400);
    expect((await post(key, { command: { type: 'ListSchemasCommand', bogus: true } })).status).toBe(400);
    expect(
      (await post(key, { command: { type: 'PreviewTableCommand', path: ['in_c_web'], table_name: 'x' } }))
        .status,
    ).toBe(404);
    const unserved = await post(key, {
      command: { type: 'GrantExternalBucketSubscriberCommand' },
    });
    expect(unserved.status).toBe(501);
    expect(await unserved.json()).toMatchObject({ error: 'unimplemented' });
  });

  it('lists the commands without a credential', async () => {
    const res = await t.fetch('/driver/commands');
    expect(res.status).toBe(200);
    const body = (await res.json()) as ReturnType<typeof driverCommands>;
    expect(body).toEqual(driverCommands());
  });
});
