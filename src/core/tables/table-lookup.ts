import { resolveBranch } from '../catalog/branches.js';
import { type BucketRef, requireBucket } from '../catalog/buckets.js';
import { type TableEntry, tableKey } from '../catalog/catalog.js';
import { nameKey } from '../catalog/names.js';
import { invalidArgument, notFound } from '../errors.js';
import type { ColumnInfo } from '../model.js';
import type { Storage } from '../storage.js';
import { aliasReadOnly, findAlias } from './alias-lookup.js';

export interface TableRef extends BucketRef {
  table: string;
}

/**
 * The table as the branch of `ref` sees it, or NOT_FOUND `table_not_found` (after project,
 * branch and bucket checks): on a dev branch its own copy or table if it has one (a tombstone
 * hides main's), else main's (read in place until the branch first writes it). The one resolver
 * of every read path (reference pitfall 06/3). An alias table is FAILED_PRECONDITION here: read
 * paths resolve it to its source first (aliases.ts readTarget), so only writes meet it.
 */
export function requireTable(s: Storage, ref: TableRef): TableEntry {
  const table = findTable(s, ref);
  if (table === undefined) {
    // Reads resolve aliases before (aliases.ts readTarget); anything else reaching one is a write.
    const alias = findAlias(s, ref);
    if (alias !== undefined) throw aliasReadOnly(alias);
    throw notFound('table_not_found', `Table ${ref.table} not found in bucket ${ref.bucket}`, {
      project_id: ref.projectId,
      bucket_name: ref.bucket,
      table_name: ref.table,
    });
  }
  return table;
}

/**
 * requireTable without the error: undefined when no table of that name is visible there (an
 * alias table is not one). Project, branch and bucket errors are thrown.
 */
export function findTable(s: Storage, ref: TableRef): TableEntry | undefined {
  const { branch } = resolveBranch(s, ref.projectId, ref.branchId);
  const bucket = requireBucket(s, ref);
  // A linked bucket (another project's) has no branch rows here.
  const own =
    bucket.projectId === ref.projectId ? branch?.tables.get(tableKey(bucket.name, ref.table)) : undefined;
  return own === undefined ? bucket.tables.get(nameKey(ref.table)) : own.deleted ? undefined : own;
}

/** The table's column named `name` (case-insensitive) or INVALID_ARGUMENT `column_not_found`. */
export function columnOf(table: TableEntry, name: string): ColumnInfo {
  const column = table.columns.find((c) => nameKey(c.name) === nameKey(name));
  if (column === undefined) {
    throw invalidArgument('column_not_found', `Column '${name}' not found in table ${table.name}`, {
      column: name,
      existing_columns: table.columns.map((c) => c.name),
    });
  }
  return column;
}
