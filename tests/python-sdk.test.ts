import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_KEY, startTestServer, type TestServer } from './helpers/server.js';

/** The generated Python SDK's live tests, with Debian's python3, against the real server. */
const PYTHON = '/usr/bin/python3';
let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t?.stop();
});

describe('Python SDK', () => {
  // Async spawn: the server runs in this process and must keep answering meanwhile.
  it('passes its live unittest suites (test_sdk_live, and test_sdk_session: a whole session)', async () => {
    const root = new URL('..', import.meta.url).pathname;
    const run = await promisify(execFile)(
      PYTHON,
      ['-m', 'unittest', '-v', 'test_sdk_live', 'test_sdk_session'],
      {
        cwd: `${root}tests/python`,
        env: {
          PATH: process.env.PATH ?? '',
          PYTHONPATH: `${root}generated/sdk-python`,
          PYTHONDONTWRITEBYTECODE: '1',
          DUCKSTORAGE_URL: t.url,
          DUCKSTORAGE_ADMIN_KEY: ADMIN_KEY,
        },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    // unittest reports on stderr; execFile rejects on a non-zero exit, failing the test with the output.
    expect(run.stderr).toMatch(/Ran 9 tests/);
    expect(run.stderr).toMatch(/\nOK\s*$/);
  });
});
