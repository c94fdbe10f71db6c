import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { logOperation } from '../audit.js';
import { commitBranchTable, insertTableRow, tableChanged } from '../branches/copy-on-write.js';
import { MAIN_BRANCH, resolveBranch } from '../catalog/branches.js';
import { type BucketRef, bucketReadOnly, requireBucket, requireOwnBucket } from '../catalog/buckets.js';
import { type BranchEntry, MAIN_TABLES, type TableEntry, tableKey, toTable } from '../catalog/catalog.js';
import { nameKey, validateName } from '../catalog/names.js';
import { stagingDir, walFile } from '../catalog/paths.js';
import { emptyTrash, moveToTrash } from '../catalog/trash.js';
import { alreadyExists, StorageError } from '../errors.js';
import { metaWrite } from '../metadata/tx.js';
import type { ColumnInfo, ColumnSpec, Table } from '../model.js';
import { snapshotBeforeChange } from '../snapshots/auto-snapshot.js';
import { settingsCleanup } from '../snapshots/settings.js';
import { type AuditContext, type Storage, trackWrite } from '../storage.js';
import { nowIso } from '../timestamps.js';
import { findAlias } from './alias-lookup.js';
import { aliasesIn, describeAlias, dropAlias, refuseAliasedDrop } from './aliases.js';
import { buildTableFile, fsyncPath } from './table-build.js';
import { columnDefinitions } from './table-ddl.js';
import { findTable, requireTable, type TableRef } from './table-lookup.js';
import { fileBytes, lockKeyOf, tableLockKey, tablePath } from './table-stats.js';

export { requireTable, type TableRef } from './table-lookup.js';
export { insertRows } from './table-rows.js';

const tableExists = (ref: TableRef, bucket: string) =>
  alreadyExists('table_exists', `Table ${ref.table} already exists in bucket ${bucket}`, {
    project_id: ref.projectId,
    bucket_name: bucket,
    table_name: ref.table,
  });

/**
 * createTable, atomically: the file is built in `_staging/` (CREATE TABLE, CHECKPOINT,
 * DETACH, fsync), renamed into place, then the catalog row commits (the commit point). On
 * failure nothing remains; after a crash start-up reconciliation removes a file without a row.
 */
export async function createTable(
  s: Storage,
  input: BucketRef & { name: string; columns: ColumnSpec[]; primaryKey: string[] },
  audit: AuditContext,
): Promise<Table> {
  const { branch } = resolveBranch(s, input.projectId, input.branchId);
  const first = requireOwnBucket(s, input);
  validateName('table', input.name);
  const ref = { ...input, table: input.name };
  if (findTable(s, ref) !== undefined || findAlias(s, ref) !== undefined) throw tableExists(ref, first.name);
  const ddl = columnDefinitions(input.columns, input.primaryKey);
  const startedAt = Date.now();
  const entry = await trackWrite(s, () =>
    s.locks.withWrite(tableLockKey(input.projectId, first.name, input.name, branch?.id), async () => {
      const staged = join(stagingDir(s.config.duckdbDir), `${randomUUID()}.duckdb`);
      try {
        const columns = await buildTableFile(s, staged, ddl.sql);
        if (branch === null) {
          return await commitNewTable(
            s,
            ref,
            staged,
            { columns, primaryKey: ddl.primaryKey, rowCount: 0 },
            first.uid,
          );
        }
        // A table of this branch alone (reference pitfall 06/4: 500, then invisible).
        if (findTable(s, ref) !== undefined || findAlias(s, ref) !== undefined)
          throw tableExists(ref, first.name);
        const now = nowIso();
        return await commitBranchTable(
          s,
          branch,
          {
            uid: randomUUID(),
            branchId: branch.id,
            baseUpdatedAt: null,
            deleted: false,
            projectId: input.projectId,
            bucket: first.name,
            name: input.name,
            columns,
            primaryKey: ddl.primaryKey,
            rowCount: 0,
            sizeBytes: 0,
            createdAt: now,
            updatedAt: now,
          },
          staged,
        );
      } finally {
        await rm(staged, { force: true });
        await rm(walFile(staged), { force: true });
      }
    }),
  );
  await logOperation(s, audit, {
    operation: 'create_table',
    projectId: input.projectId,
    resourceType: 'table',
    resourceId: `${entry.bucket}.${entry.name}`,
    details: {
      bucket_name: entry.bucket,
      table_name: entry.name,
      column_count: entry.columns.length,
      primary_key: entry.primaryKey,
      branch_id: input.branchId,
    },
    startedAt,
  });
  return toTable(entry);
}

/**
 * Puts a built, fsynced file in `_staging/` in place as the new table `ref.table` and commits
 * its catalog row (the commit point). Caller holds the table's write lock; shared by createTable
 * and snapshot restore. On failure the placed file is removed; the staged one is the caller's.
 */
const bucketChanged = (ref: TableRef) =>
  new StorageError('CONFLICT', 'bucket_changed', `Bucket ${ref.bucket} changed during the request; retry`, {
    details: { project_id: ref.projectId, bucket_name: ref.bucket },
  });

export async function commitNewTable(
  s: Storage,
  ref: TableRef,
  staged: string,
  built: { columns: ColumnInfo[]; primaryKey: string[]; rowCount: number },
  /** The bucket the caller checked before its lock: a name re-used meanwhile (even as a link) is refused. */
  bucketUid?: string,
): Promise<TableEntry> {
  return metaWrite(s, async (tx) => {
    const bucket = requireOwnBucket(s, ref);
    if (bucketUid !== undefined && bucket.uid !== bucketUid) throw bucketChanged(ref);
    if (
      bucket.tables.has(nameKey(ref.table)) ||
      findAlias(s, { ...ref, branchId: MAIN_BRANCH }) !== undefined
    )
      throw tableExists(ref, bucket.name);
    const now = nowIso();
    const table: TableEntry = {
      uid: randomUUID(),
      branchId: MAIN_TABLES,
      baseUpdatedAt: null,
      deleted: false,
      projectId: ref.projectId,
      bucket: bucket.name,
      name: ref.table,
      columns: built.columns,
      primaryKey: built.primaryKey,
      rowCount: built.rowCount,
      sizeBytes: 0,
      createdAt: now,
      updatedAt: now,
    };
    const final = tablePath(s, table);
    await mkdir(dirname(final), { recursive: true });
    await rename(staged, final);
    await fsyncPath(dirname(final));
    table.sizeBytes = await fileBytes(final);
    try {
      await insertTableRow(s, tx, table);
    } catch (error) {
      await rm(final, { force: true });
      throw error;
    }
    return () => {
      bucket.tables.set(nameKey(ref.table), table);
      return table;
    };
  });
}

/** listTables: on a dev branch, main's tables overlaid by the branch's copies, tombstones and own tables. */
/**
 * Drop on a dev branch: its own copy or table goes, and a tombstone hides main's table from the
 * branch (main is never touched). Under the branch table's write lock.
 */
async function dropOnBranch(s: Storage, branch: BranchEntry, ref: TableRef): Promise<void> {
  const key = tableKey(ref.bucket, ref.table);
  await s.locks.withWrite(tableLockKey(ref.projectId, ref.bucket, ref.table, branch.id), async () => {
    const current = requireTable(s, ref);
    const own = branch.tables.get(key);
    const main = s.catalog.table(ref.projectId, ref.bucket, ref.table);
    const trash = await metaWrite(s, async (tx) => {
      if (own !== undefined) await tx.run(`DELETE FROM ${s.m}.tables WHERE uid = $1`, [own.uid]);
      let tombstone: TableEntry | undefined;
      if (main !== undefined) {
        tombstone = {
          ...current,
          uid: randomUUID(),
          branchId: branch.id,
          deleted: true,
          rowCount: 0,
          sizeBytes: 0,
        };
        tombstone.baseUpdatedAt = main.updatedAt;
        tombstone.updatedAt = nowIso();
        await insertTableRow(s, tx, tombstone);
      }
      return async () => {
        if (tombstone === undefined) branch.tables.delete(key);
        else branch.tables.set(key, tombstone);
        return own === undefined ? undefined : trashTableFile(s, own);
      };
    });
    await emptyTrash(trash);
  });
}

/** Detaches a table's file and moves it (and its WAL) to the trash. */
export async function trashTableFile(s: Storage, table: TableEntry): Promise<string | undefined> {
  const file = tablePath(s, table);
  await s.files.forget(file);
  await rm(walFile(file), { force: true });
  return moveToTrash(s, file);
}

export async function listTables(s: Storage, ref: BucketRef): Promise<Table[]> {
  const { branch } = resolveBranch(s, ref.projectId, ref.branchId);
  const bucket = requireBucket(s, ref);
  const visible = new Map(bucket.tables);
  // A linked bucket (another project's) has no branch rows here.
  const rows = bucket.projectId === ref.projectId ? (branch?.tables.values() ?? []) : [];
  for (const t of rows) {
    if (nameKey(t.bucket) !== nameKey(bucket.name)) continue;
    if (t.deleted) visible.delete(nameKey(t.name));
    else visible.set(nameKey(t.name), t);
  }
  const tables = [...visible.values()].map((t) => asSeenFrom(ref, t));
  // Aliases of own buckets (a link shows none), each described through its source.
  const aliases = bucket.projectId === ref.projectId ? aliasesIn(s, { ...ref, bucket: bucket.name }) : [];
  for (const alias of aliases) {
    tables.push(await describeAlias(s, { ...ref, bucket: alias.bucket, table: alias.name }, alias));
  }
  return tables.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** getTable: a table, or an alias table described through its source (aliases.ts). */
export async function getTable(s: Storage, ref: TableRef): Promise<Table> {
  const table = findTable(s, ref);
  const alias = table === undefined ? findAlias(s, ref) : undefined;
  if (alias !== undefined) return describeAlias(s, ref, alias);
  return asSeenFrom(ref, requireTable(s, ref));
}

/** A table as the caller addresses it: through a link it carries the link's bucket name. */
function asSeenFrom(ref: BucketRef, t: TableEntry): Table {
  const table = toTable(t);
  return t.projectId === ref.projectId ? table : { ...table, projectId: ref.projectId, bucket: ref.bucket };
}

/**
 * deleteTable: under the table's write lock, the catalog delete commits first; then the file
 * (and its WAL) is detached and removed. A crash in between leaves a file without a row, which
 * start-up reconciliation removes.
 */
export async function deleteTable(
  s: Storage,
  ref: TableRef,
  audit: AuditContext,
  /** Drop only the table as it was then (a merge of a branch's drop); else CONFLICT `table_changed`. */
  expect?: { updatedAt: string },
): Promise<void> {
  // An alias goes alone (its row); a table aliases read stays until they are dropped.
  if (findTable(s, ref) === undefined && findAlias(s, ref) !== undefined) return dropAlias(s, ref, audit);
  const first = requireTable(s, ref);
  refuseAliasedDrop(s, { ...ref, bucket: first.bucket, table: first.name });
  if (first.projectId !== ref.projectId) throw bucketReadOnly(ref);
  const startedAt = Date.now();
  const { branch } = resolveBranch(s, ref.projectId, ref.branchId);
  if (branch !== null) {
    await trackWrite(s, () => dropOnBranch(s, branch, ref));
  } else {
    await trackWrite(s, () =>
      s.locks.withWrite(lockKeyOf(first), async () => {
        const current = requireTable(s, ref);
        refuseAliasedDrop(s, { ...ref, bucket: current.bucket, table: current.name });
        // Re-created, or its bucket name re-used as a link, while we waited: not ours to drop.
        if (current.projectId !== ref.projectId || lockKeyOf(current) !== lockKeyOf(first))
          throw tableChanged(ref);
        if (expect !== undefined && current.updatedAt !== expect.updatedAt) throw tableChanged(ref);
        await snapshotBeforeChange(
          s,
          current,
          {
            triggers: ['drop_table'],
            type: 'auto_predrop',
            what: `DROP TABLE ${current.bucket}.${current.name}`,
          },
          audit,
        );
        const trash = await metaWrite(s, async (tx) => {
          const table = requireTable(s, ref);
          if (table.uid !== current.uid) throw tableChanged(ref);
          const settings = settingsCleanup(s, { projectId: ref.projectId, tableUid: table.uid });
          await settings.run(tx);
          await tx.run(`DELETE FROM ${s.m}.tables WHERE uid = $1`, [table.uid]);
          return async () => {
            settings.forget();
            s.catalog.removeTable(table);
            return trashTableFile(s, table);
          };
        });
        await emptyTrash(trash);
      }),
    );
  }
  await logOperation(s, audit, {
    operation: 'delete_table',
    projectId: ref.projectId,
    resourceType: 'table',
    resourceId: `${first.bucket}.${first.name}`,
    details: { bucket_name: first.bucket, table_name: first.name, branch_id: ref.branchId },
    startedAt,
  });
}
