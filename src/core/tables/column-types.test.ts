import { describe, expect, it } from 'vitest';
import { canonicalDefault } from './column-defaults.js';
import { canonicalColumnType } from './column-types.js';

describe('canonicalColumnType', () => {
  const given: [string, string][] = [
    ['int', 'INTEGER'],
    ['Integer', 'INTEGER'],
    ['int4', 'INTEGER'],
    ['int8', 'BIGINT'],
    ['int2', 'SMALLINT'],
    ['bool', 'BOOLEAN'],
    ['uhugeint', 'UHUGEINT'],
    ['real', 'FLOAT'],
    ['float8', 'DOUBLE'],
    ['decimal', 'DECIMAL(18,3)'],
    ['numeric(10)', 'DECIMAL(10,0)'],
    ['decimal( 38 , 9 )', 'DECIMAL(38,9)'],
    ['varchar(255)', 'VARCHAR'],
    ['string', 'VARCHAR'],
    ['char(3)', 'VARCHAR'],
    ['bytea', 'BLOB'],
    ['datetime', 'TIMESTAMP'],
    ['timestamptz', 'TIMESTAMP WITH TIME ZONE'],
    ['timestamp  with time zone', 'TIMESTAMP WITH TIME ZONE'],
    ['timestamp_ns', 'TIMESTAMP_NS'],
    ['json', 'JSON'],
    ['integer[]', 'INTEGER[]'],
    ['int[3][]', 'INTEGER[3][]'],
    ['list(varchar)', 'VARCHAR[]'],
    ['struct(a int, b varchar)', 'STRUCT("a" INTEGER, "b" VARCHAR)'],
    ['map(varchar,int)', 'MAP(VARCHAR, INTEGER)'],
    ['MAP(VARCHAR, STRUCT(x DECIMAL(4,1)[]))', 'MAP(VARCHAR, STRUCT("x" DECIMAL(4,1)[]))'],
  ];
  it.each(given)('%j -> %j', (text, want) => expect(canonicalColumnType(text)).toBe(want));

  const rejected = [
    '',
    'INTEGER, x VARCHAR',
    "INTEGER); COPY (SELECT 1) TO '/tmp/x'; --",
    'INTEGER); COPY',
    'FOO',
    "ENUM('a')",
    'decimal(39,2)',
    'decimal(5,6)',
    'decimal(0)',
    'varchar(0)',
    'int[0]',
    'struct(a int, A int)',
    'struct("a b" int)',
    'map(int)',
    'int[',
    'timestamp with zone',
    'int -- comment',
    'int /* x */',
    `${'list('.repeat(20)}int${')'.repeat(20)}`,
  ];
  it.each(rejected)('rejects %j', (text) => {
    expect(() => canonicalColumnType(text)).toThrow(
      expect.objectContaining({ reason: 'invalid_column_type' }),
    );
  });
});

describe('canonicalDefault', () => {
  const given: [string, string][] = [
    ['0', '0'],
    ['-1.5e3', '-1.5e3'],
    ["'active'", "'active'"],
    ["'it''s'", "'it''s'"],
    ["''", "''"],
    ['true', 'TRUE'],
    ['NULL', 'NULL'],
    ['CURRENT_TIMESTAMP', 'current_timestamp'],
    ['now()', 'now()'],
    ['gen_random_uuid()', 'gen_random_uuid()'],
    ['current_date', 'current_date'],
  ];
  it.each(given)('%j -> %j', (text, want) => expect(canonicalDefault(text)).toBe(want));
  const rejected = [
    "'a' || 'b'",
    "'x'); DROP TABLE t; --",
    '(SELECT 1)',
    "'unterminated",
    'random()',
    '1 + 1',
    "'a''",
  ];
  it.each(rejected)('rejects %j', (text) => {
    expect(() => canonicalDefault(text)).toThrow(expect.objectContaining({ reason: 'invalid_default' }));
  });
});
