// Paths Object -> generated/sdk-ts/index.ts: a typed TypeScript client over openapi-fetch with one
// method per Operation Object (named by operationId). Each method takes one argument object whose
// `path` / `query` / `body` exist only when the operation has path parameters, query parameters or a
// Request Body Object; it resolves to the 2xx Response Object's content (undefined without content,
// string for text/plain) and throws DuckStorageApiError otherwise. Types come from generated/openapi.ts;
// this emitter only writes the method table.
import { docLine, stamp, tsString } from './names.js';
import { paramsIn, readSpecModel, type SpecModel, type SpecOperation } from './spec-model.js';

const RUNTIME = `export interface ClientOptions {
  /** Server root, e.g. \`http://localhost:8000\`. */
  baseUrl: string;
  /** Sent as \`Authorization: Bearer <apiKey>\` unless a call passes its own. */
  apiKey?: string | undefined;
  /** Used instead of the global fetch (tests, proxies). */
  fetch?: typeof fetch | undefined;
  /** Sent with every request. */
  headers?: Record<string, string> | undefined;
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

/** A non-2xx answer. */
export class DuckStorageApiError extends Error {
  override readonly name = 'DuckStorageApiError';
  readonly status: number;
  /** The parsed body: an ApiErrorBody for the spec's JSON errors, else the text; undefined when empty. */
  readonly body: unknown;
  /** The body's \`code\` (e.g. NOT_FOUND). */
  readonly code: string | undefined;
  /** The body's \`error\`: the specific reason in snake_case (e.g. bucket_not_found). */
  readonly reason: string | undefined;
  /** The \`X-Request-ID\` response header. */
  readonly requestId: string | undefined;
  readonly headers: Headers;

  constructor(response: Response, body: unknown) {
    const fields: Record<string, unknown> = typeof body === 'object' && body !== null ? { ...body } : {};
    const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
    const code = text(fields.code);
    super(\`\${response.status}\${code === undefined ? '' : \` \${code}\`}: \${text(fields.message) ?? response.statusText}\`);
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
  if (key !== undefined) headers.Authorization = \`Bearer \${key}\`;
  if (call?.idempotencyKey !== undefined) headers['X-Idempotency-Key'] = call.idempotencyKey;
  if (call?.requestId !== undefined) headers['X-Request-ID'] = call.requestId;
  return headers;
}

/** openapi-fetch's answer -> its data, or DuckStorageApiError for any non-2xx status. */
function unwrap<D>(result: { data?: D; error?: unknown; response: Response }): D {
  if (!result.response.ok) throw new DuckStorageApiError(result.response, result.error);
  return result.data as D;
}`;

interface MethodPlan {
  /** `args` or `args?`. */
  param: string;
  argsType: string;
  resultType: string;
  call: string;
}

/** openapi-fetch's options are exact (exactOptionalPropertyTypes): an absent field is left out, not undefined. */
function omitUndefined(args: string, field: string): string {
  return `...(${args}.${field} === undefined ? {} : { ${field}: args.${field} })`;
}

function planMethod(op: SpecOperation): MethodPlan {
  const id = tsString(op.operationId);
  const hasPath = paramsIn(op, 'path').length > 0;
  const query = paramsIn(op, 'query');
  const queryRequired = query.some((p) => p.required);
  const body = op.requestBody;
  const required = hasPath || queryRequired || body?.required === true;
  const a = required ? 'args' : 'args?';
  const fields: string[] = [];
  const params: string[] = [];
  if (hasPath) {
    fields.push(`path: PathOf<${id}>`);
    params.push('path: args.path');
  }
  if (query.length > 0 && queryRequired) {
    fields.push(`query: QueryOf<${id}>`);
    params.push(`query: ${a}.query`);
  } else if (query.length > 0) {
    fields.push(`query?: QueryOf<${id}> | undefined`);
    params.push(omitUndefined(a, 'query'));
  }
  if (body !== undefined) fields.push(`body${body.required ? '' : '?'}: BodyOf<${id}>`);
  const success = op.successes[0];
  const resultType =
    success?.contentType === 'application/json'
      ? `JsonOf<${id}, ${success.status}>`
      : success?.contentType === 'text/plain'
        ? 'string'
        : success?.contentType === 'application/octet-stream'
          ? 'ArrayBuffer'
          : 'undefined';
  const init = [
    ...(params.length > 0 ? [`params: { ${params.join(', ')} }`] : []),
    ...(body === undefined ? [] : [body.required ? 'body: args.body' : omitUndefined(a, 'body')]),
    `headers: headers(args)`,
    ...(success?.contentType === 'text/plain' ? [`parseAs: 'text'`] : []),
    ...(success?.contentType === 'application/octet-stream' ? [`parseAs: 'arrayBuffer'`] : []),
  ];
  const fetchMethod = op.method.toUpperCase();
  return {
    param: a,
    argsType: fields.length === 0 ? 'CallOptions' : `CallOptions & { ${fields.join('; ')} }`,
    resultType,
    call: `unwrap(\n        await raw.${fetchMethod}(${tsString(op.path)}, {\n${init.map((i) => `          ${i},\n`).join('')}        }),\n      )`,
  };
}

function title(op: SpecOperation): string {
  return `${op.method.toUpperCase()} ${op.path}${op.summary === undefined ? '' : ` — ${op.summary}`}`;
}

export function emitTsSdk(spec: unknown): Record<string, string> {
  const model: SpecModel = readSpecModel(spec);
  const plans = model.operations.map((op) => [op, planMethod(op)] as const);
  const signatures = plans.map(
    ([op, p]) =>
      `${docLine(title(op), '  ')}\n  ${op.operationId}(${p.param}: ${p.argsType}): Promise<${p.resultType}>;`,
  );
  const implementations = plans.map(([op, p]) => `    ${op.operationId}: async (args) =>\n      ${p.call},`);
  // components.schemas.Error is the body of every non-2xx JSON answer, when the spec has one.
  const hasError = model.schemas.has('Error');
  const source = `${stamp('emit-ts-sdk')}
// ${model.title}: a typed client over openapi-fetch, one method per operationId. A method resolves
// to the success body (undefined for an answer without content, a string for text/plain) and throws
// DuckStorageApiError for any non-2xx answer.
import createFetchClient, { type Client } from 'openapi-fetch';
import type { ${hasError ? 'components, ' : ''}operations, paths } from '../openapi.js';

/** The body of a non-2xx JSON answer${hasError ? ": the spec's `Error` schema" : ''}. */
export type ApiErrorBody = ${hasError ? "components['schemas']['Error']" : 'unknown'};

${RUNTIME}

export interface DuckStorageClient {
  /** The openapi-fetch client underneath (same base URL, fetch and headers; no API key). */
  readonly raw: Client<paths>;
${signatures.join('\n')}
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
${implementations.join('\n')}
  };
}
`;
  return { 'sdk-ts/index.ts': source };
}
