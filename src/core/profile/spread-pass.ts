import { type DuckDBConnection, DuckDBMapValue } from '@duckdb/node-api';
import { AggregateQuery, finiteNumber } from './aggregate-query.js';
import { type BinLayout, binIndexSql } from './histogram-bins.js';

export interface SpreadInput {
  /** The column's finite DOUBLE expression (ProfiledColumn.finite). */
  x: string;
  /** IQR fences: values strictly outside are outliers. null: not counted. */
  fences: { lower: number; upper: number } | null;
  /** null: no histogram. */
  layout: BinLayout | null;
}

export interface Spread {
  outlierCount: number | null;
  /** Bin index -> count; null when no histogram was asked. */
  bins: Map<number, number> | null;
}

/**
 * Pass 3, one scan for every numeric column: the count of values outside the IQR fences and
 * the equal-width histogram (DuckDB HISTOGRAM over the bin index, so at most 20 map entries).
 * Both need pass 2 or pass 1 results, hence a pass of their own.
 */
export async function spreadPass(
  conn: DuckDBConnection,
  from: string,
  inputs: readonly SpreadInput[],
): Promise<Spread[]> {
  const q = new AggregateQuery();
  const slots = inputs.map((input) => ({
    outliers:
      input.fences === null
        ? undefined
        : q.add(
            `count_if(${input.x} < ${q.num(input.fences.lower)} OR ${input.x} > ${q.num(input.fences.upper)})`,
          ),
    histogram:
      input.layout === null
        ? undefined
        : q.add(`histogram(${binIndexSql(input.x, input.layout, (v) => q.num(v))})`),
  }));
  const row = await q.run(conn, from);
  return inputs.map((input, i): Spread => {
    const s = slots[i];
    let bins: Map<number, number> | null = null;
    if (input.layout !== null) {
      bins = new Map();
      const map = row.raw(s?.histogram);
      if (map instanceof DuckDBMapValue) {
        for (const { key, value } of map.entries) {
          const index = finiteNumber(key);
          if (index !== null) bins.set(index, Number(value ?? 0));
        }
      }
    }
    return { outlierCount: input.fences === null ? null : row.count(s?.outliers), bins };
  });
}
