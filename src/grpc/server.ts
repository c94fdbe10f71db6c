import { ServerCredentials } from '@grpc/grpc-js';
import { type CallContext, createServer, ServerError, Status } from 'nice-grpc';
import { HealthDefinition, HealthServiceImpl, HealthState } from 'nice-grpc-server-health';
import { ServerReflection, ServerReflectionService } from 'nice-grpc-server-reflection';
import { type DriverRequest, DriverResponse } from '../../generated/grpc/proto/common.js';
import { StorageDriverServiceDefinition } from '../../generated/grpc/proto/service.js';
import { PROTOSET } from '../../generated/grpc/protoset.js';
import type { Storage } from '../core/storage.js';
import type { Logger } from '../log.js';
import type { GrpcMetrics } from '../metrics-grpc.js';
import { type DriverDeps, executeDriverRequest, newRequestId } from './execute.js';
import type { GrpcSettings } from './settings.js';
import { encodeMessage } from './wire-writer.js';

export { loadGrpcSettings } from './settings.js';

export interface GrpcServerDeps {
  storage: Storage;
  adminApiKey: string;
  log: Logger;
  metrics: GrpcMetrics;
}

export interface RunningGrpcServer {
  /** The port listened on (GRPC_PORT, or the one the OS gave for 0). */
  port: number;
  /** `host:port` as listened on. */
  address: string;
  /** Stops accepting, lets in-flight calls finish up to GRPC_SHUTDOWN_TIMEOUT_MS, then cuts them. */
  close(): Promise<void>;
}

const SERVICE = StorageDriverServiceDefinition.fullName;

/**
 * StorageDriverService as generated, except how Execute's answer is encoded: with the shared
 * writer (wire-writer.ts) and as it is. The handler returns a complete DriverResponse, so the copy
 * nice-grpc makes through fromPartial before encoding (when the type has one) buys nothing.
 */
const DRIVER_SERVICE = {
  ...StorageDriverServiceDefinition,
  methods: {
    execute: {
      ...StorageDriverServiceDefinition.methods.execute,
      responseType: {
        encode: (message: DriverResponse) => {
          const bytes = encodeMessage(DriverResponse, message);
          return { finish: () => bytes };
        },
        decode: (input: Uint8Array) => DriverResponse.decode(input),
      },
    },
  },
} as const;

/**
 * The gRPC driver endpoint: keboola.storageDriver.service.StorageDriverService/Execute, the
 * standard grpc.health.v1.Health service (SERVING for "" and the driver service) and server
 * reflection (grpc.reflection.v1) over specs/proto/. Plaintext, or TLS when GRPC_TLS_CERT and
 * GRPC_TLS_KEY are set. Messages above GRPC_MAX_MESSAGE_BYTES are refused by grpc-js with
 * RESOURCE_EXHAUSTED either way.
 */
export async function startGrpcServer(
  settings: GrpcSettings,
  deps: GrpcServerDeps,
): Promise<RunningGrpcServer> {
  const server = createServer({
    'grpc.max_receive_message_length': settings.maxMessageBytes,
    'grpc.max_send_message_length': settings.maxMessageBytes,
    // channelz bookkeeping costs every call; nothing here reads it.
    'grpc.enable_channelz': 0,
  });
  const driver: DriverDeps = { ...deps, callTimeoutMs: settings.callTimeoutMs };
  server.add(DRIVER_SERVICE, {
    async execute(request: DriverRequest, context: CallContext) {
      const requestId = context.metadata.get('x-request-id') ?? newRequestId();
      context.header.set('x-request-id', requestId);
      try {
        const { response } = await executeDriverRequest(driver, request, {
          requestId,
          signal: context.signal,
        });
        return response;
      } catch (error) {
        throw error instanceof ServerError
          ? error
          : new ServerError(Status.INTERNAL, 'An internal error occurred');
      }
    },
  });
  const health = HealthState();
  health.setStatus('healthy');
  health.setStatus('healthy', SERVICE);
  server.add(HealthDefinition, HealthServiceImpl(health));
  server.add(ServerReflectionService, ServerReflection(PROTOSET, [SERVICE, 'grpc.health.v1.Health']));
  const credentials =
    settings.tls === null
      ? ServerCredentials.createInsecure()
      : ServerCredentials.createSsl(
          null,
          [{ cert_chain: settings.tls.cert, private_key: settings.tls.key }],
          false,
        );
  const host = settings.host.includes(':') ? `[${settings.host}]` : settings.host;
  const port = await server.listen(`${host}:${settings.port}`, credentials);
  let closing: Promise<void> | undefined;
  return {
    port,
    address: `${host}:${port}`,
    close() {
      closing ??= (async () => {
        health.setStatus('unhealthy');
        health.setStatus('unhealthy', SERVICE);
        const timer = setTimeout(() => server.forceShutdown(), settings.shutdownTimeoutMs);
        timer.unref();
        await server.shutdown();
        clearTimeout(timer);
      })();
      return closing;
    },
  };
}
