// generated from specs/duckapi.json by codegen/emit-ts-sdk.ts; do not edit
// DuckStorage API: a typed client over openapi-fetch, one method per operationId. A method resolves
// to the success body (undefined for an answer without content, a string for text/plain; a
// BinaryResponse or EmptyResponse for binary downloads) and throws DuckStorageApiError for any
// other answer, DuckStorageConnectionError when no answer came. Calls that are safe to repeat
// (GET, HEAD, PUT, DELETE, or with an idempotency key) are retried after 429/502/503/504 and
// connection errors (ClientOptions.retry).
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
  /**
   * Retries of calls that are safe to send again: GET, HEAD, PUT and DELETE, and calls with an
   * `idempotencyKey` to an operation that declares X-Idempotency-Key, after 429, 502, 503 or 504 or a
   * connection error. `false` sends each call once.
   */
  retry?: RetryOptions | false | undefined;
}

/** Bounded exponential backoff: `baseDelayMs` × 2^n (with jitter), at most `maxDelayMs` per wait. */
export interface RetryOptions {
  /** Attempts after the first (default 3; 0 = never retry). */
  maxRetries?: number | undefined;
  /** Wait before the first retry (default 200 ms); each further wait doubles. */
  baseDelayMs?: number | undefined;
  /** Longest wait between two attempts, a server's `Retry-After` included (default 5000 ms). */
  maxDelayMs?: number | undefined;
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

/**
 * A file part of a multipart/form-data body: bytes, text, or a Blob (a File keeps its name). A Blob is
 * read as it is sent, so `await fs.openAsBlob(path)` uploads a large file without loading it.
 */
export type FilePart = Blob | Uint8Array | string;

/**
 * An application/octet-stream request body. A ReadableStream is sent as it is read (chunked, with
 * `duplex: 'half'`), e.g. `Readable.toWeb(fs.createReadStream(path))`; a Blob from `fs.openAsBlob`
 * streams too and has a known length.
 */
export type BinaryData = Uint8Array | Blob | ReadableStream<Uint8Array>;

/**
 * An application/octet-stream answer. `body` delivers the bytes as they arrive (pipe a large file
 * with `Readable.fromWeb(download.body)`); `bytes()` and `text()` read small ones whole. Read the body
 * once, one way, to its end: an unread (or cancelled) body can keep its connection open.
 */
export interface BinaryResponse<S extends number = number> {
  readonly status: S;
  /** The answer's headers, e.g. `ETag`, `Content-Range` (206), `Content-Length`. */
  readonly headers: Headers;
  readonly body: ReadableStream<Uint8Array>;
  bytes(): Promise<Uint8Array>;
  text(): Promise<string>;
}

/** A success without content, e.g. 304 Not Modified after `If-None-Match` with the current ETag. */
export interface EmptyResponse<S extends number = number> {
  readonly status: S;
  readonly headers: Headers;
  readonly body: null;
}

/** The error classes of the spec's `Error.code` (e.g. NOT_FOUND). */
export type ErrorCode = ApiErrorBody extends { code: infer C } ? C : string;

/** A non-2xx answer. */
export class DuckStorageApiError extends Error {
  override readonly name = 'DuckStorageApiError';
  readonly status: number;
  /** The parsed body: an ApiErrorBody for the spec's JSON errors, else the text; undefined when empty. */
  readonly body: unknown;
  /** The body's `code`: the error class (e.g. NOT_FOUND). */
  readonly code: ErrorCode | undefined;
  /** The body's `error`: the specific reason in snake_case (e.g. bucket_not_found). */
  readonly reason: string | undefined;
  /** The `X-Request-ID` response header (else the body's `request_id`): quote it when reporting a problem. */
  readonly requestId: string | undefined;
  /** The body's `detail`: the reason's details, or the list of validation issues of a 422. */
  readonly detail: unknown;
  readonly headers: Headers;

  constructor(response: Response, body: unknown) {
    const fields: Record<string, unknown> = typeof body === 'object' && body !== null ? { ...body } : {};
    const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
    const code = text(fields.code);
    super(`${response.status}${code === undefined ? '' : ` ${code}`}: ${text(fields.message) ?? response.statusText}`);
    this.status = response.status;
    this.body = body;
    this.code = code as ErrorCode | undefined;
    this.reason = text(fields.error);
    this.detail = fields.detail;
    this.requestId = response.headers.get('x-request-id') ?? text(fields.request_id);
    this.headers = response.headers;
  }
}

/** No answer at all: the server could not be reached, or the connection broke (after any retries). */
export class DuckStorageConnectionError extends Error {
  override readonly name = 'DuckStorageConnectionError';
  /** The request, e.g. `GET /projects/{project_id}` (the spec's path template). */
  readonly request: string;
  /** How many times it was sent. */
  readonly attempts: number;

  constructor(request: string, baseUrl: string, cause: unknown, attempts: number) {
    const reason = cause instanceof Error && cause.cause instanceof Error ? cause.cause.message : String(cause);
    super(`cannot reach ${baseUrl} (${request}${attempts > 1 ? `, ${attempts} attempts` : ''}): ${reason}`, { cause });
    this.request = request;
    this.attempts = attempts;
  }
}

type Ops = operations;
type PathOf<K extends keyof Ops> = NonNullable<Ops[K]['parameters']['path']>;
type QueryOf<K extends keyof Ops> = NonNullable<Ops[K]['parameters']['query']>;
/** The header parameters `H` of an operation (the ones CallOptions does not already send). */
type HeaderOf<K extends keyof Ops, H extends keyof NonNullable<Ops[K]['parameters']['header']>> = Pick<
  NonNullable<Ops[K]['parameters']['header']>,
  H
>;
type BodyOf<K extends keyof Ops> =
  NonNullable<Ops[K]['requestBody']> extends { content: { 'application/json': infer B } } ? B : never;
/** A multipart/form-data body whose binary fields `F` (strings in the spec's types) take a FilePart. */
type FormOf<K extends keyof Ops, F extends PropertyKey> =
  NonNullable<Ops[K]['requestBody']> extends { content: { 'multipart/form-data': infer B } }
    ? { [P in keyof B]: P extends F ? FilePart : B[P] }
    : never;
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

const RETRY_METHODS: readonly string[] = ['GET', 'HEAD', 'PUT', 'DELETE'];
/** Too many requests, and a gateway or server that is (for now) unable to answer. */
const RETRY_STATUSES: readonly number[] = [429, 502, 503, 504];

/** fetch (undici) rejects with these TypeErrors when no answer came: refused, reset, cut off midway. */
function isConnectionError(error: unknown): boolean {
  return error instanceof TypeError && (error.message === 'fetch failed' || error.message === 'terminated');
}

/** A `Retry-After` header (seconds or an HTTP date) in milliseconds. */
function retryAfterMs(headers: Headers): number {
  const value = headers.get('retry-after');
  if (value === null) return 0;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? 0 : Math.max(0, date - Date.now());
}

type Send = <R extends { response: Response }>(
  request: string,
  call: (CallOptions & { body?: unknown }) | undefined,
  keyed: boolean,
  attempt: () => Promise<R>,
) => Promise<R>;

/**
 * Sends one call through `attempt` (openapi-fetch, which builds a fresh Request each time), again after
 * a retryable status or connection error while the call is safe to repeat: an idempotent method, or an
 * idempotency key on an operation that declares X-Idempotency-Key (`keyed`: the server answers a
 * repeat from its record), and a body that can be read twice (not a ReadableStream, read once).
 */
function createSend(baseUrl: string, retry: RetryOptions | false | undefined): Send {
  const maxRetries = retry === false ? 0 : (retry?.maxRetries ?? 3);
  const baseDelayMs = (retry === false ? undefined : retry?.baseDelayMs) ?? 200;
  const maxDelayMs = (retry === false ? undefined : retry?.maxDelayMs) ?? 5000;
  const wait = (n: number, atLeast: number) => {
    const backoff = baseDelayMs * 2 ** n * (0.5 + Math.random() / 2);
    return new Promise((resolve) => setTimeout(resolve, Math.min(maxDelayMs, Math.max(backoff, atLeast))));
  };
  return async <R extends { response: Response }>(
    request: string,
    call: (CallOptions & { body?: unknown }) | undefined,
    keyed: boolean,
    attempt: () => Promise<R>,
  ): Promise<R> => {
    const method = request.slice(0, request.indexOf(' '));
    const safe =
      (RETRY_METHODS.includes(method) || (keyed && call?.idempotencyKey !== undefined)) &&
      !(call?.body instanceof ReadableStream);
    const retries = safe ? maxRetries : 0;
    for (let n = 0; ; n++) {
      let result: R;
      try {
        result = await attempt();
      } catch (error) {
        if (!isConnectionError(error)) throw error;
        if (n >= retries) throw new DuckStorageConnectionError(request, baseUrl, error, n + 1);
        await wait(n, 0);
        continue;
      }
      if (n >= retries || !RETRY_STATUSES.includes(result.response.status)) return result;
      // openapi-fetch has read the error body, so the connection is free for the next attempt.
      await wait(n, retryAfterMs(result.response.headers));
    }
  };
}

/** openapi-fetch's answer -> its data, or DuckStorageApiError for any non-2xx status. */
function unwrap<D>(result: { data?: D; error?: unknown; response: Response }): D {
  if (!result.response.ok) throw new DuckStorageApiError(result.response, result.error);
  return result.data as D;
}

/**
 * openapi-fetch options that send `body` as it is instead of as JSON. The spec's types spell binary
 * bodies as strings (JSON Schema's view of bytes), hence the one cast: fetch gets the real bytes.
 */
function rawBody(body: FormData | BinaryData): { body: never; bodySerializer: (body: unknown) => unknown; duplex?: 'half' } {
  const init = { body: body as never, bodySerializer: (value: unknown) => value };
  // fetch refuses a stream body without duplex: 'half' (the request is sent while it is read).
  return body instanceof ReadableStream ? { ...init, duplex: 'half' } : init;
}

/** A multipart/form-data body (RFC 7578): `files` are sent as file parts, other fields as text (objects as JSON). */
function formData(fields: object, files: readonly string[]): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined || value === null) continue;
    if (files.includes(name)) {
      const part: FilePart = value;
      const blob = part instanceof Blob ? part : new Blob([part]);
      form.append(name, blob, blob instanceof File ? blob.name : name);
    } else {
      form.append(name, typeof value === 'object' ? JSON.stringify(value) : String(value));
    }
  }
  return form;
}

/**
 * openapi-fetch's answer (`parseAs: 'stream'`) -> a BinaryResponse, an EmptyResponse for the
 * statuses in `empty` (3xx included, which fetch does not count as ok), or DuckStorageApiError.
 */
function binaryResult<S extends number, E extends number = never>(
  result: { error?: unknown; response: Response },
  empty: readonly E[] = [],
): BinaryResponse<S> | EmptyResponse<E> {
  const { response } = result;
  const { status, headers } = response;
  if ((empty as readonly number[]).includes(status)) return { status: status as E, headers, body: null };
  if (!response.ok) throw new DuckStorageApiError(response, result.error);
  return {
    status: status as S,
    headers,
    body: response.body ?? new Blob([]).stream(),
    bytes: async () => new Uint8Array(await response.arrayBuffer()),
    text: () => response.text(),
  };
}

export interface DuckStorageClient {
  /** The openapi-fetch client underneath (same base URL, fetch and headers; no API key). */
  readonly raw: Client<paths>;
  /** GET / — Service info */
  getServiceInfo(args?: CallOptions): Promise<JsonOf<'getServiceInfo', 200>>;
  /** GET /health — Health check */
  getHealth(args?: CallOptions): Promise<JsonOf<'getHealth', 200>>;
  /** POST /backend/init — Initialize storage directories */
  initBackend(args?: CallOptions): Promise<JsonOf<'initBackend', 200>>;
  /** POST /backend/remove — Acknowledge backend removal */
  removeBackend(args?: CallOptions): Promise<JsonOf<'removeBackend', 200>>;
  /** POST /projects — Create a project */
  createProject(args: CallOptions & { body: BodyOf<'createProject'> }): Promise<JsonOf<'createProject', 201>>;
  /** GET /projects — List projects */
  listProjects(args?: CallOptions & { query?: QueryOf<'listProjects'> | undefined }): Promise<JsonOf<'listProjects', 200>>;
  /** GET /projects/{project_id} — Get a project */
  getProject(args: CallOptions & { path: PathOf<'getProject'> }): Promise<JsonOf<'getProject', 200>>;
  /** PUT /projects/{project_id} — Update a project */
  updateProject(args: CallOptions & { path: PathOf<'updateProject'>; body: BodyOf<'updateProject'> }): Promise<JsonOf<'updateProject', 200>>;
  /** DELETE /projects/{project_id} — Delete a project */
  deleteProject(args: CallOptions & { path: PathOf<'deleteProject'> }): Promise<undefined>;
  /** GET /projects/{project_id}/stats — Project statistics */
  getProjectStats(args: CallOptions & { path: PathOf<'getProjectStats'> }): Promise<JsonOf<'getProjectStats', 200>>;
  /** POST /projects/{project_id}/api-keys — Create an API key */
  createApiKey(args: CallOptions & { path: PathOf<'createApiKey'>; body: BodyOf<'createApiKey'> }): Promise<JsonOf<'createApiKey', 201>>;
  /** GET /projects/{project_id}/api-keys — List API keys */
  listApiKeys(args: CallOptions & { path: PathOf<'listApiKeys'> }): Promise<JsonOf<'listApiKeys', 200>>;
  /** GET /projects/{project_id}/api-keys/{key_id} — Get an API key */
  getApiKey(args: CallOptions & { path: PathOf<'getApiKey'> }): Promise<JsonOf<'getApiKey', 200>>;
  /** DELETE /projects/{project_id}/api-keys/{key_id} — Revoke an API key */
  revokeApiKey(args: CallOptions & { path: PathOf<'revokeApiKey'> }): Promise<undefined>;
  /** POST /projects/{project_id}/api-keys/{key_id}/rotate — Rotate an API key */
  rotateApiKey(args: CallOptions & { path: PathOf<'rotateApiKey'> }): Promise<JsonOf<'rotateApiKey', 201>>;
  /** POST /projects/{project_id}/s3-credentials — Create an S3 credential */
  createS3Credential(args: CallOptions & { path: PathOf<'createS3Credential'>; body: BodyOf<'createS3Credential'> }): Promise<JsonOf<'createS3Credential', 201>>;
  /** GET /projects/{project_id}/s3-credentials — List S3 credentials */
  listS3Credentials(args: CallOptions & { path: PathOf<'listS3Credentials'> }): Promise<JsonOf<'listS3Credentials', 200>>;
  /** DELETE /projects/{project_id}/s3-credentials/{access_key_id} — Delete an S3 credential */
  deleteS3Credential(args: CallOptions & { path: PathOf<'deleteS3Credential'> }): Promise<undefined>;
  /** POST /projects/{project_id}/branches — Create a dev branch */
  createBranch(args: CallOptions & { path: PathOf<'createBranch'>; body: BodyOf<'createBranch'> }): Promise<JsonOf<'createBranch', 201>>;
  /** GET /projects/{project_id}/branches — List dev branches */
  listBranches(args: CallOptions & { path: PathOf<'listBranches'>; query?: QueryOf<'listBranches'> | undefined }): Promise<JsonOf<'listBranches', 200>>;
  /** GET /projects/{project_id}/branches/{branch_id} — Get a dev branch */
  getBranch(args: CallOptions & { path: PathOf<'getBranch'> }): Promise<JsonOf<'getBranch', 200>>;
  /** DELETE /projects/{project_id}/branches/{branch_id} — Delete a dev branch */
  deleteBranch(args: CallOptions & { path: PathOf<'deleteBranch'> }): Promise<undefined>;
  /** POST /projects/{project_id}/branches/{branch_id}/tables/{bucket_name}/{table_name}/pull — Pull a table from main */
  pullTable(args: CallOptions & { path: PathOf<'pullTable'> }): Promise<JsonOf<'pullTable', 200>>;
  /** POST /projects/{project_id}/branches/{branch_id}/tables/{bucket_name}/{table_name}/merge — Merge a table into main */
  mergeTable(args: CallOptions & { path: PathOf<'mergeTable'>; body?: BodyOf<'mergeTable'> }): Promise<JsonOf<'mergeTable', 200>>;
  /** GET /projects/{project_id}/branches/{branch_id}/merge-status — Merge status of a dev branch */
  getBranchMergeStatus(args: CallOptions & { path: PathOf<'getBranchMergeStatus'> }): Promise<JsonOf<'getBranchMergeStatus', 200>>;
  /** POST /projects/{project_id}/branches/{branch_id}/buckets — Create a bucket */
  createBucket(args: CallOptions & { path: PathOf<'createBucket'>; body: BodyOf<'createBucket'> }): Promise<JsonOf<'createBucket', 201>>;
  /** GET /projects/{project_id}/branches/{branch_id}/buckets — List buckets */
  listBuckets(args: CallOptions & { path: PathOf<'listBuckets'> }): Promise<JsonOf<'listBuckets', 200>>;
  /** GET /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name} — Get a bucket */
  getBucket(args: CallOptions & { path: PathOf<'getBucket'> }): Promise<JsonOf<'getBucket', 200>>;
  /** DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name} — Delete a bucket */
  deleteBucket(args: CallOptions & { path: PathOf<'deleteBucket'>; query?: QueryOf<'deleteBucket'> | undefined }): Promise<undefined>;
  /** POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/share — Share a bucket with another project */
  shareBucket(args: CallOptions & { path: PathOf<'shareBucket'>; body: BodyOf<'shareBucket'> }): Promise<JsonOf<'shareBucket', 200>>;
  /** DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/share — Stop sharing a bucket with a project */
  unshareBucket(args: CallOptions & { path: PathOf<'unshareBucket'>; query: QueryOf<'unshareBucket'> }): Promise<undefined>;
  /** POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/link — Link a bucket of another project */
  linkBucket(args: CallOptions & { path: PathOf<'linkBucket'>; body: BodyOf<'linkBucket'> }): Promise<JsonOf<'linkBucket', 201>>;
  /** DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/link — Unlink a bucket */
  unlinkBucket(args: CallOptions & { path: PathOf<'unlinkBucket'> }): Promise<undefined>;
  /** POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/grant-readonly — Grant read-only access to a bucket */
  grantReadonly(args: CallOptions & { path: PathOf<'grantReadonly'> }): Promise<JsonOf<'grantReadonly', 200>>;
  /** DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/grant-readonly — Revoke read-only access to a bucket */
  revokeReadonly(args: CallOptions & { path: PathOf<'revokeReadonly'> }): Promise<undefined>;
  /** POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables — Create a table */
  createTable(args: CallOptions & { path: PathOf<'createTable'>; body: BodyOf<'createTable'> }): Promise<JsonOf<'createTable', 201>>;
  /** GET /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables — List tables */
  listTables(args: CallOptions & { path: PathOf<'listTables'> }): Promise<JsonOf<'listTables', 200>>;
  /** GET /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name} — Get a table */
  getTable(args: CallOptions & { path: PathOf<'getTable'> }): Promise<JsonOf<'getTable', 200>>;
  /** DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name} — Delete a table */
  deleteTable(args: CallOptions & { path: PathOf<'deleteTable'> }): Promise<undefined>;
  /** GET /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/preview — Preview table rows */
  previewTable(args: CallOptions & { path: PathOf<'previewTable'>; query?: QueryOf<'previewTable'> | undefined }): Promise<JsonOf<'previewTable', 200>>;
  /** GET /metrics — Prometheus metrics */
  getMetrics(args?: CallOptions): Promise<string>;
  /** POST /projects/{project_id}/files/prepare — Open an upload session */
  prepareFileUpload(args: CallOptions & { path: PathOf<'prepareFileUpload'>; body: BodyOf<'prepareFileUpload'> }): Promise<JsonOf<'prepareFileUpload', 200>>;
  /** POST /projects/{project_id}/files/upload/{upload_key} — Upload the bytes of a session */
  uploadFile(args: CallOptions & { path: PathOf<'uploadFile'>; body: FormOf<'uploadFile', 'file'> }): Promise<JsonOf<'uploadFile', 200>>;
  /** POST /projects/{project_id}/files/stream — Upload a file in one streamed request */
  uploadFileStream(args: CallOptions & { path: PathOf<'uploadFileStream'>; query: QueryOf<'uploadFileStream'>; body: BinaryData; contentType?: string | undefined }): Promise<JsonOf<'uploadFileStream', 201>>;
  /** POST /projects/{project_id}/files — Register an uploaded file */
  registerFile(args: CallOptions & { path: PathOf<'registerFile'>; body: BodyOf<'registerFile'> }): Promise<JsonOf<'registerFile', 201>>;
  /** GET /projects/{project_id}/files — List files */
  listFiles(args: CallOptions & { path: PathOf<'listFiles'>; query?: QueryOf<'listFiles'> | undefined }): Promise<JsonOf<'listFiles', 200>>;
  /** GET /projects/{project_id}/files/{file_id} — Get a file's metadata */
  getFile(args: CallOptions & { path: PathOf<'getFile'> }): Promise<JsonOf<'getFile', 200>>;
  /** DELETE /projects/{project_id}/files/{file_id} — Delete a file */
  deleteFile(args: CallOptions & { path: PathOf<'deleteFile'> }): Promise<undefined>;
  /** GET /projects/{project_id}/files/{file_id}/download — Download a file */
  downloadFile(args: CallOptions & { path: PathOf<'downloadFile'>; header?: HeaderOf<'downloadFile', 'Range' | 'If-None-Match'> | undefined }): Promise<BinaryResponse<200 | 206> | EmptyResponse<304>>;
  /** POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/import/file — Load a file into a table */
  importFromFile(args: CallOptions & { path: PathOf<'importFromFile'>; body: BodyOf<'importFromFile'> }): Promise<JsonOf<'importFromFile', 200>>;
  /** POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/import/table — Load another table into a table */
  importFromTable(args: CallOptions & { path: PathOf<'importFromTable'>; body: BodyOf<'importFromTable'> }): Promise<JsonOf<'importFromTable', 200>>;
  /** POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/export — Export a table to a new file */
  exportToFile(args: CallOptions & { path: PathOf<'exportToFile'>; body?: BodyOf<'exportToFile'> }): Promise<JsonOf<'exportToFile', 200>>;
  /** POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/columns — Add a column */
  addColumn(args: CallOptions & { path: PathOf<'addColumn'>; body: BodyOf<'addColumn'> }): Promise<JsonOf<'addColumn', 201>>;
  /** DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/columns/{column_name} — Drop a column */
  dropColumn(args: CallOptions & { path: PathOf<'dropColumn'> }): Promise<JsonOf<'dropColumn', 200>>;
  /** PUT /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/columns/{column_name} — Alter a column */
  alterColumn(args: CallOptions & { path: PathOf<'alterColumn'>; body: BodyOf<'alterColumn'> }): Promise<JsonOf<'alterColumn', 200>>;
  /** POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/primary-key — Set the primary key */
  setPrimaryKey(args: CallOptions & { path: PathOf<'setPrimaryKey'>; body: BodyOf<'setPrimaryKey'> }): Promise<JsonOf<'setPrimaryKey', 201>>;
  /** DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/primary-key — Drop the primary key */
  dropPrimaryKey(args: CallOptions & { path: PathOf<'dropPrimaryKey'> }): Promise<JsonOf<'dropPrimaryKey', 200>>;
  /** DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/rows — Delete rows matching a filter */
  deleteRows(args: CallOptions & { path: PathOf<'deleteRows'>; body: BodyOf<'deleteRows'> }): Promise<JsonOf<'deleteRows', 200>>;
  /** POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/profile — Profile a table */
  profileTable(args: CallOptions & { path: PathOf<'profileTable'>; query?: QueryOf<'profileTable'> | undefined }): Promise<JsonOf<'profileTable', 200>>;
  /** POST /projects/{project_id}/branches/{branch_id}/snapshots — Create a snapshot */
  createSnapshot(args: CallOptions & { path: PathOf<'createSnapshot'>; body: BodyOf<'createSnapshot'> }): Promise<JsonOf<'createSnapshot', 201>>;
  /** GET /projects/{project_id}/branches/{branch_id}/snapshots — List snapshots */
  listSnapshots(args: CallOptions & { path: PathOf<'listSnapshots'>; query?: QueryOf<'listSnapshots'> | undefined }): Promise<JsonOf<'listSnapshots', 200>>;
  /** GET /projects/{project_id}/branches/{branch_id}/snapshots/{snapshot_id} — Get a snapshot */
  getSnapshot(args: CallOptions & { path: PathOf<'getSnapshot'> }): Promise<JsonOf<'getSnapshot', 200>>;
  /** DELETE /projects/{project_id}/branches/{branch_id}/snapshots/{snapshot_id} — Delete a snapshot */
  deleteSnapshot(args: CallOptions & { path: PathOf<'deleteSnapshot'> }): Promise<undefined>;
  /** POST /projects/{project_id}/branches/{branch_id}/snapshots/{snapshot_id}/restore — Restore a snapshot */
  restoreSnapshot(args: CallOptions & { path: PathOf<'restoreSnapshot'>; body: BodyOf<'restoreSnapshot'> }): Promise<JsonOf<'restoreSnapshot', 200>>;
  /** GET /projects/{project_id}/branches/{branch_id}/snapshots/{snapshot_id}/preview — Preview snapshot rows */
  previewSnapshot(args: CallOptions & { path: PathOf<'previewSnapshot'>; query?: QueryOf<'previewSnapshot'> | undefined }): Promise<JsonOf<'previewSnapshot', 200>>;
  /** GET /projects/{project_id}/settings/snapshots — Get project snapshot settings */
  getProjectSnapshotSettings(args: CallOptions & { path: PathOf<'getProjectSnapshotSettings'> }): Promise<JsonOf<'getProjectSnapshotSettings', 200>>;
  /** PUT /projects/{project_id}/settings/snapshots — Update project snapshot settings */
  updateProjectSnapshotSettings(args: CallOptions & { path: PathOf<'updateProjectSnapshotSettings'>; body: BodyOf<'updateProjectSnapshotSettings'> }): Promise<JsonOf<'updateProjectSnapshotSettings', 200>>;
  /** DELETE /projects/{project_id}/settings/snapshots — Reset project snapshot settings */
  deleteProjectSnapshotSettings(args: CallOptions & { path: PathOf<'deleteProjectSnapshotSettings'> }): Promise<undefined>;
  /** GET /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/settings/snapshots — Get bucket snapshot settings */
  getBucketSnapshotSettings(args: CallOptions & { path: PathOf<'getBucketSnapshotSettings'> }): Promise<JsonOf<'getBucketSnapshotSettings', 200>>;
  /** PUT /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/settings/snapshots — Update bucket snapshot settings */
  updateBucketSnapshotSettings(args: CallOptions & { path: PathOf<'updateBucketSnapshotSettings'>; body: BodyOf<'updateBucketSnapshotSettings'> }): Promise<JsonOf<'updateBucketSnapshotSettings', 200>>;
  /** DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/settings/snapshots — Reset bucket snapshot settings */
  deleteBucketSnapshotSettings(args: CallOptions & { path: PathOf<'deleteBucketSnapshotSettings'> }): Promise<undefined>;
  /** GET /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/settings/snapshots — Get table snapshot settings */
  getTableSnapshotSettings(args: CallOptions & { path: PathOf<'getTableSnapshotSettings'> }): Promise<JsonOf<'getTableSnapshotSettings', 200>>;
  /** PUT /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/settings/snapshots — Update table snapshot settings */
  updateTableSnapshotSettings(args: CallOptions & { path: PathOf<'updateTableSnapshotSettings'>; body: BodyOf<'updateTableSnapshotSettings'> }): Promise<JsonOf<'updateTableSnapshotSettings', 200>>;
  /** DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/settings/snapshots — Reset table snapshot settings */
  deleteTableSnapshotSettings(args: CallOptions & { path: PathOf<'deleteTableSnapshotSettings'> }): Promise<undefined>;
  /** POST /s3/{bucket}/presign — Create a pre-signed URL */
  createPresignedUrl(args: CallOptions & { path: PathOf<'createPresignedUrl'>; body: BodyOf<'createPresignedUrl'> }): Promise<JsonOf<'createPresignedUrl', 200>>;
  /** POST /projects/{project_id}/workspaces — Create a workspace on main */
  createWorkspace(args: CallOptions & { path: PathOf<'createWorkspace'>; body: BodyOf<'createWorkspace'> }): Promise<JsonOf<'createWorkspace', 201>>;
  /** GET /projects/{project_id}/workspaces — List workspaces */
  listWorkspaces(args: CallOptions & { path: PathOf<'listWorkspaces'>; query?: QueryOf<'listWorkspaces'> | undefined }): Promise<JsonOf<'listWorkspaces', 200>>;
  /** GET /projects/{project_id}/workspaces/{workspace_id} — Get a workspace */
  getWorkspace(args: CallOptions & { path: PathOf<'getWorkspace'> }): Promise<JsonOf<'getWorkspace', 200>>;
  /** DELETE /projects/{project_id}/workspaces/{workspace_id} — Delete a workspace */
  deleteWorkspace(args: CallOptions & { path: PathOf<'deleteWorkspace'> }): Promise<undefined>;
  /** POST /projects/{project_id}/workspaces/{workspace_id}/clear — Drop every table and view of a workspace */
  clearWorkspace(args: CallOptions & { path: PathOf<'clearWorkspace'> }): Promise<undefined>;
  /** DELETE /projects/{project_id}/workspaces/{workspace_id}/objects/{object_name} — Drop a table or view of a workspace */
  dropWorkspaceObject(args: CallOptions & { path: PathOf<'dropWorkspaceObject'> }): Promise<undefined>;
  /** POST /projects/{project_id}/workspaces/{workspace_id}/load — Copy tables into a workspace */
  loadWorkspaceTables(args: CallOptions & { path: PathOf<'loadWorkspaceTables'>; body: BodyOf<'loadWorkspaceTables'> }): Promise<JsonOf<'loadWorkspaceTables', 200>>;
  /** POST /projects/{project_id}/workspaces/{workspace_id}/credentials/reset — Give a workspace a new password */
  resetWorkspaceCredentials(args: CallOptions & { path: PathOf<'resetWorkspaceCredentials'> }): Promise<JsonOf<'resetWorkspaceCredentials', 200>>;
  /** POST /projects/{project_id}/branches/{branch_id}/workspaces — Create a workspace on a branch */
  createBranchWorkspace(args: CallOptions & { path: PathOf<'createBranchWorkspace'>; body: BodyOf<'createBranchWorkspace'> }): Promise<JsonOf<'createBranchWorkspace', 201>>;
  /** GET /projects/{project_id}/branches/{branch_id}/workspaces — List a branch's workspaces */
  listBranchWorkspaces(args: CallOptions & { path: PathOf<'listBranchWorkspaces'>; query?: QueryOf<'listBranchWorkspaces'> | undefined }): Promise<JsonOf<'listBranchWorkspaces', 200>>;
  /** GET /projects/{project_id}/branches/{branch_id}/workspaces/{workspace_id} — Get a branch's workspace */
  getBranchWorkspace(args: CallOptions & { path: PathOf<'getBranchWorkspace'> }): Promise<JsonOf<'getBranchWorkspace', 200>>;
  /** DELETE /projects/{project_id}/branches/{branch_id}/workspaces/{workspace_id} — Delete a branch's workspace */
  deleteBranchWorkspace(args: CallOptions & { path: PathOf<'deleteBranchWorkspace'> }): Promise<undefined>;
  /** POST /internal/pgwire/auth — Check a workspace password */
  authenticatePgwireUser(args: CallOptions & { body: BodyOf<'authenticatePgwireUser'> }): Promise<JsonOf<'authenticatePgwireUser', 200>>;
  /** POST /internal/pgwire/sessions — Register a session */
  registerPgwireSession(args: CallOptions & { body: BodyOf<'registerPgwireSession'> }): Promise<JsonOf<'registerPgwireSession', 201>>;
  /** GET /internal/pgwire/sessions — List live sessions */
  listPgwireSessions(args?: CallOptions & { query?: QueryOf<'listPgwireSessions'> | undefined }): Promise<JsonOf<'listPgwireSessions', 200>>;
  /** POST /internal/pgwire/sessions/cleanup — End idle sessions */
  cleanupPgwireSessions(args?: CallOptions & { query?: QueryOf<'cleanupPgwireSessions'> | undefined }): Promise<JsonOf<'cleanupPgwireSessions', 200>>;
  /** GET /internal/pgwire/sessions/{session_id} — Get a live session */
  getPgwireSession(args: CallOptions & { path: PathOf<'getPgwireSession'> }): Promise<JsonOf<'getPgwireSession', 200>>;
  /** DELETE /internal/pgwire/sessions/{session_id} — End a session */
  endPgwireSession(args: CallOptions & { path: PathOf<'endPgwireSession'>; query?: QueryOf<'endPgwireSession'> | undefined }): Promise<undefined>;
  /** PATCH /internal/pgwire/sessions/{session_id}/activity — Record a session's activity */
  updatePgwireSessionActivity(args: CallOptions & { path: PathOf<'updatePgwireSessionActivity'>; body: BodyOf<'updatePgwireSessionActivity'> }): Promise<JsonOf<'updatePgwireSessionActivity', 200>>;
  /** POST /driver/execute — Run a driver command */
  executeDriverCommand(args: CallOptions & { body: BodyOf<'executeDriverCommand'> }): Promise<JsonOf<'executeDriverCommand', 200>>;
  /** GET /driver/commands — List driver commands */
  listDriverCommands(args?: CallOptions): Promise<JsonOf<'listDriverCommands', 200>>;
  /** GET /openapi.json — This OpenAPI document */
  getOpenApiDocument(args?: CallOptions): Promise<JsonOf<'getOpenApiDocument', 200>>;
}

export function createClient(options: ClientOptions): DuckStorageClient {
  const raw = createFetchClient<paths>({
    baseUrl: options.baseUrl,
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    ...(options.headers === undefined ? {} : { headers: options.headers }),
  });
  const headers = (call: CallOptions | undefined) => callHeaders(options.apiKey, call);
  const send = createSend(options.baseUrl, options.retry);
  return {
    raw,
    getServiceInfo: async (args) =>
      unwrap(
        await send('GET /', args, false, () =>
          raw.GET('/', {
            headers: headers(args),
          }),
        ),
      ) as JsonOf<'getServiceInfo', 200>,
    getHealth: async (args) =>
      unwrap(
        await send('GET /health', args, false, () =>
          raw.GET('/health', {
            headers: headers(args),
          }),
        ),
      ),
    initBackend: async (args) =>
      unwrap(
        await send('POST /backend/init', args, true, () =>
          raw.POST('/backend/init', {
            headers: headers(args),
          }),
        ),
      ),
    removeBackend: async (args) =>
      unwrap(
        await send('POST /backend/remove', args, true, () =>
          raw.POST('/backend/remove', {
            headers: headers(args),
          }),
        ),
      ),
    createProject: async (args) =>
      unwrap(
        await send('POST /projects', args, true, () =>
          raw.POST('/projects', {
            body: args.body,
            headers: headers(args),
          }),
        ),
      ),
    listProjects: async (args) =>
      unwrap(
        await send('GET /projects', args, false, () =>
          raw.GET('/projects', {
            params: { ...(args?.query === undefined ? {} : { query: args.query }) },
            headers: headers(args),
          }),
        ),
      ),
    getProject: async (args) =>
      unwrap(
        await send('GET /projects/{project_id}', args, false, () =>
          raw.GET('/projects/{project_id}', {
            params: { path: args.path },
            headers: headers(args),
          }),
        ),
      ),
    updateProject: async (args) =>
      unwrap(
        await send('PUT /projects/{project_id}', args, true, () =>
          raw.PUT('/projects/{project_id}', {
            params: { path: args.path },
            body: args.body,
            headers: headers(args),
          }),
        ),
      ),
    deleteProject: async (args) =>
      unwrap(
        await send('DELETE /projects/{project_id}', args, true, () =>
          raw.DELETE('/projects/{project_id}', {
            params: { path: args.path },
            headers: headers(args),
          }),
        ),
      ),
    getProjectStats: async (args) =>
      unwrap(
        await send('GET /projects/{project_id}/stats', args, false, () =>
          raw.GET('/projects/{project_id}/stats', {
            params: { path: args.path },
            headers: headers(args),
          }),
        ),
      ),
    createApiKey: async (args) =>
      unwrap(
        await send('POST /projects/{project_id}/api-keys', args, true, () =>
          raw.POST('/projects/{project_id}/api-keys', {
            params: { path: args.path },
            body: args.body,
            headers: headers(args),
          }),
        ),
      ),
    listApiKeys: async (args) =>
      unwrap(
        await send('GET /projects/{project_id}/api-keys', args, false, () =>
          raw.GET('/projects/{project_id}/api-keys', {
            params: { path: args.path },
            headers: headers(args),
          }),
        ),
      ),
    getApiKey: async (args) =>
      unwrap(
        await send('GET /projects/{project_id}/api-keys/{key_id}', args, false, () =>
          raw.GET('/projects/{project_id}/api-keys/{key_id}', {
            params: { path: args.path },
            headers: headers(args),
          }),
        ),
      ),
    revokeApiKey: async (args) =>
      unwrap(
        await send('DELETE /projects/{project_id}/api-keys/{key_id}', args, true, () =>
          raw.DELETE('/projects/{project_id}/api-keys/{key_id}', {
            params: { path: args.path },
            headers: headers(args),
          }),
        ),
      ),
    rotateApiKey: async (args) =>
      unwrap(
        await send('POST /projects/{project_id}/api-keys/{key_id}/rotate', args, true, () =>
          raw.POST('/projects/{project_id}/api-keys/{key_id}/rotate', {
            params: { path: args.path },
            headers: headers(args),
          }),
        ),
      ),
    createS3Credential: async (args) =>
      unwrap(
        await send('POST /projects/{project_id}/s3-credentials', args, true, () =>
          raw.POST('/projects/{project_id}/s3-credentials', {
            params: { path: args.path },
            body: args.body,
            headers: headers(args),
          }),
        ),
      ),
    listS3Credentials: async (args) =>
      unwrap(
        await send('GET /projects/{project_id}/s3-credentials', args, false, () =>
          raw.GET('/projects/{project_id}/s3-credentials', {
            params: { path: args.path },
            headers: headers(args),
          }),
        ),
      ),
    deleteS3Credential: async (args) =>
      unwrap(
        await send('DELETE /projects/{project_id}/s3-credentials/{access_key_id}', args, true, () =>
          raw.DELETE('/projects/{project_id}/s3-credentials/{access_key_id}', {
            params: { path: args.path },
            headers: headers(args),
          }),
        ),
      ),
    createBranch: async (args) =>
      unwrap(
        await send('POST /projects/{project_id}/branches', args, true, () =>
          raw.POST('/projects/{project_id}/branches', {
            params: { path: args.path },
            body: args.body,
            headers: headers(args),
          }),
        ),
      ),
    listBranches: async (args) =>
      unwrap(
        await send('GET /projects/{project_id}/branches', args, false, () =>
          raw.GET('/projects/{project_id}/branches', {
            params: { path: args.path, ...(args.query === undefined ? {} : { query: args.query }) },
            headers: headers(args),
          }),
        ),
      ),
    getBranch: async (args) =>
      unwrap(
        await send('GET /projects/{project_id}/branches/{branch_id}', args, false, () =>
          raw.GET('/projects/{project_id}/branches/{branch_id}', {
            params: { path: args.path },
            headers: headers(args),
          }),
        ),
      ),
    deleteBranch: async (args) =>
      unwrap(
        await send('DELETE /projects/{project_id}/branches/{branch_id}', args, true, () =>
          raw.DELETE('/projects/{project_id}/branches/{branch_id}', {
            params: { path: args.path },
            headers: headers(args),
          }),
        ),
      ),
    pullTable: async (args) =>
      unwrap(
        await send('POST /projects/{project_id}/branches/{branch_id}/tables/{bucket_name}/{table_name}/pull', args, true, () =>
          raw.POST('/projects/{project_id}/branches/{branch_id}/tables/{bucket_name}/{table_name}/pull', {
            params: { path: args.path },
            headers: headers(args),
          }),
        ),
      ),
    mergeTable: async (args) =>
      unwrap(
        await send('POST /projects/{project_id}/branches/{branch_id}/tables/{bucket_name}/{table_name}/merge', args, true, () =>
          raw.POST('/projects/{project_id}/branches/{branch_id}/tables/{bucket_name}/{table_name}/merge', {
            params: { path: args.path },
            ...(args.body === undefined ? {} : { body: args.body }),
            headers: headers(args),
          }),
        ),
      ),
    getBranchMergeStatus: async (args) =>
      unwrap(
        await send('GET /projects/{project_id}/branches/{branch_id}/merge-status', args, false, () =>
          raw.GET('/projects/{project_id}/branches/{branch_id}/merge-status', {
            params: { path: args.path },
            headers: headers(args),
          }),
        ),
      ),
    createBucket: async (args) =>
      unwrap(
        await send('POST /projects/{project_id}/branches/{branch_id}/buckets', args, true, () =>
          raw.POST('/projects/{project_id}/branches/{branch_id}/buckets', {
            params: { path: args.path },
            body: args.body,
            headers: headers(args),
          }),
        ),
      ),
    listBuckets: async (args) =>
      unwrap(
        await send('GET /projects/{project_id}/branches/{branch_id}/buckets', args, false, () =>
          raw.GET('/projects/{project_id}/branches/{branch_id}/buckets', {
            params: { path: args.path },
            headers: headers(args),
          }),
        ),
      ),
    getBucket: async (args) =>
      unwrap(
        await send('GET /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}', args, false, () =>
          raw.GET('/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}', {
            params: { path: args.path },
            headers: headers(args),
          }),
        ),
      ),
    deleteBucket: async (args) =>
      unwrap(
        await send('DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}', args, true, () =>
          raw.DELETE('/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}', {
            params: { path: args.path, ...(args.query === undefined ? {} : { query: args.query }) },
            headers: headers(args),
          }),
        ),
      ),
    shareBucket: async (args) =>
      unwrap(
        await send('POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/share', args, true, () =>
          raw.POST('/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/share', {
            params: { path: args.path },
            body: args.body,
            headers: headers(args),
          }),
        ),
      ),
    unshareBucket: async (args) =>
      unwrap(
        await send('DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/share', args, true, () =>
          raw.DELETE('/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/share', {
            params: { path: args.path, query: args.query },
            headers: headers(args),
          }),
        ),
      ),
    linkBucket: async (args) =>
      unwrap(
        await send('POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/link', args, true, () =>
          raw.POST('/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/link', {
            params: { path: args.path },
            body: args.body,
            headers: headers(args),
          }),
        ),
      ),
    unlinkBucket: async (args) =>
      unwrap(
        await send('DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/link', args, true, () =>
          raw.DELETE('/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/link', {
            params: { path: args.path },
            headers: headers(args),
          }),
        ),
      ),
    grantReadonly: async (args) =>
      unwrap(
        await send('POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/grant-readonly', args, true, () =>
          raw.POST('/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/grant-readonly', {
            params: { path: args.path },
            headers: headers(args),
          }),
        ),
      ),
    revokeReadonly: async (args) =>
      unwrap(
        await send('DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/grant-readonly', args, true, () =>
          raw.DELETE('/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/grant-readonly', {
            params: { path: args.path },
            headers: headers(args),
          }),
        ),
      ),
    createTable: async (args) =>
      unwrap(
        await send('POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables', args, true, () =>
          raw.POST('/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables', {
            params: { path: args.path },
            body: args.body,
            headers: headers(args),
          }),
        ),
      ),
    listTables: async (args) =>
      unwrap(
        await send('GET /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables', args, false, () =>
          raw.GET('/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables', {
            params: { path: args.path },
            headers: headers(args),
          }),
        ),
      ),
    getTable: async (args) =>
      unwrap(
        await send('GET /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}', args, false, () =>
          raw.GET('/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}', {
            params: { path: args.path },
            headers: headers(args),
          }),
        ),
      ),
    deleteTable: async (args) =>
      unwrap(
        await send('DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}', args, true, () =>
          raw.DELETE('/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}', {
            params: { path: args.path },
            headers: headers(args),
          }),
        ),
      ),
    previewTable: async (args) =>
      unwrap(
        await send('GET /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/preview', args, false, () =>
          raw.GET('/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/preview', {
            params: { path: args.path, ...(args.query === undefined ? {} : { query: args.query }) },
            headers: headers(args),
          }),
        ),
      ),
    getMetrics: async (args) =>
      unwrap(
        await send('GET /metrics', args, false, () =>
          raw.GET('/metrics', {
            headers: headers(args),
            parseAs: 'text',
          }),
        ),
      ),
    prepareFileUpload: async (args) =>
      unwrap(
        await send('POST /projects/{project_id}/files/prepare', args, true, () =>
          raw.POST('/projects/{project_id}/files/prepare', {
            params: { path: args.path },
            body: args.body,
            headers: headers(args),
          }),
        ),
      ),
    uploadFile: async (args) =>
      unwrap(
        await send('POST /projects/{project_id}/files/upload/{upload_key}', args, false, () =>
          raw.POST('/projects/{project_id}/files/upload/{upload_key}', {
            params: { path: args.path },
            ...rawBody(formData(args.body, ['file'])),
            headers: headers(args),
          }),
        ),
      ),
    uploadFileStream: async (args) =>
      unwrap(
        await send('POST /projects/{project_id}/files/stream', args, false, () =>
          raw.POST('/projects/{project_id}/files/stream', {
            params: { path: args.path, query: args.query },
            ...rawBody(args.body),
            headers: { ...headers(args), 'Content-Type': args.contentType ?? 'application/octet-stream' },
          }),
        ),
      ),
    registerFile: async (args) =>
      unwrap(
        await send('POST /projects/{project_id}/files', args, true, () =>
          raw.POST('/projects/{project_id}/files', {
            params: { path: args.path },
            body: args.body,
            headers: headers(args),
          }),
        ),
      ),
    listFiles: async (args) =>
      unwrap(
        await send('GET /projects/{project_id}/files', args, false, () =>
          raw.GET('/projects/{project_id}/files', {
            params: { path: args.path, ...(args.query === undefined ? {} : { query: args.query }) },
            headers: headers(args),
          }),
        ),
      ),
    getFile: async (args) =>
      unwrap(
        await send('GET /projects/{project_id}/files/{file_id}', args, false, () =>
          raw.GET('/projects/{project_id}/files/{file_id}', {
            params: { path: args.path },
            headers: headers(args),
          }),
        ),
      ),
    deleteFile: async (args) =>
      unwrap(
        await send('DELETE /projects/{project_id}/files/{file_id}', args, true, () =>
          raw.DELETE('/projects/{project_id}/files/{file_id}', {
            params: { path: args.path },
            headers: headers(args),
          }),
        ),
      ),
    downloadFile: async (args) =>
      binaryResult<200 | 206, 304>(
        await send('GET /projects/{project_id}/files/{file_id}/download', args, false, () =>
          raw.GET('/projects/{project_id}/files/{file_id}/download', {
            params: { path: args.path, ...(args.header === undefined ? {} : { header: args.header }) },
            headers: headers(args),
            parseAs: 'stream',
          }),
        ),
        [304],
      ),
    importFromFile: async (args) =>
      unwrap(
        await send('POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/import/file', args, true, () =>
          raw.POST('/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/import/file', {
            params: { path: args.path },
            body: args.body,
            headers: headers(args),
          }),
        ),
      ),
    importFromTable: async (args) =>
      unwrap(
        await send('POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/import/table', args, true, () =>
          raw.POST('/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/import/table', {
            params: { path: args.path },
            body: args.body,
            headers: headers(args),
          }),
        ),
      ),
    exportToFile: async (args) =>
      unwrap(
        await send('POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/export', args, true, () =>
          raw.POST('/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/export', {
            params: { path: args.path },
            ...(args.body === undefined ? {} : { body: args.body }),
            headers: headers(args),
          }),
        ),
      ),
    addColumn: async (args) =>
      unwrap(
        await send('POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/columns', args, true, () =>
          raw.POST('/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/columns', {
            params: { path: args.path },
            body: args.body,
            headers: headers(args),
          }),
        ),
      ),
    dropColumn: async (args) =>
      unwrap(
        await send('DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/columns/{column_name}', args, true, () =>
          raw.DELETE('/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/columns/{column_name}', {
            params: { path: args.path },
            headers: headers(args),
          }),
        ),
      ),
    alterColumn: async (args) =>
      unwrap(
        await send('PUT /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/columns/{column_name}', args, true, () =>
          raw.PUT('/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/columns/{column_name}', {
            params: { path: args.path },
            body: args.body,
            headers: headers(args),
          }),
        ),
      ),
    setPrimaryKey: async (args) =>
      unwrap(
        await send('POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/primary-key', args, true, () =>
          raw.POST('/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/primary-key', {
            params: { path: args.path },
            body: args.body,
            headers: headers(args),
          }),
        ),
      ),
    dropPrimaryKey: async (args) =>
      unwrap(
        await send('DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/primary-key', args, true, () =>
          raw.DELETE('/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/primary-key', {
            params: { path: args.path },
            headers: headers(args),
          }),
        ),
      ),
    deleteRows: async (args) =>
      unwrap(
        await send('DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/rows', args, true, () =>
          raw.DELETE('/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/rows', {
            params: { path: args.path },
            body: args.body,
            headers: headers(args),
          }),
        ),
      ),
    profileTable: async (args) =>
      unwrap(
        await send('POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/profile', args, true, () =>
          raw.POST('/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/profile', {
            params: { path: args.path, ...(args.query === undefined ? {} : { query: args.query }) },
            headers: headers(args),
          }),
        ),
      ),
    createSnapshot: async (args) =>
      unwrap(
        await send('POST /projects/{project_id}/branches/{branch_id}/snapshots', args, true, () =>
          raw.POST('/projects/{project_id}/branches/{branch_id}/snapshots', {
            params: { path: args.path },
            body: args.body,
            headers: headers(args),
          }),
        ),
      ),
    listSnapshots: async (args) =>
      unwrap(
        await send('GET /projects/{project_id}/branches/{branch_id}/snapshots', args, false, () =>
          raw.GET('/projects/{project_id}/branches/{branch_id}/snapshots', {
            params: { path: args.path, ...(args.query === undefined ? {} : { query: args.query }) },
            headers: headers(args),
          }),
        ),
      ),
    getSnapshot: async (args) =>
      unwrap(
        await send('GET /projects/{project_id}/branches/{branch_id}/snapshots/{snapshot_id}', args, false, () =>
          raw.GET('/projects/{project_id}/branches/{branch_id}/snapshots/{snapshot_id}', {
            params: { path: args.path },
            headers: headers(args),
          }),
        ),
      ),
    deleteSnapshot: async (args) =>
      unwrap(
        await send('DELETE /projects/{project_id}/branches/{branch_id}/snapshots/{snapshot_id}', args, true, () =>
          raw.DELETE('/projects/{project_id}/branches/{branch_id}/snapshots/{snapshot_id}', {
            params: { path: args.path },
            headers: headers(args),
          }),
        ),
      ),
    restoreSnapshot: async (args) =>
      unwrap(
        await send('POST /projects/{project_id}/branches/{branch_id}/snapshots/{snapshot_id}/restore', args, true, () =>
          raw.POST('/projects/{project_id}/branches/{branch_id}/snapshots/{snapshot_id}/restore', {
            params: { path: args.path },
            body: args.body,
            headers: headers(args),
          }),
        ),
      ),
    previewSnapshot: async (args) =>
      unwrap(
        await send('GET /projects/{project_id}/branches/{branch_id}/snapshots/{snapshot_id}/preview', args, false, () =>
          raw.GET('/projects/{project_id}/branches/{branch_id}/snapshots/{snapshot_id}/preview', {
            params: { path: args.path, ...(args.query === undefined ? {} : { query: args.query }) },
            headers: headers(args),
          }),
        ),
      ),
    getProjectSnapshotSettings: async (args) =>
      unwrap(
        await send('GET /projects/{project_id}/settings/snapshots', args, false, () =>
          raw.GET('/projects/{project_id}/settings/snapshots', {
            params: { path: args.path },
            headers: headers(args),
          }),
        ),
      ),
    updateProjectSnapshotSettings: async (args) =>
      unwrap(
        await send('PUT /projects/{project_id}/settings/snapshots', args, true, () =>
          raw.PUT('/projects/{project_id}/settings/snapshots', {
            params: { path: args.path },
            body: args.body,
            headers: headers(args),
          }),
        ),
      ),
    deleteProjectSnapshotSettings: async (args) =>
      unwrap(
        await send('DELETE /projects/{project_id}/settings/snapshots', args, true, () =>
          raw.DELETE('/projects/{project_id}/settings/snapshots', {
            params: { path: args.path },
            headers: headers(args),
          }),
        ),
      ),
    getBucketSnapshotSettings: async (args) =>
      unwrap(
        await send('GET /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/settings/snapshots', args, false, () =>
          raw.GET('/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/settings/snapshots', {
            params: { path: args.path },
            headers: headers(args),
          }),
        ),
      ),
    updateBucketSnapshotSettings: async (args) =>
      unwrap(
        await send('PUT /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/settings/snapshots', args, true, () =>
          raw.PUT('/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/settings/snapshots', {
            params: { path: args.path },
            body: args.body,
            headers: headers(args),
          }),
        ),
      ),
    deleteBucketSnapshotSettings: async (args) =>
      unwrap(
        await send('DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/settings/snapshots', args, true, () =>
          raw.DELETE('/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/settings/snapshots', {
            params: { path: args.path },
            headers: headers(args),
          }),
        ),
      ),
    getTableSnapshotSettings: async (args) =>
      unwrap(
        await send('GET /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/settings/snapshots', args, false, () =>
          raw.GET('/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/settings/snapshots', {
            params: { path: args.path },
            headers: headers(args),
          }),
        ),
      ),
    updateTableSnapshotSettings: async (args) =>
      unwrap(
        await send('PUT /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/settings/snapshots', args, true, () =>
          raw.PUT('/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/settings/snapshots', {
            params: { path: args.path },
            body: args.body,
            headers: headers(args),
          }),
        ),
      ),
    deleteTableSnapshotSettings: async (args) =>
      unwrap(
        await send('DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/settings/snapshots', args, true, () =>
          raw.DELETE('/projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/settings/snapshots', {
            params: { path: args.path },
            headers: headers(args),
          }),
        ),
      ),
    createPresignedUrl: async (args) =>
      unwrap(
        await send('POST /s3/{bucket}/presign', args, true, () =>
          raw.POST('/s3/{bucket}/presign', {
            params: { path: args.path },
            body: args.body,
            headers: headers(args),
          }),
        ),
      ),
    createWorkspace: async (args) =>
      unwrap(
        await send('POST /projects/{project_id}/workspaces', args, true, () =>
          raw.POST('/projects/{project_id}/workspaces', {
            params: { path: args.path },
            body: args.body,
            headers: headers(args),
          }),
        ),
      ),
    listWorkspaces: async (args) =>
      unwrap(
        await send('GET /projects/{project_id}/workspaces', args, false, () =>
          raw.GET('/projects/{project_id}/workspaces', {
            params: { path: args.path, ...(args.query === undefined ? {} : { query: args.query }) },
            headers: headers(args),
          }),
        ),
      ),
    getWorkspace: async (args) =>
      unwrap(
        await send('GET /projects/{project_id}/workspaces/{workspace_id}', args, false, () =>
          raw.GET('/projects/{project_id}/workspaces/{workspace_id}', {
            params: { path: args.path },
            headers: headers(args),
          }),
        ),
      ),
    deleteWorkspace: async (args) =>
      unwrap(
        await send('DELETE /projects/{project_id}/workspaces/{workspace_id}', args, true, () =>
          raw.DELETE('/projects/{project_id}/workspaces/{workspace_id}', {
            params: { path: args.path },
            headers: headers(args),
          }),
        ),
      ),
    clearWorkspace: async (args) =>
      unwrap(
        await send('POST /projects/{project_id}/workspaces/{workspace_id}/clear', args, true, () =>
          raw.POST('/projects/{project_id}/workspaces/{workspace_id}/clear', {
            params: { path: args.path },
            headers: headers(args),
          }),
        ),
      ),
    dropWorkspaceObject: async (args) =>
      unwrap(
        await send('DELETE /projects/{project_id}/workspaces/{workspace_id}/objects/{object_name}', args, true, () =>
          raw.DELETE('/projects/{project_id}/workspaces/{workspace_id}/objects/{object_name}', {
            params: { path: args.path },
            headers: headers(args),
          }),
        ),
      ),
    loadWorkspaceTables: async (args) =>
      unwrap(
        await send('POST /projects/{project_id}/workspaces/{workspace_id}/load', args, true, () =>
          raw.POST('/projects/{project_id}/workspaces/{workspace_id}/load', {
            params: { path: args.path },
            body: args.body,
            headers: headers(args),
          }),
        ),
      ),
    resetWorkspaceCredentials: async (args) =>
      unwrap(
        await send('POST /projects/{project_id}/workspaces/{workspace_id}/credentials/reset', args, true, () =>
          raw.POST('/projects/{project_id}/workspaces/{workspace_id}/credentials/reset', {
            params: { path: args.path },
            headers: headers(args),
          }),
        ),
      ),
    createBranchWorkspace: async (args) =>
      unwrap(
        await send('POST /projects/{project_id}/branches/{branch_id}/workspaces', args, true, () =>
          raw.POST('/projects/{project_id}/branches/{branch_id}/workspaces', {
            params: { path: args.path },
            body: args.body,
            headers: headers(args),
          }),
        ),
      ),
    listBranchWorkspaces: async (args) =>
      unwrap(
        await send('GET /projects/{project_id}/branches/{branch_id}/workspaces', args, false, () =>
          raw.GET('/projects/{project_id}/branches/{branch_id}/workspaces', {
            params: { path: args.path, ...(args.query === undefined ? {} : { query: args.query }) },
            headers: headers(args),
          }),
        ),
      ),
    getBranchWorkspace: async (args) =>
      unwrap(
        await send('GET /projects/{project_id}/branches/{branch_id}/workspaces/{workspace_id}', args, false, () =>
          raw.GET('/projects/{project_id}/branches/{branch_id}/workspaces/{workspace_id}', {
            params: { path: args.path },
            headers: headers(args),
          }),
        ),
      ),
    deleteBranchWorkspace: async (args) =>
      unwrap(
        await send('DELETE /projects/{project_id}/branches/{branch_id}/workspaces/{workspace_id}', args, true, () =>
          raw.DELETE('/projects/{project_id}/branches/{branch_id}/workspaces/{workspace_id}', {
            params: { path: args.path },
            headers: headers(args),
          }),
        ),
      ),
    authenticatePgwireUser: async (args) =>
      unwrap(
        await send('POST /internal/pgwire/auth', args, false, () =>
          raw.POST('/internal/pgwire/auth', {
            body: args.body,
            headers: headers(args),
          }),
        ),
      ),
    registerPgwireSession: async (args) =>
      unwrap(
        await send('POST /internal/pgwire/sessions', args, true, () =>
          raw.POST('/internal/pgwire/sessions', {
            body: args.body,
            headers: headers(args),
          }),
        ),
      ),
    listPgwireSessions: async (args) =>
      unwrap(
        await send('GET /internal/pgwire/sessions', args, false, () =>
          raw.GET('/internal/pgwire/sessions', {
            params: { ...(args?.query === undefined ? {} : { query: args.query }) },
            headers: headers(args),
          }),
        ),
      ),
    cleanupPgwireSessions: async (args) =>
      unwrap(
        await send('POST /internal/pgwire/sessions/cleanup', args, true, () =>
          raw.POST('/internal/pgwire/sessions/cleanup', {
            params: { ...(args?.query === undefined ? {} : { query: args.query }) },
            headers: headers(args),
          }),
        ),
      ),
    getPgwireSession: async (args) =>
      unwrap(
        await send('GET /internal/pgwire/sessions/{session_id}', args, false, () =>
          raw.GET('/internal/pgwire/sessions/{session_id}', {
            params: { path: args.path },
            headers: headers(args),
          }),
        ),
      ),
    endPgwireSession: async (args) =>
      unwrap(
        await send('DELETE /internal/pgwire/sessions/{session_id}', args, true, () =>
          raw.DELETE('/internal/pgwire/sessions/{session_id}', {
            params: { path: args.path, ...(args.query === undefined ? {} : { query: args.query }) },
            headers: headers(args),
          }),
        ),
      ),
    updatePgwireSessionActivity: async (args) =>
      unwrap(
        await send('PATCH /internal/pgwire/sessions/{session_id}/activity', args, false, () =>
          raw.PATCH('/internal/pgwire/sessions/{session_id}/activity', {
            params: { path: args.path },
            body: args.body,
            headers: headers(args),
          }),
        ),
      ),
    executeDriverCommand: async (args) =>
      unwrap(
        await send('POST /driver/execute', args, true, () =>
          raw.POST('/driver/execute', {
            body: args.body,
            headers: headers(args),
          }),
        ),
      ),
    listDriverCommands: async (args) =>
      unwrap(
        await send('GET /driver/commands', args, false, () =>
          raw.GET('/driver/commands', {
            headers: headers(args),
          }),
        ),
      ),
    getOpenApiDocument: async (args) =>
      unwrap(
        await send('GET /openapi.json', args, false, () =>
          raw.GET('/openapi.json', {
            headers: headers(args),
          }),
        ),
      ),
  };
}
