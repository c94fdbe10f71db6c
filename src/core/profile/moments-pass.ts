import { type DuckDBConnection, DuckDBListValue } from '@duckdb/node-api';
import { AggregateQuery, finiteNumber, type Slot } from './aggregate-query.js';
import type { BaseStats } from './base-pass.js';
import type { ProfiledColumn } from './column-kinds.js';
import type { Quantiles } from './profile-model.js';

/** The levels of q01..q99, in that order. */
export const QUANTILES = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99] as const;

export interface Moments extends Quantiles {
  avg: number | null;
  std: number | null;
  skewness: number | null;
  kurtosis: number | null;
}

export interface NumericInput {
  column: ProfiledColumn;
  base: BaseStats;
}

/**
 * Pass 2, one scan for every numeric column: AVG, sample STDDEV, SKEWNESS, excess KURTOSIS,
 * QUANTILE_CONT at q01..q99, and Pearson CORR of the requested pairs. Moments and correlations
 * run on values centred and scaled by the range found in pass 1 ((x − mid) / half-range, all
 * within [−1, 1]): DuckDB computes them from power sums, which fail with "out of range" on
 * large values and lose every digit to cancellation on large offsets (epoch seconds); skewness,
 * kurtosis and correlation do not change under that transform, the deviation scales back.
 */
export async function momentsPass(
  conn: DuckDBConnection,
  from: string,
  numeric: readonly NumericInput[],
  pairs: readonly [NumericInput, NumericInput][],
): Promise<{ moments: Moments[]; correlations: (number | null)[] }> {
  const q = new AggregateQuery();
  const scaled = new Map<NumericInput, { z: string; scale: number }>();
  const zOf = (n: NumericInput) => {
    let entry = scaled.get(n);
    if (entry === undefined) {
      const min = n.base.finiteMin ?? 0;
      const max = n.base.finiteMax ?? 0;
      const half = max / 2 - min / 2;
      const scale = half > 0 ? half : 1;
      entry = { z: `((${n.column.finite} - ${q.num(min / 2 + max / 2)}) / ${q.num(scale)})`, scale };
      scaled.set(n, entry);
    }
    return entry;
  };
  const slots = numeric.map((n) => {
    const x = n.column.finite ?? 'NULL';
    const { z } = zOf(n);
    return {
      avg: q.add(`avg(${x})`),
      std: q.add(`stddev_samp(${z})`),
      skewness: q.add(`skewness(${z})`),
      kurtosis: q.add(`kurtosis(${z})`),
      quantiles: q.add(`quantile_cont(${x}, [${QUANTILES.join(', ')}])`),
    };
  });
  const pairSlots: Slot[] = pairs.map(([a, b]) => q.add(`corr(${zOf(a).z}, ${zOf(b).z})`));
  const row = await q.run(conn, from);
  const moments = numeric.map((n, i): Moments => {
    const s = slots[i];
    const std = row.number(s?.std);
    const list = row.raw(s?.quantiles);
    const v = list instanceof DuckDBListValue ? list.items.map(finiteNumber) : [];
    const at = (j: number) => v[j] ?? null;
    return {
      avg: row.number(s?.avg),
      std: std === null ? null : std * zOf(n).scale,
      skewness: row.number(s?.skewness),
      kurtosis: row.number(s?.kurtosis),
      q01: at(0),
      q05: at(1),
      q25: at(2),
      q50: at(3),
      q75: at(4),
      q95: at(5),
      q99: at(6),
    };
  });
  return { moments, correlations: pairSlots.map((slot) => row.number(slot)) };
}
