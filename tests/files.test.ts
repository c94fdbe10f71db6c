import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckStorageApiError } from '../generated/sdk-ts/index.js';
import { ADMIN_KEY, failure, startTestServer, type TestServer } from './helpers/server.js';

/** Files API over the real server: the reference's three steps, our streaming upload, downloads. */
let t: TestServer;
let key: string;
let otherKey: string;
let readKey: string;
const P = 'fp';

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');
const md5 = (data: Uint8Array | string) => createHash('md5').update(data).digest('hex');
const auth = (k: string) => ({ authorization: `Bearer ${k}` });

beforeAll(async () => {
  t = await startTestServer();
  key = (await t.admin.createProject({ body: { id: P } })).api_key;
  otherKey = (await t.admin.createProject({ body: { id: 'fp-other' } })).api_key;
  readKey = (
    await t.as(key).createApiKey({
      path: { project_id: P },
      body: { description: 'read only', scope: 'branch_read', branch_id: 'default' },
    })
  ).api_key;
});
afterAll(async () => {
  await t?.stop();
});

async function prepare(body: Record<string, unknown>, k = key, project = P) {
  const res = await t.fetch(`/projects/${project}/files/prepare`, {
    method: 'POST',
    headers: { ...auth(k), 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { res, json: (await res.json()) as Record<string, unknown> };
}

function form(bytes: Uint8Array | string, field = 'file'): FormData {
  const data = new FormData();
  data.append('note', 'ignored');
  data.append(field, new Blob([bytes]), 'client-name.bin');
  return data;
}

async function upload(uploadKey: string, bytes: Uint8Array | string, k = key, project = P) {
  const res = await t.fetch(`/projects/${project}/files/upload/${uploadKey}`, {
    method: 'POST',
    headers: auth(k),
    body: form(bytes),
  });
  return { res, json: (await res.json()) as Record<string, unknown> };
}

async function register(body: Record<string, unknown>, k = key, project = P) {
  const res = await t.fetch(`/projects/${project}/files`, {
    method: 'POST',
    headers: { ...auth(k), 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { res, json: (await res.json()) as Record<string, unknown> };
}

/**
 * A request whose path goes out exactly as written: fetch's URL parser turns `%2e%2e` and `..`
 * segments into a parent step before sending, a hostile client does not.
 */
function raw(method: string, path: string, k = key): Promise<{ status: number; json: { error?: string } }> {
  return new Promise((resolve, reject) => {
    const req = request(`${t.url}/`, { method, path, headers: auth(k) }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => {
        text += c;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text || '{}') }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The three steps, returning the FileResponse. */
async function storeFile(name: string, bytes: Uint8Array | string, extra: Record<string, unknown> = {}) {
  const { json: session } = await prepare({ filename: name, ...extra });
  const staged = await upload(String(session.upload_key), bytes);
  expect(staged.res.status).toBe(200);
  const { res, json } = await register({ upload_key: session.upload_key });
  expect(res.status).toBe(201);
  return json;
}

const download = (id: string, headers: Record<string, string> = {}, k = key) =>
  t.fetch(`/projects/${P}/files/${id}/download`, { headers: { ...auth(k), ...headers } });

describe('three-step upload', () => {
  it('prepares, uploads and registers with exact bytes, sha256 and md5', async () => {
    const bytes = 'id,name\n1,Ünïcödé\n2,"quoted, comma"\n';
    const { res, json: session } = await prepare({
      filename: 'data.csv',
      content_type: 'text/csv',
      tags: { source: 'test', kind: 'csv' },
    });
    expect(res.status).toBe(200);
    expect(session.upload_key).toMatch(/^[0-9a-f-]{36}$/);
    expect(session.upload_url).toBe(`/projects/${P}/files/upload/${session.upload_key}`);
    expect(Date.parse(String(session.expires_at)) - Date.now()).toBeGreaterThan(23 * 3600 * 1000);

    const staged = await upload(String(session.upload_key), bytes);
    expect(staged.res.status).toBe(200);
    expect(staged.json).toEqual({
      upload_key: session.upload_key,
      staging_path: `_staging/${session.upload_key}`,
      size_bytes: Buffer.byteLength(bytes),
      checksum_sha256: sha256(bytes),
      checksum_md5: md5(bytes),
    });
    // Uploading again replaces the bytes.
    const again = await upload(String(session.upload_key), `${bytes}3,x\n`);
    expect(again.json.size_bytes).toBe(Buffer.byteLength(bytes) + 4);
    const final = await upload(String(session.upload_key), bytes);
    expect(final.json.checksum_sha256).toBe(sha256(bytes));

    const { res: reg, json: file } = await register({
      upload_key: session.upload_key,
      tags: { kind: 'data' },
    });
    expect(reg.status).toBe(201);
    expect(file).toMatchObject({
      project_id: P,
      name: 'data.csv',
      size_bytes: Buffer.byteLength(bytes),
      content_type: 'text/csv',
      checksum_sha256: sha256(bytes),
      checksum_md5: md5(bytes),
      is_staged: false,
      expires_at: null,
      tags: { source: 'test', kind: 'data' },
    });
    // The path comes from the id only.
    expect(file.path).toMatch(new RegExp(`^project_${P}/\\d{4}/\\d{2}/\\d{2}/${file.id}$`));
    expect(existsSync(join(t.dataDir, 'files', String(file.path)))).toBe(true);

    const got = await t.as(key).getFile({ path: { project_id: P, file_id: String(file.id) } });
    expect(got).toEqual(file);
    const body = await download(String(file.id));
    expect(body.status).toBe(200);
    expect(await body.text()).toBe(bytes);

    // The session is gone once registered.
    const twice = await register({ upload_key: session.upload_key });
    expect([twice.res.status, twice.json.error]).toEqual([404, 'upload_session_not_found']);
  });

  it('renames at register and keeps names as metadata only', async () => {
    const file = await storeFile('a.txt', 'x');
    expect(file.name).toBe('a.txt');
    const { json: session } = await prepare({ filename: 'b.txt' });
    await upload(String(session.upload_key), 'y');
    const { json } = await register({ upload_key: session.upload_key, name: 'rénamé ü.txt' });
    expect(json.name).toBe('rénamé ü.txt');
    expect(String(json.path).endsWith(String(json.id))).toBe(true);
  });

  it('refuses to register a session without bytes', async () => {
    const { json: session } = await prepare({ filename: 'empty.txt' });
    const { res, json } = await register({ upload_key: session.upload_key });
    expect([res.status, json.error]).toEqual([400, 'file_not_uploaded']);
  });

  it('checks the declared size against the upload', async () => {
    const { json: session } = await prepare({ filename: 'sized.txt', size_bytes: 5 });
    const wrong = await upload(String(session.upload_key), '123456');
    expect([wrong.res.status, wrong.json.error]).toEqual([400, 'size_mismatch']);
    const right = await upload(String(session.upload_key), '12345');
    expect(right.res.status).toBe(200);
  });

  it('answers 422 when the multipart body has no `file` part', async () => {
    const { json: session } = await prepare({ filename: 'x.txt' });
    const res = await t.fetch(`/projects/${P}/files/upload/${session.upload_key}`, {
      method: 'POST',
      headers: auth(key),
      body: form('abc', 'other'),
    });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { detail: { loc: string[] }[] }).detail[0]?.loc).toEqual(['body', 'file']);
  });
});

describe('session errors', () => {
  it('unknown, malformed and traversal upload keys are 404 upload_session_not_found', async () => {
    for (const k of [randomUUID(), 'nope', '..%2F..%2Fetc', '%2e%2e%5c%2e%2e']) {
      const { res, json } = await upload(k, 'x');
      expect([k, res.status, json.error]).toEqual([k, 404, 'upload_session_not_found']);
    }
    for (const k of [randomUUID(), 'nope', '..', '../../metadata.duckdb', 'a/b', '..\\x']) {
      const reg = await register({ upload_key: k });
      expect([k, reg.res.status, reg.json.error]).toEqual([k, 404, 'upload_session_not_found']);
    }
    for (const k of ['%2e%2e', '%2E%2e', '..']) {
      const res = await raw('POST', `/projects/${P}/files/upload/${k}`);
      expect([k, res.status, res.json.error]).toEqual([k, 404, 'upload_session_not_found']);
    }
  });

  it("another project's session is 403 upload_session_mismatch, at upload and at register", async () => {
    const { json: session } = await prepare({ filename: 'mine.txt' });
    await upload(String(session.upload_key), 'mine');
    const up = await upload(String(session.upload_key), 'x', otherKey, 'fp-other');
    expect([up.res.status, up.json.error]).toEqual([403, 'upload_session_mismatch']);
    const reg = await register({ upload_key: session.upload_key }, otherKey, 'fp-other');
    expect([reg.res.status, reg.json.error]).toEqual([403, 'upload_session_mismatch']);
    // A ghost project (admin key): 404 project_not_found, not a registration (the reference registers it).
    const ghost = await register({ upload_key: session.upload_key }, ADMIN_KEY, 'ghost');
    expect([ghost.res.status, ghost.json.error]).toEqual([404, 'project_not_found']);
  });

  it("another project's key is 403, a read-only key cannot write but can read", async () => {
    const prep = await prepare({ filename: 'x.txt' }, otherKey);
    expect(prep.res.status).toBe(403);
    const ro = await prepare({ filename: 'x.txt' }, readKey);
    expect(ro.res.status).toBe(403);
    const file = await storeFile('visible.txt', 'seen');
    const stream = await t.fetch(`/projects/${P}/files/stream?name=x.txt`, {
      method: 'POST',
      headers: { ...auth(readKey), 'content-type': 'text/plain' },
      body: 'data',
    });
    expect(stream.status).toBe(403);
    const del = await failure<DuckStorageApiError>(() =>
      t.as(readKey).deleteFile({ path: { project_id: P, file_id: String(file.id) } }),
    );
    expect(del.status).toBe(403);
    expect((await download(String(file.id), {}, readKey)).status).toBe(200);
    expect((await t.as(readKey).listFiles({ path: { project_id: P } })).total).toBeGreaterThan(0);
    const foreign = await download(String(file.id), {}, otherKey);
    expect(foreign.status).toBe(403);
  });

  it('validates names: 400 invalid_file_name for separators, dot segments, NUL, length', async () => {
    for (const name of ['', '.', '..', '../x', 'a/b', 'a\\b', 'a\u0000b', 'x'.repeat(256)]) {
      const { res, json } = await prepare({ filename: name });
      expect([name, res.status, json.error]).toEqual([name, 400, 'invalid_file_name']);
    }
    const { json: session } = await prepare({ filename: 'ok.txt' });
    await upload(String(session.upload_key), 'x');
    const reg = await register({ upload_key: session.upload_key, name: '../../etc/passwd' });
    expect([reg.res.status, reg.json.error]).toEqual([400, 'invalid_file_name']);
    const stream = await t.fetch(`/projects/${P}/files/stream?name=${encodeURIComponent('a/b')}`, {
      method: 'POST',
      headers: { ...auth(key), 'content-type': 'application/octet-stream' },
      body: 'x',
    });
    expect([stream.status, ((await stream.json()) as { error: string }).error]).toEqual([
      400,
      'invalid_file_name',
    ]);
  });

  it('refuses a header-breaking content type', async () => {
    const { res, json } = await prepare({ filename: 'x.txt', content_type: 'text/plain\r\nX-Evil: 1' });
    expect([res.status, json.error]).toEqual([400, 'invalid_content_type']);
  });
});

describe('streaming upload', () => {
  it('stores a multi-MB body streamed in chunks, Content-Type kept', async () => {
    const chunk = Buffer.alloc(256 * 1024);
    for (let i = 0; i < chunk.length; i += 1) chunk[i] = (i * 31) % 251;
    const count = 24; // 6 MiB
    const whole = createHash('sha256');
    for (let i = 0; i < count; i += 1) whole.update(chunk);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === count) controller.close();
        else {
          sent += 1;
          controller.enqueue(new Uint8Array(chunk));
        }
      },
    });
    const res = await t.fetch(`/projects/${P}/files/stream?name=${encodeURIComponent('big file.bin')}`, {
      method: 'POST',
      headers: { ...auth(key), 'content-type': 'application/x-test' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(201);
    const file = (await res.json()) as Record<string, unknown>;
    expect(file).toMatchObject({
      name: 'big file.bin',
      size_bytes: chunk.length * count,
      content_type: 'application/x-test',
      checksum_sha256: whole.digest('hex'),
      is_staged: false,
    });
    const got = await download(String(file.id));
    // The stored type is in the metadata; the contract declares downloads application/octet-stream.
    expect(got.headers.get('content-type')).toBe('application/octet-stream');
    expect(got.headers.get('content-length')).toBe(String(chunk.length * count));
    expect(sha256(new Uint8Array(await got.arrayBuffer()))).toBe(file.checksum_sha256);
  });

  it('stores an empty body', async () => {
    const res = await t.fetch(`/projects/${P}/files/stream?name=empty`, {
      method: 'POST',
      headers: { ...auth(key), 'content-type': 'application/octet-stream' },
      body: '',
    });
    expect(res.status).toBe(201);
    const file = (await res.json()) as Record<string, unknown>;
    expect(file.size_bytes).toBe(0);
    const got = await download(String(file.id));
    expect([got.status, await got.text()]).toEqual([200, '']);
    const range = await download(String(file.id), { range: 'bytes=0-' });
    expect(range.status).toBe(416);
  });
});

describe('list, get, delete', () => {
  it('lists newest first with total, paging and include_staged', async () => {
    const { json: list0 } = { json: await t.as(otherKey).listFiles({ path: { project_id: 'fp-other' } }) };
    expect(list0).toEqual({ files: [], total: 0 });
    const c = t.as(otherKey);
    const { json: s1 } = await prepare({ filename: 'pending.txt' }, otherKey, 'fp-other');
    const names: string[] = [];
    for (const n of ['one', 'two', 'three']) {
      const res = await t.fetch(`/projects/fp-other/files/stream?name=${n}`, {
        method: 'POST',
        headers: { ...auth(otherKey), 'content-type': 'text/plain' },
        body: n,
      });
      expect(res.status).toBe(201);
      names.push(n);
    }
    const all = await c.listFiles({ path: { project_id: 'fp-other' } });
    expect(all.total).toBe(3);
    expect(all.files.map((f) => f.name)).toEqual(['three', 'two', 'one']);
    const page = await c.listFiles({ path: { project_id: 'fp-other' }, query: { limit: 1, offset: 1 } });
    expect([page.total, page.files.map((f) => f.name)]).toEqual([3, ['two']]);
    const withStaged = await c.listFiles({
      path: { project_id: 'fp-other' },
      query: { include_staged: true },
    });
    expect(withStaged.total).toBe(4);
    const session = withStaged.files.find((f) => f.is_staged);
    expect(session).toMatchObject({ name: 'pending.txt', size_bytes: 0 });
    expect(session?.expires_at).not.toBeNull();
    expect(s1.upload_key).toBeDefined();
    const bad = await t.fetch('/projects/fp-other/files?limit=1001', { headers: auth(otherKey) });
    expect(bad.status).toBe(422);
    const ghost = await failure<DuckStorageApiError>(() =>
      t.admin.listFiles({ path: { project_id: 'ghost' } }),
    );
    expect([ghost.status, ghost.reason]).toEqual([404, 'project_not_found']);
  });

  it('get and delete: 204, then 404; unknown, malformed and foreign ids are 404 file_not_found', async () => {
    const file = await storeFile('del.txt', 'delete me');
    const c = t.as(key);
    const ref = { project_id: P, file_id: String(file.id) };
    await c.deleteFile({ path: ref });
    expect(existsSync(join(t.dataDir, 'files', String(file.path)))).toBe(false);
    for (const call of [() => c.getFile({ path: ref }), () => c.deleteFile({ path: ref })]) {
      const e = await failure<DuckStorageApiError>(call);
      expect([e.status, e.reason]).toEqual([404, 'file_not_found']);
    }
    expect((await download(String(file.id))).status).toBe(404);
    const other = (await (
      await t.fetch('/projects/fp-other/files/stream?name=o', {
        method: 'POST',
        headers: { ...auth(otherKey), 'content-type': 'text/plain' },
        body: 'o',
      })
    ).json()) as { id: string };
    for (const id of [randomUUID(), other.id, '..%2f..%2fmetadata.duckdb', '%2e%2e%5cx', 'x']) {
      const res = await t.fetch(`/projects/${P}/files/${id}`, { headers: auth(key) });
      const json = (await res.json()) as { error: string };
      expect([id, res.status, json.error]).toEqual([id, 404, 'file_not_found']);
      expect((await download(id)).status).toBe(404);
    }
    for (const id of ['%2e%2e', '..', '%2E%2E']) {
      for (const path of [`/projects/${P}/files/${id}`, `/projects/${P}/files/${id}/download`]) {
        const res = await raw('GET', path);
        expect([path, res.status, res.json.error]).toEqual([path, 404, 'file_not_found']);
      }
      const res = await raw('DELETE', `/projects/${P}/files/${id}`);
      expect([id, res.status, res.json.error]).toEqual([id, 404, 'file_not_found']);
    }
  });
});

describe('download', () => {
  const bytes = '0123456789abcdefghij';
  let id: string;
  let etag: string;

  beforeAll(async () => {
    id = String((await storeFile('naïve file "q".txt', bytes, { content_type: 'text/plain' })).id);
  });

  it('streams the whole file with its headers', async () => {
    const res = await download(id);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(bytes);
    etag = res.headers.get('etag') ?? '';
    expect(etag).toBe(`"${sha256(bytes)}"`);
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    expect(res.headers.get('content-length')).toBe('20');
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    expect(Date.parse(res.headers.get('last-modified') ?? '')).toBeGreaterThan(0);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="na_ve file _q_.txt"; filename*=UTF-8''na%C3%AFve%20file%20%22q%22.txt`,
    );
  });

  it.each([
    ['bytes=0-4', '01234', 'bytes 0-4/20'],
    ['bytes=15-', 'fghij', 'bytes 15-19/20'],
    ['bytes=-3', 'hij', 'bytes 17-19/20'],
    ['bytes=18-100', 'ij', 'bytes 18-19/20'],
  ])('Range %s -> 206', async (range, want, contentRange) => {
    const res = await download(id, { range });
    expect(res.status).toBe(206);
    expect(await res.text()).toBe(want);
    expect(res.headers.get('content-range')).toBe(contentRange);
    expect(res.headers.get('content-length')).toBe(String(want.length));
  });

  it('ignores a multi-range or malformed Range (200), answers 416 beyond the end', async () => {
    for (const range of ['bytes=0-1,3-4', 'lines=1-2', 'bytes=5-1']) {
      const res = await download(id, { range });
      expect([range, res.status, await res.text()]).toEqual([range, 200, bytes]);
    }
    for (const range of ['bytes=20-', 'bytes=100-200', 'bytes=-0']) {
      const res = await download(id, { range });
      expect(res.status).toBe(416);
      expect(res.headers.get('content-range')).toBe(`bytes */${bytes.length}`);
      expect(((await res.json()) as { error: string }).error).toBe('range_not_satisfiable');
    }
  });

  it('If-None-Match with the ETag -> 304 without a body', async () => {
    const res = await download(id, { 'if-none-match': etag });
    expect(res.status).toBe(304);
    expect(await res.text()).toBe('');
    expect((await download(id, { 'if-none-match': `W/${etag}, "x"` })).status).toBe(304);
    expect((await download(id, { 'if-none-match': '"other"' })).status).toBe(200);
  });
});

describe('project hard delete', () => {
  it('removes the rows and FILES_DIR/project_{id}', async () => {
    const k = (await t.admin.createProject({ body: { id: 'fp-gone' } })).api_key;
    const res = await t.fetch('/projects/fp-gone/files/stream?name=a', {
      method: 'POST',
      headers: { ...auth(k), 'content-type': 'text/plain' },
      body: 'a',
    });
    expect(res.status).toBe(201);
    const dir = join(t.dataDir, 'files', 'project_fp-gone');
    expect(existsSync(dir)).toBe(true);
    await t.admin.deleteProject({ path: { project_id: 'fp-gone' } });
    expect(existsSync(dir)).toBe(false);
    await t.admin.createProject({ body: { id: 'fp-gone' } });
    expect((await t.admin.listFiles({ path: { project_id: 'fp-gone' } })).total).toBe(0);
  });
});

describe('through the TS SDK', () => {
  it('three steps, streaming upload, ranged download and 304', async () => {
    const c = t.as(key);
    const bytes = new TextEncoder().encode('sdk,bytes\n1,2\n');
    const session = await c.prepareFileUpload({ path: { project_id: P }, body: { filename: 'sdk.csv' } });
    const staged = await c.uploadFile({
      path: { project_id: P, upload_key: session.upload_key },
      body: { file: new Blob([bytes]) },
    });
    expect(staged.checksum_sha256).toBe(sha256(bytes));
    const file = await c.registerFile({ path: { project_id: P }, body: { upload_key: session.upload_key } });
    const whole = await c.downloadFile({ path: { project_id: P, file_id: file.id } });
    if (whole.body === null) throw new Error('expected a body');
    expect(await whole.text()).toBe('sdk,bytes\n1,2\n');
    const part = await c.downloadFile({
      path: { project_id: P, file_id: file.id },
      header: { Range: 'bytes=0-2' },
    });
    expect(part.status).toBe(206);
    if (part.body === null) throw new Error('expected a body');
    expect(await part.text()).toBe('sdk');
    const same = await c.downloadFile({
      path: { project_id: P, file_id: file.id },
      header: { 'If-None-Match': whole.headers.get('etag') ?? '' },
    });
    expect([same.status, same.body]).toEqual([304, null]);
    const streamed = await c.uploadFileStream({
      path: { project_id: P },
      query: { name: 'sdk.bin' },
      body: bytes,
      contentType: 'text/csv',
    });
    expect(streamed).toMatchObject({ size_bytes: bytes.length, content_type: 'text/csv' });
  });
});

describe('parallel uploads', () => {
  it('to one session: the row always describes the bytes that won', async () => {
    const { json: session } = await prepare({ filename: 'race.txt' });
    const bodies = Array.from({ length: 6 }, (_, i) => `body number ${i} `.repeat(1000 * (i + 1)));
    const answers = await Promise.all(bodies.map((b) => upload(String(session.upload_key), b)));
    for (const a of answers) expect(a.res.status).toBe(200);
    const { json: file } = await register({ upload_key: session.upload_key });
    const got = await (await download(String(file.id))).text();
    expect(bodies).toContain(got);
    expect(file.checksum_sha256).toBe(sha256(got));
    expect(file.size_bytes).toBe(Buffer.byteLength(got));
  });

  it('streams into one project at once', async () => {
    const answers = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        t.fetch(`/projects/${P}/files/stream?name=p${i}`, {
          method: 'POST',
          headers: { ...auth(key), 'content-type': 'text/plain' },
          body: `parallel ${i}`.repeat(10_000),
        }),
      ),
    );
    const files = (await Promise.all(answers.map((r) => r.json()))) as { id: string; name: string }[];
    expect(new Set(files.map((f) => f.id)).size).toBe(5);
    for (const [i, f] of files.entries()) {
      expect(await (await download(f.id)).text()).toBe(`parallel ${i}`.repeat(10_000));
    }
  });
});
