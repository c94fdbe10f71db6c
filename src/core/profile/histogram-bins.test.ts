import { describe, expect, it } from 'vitest';
import { binIndexSql, binLayout, histogramBins } from './histogram-bins.js';
import { round, tidy } from './numbers.js';

describe('binLayout', () => {
  it('gives integer columns whole-number bins, at most 20', () => {
    expect(binLayout(1, 100, 100, true)).toEqual({ lower: 1, upper: 101, width: 5, bins: 20, integer: true });
    expect(binLayout(1, 10, 5, true)).toEqual({ lower: 1, upper: 11, width: 1, bins: 10, integer: true });
    expect(binLayout(0, 1000, 2, true)).toMatchObject({ width: 51, bins: 20 });
    expect(binLayout(7, 7, 1, true)).toEqual({ lower: 7, upper: 8, width: 1, bins: 1, integer: true });
  });

  it('gives other columns min(20, distinct) bins over [min, max]', () => {
    expect(binLayout(0, 1, 2, false)).toEqual({ lower: 0, upper: 1, width: 0.5, bins: 2, integer: false });
    expect(binLayout(-1, 1, 1000, false)).toMatchObject({ width: 0.1, bins: 20 });
    expect(binLayout(2.5, 2.5, 1, false)).toEqual({
      lower: 2.5,
      upper: 2.5,
      width: 0,
      bins: 1,
      integer: false,
    });
  });

  it('has nothing to bin without a finite range', () => {
    expect(binLayout(null, null, 0, false)).toBeNull();
    expect(binLayout(-1.7e308, 1.7e308, 2, false)).toBeNull();
    expect(binLayout(0, Number.POSITIVE_INFINITY, 2, false)).toBeNull();
  });
});

describe('histogramBins', () => {
  it('lists every bin, empty ones with 0, with tidy edges', () => {
    const layout = binLayout(0, 0.3, 3, false);
    if (layout === null) throw new Error('no layout');
    expect(
      histogramBins(
        layout,
        new Map([
          [0, 2],
          [2, 1],
        ]),
      ),
    ).toEqual([
      { lower: 0, upper: 0.1, count: 2 },
      { lower: 0.1, upper: 0.2, count: 0 },
      { lower: 0.2, upper: 0.3, count: 1 },
    ]);
  });

  it('binds the edges as parameters', () => {
    const layout = binLayout(1, 100, 100, true);
    if (layout === null) throw new Error('no layout');
    const params: number[] = [];
    const sql = binIndexSql('x', layout, (v) => {
      params.push(v);
      return `$${params.length}`;
    });
    expect(sql).toBe(
      '(CASE WHEN x IS NOT NULL THEN least(greatest(floor((x - $1) / $2), 0), 19)::INTEGER END)',
    );
    expect(params).toEqual([1, 5]);
  });
});

describe('numbers', () => {
  it('rounds half away from zero on the decimal text, keeps null and drops -0', () => {
    expect(round(1.23456, 4)).toBe(1.2346);
    expect(round(-0.00001, 2)).toBe(0);
    expect(round(null, 2)).toBeNull();
    expect(round(Number.NaN, 2)).toBeNull();
    expect(round(1e22, 4)).toBe(1e22);
    expect(tidy(8.799999999999999)).toBe(8.8);
    expect(tidy(0.1 + 0.2)).toBe(0.3);
    expect(tidy(1700000000000003)).toBe(1700000000000003);
    expect(tidy(1.0000000000000002)).toBe(1);
    expect(tidy(1.000000000000123)).toBe(1.000000000000123);
  });
});
