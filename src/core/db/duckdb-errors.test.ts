import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { StorageError } from '../errors.js';
import { duckdbErrorCategory, fromDuckdbError } from './duckdb-errors.js';

/** given: SQL that fails in a real DuckDB; want: category, code, reason. */
const CASES: [string, string, string, string][] = [
  ["SELECT CAST('abc' AS INTEGER)", 'Conversion', 'INVALID_ARGUMENT', 'invalid_value'],
  ["SELECT CAST('notatime' AS TIMESTAMPTZ)", 'Conversion', 'INVALID_ARGUMENT', 'invalid_value'],
  ["SELECT CAST('1e999' AS DECIMAL(10,2))", 'Conversion', 'INVALID_ARGUMENT', 'invalid_value'],
  ['SELECT 2147483647::INTEGER + 1', 'Out of Range', 'INVALID_ARGUMENT', 'value_out_of_range'],
  ['INSERT INTO t VALUES (1)', 'Constraint', 'CONFLICT', 'constraint_violation'],
  ['INSERT INTO t VALUES (NULL)', 'Constraint', 'CONFLICT', 'constraint_violation'],
  ['SELECT * FROM missing_table', 'Catalog', 'INTERNAL', 'internal_server_error'],
  ['SELECT nope FROM t', 'Binder', 'INTERNAL', 'internal_server_error'],
  ['SELEC 1', 'Parser', 'INTERNAL', 'internal_server_error'],
  ['CREATE TABLE l (a INTEGER[], PRIMARY KEY (a))', 'Invalid type', 'INVALID_ARGUMENT', 'invalid_value'],
  ['COMMIT', 'TransactionContext', 'CONFLICT', 'transaction_conflict'],
  ["ATTACH '/nonexistent/dir/x.duckdb' AS x", 'IO', 'INTERNAL', 'internal_server_error'],
];

describe('fromDuckdbError', () => {
  it('classifies real DuckDB messages', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const conn = await instance.connect();
    await conn.run('CREATE TABLE t (a INTEGER PRIMARY KEY)');
    await conn.run('INSERT INTO t VALUES (1)');
    try {
      for (const [sql, category, code, reason] of CASES) {
        const error = await conn.run(sql).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect([sql, duckdbErrorCategory(error)]).toEqual([sql, category]);
        const mapped = fromDuckdbError(error);
        expect([sql, mapped.code, mapped.reason]).toEqual([sql, code, reason]);
        expect(mapped.cause).toBe(error);
        if (code !== 'INTERNAL') expect(mapped.message).not.toContain('\n');
      }
    } finally {
      conn.closeSync();
      instance.closeSync();
    }
  });

  it('maps lock conflicts, overrides reasons and leaves other errors alone', () => {
    const locked = new Error('IO Error: Could not set lock on file "/x.duckdb": Conflicting lock is held');
    expect(fromDuckdbError(locked)).toMatchObject({ code: 'UNAVAILABLE', reason: 'storage_locked' });
    const conversion = new Error("Conversion Error: Could not convert string 'x' to INT32\n\nLINE 1: ...");
    expect(
      fromDuckdbError(conversion, { reason: 'invalid_filter_value', context: 'Bad filter' }),
    ).toMatchObject({
      code: 'INVALID_ARGUMENT',
      reason: 'invalid_filter_value',
      message: "Bad filter: Conversion Error: Could not convert string 'x' to INT32",
    });
    expect(fromDuckdbError(new TypeError('boom'))).toMatchObject({ code: 'INTERNAL' });
    const own = new StorageError('NOT_FOUND', 'x', 'y');
    expect(fromDuckdbError(own)).toBe(own);
  });
});
