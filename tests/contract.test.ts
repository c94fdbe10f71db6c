import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContractViolation, checkResponse, contractFetch, expectUnknownRoute } from './helpers/contract.js';

/** The checker itself: fabricated answers that break the spec must be caught, conforming ones pass. */
const BASE = 'http://127.0.0.1:1';
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', 'x-request-id': 'req-1', ...headers },
  });
const errorBody = (code: string, reason: string, message: string, requestId: string) => ({
  code,
  error: reason,
  message,
  request_id: requestId,
  detail: { error: reason, message, details: {} },
});
const error = (status: number, code: string, reason: string) =>
  json(status, errorBody(code, reason, 'why', 'req-1'));
const check = (method: string, path: string, response: Response) =>
  checkResponse(method, `${BASE}${path}`, response);

describe('contract checker', () => {
  it('accepts answers the spec declares', async () => {
    await check('GET', '/', json(200, { service: 'duckstorage', version: '0.1.0', health: '/health' }));
    await check('GET', '/projects/p1', error(404, 'NOT_FOUND', 'not_found'));
    await check(
      'DELETE',
      '/projects/p1',
      new Response(null, { status: 204, headers: { 'x-request-id': 'r' } }),
    );
    await check(
      'GET',
      '/metrics',
      new Response('# HELP x\n', {
        headers: { 'content-type': 'text/plain; version=0.0.4', 'x-request-id': 'r' },
      }),
    );
    // A download is checked by status and content type only; its bytes are not JSON.
    const bytes = { 'content-type': 'application/octet-stream', 'x-request-id': 'r', etag: '"abc"' };
    await check(
      'GET',
      '/projects/p1/files/f1/download',
      new Response('\u0000\u0001 not json', { headers: bytes }),
    );
    await check(
      'GET',
      '/projects/p1/files/f1/download',
      new Response('\u0001', { status: 206, headers: { ...bytes, 'content-range': 'bytes 0-0/9' } }),
    );
    await check(
      'GET',
      '/projects/p1/files/f1/download',
      new Response(null, { status: 304, headers: { 'x-request-id': 'r' } }),
    );
    await expectUnknownRoute(() => check('GET', '/nope', error(404, 'NOT_FOUND', 'not_found')));
  });

  it.each([
    [
      'a body that breaks the schema',
      'GET',
      '/',
      json(200, { service: 'duckstorage', version: 1, health: '/health' }),
      /getServiceInfo 200.*version/,
    ],
    [
      'an undeclared property',
      'GET',
      '/',
      json(200, { service: 's', version: 'v', health: '/health', extra: true }),
      /additional properties/,
    ],
    [
      'an undeclared status',
      'GET',
      '/health',
      json(418, { status: 'teapot' }),
      /status not declared for getHealth/,
    ],
    [
      'a path the spec does not have',
      'GET',
      '/nope',
      error(404, 'NOT_FOUND', 'not_found'),
      /no such operation/,
    ],
    ['a method the path does not have', 'PATCH', '/projects/p1', json(200, {}), /no such operation/],
    [
      'an error body that is not an Error',
      'GET',
      '/projects/p1',
      json(404, { detail: 'Not Found' }),
      /getProject 404/,
    ],
    [
      'a body on a 204',
      'DELETE',
      '/projects/p1',
      // fetch's Response refuses a body with 204; a server can still send one.
      Object.defineProperty(new Response('{}', { headers: { 'x-request-id': 'r' } }), 'status', {
        value: 204,
      }),
      /expected no body/,
    ],
    [
      'an answer without X-Request-ID',
      'GET',
      '/',
      new Response('{"service":"s","version":"v","health":"/health"}', {
        headers: { 'content-type': 'application/json' },
      }),
      /no X-Request-ID/,
    ],
    [
      'JSON where the spec says octet-stream',
      'GET',
      '/projects/p1/files/f1/download',
      json(200, { data: 'x' }),
      /content-type application\/json, spec says application\/octet-stream/,
    ],
    [
      'a request_id that is not the header',
      'GET',
      '/projects/p1',
      json(404, errorBody('NOT_FOUND', 'not_found', 'm', 'other')),
      /request_id other differs/,
    ],
  ])('catches %s', async (_name, method, path, response, message) => {
    const thrown = await check(method, path, response).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(thrown).toBeInstanceOf(ContractViolation);
    expect((thrown as Error).message).toMatch(message);
  });

  it('refuses an expected unknown path that is an operation, or that answers other than 404', async () => {
    await expect(
      expectUnknownRoute(() => check('GET', '/health', json(200, { status: 'healthy' }))),
    ).rejects.toThrow(/expected an unknown path, but it is getHealth/);
    await expect(expectUnknownRoute(() => check('GET', '/nope', json(200, {})))).rejects.toThrow(
      /must answer 404/,
    );
  });
});

describe('contractFetch', () => {
  // A stand-in server that answers every request with a 404 Error whose message describes the request
  // body it received, so a test can see that contractFetch passed the body through unread.
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      const hash = createHash('sha256');
      let bytes = 0;
      req.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        hash.update(chunk);
      });
      req.on('end', () => {
        const message = `${req.headers['content-type'] ?? '-'} ${bytes} ${hash.digest('hex')}`;
        res.writeHead(404, { 'content-type': 'application/json', 'x-request-id': 'echo' });
        res.end(JSON.stringify(errorBody('NOT_FOUND', 'not_found', message, 'echo')));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  const received = async (response: Response) => ((await response.json()) as { message: string }).message;
  const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');

  it('passes a streamed octet-stream body through untouched', async () => {
    const data = Buffer.alloc(3 * 65_536 + 7, 'ab');
    const body = Readable.toWeb(Readable.from([data.subarray(0, 100_000), data.subarray(100_000)]));
    const response = await expectUnknownRoute(() =>
      contractFetch(`${url}/upload`, {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream' },
        body: body as ReadableStream<Uint8Array>,
        duplex: 'half',
      } as RequestInit),
    );
    expect(await received(response)).toBe(`application/octet-stream ${data.length} ${sha(data)}`);
  });

  it('passes a multipart form through untouched', async () => {
    const form = new FormData();
    form.append('file', new Blob(['id,name\n1,a\n']), 'rows.csv');
    const response = await expectUnknownRoute(() =>
      contractFetch(`${url}/upload`, { method: 'POST', body: form }),
    );
    expect(await received(response)).toMatch(/^multipart\/form-data; boundary=\S+ \d+ [0-9a-f]{64}$/);
  });

  it('fails loudly on a request that matches no operation', async () => {
    await expect(contractFetch(`${url}/upload`, { method: 'POST', body: 'x' })).rejects.toThrow(
      /POST \/upload -> 404: no such operation in the spec/,
    );
  });
});
