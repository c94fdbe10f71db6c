import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckStorageApiError } from '../generated/sdk-ts/index.js';
import { rotatedDescription } from '../src/core/auth/api-keys.js';
import { expectUnknownRoute } from './helpers/contract.js';
import { ADMIN_KEY, failure, startTestServer, type TestServer } from './helpers/server.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t?.stop();
});

describe('backend', () => {
  it('is healthy on a fresh data dir, without credentials', async () => {
    const health = await t.as().getHealth({});
    expect(health).toMatchObject({ status: 'healthy', storage_available: true, version: '0.1.0' });
    expect(health.details).toMatchObject({ data_dir: true, duckdb_dir: true, metadata_db: true });
  });

  it('initializes idempotently with the admin key only', async () => {
    const first = await t.admin.initBackend({});
    expect(first.success).toBe(true);
    expect(first.storage_paths?.data_dir).toBe(t.dataDir);
    const removed = await t.admin.removeBackend({});
    expect(removed).toMatchObject({ success: true, storage_paths: null });
    const e = await failure<DuckStorageApiError>(() => t.as().initBackend({}));
    expect(e.status).toBe(401);
  });

  it('echoes a sane X-Request-ID and replaces an unsafe one', async () => {
    const ok = await t.fetch('/health', { headers: { 'x-request-id': 'abc-123' } });
    expect(ok.headers.get('x-request-id')).toBe('abc-123');
    const bad = await t.fetch('/health', { headers: { 'x-request-id': 'a b\u00e9'.repeat(100) } });
    expect(bad.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers unknown paths with the error body', async () => {
    const r = await expectUnknownRoute(() => t.fetch('/nope'));
    expect(r.status).toBe(404);
    const body = (await r.json()) as { code: string; detail: { error: string } };
    expect(body.code).toBe('NOT_FOUND');
    expect(body.detail.error).toBe('not_found');
  });
});

describe('projects', () => {
  it('creates a project with a one-time project_admin key and live stats', async () => {
    const created = await t.admin.createProject({
      body: { id: 'p1', name: 'Project One', settings: { tier: 'gold' } },
    });
    expect(created).toMatchObject({
      id: 'p1',
      name: 'Project One',
      db_path: 'project_p1',
      status: 'active',
      size_bytes: 0,
      table_count: 0,
      bucket_count: 0,
      settings: { tier: 'gold' },
    });
    expect(created.api_key).toMatch(/^proj_p1_admin_[0-9a-f]{32}$/);
    const viaKey = await t.as(created.api_key).getProject({ path: { project_id: 'p1' } });
    expect(viaKey.id).toBe('p1');
    expect(await t.admin.getProjectStats({ path: { project_id: 'p1' } })).toEqual({
      id: 'p1',
      size_bytes: 0,
      table_count: 0,
      bucket_count: 0,
    });
  });

  it('refuses a duplicate id with 409 project_exists', async () => {
    const e = await failure<DuckStorageApiError>(() => t.admin.createProject({ body: { id: 'p1' } }));
    expect(e.status).toBe(409);
    expect(e.reason).toBe('project_exists');
    expect((e.body as { detail: { error: string } }).detail.error).toBe('project_exists');
  });

  it('lists newest first with pagination and a status filter', async () => {
    await t.admin.createProject({ body: { id: 'p2' } });
    await t.admin.createProject({ body: { id: 'p3' } });
    const page = await t.admin.listProjects({ query: { limit: 2, offset: 0 } });
    expect(page.total).toBeGreaterThanOrEqual(3);
    expect(page.projects.map((p) => p.id)).toEqual(['p3', 'p2']);
    const deleted = await t.admin.listProjects({ query: { status: 'deleted' } });
    expect(deleted.total).toBe(0);
    const e = await failure<DuckStorageApiError>(() => t.admin.listProjects({ query: { limit: 0 } }));
    expect(e.status).toBe(422);
  });

  it('updates name and settings, keeping what is absent', async () => {
    const updated = await t.admin.updateProject({ path: { project_id: 'p2' }, body: { name: 'Two' } });
    expect(updated.name).toBe('Two');
    const again = await t.admin.updateProject({ path: { project_id: 'p2' }, body: { settings: { a: 1 } } });
    expect(again).toMatchObject({ name: 'Two', settings: { a: 1 } });
  });

  it('deletes a project: 204, then 404, its key stops working, the id is reusable', async () => {
    const created = await t.admin.createProject({ body: { id: 'gone' } });
    await t
      .as(created.api_key)
      .createBucket({ path: { project_id: 'gone', branch_id: 'default' }, body: { name: 'b' } });
    await t.admin.deleteProject({ path: { project_id: 'gone' } });
    const e = await failure<DuckStorageApiError>(() => t.admin.getProject({ path: { project_id: 'gone' } }));
    expect(e.status).toBe(404);
    expect(e.reason).toBe('not_found');
    const old = await failure<DuckStorageApiError>(() =>
      t.as(created.api_key).getProject({ path: { project_id: 'gone' } }),
    );
    expect(old.status).toBe(401);
    const again = await t.admin.createProject({ body: { id: 'gone' } });
    expect(again.bucket_count).toBe(0);
  });
});

describe('api keys and scopes', () => {
  let projectKey: string;
  beforeAll(async () => {
    projectKey = (await t.admin.createProject({ body: { id: 'keys' } })).api_key;
  });

  it('creates, lists, gets, rotates and revokes keys', async () => {
    const owner = t.as(projectKey);
    const created = await owner.createApiKey({
      path: { project_id: 'keys' },
      body: { description: 'CI key', expires_in_days: 60 },
    });
    expect(created).toMatchObject({
      project_id: 'keys',
      scope: 'project_admin',
      branch_id: null,
      description: 'CI key',
    });
    expect(created.api_key).toMatch(/^proj_keys_admin_[0-9a-f]{32}$/);
    // A second project_admin key works alongside the first (the reference's prefix lookup broke this).
    expect((await t.as(created.api_key).getProject({ path: { project_id: 'keys' } })).id).toBe('keys');
    const list = await owner.listApiKeys({ path: { project_id: 'keys' } });
    expect(list.count).toBe(2);
    expect(list.api_keys[0]?.id).toBe(created.id);
    const once = await owner.rotateApiKey({ path: { project_id: 'keys', key_id: created.id } });
    expect(once.id).not.toBe(created.id);
    expect(once.description).toBe('CI key (rotated)');
    // Rotating again does not stack the suffix (the reference appends it on every rotation).
    const rotated = await owner.rotateApiKey({ path: { project_id: 'keys', key_id: once.id } });
    expect(rotated.description).toBe('CI key (rotated)');
    expect((await owner.getApiKey({ path: { project_id: 'keys', key_id: once.id } })).is_revoked).toBe(true);
    const lifetime = Date.parse(rotated.expires_at ?? '') - Date.parse(rotated.created_at ?? '');
    expect(Math.round(lifetime / 86_400_000)).toBe(60);
    const old = await owner.getApiKey({ path: { project_id: 'keys', key_id: created.id } });
    expect(old.is_revoked).toBe(true);
    const e = await failure<DuckStorageApiError>(() =>
      t.as(created.api_key).getProject({ path: { project_id: 'keys' } }),
    );
    expect(e.status).toBe(401);
    await owner.revokeApiKey({ path: { project_id: 'keys', key_id: rotated.id } });
    const twice = await failure<DuckStorageApiError>(() =>
      owner.revokeApiKey({ path: { project_id: 'keys', key_id: rotated.id } }),
    );
    expect(twice.status).toBe(409);
    const notRotatable = await failure<DuckStorageApiError>(() =>
      owner.rotateApiKey({ path: { project_id: 'keys', key_id: rotated.id } }),
    );
    expect(notRotatable.reason).toBe('cannot_rotate_revoked_key');
  });

  it('names a rotated key after the old one: suffix once, null stays null', () => {
    expect(rotatedDescription('Original key')).toBe('Original key (rotated)');
    expect(rotatedDescription('Original key (rotated)')).toBe('Original key (rotated)');
    expect(rotatedDescription('')).toBe(' (rotated)');
    expect(rotatedDescription(null)).toBeNull();
  });

  it('never revokes the last active project_admin key', async () => {
    const owner = t.as(projectKey);
    const keys = await owner.listApiKeys({ path: { project_id: 'keys' } });
    const last = keys.api_keys.find((k) => k.scope === 'project_admin' && !k.is_revoked);
    const e = await failure<DuckStorageApiError>(() =>
      owner.revokeApiKey({ path: { project_id: 'keys', key_id: last?.id ?? '' } }),
    );
    expect(e.status).toBe(400);
    expect(e.reason).toBe('cannot_revoke_last_admin_key');
  });

  it('validates scope and branch', async () => {
    const owner = t.as(projectKey);
    const noBranch = await failure<DuckStorageApiError>(() =>
      owner.createApiKey({ path: { project_id: 'keys' }, body: { description: 'x', scope: 'branch_read' } }),
    );
    expect(noBranch.status).toBe(400);
    const badBranch = await failure<DuckStorageApiError>(() =>
      owner.createApiKey({
        path: { project_id: 'keys' },
        body: { description: 'x', scope: 'branch_read', branch_id: 'abc12345' },
      }),
    );
    expect(badBranch.status).toBe(404);
    expect(badBranch.reason).toBe('branch_not_found');
    const tooLong = await failure<DuckStorageApiError>(() =>
      owner.createApiKey({ path: { project_id: 'keys' }, body: { description: 'x', expires_in_days: 366 } }),
    );
    expect(tooLong.status).toBe(422);
  });

  it('enforces read-only and branch keys on every operation', async () => {
    const owner = t.as(projectKey);
    const read = await owner.createApiKey({
      path: { project_id: 'keys' },
      body: { description: 'reader', scope: 'branch_read', branch_id: 'default' },
    });
    expect(read.api_key).toMatch(/^proj_keys_branch_default_read_[0-9a-f]{32}$/);
    const writer = await owner.createApiKey({
      path: { project_id: 'keys' },
      body: { description: 'writer', scope: 'branch_admin', branch_id: 'default' },
    });
    const r = t.as(read.api_key);
    const w = t.as(writer.api_key);
    const branch = { project_id: 'keys', branch_id: 'default' };
    await w.createBucket({ path: branch, body: { name: 'from_writer' } });
    expect((await r.listBuckets({ path: branch })).total).toBe(1);
    const denied = await failure<DuckStorageApiError>(() =>
      r.createBucket({ path: branch, body: { name: 'nope' } }),
    );
    expect(denied.status).toBe(403);
    expect(denied.reason).toBe('forbidden');
    for (const call of [
      () => w.createApiKey({ path: { project_id: 'keys' }, body: { description: 'escalate' } }),
      () => r.listApiKeys({ path: { project_id: 'keys' } }),
      () => w.deleteProject({ path: { project_id: 'keys' } }),
      () => w.updateProject({ path: { project_id: 'keys' }, body: { name: 'x' } }),
    ]) {
      expect((await failure<DuckStorageApiError>(call)).status).toBe(403);
    }
    expect((await r.getProject({ path: { project_id: 'keys' } })).id).toBe('keys');
  });

  it('answers 401 without or with a wrong key, 403 for another project or an admin-only call', async () => {
    const other = (await t.admin.createProject({ body: { id: 'other' } })).api_key;
    const none = await failure<DuckStorageApiError>(() =>
      t.as().getProject({ path: { project_id: 'keys' } }),
    );
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    const wrong = await failure<DuckStorageApiError>(() =>
      t.as('proj_keys_admin_00000000000000000000000000000000').getProject({ path: { project_id: 'keys' } }),
    );
    expect(wrong.status).toBe(401);
    const foreign = await failure<DuckStorageApiError>(() =>
      t.as(other).getProject({ path: { project_id: 'keys' } }),
    );
    expect(foreign.status).toBe(403);
    const adminOnly = await failure<DuckStorageApiError>(() => t.as(other).listProjects({}));
    expect(adminOnly.status).toBe(403);
    const badAdmin = await failure<DuckStorageApiError>(() => t.as(`${ADMIN_KEY}x`).listProjects({}));
    expect(badAdmin.status).toBe(401);
  });
});
