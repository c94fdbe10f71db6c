import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitPythonSdk } from './python-sdk.js';
import { GENERATED_STAMP } from './python-sdk-names.js';

// The SDK must run on the system interpreter (Debian's 3.11), not whatever python3 is first on PATH.
const PYTHON = '/usr/bin/python3';
const here = dirname(fileURLToPath(import.meta.url));
const miniSpec: unknown = JSON.parse(readFileSync(join(here, 'testdata/python-mini-spec.json'), 'utf8'));
const goldenDir = join(here, 'testdata/golden/python');
const files = emitPythonSdk(miniSpec);

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

function writeTree(dir: string, tree: Record<string, string>): void {
  for (const [path, text] of Object.entries(tree)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

if (process.env.UPDATE_GOLDEN === '1') {
  rmSync(goldenDir, { recursive: true, force: true });
  writeTree(goldenDir, files);
}

describe('emitPythonSdk on the mini spec (golden)', () => {
  it('emits exactly the committed files', () => {
    expect(Object.keys(files).sort()).toEqual(listFiles(goldenDir));
  });

  it.each(Object.keys(files).sort())(
    '%s matches codegen/testdata/golden/python (UPDATE_GOLDEN=1 rewrites)',
    (path) => {
      expect(files[path]).toBe(readFileSync(join(goldenDir, path), 'utf8'));
    },
  );

  it('is deterministic', () => {
    expect(emitPythonSdk(miniSpec)).toEqual(files);
  });

  it('stamps every Python file', () => {
    for (const [path, text] of Object.entries(files)) {
      if (path.endsWith('.py')) expect(text.startsWith(`${GENERATED_STAMP}\n`), path).toBe(true);
    }
  });

  it('keeps only the JSON-only operations of another protocol (x-duckstorage-protocol)', () => {
    const client = files['duckstorage/client.py'] ?? '';
    expect(client).toContain('def link_blob(');
    for (const name of ['list_blobs', 'get_blob', 'head_blob']) expect(client).not.toContain(`def ${name}`);
  });

  it('rejects an operation without an operationId', () => {
    const spec = {
      openapi: '3.1.0',
      info: { title: 'x', version: '1' },
      paths: { '/a': { get: { responses: {} } } },
    };
    expect(() => emitPythonSdk(spec)).toThrow(/GET \/a has no operationId/);
  });

  it("rejects an operationId that takes the name of a binary answer's stream method", () => {
    const binary = { content: { 'application/octet-stream': { schema: { type: 'string' } } } };
    const spec = {
      openapi: '3.1.0',
      info: { title: 'x', version: '1' },
      paths: {
        '/a': { get: { operationId: 'getA', responses: { '200': { description: 'a', ...binary } } } },
        '/b': { get: { operationId: 'getAStream', responses: { '204': { description: 'b' } } } },
      },
    };
    expect(() => emitPythonSdk(spec)).toThrow(/getA and getAStream are both get_a_stream\(\)/);
  });
});

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  bytes: Buffer;
}

// Canned answers of a stub server on loopback, by method and path (query excluded).
const ANSWERS: Record<string, [number, string, string]> = {
  'GET /shelves/s%2F1/widgets': [
    200,
    'application/json',
    JSON.stringify({
      widgets: [
        { id: 'w1', name: 'w', parts: [{ name: 'p', from: 'acme' }], note: null, kind: 'small', extra: 1 },
      ],
      total: 1,
    }),
  ],
  'POST /shelves/s1/widgets': [
    201,
    'application/json; charset=utf-8',
    JSON.stringify({
      id: 'w2',
      name: 'w',
      parts: [
        { name: 'p', from: 'acme' },
        { name: 'q', qty: 2 },
      ],
      note: 'n',
      kind: 'large',
    }),
  ],
  'DELETE /shelves/s1/widgets/w1': [204, 'text/plain', ''],
  'DELETE /shelves/s1/widgets/missing': [
    404,
    'application/json',
    JSON.stringify({
      code: 'NOT_FOUND',
      error: 'widget_not_found',
      message: 'Widget missing not found',
      request_id: 'req-9',
    }),
  ],
  'GET /metrics': [200, 'text/plain; version=0.0.4; charset=utf-8', 'requests_total 3\n'],
  'PUT /shelves/s1/photo': [200, 'application/json', JSON.stringify({ size_bytes: 4, sha256: 'x' })],
  'POST /shelves/s1/manuals': [201, 'application/json', JSON.stringify({ size_bytes: 4, sha256: 'y' })],
};

/** GET /shelves/s1/photo as a file server answers it: 200, 206 for a Range, 304 for the ETag. */
function photo(headers: IncomingMessage['headers']): [number, Record<string, string>, string] {
  const etag = '"e1"';
  if (headers['if-none-match'] === etag) return [304, { ETag: etag }, ''];
  if (headers.range === 'bytes=1-2') {
    return [206, { ETag: etag, 'Content-Range': 'bytes 1-2/4', 'Content-Length': '2' }, 'bc'];
  }
  return [200, { ETag: etag, 'Content-Length': '4' }, 'abcd'];
}

const SCRIPT = `
import json, sys
from duckstorage import ApiError, Client, models

out = {}
w = models.Widget.from_dict({"id": "w", "name": "n", "parts": [{"name": "p", "from": "acme", "junk": 1}], "note": None, "kind": "small"})
out["roundtrip"] = [type(w.parts[0]).__name__, w.parts[0].from_, w.to_dict()]
out["error_detail"] = type(models.Error.from_dict({"code": "NOT_FOUND", "error": "e", "message": "m", "request_id": "r", "detail": [{"loc": ["body"], "msg": "x"}]}).detail[0]).__name__

client = Client(sys.argv[1] + "/", "secret")
page = client.list_widgets("s/1", limit=5, tag=["a", "b c"])
out["list"] = [type(page).__name__, type(page.widgets[0]).__name__, page.widgets[0].parts[0].from_, page.total]
created = client.create_widget("s1", name="w", parts=[{"name": "p", "from": "acme"}, models.Part(name="q", qty=2)], idempotency_key="idem-1")
out["create"] = [type(created).__name__, created.kind, created.parts[1].qty]
out["delete"] = client.delete_widget("s1", "w1")
try:
    client.delete_widget("s1", "missing", request_id="req-9")
except ApiError as err:
    out["error"] = [err.status, err.code, err.error, err.message, err.request_id, err.body["code"], str(err)]
out["metrics"] = client.get_metrics()

import io, os, tempfile
big = bytes(range(256)) * 400  # 100 KiB: more than one CHUNK_SIZE
with tempfile.NamedTemporaryFile(prefix="shelf-", suffix=".png", delete=False) as f:
    f.write(big)
out["photo"] = client.upload_photo("s1", photo=b"\\x89PNG", caption="hi").to_dict()
with open(f.name, "rb") as file:
    client.upload_photo("s1", photo=file)
client.upload_manual("s1", body=b"%PDF", name="m.pdf", content_type="application/pdf")
with open(f.name, "rb") as file:
    file.seek(1000)  # the rest of the file is sent, and its length is known
    client.upload_manual("s1", body=file, name="big.bin")
client.upload_manual("s1", body=(bytes([i]) * 3 for i in range(3)), name="gen.bin")
try:
    client.upload_manual("s1", body=io.StringIO("text"), name="t.txt")
except TypeError as err:
    out["text_mode"] = str(err)
out["download"] = [
    client.download_photo("s1").decode(),
    client.download_photo("s1", range="bytes=1-2").decode(),
    client.download_photo("s1", if_none_match='"e1"'),
]
with client.download_photo_stream("s1", range="bytes=1-2") as r:
    out["stream"] = [type(r).__name__, r.status, r.etag, r.content_range, r.content_length, [c.decode() for c in r.iter_chunks(1)]]
with client.download_photo_stream("s1") as r:
    out["saved"] = [r.save(f.name + ".out"), open(f.name + ".out", "rb").read().decode()]
with client.download_photo_stream("s1", if_none_match='"e1"') as r:
    out["not_modified"] = [r.status, r.read().decode(), r.etag]
out["file"] = [os.path.basename(f.name), len(big)]
os.unlink(f.name)
os.unlink(f.name + ".out")
print(json.dumps(out))
`;

describe('the mini-spec package on /usr/bin/python3', () => {
  const dir = mkdtempSync(join(tmpdir(), 'python-sdk-'));
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
    });
    req.on('end', () => {
      const url = req.url ?? '';
      const bytes = Buffer.concat(chunks);
      seen.push({ method: req.method ?? '', url, headers: req.headers, body: bytes.toString('utf8'), bytes });
      if (`${req.method} ${url}` === 'GET /shelves/s1/photo') {
        const [status, headers, text] = photo(req.headers);
        res.writeHead(status, { 'Content-Type': 'application/octet-stream', ...headers }).end(text);
        return;
      }
      const [status, type, text] = ANSWERS[`${req.method} ${url.split('?')[0]}`] ?? [
        500,
        'text/plain',
        'no stub',
      ];
      res.writeHead(status, { 'Content-Type': type, 'X-Request-ID': 'from-header' }).end(text);
    });
  });

  beforeAll(async () => {
    writeTree(dir, files);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports, round-trips models and talks HTTP as the spec says', async () => {
    const { port } = server.address() as AddressInfo;
    // execFile, not execFileSync: the stub server runs on this event loop. A minimal environment
    // keeps pyenv's PYTHONHOME and any proxy settings away from the system interpreter.
    const { stdout } = await promisify(execFile)(PYTHON, ['-c', SCRIPT, `http://127.0.0.1:${port}`], {
      env: { PATH: '/usr/bin:/bin', PYTHONPATH: dir, PYTHONDONTWRITEBYTECODE: '1', NO_PROXY: '*' },
    });
    const out = JSON.parse(stdout) as Record<string, unknown>;

    expect(out.roundtrip).toEqual([
      'Part',
      'acme',
      { id: 'w', name: 'n', parts: [{ name: 'p', from: 'acme' }], note: null, kind: 'small' },
    ]);
    expect(out.error_detail).toBe('Issue');
    expect(out.list).toEqual(['WidgetList', 'Widget', 'acme', 1]);
    expect(out.create).toEqual(['Widget', 'large', 2]);
    expect(out.delete).toBeNull();
    expect(out.error).toEqual([
      404,
      'NOT_FOUND',
      'widget_not_found',
      'Widget missing not found',
      'req-9',
      'NOT_FOUND',
      '404 NOT_FOUND widget_not_found: Widget missing not found (request_id req-9)',
    ]);
    expect(out.metrics).toBe('requests_total 3\n');

    const [list, create, del, missing, metrics, ...binary] = seen;
    expect(list?.url).toBe('/shelves/s%2F1/widgets?limit=5&tag=a&tag=b+c');
    expect(list?.headers.authorization).toBe('Bearer secret');
    expect(list?.headers['x-request-id']).toBeUndefined();
    expect(create?.method).toBe('POST');
    expect(create?.headers['content-type']).toBe('application/json');
    expect(create?.headers['x-idempotency-key']).toBe('idem-1');
    expect(JSON.parse(create?.body ?? '')).toEqual({
      name: 'w',
      parts: [
        { name: 'p', from: 'acme' },
        { name: 'q', qty: 2 },
      ],
    });
    expect([del?.method, del?.url]).toEqual(['DELETE', '/shelves/s1/widgets/w1']);
    expect(missing?.headers['x-request-id']).toBe('req-9');
    expect(metrics?.headers.accept).toBe('text/plain');

    const [photoBytes, photoFile, manual, manualFile, manualChunks, ...downloads] = binary;
    const [fileName, fileSize] = out.file as [string, number];
    const big = Buffer.concat(Array.from({ length: 400 }, () => Buffer.from([...Array(256).keys()])));
    expect(fileSize).toBe(big.length);
    expect(out.photo).toEqual({ size_bytes: 4, sha256: 'x' });
    // The multipart bodies parse as forms (undici's strict parser): text fields, then the file parts.
    const form = (seen: Seen | undefined) =>
      new Response(seen?.bytes, {
        headers: { 'content-type': seen?.headers['content-type'] ?? '' },
      }).formData();
    const small = await form(photoBytes);
    expect([...small.keys()]).toEqual(['caption', 'photo']);
    expect(small.get('caption')).toBe('hi');
    const part = small.get('photo') as File;
    expect([part.name, Buffer.from(await part.arrayBuffer())]).toEqual([
      'photo',
      Buffer.from('\x89PNG', 'latin1'),
    ]);
    expect(photoBytes?.headers['content-length']).toBe(String(photoBytes?.bytes.length));
    const fromFile = (await form(photoFile)).get('photo') as File;
    expect([fromFile.name, Buffer.from(await fromFile.arrayBuffer()).equals(big)]).toEqual([fileName, true]);
    expect(photoFile?.headers['content-length']).toBe(String(photoFile?.bytes.length));
    expect(photoFile?.headers['transfer-encoding']).toBeUndefined();

    expect([manual?.url, manual?.headers['content-type'], manual?.body]).toEqual([
      '/shelves/s1/manuals?name=m.pdf',
      'application/pdf',
      '%PDF',
    ]);
    expect(manualFile?.headers['content-type']).toBe('application/octet-stream');
    expect(manualFile?.headers['content-length']).toBe(String(big.length - 1000));
    expect(manualFile?.bytes.equals(big.subarray(1000))).toBe(true);
    // An iterable of unknown length goes out chunked.
    expect(manualChunks?.headers['transfer-encoding']).toBe('chunked');
    expect(manualChunks?.headers['content-length']).toBeUndefined();
    expect(manualChunks?.bytes).toEqual(Buffer.from([0, 0, 0, 1, 1, 1, 2, 2, 2]));
    expect(out.text_mode).toMatch(/binary mode/);

    expect(out.download).toEqual(['abcd', 'bc', null]);
    expect(out.stream).toEqual(['BinaryResponse', 206, '"e1"', 'bytes 1-2/4', 2, ['b', 'c']]);
    expect(out.saved).toEqual([4, 'abcd']);
    expect(out.not_modified).toEqual([304, '', '"e1"']);
    expect(downloads.map((d) => [d.headers.range, d.headers['if-none-match']])).toEqual([
      [undefined, undefined],
      ['bytes=1-2', undefined],
      [undefined, '"e1"'],
      ['bytes=1-2', undefined],
      [undefined, undefined],
      [undefined, '"e1"'],
    ]);
  });
});

const RETRY_SCRIPT = `
import json, sys, tempfile, time, urllib.error
from duckstorage import ApiError, Client

url, closed = sys.argv[1], sys.argv[2]
out = {}

def client(case, fail, status=503):
    return Client(url, "k", max_retries=2, backoff=0.001, headers={"X-Case": case, "X-Fail": str(fail), "X-Status": str(status)})

out["get"] = client("get", 2).list_widgets("s/1").total
for status in (429, 502, 504):
    client("get%d" % status, 1, status).list_widgets("s/1")
try:
    client("get_exhausted", 3).list_widgets("s/1")
except ApiError as err:
    out["exhausted"] = err.status
out["post_key"] = client("post_key", 1).create_widget("s1", name="w", parts=[], idempotency_key="i").id
try:
    client("post", 1).create_widget("s1", name="w", parts=[])
except ApiError as err:
    out["post"] = err.status
with tempfile.TemporaryFile() as f:
    f.write(b"x" * 200000)
    f.seek(100)
    out["put_file"] = client("put_file", 2).upload_photo("s1", photo=f).size_bytes
try:
    client("stream_once", 1).delete_widget("s1", "w1", idempotency_key=None)
except ApiError as err:
    out["not_retryable_status"] = err.status
started = time.time()
try:
    Client(closed, max_retries=2, backoff=0.05).list_widgets("s/1")
except urllib.error.URLError as err:
    out["refused"] = [type(err.reason).__name__, time.time() - started >= 0.05]
print(json.dumps(out))
`;

describe('the mini-spec package retries on /usr/bin/python3', () => {
  const dir = mkdtempSync(join(tmpdir(), 'python-sdk-retry-'));
  const seen: Record<string, number[]> = {};
  // Fails the first X-Fail requests of each X-Case with X-Status, then answers as ANSWERS says.
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const key = `${req.headers['x-case']}`;
      const sizes = seen[key] ?? [];
      seen[key] = sizes;
      sizes.push(Buffer.concat(chunks).length);
      if (key === 'stream_once') {
        res.writeHead(404, { 'Content-Type': 'application/json' }).end('{"code":"NOT_FOUND"}');
        return;
      }
      if (sizes.length <= Number(req.headers['x-fail'])) {
        res.writeHead(Number(req.headers['x-status']), { 'Content-Type': 'application/json' }).end('{}');
        return;
      }
      const [status, type, text] = ANSWERS[`${req.method} ${(req.url ?? '').split('?')[0]}`] ?? [
        500,
        'text/plain',
        'no stub',
      ];
      res.writeHead(status, { 'Content-Type': type }).end(text);
    });
  });

  beforeAll(async () => {
    writeTree(dir, files);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('repeats only safe calls, with the whole body each time, and stops after max_retries', async () => {
    const { port } = server.address() as AddressInfo;
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const { stdout } = await promisify(execFile)(
      PYTHON,
      ['-c', RETRY_SCRIPT, `http://127.0.0.1:${port}`, `http://127.0.0.1:${closedPort}`],
      { env: { PATH: '/usr/bin:/bin', PYTHONPATH: dir, PYTHONDONTWRITEBYTECODE: '1', NO_PROXY: '*' } },
    );
    const out = JSON.parse(stdout) as Record<string, unknown>;
    expect(out).toEqual({
      get: 1,
      exhausted: 503,
      post_key: 'w2',
      post: 503,
      put_file: 4,
      not_retryable_status: 404,
      refused: ['ConnectionRefusedError', true],
    });
    expect(seen.get?.length).toBe(3);
    for (const status of [429, 502, 504]) expect(seen[`get${status}`]?.length).toBe(2);
    expect(seen.get_exhausted?.length).toBe(3);
    expect(seen.post_key?.length).toBe(2);
    expect(seen.post?.length).toBe(1);
    expect(seen.stream_once?.length).toBe(1);
    // The file was sent three times from where it stood (offset 100), whole each time.
    const sizes = seen.put_file ?? [];
    expect(sizes).toHaveLength(3);
    expect(new Set(sizes).size).toBe(1);
    expect(sizes[0]).toBeGreaterThan(199_900);
  });
});
