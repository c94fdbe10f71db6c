import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

/**
 * Contract check: every response a test receives must match its operation's declared response in
 * specs/duckapi.json (status declared, body valid against the schema). Used as the `fetch` of the
 * generated SDK in tests, so a mismatch fails the test that provoked it.
 */
interface SpecOperation {
  method: string;
  pattern: RegExp;
  operationId: string;
  responses: Map<number, { contentType: string | null; validate: ValidateFunction | null }>;
}

const spec = JSON.parse(readFileSync(new URL('../../specs/duckapi.json', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>>;
  components: { schemas: Record<string, unknown>; responses: Record<string, unknown> };
};

const ajv = new Ajv2020({ strict: false, allErrors: true });
for (const [name, schema] of Object.entries(spec.components.schemas)) {
  ajv.addSchema(schema as object, `#/components/schemas/${name}`);
}

function resolveResponse(r: unknown): { content?: Record<string, { schema?: object }> } {
  const ref = (r as { $ref?: string }).$ref;
  if (ref === undefined) return r as { content?: Record<string, { schema?: object }> };
  const name = ref.split('/').pop() as string;
  return spec.components.responses[name] as { content?: Record<string, { schema?: object }> };
}

const operations: SpecOperation[] = [];
for (const [path, methods] of Object.entries(spec.paths)) {
  const pattern = new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}/?$`);
  for (const [method, op] of Object.entries(methods)) {
    const responses = new Map<number, { contentType: string | null; validate: ValidateFunction | null }>();
    for (const [status, raw] of Object.entries(op.responses)) {
      const content = resolveResponse(raw).content;
      const [contentType, media] =
        content === undefined ? [null, undefined] : (Object.entries(content)[0] ?? [null]);
      const schema = media?.schema;
      responses.set(Number(status), {
        contentType,
        validate:
          schema === undefined || contentType !== 'application/json' ? null : ajv.compile({ ...schema }),
      });
    }
    operations.push({ method: method.toUpperCase(), pattern, operationId: op.operationId, responses });
  }
}

export class ContractViolation extends Error {}

export const seenOperations = new Map<string, Set<number>>();

/** Throws ContractViolation when `response` to `method url` breaks the spec. */
export async function checkResponse(method: string, url: string, response: Response): Promise<void> {
  const path = new URL(url).pathname;
  const op = operations.find((o) => o.method === method.toUpperCase() && o.pattern.test(path));
  const where = `${method} ${path} -> ${response.status}`;
  if (op === undefined) {
    if (response.status !== 404) throw new ContractViolation(`${where}: no such operation in the spec`);
    return;
  }
  const declared = op.responses.get(response.status);
  if (declared === undefined)
    throw new ContractViolation(`${where}: status not declared for ${op.operationId}`);
  if (!seenOperations.has(op.operationId)) seenOperations.set(op.operationId, new Set());
  seenOperations.get(op.operationId)?.add(response.status);
  const text = await response.clone().text();
  if (declared.contentType === null) {
    if (text !== '') throw new ContractViolation(`${where}: expected no body, got ${text.slice(0, 200)}`);
    return;
  }
  const actualType = response.headers.get('content-type') ?? '';
  if (!actualType.startsWith(declared.contentType)) {
    throw new ContractViolation(`${where}: content-type ${actualType}, spec says ${declared.contentType}`);
  }
  if (response.headers.get('x-request-id') === null) throw new ContractViolation(`${where}: no X-Request-ID`);
  if (declared.validate === null) return;
  const body = JSON.parse(text) as unknown;
  if (!declared.validate(body)) {
    throw new ContractViolation(
      `${where}: body does not match ${op.operationId} ${response.status}: ${ajv.errorsText(declared.validate.errors)}\n${text.slice(0, 500)}`,
    );
  }
}

/** A fetch that checks every response against the contract before handing it back. */
export const contractFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const response = await fetch(request);
  await checkResponse(request.method, request.url, response);
  return response;
};
