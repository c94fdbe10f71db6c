import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type DuckStorageClient } from '../../generated/sdk-ts/index.js';
import { loadServerConfig } from '../../src/config.js';
import { type RunningServer, startServer } from '../../src/server.js';
import { contractFetch } from './contract.js';

export const ADMIN_KEY = 'test-admin-key-0123456789abcdef';

export interface TestServer {
  server: RunningServer;
  url: string;
  dataDir: string;
  /** SDK client with the admin key (no retries); every response is checked against the contract. */
  admin: DuckStorageClient;
  /** SDK client with the given key (or none). */
  as(apiKey?: string): DuckStorageClient;
  /** Raw fetch to the server, contract-checked. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  stop(): Promise<void>;
}

/** The real server, in this test process, on 127.0.0.1 port 0 with a temp data dir. */
export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  return serve(mkdtempSync(join(tmpdir(), 'duckstorage-test-')), env);
}

/** Closes `t`'s server and starts a new one on the same data dir (a restart). */
export async function restartTestServer(
  t: TestServer,
  env: Record<string, string> = {},
): Promise<TestServer> {
  await t.server.close();
  return serve(t.dataDir, env);
}

async function serve(dataDir: string, env: Record<string, string>): Promise<TestServer> {
  const config = loadServerConfig({
    DATA_DIR: dataDir,
    ADMIN_API_KEY: ADMIN_KEY,
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'silent',
    // Every test server has its own PG wire listener on a free port; plain unless a test asks
    // (a self-signed certificate per temp data dir would cost each test a key generation).
    PGWIRE_HOST: '127.0.0.1',
    PGWIRE_PORT: '0',
    PGWIRE_TLS: 'off',
    GRPC_HOST: '127.0.0.1',
    GRPC_PORT: '0',
    ...env,
  });
  const server = await startServer(config);
  const url = server.restUrl;
  // retry: false: tests assert the exact answer of each call (a 429 or 503 must not be retried away).
  const as = (apiKey?: string) =>
    createClient({
      baseUrl: url,
      fetch: contractFetch,
      retry: false,
      ...(apiKey === undefined ? {} : { apiKey }),
    });
  return {
    server,
    url,
    dataDir,
    admin: as(ADMIN_KEY),
    as,
    fetch: (path, init) => contractFetch(`${url}${path}`, init),
    async stop() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs `fn` and returns the error it throws (fails the test if it does not throw). */
export async function failure<E = unknown>(fn: () => Promise<unknown>): Promise<E> {
  try {
    await fn();
  } catch (error) {
    return error as E;
  }
  throw new Error('expected the call to fail, it succeeded');
}
