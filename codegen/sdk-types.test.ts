// Type-level tests of generated/sdk-ts (checked by `tsc --noEmit`; the calls run against a stub fetch).
import { assertType, describe, expectTypeOf, it } from 'vitest';
import type { components } from '../generated/openapi.js';
import { createClient, type DuckStorageApiError, type DuckStorageClient } from '../generated/sdk-ts/index.js';

type Schemas = components['schemas'];

const client: DuckStorageClient = createClient({
  baseUrl: 'http://api.test',
  // Every call in this file succeeds with an empty JSON object: only the types are under test.
  fetch: async () => new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } }),
});
const project = { project_id: 'p' };
const bucket = { project_id: 'p', branch_id: 'default', bucket_name: 'b' };

describe('generated SDK types', () => {
  it('returns the success body of each operation', async () => {
    expectTypeOf(client.getProject).returns.resolves.toEqualTypeOf<Schemas['ProjectResponse']>();
    expectTypeOf(client.createProject).returns.resolves.toEqualTypeOf<Schemas['ProjectCreateResponse']>();
    expectTypeOf(client.deleteProject).returns.resolves.toEqualTypeOf<undefined>();
    expectTypeOf(client.getMetrics).returns.resolves.toEqualTypeOf<string>();
    assertType<Schemas['BucketListResponse']>(await client.listBuckets({ path: { ...bucket } }));
  });

  it('takes path, query and body only where the operation has them', async () => {
    await client.getHealth();
    await client.getHealth({ requestId: 'r1', apiKey: 'k' });
    await client.listProjects({ query: { status: 'active', limit: 10 } });
    await client.deleteBucket({ path: bucket, query: { cascade: false }, idempotencyKey: 'i1' });
    await client.createApiKey({ path: project, body: { description: 'ci' } });
  });

  it('rejects arguments the operation does not take', () => {
    // Never called: each of its calls only has to fail to compile (see the @ts-expect-error lines).
    expectTypeOf(rejectedCalls).toBeFunction();
  });
});

async function rejectedCalls(): Promise<void> {
  // @ts-expect-error getProject needs its path parameters
  await client.getProject({});
  // @ts-expect-error getProject needs an argument at all
  await client.getProject();
  // @ts-expect-error project_id is missing from the path
  await client.listBuckets({ path: { branch_id: 'default' } });
  // @ts-expect-error createProject needs a body
  await client.createProject({});
  // @ts-expect-error ProjectCreate.id is a string
  await client.createProject({ body: { id: 42 } });
  // @ts-expect-error ProjectCreate has no `owner` field
  await client.createProject({ body: { id: 'p', owner: 'me' } });
  // @ts-expect-error listProjects' status is 'active' | 'deleted'
  await client.listProjects({ query: { status: 'archived' } });
  // @ts-expect-error getHealth has no path parameters
  await client.getHealth({ path: project });
  // @ts-expect-error getProject has no query parameters
  await client.getProject({ path: project, query: { limit: 1 } });
  // @ts-expect-error idempotencyKey is a string
  await client.deleteProject({ path: project, idempotencyKey: 1 });
}

describe('generated SDK types (results and errors)', () => {
  it('keeps fields with a spec default optional in request bodies', () => {
    expectTypeOf<{ description: string }>().toExtend<Schemas['ApiKeyCreateRequest']>();
    expectTypeOf<{ name: string; type: string }>().toExtend<Schemas['ColumnDefinition']>();
  });

  it('describes the error', () => {
    expectTypeOf<DuckStorageApiError['status']>().toEqualTypeOf<number>();
    expectTypeOf<DuckStorageApiError['reason']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<DuckStorageApiError['requestId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<DuckStorageApiError['headers']>().toEqualTypeOf<Headers>();
    expectTypeOf<DuckStorageApiError>().toExtend<Error>();
  });

  it('exposes the openapi-fetch client', () => {
    expectTypeOf(client.raw.GET).toBeFunction();
  });
});
