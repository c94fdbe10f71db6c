import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { logOperation } from '../audit.js';
import { resolveBranch } from '../catalog/branches.js';
import { bucketReadOnly } from '../catalog/buckets.js';
import { type BranchEntry, MAIN_TABLES, type TableEntry, tableKey } from '../catalog/catalog.js';
import { nameKey } from '../catalog/names.js';
import { stagingDir } from '../catalog/paths.js';
import { checkpoint } from '../db/checkpoint.js';
import { notFound, StorageError } from '../errors.js';
import { type MetaTx, metaWrite } from '../metadata/tx.js';
import { type AuditContext, reportData, type Storage } from '../storage.js';
import { fsyncPath } from '../tables/table-build.js';
import { requireTable, type TableRef } from '../tables/table-lookup.js';
import { fileBytes, lockKeyOf, tableLockKey, tablePath } from '../tables/table-stats.js';
import { nowIso } from '../timestamps.js';

/**
 * Copy-on-write of dev branches (reference pitfalls 06/1, 06/2, 06/14): a branch reads main's
 * table in place until it first writes it; the first write copies main's file into the branch,
 * under main's write lock after a CHECKPOINT (so the copy is whole and current), and records the
 * copy in the catalog; from then on the branch reads and writes its copy only.
 *
 * Lock order, everywhere: a branch table's key before main's key.
 */

/** Runs `fn` on the table a write through `ref` must change, under that table's write lock. */
export async function withTableWrite<T>(
  s: Storage,
  ref: TableRef,
  audit: AuditContext,
  fn: (table: TableEntry) => Promise<T>,
): Promise<T> {
  const first = await writableTable(s, ref, audit);
  const key = lockKeyOf(first);
  return s.locks.withWrite(key, async () => {
    const current = requireTable(s, ref);
    if (lockKeyOf(current) !== key) throw tableChanged(ref);
    return fn(current);
  });
}

/**
 * Runs `fn` on the table a read through `ref` sees, under that table's read lock (retried once
 * if a branch copied, pulled or merged it between the lookup and the lock).
 */
export async function withTableRead<T>(
  s: Storage,
  ref: TableRef,
  fn: (table: TableEntry) => Promise<T>,
): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    const key = lockKeyOf(requireTable(s, ref));
    const done = await s.locks.withRead(key, async () => {
      const current = requireTable(s, ref);
      return lockKeyOf(current) === key ? { value: await fn(current) } : undefined;
    });
    if (done !== undefined) return done.value;
    if (attempt > 0) throw tableChanged(ref);
  }
}

/**
 * A whole, current copy of a table's file in `_staging/`: CHECKPOINT (the WAL folded in), copy,
 * fsync. The caller holds the table's write lock (nothing changes it meanwhile) and owns the copy.
 */
export async function stageFileCopy(s: Storage, table: TableEntry): Promise<string> {
  const from = tablePath(s, table);
  const lease = await s.files.lease(from);
  try {
    await s.pool.use((conn) => checkpoint(conn, lease.alias));
  } finally {
    lease.release();
  }
  const path = join(stagingDir(s.config.duckdbDir), `${randomUUID()}.duckdb`);
  try {
    await copyFile(from, path);
    await fsyncPath(path);
  } catch (error) {
    await rm(path, { force: true });
    throw error;
  }
  return path;
}

/** Pulled, merged or dropped between the copy and the lock: nothing was written; the client retries. */
export const tableChanged = (ref: TableRef): StorageError =>
  new StorageError('CONFLICT', 'table_changed', `Table ${ref.table} changed during the request; retry`, {
    details: { bucket_name: ref.bucket, table_name: ref.table, branch_id: ref.branchId },
  });

/** The entry a write through `ref` must change: on a dev branch its own, copied from main first if needed. */
export async function writableTable(s: Storage, ref: TableRef, audit: AuditContext): Promise<TableEntry> {
  const { branch } = resolveBranch(s, ref.projectId, ref.branchId);
  const current = requireTable(s, ref);
  if (current.projectId !== ref.projectId) throw bucketReadOnly(ref);
  if (branch === null || current.branchId !== MAIN_TABLES) return current;
  return copyToBranch(s, branch, current, audit);
}

async function copyToBranch(s: Storage, branch: BranchEntry, main: TableEntry, audit: AuditContext) {
  const key = tableKey(main.bucket, main.name);
  const startedAt = Date.now();
  const started = performance.now();
  const copied = await s.locks.withWrite(
    tableLockKey(main.projectId, main.bucket, main.name, branch.id),
    () =>
      s.locks.withWrite(lockKeyOf(main), async () => {
        const existing = branch.tables.get(key);
        if (existing !== undefined) {
          if (existing.deleted) throw tableGone(main);
          return { entry: existing, copied: false };
        }
        const source = s.catalog.table(main.projectId, main.bucket, main.name);
        if (source === undefined || source.uid !== main.uid) throw tableGone(main);
        const staged = await stageFileCopy(s, source);
        try {
          const entry = await commitBranchTable(
            s,
            branch,
            {
              ...source,
              columns: source.columns.map((c) => ({ ...c })),
              primaryKey: [...source.primaryKey],
              uid: randomUUID(),
              branchId: branch.id,
              baseUpdatedAt: source.updatedAt,
              deleted: false,
              createdAt: nowIso(),
            },
            staged,
          );
          return { entry, copied: true };
        } finally {
          await rm(staged, { force: true });
        }
      }),
  );
  if (copied.copied) {
    reportData(s, {
      kind: 'branch',
      action: 'copy',
      bytes: copied.entry.sizeBytes,
      seconds: (performance.now() - started) / 1000,
    });
    await logOperation(s, audit, {
      operation: 'copy_table_to_branch',
      projectId: main.projectId,
      resourceType: 'branch_table',
      resourceId: `${branch.id}/${main.bucket}/${main.name}`,
      details: {
        branch_id: branch.id,
        bucket_name: main.bucket,
        table_name: main.name,
        size_bytes: copied.entry.sizeBytes,
      },
      startedAt,
    });
  }
  return copied.entry;
}

const tableGone = (t: TableEntry) =>
  notFound('table_not_found', `Table ${t.name} not found in bucket ${t.bucket}`, {
    project_id: t.projectId,
    bucket_name: t.bucket,
    table_name: t.name,
  });

/**
 * Puts a staged, fsynced file in place as the branch's table `entry` and commits its row,
 * replacing a tombstone of the same name. The commit point is the row; a file renamed without
 * one is removed by start-up reconciliation. Caller holds the branch table's write lock.
 */
export async function commitBranchTable(
  s: Storage,
  branch: BranchEntry,
  entry: TableEntry,
  staged: string,
): Promise<TableEntry> {
  const key = tableKey(entry.bucket, entry.name);
  const final = tablePath(s, entry);
  const bucketUid = s.catalog.bucket(entry.projectId, entry.bucket)?.uid;
  return metaWrite(s, async (tx) => {
    // The branch and the bucket must still be there (a delete may have run while we copied).
    const project = s.catalog.projects.get(entry.projectId);
    if (project?.branches.get(branch.id) !== branch) {
      throw notFound('branch_not_found', `Branch ${branch.id} not found in project ${entry.projectId}`, {
        project_id: entry.projectId,
        branch_id: branch.id,
      });
    }
    const bucket = s.catalog.bucket(entry.projectId, entry.bucket);
    if (bucket === undefined || bucket.uid !== bucketUid) throw tableGone(entry);
    await mkdir(dirname(final), { recursive: true });
    await rename(staged, final);
    await fsyncPath(dirname(final));
    entry.sizeBytes = await fileBytes(final);
    const tombstone = branch.tables.get(key);
    try {
      if (tombstone !== undefined) await tx.run(`DELETE FROM ${s.m}.tables WHERE uid = $1`, [tombstone.uid]);
      await insertTableRow(s, tx, entry);
    } catch (error) {
      await rm(final, { force: true });
      throw error;
    }
    return () => {
      branch.tables.set(key, entry);
      return entry;
    };
  });
}

/** The `tables` row of an entry (main table, branch copy, branch table or tombstone). */
export async function insertTableRow(s: Storage, tx: MetaTx, t: TableEntry): Promise<void> {
  await tx.run(
    `INSERT INTO ${s.m}.tables (project_id, branch_id, bucket_key, name_key, name, columns, primary_key, row_count,
       size_bytes, created_at, updated_at, uid, base_updated_at, deleted)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
    [
      t.projectId,
      t.branchId,
      nameKey(t.bucket),
      nameKey(t.name),
      t.name,
      JSON.stringify(t.columns),
      JSON.stringify(t.primaryKey),
      t.rowCount,
      t.sizeBytes,
      t.createdAt,
      t.updatedAt,
      t.uid,
      t.baseUpdatedAt,
      t.deleted,
    ],
  );
}
