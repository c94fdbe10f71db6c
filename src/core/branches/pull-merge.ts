import { logOperation } from '../audit.js';
import { MAIN_BRANCH } from '../catalog/branches.js';
import { type BranchEntry, type TableEntry, tableKey } from '../catalog/catalog.js';
import { emptyTrash } from '../catalog/trash.js';
import { notFound, StorageError } from '../errors.js';
import { metaWrite } from '../metadata/tx.js';
import { tableConfig } from '../snapshots/settings.js';
import type { SnapshotType } from '../snapshots/snapshot-rows.js';
import { writeSnapshot } from '../snapshots/snapshot-write.js';
import { type AuditContext, reportData, type Storage, trackWrite } from '../storage.js';
import { lockKeyOf, tableLockKey } from '../tables/table-stats.js';
import { discardStaged, swapTableFile } from '../tables/table-swap.js';
import { commitNewTable, deleteTable, trashTableFile } from '../tables/tables.js';
import { requireDevBranch } from './branches.js';
import { stageFileCopy } from './copy-on-write.js';

export interface BranchTableRef {
  projectId: string;
  branchId: string;
  bucket: string;
  table: string;
}

export interface PullResult {
  bucket: string;
  table: string;
  message: string;
  wasLocal: boolean;
  /** The snapshot of the branch's copy the pull dropped (restorable as a new table). */
  snapshotId: string | null;
}

/**
 * pullTable, in the reference's meaning (note 06 section 4.3): the branch drops its copy of the
 * table and reads main's again. The copy is snapshotted first (`auto_prepull`), so no branch
 * work is lost silently (reference pitfall 06/16). Under the branch table's write lock.
 */
export async function pullTable(s: Storage, ref: BranchTableRef, audit: AuditContext): Promise<PullResult> {
  const branch = requireDevBranch(s, ref.projectId, ref.branchId);
  const main = s.catalog.table(ref.projectId, ref.bucket, ref.table);
  if (main === undefined) {
    throw notFound('table_not_found', `Table ${ref.bucket}.${ref.table} not found in main project`, {
      project_id: ref.projectId,
      bucket_name: ref.bucket,
      table_name: ref.table,
    });
  }
  const startedAt = Date.now();
  const started = performance.now();
  const key = tableKey(main.bucket, main.name);
  const result = await trackWrite(s, () =>
    s.locks.withWrite(tableLockKey(ref.projectId, main.bucket, main.name, branch.id), async () => {
      requireSameBranch(s, branch);
      const own = branch.tables.get(key);
      if (own === undefined) return { wasLocal: false, snapshotId: null, bytes: 0 };
      const snapshotId = own.deleted
        ? null
        : await snapshotOf(s, own, 'auto_prepull', `PULL of ${branchLabel(branch, own)}`, audit);
      await dropBranchRow(s, branch, own);
      return { wasLocal: true, snapshotId, bytes: own.sizeBytes };
    }),
  );
  reportData(s, {
    kind: 'branch',
    action: 'pull',
    bytes: result.bytes,
    seconds: (performance.now() - started) / 1000,
  });
  await logOperation(s, audit, {
    operation: 'pull_table',
    projectId: ref.projectId,
    resourceType: 'branch_table',
    resourceId: `${branch.id}/${main.bucket}/${main.name}`,
    details: { was_local: result.wasLocal, snapshot_id: result.snapshotId },
    startedAt,
  });
  return {
    bucket: main.bucket,
    table: main.name,
    message: result.wasLocal
      ? 'Table now reads from main (live view)'
      : 'Table was already reading from main',
    wasLocal: result.wasLocal,
    snapshotId: result.snapshotId,
  };
}

export interface MergeResult {
  bucket: string;
  table: string;
  rowCount: number;
  createdInMain: boolean;
  /** The snapshot of main's table the merge replaced. */
  snapshotId: string | null;
  /** Main had changed since the branch copied the table (merged with force). */
  conflict: boolean;
}

/**
 * mergeTable (what the reference lacks): the branch's copy or own table replaces main's table
 * atomically (the loads' table swap) after a snapshot of main's (`auto_premerge`), or becomes a
 * new main table; a branch tombstone drops main's table (deleteTable, with its auto-snapshot).
 * When main changed since the branch copied the table, the merge is refused with 409
 * `merge_conflict` unless `force`. Afterwards the branch reads main's table again. Locks: the
 * branch table's, then main's.
 */
export async function mergeTable(
  s: Storage,
  ref: BranchTableRef,
  opts: { force: boolean },
  audit: AuditContext,
): Promise<MergeResult> {
  const branch = requireDevBranch(s, ref.projectId, ref.branchId);
  const startedAt = Date.now();
  const started = performance.now();
  const key = tableKey(ref.bucket, ref.table);
  const outcome = await trackWrite(s, () =>
    s.locks.withWrite(tableLockKey(ref.projectId, ref.bucket, ref.table, branch.id), async () => {
      requireSameBranch(s, branch);
      const own = branch.tables.get(key);
      if (own === undefined) {
        throw new StorageError(
          'FAILED_PRECONDITION',
          'nothing_to_merge',
          `Branch ${branch.id} has not changed table ${ref.bucket}.${ref.table}: it reads main's`,
          { details: { branch_id: branch.id, bucket_name: ref.bucket, table_name: ref.table } },
        );
      }
      const main = s.catalog.table(ref.projectId, own.bucket, own.name);
      const conflict = mainChanged(own, main);
      if (conflict && !opts.force) throw mergeConflict(own, main);
      if (own.deleted) {
        if (main !== undefined) {
          // Only main's table as checked above: a main write since then is a conflict (unless force).
          await deleteTable(
            s,
            { projectId: ref.projectId, branchId: MAIN_BRANCH, bucket: main.bucket, table: main.name },
            audit,
            opts.force ? undefined : { updatedAt: main.updatedAt },
          );
        }
        await dropBranchRow(s, branch, own);
        return { rowCount: 0, createdInMain: false, snapshotId: null, conflict, bytes: 0 };
      }
      const staged = { path: await stageFileCopy(s, own), rowCount: own.rowCount };
      try {
        if (main === undefined) {
          await commitNewTable(
            s,
            { projectId: ref.projectId, branchId: MAIN_BRANCH, bucket: own.bucket, table: own.name },
            staged.path,
            {
              columns: own.columns.map((c) => ({ ...c })),
              primaryKey: [...own.primaryKey],
              rowCount: own.rowCount,
            },
          );
          await dropBranchRow(s, branch, own);
          return {
            rowCount: own.rowCount,
            createdInMain: true,
            snapshotId: null,
            conflict,
            bytes: own.sizeBytes,
          };
        }
        return await s.locks.withWrite(lockKeyOf(main), async () => {
          const current = s.catalog.table(ref.projectId, own.bucket, own.name);
          if (current === undefined || current.uid !== main.uid) {
            throw new StorageError(
              'CONFLICT',
              'table_changed',
              `Table ${own.name} changed during the merge; retry`,
            );
          }
          // Checked again under main's lock: a main write between the first check and the lock.
          if (!opts.force && mainChanged(own, current)) throw mergeConflict(own, current);
          const snapshotId = await snapshotOf(
            s,
            current,
            'auto_premerge',
            `MERGE of ${branchLabel(branch, own)}`,
            audit,
          );
          await swapTableFile(s, current, staged, {
            columns: own.columns.map((c) => ({ ...c })),
            primaryKey: [...own.primaryKey],
          });
          await dropBranchRow(s, branch, own);
          return { rowCount: own.rowCount, createdInMain: false, snapshotId, conflict, bytes: own.sizeBytes };
        });
      } finally {
        await discardStaged(staged.path);
      }
    }),
  );
  reportData(s, {
    kind: 'branch',
    action: 'merge',
    bytes: outcome.bytes,
    seconds: (performance.now() - started) / 1000,
  });
  await logOperation(s, audit, {
    operation: 'merge_table',
    projectId: ref.projectId,
    resourceType: 'branch_table',
    resourceId: `${branch.id}/${ref.bucket}/${ref.table}`,
    details: {
      row_count: outcome.rowCount,
      created_in_main: outcome.createdInMain,
      snapshot_id: outcome.snapshotId,
      forced_over_conflict: outcome.conflict,
    },
    startedAt,
  });
  return {
    bucket: ref.bucket,
    table: ref.table,
    rowCount: outcome.rowCount,
    createdInMain: outcome.createdInMain,
    snapshotId: outcome.snapshotId,
    conflict: outcome.conflict,
  };
}

export interface MergeStatusEntry {
  bucket: string;
  table: string;
  source: 'branch' | 'branch_only';
  copiedAt: string;
  branchUpdatedAt: string;
  mainUpdatedAt: string | null;
  /** Main's table changed (or was dropped, or appeared) since the branch copied it. */
  mainChanged: boolean;
  branchChanged: boolean;
  mainDeleted: boolean;
  /** The branch dropped the table (a merge drops it in main). */
  branchDeleted: boolean;
}

/** getBranchMergeStatus: per table the branch holds, whether merging it would overwrite main's changes. */
export async function branchMergeStatus(
  s: Storage,
  projectId: string,
  branchId: string,
): Promise<MergeStatusEntry[]> {
  const branch = requireDevBranch(s, projectId, branchId);
  return [...branch.tables.values()]
    .sort((a, b) => (a.bucket + a.name < b.bucket + b.name ? -1 : 1))
    .map((own) => {
      const main = s.catalog.table(projectId, own.bucket, own.name);
      return {
        bucket: own.bucket,
        table: own.name,
        source: own.baseUpdatedAt === null ? 'branch_only' : 'branch',
        copiedAt: own.createdAt,
        branchUpdatedAt: own.updatedAt,
        mainUpdatedAt: main?.updatedAt ?? null,
        mainChanged: mainChanged(own, main),
        branchChanged: own.deleted || own.baseUpdatedAt === null || own.updatedAt !== own.baseUpdatedAt,
        mainDeleted: own.baseUpdatedAt !== null && main === undefined,
        branchDeleted: own.deleted,
      };
    });
}

const mergeConflict = (own: TableEntry, main: TableEntry | undefined) =>
  new StorageError(
    'CONFLICT',
    'merge_conflict',
    `Table ${own.bucket}.${own.name} changed in main since branch ${own.branchId} copied it; merge with force to replace it`,
    {
      details: {
        bucket_name: own.bucket,
        table_name: own.name,
        copied_from: own.baseUpdatedAt,
        main_updated_at: main?.updatedAt ?? null,
      },
    },
  );

/** A pull or merge queued behind deleteBranch finds the branch gone: NOT_FOUND, not a stale file. */
function requireSameBranch(s: Storage, branch: BranchEntry): void {
  if (s.catalog.projects.get(branch.projectId)?.branches.get(branch.id) !== branch) {
    throw notFound('branch_not_found', `Branch ${branch.id} not found in project ${branch.projectId}`, {
      project_id: branch.projectId,
      branch_id: branch.id,
    });
  }
}

/** Main's table is not the one the branch started from (changed, dropped, or created meanwhile). */
function mainChanged(own: TableEntry, main: TableEntry | undefined): boolean {
  if (own.baseUpdatedAt === null) return main !== undefined;
  return main === undefined || main.updatedAt !== own.baseUpdatedAt;
}

const branchLabel = (branch: BranchEntry, t: TableEntry) => `${t.bucket}.${t.name} (branch ${branch.name})`;

async function snapshotOf(
  s: Storage,
  table: TableEntry,
  type: SnapshotType,
  what: string,
  audit: AuditContext,
) {
  const snapshot = await writeSnapshot(s, table, {
    type,
    description: `Auto-backup before ${what}`,
    retentionDays: tableConfig(s, table).effective.retention.auto_days,
    createdBy: audit.actor,
  });
  return snapshot.id;
}

/** Removes a branch's row for a table (copy, own table or tombstone) and trashes its file. */
async function dropBranchRow(s: Storage, branch: BranchEntry, own: TableEntry): Promise<void> {
  const trash = await metaWrite(s, async (tx) => {
    await tx.run(`DELETE FROM ${s.m}.tables WHERE uid = $1`, [own.uid]);
    return async () => {
      branch.tables.delete(tableKey(own.bucket, own.name));
      return own.deleted ? undefined : trashTableFile(s, own);
    };
  });
  await emptyTrash(trash);
}
