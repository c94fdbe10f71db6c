import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import type { TableEntry } from '../catalog/catalog.js';
import type { TableLease } from '../db/table-files.js';
import type { StorageError } from '../errors.js';
import { readRows } from '../metadata/tx.js';
import type { TargetColumn } from './column-plan.js';

/**
 * What a load reads: a SELECT whose output columns are the target columns `loaded` (in this
 * order, already CAST to their types), built by a file or table source. Only our own names and
 * types are spliced; paths, options and filter values are the bound `params`.
 */
export interface LoadSource {
  /** For logs and metrics: csv, parquet or table. */
  format: string;
  loaded: TargetColumn[];
  sql: string;
  params: DuckDBValue[];
  /** A failure while reading the source as a precise 400 (line, column, value), if it is one. */
  explain(conn: DuckDBConnection, error: unknown): Promise<StorageError | undefined>;
  /** Where the `row`-th (1-based) source row is, for messages: `{ line }` in a CSV file. */
  locate(row: number): { line?: number; row?: number };
  /** Paths that must never appear in a message. */
  paths: string[];
  release(): void;
}

/** Builds the source once the target is locked (its current columns and defaults known). */
export type SourceFactory = (conn: DuckDBConnection, target: TargetColumn[]) => Promise<LoadSource>;

/** The target's columns with what a load needs to know: defaults and the primary key. */
export async function targetColumns(
  conn: DuckDBConnection,
  table: TableEntry,
  lease: TableLease,
): Promise<TargetColumn[]> {
  const rows = await readRows(
    conn,
    `SELECT column_name, column_default FROM duckdb_columns()
     WHERE database_name = $1 AND schema_name = 'main' AND table_name = 'data'`,
    // The lease alias is quoted; duckdb_columns() names databases unquoted.
    [lease.alias.slice(1, -1)],
  );
  const defaults = new Map(rows.map((r) => [String(r.column_name), r.column_default !== null]));
  return table.columns.map((c) => ({
    ...c,
    hasDefault: defaults.get(c.name) ?? false,
    inPrimaryKey: table.primaryKey.includes(c.name),
  }));
}
