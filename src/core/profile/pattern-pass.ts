import type { DuckDBConnection } from '@duckdb/node-api';
import { AggregateQuery } from './aggregate-query.js';
import type { ProfiledColumn } from './column-kinds.js';
import { round } from './numbers.js';
import { PATTERNS } from './patterns.js';
import type { PatternMatch } from './profile-model.js';

export interface PatternInput {
  column: ProfiledColumn;
  /** Non-null values (the base of match_percentage). */
  count: number;
}

/**
 * Pass 4 (modes quality and full), one scan for every string column: how many values match each
 * pattern. A column gets the patterns with at least one match ([] when none matches).
 */
export async function patternPass(
  conn: DuckDBConnection,
  from: string,
  inputs: readonly PatternInput[],
): Promise<PatternMatch[][]> {
  const q = new AggregateQuery();
  const slots = inputs.map(({ column }) => PATTERNS.map((p) => q.add(`count_if(${p.test(column.sql)})`)));
  const row = await q.run(conn, from);
  return inputs.map(({ count }, i) =>
    PATTERNS.flatMap((p, j): PatternMatch[] => {
      const matchCount = row.count(slots[i]?.[j]);
      if (matchCount === 0) return [];
      return [{ pattern: p.name, matchCount, matchPercentage: round((matchCount / count) * 100, 1) ?? 0 }];
    }),
  );
}
