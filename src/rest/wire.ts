import type { components } from '../../generated/openapi.js';
import type { S3Credential } from '../core/auth/s3-credentials.js';
import type {
  ApiKey,
  Bucket,
  ColumnInfo,
  IssuedApiKey,
  Preview,
  ProjectStats,
  ProjectWithStats,
  Table,
} from '../core/model.js';

/** Core (camelCase) -> wire (the spec's snake_case schemas). */
type Schemas = components['schemas'];

export function projectJson(p: ProjectWithStats): Schemas['ProjectResponse'] {
  return {
    id: p.id,
    name: p.name,
    db_path: p.dbPath,
    created_at: p.createdAt,
    updated_at: p.updatedAt,
    size_bytes: p.sizeBytes,
    table_count: p.tableCount,
    bucket_count: p.bucketCount,
    status: p.status,
    settings: p.settings,
  };
}

export function statsJson(s: ProjectStats): Schemas['ProjectStatsResponse'] {
  return { id: s.id, size_bytes: s.sizeBytes, table_count: s.tableCount, bucket_count: s.bucketCount };
}

export function apiKeyJson(k: ApiKey): Schemas['ApiKeyResponse'] {
  return {
    ...keyCommon(k),
    last_used_at: k.lastUsedAt,
    is_revoked: k.revokedAt !== null,
  };
}

export function issuedKeyJson(issued: IssuedApiKey): Schemas['ApiKeyCreateResponse'] {
  return { ...keyCommon(issued.key), api_key: issued.secret };
}

function keyCommon(k: ApiKey) {
  return {
    id: k.id,
    project_id: k.projectId,
    branch_id: k.branchId,
    key_prefix: k.keyPrefix,
    scope: k.scope,
    description: k.description,
    created_at: k.createdAt,
    expires_at: k.expiresAt,
  };
}

export function bucketJson(b: Bucket): Schemas['BucketResponse'] {
  return {
    name: b.name,
    table_count: b.tableCount,
    description: b.description,
    is_linked: b.linkedFrom !== null,
    source_project_id: b.linkedFrom?.projectId ?? null,
    source_bucket_name: b.linkedFrom?.bucket ?? null,
    created_at: b.createdAt,
  };
}

export function columnJson(c: ColumnInfo): Schemas['ColumnInfo'] {
  return { name: c.name, type: c.type, nullable: c.nullable, ordinal_position: c.ordinalPosition };
}

export function tableJson(t: Table): Schemas['TableResponse'] {
  return {
    name: t.name,
    bucket: t.bucket,
    columns: t.columns.map(columnJson),
    row_count: t.rowCount,
    size_bytes: t.sizeBytes,
    primary_key: t.primaryKey,
    created_at: t.createdAt,
    updated_at: t.updatedAt,
    source: t.source,
    // An alias table only (gRPC CreateViewCommand); absent for tables, so reference clients see no change.
    ...(t.alias === undefined
      ? {}
      : {
          alias: {
            source_bucket: t.alias.sourceBucket,
            source_table: t.alias.sourceTable,
            columns: [...t.alias.columns],
            where_filters: t.alias.where.map((f) => ({ ...f })),
          },
        }),
  };
}

/** Rows may hold bigints (lossless 64/128-bit integers): the response encoder emits them as digits. */
export function previewJson(
  p: Preview,
): Omit<Schemas['TablePreviewResponse'], 'rows'> & { rows: Preview['rows'] } {
  return {
    columns: p.columns.map(columnJson),
    rows: p.rows,
    total_row_count: p.totalRowCount,
    preview_row_count: p.previewRowCount,
  };
}

/** The core's TableRef from a table operation's path parameters (every `.../tables/{table_name}` path). */
export function tableRef(path: {
  project_id: string;
  branch_id: string;
  bucket_name: string;
  table_name: string;
}) {
  return {
    projectId: path.project_id,
    branchId: path.branch_id,
    bucket: path.bucket_name,
    table: path.table_name,
  };
}

export function s3CredentialJson(c: S3Credential): Schemas['S3CredentialResponse'] {
  return {
    access_key_id: c.accessKeyId,
    project_id: c.projectId,
    read_only: c.readOnly,
    description: c.description,
    created_at: c.createdAt,
  };
}
