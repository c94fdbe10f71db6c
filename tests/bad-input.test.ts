import { readdirSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_KEY, startTestServer, type TestServer } from './helpers/server.js';

/** Bad input gets its 4xx with the Error body and changes nothing on disk or in metadata. */
let t: TestServer;
let key: string;
let otherKey: string;

beforeAll(async () => {
  t = await startTestServer({ MAX_REQUEST_BYTES: '4096' });
  key = (await t.admin.createProject({ body: { id: 'safe' } })).api_key;
  otherKey = (await t.admin.createProject({ body: { id: 'other' } })).api_key;
  const c = t.as(key);
  await c.createBucket({ path: { project_id: 'safe', branch_id: 'default' }, body: { name: 'b' } });
  await c.createTable({
    path: { project_id: 'safe', branch_id: 'default', bucket_name: 'b' },
    body: { name: 't', columns: [{ name: 'id', type: 'INTEGER' }] },
  });
});
afterAll(async () => {
  await t?.stop();
});

function tree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (!entry.name.endsWith('.wal')) out.push(`${relative(dir, p)}:${statSync(p).size}`);
    }
  };
  walk(dir);
  return out.sort();
}

async function state(): Promise<unknown> {
  const projects = await t.admin.listProjects({});
  const buckets = await t.admin.listBuckets({ path: { project_id: 'safe', branch_id: 'default' } });
  const tables = await t.admin.listTables({
    path: { project_id: 'safe', branch_id: 'default', bucket_name: 'b' },
  });
  const keys = await t.admin.listApiKeys({ path: { project_id: 'safe' } });
  return { projects, buckets, tables, keys, files: tree(join(t.dataDir, 'duckdb')) };
}

const LONG = 'x'.repeat(300);
const enc = encodeURIComponent;

type Case = [name: string, method: string, path: string, body: unknown, status: number, auth?: string | null];
const cases: Case[] = [
  ['project id with ..', 'POST', '/projects', { id: '..' }, 422],
  ['project id with /', 'POST', '/projects', { id: 'a/b' }, 422],
  ['project id with quote', 'POST', '/projects', { id: "a'b" }, 422],
  ['project id with NUL', 'POST', '/projects', { id: 'a\u0000b' }, 422],
  ['project id of 300 chars', 'POST', '/projects', { id: LONG }, 422],
  ['project id with _branch_', 'POST', '/projects', { id: 'a_branch_b' }, 422],
  ['project id wrong type', 'POST', '/projects', { id: 12 }, 422],
  ['project unknown field', 'POST', '/projects', { id: 'newp', colour: 'red' }, 422],
  ['bucket name ..', 'POST', '/projects/safe/branches/default/buckets', { name: '..' }, 422],
  ['bucket name ../evil', 'POST', '/projects/safe/branches/default/buckets', { name: '../evil' }, 422],
  ['bucket name with /', 'POST', '/projects/safe/branches/default/buckets', { name: 'a/b' }, 422],
  ['bucket name with "', 'POST', '/projects/safe/branches/default/buckets', { name: 'a"b' }, 422],
  ['bucket name with NUL', 'POST', '/projects/safe/branches/default/buckets', { name: 'a\u0000b' }, 422],
  ['bucket name of 300 chars', 'POST', '/projects/safe/branches/default/buckets', { name: LONG }, 422],
  ['bucket name hidden', 'POST', '/projects/safe/branches/default/buckets', { name: '_hidden' }, 422],
  ['bucket missing name', 'POST', '/projects/safe/branches/default/buckets', {}, 422],
  ['bucket malformed JSON', 'POST', '/projects/safe/branches/default/buckets', '{"name":', 422],
  [
    'bucket huge body',
    'POST',
    '/projects/safe/branches/default/buckets',
    { name: 'big', description: 'x'.repeat(8000) },
    413,
  ],
  [
    'delete bucket with %2F',
    'DELETE',
    `/projects/safe/branches/default/buckets/${enc('b/../b')}`,
    undefined,
    404,
  ],
  [
    'get table ../..',
    'GET',
    `/projects/safe/branches/default/buckets/b/tables/${enc('../../t')}`,
    undefined,
    404,
  ],
  [
    'table name with ..',
    'POST',
    '/projects/safe/branches/default/buckets/b/tables',
    { name: '..', columns: [{ name: 'a', type: 'INTEGER' }] },
    422,
  ],
  [
    'table column with quote',
    'POST',
    '/projects/safe/branches/default/buckets/b/tables',
    { name: 'q', columns: [{ name: 'a"b', type: 'INTEGER' }] },
    422,
  ],
  [
    'table no columns',
    'POST',
    '/projects/safe/branches/default/buckets/b/tables',
    { name: 'q', columns: [] },
    422,
  ],
  [
    'table nullable wrong type',
    'POST',
    '/projects/safe/branches/default/buckets/b/tables',
    { name: 'q', columns: [{ name: 'a', type: 'INTEGER', nullable: 'yes' }] },
    422,
  ],
  [
    'table unknown column field',
    'POST',
    '/projects/safe/branches/default/buckets/b/tables',
    { name: 'q', columns: [{ name: 'a', type: 'INTEGER', unique: true }] },
    422,
  ],
  [
    'table injected type',
    'POST',
    '/projects/safe/branches/default/buckets/b/tables',
    { name: 'q', columns: [{ name: 'a', type: 'INTEGER); DROP TABLE data; --' }] },
    400,
  ],
  ['no key', 'POST', '/projects/safe/branches/default/buckets', { name: 'nokey' }, 401, null],
  [
    'wrong key',
    'POST',
    '/projects/safe/branches/default/buckets',
    { name: 'wrongkey' },
    401,
    'proj_safe_admin_ffffffffffffffffffffffffffffffff',
  ],
  ['foreign key', 'POST', '/projects/safe/branches/default/buckets', { name: 'foreign' }, 403, 'OTHER'],
  [
    'foreign key delete table',
    'DELETE',
    '/projects/safe/branches/default/buckets/b/tables/t',
    undefined,
    403,
    'OTHER',
  ],
  ['project key creating a project', 'POST', '/projects', { id: 'escalated' }, 403, 'OWN'],
  ['non-bearer scheme', 'DELETE', '/projects/safe', undefined, 401, 'Basic abc'],
];

describe('bad input', () => {
  it.each(cases)('%s -> %s %s -> %i', async (_name, method, path, body, status, auth) => {
    const before = await state();
    const token = auth === undefined || auth === 'OWN' ? key : auth === 'OTHER' ? otherKey : auth;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token !== null) headers.authorization = token.startsWith('Basic') ? token : `Bearer ${token}`;
    const init: RequestInit = { method, headers };
    if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
    const r = await t.fetch(path, init);
    expect(r.status).toBe(status);
    const error = (await r.json()) as {
      code: string;
      error: string;
      message: string;
      request_id: string;
      detail: unknown;
    };
    expect(error.request_id).toBe(r.headers.get('x-request-id'));
    expect(error.message.length).toBeGreaterThan(0);
    expect(error.detail).toBeDefined();
    expect(await state()).toEqual(before);
  });

  it('lists every validation issue at once with its location', async () => {
    const r = await t.fetch('/projects/safe/branches/default/buckets/b/tables', {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: '..', columns: [{ type: 5 }] }),
    });
    expect(r.status).toBe(422);
    const body = (await r.json()) as { code: string; detail: { loc: (string | number)[]; type: string }[] };
    expect(body.code).toBe('VALIDATION_FAILED');
    const locs = body.detail.map((d) => d.loc.join('.'));
    expect(locs).toEqual(expect.arrayContaining(['body.name', 'body.columns.0.name', 'body.columns.0.type']));
  });

  it('answers an over-long URL and malformed HTTP with the Error body, and keeps serving', async () => {
    const before = await state();
    const long = await fetch(
      `${t.url}/projects/safe/branches/default/buckets/b/tables/t/preview?columns=${'x'.repeat(20_000)}`,
      {
        headers: { authorization: `Bearer ${key}` },
      },
    );
    expect(long.status).toBe(413);
    const error = (await long.json()) as { code: string; error: string; message: string; request_id: string };
    expect(error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', error: 'headers_too_large' });
    expect(error.message).toContain('MAX_HEADER_BYTES=16384');
    expect(error.request_id).toBe(long.headers.get('x-request-id'));

    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(new URL(t.url).port), '127.0.0.1');
      let text = '';
      socket.on('data', (chunk) => {
        text += chunk.toString();
      });
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
      socket.write('GARBAGE / HTTP/1.1\r\nHost: x\r\n\r\n');
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400 /);
    expect(raw).toContain('"error":"bad_request"');
    expect(await state()).toEqual(before);
    expect((await t.admin.getHealth({})).status).toBe('healthy');
  });
});
