import express, { type Request, type Response } from 'express';
import { StorageError } from '../core/errors.js';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics.js';
import { renderError } from '../rest/pipeline.js';
import {
  createFileCache,
  type LoadedFile,
  type PageFile,
  type PageFiles,
  resolvePageFiles,
} from './assets.js';

export interface PagesDeps {
  log: Logger;
  metrics: Metrics;
  /** Resolved at start-up (resolvePageFiles); a test may pass its own. */
  files?: PageFiles;
}

/**
 * The pages adapter (`x-duckstorage-protocol: pages` in specs/duckapi.json): what a browser opens.
 * getServiceInfo's text/html form (a browser's `GET /`; JSON clients fall through to the REST
 * operation), getDocsPage, getDashboardPage and getPageAsset. Requests are counted in the same
 * duckstorage_http_requests_total series as the REST operations.
 */
export function createPagesRouter(deps: PagesDeps): express.Router {
  const files = deps.files ?? resolvePageFiles();
  const load = createFileCache();
  const router = express.Router();
  const serve = (operation: string, pick: (req: Request) => PageFile | undefined) => {
    return (req: Request, res: Response): void => {
      const started = process.hrtime.bigint();
      let status: number;
      try {
        const f = pick(req);
        if (f === undefined) {
          throw new StorageError('NOT_FOUND', 'asset_not_found', `No page asset named ${req.params.name}`);
        }
        status = send(req, res, load(f));
      } catch (error) {
        const requestId = String(res.getHeader('x-request-id'));
        const r = renderError(error, requestId, deps.log.child({ request_id: requestId, operation }));
        res.status(r.status);
        for (const [k, v] of Object.entries(r.headers)) res.setHeader(k, v);
        res.end(r.body);
        status = r.status;
      }
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const labels = { operation, method: req.method, status: String(status) };
      deps.metrics.httpRequests.inc(labels);
      deps.metrics.httpDuration.observe(labels, seconds);
    };
  };
  // getServiceInfo: a browser (text/html preferred over JSON) gets the landing page; a JSON client,
  // or one that accepts anything (`*/*`, no Accept), gets the REST operation's JSON, unchanged.
  const landing = serve('getServiceInfo', () => files.landing);
  router.get('/', (req, res, next) => {
    // The answer depends on Accept: caches must keep the two forms apart.
    res.vary('Accept');
    if (req.accepts(['application/json', 'text/html']) === 'text/html') landing(req, res);
    else next();
  });
  router.get(
    '/docs',
    serve('getDocsPage', () => files.docs),
  );
  router.get(
    '/dashboard',
    serve('getDashboardPage', () => files.dashboard),
  );
  router.get(
    '/assets/:name',
    serve('getPageAsset', (req) => files.assets.get(String(req.params.name))),
  );
  return router;
}

// Pages load only what this server serves: a CDN or any other origin would be refused (and show up
// as a console error in the browser tests). Swagger UI sets inline styles and draws data: images.
const CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self'; " +
  "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/** Sends a file with its ETag (304 when the browser has it), gzip when accepted; returns the status. */
function send(req: Request, res: Response, f: LoadedFile): number {
  res.setHeader('content-type', f.contentType);
  res.setHeader('etag', f.etag);
  res.vary('Accept-Encoding');
  res.setHeader('x-content-type-options', 'nosniff');
  // Revalidate every time: a restart with newer packages must not leave an old bundle in a browser.
  res.setHeader('cache-control', 'no-cache');
  if (f.contentType.startsWith('text/html')) {
    res.setHeader('content-security-policy', CSP);
    res.setHeader('referrer-policy', 'no-referrer');
  }
  const known = req.headers['if-none-match'];
  if (known?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === f.etag)) {
    res.status(304).end();
    return 304;
  }
  const gzip = req.acceptsEncodings(['gzip', 'identity']) === 'gzip';
  const body = gzip ? f.gzip : f.body;
  if (gzip) res.setHeader('content-encoding', 'gzip');
  res.setHeader('content-length', body.length);
  // Node sends no body for HEAD itself.
  res.status(200).end(body);
  return 200;
}
