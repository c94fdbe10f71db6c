import type { DuckDBConnection } from '@duckdb/node-api';
import { logOperation, type OperationRecord } from '../audit.js';
import { withTableWrite } from '../branches/copy-on-write.js';
import type { TableEntry } from '../catalog/catalog.js';
import { toTable } from '../catalog/catalog.js';
import { checkpoint } from '../db/checkpoint.js';
import { duckdbFailure, metaWrite, readRows } from '../metadata/tx.js';
import type { Table } from '../model.js';
import { type DestructiveChange, snapshotBeforeChange } from '../snapshots/auto-snapshot.js';
import { type AuditContext, type Storage, trackWrite } from '../storage.js';
import { nowIso } from '../timestamps.js';
import { columnInfos, readTableDef, type TableDef } from './schema-def.js';
import { requireTable, type TableRef } from './table-lookup.js';
import { fileBytes, tablePath } from './table-stats.js';
import { markStatsPending, restoreTableStats } from './table-swap.js';

/** What a change sees: the connection (inside its transaction) and the table as it is now. */
export interface ChangeContext {
  conn: DuckDBConnection;
  /** Quoted alias of the attached file. */
  alias: string;
  /** `${alias}.main.data` */
  data: string;
  table: TableEntry;
  def: TableDef;
}

export interface ChangeSpec<T> {
  /** Prefix of error messages, e.g. `Cannot add column x to orders`. */
  context: string;
  /** The operations_log row, given the change's result. */
  audit: (table: TableEntry, result: T) => Omit<OperationRecord, 'projectId' | 'startedAt'>;
  run: (ctx: ChangeContext) => Promise<T>;
  /**
   * Runs first, outside the change's transaction: validates, and names the destructive change
   * the pre-destructive snapshot hook must see (null: the change destroys nothing).
   */
  before?: (ctx: ChangeContext) => Promise<DestructiveChange | null>;
}

/**
 * The frame of every schema change and row delete (issue 12, part 6): under the table's write
 * lock, on a leased file, the change runs in ONE DuckDB transaction (ROLLBACK on any error, so
 * a failed change leaves rows and schema exactly as they were; reference pitfalls 03/3 and 03/8),
 * then CHECKPOINT; the definition is read back from the file and the catalog row (columns,
 * primary_key, row_count, size_bytes, updated_at) updated as insertRows does. The audit row is
 * written after the commit and cannot fail the request.
 */
export async function changeTable<T>(
  s: Storage,
  ref: TableRef,
  auditCtx: AuditContext,
  spec: ChangeSpec<T>,
): Promise<{ table: Table; result: T }> {
  requireTable(s, ref);
  const startedAt = Date.now();
  const done = await trackWrite(s, () =>
    withTableWrite(s, ref, auditCtx, async (current) => {
      const file = tablePath(s, current);
      const lease = await s.files.lease(file);
      let changed: { result: T; def: TableDef; rowCount: number };
      try {
        const before = spec.before;
        if (before !== undefined) {
          const destroys = await s.pool.use(async (conn) =>
            before({
              conn,
              alias: lease.alias,
              data: `${lease.alias}.main.data`,
              table: current,
              def: await readTableDef(conn, lease.alias),
            }),
          );
          if (destroys !== null) await snapshotBeforeChange(s, current, destroys, auditCtx);
        }
        // A crash after the data commit but before the catalog update must make start-up recount
        // (a checkpointed small change often keeps the file's size).
        await markStatsPending(s, current);
        changed = await s.pool.use(async (conn) => {
          const def = await readTableDef(conn, lease.alias);
          const data = `${lease.alias}.main.data`;
          await conn.run('BEGIN TRANSACTION');
          let result: T;
          try {
            result = await spec.run({ conn, alias: lease.alias, data, table: current, def });
            await conn.run('COMMIT');
          } catch (error) {
            await conn.run('ROLLBACK').catch(() => undefined);
            await restoreTableStats(s, current);
            throw duckdbFailure(s, error, { context: spec.context });
          }
          // Fold the WAL into the file so size_bytes is stable and the WAL stays small.
          await checkpoint(conn, lease.alias);
          const after = await readTableDef(conn, lease.alias);
          const counted = await readRows(conn, `SELECT count(*) AS n FROM ${data}`);
          return { result, def: after, rowCount: Number(counted[0]?.n ?? 0) };
        });
      } finally {
        lease.release();
      }
      const sizeBytes = await fileBytes(file);
      const columns = columnInfos(changed.def);
      await metaWrite(s, async (tx) => {
        const updatedAt = nowIso();
        await tx.run(
          `UPDATE ${s.m}.tables SET columns = $1, primary_key = $2, row_count = $3, size_bytes = $4, updated_at = $5
           WHERE uid = $6`,
          [
            JSON.stringify(columns),
            JSON.stringify(changed.def.primaryKey),
            changed.rowCount,
            sizeBytes,
            updatedAt,
            current.uid,
          ],
        );
        return () => {
          current.columns = columns;
          current.primaryKey = changed.def.primaryKey;
          current.rowCount = changed.rowCount;
          current.sizeBytes = sizeBytes;
          current.updatedAt = updatedAt;
        };
      });
      return { table: toTable(current), result: changed.result, entry: current };
    }),
  );
  await logOperation(s, auditCtx, {
    ...spec.audit(done.entry, done.result),
    projectId: ref.projectId,
    startedAt,
  });
  return { table: done.table, result: done.result };
}
