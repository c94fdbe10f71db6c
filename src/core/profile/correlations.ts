import type { NumericInput } from './moments-pass.js';
import { round } from './numbers.js';
import type { Correlation } from './profile-model.js';

/** The reference's rule: pairs among the first 10 numeric columns; |r| > 0.3 kept, 20 strongest. */
const COLUMNS = 10;
const KEEP_ABOVE = 0.3;
const STRONG_ABOVE = 0.7;
const TOP = 20;

/** Every pair of the first 10 numeric columns (table order) with at least two finite values each. */
export function correlationPairs(numeric: readonly NumericInput[]): [NumericInput, NumericInput][] {
  const candidates = numeric.slice(0, COLUMNS);
  const pairs: [NumericInput, NumericInput][] = [];
  candidates.forEach((a, i) => {
    for (const b of candidates.slice(i + 1)) {
      if (a.base.finiteCount > 1 && b.base.finiteCount > 1) pairs.push([a, b]);
    }
  });
  return pairs;
}

/** The pairs whose Pearson r (NULL/NaN for a constant column: none) qualifies, strongest first. */
export function strongestCorrelations(
  pairs: readonly [NumericInput, NumericInput][],
  values: readonly (number | null)[],
): Correlation[] {
  const kept: { r: number; c: Correlation }[] = [];
  pairs.forEach(([a, b], i) => {
    const r = values[i] ?? null;
    if (r === null || Math.abs(r) <= KEEP_ABOVE) return;
    kept.push({
      r,
      c: {
        column1: a.column.info.name,
        column2: b.column.info.name,
        correlation: round(r, 4) ?? 0,
        strength: Math.abs(r) > STRONG_ABOVE ? 'strong' : 'moderate',
      },
    });
  });
  // Array.prototype.sort is stable: equal strengths keep the pair order.
  kept.sort((x, y) => Math.abs(y.r) - Math.abs(x.r));
  return kept.slice(0, TOP).map((k) => k.c);
}
