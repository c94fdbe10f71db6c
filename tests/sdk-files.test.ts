// The generated TS SDK against the real server: the files tag (uploadFile, uploadFileStream,
// downloadFile) end to end, with exact bytes and SHA-256, through the contract-checking fetch.
import { createHash, randomBytes } from 'node:crypto';
import {
  createReadStream,
  createWriteStream,
  mkdtempSync,
  openAsBlob,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckStorageApiError, DuckStorageClient } from '../generated/sdk-ts/index.js';
import { failure, startTestServer, type TestServer } from './helpers/server.js';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let t: TestServer;
let client: DuckStorageClient;
let dir: string;
const project = { project_id: 'sdk_files' };
// 3 MiB + 17 bytes: several chunks on every hop, and not a round number.
const data = randomBytes(3 * 1024 * 1024 + 17);
let dataPath: string;

beforeAll(async () => {
  t = await startTestServer();
  const created = await t.admin.createProject({ body: { id: project.project_id } });
  client = t.as(created.api_key);
  dir = mkdtempSync(join(tmpdir(), 'sdk-files-'));
  dataPath = join(dir, 'data.bin');
  writeFileSync(dataPath, data);
});
afterAll(async () => {
  await t?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** prepare -> upload (multipart part `file`) -> register; returns the registered file. */
async function threeSteps(file: Blob | Uint8Array | string, filename: string) {
  const session = await client.prepareFileUpload({ path: project, body: { filename } });
  const staged = await client.uploadFile({
    path: { ...project, upload_key: session.upload_key },
    body: { file },
  });
  const registered = await client.registerFile({ path: project, body: { upload_key: session.upload_key } });
  return { staged, registered };
}

describe('TS SDK: files', () => {
  it('uploads through the three steps from bytes and from a file on disk (streamed Blob)', async () => {
    const fromBytes = await threeSteps(data, 'bytes.bin');
    expect(fromBytes.staged.size_bytes).toBe(data.length);
    expect(fromBytes.staged.checksum_sha256).toBe(sha256(data));
    expect(fromBytes.registered).toMatchObject({
      name: 'bytes.bin',
      size_bytes: data.length,
      checksum_sha256: sha256(data),
      is_staged: false,
    });
    const fromDisk = await threeSteps(await openAsBlob(dataPath), 'disk.bin');
    expect(fromDisk.registered.checksum_sha256).toBe(sha256(data));
    const text = await threeSteps('id,name\n1,"duck, the"\n', 'text.csv');
    expect(text.registered.size_bytes).toBe(Buffer.byteLength('id,name\n1,"duck, the"\n'));
  });

  it('uploads in one streamed request from a ReadableStream, with its content type', async () => {
    const file = await client.uploadFileStream({
      path: project,
      query: { name: 'stream.csv' },
      body: Readable.toWeb(createReadStream(dataPath, { highWaterMark: 64 * 1024 })),
      contentType: 'text/csv',
    });
    expect(file).toMatchObject({
      name: 'stream.csv',
      size_bytes: data.length,
      content_type: 'text/csv',
      checksum_sha256: sha256(data),
    });
    const small = await client.uploadFileStream({
      path: project,
      query: { name: 'small.bin' },
      body: new Uint8Array([0, 1, 2, 255]),
    });
    expect([small.size_bytes, small.content_type]).toEqual([4, 'application/octet-stream']);
  });

  it('downloads whole (bytes and stream to disk), a Range, and 304 for the current ETag', async () => {
    const { registered } = await threeSteps(data, 'download.bin');
    const path = { ...project, file_id: registered.id };

    const whole = await client.downloadFile({ path });
    expect(whole.status).toBe(200);
    if (whole.status === 304) throw new Error('unexpected 304');
    expect(whole.headers.get('content-length')).toBe(String(data.length));
    const etag = whole.headers.get('etag') ?? '';
    expect(etag).toBe(`"${sha256(data)}"`);
    expect(sha256(await whole.bytes())).toBe(sha256(data));

    const streamed = await client.downloadFile({ path });
    if (streamed.status === 304) throw new Error('unexpected 304');
    const target = join(dir, 'downloaded.bin');
    await pipeline(Readable.fromWeb(streamed.body), createWriteStream(target));
    expect(sha256(readFileSync(target))).toBe(sha256(data));

    const part = await client.downloadFile({ path, header: { Range: 'bytes=1000-1999999' } });
    expect(part.status).toBe(206);
    if (part.status === 304) throw new Error('unexpected 304');
    expect(part.headers.get('content-range')).toBe(`bytes 1000-1999999/${data.length}`);
    expect(Buffer.from(await part.bytes()).equals(data.subarray(1000, 2000000))).toBe(true);

    const tail = await client.downloadFile({ path, header: { Range: 'bytes=-17' } });
    if (tail.status === 304) throw new Error('unexpected 304');
    expect(Buffer.from(await tail.bytes()).equals(data.subarray(data.length - 17))).toBe(true);

    const same = await client.downloadFile({ path, header: { 'If-None-Match': etag } });
    expect([same.status, same.body]).toEqual([304, null]);
    const changed = await client.downloadFile({ path, header: { 'If-None-Match': '"other"' } });
    if (changed.status === 304) throw new Error('unexpected 304');
    // Read to the end: undici keeps the connection (and the server's response) open after a cancel.
    expect((await changed.bytes()).length).toBe(data.length);
  });

  it('throws DuckStorageApiError for a missing file', async () => {
    const error = await failure<DuckStorageApiError>(() =>
      client.downloadFile({ path: { ...project, file_id: 'no_such_file' } }),
    );
    expect([error.status, error.code]).toEqual([404, 'NOT_FOUND']);
  });
});
