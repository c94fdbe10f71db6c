import { quoteIdent } from '../db/sql.js';
import type { ColumnInfo } from '../model.js';

/**
 * What profiling computes for a column, by its canonical DuckDB type (ColumnInfo.type). The
 * reference matched type text by prefix, so `VARCHAR[]` counted as a string column; here the
 * whole type must match.
 */
export type ColumnKind = 'integer' | 'decimal' | 'float' | 'string' | 'boolean' | 'other';

const INTEGER = /^U?(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT)$/;
const DECIMAL = /^DECIMAL\(\d+,\d+\)$/;

export function columnKind(type: string): ColumnKind {
  if (INTEGER.test(type)) return 'integer';
  if (DECIMAL.test(type)) return 'decimal';
  if (type === 'FLOAT' || type === 'DOUBLE') return 'float';
  if (type === 'VARCHAR') return 'string';
  if (type === 'BOOLEAN') return 'boolean';
  return 'other';
}

export const isNumericKind = (kind: ColumnKind): boolean =>
  kind === 'integer' || kind === 'decimal' || kind === 'float';

/** A column as the passes see it: its quoted name and, for numeric kinds, its value as DOUBLE. */
export interface ProfiledColumn {
  info: ColumnInfo;
  kind: ColumnKind;
  /** `"name"` */
  sql: string;
  /**
   * Numeric kinds: the value as a finite DOUBLE, NULL otherwise (NaN and ±Infinity are left out
   * of every numeric statistic: DuckDB's moments fail on them with "out of range").
   */
  finite: string | null;
}

export function profiledColumn(info: ColumnInfo): ProfiledColumn {
  const kind = columnKind(info.type);
  const sql = quoteIdent(info.name);
  let finite: string | null = null;
  if (kind === 'float') finite = `(CASE WHEN isfinite(${sql}) THEN ${sql}::DOUBLE END)`;
  else if (isNumericKind(kind)) finite = `(${sql}::DOUBLE)`;
  return { info, kind, sql, finite };
}
