import { afterAll, beforeAll, expect, it } from 'vitest';
import { InitBackendCommand, InitBackendResponse } from '../generated/grpc/proto/backend.js';
import { CreateBucketCommand, CreateBucketResponse } from '../generated/grpc/proto/bucket.js';
import { ObjectInfoResponse } from '../generated/grpc/proto/info.js';
import { CreateProjectCommand, CreateProjectResponse } from '../generated/grpc/proto/project.js';
import {
  CreateTableCommand,
  PreviewTableCommand,
  PreviewTableResponse,
} from '../generated/grpc/proto/table.js';
import { type GrpcHarness, startGrpc } from './helpers/grpc.js';
import { startTestServer, type TestServer } from './helpers/server.js';

let t: TestServer;
let g: GrpcHarness;
beforeAll(async () => {
  t = await startTestServer();
  g = await startGrpc(t);
});
afterAll(async () => {
  await g?.close();
  await t?.stop();
});

it('smoke', async () => {
  await g.run(InitBackendCommand, {}, InitBackendResponse);
  const p = await g.run(CreateProjectCommand, { projectId: 'g1' }, CreateProjectResponse);
  const key = p.projectPassword;
  const b = await g.run(
    CreateBucketCommand,
    { projectId: 'g1', bucketId: 'in.c-test' },
    CreateBucketResponse,
    key,
    'g1',
  );
  expect(b.createBucketObjectName).toBe('in_c_test');
  const tbl = await g.run(
    CreateTableCommand,
    {
      path: ['in_c_test'],
      tableName: 't',
      columns: [{ name: 'id', type: 'INTEGER' } as never],
      primaryKeysNames: ['id'],
    },
    ObjectInfoResponse,
    key,
  );
  expect(tbl.tableInfo?.columns.map((c) => c.name)).toEqual(['id']);
  const prev = await g.run(
    PreviewTableCommand,
    { path: ['in_c_test'], tableName: 't' },
    PreviewTableResponse,
    key,
  );
  expect(prev.columns).toEqual(['id']);
});
