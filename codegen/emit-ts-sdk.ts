// Paths Object -> generated/sdk-ts/index.ts: a typed TypeScript client over openapi-fetch with one
// method per Operation Object (named by operationId) of the SDK's set (spec-model `inSdk`: every
// REST operation, and of `x-duckstorage-protocol` ones only the JSON-only, e.g. S3 presign). Each method takes one argument object whose
// `path` / `query` / `header` / `body` exist only when the operation has path, query or header
// Parameter Objects (beyond the headers CallOptions sends) or a Request Body Object. Request bodies
// by media type (Media Type Object): JSON as the spec's type; multipart/form-data as its object
// with FilePart for each binary property (`contentMediaType` / `format: binary`); octet-stream as
// BinaryData plus `contentType`. Results (Responses Object): the lowest 2xx's content (undefined
// without content, string for text/plain); an operation with an octet-stream or a 3xx success
// resolves to the union of BinaryResponse / EmptyResponse per status instead. Any other status
// throws DuckStorageApiError. Each call goes through the runtime's send(), which retries the safe
// ones (GET, HEAD, PUT, DELETE, or with an X-Idempotency-Key) with bounded exponential backoff.
// Types come from generated/openapi.ts; the runtime is ts-sdk-runtime.ts.
import { docLine, stamp, tsString } from './names.js';
import {
  isObject,
  type JsonObject,
  paramsIn,
  readSpecModel,
  resolveRef,
  type SpecModel,
  type SpecOperation,
  type SpecRequestBody,
} from './spec-model.js';
import { TS_SDK_RUNTIME } from './ts-sdk-runtime.js';

interface MethodPlan {
  /** `args` or `args?`. */
  param: string;
  argsType: string;
  resultType: string;
  call: string;
}

/** Headers every call can send through CallOptions (idempotencyKey, requestId), not per operation. */
const CALL_OPTION_HEADERS: readonly string[] = ['x-idempotency-key', 'x-request-id'];

/** openapi-fetch's options are exact (exactOptionalPropertyTypes): an absent field is left out, not undefined. */
function omitUndefined(args: string, field: string): string {
  return `...(${args}.${field} === undefined ? {} : { ${field}: args.${field} })`;
}

/** A binary Schema Object: bytes in JSON Schema 2020-12 (`contentMediaType`) or OpenAPI 3.0 style. */
function isBinarySchema(schema: JsonObject): boolean {
  return (
    schema.type === 'string' &&
    (schema.contentMediaType !== undefined ||
      schema.contentEncoding !== undefined ||
      schema.format === 'binary')
  );
}

/** The properties of a multipart/form-data body that are files. */
function fileFields(root: JsonObject, body: SpecRequestBody, where: string): string[] {
  const schema = resolveRef(root, body.schema, `${where}.requestBody`);
  if (!isObject(schema.properties)) {
    throw new Error(`${where}: a multipart/form-data body must be an object schema with properties`);
  }
  return Object.entries(schema.properties)
    .filter(([, value]) => isObject(value) && isBinarySchema(resolveRef(root, value, `${where}.requestBody`)))
    .map(([name]) => name);
}

interface BodyPlan {
  fields: string[];
  init: string[];
  /** An extra header (the octet-stream Content-Type), as a TS object entry. */
  contentType: string | undefined;
}

function planBody(root: JsonObject, op: SpecOperation, a: string): BodyPlan {
  const body = op.requestBody;
  if (body === undefined) return { fields: [], init: [], contentType: undefined };
  const id = tsString(op.operationId);
  const opt = body.required ? '' : '?';
  // Optional binary bodies are sent only when given.
  const send = (value: string) =>
    body.required ? `...rawBody(${value})` : `...(${a}.body === undefined ? {} : rawBody(${value}))`;
  if (body.mediaType === 'multipart/form-data') {
    const files = fileFields(root, body, op.operationId);
    const union = files.length === 0 ? 'never' : files.map(tsString).join(' | ');
    return {
      fields: [`body${opt}: FormOf<${id}, ${union}>`],
      init: [send(`formData(args.body, [${files.map(tsString).join(', ')}])`)],
      contentType: undefined,
    };
  }
  if (body.mediaType === 'application/octet-stream') {
    return {
      fields: [`body${opt}: BinaryData`, 'contentType?: string | undefined'],
      init: [send('args.body')],
      contentType: `'Content-Type': ${a}.contentType ?? 'application/octet-stream'`,
    };
  }
  return {
    fields: [`body${opt}: BodyOf<${id}>`],
    init: [body.required ? 'body: args.body' : omitUndefined(a, 'body')],
    contentType: undefined,
  };
}

interface ResultPlan {
  type: string;
  /** Wraps the awaited openapi-fetch call. */
  wrap: (call: string) => string;
  parseAs: string | undefined;
}

/** `200 | 206`: a literal union of statuses. */
const statusUnion = (statuses: readonly number[]) => statuses.join(' | ');

function planResult(op: SpecOperation): ResultPlan {
  const id = tsString(op.operationId);
  const binary = op.successes.filter((r) => r.contentType === 'application/octet-stream');
  if (binary.length > 0 || op.successes.some((r) => r.status >= 300)) {
    const other = op.successes.find(
      (r) => r.contentType !== null && r.contentType !== 'application/octet-stream',
    );
    if (other !== undefined || binary.length === 0) {
      throw new Error(
        `${op.operationId}: the TS SDK handles 3xx successes only beside application/octet-stream answers`,
      );
    }
    const statuses = binary.map((r) => r.status);
    const empty = op.successes.filter((r) => r.contentType === null).map((r) => r.status);
    const types = [
      `BinaryResponse<${statusUnion(statuses)}>`,
      ...(empty.length > 0 ? [`EmptyResponse<${statusUnion(empty)}>`] : []),
    ];
    const generics =
      empty.length > 0 ? `${statusUnion(statuses)}, ${statusUnion(empty)}` : statusUnion(statuses);
    return {
      type: types.join(' | '),
      wrap: (call) =>
        `binaryResult<${generics}>(\n        ${call},\n${empty.length > 0 ? `        [${empty.join(', ')}],\n` : ''}      )`,
      parseAs: 'stream',
    };
  }
  const success = op.successes[0];
  const wrap = (call: string) => `unwrap(\n        ${call},\n      )`;
  if (success?.contentType === 'application/json') {
    const type = `JsonOf<${id}, ${success.status}>`;
    // JSON beside other media types (GET /'s text/html for browsers): openapi-fetch types `data` as
    // their union; the SDK accepts JSON (fetch's */* gets the JSON form), so the result is JSON.
    if (success.alternatives === undefined) return { type, wrap, parseAs: undefined };
    return { type, wrap: (call) => `${wrap(call)} as ${type}`, parseAs: undefined };
  }
  if (success?.contentType === 'text/plain') return { type: 'string', wrap, parseAs: 'text' };
  return { type: 'undefined', wrap, parseAs: undefined };
}

function planMethod(root: JsonObject, op: SpecOperation): MethodPlan {
  const id = tsString(op.operationId);
  const hasPath = paramsIn(op, 'path').length > 0;
  const query = paramsIn(op, 'query');
  const queryRequired = query.some((p) => p.required);
  const header = paramsIn(op, 'header').filter((p) => !CALL_OPTION_HEADERS.includes(p.name.toLowerCase()));
  const headerRequired = header.some((p) => p.required);
  const required = hasPath || queryRequired || headerRequired || op.requestBody?.required === true;
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
  if (header.length > 0) {
    const type = `HeaderOf<${id}, ${header.map((p) => tsString(p.name)).join(' | ')}>`;
    fields.push(headerRequired ? `header: ${type}` : `header?: ${type} | undefined`);
    params.push(headerRequired ? `header: ${a}.header` : omitUndefined(a, 'header'));
  }
  const body = planBody(root, op, a);
  fields.push(...body.fields);
  const result = planResult(op);
  const init = [
    ...(params.length > 0 ? [`params: { ${params.join(', ')} }`] : []),
    ...body.init,
    body.contentType === undefined
      ? 'headers: headers(args)'
      : `headers: { ...headers(args), ${body.contentType} }`,
    ...(result.parseAs === undefined ? [] : [`parseAs: '${result.parseAs}'`]),
  ];
  // send() repeats the call when it is safe to (see createSend in ts-sdk-runtime.ts); a key makes a
  // call repeatable only where the operation declares X-Idempotency-Key (the server replays those).
  const request = tsString(`${op.method.toUpperCase()} ${op.path}`);
  const keyed = paramsIn(op, 'header').some((p) => p.name.toLowerCase() === 'x-idempotency-key');
  const fetch = `await send(${request}, args, ${keyed}, () =>\n          raw.${op.method.toUpperCase()}(${tsString(op.path)}, {\n${init.map((i) => `            ${i},\n`).join('')}          }),\n        )`;
  return {
    param: a,
    argsType: fields.length === 0 ? 'CallOptions' : `CallOptions & { ${fields.join('; ')} }`,
    resultType: result.type,
    call: result.wrap(fetch),
  };
}

function title(op: SpecOperation): string {
  return `${op.method.toUpperCase()} ${op.path}${op.summary === undefined ? '' : ` — ${op.summary}`}`;
}

export function emitTsSdk(spec: unknown): Record<string, string> {
  const model: SpecModel = readSpecModel(spec);
  const root = spec as JsonObject; // readSpecModel checked that it is an object
  // sdkOperations: the REST operations and the JSON-only ones of other protocols (S3 presign).
  const plans = model.sdkOperations.map((op) => [op, planMethod(root, op)] as const);
  const signatures = plans.map(
    ([op, p]) =>
      `${docLine(title(op), '  ')}\n  ${op.operationId}(${p.param}: ${p.argsType}): Promise<${p.resultType}>;`,
  );
  const implementations = plans.map(([op, p]) => `    ${op.operationId}: async (args) =>\n      ${p.call},`);
  // components.schemas.Error is the body of every non-2xx JSON answer, when the spec has one.
  const hasError = model.schemas.has('Error');
  const source = `${stamp('emit-ts-sdk')}
// ${model.title}: a typed client over openapi-fetch, one method per operationId. A method resolves
// to the success body (undefined for an answer without content, a string for text/plain; a
// BinaryResponse or EmptyResponse for binary downloads) and throws DuckStorageApiError for any
// other answer, DuckStorageConnectionError when no answer came. Calls that are safe to repeat
// (GET, HEAD, PUT, DELETE, or with an idempotency key) are retried after 429/502/503/504 and
// connection errors (ClientOptions.retry).
import createFetchClient, { type Client } from 'openapi-fetch';
import type { ${hasError ? 'components, ' : ''}operations, paths } from '../openapi.js';

/** The body of a non-2xx JSON answer${hasError ? ": the spec's `Error` schema" : ''}. */
export type ApiErrorBody = ${hasError ? "components['schemas']['Error']" : 'unknown'};

${TS_SDK_RUNTIME}

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
  const send = createSend(options.baseUrl, options.retry);
  return {
    raw,
${implementations.join('\n')}
  };
}
`;
  return { 'sdk-ts/index.ts': source };
}
