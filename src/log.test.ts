import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;

/** Runs `body` in a fresh node process with createLogger in scope; its stdout and stderr lines. */
function run(body: string): { out: string[]; err: string[] } {
  const script = `import { createLogger } from './src/log.ts';\n${body}`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(r.status).toBe(0);
  const lines = (text: string) => text.split('\n').filter((l) => l !== '');
  return { out: lines(r.stdout), err: lines(r.stderr) };
}

describe('createLogger', () => {
  it('writes every line in order, also those pending when the process exits at once', () => {
    const { out } = run(`
      const log = createLogger('info', { service: 't' });
      for (let i = 0; i < 5; i++) log.log('info', 'line', { i });
      await new Promise((resolve) => setTimeout(resolve, 20));
      log.log('info', 'last', { i: 5 });
      log.log('debug', 'hidden');
      process.exit(0);`);
    const records = out.map((l) => JSON.parse(l) as { msg: string; i: number; service: string });
    expect(records.map((r) => r.i)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(records.every((r) => r.service === 't')).toBe(true);
    expect(records.at(-1)?.msg).toBe('last');
  });

  it('puts warnings and errors on stderr with errors, their causes and bigints readable', () => {
    const { out, err } = run(`
      const log = createLogger('info').child({ request_id: 'r1' });
      const cause = new Error('disk full');
      log.log('error', 'failed', { error: new Error('write failed', { cause }), rows: 12n, nested: { n: 3n } });
      log.log('warn', 'slow', { ms: 5 });`);
    expect(out).toEqual([]);
    const [failed, slow] = err.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(failed).toMatchObject({
      level: 'error',
      msg: 'failed',
      request_id: 'r1',
      rows: '12',
      nested: { n: '3' },
      error: { name: 'Error', message: 'write failed', cause: { message: 'disk full' } },
    });
    expect(String((failed?.error as { stack?: string } | undefined)?.stack)).toContain('write failed');
    expect(slow).toMatchObject({ level: 'warn', msg: 'slow', ms: 5 });
  });
});
