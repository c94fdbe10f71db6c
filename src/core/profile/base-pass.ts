import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { AggregateQuery, type Slot } from './aggregate-query.js';
import type { ProfiledColumn } from './column-kinds.js';

export interface BaseStats {
  /** Non-null values. */
  count: number;
  /** Exact distinct non-null values. */
  distinct: number;
  min: DuckDBValue;
  max: DuckDBValue;
  /** Numeric kinds: finite values and their range as DOUBLE. */
  finiteCount: number;
  finiteMin: number | null;
  finiteMax: number | null;
  /** String kind: lengths in characters, over non-null values. */
  avgLength: number | null;
  minLength: number | null;
  maxLength: number | null;
  emptyCount: number;
  whitespaceOnlyCount: number;
}

/**
 * Pass 1, one scan for every column: row count, non-null and exact distinct counts, min/max;
 * the finite DOUBLE range of numeric columns (it scales pass 2 and bins pass 3); string lengths,
 * empty and whitespace-only counts.
 */
export async function basePass(
  conn: DuckDBConnection,
  from: string,
  columns: readonly ProfiledColumn[],
): Promise<{ rowCount: number; stats: BaseStats[] }> {
  const q = new AggregateQuery();
  const rows = q.add('count(*)');
  const slots = columns.map((c) => {
    const s: Record<string, Slot> = {
      count: q.add(`count(${c.sql})`),
      distinct: q.add(`count(DISTINCT ${c.sql})`),
    };
    // Float columns show their finite range (NaN sorts above +Infinity in DuckDB).
    if (c.kind !== 'float') {
      s.min = q.add(`min(${c.sql})`);
      s.max = q.add(`max(${c.sql})`);
    }
    if (c.finite !== null) {
      s.finiteCount = q.add(`count(${c.finite})`);
      s.finiteMin = q.add(`min(${c.finite})`);
      s.finiteMax = q.add(`max(${c.finite})`);
    }
    if (c.kind === 'string') {
      s.avgLength = q.add(`avg(length(${c.sql}))`);
      s.minLength = q.add(`min(length(${c.sql}))`);
      s.maxLength = q.add(`max(length(${c.sql}))`);
      s.empty = q.add(`count_if(${c.sql} = '')`);
      // Any whitespace (tabs, newlines), not only the spaces DuckDB's trim() removes.
      s.blank = q.add(`count_if(regexp_matches(${c.sql}, '^\\s+$'))`);
    }
    return s;
  });
  const row = await q.run(conn, from);
  const stats = columns.map((c, i): BaseStats => {
    const s = slots[i] ?? {};
    const finiteMin = row.number(s.finiteMin);
    const finiteMax = row.number(s.finiteMax);
    return {
      count: row.count(s.count),
      distinct: row.count(s.distinct),
      min: c.kind === 'float' ? finiteMin : row.raw(s.min),
      max: c.kind === 'float' ? finiteMax : row.raw(s.max),
      finiteCount: row.count(s.finiteCount),
      finiteMin,
      finiteMax,
      avgLength: row.number(s.avgLength),
      minLength: row.number(s.minLength),
      maxLength: row.number(s.maxLength),
      emptyCount: row.count(s.empty),
      whitespaceOnlyCount: row.count(s.blank),
    };
  });
  return { rowCount: row.count(rows), stats };
}
