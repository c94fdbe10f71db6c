// The hand-written part of generated/sdk-ts/index.ts (emit-ts-sdk.ts writes the method table around
// it): client and call options, DuckStorageApiError, the type helpers that read generated/openapi.ts,
// and the binary transport: multipart/form-data and application/octet-stream request bodies (RFC 7578;
// fetch streams a ReadableStream body with `duplex: 'half'`) and application/octet-stream answers
// handed over as the fetch body stream. Kept as text so the SDK is one file with no dependency but
// openapi-fetch.

export const TS_SDK_RUNTIME = `export interface ClientOptions {
  /** Server root, e.g. \`http://localhost:8000\`. */
  baseUrl: string;
  /** Sent as \`Authorization: Bearer <apiKey>\` unless a call passes its own. */
  apiKey?: string | undefined;
  /** Used instead of the global fetch (tests, proxies). */
  fetch?: typeof fetch | undefined;
  /** Sent with every request. */
  headers?: Record<string, string> | undefined;
  /**
   * Retries of calls that are safe to send again: GET, HEAD, PUT and DELETE, and calls with an
   * \`idempotencyKey\` to an operation that declares X-Idempotency-Key, after 429, 502, 503 or 504 or a
   * connection error. \`false\` sends each call once.
   */
  retry?: RetryOptions | false | undefined;
}

/** Bounded exponential backoff: \`baseDelayMs\` × 2^n (with jitter), at most \`maxDelayMs\` per wait. */
export interface RetryOptions {
  /** Attempts after the first (default 3; 0 = never retry). */
  maxRetries?: number | undefined;
  /** Wait before the first retry (default 200 ms); each further wait doubles. */
  baseDelayMs?: number | undefined;
  /** Longest wait between two attempts, a server's \`Retry-After\` included (default 5000 ms). */
  maxDelayMs?: number | undefined;
}

/** What every method accepts besides the operation's own parameters. */
export interface CallOptions {
  /** Sent as \`X-Idempotency-Key\`: a retry with the same key, method, URL and body is answered once. */
  idempotencyKey?: string | undefined;
  /** Sent as \`X-Request-ID\`; the server echoes it and logs under it. */
  requestId?: string | undefined;
  /** Overrides the client's key for this call. */
  apiKey?: string | undefined;
}

/**
 * A file part of a multipart/form-data body: bytes, text, or a Blob (a File keeps its name). A Blob is
 * read as it is sent, so \`await fs.openAsBlob(path)\` uploads a large file without loading it.
 */
export type FilePart = Blob | Uint8Array | string;

/**
 * An application/octet-stream request body. A ReadableStream is sent as it is read (chunked, with
 * \`duplex: 'half'\`), e.g. \`Readable.toWeb(fs.createReadStream(path))\`; a Blob from \`fs.openAsBlob\`
 * streams too and has a known length.
 */
export type BinaryData = Uint8Array | Blob | ReadableStream<Uint8Array>;

/**
 * An application/octet-stream answer. \`body\` delivers the bytes as they arrive (pipe a large file
 * with \`Readable.fromWeb(download.body)\`); \`bytes()\` and \`text()\` read small ones whole. Read the body
 * once, one way, to its end: an unread (or cancelled) body can keep its connection open.
 */
export interface BinaryResponse<S extends number = number> {
  readonly status: S;
  /** The answer's headers, e.g. \`ETag\`, \`Content-Range\` (206), \`Content-Length\`. */
  readonly headers: Headers;
  readonly body: ReadableStream<Uint8Array>;
  bytes(): Promise<Uint8Array>;
  text(): Promise<string>;
}

/** A success without content, e.g. 304 Not Modified after \`If-None-Match\` with the current ETag. */
export interface EmptyResponse<S extends number = number> {
  readonly status: S;
  readonly headers: Headers;
  readonly body: null;
}

/** The error classes of the spec's \`Error.code\` (e.g. NOT_FOUND). */
export type ErrorCode = ApiErrorBody extends { code: infer C } ? C : string;

/** A non-2xx answer. */
export class DuckStorageApiError extends Error {
  override readonly name = 'DuckStorageApiError';
  readonly status: number;
  /** The parsed body: an ApiErrorBody for the spec's JSON errors, else the text; undefined when empty. */
  readonly body: unknown;
  /** The body's \`code\`: the error class (e.g. NOT_FOUND). */
  readonly code: ErrorCode | undefined;
  /** The body's \`error\`: the specific reason in snake_case (e.g. bucket_not_found). */
  readonly reason: string | undefined;
  /** The \`X-Request-ID\` response header (else the body's \`request_id\`): quote it when reporting a problem. */
  readonly requestId: string | undefined;
  /** The body's \`detail\`: the reason's details, or the list of validation issues of a 422. */
  readonly detail: unknown;
  readonly headers: Headers;

  constructor(response: Response, body: unknown) {
    const fields: Record<string, unknown> = typeof body === 'object' && body !== null ? { ...body } : {};
    const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
    const code = text(fields.code);
    super(\`\${response.status}\${code === undefined ? '' : \` \${code}\`}: \${text(fields.message) ?? response.statusText}\`);
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
  /** The request, e.g. \`GET /projects/{project_id}\` (the spec's path template). */
  readonly request: string;
  /** How many times it was sent. */
  readonly attempts: number;

  constructor(request: string, baseUrl: string, cause: unknown, attempts: number) {
    const reason = cause instanceof Error && cause.cause instanceof Error ? cause.cause.message : String(cause);
    super(\`cannot reach \${baseUrl} (\${request}\${attempts > 1 ? \`, \${attempts} attempts\` : ''}): \${reason}\`, { cause });
    this.request = request;
    this.attempts = attempts;
  }
}

type Ops = operations;
type PathOf<K extends keyof Ops> = NonNullable<Ops[K]['parameters']['path']>;
type QueryOf<K extends keyof Ops> = NonNullable<Ops[K]['parameters']['query']>;
/** The header parameters \`H\` of an operation (the ones CallOptions does not already send). */
type HeaderOf<K extends keyof Ops, H extends keyof NonNullable<Ops[K]['parameters']['header']>> = Pick<
  NonNullable<Ops[K]['parameters']['header']>,
  H
>;
type BodyOf<K extends keyof Ops> =
  NonNullable<Ops[K]['requestBody']> extends { content: { 'application/json': infer B } } ? B : never;
/** A multipart/form-data body whose binary fields \`F\` (strings in the spec's types) take a FilePart. */
type FormOf<K extends keyof Ops, F extends PropertyKey> =
  NonNullable<Ops[K]['requestBody']> extends { content: { 'multipart/form-data': infer B } }
    ? { [P in keyof B]: P extends F ? FilePart : B[P] }
    : never;
type JsonOf<K extends keyof Ops, S extends keyof Ops[K]['responses']> =
  Ops[K]['responses'][S] extends { content: { 'application/json': infer R } } ? R : never;

function callHeaders(clientKey: string | undefined, call: CallOptions | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  const key = call?.apiKey ?? clientKey;
  if (key !== undefined) headers.Authorization = \`Bearer \${key}\`;
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

/** A \`Retry-After\` header (seconds or an HTTP date) in milliseconds. */
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
 * Sends one call through \`attempt\` (openapi-fetch, which builds a fresh Request each time), again after
 * a retryable status or connection error while the call is safe to repeat: an idempotent method, or an
 * idempotency key on an operation that declares X-Idempotency-Key (\`keyed\`: the server answers a
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
 * openapi-fetch options that send \`body\` as it is instead of as JSON. The spec's types spell binary
 * bodies as strings (JSON Schema's view of bytes), hence the one cast: fetch gets the real bytes.
 */
function rawBody(body: FormData | BinaryData): { body: never; bodySerializer: (body: unknown) => unknown; duplex?: 'half' } {
  const init = { body: body as never, bodySerializer: (value: unknown) => value };
  // fetch refuses a stream body without duplex: 'half' (the request is sent while it is read).
  return body instanceof ReadableStream ? { ...init, duplex: 'half' } : init;
}

/** A multipart/form-data body (RFC 7578): \`files\` are sent as file parts, other fields as text (objects as JSON). */
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
 * openapi-fetch's answer (\`parseAs: 'stream'\`) -> a BinaryResponse, an EmptyResponse for the
 * statuses in \`empty\` (3xx included, which fetch does not count as ok), or DuckStorageApiError.
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
}`;
