import type { Request, Response } from 'express';
import type { BinaryBody, OperationId, OperationMeta, StreamBody } from '../../generated/rest/operations.js';
import {
  bodyValidators,
  pathValidators,
  queryValidators,
  type Validator,
} from '../../generated/rest/validators.js';
import { authenticate, authorize } from '../core/auth/auth.js';
import { StorageError } from '../core/errors.js';
import type { Principal } from '../core/model.js';
import type { Storage } from '../core/storage.js';
import { workspaceBranchForAuth } from '../core/workspaces/workspace-lookup.js';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics.js';
import { bearerToken } from './auth.js';
import { parseJsonBody, readBody } from './body.js';
import { actorOf, type RestContext, type S3Endpoint } from './context.js';
import { errorBody, httpStatus, validationError } from './errors.js';
import { type HttpResponse, withIdempotency } from './idempotency.js';
import { stringifyJson } from './json.js';
import { issuesFromAjv } from './validation.js';

export interface PipelineDeps {
  storage: Storage;
  adminApiKey: string;
  maxRequestBytes: number;
  log: Logger;
  metrics: Metrics;
  /** Read per request: the default endpoint depends on the port the server got. */
  s3Endpoint: () => S3Endpoint;
}

/** A resolver as the pipeline calls it: the generated handler interfaces, erased to one shape. */
export type AnyResolver = (input: never, ctx: RestContext) => Promise<{ status: number; body?: unknown }>;

const MUTATING = new Set(['post', 'put', 'delete', 'patch']);

/**
 * One HTTP request of one operation, in the contract's order: authenticate (401), validate path,
 * query and body against the spec (422), authorize against the path's project/branch (403),
 * replay or reserve the idempotency key, run the resolver, render the result or the error.
 */
export function createOperationHandler(op: OperationMeta, resolver: AnyResolver, deps: PipelineDeps) {
  const id = op.operationId as OperationId;
  return async (req: Request, res: Response): Promise<void> => {
    const started = process.hrtime.bigint();
    const requestId = res.getHeader('x-request-id') as string;
    const log = deps.log.child({ request_id: requestId, operation: id });
    let response: HttpResponse;
    let replayed = false;
    try {
      const token = op.security.length > 0 ? bearerToken(req.headers) : null;
      const principal = token === null ? null : await authenticate(deps.storage, token, deps.adminApiKey);
      const input = await validateInput(op, id, req, deps.maxRequestBytes);
      if (principal !== null) authorizeFor(deps.storage, op, principal, input.path);
      const ctx: RestContext = {
        storage: deps.storage,
        principal,
        requestId,
        audit: { requestId, actor: actorOf(principal) },
        log,
        metrics: deps.metrics,
        s3: deps.s3Endpoint(),
      };
      const execute = () => run(op, resolver, input.value, ctx, requestId, log);
      const idemKey = req.headers['x-idempotency-key'];
      // Streamed bodies are not kept, so they cannot be compared on a retry: no idempotency there;
      // nor for operations that do not declare the header (a password check is never replayed).
      const streamed = op.hasBody && op.requestContentType !== 'application/json';
      if (
        token !== null &&
        typeof idemKey === 'string' &&
        MUTATING.has(op.method) &&
        op.idempotent &&
        !streamed
      ) {
        const result = await withIdempotency(
          {
            storage: deps.storage,
            key: idemKey,
            credential: token,
            method: req.method,
            url: req.originalUrl,
            rawBody: input.raw,
          },
          execute,
        );
        replayed = result.replayed;
        response = result;
      } else {
        response = await execute();
      }
    } catch (error) {
      response = renderError(error, requestId, log);
    }
    if (replayed) deps.metrics.idempotencyReplays.inc();
    // A body the resolver did not read to the end (an early error): answer, then close.
    if (op.hasBody && !req.readableEnded) {
      response.headers.connection = 'close';
      req.resume();
    }
    send(res, response);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const labels = { operation: id, method: req.method, status: String(response.status) };
    deps.metrics.httpRequests.inc(labels);
    deps.metrics.httpDuration.observe(labels, seconds);
    // The access log: path without the query string, which can carry filter values (user data).
    log.log('info', 'request', {
      method: req.method,
      path: req.path,
      status: response.status,
      duration_ms: Math.round(seconds * 1e5) / 100,
      ...(replayed ? { replayed: true } : {}),
    });
  };
}

interface ValidatedInput {
  path: Record<string, string>;
  value: {
    path: Record<string, unknown>;
    query: Record<string, unknown>;
    header?: Record<string, string>;
    body?: unknown;
  };
  raw: Buffer;
}

async function validateInput(
  op: OperationMeta,
  id: OperationId,
  req: Request,
  limit: number,
): Promise<ValidatedInput> {
  const path: Record<string, unknown> = { ...(req.params as Record<string, string>) };
  const query: Record<string, unknown> = { ...(req.query as Record<string, unknown>) };
  const issues = [...check(pathValidators[id], path, 'path'), ...check(queryValidators[id], query, 'query')];
  let raw: Buffer = Buffer.alloc(0);
  let body: unknown;
  if (op.hasBody && op.requestContentType !== 'application/json') {
    const length = Number(req.headers['content-length'] ?? Number.NaN);
    const stream: StreamBody = {
      contentType: req.headers['content-type'],
      contentLength: Number.isFinite(length) ? length : undefined,
      stream: req,
    };
    body = stream;
  } else if (op.hasBody) {
    raw = await readBody(req, limit);
    // An optional body left out reaches the resolver as undefined (e.g. mergeTable, exportToFile).
    if (raw.length > 0 || op.bodyRequired) {
      body = parseJsonBody(raw);
      const validator = bodyValidators[id];
      if (validator !== undefined) issues.push(...check(validator, body, 'body'));
    }
  }
  if (issues.length > 0) throw validationError(issues);
  const value: ValidatedInput['value'] = op.hasBody ? { path, query, body } : { path, query };
  if (op.headers.length > 0) {
    const header: Record<string, string> = {};
    for (const name of op.headers) {
      const v = req.headers[name];
      if (typeof v === 'string') header[name] = v;
    }
    value.header = header;
  }
  return { path: path as Record<string, string>, value, raw };
}

function check(validator: Validator, data: unknown, location: 'path' | 'query' | 'body') {
  return validator(data) ? [] : issuesFromAjv(location, validator.errors ?? []);
}

function authorizeFor(
  s: Storage,
  op: OperationMeta,
  principal: Principal,
  path: Record<string, string>,
): void {
  if (op.access === 'none') return;
  const branchId = path.branch_id ?? workspaceBranchForAuth(s, principal, path);
  authorize(principal, {
    access: op.access,
    ...(path.project_id === undefined ? {} : { projectId: path.project_id }),
    ...(branchId === undefined ? {} : { branchId }),
  });
}

async function run(
  op: OperationMeta,
  resolver: AnyResolver,
  input: ValidatedInput['value'],
  ctx: RestContext,
  requestId: string,
  log: Logger,
): Promise<HttpResponse> {
  try {
    // `never`: the validators just checked `input` against this operation's schema, which is
    // exactly the resolver's (erased) parameter type.
    const result = await resolver(input as never, ctx);
    if (result.status === 204 || result.body === undefined)
      return { status: result.status, headers: {}, body: Buffer.alloc(0) };
    if (op.responseContentType === 'application/octet-stream' && isBinaryBody(result.body)) {
      return {
        status: result.status,
        headers: { ...result.body.headers },
        body: Buffer.alloc(0),
        stream: result.body.stream,
      };
    }
    if (op.responseContentType === 'text/plain') {
      return {
        status: result.status,
        headers: { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' },
        body: Buffer.from(String(result.body)),
      };
    }
    return {
      status: result.status,
      headers: { 'content-type': 'application/json' },
      body: Buffer.from(stringifyJson(result.body)),
    };
  } catch (error) {
    return renderError(error, requestId, log);
  }
}

/** StorageError -> its status and the spec's Error body; anything else -> INTERNAL, cause logged. */
export function renderError(error: unknown, requestId: string, log: Logger): HttpResponse {
  const e = StorageError.from(error);
  if (e.code === 'INTERNAL') log.log('error', 'request failed', { error: e.cause ?? e });
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (e.code === 'UNAUTHENTICATED') headers['www-authenticate'] = 'Bearer';
  // RFC 9110 15.5.17: a 416 names the current length (`bytes */<size>`).
  const contentRange = e.details?.content_range;
  if (e.reason === 'range_not_satisfiable' && typeof contentRange === 'string') {
    headers['content-range'] = contentRange;
  }
  return { status: httpStatus(e), headers, body: Buffer.from(stringifyJson(errorBody(e, requestId))) };
}

function isBinaryBody(body: unknown): body is BinaryBody {
  return typeof body === 'object' && body !== null && 'stream' in body && 'headers' in body;
}

function send(res: Response, response: HttpResponse): void {
  res.status(response.status);
  for (const [name, value] of Object.entries(response.headers)) res.setHeader(name, value);
  if (response.stream !== undefined) {
    const stream = response.stream;
    // A read error mid-body cannot change the status any more: end the connection instead.
    stream.once('error', () => res.destroy());
    res.once('close', () => stream.destroy());
    stream.pipe(res);
    return;
  }
  if (response.body.length === 0) {
    res.end();
    return;
  }
  res.setHeader('content-length', response.body.length);
  res.end(response.body);
}
