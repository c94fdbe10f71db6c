import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers/server.js';

/** MAX_UPLOAD_BYTES and FILES_QUOTA_BYTES: 413 naming the limit, answered without reading the rest. */
const MIB = 1024 * 1024;
let t: TestServer;
let key: string;
const P = 'fl';
const auth = () => ({ authorization: `Bearer ${key}` });

beforeAll(async () => {
  t = await startTestServer({ MAX_UPLOAD_BYTES: String(MIB), FILES_QUOTA_BYTES: String(3 * MIB) });
  key = (await t.admin.createProject({ body: { id: P } })).api_key;
});
afterAll(async () => {
  await t?.stop();
});

/** An endless body of 64 KiB chunks; `pulled()` says how many bytes the client had to produce. */
function endless(prefix = '', total = 256 * MIB) {
  let pulled = 0;
  const chunk = new Uint8Array(64 * 1024).fill(120);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      if (prefix !== '') controller.enqueue(new TextEncoder().encode(prefix));
    },
    pull(controller) {
      if (pulled >= total) {
        controller.close();
        return;
      }
      pulled += chunk.length;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled: () => pulled };
}

const stagingEntries = () => {
  try {
    return readdirSync(join(t.dataDir, 'files', `project_${P}`, '_staging'));
  } catch {
    return [];
  }
};

async function prepare(body: Record<string, unknown>) {
  const res = await t.fetch(`/projects/${P}/files/prepare`, {
    method: 'POST',
    headers: { ...auth(), 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

const stream = (body: RequestInit['body'], headers: Record<string, string> = {}) =>
  t.fetch(`/projects/${P}/files/stream?name=big.bin`, {
    method: 'POST',
    headers: { ...auth(), 'content-type': 'application/octet-stream', ...headers },
    body,
    duplex: 'half',
  } as RequestInit);

describe('MAX_UPLOAD_BYTES', () => {
  it('prepare refuses a declared size above it', async () => {
    const { status, json } = await prepare({ filename: 'x', size_bytes: MIB + 1 });
    expect([status, json.error]).toEqual([413, 'file_too_large']);
    expect(String(json.message)).toContain(`MAX_UPLOAD_BYTES=${MIB}`);
  });

  it('a streamed body without Content-Length is cut at the limit', async () => {
    const body = endless();
    const res = await stream(body.stream);
    const json = (await res.json()) as { error: string; message: string };
    expect([res.status, json.error]).toEqual([413, 'file_too_large']);
    expect(json.message).toContain('MAX_UPLOAD_BYTES');
    // The server stopped reading: far less than the 256 MiB offered was produced.
    expect(body.pulled()).toBeLessThan(16 * MIB);
    expect(stagingEntries()).toEqual([]);
  });

  it('a body whose Content-Length is above the limit is refused before reading', async () => {
    const res = await stream(new Uint8Array(2 * MIB));
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: string }).error).toBe('file_too_large');
  });

  it('multipart: refused from Content-Length, and cut mid-stream without it', async () => {
    const { json: session } = await prepare({ filename: 'x' });
    const url = `/projects/${P}/files/upload/${session.upload_key}`;
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(2 * MIB)]), 'x');
    const early = await t.fetch(url, { method: 'POST', headers: auth(), body: form });
    expect([early.status, ((await early.json()) as { error: string }).error]).toEqual([
      413,
      'file_too_large',
    ]);

    const boundary = 'xxBOUNDARYxx';
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="x"\r\n\r\n`;
    const body = endless(head);
    const res = await t.fetch(url, {
      method: 'POST',
      headers: { ...auth(), 'content-type': `multipart/form-data; boundary=${boundary}` },
      body: body.stream,
      duplex: 'half',
    } as RequestInit);
    expect([res.status, ((await res.json()) as { error: string }).error]).toEqual([413, 'file_too_large']);
    expect(body.pulled()).toBeLessThan(16 * MIB);
    expect(stagingEntries()).toEqual([]);
    // The server is fine afterwards, and the session still usable.
    const ok = new FormData();
    ok.append('file', new Blob(['fits']), 'x');
    const again = await t.fetch(url, { method: 'POST', headers: auth(), body: ok });
    expect(again.status).toBe(200);
  });
});

describe('FILES_QUOTA_BYTES', () => {
  it('counts registered and staged bytes; prepare, upload and stream answer 413 quota_exceeded', async () => {
    const { json: session } = await prepare({ filename: 'staged' });
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(MIB - 100)]), 'x');
    const staged = await t.fetch(`/projects/${P}/files/upload/${session.upload_key}`, {
      method: 'POST',
      headers: auth(),
      body: form,
    });
    expect(staged.status).toBe(200);
    for (let i = 0; i < 2; i += 1) expect((await stream(new Uint8Array(MIB - 100))).status).toBe(201);
    // About 3 MiB - 300 bytes held (the 4-byte "fits" session above included).
    const declared = await prepare({ filename: 'more', size_bytes: 1000 });
    expect([declared.status, declared.json.error]).toEqual([413, 'quota_exceeded']);
    expect(String(declared.json.message)).toContain(`FILES_QUOTA_BYTES=${3 * MIB}`);
    const body = endless('', 2 * MIB);
    const res = await stream(body.stream);
    expect([res.status, ((await res.json()) as { error: string }).error]).toEqual([413, 'quota_exceeded']);
    expect(stagingEntries().filter((n) => n.endsWith('.part'))).toEqual([]);
    // Re-uploading a session replaces its bytes, so it does not count them twice.
    const replace = new FormData();
    replace.append('file', new Blob([new Uint8Array(MIB - 200)]), 'x');
    const again = await t.fetch(`/projects/${P}/files/upload/${session.upload_key}`, {
      method: 'POST',
      headers: auth(),
      body: replace,
    });
    expect(again.status).toBe(200);
    // Deleting frees room.
    const list = await t.as(key).listFiles({ path: { project_id: P } });
    const first = list.files[0];
    if (first === undefined) throw new Error('no file');
    await t.as(key).deleteFile({ path: { project_id: P, file_id: first.id } });
    expect((await stream(new Uint8Array(1000))).status).toBe(201);
  });
});

describe('interrupted uploads', () => {
  it('a client that disconnects mid-body leaves no temp file and no file', async () => {
    const { request } = await import('node:http');
    const before = (await t.as(key).listFiles({ path: { project_id: P } })).total;
    await new Promise<void>((resolve) => {
      const req = request(`${t.url}/projects/${P}/files/stream?name=cut.bin`, {
        method: 'POST',
        headers: { ...auth(), 'content-type': 'application/octet-stream', 'content-length': String(MIB) },
      });
      req.on('error', () => undefined);
      req.on('close', () => resolve());
      req.write(new Uint8Array(100 * 1024), () => setTimeout(() => req.destroy(), 50));
    });
    const deadline = Date.now() + 3000;
    while (stagingEntries().some((n) => n.endsWith('.part')) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(stagingEntries().filter((n) => n.endsWith('.part'))).toEqual([]);
    expect((await t.as(key).listFiles({ path: { project_id: P } })).total).toBe(before);
  });
});
