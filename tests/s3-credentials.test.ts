import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckStorageApiError } from '../generated/sdk-ts/index.js';
import { resolveS3Secret } from '../src/core/auth/s3-credentials.js';
import { ADMIN_KEY, failure, startTestServer, type TestServer } from './helpers/server.js';

/** createS3Credential, listS3Credentials, deleteS3Credential over REST (every answer contract-checked). */
let t: TestServer;
let p1Key: string;
let p2Key: string;
let readKey: string;
let branchAdminKey: string;

beforeAll(async () => {
  t = await startTestServer({ S3_CREDENTIALS_PER_PROJECT: '3', BASE_URL: 'https://storage.example.com/' });
  p1Key = (await t.admin.createProject({ body: { id: 'c1' } })).api_key;
  p2Key = (await t.admin.createProject({ body: { id: 'c2' } })).api_key;
  const p1 = t.as(p1Key);
  readKey = (
    await p1.createApiKey({
      path: { project_id: 'c1' },
      body: { description: 'reader', scope: 'branch_read', branch_id: 'default' },
    })
  ).api_key;
  branchAdminKey = (
    await p1.createApiKey({
      path: { project_id: 'c1' },
      body: { description: 'writer', scope: 'branch_admin', branch_id: 'default' },
    })
  ).api_key;
});
afterAll(async () => {
  await t?.stop();
});

const path = { project_id: 'c1' };

describe('S3 credentials over REST', () => {
  it('shows the secret once, with the endpoint, region and bucket a client needs', async () => {
    const created = await t.as(p1Key).createS3Credential({ path, body: { description: 'aws cli' } });
    expect(created).toMatchObject({
      project_id: 'c1',
      read_only: false,
      description: 'aws cli',
      endpoint: 'https://storage.example.com/s3',
      region: 'us-east-1',
      bucket: 'project_c1',
    });
    expect(created.access_key_id).toMatch(/^DS[A-Z2-7]{18}$/);
    expect(created.secret_access_key).toHaveLength(40);
    // The core resolves it for SigV4 (what src/s3 calls).
    expect(await resolveS3Secret(t.server.storage, created.access_key_id)).toEqual({
      secret: created.secret_access_key,
      projectId: 'c1',
      readOnly: false,
    });
    const listed = await t.as(p1Key).listS3Credentials({ path });
    expect(listed.total).toBe(1);
    expect(listed.credentials[0]).toEqual({
      access_key_id: created.access_key_id,
      project_id: 'c1',
      read_only: false,
      description: 'aws cli',
      created_at: created.created_at,
    });
    const raw = await t.fetch('/projects/c1/s3-credentials', {
      headers: { authorization: `Bearer ${ADMIN_KEY}` },
    });
    expect(await raw.text()).not.toContain(created.secret_access_key);
    await t.admin.deleteS3Credential({ path: { ...path, access_key_id: created.access_key_id } });
  });

  it('makes read-only credentials on request; every field of the body is optional', async () => {
    const ro = await t.admin.createS3Credential({ path, body: { read_only: true, description: null } });
    expect(ro).toMatchObject({ read_only: true, description: null });
    const plain = await t.fetch('/projects/c1/s3-credentials', {
      method: 'POST',
      headers: { authorization: `Bearer ${p1Key}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(plain.status).toBe(201);
    const body = (await plain.json()) as { read_only: boolean; access_key_id: string };
    expect(body.read_only).toBe(false);
    for (const id of [ro.access_key_id, body.access_key_id]) {
      await t.admin.deleteS3Credential({ path: { ...path, access_key_id: id } });
    }
  });

  it('needs the admin key or a project_admin key of the project, as API key management', async () => {
    const status = async (fn: () => Promise<unknown>) => (await failure<DuckStorageApiError>(fn)).status;
    expect(await status(() => t.as().listS3Credentials({ path }))).toBe(401);
    expect(await status(() => t.as('proj_nope_admin_0000').createS3Credential({ path, body: {} }))).toBe(401);
    expect(await status(() => t.as(p2Key).createS3Credential({ path, body: {} }))).toBe(403);
    expect(await status(() => t.as(p2Key).listS3Credentials({ path }))).toBe(403);
    expect(await status(() => t.as(readKey).createS3Credential({ path, body: { read_only: true } }))).toBe(
      403,
    );
    expect(await status(() => t.as(readKey).listS3Credentials({ path }))).toBe(403);
    expect(await status(() => t.as(branchAdminKey).createS3Credential({ path, body: {} }))).toBe(403);
    expect(await status(() => t.admin.listS3Credentials({ path: { project_id: 'nope' } }))).toBe(404);
  });

  it("refuses another project's access key id with 404 and keeps it working", async () => {
    const theirs = await t.as(p2Key).createS3Credential({ path: { project_id: 'c2' }, body: {} });
    const e = await failure<DuckStorageApiError>(() =>
      t.as(p1Key).deleteS3Credential({ path: { ...path, access_key_id: theirs.access_key_id } }),
    );
    expect(e.status).toBe(404);
    expect(e.body).toMatchObject({ code: 'NOT_FOUND', error: 's3_credential_not_found' });
    expect(await resolveS3Secret(t.server.storage, theirs.access_key_id)).not.toBeNull();
    await t.as(p2Key).deleteS3Credential({ path: { project_id: 'c2', access_key_id: theirs.access_key_id } });
    expect(await resolveS3Secret(t.server.storage, theirs.access_key_id)).toBeNull();
    const again = await failure<DuckStorageApiError>(() =>
      t.as(p2Key).deleteS3Credential({ path: { project_id: 'c2', access_key_id: theirs.access_key_id } }),
    );
    expect(again.status).toBe(404);
  });

  it('validates the body (422) and answers 429 naming S3_CREDENTIALS_PER_PROJECT', async () => {
    const bad = await failure<DuckStorageApiError>(() =>
      t.as(p1Key).createS3Credential({ path, body: { description: 'x'.repeat(256) } }),
    );
    expect(bad.status).toBe(422);
    const extra = await t.fetch('/projects/c1/s3-credentials', {
      method: 'POST',
      headers: { authorization: `Bearer ${p1Key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ read_only: 'yes' }),
    });
    expect(extra.status).toBe(422);
    const none = await t.fetch('/projects/c1/s3-credentials', {
      method: 'POST',
      headers: { authorization: `Bearer ${p1Key}` },
    });
    expect(none.status).toBe(422);
    const made = [];
    for (let i = 0; i < 3; i++) made.push(await t.as(p1Key).createS3Credential({ path, body: {} }));
    const over = await failure<DuckStorageApiError>(() => t.as(p1Key).createS3Credential({ path, body: {} }));
    expect(over.status).toBe(429);
    expect(over.body).toMatchObject({ code: 'RESOURCE_EXHAUSTED', error: 's3_credential_limit_exceeded' });
    expect((over.body as { message: string }).message).toContain('S3_CREDENTIALS_PER_PROJECT=3');
    for (const c of made) {
      await t.as(p1Key).deleteS3Credential({ path: { ...path, access_key_id: c.access_key_id } });
    }
  });

  it('replays a create with X-Idempotency-Key to the same caller only', async () => {
    const send = (key: string) =>
      t.fetch('/projects/c1/s3-credentials', {
        method: 'POST',
        headers: {
          authorization: `Bearer ${key}`,
          'content-type': 'application/json',
          'x-idempotency-key': 'make-one',
        },
        body: '{"description":"idem"}',
      });
    const first = await send(p1Key);
    const firstBody = (await first.json()) as { access_key_id: string; secret_access_key: string };
    const replay = await send(p1Key);
    expect(replay.headers.get('x-idempotency-replay')).toBe('true');
    expect(await replay.json()).toEqual(firstBody);
    // Another credential with the same idempotency key never sees that secret: it gets its own pair.
    const other = await send(ADMIN_KEY);
    expect(other.status).toBe(201);
    expect(other.headers.get('x-idempotency-replay')).toBeNull();
    const otherBody = (await other.json()) as { access_key_id: string; secret_access_key: string };
    expect(otherBody.access_key_id).not.toBe(firstBody.access_key_id);
    expect(otherBody.secret_access_key).not.toBe(firstBody.secret_access_key);
    const listed = await t.admin.listS3Credentials({ path });
    expect(listed.credentials.map((c) => c.access_key_id).sort()).toEqual(
      [firstBody.access_key_id, otherBody.access_key_id].sort(),
    );
  });

  it('drops the credentials with their project', async () => {
    const key = (await t.admin.createProject({ body: { id: 'c3' } })).api_key;
    const c = await t.as(key).createS3Credential({ path: { project_id: 'c3' }, body: {} });
    await t.admin.deleteProject({ path: { project_id: 'c3' } });
    expect(await resolveS3Secret(t.server.storage, c.access_key_id)).toBeNull();
  });
});
