import { AsyncLocalStorage } from 'node:async_hooks';
import { readFileSync } from 'node:fs';
import type { ErrorObject } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { type Document, OpenAPIBackend, type Operation } from 'openapi-backend';

/**
 * Contract check: every response a test receives must match its operation in specs/duckapi.json.
 * openapi-backend matches the request to its operation; the status must be declared there, the
 * declared headers valid, the content type one the status declares, and a JSON body valid against
 * that status's schema (Ajv2020: the spec is OpenAPI 3.1, JSON Schema 2020-12). Used as the `fetch`
 * of the generated SDK and of raw test fetches, so a mismatch fails the test that provoked it.
 */
const definition = JSON.parse(
  readFileSync(new URL('../../specs/duckapi.json', import.meta.url), 'utf8'),
) as Document;

const api = new OpenAPIBackend({
  definition,
  // `quick` is required with a 3.1 document: without it openapi-backend checks the document against
  // the 3.0 metaschema, skips dereferencing and routes nothing (../shared/TOOLCHAIN.md).
  quick: true,
  strict: true,
  // The library builds a draft-07 Ajv per context; use 2020-12 semantics instead, with its options
  // (strict: false, so OpenAPI keywords such as `example` pass; coerceTypes for header validation).
  customizeAjv: (_draft07, ajvOpts) => new Ajv2020({ ...ajvOpts, allErrors: true }),
});
await api.init();

/** The one error body (spec: "every non-2xx JSON answer has the `Error` body"), checked on every error. */
const errorSchema = api.definition.components?.schemas?.Error;
if (errorSchema === undefined) throw new Error('specs/duckapi.json has no Error schema');
const errorAjv = new Ajv2020({ strict: false, allErrors: true });
const isErrorBody = errorAjv.compile(structuredClone(errorSchema) as object);

/** The part of a (dereferenced) Response Object read here. */
interface ResponseObject {
  content?: Record<string, unknown>;
}

export class ContractViolation extends Error {}

/** operationId -> statuses the tests have seen (what a coverage report can read). */
export const seenOperations = new Map<string, Set<number>>();

const unknownRoute = new AsyncLocalStorage<true>();

/**
 * Runs `fn`, whose requests may go to a path the spec does not have: those must answer 404 with the
 * Error body. Anywhere else a request that matches no operation is a ContractViolation.
 */
export function expectUnknownRoute<T>(fn: () => Promise<T>): Promise<T> {
  return unknownRoute.run(true, fn);
}

/** The declared response for `status`: exact code, then `4XX`-style range, then `default`. */
function declaredResponse(op: Operation, status: number): ResponseObject | undefined {
  const responses = (op.responses ?? {}) as Record<string, ResponseObject>;
  return responses[String(status)] ?? responses[`${Math.floor(status / 100)}XX`] ?? responses.default;
}

const errorsText = (errors: ErrorObject[] | null | undefined): string =>
  errorAjv.errorsText(errors, { separator: '; ' });

/** Throws ContractViolation when `response` to `method url` breaks the spec. */
export async function checkResponse(method: string, url: string, response: Response): Promise<void> {
  const path = new URL(url).pathname;
  const where = `${method} ${path} -> ${response.status}`;
  const fail = (why: string): never => {
    throw new ContractViolation(`${where}: ${why}`);
  };
  if (response.headers.get('x-request-id') === null) fail('no X-Request-ID');
  const op = api.router.matchOperation({ method, path, headers: {} });
  const expectingUnknown = unknownRoute.getStore() === true;
  if (op === undefined) {
    if (!expectingUnknown) fail('no such operation in the spec');
    if (response.status !== 404) fail('a path the spec does not have must answer 404');
    await checkErrorBody(response, fail);
    return;
  }
  const operationId = op.operationId ?? `${op.method} ${op.path}`;
  if (expectingUnknown) fail(`expected an unknown path, but it is ${operationId}`);
  const declared = declaredResponse(op, response.status);
  if (declared === undefined) fail(`status not declared for ${operationId}`);
  if (!seenOperations.has(operationId)) seenOperations.set(operationId, new Set());
  seenOperations.get(operationId)?.add(response.status);

  const headers = api.validateResponseHeaders(Object.fromEntries(response.headers), op, {
    statusCode: response.status,
  });
  if (!headers.valid) fail(`headers do not match ${operationId}: ${errorsText(headers.errors)}`);

  const content = declared?.content;
  if (content === undefined) {
    // 204, 304: no body at all.
    const text = await response.clone().text();
    if (text !== '') fail(`expected no body, got ${text.slice(0, 200)}`);
    return;
  }
  const actualType = response.headers.get('content-type') ?? '';
  const mediaTypes = Object.keys(content);
  if (!mediaTypes.some((type) => actualType.startsWith(type))) {
    fail(`content-type ${actualType}, spec says ${mediaTypes.join(' or ')}`);
  }
  // Binary downloads and text/plain metrics: status and content type only (never read a download whole).
  if (!actualType.startsWith('application/json')) return;
  const text = await response.clone().text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    fail(`body is not JSON: ${text.slice(0, 200)}`);
  }
  const result = api.validateResponse(body, op, response.status);
  if (!result.valid) {
    fail(
      `body does not match ${operationId} ${response.status}: ${errorsText(result.errors)}\n${text.slice(0, 500)}`,
    );
  }
  if (response.status >= 400) await checkErrorBody(response, fail, body);
}

/** Every error answer: the Error body, its request_id the X-Request-ID header. */
async function checkErrorBody(response: Response, fail: (why: string) => never, parsed?: unknown) {
  const text = parsed === undefined ? await response.clone().text() : '';
  let body = parsed;
  if (body === undefined) {
    try {
      body = JSON.parse(text);
    } catch {
      fail(`error body is not JSON: ${text.slice(0, 200)}`);
    }
  }
  if (!isErrorBody(body)) fail(`error body is not an Error: ${errorsText(isErrorBody.errors)}`);
  const requestId = (body as { request_id: string }).request_id;
  if (requestId !== response.headers.get('x-request-id')) {
    fail(`error request_id ${requestId} differs from X-Request-ID ${response.headers.get('x-request-id')}`);
  }
}

/**
 * A fetch that checks every response against the contract before handing it back. The request goes
 * out as given: its body (JSON, multipart, a stream) is never read here.
 */
export const contractFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const response = await fetch(request);
  await checkResponse(request.method, request.url, response);
  return response;
};
