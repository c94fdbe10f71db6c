import { describe, expect, it } from 'vitest';
import { createClient, DuckStorageApiError } from '../generated/sdk-ts/index.js';
import { emitTsSdk } from './emit-ts-sdk.js';
import { golden, miniSpec } from './golden.js';

describe('emitTsSdk', () => {
  it('matches the golden output for the mini spec', () => {
    const files = emitTsSdk(miniSpec);
    expect(files).toEqual(golden('ts-sdk', files));
  });

  it('makes the argument optional only when nothing in it is required', () => {
    const source = emitTsSdk(miniSpec)['sdk-ts/index.ts'] ?? '';
    expect(source).toContain('getMetrics(args?: CallOptions): Promise<string>;');
    expect(source).toContain(
      "listWidgets(args: CallOptions & { path: PathOf<'listWidgets'>; query: QueryOf<'listWidgets'> }): Promise<JsonOf<'listWidgets', 200>>;",
    );
    expect(source).toContain(
      "deleteWidget(args: CallOptions & { path: PathOf<'deleteWidget'>; query?: QueryOf<'deleteWidget'> | undefined }): Promise<undefined>;",
    );
  });
});

/** A fetch that records each request and answers from `reply`. */
function stubFetch(reply: (request: Request) => Response) {
  const requests: Request[] = [];
  const fetch = async (input: Parameters<typeof globalThis.fetch>[0], init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request);
    return reply(request);
  };
  return { fetch, requests };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('generated/sdk-ts at run time', () => {
  it('sends path, query, body and the per-call headers', async () => {
    const stub = stubFetch(() => json(201, { name: 'b' }));
    const client = createClient({ baseUrl: 'http://api.test/', apiKey: 'client-key', fetch: stub.fetch });
    await client.createBucket({
      path: { project_id: 'p 1', branch_id: 'default' },
      body: { name: 'b' },
      idempotencyKey: 'idem-1',
      requestId: 'req-1',
    });
    await client.previewTable({
      path: { project_id: 'p', branch_id: 'default', bucket_name: 'b', table_name: 't' },
      query: { where_values: ['1', '2'], limit: 5 },
      apiKey: 'call-key',
    });
    const [create, preview] = stub.requests;
    expect(create?.method).toBe('POST');
    expect(create?.url).toBe('http://api.test/projects/p%201/branches/default/buckets');
    expect(create?.headers.get('authorization')).toBe('Bearer client-key');
    expect(create?.headers.get('x-idempotency-key')).toBe('idem-1');
    expect(create?.headers.get('x-request-id')).toBe('req-1');
    expect(await create?.json()).toEqual({ name: 'b' });
    expect(preview?.url).toBe(
      'http://api.test/projects/p/branches/default/buckets/b/tables/t/preview?where_values=1&where_values=2&limit=5',
    );
    expect(preview?.headers.get('authorization')).toBe('Bearer call-key');
  });

  it('resolves to the body, undefined for 204 and text for text/plain', async () => {
    const stub = stubFetch((request) => {
      if (request.method === 'DELETE') return new Response(null, { status: 204 });
      if (request.url.endsWith('/metrics')) return new Response('up 1\n', { status: 200 });
      return json(200, { status: 'healthy', version: '1', storage_available: true });
    });
    const client = createClient({ baseUrl: 'http://api.test', fetch: stub.fetch });
    expect(await client.getHealth()).toEqual({ status: 'healthy', version: '1', storage_available: true });
    expect(await client.deleteProject({ path: { project_id: 'p' } })).toBeUndefined();
    expect(await client.getMetrics()).toBe('up 1\n');
    expect(stub.requests[0]?.headers.get('authorization')).toBeNull();
  });

  it('throws DuckStorageApiError with the Error body fields for a non-2xx answer', async () => {
    const body = {
      code: 'NOT_FOUND',
      error: 'project_not_found',
      message: 'Project p does not exist',
      request_id: 'from-body',
      detail: { error: 'project_not_found', message: 'Project p does not exist' },
    };
    const stub = stubFetch(() => json(404, body, { 'x-request-id': 'from-header' }));
    const client = createClient({ baseUrl: 'http://api.test', fetch: stub.fetch });
    const error = await client.getProject({ path: { project_id: 'p' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DuckStorageApiError);
    const e = error as DuckStorageApiError;
    expect([e.status, e.code, e.reason, e.requestId]).toEqual([
      404,
      'NOT_FOUND',
      'project_not_found',
      'from-header',
    ]);
    expect(e.body).toEqual(body);
    expect(e.message).toBe('404 NOT_FOUND: Project p does not exist');
    expect(e.headers.get('content-type')).toBe('application/json');
  });

  it('keeps a non-JSON error body as text', async () => {
    const stub = stubFetch(() => new Response('bad gateway', { status: 502, statusText: 'Bad Gateway' }));
    const client = createClient({ baseUrl: 'http://api.test', fetch: stub.fetch });
    const e = (await client.getHealth().catch((error: unknown) => error)) as DuckStorageApiError;
    expect([e.status, e.body, e.code, e.reason, e.requestId]).toEqual([
      502,
      'bad gateway',
      undefined,
      undefined,
      undefined,
    ]);
    expect(e.message).toBe('502: Bad Gateway');
  });
});
