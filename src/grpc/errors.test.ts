import { ServerError, Status } from 'nice-grpc';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, StorageError } from '../core/errors.js';
import type { Logger } from '../log.js';
import { GRPC_STATUS, toGrpcFailure } from './errors.js';

function recorder(): Logger & { lines: { level: string; msg: string; fields?: Record<string, unknown> }[] } {
  const lines: { level: string; msg: string; fields?: Record<string, unknown> }[] = [];
  const log = {
    lines,
    log(level: string, msg: string, fields?: Record<string, unknown>) {
      lines.push({ level, msg, ...(fields === undefined ? {} : { fields }) });
    },
    child: () => log,
  };
  return log as never;
}

describe('toGrpcFailure', () => {
  it('maps every core code through the one table', () => {
    for (const code of ERROR_CODES) {
      if (code === 'INTERNAL') continue;
      const { error, reason } = toGrpcFailure(
        new StorageError(code, 'some_reason', 'a message'),
        'r1',
        recorder(),
      );
      expect(error.code).toBe(GRPC_STATUS[code]);
      expect(error.details).toBe('a message');
      expect(reason).toBe('some_reason');
    }
    expect(GRPC_STATUS.NOT_FOUND).toBe(Status.NOT_FOUND);
    expect(GRPC_STATUS.ALREADY_EXISTS).toBe(Status.ALREADY_EXISTS);
    expect(GRPC_STATUS.CONFLICT).toBe(Status.FAILED_PRECONDITION);
  });

  it('masks anything unexpected as INTERNAL naming the request id, and logs the cause', () => {
    const log = recorder();
    const cause = new Error('IO Error: /data/project_p/secret.duckdb is locked');
    const { error } = toGrpcFailure(cause, 'req-42', log);
    expect(error.code).toBe(Status.INTERNAL);
    expect(error.details).toBe('An internal error occurred (request id req-42)');
    expect(error.details).not.toContain('secret');
    expect(log.lines).toEqual([{ level: 'error', msg: 'driver command failed', fields: { error: cause } }]);
  });

  it('passes the driver own statuses through', () => {
    const own = new ServerError(Status.UNIMPLEMENTED, 'CreateViewCommand is not implemented by DuckStorage');
    expect(toGrpcFailure(own, 'r', recorder())).toEqual({ error: own, reason: 'unimplemented' });
  });
});
