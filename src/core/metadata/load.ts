import { aliasKey, type BucketEntry, MAIN_TABLES, type TableEntry, tableKey } from '../catalog/catalog.js';
import type { RowFilter } from '../filters/structured-filter.js';
import type { ApiKeyScope, ColumnInfo, ProjectStatus } from '../model.js';
import type { Storage } from '../storage.js';
import { iso, isoOrNull, num, readRows, text, textOrNull } from './tx.js';

/** Fills the in-memory catalog from metadata.duckdb (start-up only). */
export async function loadCatalog(s: Storage): Promise<void> {
  const { m, metaConn: conn, catalog } = s;
  for (const r of await readRows(conn, `SELECT * FROM ${m}.projects`)) {
    const settings = textOrNull(r.settings);
    catalog.projects.set(text(r.id), {
      project: {
        id: text(r.id),
        name: textOrNull(r.name),
        dbPath: text(r.db_path),
        createdAt: iso(r.created_at),
        updatedAt: iso(r.updated_at),
        status: text(r.status) as ProjectStatus,
        settings: settings === null ? null : (JSON.parse(settings) as Record<string, unknown>),
      },
      buckets: new Map(),
      branches: new Map(),
      links: new Map(),
      aliases: new Map(),
    });
  }
  for (const r of await readRows(conn, `SELECT * FROM ${m}.branches`)) {
    catalog.projects.get(text(r.project_id))?.branches.set(text(r.id), {
      id: text(r.id),
      projectId: text(r.project_id),
      name: text(r.name),
      description: textOrNull(r.description),
      createdAt: iso(r.created_at),
      createdBy: textOrNull(r.created_by),
      tables: new Map(),
    });
  }
  for (const r of await readRows(conn, `SELECT * FROM ${m}.buckets`)) {
    const project = catalog.projects.get(text(r.project_id));
    const bucket: BucketEntry = {
      uid: text(r.uid),
      projectId: text(r.project_id),
      name: text(r.name),
      description: textOrNull(r.description),
      createdAt: iso(r.created_at),
      tables: new Map(),
      sharedWith: new Set(),
    };
    project?.buckets.set(text(r.name_key), bucket);
  }
  for (const r of await readRows(conn, `SELECT * FROM ${m}.tables`)) {
    const project = catalog.projects.get(text(r.project_id));
    const bucket = project?.buckets.get(text(r.bucket_key));
    if (project === undefined || bucket === undefined) continue;
    const branchId = text(r.branch_id);
    const table: TableEntry = {
      uid: text(r.uid),
      branchId,
      baseUpdatedAt: isoOrNull(r.base_updated_at),
      deleted: r.deleted === true,
      projectId: bucket.projectId,
      bucket: bucket.name,
      name: text(r.name),
      columns: JSON.parse(text(r.columns)) as ColumnInfo[],
      primaryKey: JSON.parse(text(r.primary_key)) as string[],
      rowCount: num(r.row_count),
      sizeBytes: num(r.size_bytes),
      createdAt: iso(r.created_at),
      updatedAt: iso(r.updated_at),
    };
    if (branchId === MAIN_TABLES) bucket.tables.set(text(r.name_key), table);
    else project.branches.get(branchId)?.tables.set(tableKey(bucket.name, table.name), table);
  }
  for (const r of await readRows(conn, `SELECT * FROM ${m}.table_aliases`)) {
    const project = catalog.projects.get(text(r.project_id));
    const bucket = project?.buckets.get(text(r.bucket_key));
    if (project === undefined || bucket === undefined) continue;
    const branchId = text(r.branch_id);
    project.aliases.set(aliasKey(branchId, bucket.name, text(r.name)), {
      uid: text(r.uid),
      projectId: project.project.id,
      branchId,
      bucket: bucket.name,
      name: text(r.name),
      sourceBucket: text(r.source_bucket),
      sourceTable: text(r.source_table),
      columns: JSON.parse(text(r.columns)) as string[],
      where: JSON.parse(text(r.where_filters)) as RowFilter[],
      createdAt: iso(r.created_at),
    });
  }
  const bucketsByUid = new Map(
    [...catalog.projects.values()].flatMap((p) => [...p.buckets.values()].map((b) => [b.uid, b] as const)),
  );
  for (const r of await readRows(conn, `SELECT * FROM ${m}.bucket_shares`)) {
    bucketsByUid.get(text(r.source_bucket_uid))?.sharedWith.add(text(r.target_project_id));
  }
  for (const r of await readRows(conn, `SELECT * FROM ${m}.bucket_links`)) {
    catalog.projects.get(text(r.target_project_id))?.links.set(text(r.name_key), {
      id: text(r.id),
      name: text(r.name),
      sourceProjectId: text(r.source_project_id),
      sourceBucketUid: text(r.source_bucket_uid),
      createdAt: iso(r.created_at),
    });
  }
  for (const r of await readRows(conn, `SELECT * FROM ${m}.api_keys`)) {
    catalog.addKey({
      key: {
        id: text(r.id),
        projectId: text(r.project_id),
        branchId: textOrNull(r.branch_id),
        keyPrefix: text(r.key_prefix),
        scope: text(r.scope) as ApiKeyScope,
        description: textOrNull(r.description),
        createdAt: iso(r.created_at),
        lastUsedAt: isoOrNull(r.last_used_at),
        expiresAt: isoOrNull(r.expires_at),
        revokedAt: isoOrNull(r.revoked_at),
      },
      hash: text(r.key_hash),
      lifetimeMs: r.lifetime_ms === null ? null : num(r.lifetime_ms),
      dirty: false,
    });
  }
  const seq = await readRows(conn, `SELECT coalesce(max(id), 0) AS n FROM ${m}.operations_log`);
  s.state.opLogSeq = num(seq[0]?.n);
}
