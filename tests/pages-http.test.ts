import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectUnknownRoute } from './helpers/contract.js';
import { startTestServer, type TestServer } from './helpers/server.js';

/**
 * The pages over plain HTTP (the browser tests are tests/pages-browser.test.ts): every answer is
 * contract-checked (getServiceInfo's two forms, getDocsPage, getDashboardPage, getPageAsset,
 * getOpenApiDocument).
 */
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8';
const spec = JSON.parse(readFileSync(new URL('../specs/duckapi.json', import.meta.url), 'utf8'));

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
});
afterAll(async () => {
  await ts?.stop();
});

describe('GET / by Accept', () => {
  it.each([
    ['no Accept', undefined],
    ['*/*', '*/*'],
    ['application/json', 'application/json'],
    ['JSON before HTML', 'application/json, text/html'],
  ])('answers JSON clients (%s) with the service info, as before', async (_name, accept) => {
    const r = await ts.fetch('/', accept === undefined ? {} : { headers: { accept } });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/json');
    expect(r.headers.get('vary')).toMatch(/Accept/);
    // Byte for byte what GET / answered before the pages existed.
    expect(await r.text()).toBe('{"service":"DuckStorage","version":"0.1.0","health":"/health"}');
  });

  it('gives a browser the landing page, linking the reference and the dashboard', async () => {
    const r = await ts.fetch('/', { headers: { accept: BROWSER_ACCEPT } });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(r.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await r.text();
    expect(html).toContain('href="/docs"');
    expect(html).toContain('href="/dashboard"');
  });

  it('the SDK still gets the JSON', async () => {
    expect(await ts.admin.getServiceInfo()).toEqual({
      service: 'DuckStorage',
      version: '0.1.0',
      health: '/health',
    });
  });
});

describe('pages and assets', () => {
  it.each([
    ['/docs', 'swagger-ui-bundle.js'],
    ['/dashboard', 'chart.umd.min.js'],
  ])('%s is HTML that loads its bundle from this server', async (path, bundle) => {
    const r = await ts.fetch(path);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await r.text();
    expect(html).toContain(`src="/assets/${bundle}"`);
    // Nothing from another origin: every src and href is a path on this server.
    for (const [, url] of html.matchAll(/(?:src|href)="([^"]+)"/g)) expect(url).toMatch(/^\//);
  });

  it.each([
    ['swagger-ui-bundle.js', 'text/javascript; charset=utf-8', 'swagger-ui-dist/swagger-ui-bundle.js'],
    ['swagger-ui.css', 'text/css; charset=utf-8', 'swagger-ui-dist/swagger-ui.css'],
    ['chart.umd.min.js', 'text/javascript; charset=utf-8', 'chart.js/dist/chart.umd.min.js'],
  ])('serves %s from node_modules', async (name, type, file) => {
    const r = await ts.fetch(`/assets/${name}`, { headers: { 'accept-encoding': 'identity' } });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe(type);
    const expected = readFileSync(new URL(`../node_modules/${file}`, import.meta.url));
    expect(Buffer.from(await r.arrayBuffer()).equals(expected)).toBe(true);
  });

  it('gzips when asked and revalidates by ETag', async () => {
    const url = `${ts.url}/assets/dashboard.js`;
    // Node's fetch would gunzip on its own; a raw request shows the encoding.
    const { request } = await import('node:http');
    const raw = await new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
      (resolve, reject) => {
        request(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
          );
        })
          .on('error', reject)
          .end();
      },
    );
    expect(raw.status).toBe(200);
    expect(raw.headers['content-encoding']).toBe('gzip');
    const source = readFileSync(new URL('../src/pages/static/dashboard.js', import.meta.url));
    expect(gunzipSync(raw.body).equals(source)).toBe(true);
    const etag = String(raw.headers.etag);
    const again = await ts.fetch('/assets/dashboard.js', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('answers an unknown asset name with 404 and the Error body', async () => {
    for (const name of ['nope.js', 'docs.html', 'prom-text.d.ts', '..%2Fpackage.json']) {
      const r = await ts.fetch(`/assets/${name}`);
      expect(r.status).toBe(404);
      expect(((await r.json()) as { error: string }).error).toBe('asset_not_found');
    }
    // Deeper paths are no asset name at all.
    const deeper = await expectUnknownRoute(() => ts.fetch('/assets/a/b.js'));
    expect(deeper.status).toBe(404);
  });

  it('GET /openapi.json is specs/duckapi.json', async () => {
    const r = await ts.fetch('/openapi.json');
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual(spec);
    expect(await ts.admin.getOpenApiDocument()).toEqual(spec);
  });

  it('counts page requests in duckstorage_http_requests_total by operationId', async () => {
    await ts.fetch('/dashboard');
    const text = await (await ts.fetch('/metrics')).text();
    expect(text).toMatch(
      /duckstorage_http_requests_total\{operation="getDashboardPage",method="GET",status="200"\} [1-9]/,
    );
    expect(text).toMatch(
      /duckstorage_http_requests_total\{operation="getPageAsset",method="GET",status="404"\} [1-9]/,
    );
  });
});
