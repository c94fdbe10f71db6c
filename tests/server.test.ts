import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createClient } from '../generated/sdk-ts/index.js';
import { exited, spawnServer } from './helpers/process.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'duckstorage-server-'));
  dirs.push(d);
  return d;
}

describe('server process', () => {
  it('creates and prints an admin key when none is set, and reuses it on the next start', async () => {
    const dataDir = tempDir();
    const first = await spawnServer({ DATA_DIR: dataDir, ADMIN_API_KEY: '' });
    const printed = first.output.join('\n');
    const stored = readFileSync(join(dataDir, 'admin-api-key'), 'utf8').trim();
    expect(printed).toContain(`ADMIN_API_KEY=${stored}`);
    expect(statSync(join(dataDir, 'admin-api-key')).mode & 0o777).toBe(0o600);
    const projects = await createClient({ baseUrl: first.url, apiKey: stored }).listProjects({});
    expect(projects.total).toBe(0);
    first.child.kill('SIGTERM');
    expect(await exited(first.child)).toBe(0);
    const second = await spawnServer({ DATA_DIR: dataDir, ADMIN_API_KEY: '' });
    expect(second.output.join('\n')).not.toContain(stored);
    expect((await createClient({ baseUrl: second.url, apiKey: stored }).listProjects({})).total).toBe(0);
    second.child.kill('SIGTERM');
    expect(await exited(second.child)).toBe(0);
  }, 60_000);

  it('refuses to start with a weak ADMIN_API_KEY', async () => {
    await expect(spawnServer({ DATA_DIR: tempDir(), ADMIN_API_KEY: 'short' })).rejects.toThrow(/too short/);
  });

  it('finishes in-flight writes on SIGTERM, then exits 0 with data intact', async () => {
    const dataDir = tempDir();
    const admin = 'sigterm-admin-key-0123456789';
    const s = await spawnServer({ DATA_DIR: dataDir, ADMIN_API_KEY: admin });
    const c = createClient({ baseUrl: s.url, apiKey: admin });
    await c.createProject({ body: { id: 'sig' } });
    await c.createBucket({ path: { project_id: 'sig', branch_id: 'default' }, body: { name: 'b' } });
    const inflight = Array.from({ length: 5 }, (_, i) =>
      c.createTable({
        path: { project_id: 'sig', branch_id: 'default', bucket_name: 'b' },
        body: { name: `t${i}`, columns: [{ name: 'a', type: 'INTEGER' }] },
      }),
    );
    await new Promise((r) => setTimeout(r, 20));
    s.child.kill('SIGTERM');
    const results = await Promise.allSettled(inflight);
    expect(await exited(s.child)).toBe(0);
    const done = results.filter((r) => r.status === 'fulfilled').length;
    const again = await spawnServer({ DATA_DIR: dataDir, ADMIN_API_KEY: admin });
    const tables = await createClient({ baseUrl: again.url, apiKey: admin }).listTables({
      path: { project_id: 'sig', branch_id: 'default', bucket_name: 'b' },
    });
    expect(tables.total).toBeGreaterThanOrEqual(done);
    again.child.kill('SIGTERM');
    expect(await exited(again.child)).toBe(0);
  }, 60_000);

  it('serves Prometheus metrics by operationId and status', async () => {
    const dataDir = tempDir();
    const admin = 'metrics-admin-key-0123456789';
    const s = await spawnServer({ DATA_DIR: dataDir, ADMIN_API_KEY: admin });
    const c = createClient({ baseUrl: s.url, apiKey: admin });
    await c.getHealth({});
    await c.getProject({ path: { project_id: 'missing' } }).catch(() => undefined);
    await c.createProject({ body: { id: 'm' } });
    const main = { project_id: 'm', branch_id: 'default' };
    await c.createBucket({ path: main, body: { name: 'b' } });
    await c.createTable({
      path: { ...main, bucket_name: 'b' },
      body: { name: 't', columns: [{ name: 'a', type: 'INTEGER' }] },
    });
    const ref = { ...main, bucket_name: 'b', table_name: 't' };
    await c.previewTable({ path: ref });
    await c.previewTable({ path: ref });
    const text = await c.getMetrics({});
    expect(text).toMatch(/duckstorage_preview_cache_hits 1\n/);
    expect(text).toMatch(/duckstorage_preview_cache_misses 1\n/);
    expect(text).toMatch(
      /duckstorage_http_requests_total\{operation="getHealth",method="GET",status="200"\} 1/,
    );
    expect(text).toMatch(
      /duckstorage_http_requests_total\{operation="getProject",method="GET",status="404"\} 1/,
    );
    expect(text).toContain('duckstorage_http_request_duration_seconds_bucket');
    expect(text).toMatch(/duckstorage_open_table_files \d+/);
    expect(text).toContain('duckstorage_duckdb_errors_total');
    // One JSON access line per request, with its request id and without the query string.
    // Log lines travel over a pipe: wait until they have arrived.
    await vi.waitFor(() => {
      const access = s.output
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>)
        .filter((entry) => entry.msg === 'request');
      expect(access.find((e) => e.operation === 'getProject')).toMatchObject({
        level: 'info',
        method: 'GET',
        path: '/projects/missing',
        status: 404,
        request_id: expect.any(String),
        duration_ms: expect.any(Number),
      });
      expect(access.filter((e) => e.operation === 'previewTable')).toHaveLength(2);
    });
    s.child.kill('SIGTERM');
    expect(await exited(s.child)).toBe(0);
  }, 60_000);
});
