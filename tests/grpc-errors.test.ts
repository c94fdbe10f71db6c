// Negative cases of the driver: each answers its status and the server keeps serving.
import { createChannel, createClient, Metadata, Status } from 'nice-grpc';
import { HealthDefinition } from 'nice-grpc-server-health';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Any } from '../generated/grpc/google/protobuf/any.js';
import { InitBackendCommand } from '../generated/grpc/proto/backend.js';
import { CreateBucketCommand } from '../generated/grpc/proto/bucket.js';
import { ObjectInfoCommand, ObjectInfoResponse, ObjectType } from '../generated/grpc/proto/info.js';
import {
  CreateProjectCommand,
  CreateProjectResponse,
  DropProjectCommand,
} from '../generated/grpc/proto/project.js';
import {
  CreateTableCommand,
  PreviewTableCommand,
  TableImportFromFileCommand,
} from '../generated/grpc/proto/table.js';
import { pack } from '../src/grpc/any.js';
import { credentials, type GrpcHarness, startGrpc } from './helpers/grpc.js';
import { failure, startTestServer, type TestServer } from './helpers/server.js';

let t: TestServer;
let g: GrpcHarness;
let key: string;
let otherKey: string;

const status = async (p: () => Promise<unknown>) => {
  const e = await failure<{ code: Status; details: string }>(p);
  return { code: Status[e.code], details: e.details };
};

beforeAll(async () => {
  t = await startTestServer();
  g = await startGrpc(t, { GRPC_MAX_MESSAGE_BYTES: '65536' });
  key = (await g.run(CreateProjectCommand, { projectId: 'e1' }, CreateProjectResponse)).projectPassword;
  otherKey = (await g.run(CreateProjectCommand, { projectId: 'e2' }, CreateProjectResponse)).projectPassword;
  await g.execute(CreateBucketCommand, { projectId: 'e1', bucketId: 'b' }, key);
  await g.execute(
    CreateTableCommand,
    { path: ['b'], tableName: 't', columns: [{ name: 'id', type: 'INTEGER' } as never] },
    key,
  );
});
afterAll(async () => {
  await g?.close();
  await t?.stop();
});

/** A call that must still work after every failure above it. */
async function stillServing() {
  const info = await g.run(
    ObjectInfoCommand,
    { path: ['b', 't'], expectedObjectType: ObjectType.TABLE },
    ObjectInfoResponse,
    key,
  );
  expect(info.tableInfo?.tableName).toBe('t');
}

describe('credentials', () => {
  it('none: UNAUTHENTICATED', async () => {
    const command = pack(InitBackendCommand, InitBackendCommand.fromPartial({}));
    expect((await status(() => g.client.execute({ command }))).code).toBe('UNAUTHENTICATED');
    await stillServing();
  });

  it('a wrong key, or no key in the credentials: UNAUTHENTICATED', async () => {
    expect((await status(() => g.execute(InitBackendCommand, {}, 'not-a-key-at-all'))).code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await status(() => g.execute(InitBackendCommand, {}, ''))).code).toBe('UNAUTHENTICATED');
    await stillServing();
  });

  it('a project key for admin commands: PERMISSION_DENIED', async () => {
    expect((await status(() => g.execute(InitBackendCommand, {}, key))).code).toBe('PERMISSION_DENIED');
    expect((await status(() => g.execute(CreateProjectCommand, { projectId: 'e3' }, key))).code).toBe(
      'PERMISSION_DENIED',
    );
  });

  it("another project's key: PERMISSION_DENIED whether the host, a path or a project field names it", async () => {
    expect(
      (await status(() => g.execute(PreviewTableCommand, { path: ['b'], tableName: 't' }, otherKey, 'e1')))
        .code,
    ).toBe('PERMISSION_DENIED');
    expect(
      (await status(() => g.execute(PreviewTableCommand, { path: ['e1', 'b'], tableName: 't' }, otherKey)))
        .code,
    ).toBe('PERMISSION_DENIED');
    expect(
      (await status(() => g.execute(CreateBucketCommand, { projectId: 'e1', bucketId: 'x' }, otherKey))).code,
    ).toBe('PERMISSION_DENIED');
    expect(
      (await status(() => g.execute(DropProjectCommand, { projectDatabaseName: 'e1' }, otherKey))).code,
    ).toBe('PERMISSION_DENIED');
    await stillServing();
  });
});

describe('malformed requests', () => {
  it('a command Any with bad bytes, credentials of another type, no command: INVALID_ARGUMENT', async () => {
    const bad = Any.fromPartial({
      typeUrl: `type.googleapis.com/${PreviewTableCommand.$type}`,
      value: Buffer.from([0x0a, 0xff, 0xff, 0xff]),
    });
    expect((await status(() => g.client.execute({ credentials: credentials(key), command: bad }))).code).toBe(
      'INVALID_ARGUMENT',
    );
    const wrongCreds = pack(InitBackendCommand, InitBackendCommand.fromPartial({}));
    expect(
      (await status(() => g.client.execute({ credentials: wrongCreds, command: wrongCreds }))).code,
    ).toBe('INVALID_ARGUMENT');
    expect((await status(() => g.client.execute({ credentials: credentials(key) }))).code).toBe(
      'INVALID_ARGUMENT',
    );
    await stillServing();
  });

  it('an unknown command, or a known name in another package: UNIMPLEMENTED naming the type URL', async () => {
    const unknown = Any.fromPartial({
      typeUrl: 'type.googleapis.com/keboola.storageDriver.command.table.TeleportCommand',
    });
    const answer = await status(() => g.client.execute({ credentials: credentials(key), command: unknown }));
    expect(answer.code).toBe('UNIMPLEMENTED');
    expect(answer.details).toContain('TeleportCommand');
    const elsewhere = Any.fromPartial({ typeUrl: 'type.googleapis.com/other.PreviewTableCommand' });
    expect(
      (await status(() => g.client.execute({ credentials: credentials(key), command: elsewhere }))).code,
    ).toBe('UNIMPLEMENTED');
    await stillServing();
  });

  it('a missing table, bucket or project: NOT_FOUND', async () => {
    expect(
      (await status(() => g.execute(PreviewTableCommand, { path: ['b'], tableName: 'nope' }, key))).code,
    ).toBe('NOT_FOUND');
    expect(
      (await status(() => g.execute(PreviewTableCommand, { path: ['nob'], tableName: 't' }, key))).code,
    ).toBe('NOT_FOUND');
    expect((await status(() => g.execute(DropProjectCommand, { projectDatabaseName: 'nope' }))).code).toBe(
      'NOT_FOUND',
    );
    expect(
      (
        await status(() =>
          g.execute(
            TableImportFromFileCommand,
            {
              filePath: { root: 'project_e1', path: 'x', fileName: 'missing.csv' } as never,
              destination: { path: ['b'], tableName: 't' } as never,
            },
            key,
          ),
        )
      ).code,
    ).toBe('NOT_FOUND');
    await stillServing();
  });

  it("a file outside the project's store: PERMISSION_DENIED", async () => {
    const answer = await status(() =>
      g.execute(
        TableImportFromFileCommand,
        {
          filePath: { root: '/etc', path: '', fileName: 'passwd' } as never,
          destination: { path: ['b'], tableName: 't' } as never,
        },
        key,
      ),
    );
    expect(answer.code).toBe('PERMISSION_DENIED');
  });

  it('a message above GRPC_MAX_MESSAGE_BYTES: RESOURCE_EXHAUSTED', async () => {
    const huge = { path: ['b'], tableName: 't', columns: ['x'.repeat(100_000)] };
    expect((await status(() => g.execute(PreviewTableCommand, huge, key))).code).toBe('RESOURCE_EXHAUSTED');
    await stillServing();
  });

  it('a command running past GRPC_CALL_TIMEOUT_MS: DEADLINE_EXCEEDED, and the server goes on', async () => {
    const slow = await startGrpc(t, { GRPC_CALL_TIMEOUT_MS: '1' });
    try {
      const command = { path: ['b'], tableName: 'slow', columns: [{ name: 'id', type: 'INTEGER' } as never] };
      expect((await status(() => slow.execute(CreateTableCommand, command, key))).code).toBe(
        'DEADLINE_EXCEEDED',
      );
    } finally {
      await slow.close();
    }
    await stillServing();
  });

  it('a call the client cancels: CANCELLED on the client, the server goes on', async () => {
    const controller = new AbortController();
    const call = g.client.execute(
      {
        credentials: credentials(key),
        command: pack(ObjectInfoCommand, ObjectInfoCommand.fromPartial({ path: [] })),
      },
      { signal: controller.signal },
    );
    controller.abort();
    await expect(call).rejects.toThrow();
    await stillServing();
  });
});

describe('log messages', () => {
  it('belong to their own request only, also under concurrency', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_v, i) =>
        g.execute(CreateBucketCommand, { projectId: 'e1', bucketId: `conc-${i}` }, key),
      ),
    );
    answers.forEach((answer, i) => {
      expect(answer.messages.map((m) => m.message)).toEqual([`Bucket conc_${i} created in project e1`]);
    });
  });
});

describe('the standard services', () => {
  it('grpc.health.v1 answers SERVING for the server and the driver service', async () => {
    const channel = createChannel(g.address);
    try {
      const health = createClient(HealthDefinition, channel);
      expect((await health.check({ service: '' })).status).toBe(1);
      expect(
        (await health.check({ service: 'keboola.storageDriver.service.StorageDriverService' })).status,
      ).toBe(1);
    } finally {
      channel.close();
    }
  });

  it('echoes x-request-id, and an internal error would name it', async () => {
    let header: Metadata | undefined;
    await g.client.execute(
      {
        credentials: credentials(key),
        command: pack(ObjectInfoCommand, ObjectInfoCommand.fromPartial({ path: [] })),
      },
      {
        metadata: Metadata({ 'x-request-id': 'req-123' }),
        onHeader: (h) => {
          header = h;
        },
      },
    );
    expect(header?.get('x-request-id')).toBe('req-123');
  });
});
