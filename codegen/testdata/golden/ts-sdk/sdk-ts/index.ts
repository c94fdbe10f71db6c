// generated from specs/duckapi.json by codegen/emit-ts-sdk.ts; do not edit
// Mini API: a typed client over openapi-fetch, one method per operationId. A method resolves
// to the success body (undefined for an answer without content, a string for text/plain) and throws
// DuckStorageApiError for any non-2xx answer.
import createFetchClient, { type Client } from 'openapi-fetch';
import type { components, operations, paths } from '../openapi.js';

/** The body of a non-2xx JSON answer: the spec's `Error` schema. */
export type ApiErrorBody = components['schemas']['Error'];

export interface ClientOptions {
  /** Server root, e.g. `http://localhost:8000`. */
  baseUrl: string;
  /** Sent as `Authorization: Bearer <apiKey>` unless a call passes its own. */
  apiKey?: string | undefined;
  /** Used instead of the global fetch (tests, proxies). */
  fetch?: typeof fetch | undefined;
  /** Sent with every request. */
  headers?: Record<string, string> | undefined;
}

/** What every method accepts besides the operation's own parameters. */
export interface CallOptions {
  /** Sent as `X-Idempotency-Key`: a retry with the same key, method, URL and body is answered once. */
  idempotencyKey?: string | undefined;
  /** Sent as `X-Request-ID`; the server echoes it and logs under it. */
  requestId?: string | undefined;
  /** Overrides the client's key for this call. */
  apiKey?: string | undefined;
}

/** A non-2xx answer. */
export class DuckStorageApiError extends Error {
  override readonly name = 'DuckStorageApiError';
  readonly status: number;
  /** The parsed body: an ApiErrorBody for the spec's JSON errors, else the text; undefined when empty. */
  readonly body: unknown;
  /** The body's `code` (e.g. NOT_FOUND). */
  readonly code: string | undefined;
  /** The body's `error`: the specific reason in snake_case (e.g. bucket_not_found). */
  readonly reason: string | undefined;
  /** The `X-Request-ID` response header. */
  readonly requestId: string | undefined;
  readonly headers: Headers;

  constructor(response: Response, body: unknown) {
    const fields: Record<string, unknown> = typeof body === 'object' && body !== null ? { ...body } : {};
    const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
    const code = text(fields.code);
    super(`${response.status}${code === undefined ? '' : ` ${code}`}: ${text(fields.message) ?? response.statusText}`);
    this.status = response.status;
    this.body = body;
    this.code = code;
    this.reason = text(fields.error);
    this.requestId = response.headers.get('x-request-id') ?? text(fields.request_id);
    this.headers = response.headers;
  }
}

type Ops = operations;
type PathOf<K extends keyof Ops> = NonNullable<Ops[K]['parameters']['path']>;
type QueryOf<K extends keyof Ops> = NonNullable<Ops[K]['parameters']['query']>;
type BodyOf<K extends keyof Ops> =
  NonNullable<Ops[K]['requestBody']> extends { content: { 'application/json': infer B } } ? B : never;
type JsonOf<K extends keyof Ops, S extends keyof Ops[K]['responses']> =
  Ops[K]['responses'][S] extends { content: { 'application/json': infer R } } ? R : never;

function callHeaders(clientKey: string | undefined, call: CallOptions | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  const key = call?.apiKey ?? clientKey;
  if (key !== undefined) headers.Authorization = `Bearer ${key}`;
  if (call?.idempotencyKey !== undefined) headers['X-Idempotency-Key'] = call.idempotencyKey;
  if (call?.requestId !== undefined) headers['X-Request-ID'] = call.requestId;
  return headers;
}

/** openapi-fetch's answer -> its data, or DuckStorageApiError for any non-2xx status. */
function unwrap<D>(result: { data?: D; error?: unknown; response: Response }): D {
  if (!result.response.ok) throw new DuckStorageApiError(result.response, result.error);
  return result.data as D;
}

export interface DuckStorageClient {
  /** The openapi-fetch client underneath (same base URL, fetch and headers; no API key). */
  readonly raw: Client<paths>;
  /** GET /shelves/{shelf_id}/widgets — List widgets */
  listWidgets(args: CallOptions & { path: PathOf<'listWidgets'>; query: QueryOf<'listWidgets'> }): Promise<JsonOf<'listWidgets', 200>>;
  /** POST /shelves/{shelf_id}/widgets — Create a widget */
  createWidget(args: CallOptions & { path: PathOf<'createWidget'>; body: BodyOf<'createWidget'> }): Promise<JsonOf<'createWidget', 201>>;
  /** DELETE /shelves/{shelf_id}/widgets/{widget_id} — Delete a widget *\/ safely */
  deleteWidget(args: CallOptions & { path: PathOf<'deleteWidget'>; query?: QueryOf<'deleteWidget'> | undefined }): Promise<undefined>;
  /** GET /metrics — Metrics text */
  getMetrics(args?: CallOptions): Promise<string>;
}

export function createClient(options: ClientOptions): DuckStorageClient {
  const raw = createFetchClient<paths>({
    baseUrl: options.baseUrl,
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    ...(options.headers === undefined ? {} : { headers: options.headers }),
  });
  const headers = (call: CallOptions | undefined) => callHeaders(options.apiKey, call);
  return {
    raw,
    listWidgets: async (args) =>
      unwrap(
        await raw.GET('/shelves/{shelf_id}/widgets', {
          params: { path: args.path, query: args.query },
          headers: headers(args),
        }),
      ),
    createWidget: async (args) =>
      unwrap(
        await raw.POST('/shelves/{shelf_id}/widgets', {
          params: { path: args.path },
          body: args.body,
          headers: headers(args),
        }),
      ),
    deleteWidget: async (args) =>
      unwrap(
        await raw.DELETE('/shelves/{shelf_id}/widgets/{widget_id}', {
          params: { path: args.path, ...(args.query === undefined ? {} : { query: args.query }) },
          headers: headers(args),
        }),
      ),
    getMetrics: async (args) =>
      unwrap(
        await raw.GET('/metrics', {
          headers: headers(args),
          parseAs: 'text',
        }),
      ),
  };
}
