import { describe, expect, it } from 'vitest';
import { columnKind } from './column-kinds.js';

describe('columnKind', () => {
  const CASES: [string, string][] = [
    ['TINYINT', 'integer'],
    ['UBIGINT', 'integer'],
    ['HUGEINT', 'integer'],
    ['UHUGEINT', 'integer'],
    ['DECIMAL(18,3)', 'decimal'],
    ['FLOAT', 'float'],
    ['DOUBLE', 'float'],
    ['VARCHAR', 'string'],
    // The reference matched prefixes: a list of strings counted as a string column.
    ['VARCHAR[]', 'other'],
    ['INTEGER[]', 'other'],
    ['BOOLEAN', 'boolean'],
    ['TIMESTAMP', 'other'],
    ['DATE', 'other'],
    ['UUID', 'other'],
    ['JSON', 'other'],
    ['STRUCT(a INTEGER)', 'other'],
  ];
  it.each(CASES)('%s is %s', (type, kind) => {
    expect(columnKind(type)).toBe(kind);
  });
});
