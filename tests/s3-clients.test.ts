import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_KEY, startTestServer, type TestServer } from './helpers/server.js';

// The real clients, from Debian (make system-deps): aws-cli, boto3 on /usr/bin/python3, rclone.
const run = promisify(execFile);
let t: TestServer;
let work: string;
const P = 's3cli';
const Bucket = `project_${P}`;

const awsEnv = () => ({
  ...process.env,
  AWS_ACCESS_KEY_ID: 'duckdb',
  AWS_SECRET_ACCESS_KEY: ADMIN_KEY,
  AWS_DEFAULT_REGION: 'us-east-1',
  AWS_CONFIG_FILE: '/dev/null',
  AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
});
const aws = (...args: string[]) =>
  run('/usr/bin/aws', ['--endpoint-url', `${t.url}/s3`, ...args], { env: awsEnv(), timeout: 120_000 });

beforeAll(async () => {
  t = await startTestServer();
  await t.admin.createProject({ body: { id: P } });
  work = mkdtempSync(join(tmpdir(), 'duckstorage-s3cli-'));
});
afterAll(async () => {
  await t.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('S3 API with the real clients', () => {
  it('aws-cli: cp up and down of 100 MB (multipart), ls, sync, rm', async () => {
    const big = randomBytes(100 * 1024 * 1024);
    writeFileSync(join(work, 'big.bin'), big);
    writeFileSync(join(work, 'small.csv'), 'a,b\n1,2\n');
    await aws('s3', 'cp', join(work, 'big.bin'), `s3://${Bucket}/cli/big.bin`);
    await aws('s3', 'cp', join(work, 'small.csv'), `s3://${Bucket}/cli/with space.csv`);
    const ls = await aws('s3', 'ls', `s3://${Bucket}/cli/`);
    expect(ls.stdout).toContain('big.bin');
    expect(ls.stdout).toContain('with space.csv');
    const buckets = await aws('s3', 'ls');
    expect(buckets.stdout).toContain(Bucket);
    await aws('s3', 'cp', `s3://${Bucket}/cli/big.bin`, join(work, 'back.bin'));
    expect(readFileSync(join(work, 'back.bin')).equals(big)).toBe(true);
    await aws('s3', 'sync', `s3://${Bucket}/cli/`, join(work, 'synced'));
    expect(readFileSync(join(work, 'synced', 'with space.csv'), 'utf8')).toBe('a,b\n1,2\n');
    await aws('s3', 'rm', '--recursive', `s3://${Bucket}/cli/`);
    expect((await aws('s3api', 'list-objects-v2', '--bucket', Bucket)).stdout.trim()).not.toContain('cli/');
  });

  it('boto3: put/get, transfer-manager multipart, paginator, presigned URL, errors', async () => {
    const { stdout } = await run(
      '/usr/bin/python3',
      [join(import.meta.dirname, 'python', 's3_boto3.py'), `${t.url}/s3`, 'duckdb', ADMIN_KEY, Bucket],
      { timeout: 120_000 },
    );
    expect(stdout).toContain('boto3 ok');
  });

  it('rclone: copy up and down, lsf, check and delete', async () => {
    const conf = join(work, 'rclone.conf');
    writeFileSync(
      conf,
      `[ds]\ntype = s3\nprovider = Other\naccess_key_id = duckdb\nsecret_access_key = ${ADMIN_KEY}\nendpoint = ${t.url}/s3\nregion = us-east-1\nforce_path_style = true\n`,
    );
    // A CA bundle from the environment makes rclone's S3 backend refuse its own HTTP transport.
    const { AWS_CA_BUNDLE: _ca, ...env } = process.env;
    const rclone = (...args: string[]) =>
      run('/usr/bin/rclone', ['--config', conf, ...args], { timeout: 120_000, env });
    const src = join(work, 'rcdir');
    mkdirSync(src, { recursive: true });
    writeFileSync(join(src, 'rc.txt'), 'rclone says hi');
    mkdirSync(join(src, 'a', 'b'), { recursive: true });
    writeFileSync(join(src, 'a', 'one.csv'), 'x,y\n');
    writeFileSync(join(src, 'a', 'b', 'two.bin'), randomBytes(100_000));
    await rclone('sync', src, `ds:${Bucket}/rc/dir`);
    const listed = await rclone('lsf', '-R', `ds:${Bucket}/rc`);
    expect(listed.stdout.split('\n')).toEqual(
      expect.arrayContaining(['dir/rc.txt', 'dir/a/one.csv', 'dir/a/b/two.bin']),
    );
    await rclone('copyto', `ds:${Bucket}/rc/dir/rc.txt`, join(work, 'rc-back.txt'));
    expect(readFileSync(join(work, 'rc-back.txt'), 'utf8')).toBe('rclone says hi');
    await rclone('check', src, `ds:${Bucket}/rc/dir`);
    await rclone('delete', `ds:${Bucket}/rc`);
    expect((await rclone('lsf', '-R', `ds:${Bucket}/rc`)).stdout.trim()).toBe('');
  });
});
