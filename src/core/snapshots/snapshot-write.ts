import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { TableEntry } from '../catalog/catalog.js';
import { quoteLiteral } from '../db/sql.js';
import { metaWrite, num, readRows } from '../metadata/tx.js';
import { reportData, type Storage } from '../storage.js';
import { readTableDef } from '../tables/schema-def.js';
import { fsyncPath } from '../tables/table-build.js';
import { tablePath } from '../tables/table-stats.js';
import {
  DATA_FILE,
  type SnapshotDetail,
  type SnapshotType,
  snapshotDir,
  snapshotStaging,
} from './snapshot-rows.js';

const DAY_MS = 86_400_000;

export interface SnapshotRequest {
  type: SnapshotType;
  description: string | null;
  retentionDays: number;
  createdBy: string | null;
}

function newSnapshotId(table: string, now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '_').slice(0, 15);
  return `snap_${table}_${stamp}_${randomBytes(6).toString('hex')}`;
}

/**
 * Writes a snapshot of `table`; the caller holds the table's read or write lock, so the file
 * does not change while it is exported (reference pitfall 05/4). The definition is read and the
 * rows exported on one connection; the row count comes from the exported file itself.
 *
 * Atomic (pitfall 05/3): the Parquet file is written into `_staging/{uuid}/`, fsynced, the
 * directory renamed to `project_{id}/{snapshot id}` and fsynced, then the row commits (the
 * commit point). A failure removes what was written; after a crash the start-up sweep removes
 * directories without a row (and staging leftovers).
 */
export async function writeSnapshot(
  s: Storage,
  table: TableEntry,
  req: SnapshotRequest,
): Promise<SnapshotDetail> {
  const started = performance.now();
  const now = new Date();
  const id = newSnapshotId(table.name, now);
  const temp = join(snapshotStaging(s), randomUUID());
  const file = join(temp, DATA_FILE);
  const final = snapshotDir(s, table.projectId, id);
  let placed = false;
  try {
    await mkdir(temp, { recursive: true });
    const lease = await s.files.lease(tablePath(s, table));
    let exported: { definition: Awaited<ReturnType<typeof readTableDef>>; rowCount: number };
    try {
      exported = await s.pool.use(async (conn) => {
        const definition = await readTableDef(conn, lease.alias);
        await conn.run(
          `COPY (SELECT * FROM ${lease.alias}.main.data) TO ${quoteLiteral(file)} (FORMAT PARQUET, COMPRESSION ZSTD)`,
        );
        const counted = await readRows(conn, `SELECT count(*) AS n FROM read_parquet(${quoteLiteral(file)})`);
        return { definition, rowCount: num(counted[0]?.n) };
      });
    } finally {
      lease.release();
    }
    await fsyncPath(file);
    const sizeBytes = (await stat(file)).size;
    await mkdir(dirname(final), { recursive: true });
    await rename(temp, final);
    placed = true;
    await fsyncPath(dirname(final));
    const snapshot: SnapshotDetail = {
      id,
      projectId: table.projectId,
      bucket: table.bucket,
      table: table.name,
      type: req.type,
      rowCount: exported.rowCount,
      sizeBytes,
      createdAt: now.toISOString(),
      createdBy: req.createdBy,
      expiresAt: new Date(now.getTime() + req.retentionDays * DAY_MS).toISOString(),
      description: req.description,
      definition: exported.definition,
    };
    await metaWrite(s, async (tx) => {
      await tx.run(
        `INSERT INTO ${s.m}.snapshots (id, project_id, bucket_name, table_name, table_uid, snapshot_type, row_count, size_bytes, definition, created_at, created_by, expires_at, description)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [
          id,
          snapshot.projectId,
          snapshot.bucket,
          snapshot.table,
          table.uid,
          snapshot.type,
          snapshot.rowCount,
          sizeBytes,
          JSON.stringify(snapshot.definition),
          snapshot.createdAt,
          snapshot.createdBy,
          snapshot.expiresAt,
          snapshot.description,
        ],
      );
      return () => countSnapshot(s, snapshot.type, 1, sizeBytes);
    });
    reportData(s, {
      kind: 'snapshot',
      action: 'create',
      type: snapshot.type,
      rows: snapshot.rowCount,
      bytes: sizeBytes,
      seconds: (performance.now() - started) / 1000,
    });
    return snapshot;
  } catch (error) {
    await rm(placed ? final : temp, { recursive: true, force: true });
    throw error;
  }
}

/** Keeps the in-memory totals behind the snapshot gauges (count and bytes by type). */
export function countSnapshot(s: Storage, type: string, count: number, bytes: number): void {
  const totals = s.snapshotTotals.get(type) ?? { count: 0, bytes: 0 };
  totals.count += count;
  totals.bytes += bytes;
  s.snapshotTotals.set(type, totals);
}
