// An independent client: Debian's python3-grpcio with stubs that python3-grpc-tools compiles from
// specs/proto/ here, running a Keboola-Connection-like session (tests/python/grpc_session.py).
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type GrpcHarness, startGrpc } from './helpers/grpc.js';
import { ADMIN_KEY, startTestServer, type TestServer } from './helpers/server.js';

// The python3 first on PATH may be another one: Debian's has grpcio and grpc_tools.
const PYTHON = '/usr/bin/python3';
const ROOT = new URL('..', import.meta.url).pathname;
const PROTOS = join(ROOT, 'specs', 'proto');
const run = promisify(execFile);

let t: TestServer;
let g: GrpcHarness;
let stubs: string;
beforeAll(async () => {
  t = await startTestServer();
  g = await startGrpc(t);
  stubs = mkdtempSync(join(tmpdir(), 'grpc-py-'));
  const files = readdirSync(PROTOS, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.proto'))
    .map((e) => relative(PROTOS, join(e.parentPath, e.name)));
  await run(
    PYTHON,
    [
      '-m',
      'grpc_tools.protoc',
      '-I.',
      '-I/usr/include',
      `--python_out=${stubs}`,
      `--grpc_python_out=${stubs}`,
      ...files,
    ],
    { cwd: PROTOS },
  );
});
afterAll(async () => {
  await g?.close();
  await t?.stop();
  if (stubs !== undefined) rmSync(stubs, { recursive: true, force: true });
});

it('a Python grpcio client runs a Connection-like session end to end', async () => {
  // Async spawn: both servers run in this process and must keep answering meanwhile.
  const result = await run(PYTHON, [join(ROOT, 'tests/python/grpc_session.py')], {
    env: {
      PATH: process.env.PATH ?? '',
      PYTHONPATH: stubs,
      PYTHONDONTWRITEBYTECODE: '1',
      DUCKSTORAGE_GRPC: g.address,
      DUCKSTORAGE_URL: t.url,
      DUCKSTORAGE_ADMIN_KEY: ADMIN_KEY,
    },
    encoding: 'utf8',
    timeout: 60_000,
  });
  const summary = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}');
  expect(summary).toEqual({
    imported: 3,
    preview: [
      { id: 2, price: '19.50' },
      { id: 1, price: '9.99' },
    ],
    exported: 3,
    workspace_user: expect.stringMatching(/^ws_/),
    extra_user: expect.stringMatching(/^ws_ws_[0-9a-f]{16}_u[0-9a-f]{8}$/),
    missing: 'NOT_FOUND',
  });
});
