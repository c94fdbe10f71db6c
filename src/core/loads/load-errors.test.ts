import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  castFailure,
  constraintFailure,
  csvFailure,
  fileFormatFailure,
  rowFailureError,
  withoutPaths,
} from './load-errors.js';

/** given: a file or SQL that fails in a real DuckDB; want: what load-errors.ts reads from it. */
let dir: string;
let conn: Awaited<ReturnType<DuckDBInstance['connect']>>;
const fail = async (sql: string, params: string[] = []): Promise<unknown> =>
  conn.run(sql, params.length === 0 ? undefined : params).then(
    () => {
      throw new Error(`expected ${sql} to fail`);
    },
    (error: unknown) => error,
  );
const readCsv = async (content: string | Buffer, compression = 'none') => {
  const path = join(dir, `${Math.random()}.csv`);
  await writeFile(path, content);
  return fail(
    `SELECT * FROM read_csv($1, header = true, auto_detect = false, compression = $2, columns = {'a': 'INTEGER', 'b': 'VARCHAR'})`,
    [path, compression],
  );
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'load-errors-'));
  conn = await (await DuckDBInstance.create(':memory:')).connect();
  await conn.run('CREATE TABLE t (a INTEGER PRIMARY KEY, b VARCHAR NOT NULL)');
  await conn.run("INSERT INTO t VALUES (1, 'x')");
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('load errors', () => {
  it('reads CSV failures: line, column, value', async () => {
    const cases: [string | Buffer, object][] = [
      ['a,b\n1,x\n2\n', { problem: 'ragged_row', line: 3, expected: 2, found: 1 }],
      ['a,b\n1,x,y\n', { problem: 'ragged_row', line: 2, expected: 2, found: 3 }],
      ['a,b\n1,x\nq,y\n', { problem: 'invalid_value', line: 3, column: 'a', value: 'q' }],
      [Buffer.from('a,b\n1,\xff\n', 'latin1'), { problem: 'invalid_utf8', line: 2 }],
      ['a,b\n1,"x\n', { problem: 'unterminated_quote', line: 2 }],
      ['a,b\n1,"x"y\n', { problem: 'unterminated_quote', line: 2 }],
    ];
    for (const [content, want] of cases) expect(csvFailure(await readCsv(content))).toEqual(want);
    expect(fileFormatFailure(await readCsv('a,b\n1,x\n', 'gzip'))).toBe('not_gzip');
  });

  it('reads Parquet, cast and constraint failures', async () => {
    const path = join(dir, 'not.parquet');
    await writeFile(path, 'a,b\n');
    expect(fileFormatFailure(await fail('SELECT * FROM read_parquet($1)', [path]))).toBe('not_parquet');
    expect(castFailure(await fail("SELECT CAST(x AS INTEGER) FROM (SELECT 'abc' AS x)"))).toEqual({
      sourceColumn: 'x',
      value: 'abc',
    });
    expect(castFailure(await fail('SELECT CAST(x AS INTEGER) FROM (SELECT [1] AS x)'))).toEqual({
      sourceColumn: 'x',
    });
    expect(constraintFailure(await fail("INSERT INTO t VALUES (1, 'y')"))).toEqual({
      kind: 'duplicate_key',
      key: 'a: 1',
    });
    expect(constraintFailure(await fail("INSERT INTO t VALUES (2, 'y'), (2, 'z')"))).toEqual({
      kind: 'duplicate_key',
      key: '2',
    });
    expect(constraintFailure(await fail('INSERT INTO t VALUES (3, NULL)'))).toEqual({
      kind: 'not_null',
      column: 'b',
    });
    expect(csvFailure(await fail('SELECT 1/0::INTEGER + NULL::INTEGER[]'))).toBeUndefined();
  });

  it('builds messages with the line and column and without server paths', () => {
    const error = rowFailureError(
      { problem: 'invalid_value', line: 7, column: 'price', value: 'x' },
      { type: 'DECIMAL(10,2)' },
    );
    expect(error.message).toBe(`Line 7, column 'price' holds "x", which is not a valid DECIMAL(10,2)`);
    expect(error.details).toMatchObject({ line: 7, column: 'price', problem: 'invalid_value' });
    expect(
      withoutPaths('IO Error: cannot open "/data/files/project_p/x" now', ['/data/files/project_p/x']),
    ).toBe('IO Error: cannot open "<file>" now');
    expect(withoutPaths("Invalid Input Error: File '/srv/a b.csv' broken", [])).toBe(
      "Invalid Input Error: File '<file>' broken",
    );
  });
});
