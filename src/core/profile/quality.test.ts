import { describe, expect, it } from 'vitest';
import type { ColumnProfile } from './profile-model.js';
import { cardinality, qualityIssues, qualityScore } from './quality.js';

describe('cardinality', () => {
  /** given distinct, non-null; want ratio, class. */
  const CASES: [number, number, number, string | null][] = [
    [0, 0, 0, null], // no values: no class (the reference said very_low and hinted an ENUM)
    [1, 1, 1, 'constant'], // one value is constant, checked before unique (reference: unique)
    [1, 50, 0.02, 'constant'],
    [5, 5, 1, 'unique'],
    [91, 100, 0.91, 'high'],
    [90, 100, 0.9, 'medium'],
    [51, 100, 0.51, 'medium'],
    [50, 100, 0.5, 'low'],
    [2, 100, 0.02, 'low'],
    [1000, 100000, 0.01, 'very_low'],
    [1001, 100000, 0.01, 'low'], // the class uses the unrounded ratio
    [1, 3, 0.3333, 'constant'],
    [2, 3, 0.6667, 'medium'],
  ];
  it.each(CASES)('%i distinct of %i non-null -> %f %s', (distinct, nonNull, ratio, klass) => {
    expect(cardinality(distinct, nonNull)).toEqual({ ratio, class: klass });
  });
});

function column(over: Partial<ColumnProfile>): ColumnProfile {
  return {
    columnName: 'c',
    columnType: 'INTEGER',
    min: null,
    max: null,
    approxUnique: 3,
    count: 10,
    nullPercentage: 0,
    cardinalityRatio: 0.3,
    cardinalityClass: 'low',
    avg: null,
    std: null,
    skewness: null,
    kurtosis: null,
    q01: null,
    q05: null,
    q25: null,
    q50: null,
    q75: null,
    q95: null,
    q99: null,
    outlierLowerBound: null,
    outlierUpperBound: null,
    outlierCount: null,
    histogram: null,
    avgLength: null,
    minLength: null,
    maxLength: null,
    emptyCount: null,
    whitespaceOnlyCount: null,
    detectedPatterns: null,
    ...over,
  };
}

describe('quality issues and score', () => {
  it('reports the reference checks in its order, with its messages', () => {
    const columns = [
      column({ columnName: 'n', nullPercentage: 62.5, cardinalityClass: 'constant', approxUnique: 1 }),
      column({ columnName: 'x', outlierCount: 2, skewness: 2.3456 }),
      column({ columnName: 'y', outlierCount: 1, skewness: -3.1 }),
      column({ columnName: 'id', cardinalityClass: 'unique', approxUnique: 20 }),
      column({ columnName: 's', columnType: 'VARCHAR', cardinalityClass: 'very_low', approxUnique: 2 }),
      column({ columnName: 'empty', columnType: 'VARCHAR', count: 0, cardinalityClass: null }),
      column({ columnName: 'u', cardinalityClass: 'unique', nullPercentage: 5 }),
    ];
    const issues = qualityIssues(columns, 20, (c) => c.columnType === 'VARCHAR');
    expect(issues).toEqual([
      { column: 'n', type: 'high_nulls', severity: 'warning', message: 'Column has 62.5% null values' },
      {
        column: 'n',
        type: 'constant',
        severity: 'info',
        message: 'Column has constant value (all rows identical)',
      },
      { column: 'x', type: 'outliers', severity: 'warning', message: '2 outliers detected (10.0%)' },
      {
        column: 'x',
        type: 'skewed',
        severity: 'info',
        message: 'Highly right-skewed distribution (skewness=2.35)',
      },
      // 1 of 20 rows is 5 %: not above the threshold.
      {
        column: 'y',
        type: 'skewed',
        severity: 'info',
        message: 'Highly left-skewed distribution (skewness=-3.10)',
      },
      {
        column: 'id',
        type: 'pk_candidate',
        severity: 'info',
        message: '100% unique, non-null - potential primary key',
      },
      {
        column: 's',
        type: 'enum_candidate',
        severity: 'info',
        message: 'Only 2 distinct values - consider ENUM type',
      },
    ]);
    expect(qualityScore(issues)).toBe(93);
  });

  it('keeps the score within 0..100', () => {
    const many = Array.from({ length: 30 }, (_v, i) => column({ columnName: `c${i}`, nullPercentage: 100 }));
    expect(qualityScore(qualityIssues(many, 10, () => false))).toBe(0);
    expect(qualityScore([])).toBe(100);
  });
});
