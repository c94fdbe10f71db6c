// The server as src/server.ts runs it, plus the gRPC driver over the same storage, for
// bench/grpc.ts while src/server.ts does not start gRPC itself: one process, one start-up line
// with "rest" and "grpc" (the fields the real server's line carries).
import { loadServerConfig } from '../src/config.js';
import { loadGrpcSettings, startGrpcServer } from '../src/grpc/server.js';
import { createGrpcMetrics } from '../src/metrics-grpc.js';
import { startServer } from '../src/server.js';

const server = await startServer(loadServerConfig());
const grpc = await startGrpcServer(loadGrpcSettings(), {
  storage: server.storage,
  adminApiKey: server.config.adminApiKey,
  log: server.log,
  metrics: createGrpcMetrics(server.metrics.registry),
});
server.log.log('info', 'DuckStorage listening', { rest: server.restUrl, grpc: grpc.address });
const stop = () => {
  grpc
    .close()
    .then(() => server.close())
    .then(
      () => process.exit(0),
      () => process.exit(1),
    );
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
