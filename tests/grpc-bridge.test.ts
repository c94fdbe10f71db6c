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
      run(project, { command: { type: 'CreateViewCommand', path: ['in_c_x'], viewName: 'v' } }),
    );
    expect(unserved.reason).toBe('unimplemented');
    expect(unserved.message).toContain('CreateViewCommand');
  });

  it('driverCommands lists every command with its response and status', () => {
    const list = driverCommands();
    expect(list.total_commands).toBe(list.supported_commands.length);
    expect(list.supported_commands.find((c) => c.type === 'CreateViewCommand')).toMatchObject({
      status: 'unimplemented',
    });
    expect(list.supported_commands.find((c) => c.type === 'TableImportFromFileCommand')).toMatchObject({
      status: 'handled',
      response: 'keboola.storageDriver.command.table.TableImportResponse',
    });
  });
});
