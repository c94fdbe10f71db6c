import type { DriverHandlers } from '../../generated/rest/operations.js';
import { StorageError } from '../core/errors.js';
import { driverCommands, executeBridge } from '../grpc/bridge.js';
import { createGrpcMetrics } from '../metrics-grpc.js';
import type { RestContext } from './context.js';

/** Longest one bridged command may run (Connection's PHP client waits 300 s). */
const CALL_TIMEOUT_MS = 300_000;

/** Resolvers of the `driver` tag: the gRPC driver's dispatcher over HTTP (src/grpc/bridge.ts). */
export const driverResolvers = {
  /** executeDriverCommand: the bearer key is the caller; the command's own checks decide what it may do. */
  async executeDriverCommand({ body }, ctx) {
    if (ctx.principal === null)
      throw new StorageError('UNAUTHENTICATED', 'unauthorized', 'Not authenticated');
    const answer = await executeBridge(
      {
        storage: ctx.storage,
        adminApiKey: '',
        log: ctx.log,
        metrics: createGrpcMetrics(ctx.metrics.registry),
        callTimeoutMs: CALL_TIMEOUT_MS,
      },
      body,
      { requestId: ctx.requestId, signal: new AbortController().signal, principal: ctx.principal },
    );
    return { status: 200, body: answer };
  },

  /** listDriverCommands: from the protos' command table, so it is never out of date. */
  async listDriverCommands() {
    return { status: 200, body: driverCommands() };
  },
} satisfies DriverHandlers<RestContext>;
