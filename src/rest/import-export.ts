import type { components } from '../../generated/openapi.js';
import type { ImportExportHandlers } from '../../generated/rest/operations.js';
import { exportToFile } from '../core/loads/export-file.js';
import { type ImportResult, importFromFile } from '../core/loads/import-file.js';
import { importFromTable } from '../core/loads/import-table.js';
import type { CsvOptions, ImportOptions } from '../core/loads/load-options.js';
import type { RestContext } from './context.js';
import { tableRef } from './wire.js';

type Schemas = components['schemas'];

/** Resolvers of the `import-export` tag (reference: duckdb-api-service src/routers/table_import.py). */
export const importExportResolvers = {
  /** importFromFile: CSV/Parquet by DuckDB with the table's types; full loads swap atomically. */
  async importFromFile({ path, body }, ctx) {
    const result = await importFromFile(
      ctx.storage,
      tableRef(path),
      {
        fileId: body.file_id,
        ...(body.format === undefined ? {} : { format: body.format }),
        csvOptions: csvOptions(body.csv_options),
        importOptions: importOptions(body.import_options),
      },
      ctx.audit,
    );
    return { status: 200, body: importJson(result) };
  },

  /** importFromTable: our addition; the same semantics from another table of the project. */
  async importFromTable({ path, body }, ctx) {
    const result = await importFromTable(
      ctx.storage,
      tableRef(path),
      {
        sourceBucket: body.source_bucket,
        sourceTable: body.source_table,
        columns: body.columns ?? null,
        whereFilter: body.where_filter ?? null,
        where: body.where ?? null,
        importOptions: importOptions(body.import_options),
      },
      ctx.audit,
    );
    return { status: 200, body: importJson(result) };
  },

  /** exportToFile: COPY ... TO straight into a new file of the store. */
  async exportToFile({ path, body }, ctx) {
    const b = body ?? {};
    const result = await exportToFile(
      ctx.storage,
      tableRef(path),
      {
        ...(b.format === undefined ? {} : { format: b.format }),
        compression: b.compression ?? null,
        columns: b.columns ?? null,
        whereFilter: b.where_filter ?? null,
        where: b.where ?? null,
        orderBy: (b.order_by ?? []).map((o) => ({ column: o.column, direction: o.direction ?? 'asc' })),
        limit: b.limit ?? null,
      },
      ctx.audit,
    );
    return {
      status: 200,
      body: {
        file_id: result.file.id,
        file_path: result.file.path,
        rows_exported: result.rowsExported,
        file_size_bytes: result.file.sizeBytes,
        duration_ms: result.durationMs,
      },
    };
  },
} satisfies ImportExportHandlers<RestContext>;

function csvOptions(o: Schemas['CsvOptions'] | null | undefined): CsvOptions | null {
  if (o === null || o === undefined) return null;
  const out: CsvOptions = {};
  if (o.delimiter !== undefined) out.delimiter = o.delimiter;
  if (o.quote !== undefined) out.quote = o.quote;
  if (o.escape !== undefined) out.escape = o.escape;
  if (o.header !== undefined) out.header = o.header;
  if (o.null_string !== undefined) out.nullString = o.null_string;
  if (o.compression !== undefined) out.compression = o.compression;
  return out;
}

function importOptions(o: Schemas['ImportOptions'] | undefined): ImportOptions {
  const out: ImportOptions = { columns: o?.columns ?? null };
  if (o?.incremental !== undefined) out.incremental = o.incremental;
  if (o?.dedup_mode !== undefined) out.dedupMode = o.dedup_mode;
  return out;
}

function importJson(r: ImportResult): Schemas['ImportResponse'] {
  return {
    imported_rows: r.importedRows,
    table_rows_after: r.tableRowsAfter,
    table_size_bytes: r.tableSizeBytes,
    warnings: r.warnings,
    duration_ms: r.durationMs,
  };
}
