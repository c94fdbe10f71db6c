import { join } from 'node:path';
import { projectDirName, STAGING_DIR } from '../catalog/paths.js';
import { notFound } from '../errors.js';
import { iso, num, type Params, type Row, readRows, text, textOrNull } from '../metadata/tx.js';
import type { Storage } from '../storage.js';
import type { TableDef } from '../tables/schema-def.js';

/**
 * snapshot_type values: the reference's four, plus the destructive paths it never covered
 * (full load, restore over a table, bucket cascade delete).
 */
export type SnapshotType =
  | 'manual'
  | 'auto_predrop'
  | 'auto_predrop_column'
  | 'auto_pretruncate'
  | 'auto_preload'
  | 'auto_prerestore'
  | 'auto_predelete_bucket'
  | 'auto_prepull'
  | 'auto_premerge';

export interface Snapshot {
  id: string;
  projectId: string;
  bucket: string;
  table: string;
  type: SnapshotType;
  rowCount: number;
  sizeBytes: number;
  createdAt: string;
  /** 'admin' or the id of the API key that acted (manual or through the destructive call). */
  createdBy: string | null;
  expiresAt: string;
  description: string | null;
}

/** A snapshot with the full definition of the table it holds (types, NOT NULL, defaults, key). */
export interface SnapshotDetail extends Snapshot {
  definition: TableDef;
}

/** `snap_{table}_{YYYYMMDD}_{HHMMSS}_{random}`: the reference's prefix, never colliding. */
export const SNAPSHOT_ID = /^snap_[A-Za-z0-9][A-Za-z0-9_.-]{0,95}_\d{8}_\d{6}_[0-9a-f]{12}$/;

/** Paths derive from ids only (project ids and snapshot ids are path-safe by their patterns). */
export const snapshotDir = (s: Storage, projectId: string, id: string): string =>
  join(s.config.snapshotsDir, projectDirName(projectId), id);
export const snapshotProjectDir = (s: Storage, projectId: string): string =>
  join(s.config.snapshotsDir, projectDirName(projectId));
export const snapshotStaging = (s: Storage): string => join(s.config.snapshotsDir, STAGING_DIR);
export const DATA_FILE = 'data.parquet';

export const SNAPSHOT_COLUMNS =
  'id, project_id, bucket_name, table_name, snapshot_type, row_count, size_bytes, definition, created_at, created_by, expires_at, description';

export function toSnapshot(r: Row): SnapshotDetail {
  return {
    id: text(r.id),
    projectId: text(r.project_id),
    bucket: text(r.bucket_name),
    table: text(r.table_name),
    type: text(r.snapshot_type) as SnapshotType,
    rowCount: num(r.row_count),
    sizeBytes: num(r.size_bytes),
    createdAt: iso(r.created_at),
    createdBy: textOrNull(r.created_by),
    expiresAt: iso(r.expires_at),
    description: textOrNull(r.description),
    definition: JSON.parse(text(r.definition)) as TableDef,
  };
}

export const withoutDefinition = ({ definition: _, ...snapshot }: SnapshotDetail): Snapshot => snapshot;

/** Live (unexpired) rows of a project matching `where` (which starts with AND or is empty). */
export async function selectSnapshots(
  s: Storage,
  projectId: string,
  where: string,
  params: Params,
  tail = '',
): Promise<SnapshotDetail[]> {
  return s.pool.use(async (conn) =>
    (
      await readRows(
        conn,
        `SELECT ${SNAPSHOT_COLUMNS} FROM ${s.m}.snapshots WHERE project_id = $1 AND expires_at > now() ${where} ${tail}`,
        [projectId, ...params],
      )
    ).map(toSnapshot),
  );
}

/** The live snapshot or NOT_FOUND `snapshot_not_found` (an expired one is gone, note 05 pitfall 1). */
export async function requireSnapshot(s: Storage, projectId: string, id: string): Promise<SnapshotDetail> {
  const [row] = SNAPSHOT_ID.test(id) ? await selectSnapshots(s, projectId, 'AND id = $2', [id]) : [];
  if (row === undefined) {
    throw notFound('snapshot_not_found', `Snapshot ${id} not found`, {
      project_id: projectId,
      snapshot_id: id,
    });
  }
  return row;
}
