import { describe, expect, it } from 'vitest';
import { DuckStorageApiError, DuckStorageConnectionError } from '../generated/sdk-ts/index.js';
import { CliError, describeFailure, EXIT_API, EXIT_SERVER, EXIT_USAGE, ExitCode } from './errors.js';

const apiError = (status: number, body: unknown) =>
  new DuckStorageApiError(new Response(null, { status, headers: { 'x-request-id': 'req-1' } }), body);

describe('describeFailure', () => {
  it('tells a 4xx with its code, reason, message and request id: exit 2', () => {
    const failure = describeFailure(
      apiError(404, { code: 'NOT_FOUND', error: 'bucket_not_found', message: 'Bucket b not found' }),
    );
    expect(failure.exitCode).toBe(EXIT_API);
    expect(failure.lines).toEqual([
      'error: 404 NOT_FOUND bucket_not_found: Bucket b not found',
      'request id: req-1',
    ]);
    expect(failure.json).toMatchObject({ status: 404, error: 'bucket_not_found', request_id: 'req-1' });
  });

  it('lists the issues of a 422 with more than one', () => {
    const detail = [
      { type: 'missing', loc: ['body', 'name'], msg: 'required' },
      { type: 'pattern', loc: ['body', 'columns', 0, 'name'], msg: 'must match' },
    ];
    const failure = describeFailure(
      apiError(422, {
        code: 'VALIDATION_FAILED',
        error: 'validation_error',
        message: 'Request validation failed',
        detail,
      }),
    );
    expect(failure.lines.slice(1, 3)).toEqual(['  body.name: required', '  body.columns.0.name: must match']);
  });

  it('tells a 5xx, an unreachable server and a non-JSON body: exit 3', () => {
    expect(describeFailure(apiError(500, { code: 'INTERNAL', message: 'boom' })).exitCode).toBe(EXIT_SERVER);
    const gateway = describeFailure(apiError(502, 'bad gateway'));
    expect([gateway.exitCode, gateway.lines[0]]).toEqual([EXIT_SERVER, 'error: 502: bad gateway']);
    const down = new DuckStorageConnectionError('GET /', 'http://h', new TypeError('fetch failed'), 4);
    expect(describeFailure(down).exitCode).toBe(EXIT_SERVER);
  });

  it('tells usage problems and local files in one line: exit 1; a child exit code as it is, silently', () => {
    expect(describeFailure(new CliError('no project')).lines).toEqual(['error: no project']);
    const enoent = Object.assign(new Error('ENOENT: x'), { code: 'ENOENT', syscall: 'stat', path: 'a.csv' });
    expect(describeFailure(enoent)).toMatchObject({
      exitCode: EXIT_USAGE,
      lines: ['error: a.csv: no such file or directory'],
    });
    expect(describeFailure(new ExitCode(7))).toMatchObject({ exitCode: 7, lines: [] });
  });
});
