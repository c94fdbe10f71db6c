import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { DuckDBValue } from '@duckdb/node-api';
import { logOperation } from '../audit.js';
import { requireMainBranch } from '../catalog/branches.js';
import { bucketReadOnly } from '../catalog/buckets.js';
import { withQueryTimeout } from '../db/query-timeout.js';
import { quoteIdent, quoteLiteral } from '../db/sql.js';
import { invalidArgument, notFound } from '../errors.js';
import { metaWrite, num, readRows } from '../metadata/tx.js';
import type { CellValue, Preview } from '../model.js';
import { type AuditContext, type Storage, trackWrite } from '../storage.js';
import { encodeCell } from '../tables/cell-values.js';
import { columnInfos } from '../tables/schema-def.js';
import { requireTable, type TableRef } from '../tables/table-lookup.js';
import { lockKeyOf } from '../tables/table-stats.js';
import { tableConfig } from './settings.js';
import {
  DATA_FILE,
  requireSnapshot,
  type Snapshot,
  type SnapshotDetail,
  selectSnapshots,
  snapshotDir,
  withoutDefinition,
} from './snapshot-rows.js';
import { countSnapshot, writeSnapshot } from './snapshot-write.js';

export type { Snapshot, SnapshotDetail, SnapshotType } from './snapshot-rows.js';

/**
 * createSnapshot (manual): under the table's read lock (writers wait, readers go on), so the
 * row count is the file's. Refused with 400 `snapshots_disabled` when the settings say so.
 */
export async function createSnapshot(
  s: Storage,
  ref: TableRef & { description: string | null },
  audit: AuditContext,
): Promise<SnapshotDetail> {
  requireMainBranch(s, ref.projectId, ref.branchId, 'create snapshots');
  const first = requireTable(s, ref);
  if (first.projectId !== ref.projectId) throw bucketReadOnly(ref);
  const startedAt = Date.now();
  const snapshot = await trackWrite(s, () =>
    s.locks.withRead(lockKeyOf(first), async () => {
      const table = requireTable(s, ref);
      const { effective } = tableConfig(s, table);
      if (!effective.enabled) {
        throw invalidArgument(
          'snapshots_disabled',
          `Snapshots are disabled for table ${table.bucket}.${table.name}`,
          {
            bucket_name: table.bucket,
            table_name: table.name,
          },
        );
      }
      return writeSnapshot(s, table, {
        type: 'manual',
        description: ref.description,
        retentionDays: effective.retention.manual_days,
        createdBy: audit.actor,
      });
    }),
  );
  await logOperation(s, audit, {
    operation: 'create_snapshot',
    projectId: ref.projectId,
    resourceType: 'snapshot',
    resourceId: snapshot.id,
    details: {
      bucket_name: snapshot.bucket,
      table_name: snapshot.table,
      snapshot_type: snapshot.type,
      row_count: snapshot.rowCount,
    },
    startedAt,
  });
  return snapshot;
}

export interface SnapshotQuery {
  projectId: string;
  branchId: string;
  bucket?: string;
  table?: string;
  type?: string;
  limit: number;
  offset: number;
}

/** listSnapshots: live snapshots, newest first; `total` counts every match. */
export async function listSnapshots(
  s: Storage,
  q: SnapshotQuery,
): Promise<{ snapshots: Snapshot[]; total: number }> {
  requireMainBranch(s, q.projectId, q.branchId, 'list snapshots');
  const filters: string[] = [];
  const params: DuckDBValue[] = [];
  const add = (column: string, value: string | undefined) => {
    if (value === undefined) return;
    params.push(value);
    filters.push(`AND ${column} = $${params.length + 1}`);
  };
  add('bucket_name', q.bucket);
  add('table_name', q.table);
  add('snapshot_type', q.type);
  const where = filters.join(' ');
  const rows = await selectSnapshots(
    s,
    q.projectId,
    where,
    [...params, q.limit, q.offset],
    `ORDER BY created_at DESC, id LIMIT $${params.length + 2} OFFSET $${params.length + 3}`,
  );
  const counted = await s.pool.use((conn) =>
    readRows(
      conn,
      `SELECT count(*) AS n FROM ${s.m}.snapshots WHERE project_id = $1 AND expires_at > now() ${where}`,
      [q.projectId, ...params],
    ),
  );
  return { snapshots: rows.map(withoutDefinition), total: num(counted[0]?.n) };
}

export interface SnapshotRef {
  projectId: string;
  branchId: string;
  snapshotId: string;
}

/** getSnapshot: with the full definition of the table it holds. */
export async function getSnapshot(s: Storage, ref: SnapshotRef): Promise<SnapshotDetail> {
  requireMainBranch(s, ref.projectId, ref.branchId, 'get snapshots');
  return requireSnapshot(s, ref.projectId, ref.snapshotId);
}

/** deleteSnapshot: the row first (the commit point), then the files; the start-up sweep removes files a crash left. */
export async function deleteSnapshot(s: Storage, ref: SnapshotRef, audit: AuditContext): Promise<void> {
  requireMainBranch(s, ref.projectId, ref.branchId, 'delete snapshots');
  const startedAt = Date.now();
  const snapshot = await requireSnapshot(s, ref.projectId, ref.snapshotId);
  await trackWrite(s, async () => {
    await metaWrite(s, async (tx) => {
      const gone = await tx.rows(
        `DELETE FROM ${s.m}.snapshots WHERE id = $1 AND project_id = $2 RETURNING id`,
        [snapshot.id, ref.projectId],
      );
      if (gone.length === 0)
        throw notFound('snapshot_not_found', `Snapshot ${ref.snapshotId} not found`, {
          project_id: ref.projectId,
          snapshot_id: ref.snapshotId,
        });
      return () => countSnapshot(s, snapshot.type, -1, -snapshot.sizeBytes);
    });
    await rm(snapshotDir(s, ref.projectId, snapshot.id), { recursive: true, force: true });
  });
  await logOperation(s, audit, {
    operation: 'delete_snapshot',
    projectId: ref.projectId,
    resourceType: 'snapshot',
    resourceId: snapshot.id,
    details: { bucket_name: snapshot.bucket, table_name: snapshot.table, snapshot_type: snapshot.type },
    startedAt,
  });
}

/** previewSnapshot: the first `limit` rows of a snapshot in file order, without restoring it. */
export async function previewSnapshot(s: Storage, ref: SnapshotRef & { limit: number }): Promise<Preview> {
  requireMainBranch(s, ref.projectId, ref.branchId, 'get snapshots');
  const snapshot = await requireSnapshot(s, ref.projectId, ref.snapshotId);
  const file = snapshotFile(s, snapshot);
  const columns = columnInfos(snapshot.definition);
  const limit = Math.max(1, Math.min(ref.limit, s.config.previewMaxRows));
  const rows = await s.pool.use((conn) =>
    withQueryTimeout(conn, s.config.queryTimeoutMs, async () =>
      (
        await conn.run(
          `SELECT ${columns.map((c) => quoteIdent(c.name)).join(', ')} FROM read_parquet(${quoteLiteral(file)}) LIMIT ${limit}`,
        )
      ).getRows(),
    ),
  );
  const out = rows.map((row) => {
    const record: Record<string, CellValue> = {};
    columns.forEach((c, i) => {
      record[c.name] = encodeCell(row[i] ?? null);
    });
    return record;
  });
  return { columns, rows: out, totalRowCount: snapshot.rowCount, previewRowCount: out.length };
}

export const snapshotFile = (s: Storage, snapshot: Snapshot): string =>
  join(snapshotDir(s, snapshot.projectId, snapshot.id), DATA_FILE);
