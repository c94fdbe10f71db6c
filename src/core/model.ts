import type { RowFilter } from './filters/structured-filter.js';

/**
 * Domain types of the storage core. camelCase here; each protocol maps them to its wire names
 * (REST: snake_case JSON of specs/duckapi.json).
 */

export type ProjectStatus = 'active' | 'deleted';

export interface Project {
  id: string;
  name: string | null;
  /** Directory of the project relative to DUCKDB_DIR: `project_{id}` (reference `db_path`). */
  dbPath: string;
  createdAt: string; // ISO-8601 with offset
  updatedAt: string;
  status: ProjectStatus;
  settings: Record<string, unknown> | null;
}

/** Always computed from the catalog, so it is correct at all times. */
export interface ProjectStats {
  id: string;
  sizeBytes: number;
  tableCount: number;
  bucketCount: number;
}

export type ProjectWithStats = Project & Omit<ProjectStats, 'id'>;

export type ApiKeyScope = 'project_admin' | 'branch_admin' | 'branch_read';

export interface ApiKey {
  id: string;
  projectId: string;
  branchId: string | null;
  keyPrefix: string;
  scope: ApiKeyScope;
  description: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
}

/** A key together with its secret, returned exactly once (create, rotate, project create). */
export interface IssuedApiKey {
  key: ApiKey;
  secret: string;
}

export interface Bucket {
  projectId: string;
  name: string;
  description: string | null;
  tableCount: number;
  createdAt: string;
  /** Set for a bucket of another project linked into this one (read-only). */
  linkedFrom: { projectId: string; bucket: string } | null;
}

export interface ColumnSpec {
  name: string;
  /** A DuckDB type expression, validated by the core's type grammar before use. */
  type: string;
  nullable: boolean;
  /** A literal default (number, string, boolean) or one of the allowed functions; validated. */
  default: string | null;
}

export interface ColumnInfo {
  name: string;
  /** DuckDB's canonical type name, e.g. INTEGER, VARCHAR, DECIMAL(10,2). */
  type: string;
  nullable: boolean;
  ordinalPosition: number;
}

export interface Table {
  projectId: string;
  bucket: string;
  name: string;
  columns: ColumnInfo[];
  primaryKey: string[];
  rowCount: number;
  sizeBytes: number;
  createdAt: string;
  updatedAt: string;
  source: 'main' | 'branch' | 'branch_only';
  /** Set for an alias table (a read-only view of another table; gRPC CreateViewCommand). */
  alias?: AliasDefinition;
}

export interface AliasDefinition {
  sourceBucket: string;
  sourceTable: string;
  /** Empty: every column of the source. */
  columns: string[];
  where: RowFilter[];
}

export type PreviewOperator = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export interface PreviewRequest {
  projectId: string;
  branchId: string;
  bucket: string;
  table: string;
  limit: number;
  /** Subset of columns to return, in this order; all when absent. */
  columns?: string[];
  /** Rows where `column <operator> value` for any of `values` (eq) / none of them (ne). */
  where?: { column: string; operator: PreviewOperator; values: string[] };
  /** Ordering; default is the primary key, then insertion order, so pages are stable. */
  orderBy?: { column: string; direction: 'asc' | 'desc' }[];
}

/** A preview cell: JSON-ready value. Integers outside the safe range are `bigint` (emitted losslessly). */
export type CellValue =
  | null
  | boolean
  | number
  | bigint
  | string
  | CellValue[]
  | { [key: string]: CellValue };

export interface Preview {
  columns: ColumnInfo[];
  rows: Record<string, CellValue>[];
  totalRowCount: number;
  previewRowCount: number;
}

/** Who is calling, as established by `authenticate`. */
export type Principal =
  | { kind: 'admin' }
  | { kind: 'project'; keyId: string; projectId: string; scope: ApiKeyScope; branchId: string | null };

/**
 * What an operation needs. `read`: every key of the project whose branch matches; `write`: a
 * non-read-only key whose branch matches; `manage`: project_admin (key management, project update
 * and delete); `admin`: the admin key only.
 */
export type Access = 'read' | 'write' | 'manage' | 'admin';

export interface AccessRequest {
  access: Access;
  projectId?: string;
  branchId?: string;
}
