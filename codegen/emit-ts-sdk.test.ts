import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createClient, DuckStorageApiError, DuckStorageConnectionError } from '../generated/sdk-ts/index.js';
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

  it('keeps only the JSON-only operations of another protocol (x-duckstorage-protocol)', () => {
    const source = emitTsSdk(miniSpec)['sdk-ts/index.ts'] ?? '';
    expect(source).toContain(
      "linkBlob(args: CallOptions & { path: PathOf<'linkBlob'>; body: BodyOf<'linkBlob'> }): Promise<JsonOf<'linkBlob', 200>>;",
    );
    for (const id of ['listBlobs', 'getBlob', 'headBlob']) expect(source).not.toContain(id);
  });

  it.each([
    {
      kind: 'multipart: binary properties take a FilePart',
      want: "uploadWidgetPhoto(args: CallOptions & { path: PathOf<'uploadWidgetPhoto'>; body: FormOf<'uploadWidgetPhoto', 'photo'> }): Promise<JsonOf<'uploadWidgetPhoto', 200>>;",
    },
    {
      kind: 'multipart: the FormData is built with the file parts',
      want: "...rawBody(formData(args.body, ['photo'])),",
    },
    {
      kind: 'octet-stream: BinaryData plus a content type',
      want: "uploadManual(args: CallOptions & { path: PathOf<'uploadManual'>; query: QueryOf<'uploadManual'>; body: BinaryData; contentType?: string | undefined }): Promise<JsonOf<'uploadManual', 201>>;",
    },
    {
      kind: 'octet-stream: Content-Type defaults to application/octet-stream',
      want: "headers: { ...headers(args), 'Content-Type': args.contentType ?? 'application/octet-stream' },",
    },
    {
      kind: 'binary answer: one member per status, header parameters as `header`',
      want: "downloadWidgetPhoto(args: CallOptions & { path: PathOf<'downloadWidgetPhoto'>; header?: HeaderOf<'downloadWidgetPhoto', 'Range' | 'If-None-Match'> | undefined }): Promise<BinaryResponse<200 | 206> | EmptyResponse<304>>;",
    },
    { kind: 'binary answer: 304 is a result, not an error', want: 'binaryResult<200 | 206, 304>(' },
  ])('$kind', ({ want }) => {
    expect(emitTsSdk(miniSpec)['sdk-ts/index.ts']).toContain(want);
  });

  const one = (operation: Record<string, unknown>, schemas: Record<string, unknown> = {}) => ({
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    paths: { '/x': { post: { operationId: 'x', tags: ['t'], ...operation } } },
    components: { schemas },
  });
  const multipart = (schema: unknown) => ({
    requestBody: { content: { 'multipart/form-data': { schema } } },
    responses: { '204': { description: 'ok' } },
  });

  it.each([
    {
      why: 'a 3xx success beside a JSON answer',
      given: one({
        responses: {
          '200': { description: 'ok', content: { 'application/json': { schema: {} } } },
          '304': { description: 'same' },
        },
      }),
      want: '3xx successes only beside application/octet-stream',
    },
    {
      why: 'a multipart body that is not an object',
      given: one(multipart({ type: 'string' })),
      want: 'must be an object schema',
    },
  ])('rejects $why', ({ given, want }) => {
    expect(() => emitTsSdk(given)).toThrow(want);
  });

  it('finds file parts through $refs and both binary spellings', () => {
    const source =
      emitTsSdk(
        one(multipart({ $ref: '#/components/schemas/F' }), {
          F: {
            type: 'object',
            properties: {
              a: { type: 'string', contentMediaType: 'text/csv' },
              b: { type: 'string', format: 'binary' },
              c: { type: 'string' },
            },
          },
        }),
      )['sdk-ts/index.ts'] ?? '';
    expect(source).toContain("body?: FormOf<'x', 'a' | 'b'>"); // the body is not required
    expect(source).toContain("...(args?.body === undefined ? {} : rawBody(formData(args.body, ['a', 'b'])))");
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
    expect(e.detail).toEqual(body.detail);
    expect(e.message).toBe('404 NOT_FOUND: Project p does not exist');
    expect(e.headers.get('content-type')).toBe('application/json');
  });

  it('keeps a non-JSON error body as text', async () => {
    const stub = stubFetch(() => new Response('bad gateway', { status: 502, statusText: 'Bad Gateway' }));
    const client = createClient({ baseUrl: 'http://api.test', fetch: stub.fetch, retry: false });
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

/** A stream that yields `chunks` one by one, as a large file read from disk would. */
function streamOf(...chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    pull(controller) {
      const next = chunks.shift();
      if (next === undefined) controller.close();
      else controller.enqueue(encoder.encode(next));
    },
  });
}

describe('generated/sdk-ts binary bodies and answers', () => {
  const file = { project_id: 'p', file_id: 'f1' };
  const staged = { upload_key: 'u', staging_path: 's', size_bytes: 3, checksum_sha256: 'x' };

  it('sends a multipart part `file` from bytes, text or a Blob (a File keeps its name)', async () => {
    const stub = stubFetch(() => json(200, staged));
    const client = createClient({ baseUrl: 'http://api.test', apiKey: 'k', fetch: stub.fetch });
    const path = { project_id: 'p', upload_key: 'u' };
    await client.uploadFile({ path, body: { file: new Uint8Array([1, 2, 3]) } });
    await client.uploadFile({ path, body: { file: 'a,b\n1,2\n' } });
    await client.uploadFile({ path, body: { file: new File(['x'], 'data.csv', { type: 'text/csv' }) } });
    const [bytes, text, named] = await Promise.all(stub.requests.map((r) => r.formData()));
    expect(stub.requests[0]?.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
    expect(stub.requests[0]?.headers.get('authorization')).toBe('Bearer k');
    const part = (form: FormData | undefined) => form?.get('file') as File;
    expect(new Uint8Array(await part(bytes).arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    expect(part(bytes).name).toBe('file');
    expect(await part(text).text()).toBe('a,b\n1,2\n');
    expect([part(named).name, await part(named).text()]).toEqual(['data.csv', 'x']);
  });

  it('streams an octet-stream body with its content type', async () => {
    const registered = { id: 'f1', name: 'a.csv' };
    const stub = stubFetch(() => json(201, registered));
    const client = createClient({ baseUrl: 'http://api.test', fetch: stub.fetch });
    const result = await client.uploadFileStream({
      path: { project_id: 'p' },
      query: { name: 'a.csv' },
      body: streamOf('id,name\n', '1,duck\n'),
      contentType: 'text/csv',
    });
    await client.uploadFileStream({
      path: { project_id: 'p' },
      query: { name: 'b.bin' },
      body: new Uint8Array([0, 255]),
    });
    expect(result).toEqual(registered);
    const [streamed, bytes] = stub.requests;
    expect(streamed?.url).toBe('http://api.test/projects/p/files/stream?name=a.csv');
    expect(streamed?.duplex).toBe('half');
    expect(streamed?.headers.get('content-type')).toBe('text/csv');
    expect(await streamed?.text()).toBe('id,name\n1,duck\n');
    expect(bytes?.headers.get('content-type')).toBe('application/octet-stream');
    expect(new Uint8Array((await bytes?.arrayBuffer()) ?? new ArrayBuffer(0))).toEqual(
      new Uint8Array([0, 255]),
    );
  });

  it('answers a download with its status, headers and body stream; 304 without a body', async () => {
    const stub = stubFetch((request) => {
      if (request.headers.get('if-none-match') === '"abc"') return new Response(null, { status: 304 });
      if (request.headers.get('range') === 'bytes=1-2') {
        return new Response('bc', {
          status: 206,
          headers: { 'content-range': 'bytes 1-2/4', etag: '"abc"' },
        });
      }
      return new Response(streamOf('ab', 'cd'), { status: 200, headers: { etag: '"abc"' } });
    });
    const client = createClient({ baseUrl: 'http://api.test', fetch: stub.fetch });
    const whole = await client.downloadFile({ path: file });
    expect([whole.status, whole.headers.get('etag')]).toEqual([200, '"abc"']);
    expect(whole.body).toBeInstanceOf(ReadableStream);
    expect(whole.status !== 304 && (await whole.text())).toBe('abcd');
    const part = await client.downloadFile({ path: file, header: { Range: 'bytes=1-2' } });
    expect([part.status, part.headers.get('content-range')]).toEqual([206, 'bytes 1-2/4']);
    expect(part.status !== 304 && new TextDecoder().decode(await part.bytes())).toBe('bc');
    const same = await client.downloadFile({ path: file, header: { 'If-None-Match': '"abc"' } });
    expect([same.status, same.body]).toEqual([304, null]);
    expect(stub.requests[1]?.headers.get('range')).toBe('bytes=1-2');
  });

  it('throws DuckStorageApiError for a failed download', async () => {
    const body = {
      code: 'NOT_FOUND',
      error: 'file_not_found',
      message: 'File f1 not found',
      request_id: 'r',
    };
    const stub = stubFetch(() => json(404, body));
    const client = createClient({ baseUrl: 'http://api.test', fetch: stub.fetch });
    const e = (await client
      .downloadFile({ path: file })
      .catch((error: unknown) => error)) as DuckStorageApiError;
    expect(e).toBeInstanceOf(DuckStorageApiError);
    expect([e.status, e.reason, e.body]).toEqual([404, 'file_not_found', body]);
  });
});

describe('generated/sdk-ts retries', () => {
  const fast = { baseDelayMs: 1, maxDelayMs: 20 };
  /** Answers each request with the next of `statuses` (the last one from then on). */
  const sequence = (...statuses: number[]) =>
    stubFetch(() => {
      const status = statuses.length > 1 ? (statuses.shift() ?? 200) : (statuses[0] ?? 200);
      return status === 200 ? json(200, { id: 'p' }) : json(status, { code: 'UNAVAILABLE', message: 'busy' });
    });
  const project = { path: { project_id: 'p' } };

  it.each([
    { method: 'GET', call: (c: ReturnType<typeof createClient>) => c.getProject(project) },
    {
      method: 'PUT',
      call: (c: ReturnType<typeof createClient>) => c.updateProject({ ...project, body: {} }),
    },
    { method: 'DELETE', call: (c: ReturnType<typeof createClient>) => c.deleteProject(project) },
    {
      method: 'POST with an idempotency key',
      call: (c: ReturnType<typeof createClient>) =>
        c.createApiKey({ ...project, body: { description: 'ci' }, idempotencyKey: 'k1' }),
    },
  ])('repeats $method after 429, 502, 503 and 504', async ({ call }) => {
    const stub = sequence(429, 502, 503, 504, 200);
    const client = createClient({
      baseUrl: 'http://api.test',
      fetch: stub.fetch,
      retry: { ...fast, maxRetries: 4 },
    });
    await call(client);
    expect(stub.requests).toHaveLength(5);
    expect(new Set(stub.requests.map((r) => r.url)).size).toBe(1);
  });

  it('sends the same body again on each attempt', async () => {
    const stub = sequence(503, 200);
    const client = createClient({ baseUrl: 'http://api.test', fetch: stub.fetch, retry: fast });
    await client.createApiKey({ ...project, body: { description: 'ci' }, idempotencyKey: 'k1' });
    const bodies = await Promise.all(stub.requests.map((r) => r.text()));
    expect(bodies).toEqual([JSON.stringify({ description: 'ci' }), JSON.stringify({ description: 'ci' })]);
    expect(stub.requests.map((r) => r.headers.get('x-idempotency-key'))).toEqual(['k1', 'k1']);
  });

  it('stops after maxRetries and throws the last answer', async () => {
    const stub = sequence(503);
    const client = createClient({
      baseUrl: 'http://api.test',
      fetch: stub.fetch,
      retry: { ...fast, maxRetries: 2 },
    });
    const e = (await client.getProject(project).catch((error: unknown) => error)) as DuckStorageApiError;
    expect([e.status, stub.requests.length]).toEqual([503, 3]);
  });

  it.each([
    {
      why: 'a POST without an idempotency key',
      call: (c: ReturnType<typeof createClient>) =>
        c.createApiKey({ ...project, body: { description: 'ci' } }),
    },
    {
      why: 'a POST with a key the operation does not declare (the server would not replay it)',
      call: (c: ReturnType<typeof createClient>) =>
        c.authenticatePgwireUser({ body: { username: 'u', password: 'p' }, idempotencyKey: 'k' }),
    },
    {
      why: 'a streamed body (read once)',
      call: (c: ReturnType<typeof createClient>) =>
        c.uploadFileStream({ ...project, query: { name: 'a' }, body: streamOf('x'), idempotencyKey: 'k' }),
    },
  ])('never repeats $why', async ({ call }) => {
    const stub = sequence(503, 200);
    const client = createClient({ baseUrl: 'http://api.test', fetch: stub.fetch, retry: fast });
    const e = (await call(client).catch((error: unknown) => error)) as DuckStorageApiError;
    expect([e.status, stub.requests.length]).toEqual([503, 1]);
  });

  it('does not repeat other errors, nor anything with retry: false', async () => {
    const notFound = sequence(404, 200);
    await createClient({ baseUrl: 'http://api.test', fetch: notFound.fetch, retry: fast })
      .getProject(project)
      .catch(() => undefined);
    const off = sequence(503, 200);
    await createClient({ baseUrl: 'http://api.test', fetch: off.fetch, retry: false })
      .getProject(project)
      .catch(() => undefined);
    expect([notFound.requests.length, off.requests.length]).toEqual([1, 1]);
  });

  it('waits for Retry-After, bounded by maxDelayMs', async () => {
    let calls = 0;
    const fetch = async () =>
      ++calls === 1 ? json(429, { code: 'RESOURCE_EXHAUSTED' }, { 'retry-after': '60' }) : json(200, {});
    const started = Date.now();
    await createClient({
      baseUrl: 'http://api.test',
      fetch,
      retry: { baseDelayMs: 1, maxDelayMs: 50 },
    }).getProject(project);
    expect(calls).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('retries connection errors, then throws DuckStorageConnectionError with the cause', async () => {
    // A port nothing listens on: fetch rejects with TypeError('fetch failed', { cause: ECONNREFUSED }).
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    let attempts = 0;
    const counting = (input: Parameters<typeof globalThis.fetch>[0], init?: RequestInit) => {
      attempts++;
      return globalThis.fetch(input, init);
    };
    const base = `http://127.0.0.1:${port}`;
    const client = createClient({ baseUrl: base, fetch: counting, retry: { ...fast, maxRetries: 2 } });
    const e = (await client
      .getProject(project)
      .catch((error: unknown) => error)) as DuckStorageConnectionError;
    expect(e).toBeInstanceOf(DuckStorageConnectionError);
    expect([e.request, e.attempts, attempts]).toEqual(['GET /projects/{project_id}', 3, 3]);
    expect(e.message).toContain(`cannot reach ${base}`);
    expect(e.message).toContain('ECONNREFUSED');
    // A POST without a key is sent once, and fails the same way.
    const once = (await client
      .createProject({ body: { id: 'p' } })
      .catch((error: unknown) => error)) as DuckStorageConnectionError;
    expect([once.attempts, attempts]).toEqual([1, 4]);
  });
});
