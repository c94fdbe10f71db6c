import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadServerConfig, type ServerConfig } from './config.js';
import { closeStorage, openStorage, type Storage, storageGauges } from './core/storage.js';
import { sqlGateway } from './core/workspaces/sql-gateway.js';
import { advertisePgwireEndpoint } from './core/workspaces/workspaces.js';
import { type RunningGrpcServer, startGrpcServer } from './grpc/server.js';
import { createLogger, type Logger } from './log.js';
import { createMetrics, type Metrics } from './metrics.js';
import { createGrpcMetrics } from './metrics-grpc.js';
import { type PgWireServer, startPgWireServer } from './pgwire/index.js';
import { createRestApp } from './rest/app.js';
import { answerClientError } from './rest/client-errors.js';
import { createS3Handler, isS3Path } from './s3/router.js';

/** A running DuckStorage: REST and S3 on one listener, PG wire and gRPC on their own, over one storage core. */
export interface RunningServer {
  config: ServerConfig;
  storage: Storage;
  metrics: Metrics;
  log: Logger;
  http: Server;
  pgwire: PgWireServer;
  grpc: RunningGrpcServer;
  /** e.g. http://127.0.0.1:41234 */
  restUrl: string;
  /** Stop accepting, let in-flight requests finish, close DuckDB. */
  close(): Promise<void>;
}

export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const log = createLogger(config.logLevel, { service: 'duckstorage' });
  const metrics = createMetrics();
  const storage = await openStorage(config.core, {
    onDuckdbError: (category) => metrics.duckdbErrors.inc({ category }),
    onDataEvent: (event) => metrics.recordData(event),
    onSqlSession: (event, projectId) =>
      event === 'opened'
        ? metrics.pgwire.sessions.inc({ project: projectId })
        : metrics.pgwire.sessions.dec({ project: projectId }),
    log: (level, msg, fields) => log.log(level, msg, fields),
  });
  metrics.setStorageGauges(() => storageGauges(storage));
  let listening = config.port;
  // What createS3Credential tells clients: BASE_URL (else this host and the port listened on) + S3_PREFIX.
  const s3Endpoint = () => ({
    endpoint: `${config.s3.baseUrl ?? `http://localhost:${listening}`}${config.s3.prefix}`,
    region: config.s3.regions[0] ?? 'us-east-1',
  });
  const app = createRestApp({
    storage,
    adminApiKey: config.adminApiKey,
    maxRequestBytes: config.maxRequestBytes,
    log,
    metrics,
    corsOrigins: config.corsOrigins,
    s3Endpoint,
  });
  const s3 = createS3Handler(
    { storage, settings: config.s3, adminApiKey: config.adminApiKey, log, metrics },
    config.maxRequestBytes,
  );
  const http = createServer(
    // Node's default (300 s) would cut a multi-GB upload on a slow link.
    { maxHeaderSize: config.maxHeaderBytes, requestTimeout: config.requestTimeoutMs },
    (req, res) => {
      // S3 under its prefix (its own errors, raw bodies), everything else the REST app.
      if (isS3Path(req.url ?? '/', config.s3.prefix)) void s3(req, res);
      else app(req, res);
    },
  );
  http.on('clientError', (error: Error & { code?: string }, socket: Socket) =>
    answerClientError(error, socket, config.maxHeaderBytes, log),
  );
  http.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.port, config.host, () => resolve());
  });
  let pgwire: PgWireServer;
  try {
    pgwire = await startPgWireServer(
      { ...config.pgwire, tlsDir: join(config.core.dataDir, 'pgwire-tls') },
      sqlGateway(storage),
      {
        log,
        metrics: {
          onConnectionRefused: (reason) => metrics.pgwire.refused.inc({ reason }),
          onQuery: (tag, seconds) => {
            metrics.pgwire.queries.inc({ tag });
            metrics.pgwire.queryDuration.observe({ tag }, seconds);
          },
          onBytesSent: (bytes) => metrics.pgwire.bytesSent.inc(bytes),
          onError: (sqlstate) => metrics.pgwire.errors.inc({ sqlstate }),
        },
      },
    );
  } catch (error) {
    await new Promise<void>((resolve) => http.close(() => resolve()));
    await closeStorage(storage);
    throw error;
  }
  let grpc: RunningGrpcServer;
  try {
    grpc = await startGrpcServer(config.grpc, {
      storage,
      adminApiKey: config.adminApiKey,
      log,
      metrics: createGrpcMetrics(metrics.registry),
    });
  } catch (error) {
    await pgwire.close();
    await new Promise<void>((resolve) => http.close(() => resolve()));
    await closeStorage(storage);
    throw error;
  }
  // Connection info tells clients the port really listened on (PGWIRE_PORT=0 picks one).
  if (config.pgwire.port === 0) advertisePgwireEndpoint(storage, { port: pgwire.port });
  const address = http.address() as AddressInfo;
  listening = address.port;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const restUrl = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${address.port}`;
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      const timer = setTimeout(() => http.closeAllConnections(), config.shutdownTimeoutMs);
      timer.unref();
      await new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeIdleConnections();
      });
      clearTimeout(timer);
      await Promise.all([pgwire.close(), grpc.close()]);
      await closeStorage(storage);
    })();
    return closing;
  };
  return { config, storage, metrics, log, http, pgwire, grpc, restUrl, close };
}

async function main(): Promise<void> {
  const config = loadServerConfig();
  const server = await startServer(config);
  const { log } = server;
  if (config.adminKeySource === 'generated') {
    // Printed once, when created; it stays in the data dir for the next start.
    process.stdout.write(
      `\nNo ADMIN_API_KEY set: created one and stored it in ${config.adminKeyFile}\n  ADMIN_API_KEY=${config.adminApiKey}\n\n`,
    );
  } else if (config.adminKeySource === 'file') {
    process.stdout.write(`Admin key: read from ${config.adminKeyFile}\n`);
  }
  log.log('info', 'DuckStorage listening', {
    rest: server.restUrl,
    s3: `${server.restUrl}${config.s3.prefix}`,
    pgwire: `${config.pgwire.host}:${server.pgwire.port}`,
    grpc: server.grpc.address,
    host: config.host,
    port: (server.http.address() as AddressInfo).port,
    data_dir: config.core.dataDir,
  });
  const shutdown = (signal: string) => {
    log.log('info', 'shutting down', { signal });
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.log('error', 'shutdown failed', { error });
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    process.stderr.write(
      `DuckStorage failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  });
}
