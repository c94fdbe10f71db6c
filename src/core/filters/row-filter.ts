import type { DuckDBValue } from '@duckdb/node-api';
import { StorageError } from '../errors.js';
import type { ColumnInfo } from '../model.js';

/** Structured filter (spec schema RowFilter). */
export type RowFilterOperator =
  | 'eq'
  | 'ne'
  | 'gt'
  | 'ge'
  | 'lt'
  | 'le'
  | 'in'
  | 'not_in'
  | 'like'
  | 'not_like'
  | 'is_null'
  | 'is_not_null'
  | 'between';

export interface RowFilter {
  column: string;
  operator: RowFilterOperator;
  values?: (string | number | boolean)[];
}

export interface FilterInput {
  /** SQL text as the reference's clients send it (where_clause / where_filter); parsed and checked. */
  sql?: string | null;
  /** Structured filters, ANDed. */
  filters?: RowFilter[];
}

/** A boolean SQL expression over quoted column names with `$n` placeholders, and its values. */
export interface CompiledFilter {
  /** `TRUE` when there is no filter. */
  sql: string;
  params: DuckDBValue[];
}

/**
 * Checks a filter against the table's columns and builds it with bound values (400
 * `invalid_where_clause` for anything a filter does not need). Placeholders start at
 * `$firstParam`. `qualifier`, when given, prefixes every column reference (`alias.`).
 */
export async function compileRowFilter(
  _columns: readonly ColumnInfo[],
  _input: FilterInput,
  _options: { firstParam?: number; qualifier?: string } = {},
): Promise<CompiledFilter> {
  throw new StorageError('INTERNAL', 'not_built', 'Not built yet');
}
