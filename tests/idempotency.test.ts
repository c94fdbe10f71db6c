import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_KEY, startTestServer, type TestServer } from './helpers/server.js';

let t: TestServer;
let key: string;
beforeAll(async () => {
  t = await startTestServer();
  key = (await t.admin.createProject({ body: { id: 'idem' } })).api_key;
});
afterAll(async () => {
  await t?.stop();
});

function call(method: string, path: string, opts: { key?: string; idem?: string; body?: unknown } = {}) {
  const headers: Record<string, string> = {
    authorization: `Bearer ${opts.key ?? key}`,
    'content-type': 'application/json',
  };
  if (opts.idem !== undefined) headers['x-idempotency-key'] = opts.idem;
  return t.fetch(path, {
    method,
    headers,
    ...(opts.body === undefined ? {} : { body: JSON.stringify(opts.body) }),
  });
}

const buckets = '/projects/idem/branches/default/buckets';

describe('X-Idempotency-Key', () => {
  it('replays the first answer with the same status and body, echoing the key on the replay only', async () => {
    const first = await call('POST', buckets, { idem: 'k1', body: { name: 'once' } });
    expect(first.status).toBe(201);
    expect(first.headers.get('x-idempotency-key')).toBeNull();
    expect(first.headers.get('x-idempotency-replay')).toBeNull();
    const again = await call('POST', buckets, { idem: 'k1', body: { name: 'once' } });
    expect(again.status).toBe(201);
    expect(again.headers.get('x-idempotency-key')).toBe('k1');
    expect(again.headers.get('x-idempotency-replay')).toBe('true');
    expect(await again.json()).toEqual(await first.json());
    expect((await t.as(key).listBuckets({ path: { project_id: 'idem', branch_id: 'default' } })).total).toBe(
      1,
    );
  });

  it('replays a created project with its key to the same caller only', async () => {
    const first = await call('POST', '/projects', { key: ADMIN_KEY, idem: 'p-1', body: { id: 'idem2' } });
    const again = await call('POST', '/projects', { key: ADMIN_KEY, idem: 'p-1', body: { id: 'idem2' } });
    expect(again.status).toBe(201);
    expect(((await again.json()) as { api_key: string }).api_key).toBe(
      ((await first.json()) as { api_key: string }).api_key,
    );
    const stranger = await call('POST', '/projects', { idem: 'p-1', body: { id: 'idem2' } });
    expect(stranger.status).toBe(403);
  });

  it('answers 409 for the same key with another body, method or URL', async () => {
    const body = await call('POST', buckets, { idem: 'k1', body: { name: 'other' } });
    expect(body.status).toBe(409);
    expect(((await body.json()) as { error: string }).error).toBe('idempotency_conflict');
    const url = await call('POST', `${buckets}?x=1`, { idem: 'k1', body: { name: 'once' } });
    expect(url.status).toBe(409);
    const method = await call('DELETE', `${buckets}/once`, { idem: 'k1' });
    expect(method.status).toBe(409);
  });

  it('replays a 204 delete as 204 without a body', async () => {
    const first = await call('DELETE', `${buckets}/once`, { idem: 'del-1' });
    expect(first.status).toBe(204);
    const again = await call('DELETE', `${buckets}/once`, { idem: 'del-1' });
    expect(again.status).toBe(204);
    expect(again.headers.get('x-idempotency-replay')).toBe('true');
    expect(again.headers.get('x-idempotency-key')).toBe('del-1');
    expect(await again.text()).toBe('');
  });

  it('does not keep validation or auth failures, so a corrected retry runs', async () => {
    const bad = await call('POST', buckets, { idem: 'fix-me', body: { name: '..' } });
    expect(bad.status).toBe(422);
    const fixed = await call('POST', buckets, { idem: 'fix-me', body: { name: '..' } });
    expect(fixed.headers.get('x-idempotency-replay')).toBeNull();
    expect(fixed.headers.get('x-idempotency-key')).toBeNull();
    const unauth = await call('POST', buckets, { key: 'nope', idem: 'fix-2', body: { name: 'later' } });
    expect(unauth.status).toBe(401);
    const ok = await call('POST', buckets, { idem: 'fix-2', body: { name: 'later' } });
    expect(ok.status).toBe(201);
  });

  it('lets only one of two concurrent requests with the same key run', async () => {
    const results = await Promise.all(
      Array.from({ length: 4 }, () => call('POST', buckets, { idem: 'race', body: { name: 'raced' } })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    expect(
      (await t.as(key).listBuckets({ path: { project_id: 'idem', branch_id: 'default' } })).buckets.map(
        (b) => b.name,
      ),
    ).toContain('raced');
  });

  it('remembers keys across a restart', async () => {
    const first = await call('POST', buckets, { idem: 'durable', body: { name: 'durable' } });
    expect(first.status).toBe(201);
    const dataDir = t.dataDir;
    await t.server.close();
    const { loadServerConfig } = await import('../src/config.js');
    const { startServer } = await import('../src/server.js');
    const server = await startServer(
      loadServerConfig({
        DATA_DIR: dataDir,
        ADMIN_API_KEY: ADMIN_KEY,
        HOST: '127.0.0.1',
        PORT: '0',
        LOG_LEVEL: 'silent',
      }),
    );
    try {
      const again = await fetch(`${server.restUrl}${buckets}`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${key}`,
          'content-type': 'application/json',
          'x-idempotency-key': 'durable',
        },
        body: JSON.stringify({ name: 'durable' }),
      });
      expect(again.status).toBe(201);
      expect(again.headers.get('x-idempotency-replay')).toBe('true');
    } finally {
      await server.close();
      t.server = server; // already closed; stop() below only removes the data dir
    }
  });
});
