import { randomUUID } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { TableEntry } from '../catalog/catalog.js';
import { stagingDir, walFile } from '../catalog/paths.js';
import { checkpoint } from '../db/checkpoint.js';
import { nextAlias } from '../db/engine.js';
import { quoteIdent, quoteLiteral } from '../db/sql.js';
import { metaWrite, readRows } from '../metadata/tx.js';
import type { ColumnInfo } from '../model.js';
import { log, type Storage } from '../storage.js';
import { nowIso } from '../timestamps.js';
import { fsyncPath } from './table-build.js';
import { fileBytes, tablePath } from './table-stats.js';

/**
 * The atomic replacement of a table's file, reused by every operation that rewrites a table
 * whole (full loads; later snapshot restore, branches, the gRPC driver, schema changes).
 * The caller holds the table's write lock throughout:
 *
 * 1. `buildStagedTable`: a new file in `_staging/` with the current file's schema
 *    (`COPY FROM DATABASE ... (SCHEMA)`: columns, defaults, NOT NULL, primary key), filled by
 *    the caller, counted, CHECKPOINTed, DETACHed and fsynced. The old file is untouched.
 * 2. `swapTableFile`: marks the catalog row's stats pending, folds and detaches the old file,
 *    renames the new file over it, fsyncs the directory, then records the new stats.
 *
 * After a crash at any moment the table file is the complete old or the complete new one (a
 * rename is atomic), `_staging/` is emptied at start-up, and the pending marker makes
 * reconciliation recount (file sizes alone cannot tell: DuckDB files grow in whole blocks, so
 * old and new often have the same size).
 */
export interface StagedTable {
  /** Absolute path of the new file in `_staging/` (detached, fsynced). */
  path: string;
  rowCount: number;
}

/** size_bytes no file can have: reconciliation recounts a row that carries it. */
const STATS_PENDING = -1;

/**
 * Builds a replacement file for `table`. `fill` runs on a pool connection with `target` (quoted
 * alias; the table is `${target}.main.data`, empty, same DDL) and `current` (quoted alias of the
 * table's current file, readable). On failure the staged file is removed and the error rethrown.
 */
export async function buildStagedTable<T>(
  s: Storage,
  table: TableEntry,
  fill: (conn: DuckDBConnection, target: string, current: string) => Promise<T>,
): Promise<StagedTable & { result: T }> {
  const path = join(stagingDir(s.config.duckdbDir), `${randomUUID()}.duckdb`);
  const target = quoteIdent(nextAlias('s'));
  const lease = await s.files.lease(tablePath(s, table));
  try {
    const built = await s.pool.use(async (conn) => {
      await conn.run(`ATTACH ${quoteLiteral(path)} AS ${target}`);
      try {
        await conn.run(`COPY FROM DATABASE ${lease.alias} TO ${target} (SCHEMA)`);
        const result = await fill(conn, target, lease.alias);
        const counted = await readRows(conn, `SELECT count(*) AS n FROM ${target}.main.data`);
        await checkpoint(conn, target);
        return { result, rowCount: Number(counted[0]?.n ?? 0) };
      } finally {
        await conn.run(`DETACH DATABASE IF EXISTS ${target}`);
      }
    });
    await fsyncPath(path);
    return { path, ...built };
  } catch (error) {
    await discardStaged(path);
    throw error;
  } finally {
    lease.release();
  }
}

/** Removes a staged file and its WAL (after a failed build or swap). */
export async function discardStaged(path: string): Promise<void> {
  await rm(path, { force: true });
  await rm(walFile(path), { force: true });
}

export interface SwapOptions {
  /** New schema to record with the swap (schema changes); the loads keep the current one. */
  columns?: ColumnInfo[];
  primaryKey?: string[];
}

/**
 * Puts a staged file in place of the table's file and records row_count, size_bytes and
 * updated_at (and the schema, when given). Caller holds the table's write lock and no lease
 * of the file. The staged file is consumed (moved or removed).
 */
export async function swapTableFile(
  s: Storage,
  table: TableEntry,
  staged: StagedTable,
  options: SwapOptions = {},
): Promise<{ rowCount: number; sizeBytes: number }> {
  const file = tablePath(s, table);
  let pending = false;
  try {
    await markStatsPending(s, table);
    pending = true;
    // Fold the old WAL into the file before it is detached: after the WAL is removed below,
    // a crash must still find the complete old table.
    const lease = await s.files.lease(file);
    try {
      await s.pool.use((conn) => checkpoint(conn, lease.alias));
    } finally {
      lease.release();
    }
    await s.files.forget(file);
    // A WAL left beside the new file would be replayed into it: it must go before the rename.
    await rm(walFile(file), { force: true });
    await rename(staged.path, file);
  } catch (error) {
    await discardStaged(staged.path);
    if (pending) await restoreTableStats(s, table);
    throw error;
  }
  await fsyncPath(dirname(file));
  return recordTableStats(s, table, staged.rowCount, options);
}

/**
 * Marks the metadata row's stats as pending (metadata only; the in-memory catalog keeps
 * serving the old figures until `recordTableStats`). Used before any change of a table file
 * whose completion a crash could interrupt (swap, incremental load).
 */
export async function markStatsPending(s: Storage, table: TableEntry): Promise<void> {
  await metaWrite(s, async (tx) => {
    await tx.run(`UPDATE ${s.m}.tables SET size_bytes = $1 WHERE uid = $2`, [STATS_PENDING, table.uid]);
    return () => undefined;
  });
}

/** Writes the table's current stats (file + WAL bytes) to metadata and the catalog. */
export async function recordTableStats(
  s: Storage,
  table: TableEntry,
  rowCount: number,
  options: SwapOptions = {},
): Promise<{ rowCount: number; sizeBytes: number }> {
  const sizeBytes = await fileBytes(tablePath(s, table));
  await metaWrite(s, async (tx) => {
    const updatedAt = nowIso();
    const sets = ['row_count = $1', 'size_bytes = $2', 'updated_at = $3'];
    const params: (string | number)[] = [rowCount, sizeBytes, updatedAt];
    if (options.columns !== undefined) {
      params.push(JSON.stringify(options.columns));
      sets.push(`columns = $${params.length}`);
    }
    if (options.primaryKey !== undefined) {
      params.push(JSON.stringify(options.primaryKey));
      sets.push(`primary_key = $${params.length}`);
    }
    params.push(table.uid);
    await tx.run(`UPDATE ${s.m}.tables SET ${sets.join(', ')} WHERE uid = $${params.length}`, params);
    return () => {
      table.rowCount = rowCount;
      table.sizeBytes = sizeBytes;
      table.updatedAt = updatedAt;
      if (options.columns !== undefined) table.columns = options.columns;
      if (options.primaryKey !== undefined) table.primaryKey = options.primaryKey;
    };
  });
  return { rowCount, sizeBytes };
}

/**
 * After a failed change that left the file as it was: the stats (not updated_at) are restored
 * from the catalog; if even that fails, the pending marker makes the next start-up recount.
 */
export async function restoreTableStats(s: Storage, table: TableEntry): Promise<void> {
  try {
    const sizeBytes = await fileBytes(tablePath(s, table));
    await metaWrite(s, async (tx) => {
      await tx.run(`UPDATE ${s.m}.tables SET row_count = $1, size_bytes = $2 WHERE uid = $3`, [
        table.rowCount,
        sizeBytes,
        table.uid,
      ]);
      return () => {
        table.sizeBytes = sizeBytes;
      };
    });
  } catch (error) {
    log(s, 'warn', 'could not restore table stats; start-up will recount', {
      table: `${table.bucket}.${table.name}`,
      error: String(error),
    });
  }
}
