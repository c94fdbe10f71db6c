// Type-level tests of generated/sdk-ts (checked by `tsc --noEmit`; the calls run against a stub fetch).
import { assertType, describe, expectTypeOf, it } from 'vitest';
import type { components } from '../generated/openapi.js';
import {
  type BinaryData,
  type BinaryResponse,
  createClient,
  type DuckStorageApiError,
  type DuckStorageClient,
  type DuckStorageConnectionError,
  type EmptyResponse,
  type ErrorCode,
  type FilePart,
  type RetryOptions,
} from '../generated/sdk-ts/index.js';

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

describe('generated SDK types (files)', () => {
  const file = { project_id: 'p', file_id: 'f' };

  it('takes a multipart part as bytes, text or a Blob and answers the JSON result', async () => {
    const path = { project_id: 'p', upload_key: 'u' };
    expectTypeOf(client.uploadFile).returns.resolves.toEqualTypeOf<Schemas['FileUploadResponse']>();
    expectTypeOf<Parameters<typeof client.uploadFile>[0]['body']>().toEqualTypeOf<{ file: FilePart }>();
    expectTypeOf<FilePart>().toEqualTypeOf<Blob | Uint8Array | string>();
    await client.uploadFile({ path, body: { file: new Uint8Array([1]) } });
    await client.uploadFile({ path, body: { file: 'a,b\n' } });
    await client.uploadFile({ path, body: { file: new File(['x'], 'x.csv') }, requestId: 'r' });
  });

  it('streams an octet-stream upload from bytes, a Blob or a ReadableStream, with a content type', async () => {
    expectTypeOf(client.uploadFileStream).returns.resolves.toEqualTypeOf<Schemas['FileResponse']>();
    expectTypeOf<BinaryData>().toEqualTypeOf<Uint8Array | Blob | ReadableStream<Uint8Array>>();
    const target = { path: { project_id: 'p' }, query: { name: 'a.csv' } };
    await client.uploadFileStream({ ...target, body: new Uint8Array([1]) });
    await client.uploadFileStream({ ...target, body: new Blob(['x']), contentType: 'text/csv' });
    await client.uploadFileStream({ ...target, body: new Blob(['x']).stream() });
  });

  it('answers a download with a stream per status, and 304 without a body', async () => {
    type Download = BinaryResponse<200 | 206> | EmptyResponse<304>;
    expectTypeOf(client.downloadFile).returns.resolves.toEqualTypeOf<Download>();
    const download = await client.downloadFile({ path: file, header: { Range: 'bytes=0-9' } });
    expectTypeOf(download.status).toEqualTypeOf<200 | 206 | 304>();
    expectTypeOf(download.headers).toEqualTypeOf<Headers>();
    if (download.status === 304) {
      expectTypeOf(download.body).toEqualTypeOf<null>();
    } else {
      // Narrowed by status: the body is there, and so are the helpers that read it whole.
      expectTypeOf(download.body).toEqualTypeOf<ReadableStream<Uint8Array>>();
      expectTypeOf(download.bytes).returns.resolves.toEqualTypeOf<Uint8Array>();
      expectTypeOf(download.text).returns.resolves.toEqualTypeOf<string>();
    }
    await client.downloadFile({ path: file, header: { 'If-None-Match': '"etag"' } });
    await client.downloadFile({ path: file });
  });

  it('rejects what the file operations do not take', () => {
    expectTypeOf(rejectedFileCalls).toBeFunction();
  });
});

async function rejectedFileCalls(): Promise<void> {
  const path = { project_id: 'p', upload_key: 'u' };
  const file = { project_id: 'p', file_id: 'f' };
  // @ts-expect-error the multipart part is named `file`
  await client.uploadFile({ path, body: { data: new Uint8Array() } });
  // @ts-expect-error a number is not a file part
  await client.uploadFile({ path, body: { file: 42 } });
  // @ts-expect-error uploadFile needs the session's upload_key
  await client.uploadFile({ path: { project_id: 'p' }, body: { file: 'x' } });
  // @ts-expect-error uploadFileStream needs the `name` query parameter
  await client.uploadFileStream({ path: { project_id: 'p' }, body: new Uint8Array() });
  // @ts-expect-error an octet-stream body is bytes, a Blob or a stream, not JSON
  await client.uploadFileStream({ path: { project_id: 'p' }, query: { name: 'a' }, body: { rows: [] } });
  const stream = { path: { project_id: 'p' }, query: { name: 'a' }, body: new Uint8Array() };
  // @ts-expect-error contentType is a string
  await client.uploadFileStream({ ...stream, contentType: 1 });
  // @ts-expect-error a string is not an octet-stream body (encode it: TextEncoder, Blob)
  await client.uploadFileStream({ ...stream, body: 'text' });
  // @ts-expect-error downloadFile's header parameters are Range and If-None-Match
  await client.downloadFile({ path: file, header: { 'If-Match': '"e"' } });
  // @ts-expect-error Range is a string
  await client.downloadFile({ path: file, header: { Range: [0, 9] } });
  // @ts-expect-error getFile has no header parameters
  await client.getFile({ path: file, header: { Range: 'bytes=0-1' } });
  const download = await client.downloadFile({ path: file });
  // @ts-expect-error a 304 has no body: narrow on status first
  await download.bytes();
  // @ts-expect-error the body may be null (304)
  download.body.getReader();
}

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
    // The error class is the spec's closed set of codes.
    expectTypeOf<DuckStorageApiError['code']>().toEqualTypeOf<Schemas['Error']['code'] | undefined>();
    expectTypeOf<ErrorCode>().toEqualTypeOf<Schemas['Error']['code']>();
    expectTypeOf<DuckStorageConnectionError['attempts']>().toEqualTypeOf<number>();
  });

  it('takes retry options, or false', () => {
    expectTypeOf<RetryOptions>().toEqualTypeOf<{
      maxRetries?: number | undefined;
      baseDelayMs?: number | undefined;
      maxDelayMs?: number | undefined;
    }>();
    createClient({ baseUrl: 'http://api.test', retry: false });
    createClient({ baseUrl: 'http://api.test', retry: { maxRetries: 1, maxDelayMs: 100 } });
    // @ts-expect-error retry takes options or false, not true
    createClient({ baseUrl: 'http://api.test', retry: true });
  });

  it('exposes the openapi-fetch client', () => {
    expectTypeOf(client.raw.GET).toBeFunction();
  });
});
