import type { BinaryReader, BinaryWriter } from '@bufbuild/protobuf/wire';
import { type Channel, createChannel, createClient } from 'nice-grpc';
import type { Any } from '../../generated/grpc/google/protobuf/any.js';
import { type DriverResponse, LogMessage_Level } from '../../generated/grpc/proto/common.js';
import { GenericBackendCredentials } from '../../generated/grpc/proto/credentials.js';
import { ExecuteQueryCommand, ExecuteQueryResponse } from '../../generated/grpc/proto/executeQuery.js';
import {
  type StorageDriverServiceClient,
  StorageDriverServiceDefinition,
} from '../../generated/grpc/proto/service.js';
import { LoadTableToWorkspaceCommand } from '../../generated/grpc/proto/workspace.js';
import { pack } from '../../src/grpc/any.js';
import { loadGrpcSettings, type RunningGrpcServer, startGrpcServer } from '../../src/grpc/server.js';
import { createLogger } from '../../src/log.js';
import { createGrpcMetrics, type GrpcMetrics } from '../../src/metrics-grpc.js';
import { ADMIN_KEY, type TestServer } from './server.js';

interface Codec<T> {
  readonly $type: string;
  encode(message: T, writer?: BinaryWriter): BinaryWriter;
  decode(input: BinaryReader | Uint8Array): T;
  fromPartial(object: never): T;
}

export interface GrpcHarness {
  server: RunningGrpcServer;
  channel: Channel;
  client: StorageDriverServiceClient;
  metrics: GrpcMetrics;
  address: string;
  /** Runs `command` with GenericBackendCredentials{host, secret: key}; the raw DriverResponse. */
  execute<C>(codec: Codec<C>, command: Partial<C>, key?: string, host?: string): Promise<DriverResponse>;
  /** execute, then the commandResponse decoded as `response`. */
  run<C, R>(
    codec: Codec<C>,
    command: Partial<C>,
    response: Codec<R>,
    key?: string,
    host?: string,
  ): Promise<R>;
  close(): Promise<void>;
}

export const credentials = (key: string, host = ''): Any =>
  pack(GenericBackendCredentials, GenericBackendCredentials.fromPartial({ host, secret: key }));

/** The driver's gRPC server over the test server's storage, and a nice-grpc client over loopback. */
export async function startGrpc(t: TestServer, env: Record<string, string> = {}): Promise<GrpcHarness> {
  const settings = loadGrpcSettings({ GRPC_HOST: '127.0.0.1', GRPC_PORT: '0', ...env });
  const metrics = createGrpcMetrics(t.server.metrics.registry);
  const server = await startGrpcServer(settings, {
    storage: t.server.storage,
    adminApiKey: ADMIN_KEY,
    log: createLogger('silent'),
    metrics,
  });
  const address = `127.0.0.1:${server.port}`;
  const channel = createChannel(address);
  const client = createClient(StorageDriverServiceDefinition, channel);
  const execute = async <C>(codec: Codec<C>, command: Partial<C>, key = ADMIN_KEY, host = '') =>
    client.execute({
      credentials: credentials(key, host),
      command: pack(codec, codec.fromPartial(command as never)),
    });
  return {
    server,
    channel,
    client,
    metrics,
    address,
    execute,
    async run(codec, command, response, key, host) {
      const answer = await execute(codec, command, key, host);
      if (answer.commandResponse === undefined) throw new Error(`${codec.$type} answered no commandResponse`);
      if (answer.commandResponse.typeUrl !== `type.googleapis.com/${response.$type}`) {
        throw new Error(`expected ${response.$type}, got ${answer.commandResponse.typeUrl}`);
      }
      return response.decode(answer.commandResponse.value);
    },
    async close() {
      channel.close();
      await server.close();
    },
  };
}

export const levelName = (level: LogMessage_Level): string => LogMessage_Level[level] ?? String(level);

/**
 * LoadTableToWorkspace of a table as `destination` in the workspace, then ExecuteQuery there
 * (pathRestriction: the workspace's id): the first row's fields.
 */
export async function loadAndQuery(
  g: GrpcHarness,
  key: string,
  load: { source: { path: string[]; tableName: string }; workspace: { objectName: string; id: string } },
  destination: string,
  query: string,
): Promise<Record<string, unknown> | undefined> {
  await g.execute(
    LoadTableToWorkspaceCommand,
    {
      source: load.source as never,
      destination: { path: [load.workspace.objectName], tableName: destination } as never,
    },
    key,
  );
  const answer = await g.run(
    ExecuteQueryCommand,
    { pathRestriction: [load.workspace.id], query },
    ExecuteQueryResponse,
    key,
  );
  return answer.data?.rows[0]?.fields;
}
