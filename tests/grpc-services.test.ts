// The gRPC listener's own features: TLS by setting (GRPC_TLS_CERT / GRPC_TLS_KEY) and server
// reflection over specs/proto/ (what grpcurl lists and describes).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ChannelCredentials,
  credentials as grpcCredentials,
  makeGenericClientConstructor,
} from '@grpc/grpc-js';
import { createChannel, createClient, Status } from 'nice-grpc';
import { ServerReflectionService } from 'nice-grpc-server-reflection';
import {
  ServerReflectionRequest,
  type ServerReflectionResponse,
} from 'nice-grpc-server-reflection/lib/proto/grpc/reflection/v1/reflection_pb.js';
import { generate } from 'selfsigned';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ObjectInfoCommand, ObjectInfoResponse, ObjectType } from '../generated/grpc/proto/info.js';
import { StorageDriverServiceDefinition } from '../generated/grpc/proto/service.js';
import { pack } from '../src/grpc/any.js';
import { credentials, type GrpcHarness, startGrpc } from './helpers/grpc.js';
import { ADMIN_KEY, failure, startTestServer, type TestServer } from './helpers/server.js';

let t: TestServer;
let dir: string;
let cert: string;
beforeAll(async () => {
  t = await startTestServer();
  await t.admin.createProject({ body: { id: 'sv' } });
  dir = mkdtempSync(join(tmpdir(), 'grpc-tls-'));
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }] }],
  });
  cert = pems.cert;
  writeFileSync(join(dir, 'cert.pem'), pems.cert);
  writeFileSync(join(dir, 'key.pem'), pems.private);
});
afterAll(async () => {
  await t?.stop();
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

const objectInfo = {
  credentials: credentials(ADMIN_KEY, 'sv'),
  command: pack(
    ObjectInfoCommand,
    ObjectInfoCommand.fromPartial({ path: [], expectedObjectType: ObjectType.DATABASE }),
  ),
};

describe('TLS', () => {
  let g: GrpcHarness;
  beforeAll(async () => {
    g = await startGrpc(t, { GRPC_TLS_CERT: join(dir, 'cert.pem'), GRPC_TLS_KEY: join(dir, 'key.pem') });
  });
  afterAll(async () => {
    await g?.close();
  });

  it('serves TLS clients that trust the certificate, and refuses plaintext ones', async () => {
    const secure = createChannel(
      `localhost:${g.server.port}`,
      ChannelCredentials.createSsl(Buffer.from(cert)),
    );
    try {
      const client = createClient(StorageDriverServiceDefinition, secure);
      const answer = await client.execute(objectInfo);
      expect(ObjectInfoResponse.decode(answer.commandResponse?.value ?? new Uint8Array()).objectType).toBe(
        ObjectType.DATABASE,
      );
    } finally {
      secure.close();
    }
    const plain = createChannel(`localhost:${g.server.port}`, grpcCredentials.createInsecure());
    try {
      const client = createClient(StorageDriverServiceDefinition, plain);
      const refused = await failure<{ code: Status }>(() =>
        client.execute(objectInfo, { signal: AbortSignal.timeout(5000) }),
      );
      expect([Status.UNAVAILABLE, Status.CANCELLED, Status.INTERNAL]).toContain(refused.code);
    } finally {
      plain.close();
    }
  });
});

describe('server reflection', () => {
  let g: GrpcHarness;
  beforeAll(async () => {
    g = await startGrpc(t);
  });
  afterAll(async () => {
    await g?.close();
  });

  it('lists the driver and health services and describes the driver protos', async () => {
    const Client = makeGenericClientConstructor(ServerReflectionService, 'ServerReflection');
    const client = new Client(g.address, grpcCredentials.createInsecure()) as unknown as {
      serverReflectionInfo(): NodeJS.ReadWriteStream & {
        write(r: ServerReflectionRequest): void;
        end(): void;
        on(event: 'data', f: (r: ServerReflectionResponse) => void): void;
      };
      close(): void;
    };
    const ask = (fill: (r: ServerReflectionRequest) => void) =>
      new Promise<ServerReflectionResponse>((resolve, reject) => {
        const call = client.serverReflectionInfo();
        call.on('data', (r: ServerReflectionResponse) => resolve(r));
        call.on('error', reject);
        const request = new ServerReflectionRequest();
        fill(request);
        call.write(request);
        call.end();
      });
    try {
      const services = await ask((r) => r.setListServices('*'));
      const names =
        services
          .getListServicesResponse()
          ?.getServiceList()
          .map((s) => s.getName()) ?? [];
      expect(names).toEqual(
        expect.arrayContaining([
          'keboola.storageDriver.service.StorageDriverService',
          'grpc.health.v1.Health',
        ]),
      );
      const file = await ask((r) =>
        r.setFileContainingSymbol('keboola.storageDriver.command.table.CreateTableCommand'),
      );
      expect(file.getFileDescriptorResponse()?.getFileDescriptorProtoList().length).toBeGreaterThan(0);
    } finally {
      client.close();
    }
    // The driver still answers on the same listener.
    const info = await g.run(
      ObjectInfoCommand,
      { path: [], expectedObjectType: ObjectType.DATABASE },
      ObjectInfoResponse,
      ADMIN_KEY,
      'sv',
    );
    expect(info).toBeDefined();
  });
});
