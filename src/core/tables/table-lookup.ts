import { type BucketRef, requireBucket } from '../catalog/buckets.js';
import type { TableEntry } from '../catalog/catalog.js';
import { nameKey } from '../catalog/names.js';
import { invalidArgument, notFound } from '../errors.js';
import type { ColumnInfo } from '../model.js';
import type { Storage } from '../storage.js';

export interface TableRef extends BucketRef {
  table: string;
}

/** The table or NOT_FOUND `table_not_found` (after project, branch and bucket checks). */
export function requireTable(s: Storage, ref: TableRef): TableEntry {
  const bucket = requireBucket(s, ref);
  const table = bucket.tables.get(nameKey(ref.table));
  if (table === undefined) {
    throw notFound('table_not_found', `Table ${ref.table} not found in bucket ${ref.bucket}`, {
      project_id: ref.projectId,
      bucket_name: ref.bucket,
      table_name: ref.table,
    });
  }
  return table;
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
