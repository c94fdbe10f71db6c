import { logOperation } from '../audit.js';
import { withTableRead } from '../branches/copy-on-write.js';
import type { TableEntry } from '../catalog/catalog.js';
import { quoteIdent, quoteLiteral } from '../db/sql.js';
import { invalidArgument } from '../errors.js';
import { createFileFrom, type StoredFile } from '../files/file-access.js';
import { type CompiledFilter, compileRowFilter, type RowFilter } from '../filters/row-filter.js';
import { bind, duckdbFailure } from '../metadata/tx.js';
import { type AuditContext, reportData, type Storage } from '../storage.js';
import { aliasFilter, andFilters, readTarget, shownTable } from '../tables/aliases.js';
import { columnOf, requireTable, type TableRef } from '../tables/table-lookup.js';
import { tablePath } from '../tables/table-stats.js';
import { type FileFormat, fileFormat } from './import-file.js';

export interface ExportInput {
  format?: string;
  /** csv: gzip; parquet: gzip, zstd, snappy (default snappy). */
  compression?: string | null;
  /** Column names of the table, in this order; all when absent or empty. */
  columns?: string[] | null;
  /** SQL filter text (the reference's where_filter): parsed and checked, values bound. */
  whereFilter?: string | null;
  where?: RowFilter[] | null;
  orderBy?: { column: string; direction?: 'asc' | 'desc' }[] | null;
  /** 0 or absent: every row. */
  limit?: number | null;
}

export interface ExportResult {
  file: StoredFile;
  rowsExported: number;
  durationMs: number;
}

const VALID_COMPRESSION: Record<FileFormat, (string | null)[]> = {
  csv: [null, 'gzip'],
  parquet: [null, 'gzip', 'zstd', 'snappy'],
};

const CONTENT_TYPES = {
  csv: 'text/csv',
  'csv.gz': 'application/gzip',
  parquet: 'application/vnd.apache.parquet',
} as const;

/**
 * exportToFile: DuckDB `COPY (SELECT ...) TO` writes the new file of the store directly (no row
 * passes through JS), under the table's read lock; rows_exported is COPY's own count (the
 * reference scanned twice). Columns are names of the table (the reference took raw SQL there:
 * arbitrary file reads through `read_csv(...)`), filters are checked and bound. Without
 * order_by rows come in the table's storage order (DuckDB preserves insertion order).
 */
export async function exportToFile(
  s: Storage,
  ref: TableRef,
  input: ExportInput,
  audit: AuditContext,
): Promise<ExportResult> {
  const startedAt = Date.now();
  // An alias exports its source's rows through its columns and filter (aliases.ts).
  const target = readTarget(s, ref);
  const first = shownTable(target.alias, requireTable(s, target.ref));
  const format = fileFormat(input.format);
  const compression = input.compression ?? null;
  if (!VALID_COMPRESSION[format].includes(compression)) {
    throw invalidArgument('invalid_compression', `Invalid compression for ${format}: ${compression}`, {
      format,
      valid_compression: VALID_COMPRESSION[format],
    });
  }
  const limit = input.limit ?? 0;
  if (!Number.isSafeInteger(limit) || limit < 0) {
    throw invalidArgument('invalid_request', 'limit must be a non-negative integer', { limit });
  }
  const extension = format === 'parquet' ? 'parquet' : compression === 'gzip' ? 'csv.gz' : 'csv';
  const name = `export_${first.name}_${stamp(new Date())}.${extension}`;

  let rowsExported = 0;
  const file = await withTableRead(s, target.ref, async (table) => {
    const shown = shownTable(target.alias, table);
    const lease = await s.files.lease(tablePath(s, table));
    const options =
      format === 'csv'
        ? `FORMAT CSV, HEADER true, DELIMITER ',', QUOTE '"', ESCAPE '"'${compression === 'gzip' ? ', COMPRESSION gzip' : ''}`
        : `FORMAT PARQUET, COMPRESSION ${(compression ?? 'snappy').toUpperCase()}`;
    try {
      const query = await exportQuery(shown, input, limit, `${lease.alias}.main.data`, (first) =>
        aliasFilter(target.alias, table, first),
      );
      return await createFileFrom(
        s,
        {
          projectId: ref.projectId,
          name,
          contentType: CONTENT_TYPES[extension],
          tags: { type: 'export', table: `${shown.bucket}.${shown.name}` },
        },
        async (tempPath) => {
          const sql = `COPY (${query.sql}) TO ${quoteLiteral(tempPath)} (${options})`;
          await s.pool.use(async (conn) => {
            try {
              rowsExported = Number((await conn.run(sql, bind(query.params))).rowsChanged);
            } catch (error) {
              throw duckdbFailure(s, error, { context: 'Cannot export the table' });
            }
          });
        },
        audit,
      );
    } finally {
      lease.release();
    }
  });
  const durationMs = Date.now() - startedAt;
  reportData(s, {
    kind: 'export',
    format,
    rows: rowsExported,
    bytes: file.sizeBytes,
    seconds: durationMs / 1000,
  });
  await logOperation(s, audit, {
    operation: 'export_to_file',
    projectId: ref.projectId,
    resourceType: 'table',
    resourceId: `${first.bucket}.${first.name}`,
    details: { file_id: file.id, format, compression, rows_exported: rowsExported },
    startedAt,
  });
  return { file, rowsExported, durationMs };
}

/**
 * The SELECT from `data`; only quoted column names of the table are spliced, values are bound.
 * `table` is what the caller sees (an alias's shown table); `viewFilter` its own rows' filter.
 */
async function exportQuery(
  table: TableEntry,
  input: ExportInput,
  limit: number,
  data: string,
  viewFilter: (firstParam: number) => Promise<CompiledFilter>,
) {
  const columns =
    input.columns === undefined || input.columns === null || input.columns.length === 0
      ? table.columns
      : input.columns.map((c) => columnOf(table, c));
  const repeated = columns.filter((c, i) => columns.indexOf(c) !== i).map((c) => c.name);
  if (repeated.length > 0) {
    throw invalidArgument(
      'duplicate_columns',
      `columns lists ${repeated.map((n) => `'${n}'`).join(', ')} twice`,
      {
        duplicate_columns: repeated,
      },
    );
  }
  const own = await compileRowFilter(table.columns, {
    sql: input.whereFilter ?? null,
    filters: input.where ?? [],
  });
  const filter = andFilters(own, await viewFilter(own.params.length + 1));
  const order = (input.orderBy ?? []).map(
    (o) => `${quoteIdent(columnOf(table, o.column).name)} ${o.direction === 'desc' ? 'DESC' : 'ASC'}`,
  );
  const params = [...filter.params];
  let sql = `SELECT ${columns.map((c) => quoteIdent(c.name)).join(', ')} FROM ${data}`;
  if (filter.sql !== 'TRUE') sql += ` WHERE ${filter.sql}`;
  if (order.length > 0) sql += ` ORDER BY ${order.join(', ')}`;
  if (limit > 0) {
    params.push(limit);
    sql += ` LIMIT $${params.length}`;
  }
  return { sql, params };
}

/** `YYYYMMDD_HHMMSS` in UTC (the reference's export names). */
function stamp(at: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${at.getUTCFullYear()}${p(at.getUTCMonth() + 1)}${p(at.getUTCDate())}_${p(at.getUTCHours())}${p(at.getUTCMinutes())}${p(at.getUTCSeconds())}`;
}
