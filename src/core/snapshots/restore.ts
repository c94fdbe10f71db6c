import { randomUUID } from 'node:crypto';
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { logOperation } from '../audit.js';
import { MAIN_BRANCH, requireMainBranch } from '../catalog/branches.js';
import { requireOwnBucket } from '../catalog/buckets.js';
import type { TableEntry } from '../catalog/catalog.js';
import { nameKey, validateName } from '../catalog/names.js';
import { stagingDir } from '../catalog/paths.js';
import { quoteLiteral } from '../db/sql.js';
import { alreadyExists, invalidArgument, notFound, StorageError } from '../errors.js';
import { duckdbFailure } from '../metadata/tx.js';
import { type AuditContext, reportData, type Storage, trackWrite } from '../storage.js';
import { definitionSql } from '../tables/schema-def.js';
import { buildTableFile } from '../tables/table-build.js';
import type { TableRef } from '../tables/table-lookup.js';
import { tableLockKey } from '../tables/table-stats.js';
import { discardStaged, swapTableFile } from '../tables/table-swap.js';
import { commitNewTable } from '../tables/tables.js';
import { snapshotBeforeChange } from './auto-snapshot.js';
import { requireSnapshot, type SnapshotDetail } from './snapshot-rows.js';
import { type SnapshotRef, snapshotFile } from './snapshots.js';

export interface RestoreInput extends SnapshotRef {
  /** Default: the snapshot's own bucket and table. */
  targetBucket?: string | null;
  targetTable?: string | null;
  /**
   * createTableFromSnapshot (time travel): the target must not exist, even at the snapshot's
   * own name.
   */
  newTableOnly?: boolean;
}

export interface RestoreResult {
  bucket: string;
  table: string;
  rowCount: number;
  /** The snapshot taken of the table the restore replaced (settings: restore_overwrite). */
  safetySnapshotId: string | null;
}

/**
 * restoreSnapshot, under the target table's write lock (reference pitfall 05/4). The table is
 * rebuilt from the snapshot's full definition (types, NOT NULL, defaults, quoted primary key;
 * pitfall 05/5) in `_staging/`, filled from the Parquet file, then either committed as a new
 * table (createTable's commit) or swapped in place of the existing one (the loads' atomic swap),
 * after a snapshot of what it replaces (pitfall 05/6). A constraint the rows break fails the
 * restore and changes nothing. Bookkeeping as for any create or replace (pitfall 05/7).
 */
export async function restoreSnapshot(
  s: Storage,
  input: RestoreInput,
  audit: AuditContext,
): Promise<RestoreResult> {
  requireMainBranch(s, input.projectId, input.branchId, 'restore snapshots');
  const snapshot = await requireSnapshot(s, input.projectId, input.snapshotId);
  const target: TableRef = {
    projectId: input.projectId,
    branchId: MAIN_BRANCH,
    bucket: input.targetBucket ?? snapshot.bucket,
    table: input.targetTable ?? snapshot.table,
  };
  const bucket = requireOwnBucket(s, target);
  validateName('table', target.table);
  const atSource =
    nameKey(bucket.name) === nameKey(snapshot.bucket) && nameKey(target.table) === nameKey(snapshot.table);
  if (snapshot.type === 'auto_prepull' && atSource) {
    // It holds a branch's discarded work, not an earlier state of main's table.
    throw invalidArgument(
      'target_required',
      `Snapshot ${snapshot.id} holds a dev branch's copy of ${snapshot.bucket}.${snapshot.table}: restore it into another table (target_table)`,
      { snapshot_id: snapshot.id },
    );
  }
  const original =
    !input.newTableOnly &&
    nameKey(bucket.name) === nameKey(snapshot.bucket) &&
    nameKey(target.table) === nameKey(snapshot.table);
  const startedAt = Date.now();
  const started = performance.now();
  const result = await trackWrite(s, () =>
    s.locks.withWrite(tableLockKey(input.projectId, bucket.name, target.table), async () => {
      const existing = s.catalog.table(input.projectId, bucket.name, target.table);
      if (existing !== undefined && !original) {
        throw alreadyExists('table_exists', `Table ${target.table} already exists in bucket ${bucket.name}`, {
          project_id: input.projectId,
          bucket_name: bucket.name,
          table_name: target.table,
        });
      }
      const staged = join(stagingDir(s.config.duckdbDir), `${randomUUID()}.duckdb`);
      try {
        const built = await buildFromSnapshot(s, snapshot, staged);
        if (existing === undefined) {
          const entry = await commitNewTable(s, target, staged, built);
          return { entry, safetySnapshotId: null };
        }
        const safetySnapshotId =
          existing.rowCount > 0
            ? await snapshotBeforeChange(
                s,
                existing,
                {
                  triggers: ['restore_overwrite'],
                  type: 'auto_prerestore',
                  what: `RESTORE over ${existing.bucket}.${existing.name}`,
                },
                audit,
              )
            : null;
        await swapTableFile(s, existing, { path: staged, rowCount: built.rowCount }, built);
        return { entry: existing, safetySnapshotId };
      } finally {
        await discardStaged(staged);
      }
    }),
  );
  const entry: TableEntry = result.entry;
  reportData(s, {
    kind: 'snapshot',
    action: 'restore',
    type: snapshot.type,
    rows: entry.rowCount,
    bytes: snapshot.sizeBytes,
    seconds: (performance.now() - started) / 1000,
  });
  await logOperation(s, audit, {
    operation: 'restore_snapshot',
    projectId: input.projectId,
    resourceType: 'table',
    resourceId: `${entry.bucket}.${entry.name}`,
    details: {
      snapshot_id: snapshot.id,
      bucket_name: entry.bucket,
      table_name: entry.name,
      row_count: entry.rowCount,
      safety_snapshot_id: result.safetySnapshotId,
    },
    startedAt,
  });
  return {
    bucket: entry.bucket,
    table: entry.name,
    rowCount: entry.rowCount,
    safetySnapshotId: result.safetySnapshotId,
  };
}

/**
 * createTableFromSnapshot: a new table `table` in `bucket` holding the snapshot's definition and
 * rows (time travel; the driver's CreateTableFromTimeTravelCommand calls this).
 */
export async function createTableFromSnapshot(
  s: Storage,
  input: SnapshotRef & { bucket: string; table: string },
  audit: AuditContext,
): Promise<RestoreResult> {
  return restoreSnapshot(
    s,
    { ...input, targetBucket: input.bucket, targetTable: input.table, newTableOnly: true },
    audit,
  );
}

async function buildFromSnapshot(s: Storage, snapshot: SnapshotDetail, staged: string) {
  const file = snapshotFile(s, snapshot);
  try {
    await access(file);
  } catch {
    // The id only: no server path in any answer (reference pitfall 05/14).
    throw notFound('snapshot_file_not_found', `The data of snapshot ${snapshot.id} is missing`, {
      snapshot_id: snapshot.id,
    });
  }
  let rowCount = 0;
  const columns = await buildTableFile(s, staged, definitionSql(snapshot.definition), async (conn, data) => {
    try {
      const inserted = await conn.run(
        `INSERT INTO ${data} BY NAME SELECT * FROM read_parquet(${quoteLiteral(file)})`,
      );
      rowCount = inserted.rowsChanged;
    } catch (error) {
      const failure = duckdbFailure(s, error, { context: `Cannot restore snapshot ${snapshot.id}` });
      throw new StorageError('FAILED_PRECONDITION', 'restore_failed', failure.message, { cause: error });
    }
  });
  if (rowCount !== snapshot.rowCount) {
    throw new StorageError(
      'INTERNAL',
      'snapshot_corrupt',
      `Snapshot ${snapshot.id} holds ${rowCount} rows, its record says ${snapshot.rowCount}`,
    );
  }
  return { columns, primaryKey: [...snapshot.definition.primaryKey], rowCount };
}
