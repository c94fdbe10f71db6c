import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { encodeCell, isoDuration } from './cell-values.js';

/** given: a DuckDB expression; want: the preview JSON value. Real values from a real DuckDB. */
const CASES: [string, unknown][] = [
  ['NULL::INTEGER', null],
  ['true', true],
  ['42::TINYINT', 42],
  ['-7::SMALLINT', -7],
  ['2147483647::INTEGER', 2147483647],
  ['9007199254740991::BIGINT', 9007199254740991],
  ['9223372036854775807::BIGINT', 9223372036854775807n],
  ['170141183460469231731687303715884105727::HUGEINT', 170141183460469231731687303715884105727n],
  ['18446744073709551615::UBIGINT', 18446744073709551615n],
  ['255::UTINYINT', 255],
  ['1.5::FLOAT', 1.5],
  ['0.1::DOUBLE', 0.1],
  ["'nan'::DOUBLE", null],
  ["'inf'::DOUBLE", null],
  ["'-inf'::FLOAT", null],
  ['1.5::DECIMAL(10,2)', '1.50'],
  ['12345.67::DECIMAL(38,9)', '12345.670000000'],
  ['-0.5::DECIMAL(4,3)', '-0.500'],
  ["DATE '2024-01-15'", '2024-01-15'],
  ["TIME '14:30:00'", '14:30:00'],
  ["TIME '14:30:00.123'", '14:30:00.123000'],
  ["TIMESTAMP '2024-01-15 14:30:00'", '2024-01-15T14:30:00'],
  ["TIMESTAMP '2024-01-15 14:30:00.5'", '2024-01-15T14:30:00.500000'],
  ["TIMESTAMP '1969-12-31 23:59:59.999999'", '1969-12-31T23:59:59.999999'],
  ["TIMESTAMP_NS '2024-01-15 14:30:00.123456789'", '2024-01-15T14:30:00.123456'],
  ["TIMESTAMP_S '2024-01-15 14:30:00'", '2024-01-15T14:30:00'],
  ["TIMESTAMP_MS '2024-01-15 14:30:00.123'", '2024-01-15T14:30:00.123000'],
  ["TIMESTAMPTZ '2024-01-15 14:30:00+02'", '2024-01-15T12:30:00+00:00'],
  ["INTERVAL '1 month 2 days 3 hours'", 'P1M2DT3H'],
  ["INTERVAL '14 months'", 'P1Y2M'],
  ["INTERVAL '0 seconds'", 'PT0S'],
  ["INTERVAL '1.5 seconds'", 'PT1.5S'],
  ["'8c7c5e1c-2b1f-4f43-9a5e-2c1d3e4f5a6b'::UUID", '8c7c5e1c-2b1f-4f43-9a5e-2c1d3e4f5a6b'],
  ["'héllo'::VARCHAR", 'héllo'],
  ['\'{"a": 1}\'::JSON', '{"a": 1}'],
  ["'a'::ENUM('a', 'b')", 'a'],
  ["'0101'::BIT", '0101'],
  ["'\\x00\\xFFab'::BLOB", Buffer.from([0, 255, 97, 98]).toString('base64')],
  ['[1, NULL, 3]::INTEGER[]', [1, null, 3]],
  ['[1, 2]::INTEGER[2]', [1, 2]],
  ['[1.5]::DECIMAL(4,2)[]', ['1.50']],
  ["{'a': 1, 'b': DATE '2024-01-01', 'c': 'nan'::DOUBLE}", { a: 1, b: '2024-01-01', c: null }],
  ["MAP {'k': 1.5::DECIMAL(3,1)}", { k: '1.5' }],
  ["MAP {1: 'a', 2: 'b'}", { '1': 'a', '2': 'b' }],
  ["[TIMESTAMPTZ '2024-01-15 14:30:00+02']", ['2024-01-15T12:30:00+00:00']],
  ["['\\x01'::BLOB]", ['AQ==']],
  ['[9223372036854775807::BIGINT]', [9223372036854775807n]],
];

describe('encodeCell', () => {
  it('encodes every DuckDB type', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const conn = await instance.connect();
    try {
      for (const [sql, want] of CASES) {
        const reader = await conn.runAndReadAll(`SELECT ${sql} AS v`);
        expect([sql, encodeCell(reader.getRows()[0]?.[0] ?? null)]).toEqual([sql, want]);
      }
    } finally {
      conn.closeSync();
      instance.closeSync();
    }
  });

  it('writes negative and mixed intervals', () => {
    expect(isoDuration({ months: 0, days: -1, micros: 0n })).toBe('P-1D');
    expect(isoDuration({ months: 0, days: 0, micros: -1_500_000n })).toBe('PT-1.5S');
    expect(isoDuration({ months: 25, days: 3, micros: 3_723_000_001n })).toBe('P2Y1M3DT1H2M3.000001S');
  });
});
