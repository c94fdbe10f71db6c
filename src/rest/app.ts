import express, { type NextFunction, type Request, type Response } from 'express';
import { type OperationId, operations } from '../../generated/rest/operations.js';
import { StorageError } from '../core/errors.js';
import { createPagesRouter } from '../pages/router.js';
import type { RestContext } from './context.js';
import { type AnyResolver, createOperationHandler, type PipelineDeps, renderError } from './pipeline.js';
import { requestIdFrom } from './request-id.js';
import { resolvers } from './resolvers.js';

export interface RestAppOptions extends PipelineDeps {
  corsOrigins: string[];
}

/** The REST API: one route per operation of specs/duckapi.json, wired to its resolver. */
export function createRestApp(options: RestAppOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use((req: Request, res: Response, next: NextFunction) => {
    res.setHeader('x-request-id', requestIdFrom(req.headers['x-request-id']));
    applyCors(req, res, options.corsOrigins);
    if (req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined) {
      res.status(204).end();
      return;
    }
    next();
  });
  // The browser pages (x-duckstorage-protocol: pages) first: a browser's GET / is the landing page.
  app.use(createPagesRouter({ log: options.log, metrics: options.metrics }));
  const table = resolvers as unknown as Record<OperationId, AnyResolver>;
  for (const op of operations) {
    const resolver = table[op.operationId];
    app[op.method](op.expressPath, createOperationHandler(op, resolver, options));
  }
  app.use((req: Request, res: Response) => {
    const error = new StorageError('NOT_FOUND', 'not_found', `No operation ${req.method} ${req.path}`);
    sendError(res, error, options);
  });
  // Express-level failures (e.g. a malformed %-escape in the URL) still answer with the Error body.
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = (error as { status?: unknown }).status;
    const e =
      typeof status === 'number' && status >= 400 && status < 500
        ? new StorageError('INVALID_ARGUMENT', 'invalid_request', 'The request could not be parsed')
        : error;
    sendError(res, e, options);
  });
  return app;
}

function sendError(res: Response, error: unknown, options: RestAppOptions): void {
  const requestId = String(res.getHeader('x-request-id'));
  const r = renderError(error, requestId, options.log.child({ request_id: requestId }));
  res.status(r.status);
  for (const [k, v] of Object.entries(r.headers)) res.setHeader(k, v);
  res.end(r.body);
}

/** CORS for browser clients; the bearer key is a header, so no credentials mode is needed. */
function applyCors(req: Request, res: Response, origins: string[]): void {
  const origin = req.headers.origin;
  if (origin === undefined || origins.length === 0) return;
  if (origins.includes('*')) res.setHeader('access-control-allow-origin', '*');
  else if (origins.includes(origin)) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('vary', 'Origin');
  } else return;
  res.setHeader('access-control-expose-headers', 'X-Request-ID, X-Idempotency-Key, X-Idempotency-Replay');
  if (req.method === 'OPTIONS') {
    res.setHeader('access-control-allow-methods', 'GET, POST, PUT, DELETE, OPTIONS');
    res.setHeader(
      'access-control-allow-headers',
      'Authorization, Content-Type, X-Request-ID, X-Idempotency-Key',
    );
    res.setHeader('access-control-max-age', '600');
  }
}

export type { RestContext };
