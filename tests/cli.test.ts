// The `duckstorage` CLI as a user runs it: the real launcher (package.json "bin": cli/bin.js) in a
// child process per command, against the real server on loopback, with its own config file. The
// launcher runs the TypeScript sources (DUCKSTORAGE_CLI_SOURCE=1), so the test needs no build.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_KEY, startTestServer, type TestServer } from './helpers/server.js';

const ROOT = new URL('..', import.meta.url).pathname;
const BIN = join(ROOT, 'cli/bin.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

let t: TestServer;
let dir: string;
let config: string;

/** Runs `duckstorage …args` in `dir`, with `input` on stdin (closed either way: not a terminal). */
function cli(args: string[], options: { input?: string; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: dir,
      // A clean environment: no DUCKSTORAGE_* of the machine, a HOME of its own.
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: dir,
        DUCKSTORAGE_CONFIG: config,
        DUCKSTORAGE_CLI_SOURCE: '1',
        ...options.env,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** Runs a command that must succeed and returns its stdout parsed as JSON. */
async function json<T = Record<string, unknown>>(args: string[], input?: string): Promise<T> {
  const run = await cli([...args, '--json'], input === undefined ? {} : { input });
  expect(run.stderr, `duckstorage ${args.join(' ')}`).not.toMatch(/^error:/m);
  expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(0);
  return JSON.parse(run.stdout) as T;
}

async function ok(args: string[], input?: string): Promise<Run> {
  const run = await cli(args, input === undefined ? {} : { input });
  expect(run.code, `duckstorage ${args.join(' ')}: ${run.stderr}`).toBe(0);
  return run;
}

beforeAll(async () => {
  t = await startTestServer();
  dir = mkdtempSync(join(tmpdir(), 'duckstorage-cli-'));
  config = join(dir, 'conf', 'config.json');
});
afterAll(async () => {
  await t?.stop();
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

/** A CSV of `rows` orders: int id, text with quotes and commas, decimals with gaps, dates, booleans, zips. */
function ordersCsv(from: number, rows: number): string {
  const lines = ['id,name,amount,created,active,zip'];
  for (let i = from; i < from + rows; i++) {
    const name = i % 7 === 0 ? `"duck, no. ${i}"` : `duck ${i}`;
    const amount = i % 10 === 0 ? '' : (i * 1.25).toFixed(2);
    const day = String((i % 28) + 1).padStart(2, '0');
    lines.push(`${i},${name},${amount},2024-01-${day},${i % 2 === 0},0${i % 900}`);
  }
  return `${lines.join('\n')}\n`;
}

describe('duckstorage CLI', () => {
  it('is the package bin, an executable ESM launcher', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      bin?: Record<string, string>;
    };
    expect(pkg.bin).toEqual({ duckstorage: 'cli/bin.js' });
    expect(statSync(BIN).mode & 0o111).not.toBe(0);
    expect(readFileSync(BIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('runs a whole session: profile, project, bucket, CSV table, preview, profile, export, snapshot, branch, workspace', async () => {
    // Profile: the URL, the admin key from stdin (never in argv), then a project profile of its own.
    await ok(['config', 'set', 'url', t.url]);
    const set = await ok(['config', 'set', 'api-key', '-'], `${ADMIN_KEY}\n`);
    expect(set.stdout).not.toContain(ADMIN_KEY);
    expect(statSync(config).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'conf')).mode & 0o777).toBe(0o700);
    const project = await json<{ id: string; api_key: string }>([
      'projects',
      'create',
      'clip',
      '--name',
      'CLI',
      '--save-profile',
      'clip',
    ]);
    expect(project.api_key).toMatch(/^proj_clip_admin_/);
    await ok(['config', 'use', 'clip']);
    const shown = await json<{ profile: string; project: string; api_key: string; url: string }>([
      'config',
      'show',
    ]);
    expect(shown).toMatchObject({ profile: 'clip', project: 'clip', url: t.url });
    expect(shown.api_key).not.toBe(project.api_key);
    expect(project.api_key.endsWith(shown.api_key.slice(-4))).toBe(true);
    const file = JSON.parse(readFileSync(config, 'utf8')) as {
      current: string;
      profiles: Record<string, object>;
    };
    expect(file.current).toBe('clip');
    expect(file.profiles.clip).toEqual({ url: t.url, api_key: project.api_key, project: 'clip' });
    expect(statSync(config).mode & 0o777).toBe(0o600);

    // Bucket, then a table from a CSV's header with the CSV loaded (upload progress on stderr).
    expect(await json(['buckets', 'create', 'in_c_sales', '-d', 'Sales'])).toMatchObject({
      name: 'in_c_sales',
    });
    writeFileSync(join(dir, 'orders.csv'), ordersCsv(1, 3000));
    const created = await ok([
      'tables',
      'create',
      'in_c_sales',
      'orders',
      '--from-csv',
      'orders.csv',
      '--pk',
      'id',
      '--import',
      '--progress',
    ]);
    expect(created.stderr).toMatch(/^upload orders\.csv \[#{30}\] 100% \d+(\.\d)? KB\/\d+(\.\d)? KB/m);
    expect(created.stderr).toContain('imported 3000 rows');
    expect(created.stdout).toMatch(/^rows +3000$/m);
    const table = await json<{
      row_count: number;
      primary_key: string[];
      columns: { name: string; type: string }[];
    }>(['tables', 'get', 'in_c_sales', 'orders']);
    expect(table.row_count).toBe(3000);
    expect(table.primary_key).toEqual(['id']);
    expect(table.columns.map((c) => [c.name, c.type])).toEqual([
      ['id', 'INTEGER'],
      ['name', 'VARCHAR'],
      ['amount', 'DOUBLE'],
      ['created', 'DATE'],
      ['active', 'BOOLEAN'],
      ['zip', 'VARCHAR'], // leading zeros: an identifier, not a number
    ]);

    // Preview as a table, and as CSV.
    const preview = await ok([
      'tables',
      'preview',
      'in_c_sales',
      'orders',
      '-n',
      '3',
      '--order-by',
      'id:desc',
    ]);
    const lines = preview.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ *id +name +amount +created +active +zip$/);
    expect(lines[1]).toMatch(/^-+ +-+/);
    expect(lines[2]).toMatch(/^3000 +duck 3000 +NULL +2024-01-05 +true +0300$/);
    expect(lines).toHaveLength(5);
    expect(preview.stderr).toContain('3 of 3000 row(s)');
    const csv = await ok([
      'tables',
      'preview',
      'in_c_sales',
      'orders',
      '--where',
      'id<=7',
      '--format',
      'csv',
    ]);
    expect(csv.stdout.split('\r\n')[0]).toBe('id,name,amount,created,active,zip');
    expect(csv.stdout).toContain('7,"duck, no. 7",8.75,2024-01-08,false,07');

    // Profile with the quality label.
    const profile = await ok(['tables', 'profile', 'in_c_sales', 'orders', '--mode', 'quality']);
    expect(profile.stdout).toMatch(
      /^in_c_sales\.orders: 3000 rows, 6 columns, quality \d+\.\d \((Excellent|Good|Fair|Poor)\), mode quality$/m,
    );
    expect(profile.stdout).toMatch(/^id +INTEGER +0 +3000 +unique .* PK\?$/m);
    const profiled = await json<{ quality_score: number; quality_label: string; statistics: unknown[] }>([
      'tables',
      'profile',
      'in_c_sales',
      'orders',
    ]);
    const label = (s: number) => (s >= 90 ? 'Excellent' : s >= 75 ? 'Good' : s >= 50 ? 'Fair' : 'Poor');
    expect(profiled.quality_label).toBe(label(profiled.quality_score));
    expect(profiled.statistics).toHaveLength(6);

    // Export and download, with progress; the file holds every row.
    const exported = await ok(['tables', 'export', 'in_c_sales', 'orders', 'out.csv', '--progress']);
    expect(exported.stderr).toMatch(/^download out\.csv \[#{30}\] 100%/m);
    const out = readFileSync(join(dir, 'out.csv'), 'utf8').trimEnd().split('\n');
    expect(out[0]).toBe('id,name,amount,created,active,zip');
    expect(out).toHaveLength(3001);
    expect(out).toContain('7,"duck, no. 7",8.75,2024-01-08,false,07');

    // Snapshot.
    const snapshot = await json<{ id: string; row_count: number }>([
      'snapshots',
      'create',
      'in_c_sales',
      'orders',
      '-d',
      'before the branch',
    ]);
    expect(snapshot.id).toMatch(/^snap_orders_/);
    expect(snapshot.row_count).toBe(3000);
    expect((await json<{ total: number }>(['snapshots', 'list'])).total).toBe(1);

    // Branch: rows added there, the merge status, then merged into main.
    const branch = await json<{ id: string; name: string }>(['branches', 'create', 'dev']);
    expect(branch.name).toBe('dev');
    writeFileSync(join(dir, 'more.csv'), ordersCsv(3001, 10));
    const imported = await json<{ imported_rows: number; table_rows_after: number }>([
      '--branch',
      branch.id,
      'tables',
      'import',
      'in_c_sales',
      'orders',
      'more.csv',
      '--incremental',
    ]);
    expect(imported).toMatchObject({ imported_rows: 10, table_rows_after: 3010 });
    const status = await ok(['branches', 'status', branch.id]);
    expect(status.stdout).toMatch(/^in_c_sales\.orders +branch +yes +ready to merge$/m);
    const merged = await json<{ row_count: number }>([
      'branches',
      'merge',
      branch.id,
      'in_c_sales',
      'orders',
      '--yes',
    ]);
    expect(merged.row_count).toBe(3010);

    // Workspace: the psql command printed (no password in it), then run with the saved password.
    const ws = await json<{ id: string; connection: { password: string; port: number; username: string } }>([
      'workspaces',
      'create',
      'analysis',
      '--load',
      'in_c_sales.orders',
      '--save-password',
    ]);
    const connect = await ok(['workspaces', 'connect', ws.id]);
    expect(connect.stdout.trim()).toBe(
      `psql 'host=127.0.0.1 port=${ws.connection.port} dbname=workspace_${ws.id} user=${ws.connection.username} sslmode=prefer'`,
    );
    expect(connect.stdout).not.toContain(ws.connection.password);
    const command = await json<{ command: string[]; password_known: boolean }>([
      'workspaces',
      'connect',
      ws.id,
    ]);
    expect(command.command[0]).toBe('psql');
    expect(command.command.join(' ')).not.toContain(ws.connection.password);
    expect(command.password_known).toBe(true);
    const psql = await ok([
      'workspaces',
      'connect',
      ws.id,
      '--run',
      '--',
      '-tAc',
      'select count(*) from in_c_sales.orders',
    ]);
    expect(psql.stdout.trim()).toBe('3010');
  });

  it('uploads globs and stdin, downloads to stdout, and asks before deleting', async () => {
    mkdirSync(join(dir, 'batch'), { recursive: true });
    writeFileSync(join(dir, 'batch', 'a.csv'), 'x\n1\n');
    writeFileSync(join(dir, 'batch', 'b.csv'), 'x\n2\n');
    const many = await json<{ files: { name: string; size_bytes: number }[] }>([
      'files',
      'upload',
      'batch/*.csv',
    ]);
    expect(many.files.map((f) => [f.name, f.size_bytes])).toEqual([
      ['a.csv', 4],
      ['b.csv', 4],
    ]);
    const piped = await json<{ id: string; name: string }>(
      ['files', 'upload', '-', '--name', 'piped.txt'],
      'from stdin\n',
    );
    expect(piped.name).toBe('piped.txt');
    const back = await ok(['files', 'download', piped.id, '-']);
    expect(back.stdout).toBe('from stdin\n');

    // Destructive commands refuse without --yes when stdin is not a terminal, and change nothing.
    const refused = await cli(['files', 'delete', piped.id]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('refused without --yes');
    expect(await json(['files', 'get', piped.id])).toMatchObject({ id: piped.id });
    expect(await json(['files', 'delete', piped.id, '--yes'])).toEqual({ file_id: piped.id, deleted: true });
    const listed = await ok(['files', 'list', '--format', 'csv']);
    expect(listed.stdout.split('\r\n')[0]).toBe('ID,NAME,SIZE,TYPE,STAGED,CREATED');
    expect(listed.stdout).not.toContain(piped.id);
  });

  it('manages keys and shares a bucket with another project', async () => {
    const key = await json<{ id: string; api_key: string; scope: string; branch_id: string }>([
      'keys',
      'create',
      '-d',
      'reader',
      '--scope',
      'branch_read',
    ]);
    expect([key.scope, key.branch_id]).toEqual(['branch_read', 'default']);
    const reader = await cli(['buckets', 'list', '--json'], { env: { DUCKSTORAGE_API_KEY: key.api_key } });
    expect(JSON.parse(reader.stdout)).toMatchObject({ buckets: [{ name: 'in_c_sales' }] });
    const keys = await ok(['keys', 'list']);
    expect(keys.stdout).toMatch(new RegExp(`^${key.id} .* branch_read +default +reader`, 'm'));
    expect(await json(['keys', 'revoke', key.id, '--yes'])).toEqual({ id: key.id, revoked: true });

    // A second project (the admin profile makes it), the bucket shared with it and linked there.
    const other = await json<{ id: string }>([
      '--profile',
      'default',
      'projects',
      'create',
      'clip2',
      '--save-profile',
      'clip2',
    ]);
    expect(other.id).toBe('clip2');
    const shared = await json<{ shared_with: string[] }>([
      'sharing',
      'share',
      'in_c_sales',
      '--with',
      'clip2',
    ]);
    expect(shared.shared_with).toEqual(['clip2']);
    const linked = await json<{ is_linked: boolean }>([
      '--profile',
      'clip2',
      'sharing',
      'link',
      'sales',
      '--from',
      'clip/in_c_sales',
    ]);
    expect(linked.is_linked).toBe(true);
    const seen = await json<{ total_row_count: number }>([
      '--profile',
      'clip2',
      'tables',
      'preview',
      'sales',
      'orders',
    ]);
    expect(seen.total_row_count).toBe(3010);
  });

  it('fails with clear messages and exit codes: 1 usage, 2 API error, 3 unreachable', async () => {
    const noStack = (run: Run) => expect(run.stderr).not.toMatch(/^\s+at /m);

    const unknown = await cli(['tables', 'frobnicate']);
    expect([unknown.code, unknown.stderr]).toEqual([
      1,
      expect.stringContaining("unknown command 'frobnicate'"),
    ]);
    const missing = await cli(['tables', 'get', 'in_c_sales']);
    expect([missing.code, missing.stderr]).toEqual([
      1,
      expect.stringContaining("missing required argument 'table'"),
    ]);
    const badFormat = await cli(['buckets', 'list', '--format', 'xml']);
    expect(badFormat.code).toBe(1);

    const notFound = await cli(['tables', 'get', 'in_c_sales', 'nope']);
    expect(notFound.code).toBe(2);
    expect(notFound.stderr).toMatch(
      /^error: 404 NOT_FOUND table_not_found: Table nope not found in bucket in_c_sales\nrequest id: [\w-]+\n$/,
    );
    noStack(notFound);
    const asJson = await cli(['tables', 'get', 'in_c_sales', 'nope', '--json']);
    expect(asJson.code).toBe(2);
    expect(JSON.parse(asJson.stderr)).toMatchObject({
      error: { status: 404, code: 'NOT_FOUND', error: 'table_not_found', request_id: expect.any(String) },
    });
    const badKey = await cli(['buckets', 'list'], { env: { DUCKSTORAGE_API_KEY: 'not-a-key' } });
    expect([badKey.code, badKey.stderr]).toEqual([2, expect.stringMatching(/^error: 401 UNAUTHENTICATED/)]);
    const invalid = await cli(['tables', 'create', 'in_c_sales', 'bad', '--columns', 'first name:VARCHAR']);
    expect([invalid.code, invalid.stderr]).toEqual([2, expect.stringContaining('422 VALIDATION_FAILED')]);

    // A port nothing listens on: retried (GET is safe to repeat), then exit 3.
    const free = createServer();
    await new Promise<void>((resolve) => free.listen(0, '127.0.0.1', resolve));
    const { port } = free.address() as { port: number };
    await new Promise<void>((resolve) => free.close(() => resolve()));
    const down = await cli(['buckets', 'list'], { env: { DUCKSTORAGE_URL: `http://127.0.0.1:${port}` } });
    expect(down.code).toBe(3);
    expect(down.stderr).toMatch(
      /^error: cannot reach http:\/\/127\.0\.0\.1:\d+ \(GET .*, 4 attempts\): .*ECONNREFUSED/,
    );
    noStack(down);

    const fresh = await cli(['buckets', 'list'], { env: { DUCKSTORAGE_CONFIG: join(dir, 'none.json') } });
    expect([fresh.code, fresh.stderr]).toEqual([1, expect.stringContaining('no server URL')]);
    const noFile = await cli(['files', 'upload', 'missing.csv']);
    expect([noFile.code, noFile.stderr]).toEqual([1, 'error: missing.csv: no such file or directory\n']);
  });

  it('prints bash and zsh completion scripts made from its commands', async () => {
    const bash = await ok(['completion', 'bash']);
    expect(bash.stdout).toContain('complete -o default -F _duckstorage_complete duckstorage');
    const complete = (words: string) =>
      new Promise<string>((resolve, reject) => {
        const script = `${bash.stdout}\nCOMP_WORDS=(${words}); COMP_CWORD=$((\${#COMP_WORDS[@]} - 1)); _duckstorage_complete; echo "\${COMPREPLY[*]}"`;
        const child = spawn('bash', ['-c', script]);
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
        });
        child.once('error', reject);
        child.once('close', () => resolve(out.trim()));
      });
    expect((await complete("duckstorage ''")).split(' ')).toEqual(
      expect.arrayContaining(['config', 'projects', 'tables', 'files', 'workspaces', 'completion']),
    );
    expect(await complete('duckstorage tables pr')).toBe('preview profile');
    expect(await complete('duckstorage --json tables create x y --fr')).toBe('--from-csv');
    const zsh = await ok(['completion', 'zsh']);
    expect(zsh.stdout.startsWith('#compdef duckstorage\n')).toBe(true);
    expect(zsh.stdout).toContain("'preview:the first rows, printed as a table'");
  });
});
