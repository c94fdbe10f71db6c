import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { fromDuckdbError } from '../db/duckdb-errors.js';
import type { Storage } from '../storage.js';
import { encodeCell } from '../tables/cell-values.js';

export type Row = Record<string, DuckDBValue>;
export type Params = DuckDBValue[];

export interface MetaTx {
  run(sql: string, params?: Params): Promise<void>;
  rows(sql: string, params?: Params): Promise<Row[]>;
}

export async function readRows(conn: DuckDBConnection, sql: string, params: Params = []): Promise<Row[]> {
  return (await conn.run(sql, bind(params))).getRowObjects();
}

/**
 * Parameters for `conn.run`: none at all when empty, so DuckDB runs the text directly instead of
 * preparing it. `run` materializes the result, about 1 ms cheaper per query here than
 * `runAndReadAll`'s streaming reader for small results (bench:rest, uncached preview).
 */
export function bind(params: Params): Params | undefined {
  return params.length === 0 ? undefined : params;
}

export interface MetaWriteOptions {
  /**
   * The update touches no project, bucket, table, alias, link or branch (operations log,
   * idempotency records, key usage): Catalog.revision stays, so what is derived from the catalog
   * is not rebuilt after every request.
   */
  catalogUnchanged?: boolean;
}
export const UNCHANGED_CATALOG: MetaWriteOptions = { catalogUnchanged: true };

/**
 * One metadata transaction: under the metadata mutex, on the dedicated connection,
 * BEGIN / fn / COMMIT (ROLLBACK on error). `fn` does its checks against the in-memory catalog
 * and its SQL, and returns the cache update, which runs after COMMIT while the mutex is still
 * held, so the cache changes in commit order (and file moves that free a name happen before
 * anyone else can reuse it).
 */
export async function metaWrite<T>(
  s: Storage,
  fn: (tx: MetaTx) => Promise<() => T | Promise<T>>,
  options: MetaWriteOptions = {},
): Promise<T> {
  return s.metaMutex.run(async () => {
    const conn = s.metaConn;
    const tx: MetaTx = {
      run: async (sql, params = []) => {
        await conn.run(sql, params);
      },
      rows: (sql, params = []) => readRows(conn, sql, params),
    };
    await conn.run('BEGIN TRANSACTION');
    let apply: () => T | Promise<T>;
    try {
      apply = await fn(tx);
      await conn.run('COMMIT');
    } catch (error) {
      await conn.run('ROLLBACK').catch(() => undefined);
      throw duckdbFailure(s, error);
    }
    try {
      return await apply();
    } finally {
      // Also after a failed update: whatever part of it ran is seen by the next reader.
      if (options.catalogUnchanged !== true) s.catalog.revision += 1;
    }
  });
}

/** Classifies an error and reports DuckDB categories to the metrics hook. */
export function duckdbFailure(
  s: Storage,
  error: unknown,
  options: Parameters<typeof fromDuckdbError>[1] = {},
) {
  const mapped = fromDuckdbError(error, options);
  const category = mapped.details?.duckdb_category;
  if (typeof category === 'string') s.hooks.onDuckdbError?.(category);
  return mapped;
}

/** Value readers for metadata rows. */
export const text = (v: DuckDBValue | undefined): string => (v === null || v === undefined ? '' : String(v));
export const textOrNull = (v: DuckDBValue | undefined): string | null =>
  v === null || v === undefined ? null : String(v);
export const num = (v: DuckDBValue | undefined): number => (v === null || v === undefined ? 0 : Number(v));
export const isoOrNull = (v: DuckDBValue | undefined): string | null => {
  if (v === null || v === undefined) return null;
  const encoded = encodeCell(v);
  return typeof encoded === 'string' ? encoded : String(encoded);
};
export const iso = (v: DuckDBValue | undefined): string => isoOrNull(v) ?? '';
