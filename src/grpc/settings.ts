import { readFileSync } from 'node:fs';
import { intSetting } from '../core/config.js';

/** gRPC driver settings (README "Configuration"). */
export interface GrpcSettings {
  /** GRPC_HOST */
  host: string;
  /** GRPC_PORT; 0 = any free port. */
  port: number;
  /** GRPC_MAX_MESSAGE_BYTES: largest request and response message (RESOURCE_EXHAUSTED beyond). */
  maxMessageBytes: number;
  /**
   * GRPC_CALL_TIMEOUT_MS: the longest one command may run when the client sets no shorter
   * deadline (DEADLINE_EXCEEDED beyond); 0 = the client's deadline only.
   */
  callTimeoutMs: number;
  /** GRPC_TLS_CERT + GRPC_TLS_KEY (PEM files): TLS when both are set, plaintext otherwise. */
  tls: { cert: Buffer; key: Buffer } | null;
  /** GRPC_SHUTDOWN_TIMEOUT_MS: how long in-flight calls may take on close before they are cut. */
  shutdownTimeoutMs: number;
}

export function loadGrpcSettings(env: NodeJS.ProcessEnv = process.env): GrpcSettings {
  const cert = env.GRPC_TLS_CERT ?? '';
  const key = env.GRPC_TLS_KEY ?? '';
  if ((cert === '') !== (key === '')) {
    throw new Error('Settings GRPC_TLS_CERT and GRPC_TLS_KEY go together: set both or neither');
  }
  return {
    host: env.GRPC_HOST ?? '0.0.0.0',
    port: intSetting(env, 'GRPC_PORT', 50051, 0, 65535),
    maxMessageBytes: intSetting(env, 'GRPC_MAX_MESSAGE_BYTES', 4 * 1024 * 1024, 1024, 1024 ** 3),
    callTimeoutMs: intSetting(env, 'GRPC_CALL_TIMEOUT_MS', 300_000, 0, 24 * 3_600_000),
    tls: cert === '' ? null : { cert: readPem('GRPC_TLS_CERT', cert), key: readPem('GRPC_TLS_KEY', key) },
    shutdownTimeoutMs: intSetting(env, 'GRPC_SHUTDOWN_TIMEOUT_MS', 10_000, 0, 600_000),
  };
}

function readPem(name: string, path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new Error(`Setting ${name}=${path} cannot be read: ${(error as Error).message}`);
  }
}
