import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { TableEntry } from '../catalog/catalog.js';
import { stagingDir } from '../catalog/paths.js';
import { checkpoint } from '../db/checkpoint.js';
import { nextAlias } from '../db/engine.js';
import { quoteIdent, quoteLiteral } from '../db/sql.js';
import { invalidArgument, StorageError } from '../errors.js';
import { bind, duckdbFailure, readRows } from '../metadata/tx.js';
import { snapshotBeforeChange } from '../snapshots/auto-snapshot.js';
import type { AuditContext, Storage } from '../storage.js';
import { tablePath } from '../tables/table-stats.js';
import {
  buildStagedTable,
  discardStaged,
  markStatsPending,
  recordTableStats,
  restoreTableStats,
  swapTableFile,
} from '../tables/table-swap.js';
import type { TargetColumn } from './column-plan.js';
import { constraintFailure, rowFailureError, withoutPaths } from './load-errors.js';
import type { LoadMode } from './load-options.js';
import { type LoadSource, type SourceFactory, targetColumns } from './load-source.js';

export interface LoadOutcome {
  /** Full load: rows read from the source; incremental: rows the table gained. */
  importedRows: number;
  rowCount: number;
  sizeBytes: number;
  warnings: string[];
}

/** Column that numbers the staged rows in source order (a space: no table column has one). */
const ROW_NUMBER = quoteIdent('source row');

/**
 * Loads a source into a table; the caller holds the table's write lock. Dedup rules (spec
 * ImportOptions): no primary key -> append; primary key + update_duplicates -> upsert, the last
 * source row of a key wins; fail_on_duplicates -> 409 naming a key; insert_duplicates -> 400.
 *
 * Full load: a new file is built in staging and swapped in (table-swap.ts), so a failure or a
 * crash leaves exactly the old rows (reference pitfall: DELETE committed before the insert).
 * Incremental: one transaction on the table's file.
 */
export async function runLoad(
  s: Storage,
  table: TableEntry,
  mode: LoadMode,
  open: SourceFactory,
  audit: AuditContext,
): Promise<LoadOutcome> {
  if (table.primaryKey.length > 0 && mode.dedupMode === 'insert_duplicates') {
    throw invalidArgument(
      'invalid_dedup_mode',
      `Table ${table.name} has a primary key (${table.primaryKey.join(', ')}), so it cannot hold duplicates: use dedup_mode update_duplicates or fail_on_duplicates`,
      { dedup_mode: mode.dedupMode, primary_key: table.primaryKey },
    );
  }
  const lease = await s.files.lease(tablePath(s, table));
  let source: LoadSource;
  try {
    source = await s.pool.use(async (conn) => open(conn, await targetColumns(conn, table, lease)));
  } finally {
    lease.release();
  }
  try {
    if (!mode.incremental && table.rowCount > 0) {
      await snapshotBeforeChange(
        s,
        table,
        {
          triggers: ['truncate_table'],
          type: 'auto_preload',
          what: `FULL LOAD into ${table.bucket}.${table.name}`,
        },
        audit,
      );
    }
    return mode.incremental ? await incremental(s, table, mode, source) : await full(s, table, mode, source);
  } finally {
    source.release();
  }
}

async function full(s: Storage, table: TableEntry, mode: LoadMode, source: LoadSource): Promise<LoadOutcome> {
  const warnings: string[] = [];
  const staged = await buildStagedTable(s, table, async (conn, target) => {
    const into = `${target}.main.data`;
    try {
      if (table.primaryKey.length === 0 || mode.dedupMode !== 'update_duplicates') {
        return await insert(conn, into, source, '');
      }
      // Fast path: a file without repeated keys goes straight in; only if a key repeats is the
      // file staged once more to keep the last row of each key.
      try {
        return await insert(conn, into, source, '');
      } catch (error) {
        if (constraintFailure(error)?.kind !== 'duplicate_key') throw error;
      }
      return await withScratch(s, conn, source, async (rows, read) => {
        const kept = await insert(conn, into, source, '', dedupedFrom(rows, table, source.loaded));
        warnings.push(repeatedKeys(read - kept, table));
        return read;
      });
    } catch (error) {
      throw await loadFailure(s, conn, table, mode, source, error);
    }
  });
  const stats = await swapTableFile(s, table, staged);
  return { importedRows: staged.result, ...stats, warnings };
}

async function incremental(
  s: Storage,
  table: TableEntry,
  mode: LoadMode,
  source: LoadSource,
): Promise<LoadOutcome> {
  const warnings: string[] = [];
  const before = table.rowCount;
  const upsert = table.primaryKey.length > 0 && mode.dedupMode === 'update_duplicates';
  await markStatsPending(s, table);
  let rowCount: number;
  try {
    const lease = await s.files.lease(tablePath(s, table));
    try {
      rowCount = await s.pool.use(async (conn) => {
        const into = `${lease.alias}.main.data`;
        const inTransaction = async (fn: () => Promise<number>): Promise<number> => {
          await conn.run('BEGIN TRANSACTION');
          try {
            const n = await fn();
            await conn.run('COMMIT');
            return n;
          } catch (error) {
            await conn.run('ROLLBACK').catch(() => undefined);
            throw error;
          }
        };
        try {
          if (upsert) {
            // ON CONFLICT keeps the FIRST of two rows with one key in a statement: the rows are
            // staged in source order and only the last of each key goes in.
            await withScratch(s, conn, source, async (rows, read) => {
              const kept = await inTransaction(() =>
                insert(
                  conn,
                  into,
                  source,
                  onConflict(table, source.loaded),
                  dedupedFrom(rows, table, source.loaded),
                ),
              );
              if (read > kept) warnings.push(repeatedKeys(read - kept, table));
              return kept;
            });
          } else {
            await inTransaction(() => insert(conn, into, source, ''));
          }
        } catch (error) {
          throw await loadFailure(s, conn, table, mode, source, error);
        }
        await checkpoint(conn, lease.alias);
        const counted = await readRows(conn, `SELECT count(*) AS n FROM ${into}`);
        return Number(counted[0]?.n ?? 0);
      });
    } finally {
      lease.release();
    }
  } catch (error) {
    await restoreTableStats(s, table);
    throw error;
  }
  const stats = await recordTableStats(s, table, rowCount);
  return { importedRows: Math.max(0, rowCount - before), ...stats, warnings };
}

/** INSERT of the source (or of `from`, a SELECT of the same columns) into `into`; the row count. */
async function insert(
  conn: DuckDBConnection,
  into: string,
  source: LoadSource,
  conflict: string,
  from?: string,
): Promise<number> {
  const names = source.loaded.map((c) => quoteIdent(c.name)).join(', ');
  const sql = `INSERT INTO ${into} (${names}) ${from ?? source.sql}${conflict}`;
  const result = await conn.run(sql, from === undefined ? bind(source.params) : undefined);
  return Number(result.rowsChanged);
}

/**
 * Stages the source's rows, numbered in source order, in a scratch file of `_staging/` (on disk,
 * so memory stays bounded by DuckDB's buffer manager); `fn` gets the scratch table and the number
 * of rows read. The scratch file is removed afterwards.
 */
async function withScratch<T>(
  s: Storage,
  conn: DuckDBConnection,
  source: LoadSource,
  fn: (rows: string, read: number) => Promise<T>,
): Promise<T> {
  const path = join(stagingDir(s.config.duckdbDir), `${randomUUID()}-scratch.duckdb`);
  const alias = quoteIdent(nextAlias('s'));
  await conn.run(`ATTACH ${quoteLiteral(path)} AS ${alias}`);
  try {
    const rows = `${alias}.main.rows`;
    await conn.run(
      `CREATE TABLE ${rows} AS SELECT row_number() OVER () AS ${ROW_NUMBER}, * FROM (${source.sql}) AS src`,
      bind(source.params),
    );
    // CREATE TABLE AS reports no row count through node-api.
    const counted = await readRows(conn, `SELECT count(*) AS n FROM ${rows}`);
    return await fn(rows, Number(counted[0]?.n ?? 0));
  } finally {
    await conn.run(`DETACH DATABASE IF EXISTS ${alias}`).catch(() => undefined);
    await discardStaged(path);
  }
}

/** The last staged row of each primary key, in source order. */
function dedupedFrom(rows: string, table: TableEntry, loaded: TargetColumn[]): string {
  const names = loaded.map((c) => quoteIdent(c.name)).join(', ');
  const pk = table.primaryKey.map(quoteIdent).join(', ');
  return `SELECT ${names} FROM ${rows} WHERE ${ROW_NUMBER} IN (SELECT max(${ROW_NUMBER}) FROM ${rows} GROUP BY ${pk}) ORDER BY ${ROW_NUMBER}`;
}

function onConflict(table: TableEntry, loaded: TargetColumn[]): string {
  const pk = table.primaryKey.map(quoteIdent).join(', ');
  const updates = loaded
    .filter((c) => !table.primaryKey.includes(c.name))
    .map((c) => `${quoteIdent(c.name)} = EXCLUDED.${quoteIdent(c.name)}`);
  return ` ON CONFLICT (${pk}) ${updates.length === 0 ? 'DO NOTHING' : `DO UPDATE SET ${updates.join(', ')}`}`;
}

const repeatedKeys = (n: number, table: TableEntry): string =>
  `${n} source row(s) repeated a primary key value (${table.primaryKey.join(', ')}); the last row of each key was kept`;

/** Any failure of a load as the error the client gets (nothing has changed at this point). */
async function loadFailure(
  s: Storage,
  conn: DuckDBConnection,
  table: TableEntry,
  mode: LoadMode,
  source: LoadSource,
  error: unknown,
): Promise<StorageError> {
  if (error instanceof StorageError) return error;
  const constraint = constraintFailure(error);
  if (constraint?.kind === 'duplicate_key') {
    const key = keyText(constraint.key, table.primaryKey);
    return new StorageError(
      'CONFLICT',
      'duplicate_key',
      `Duplicate primary key value (${key}): ${
        mode.incremental ? 'the table or the source already holds it' : 'the source holds it more than once'
      } (dedup_mode ${mode.dedupMode})`,
      {
        details: { dedup_mode: mode.dedupMode, primary_key: table.primaryKey, key },
        cause: error,
      },
    );
  }
  if (constraint?.kind === 'not_null') {
    const column = source.loaded.find((c) => c.name.toLowerCase() === constraint.column.toLowerCase());
    const row =
      column === undefined ? undefined : await firstNullRow(conn, source, column).catch(() => undefined);
    return rowFailureError({
      problem: 'null_value',
      column: column?.name ?? constraint.column,
      ...(row === undefined ? {} : source.locate(row)),
    });
  }
  const explained = await source.explain(conn, error).catch(() => undefined);
  if (explained !== undefined) return explained;
  const mapped = duckdbFailure(s, error, { context: 'Cannot load the rows' });
  if (mapped.code === 'INTERNAL') return mapped;
  return new StorageError(
    mapped.code,
    mapped.code === 'INVALID_ARGUMENT' ? 'import_failed' : mapped.reason,
    withoutPaths(mapped.message, source.paths),
    { details: { duckdb_category: mapped.details?.duckdb_category }, cause: error },
  );
}

/** 1-based source row of the first NULL in `column` (only read after a NOT NULL failure). */
async function firstNullRow(
  conn: DuckDBConnection,
  source: LoadSource,
  column: TargetColumn,
): Promise<number | undefined> {
  const rows = await readRows(
    conn,
    `SELECT n FROM (SELECT row_number() OVER () AS n, ${quoteIdent(column.name)} AS v FROM (${source.sql}) AS src) WHERE v IS NULL LIMIT 1`,
    source.params,
  );
  const n = rows[0]?.n;
  return n === undefined || n === null ? undefined : Number(n);
}

/**
 * DuckDB names a duplicate `id: 1` against stored rows but `1` within one statement: both are
 * shown the first way.
 */
function keyText(key: string, primaryKey: string[]): string {
  if (key.includes(': ')) return key;
  const parts = key.split(', ');
  return parts.length === primaryKey.length ? parts.map((v, i) => `${primaryKey[i]}: ${v}`).join(', ') : key;
}
