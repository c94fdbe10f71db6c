import type { CommandHandlers } from '../../../generated/grpc/commands.js';
import type { Any } from '../../../generated/grpc/google/protobuf/any.js';
import {
  TableImportFromFileCommand_CsvTypeOptions_Compression as Compression,
  TableImportFromFileCommand_CsvTypeOptions as CsvTypeOptions,
  ImportExportShared_ImportOptions_DedupType as DedupType,
  ImportExportShared_FileFormat as FileFormat,
  type ImportExportShared_ImportOptions,
  ImportExportShared_ImportOptions_ImportType as ImportType,
  TableImportFromFileCommand_CsvTypeOptions_SourceType as SourceType,
  TableExportToFileResponse,
  TableImportResponse,
} from '../../../generated/grpc/proto/table.js';
import { invalidArgument } from '../../core/errors.js';
import { deleteFile } from '../../core/files/files.js';
import { copyObject } from '../../core/files/objects.js';
import { exportToFile } from '../../core/loads/export-file.js';
import { type ImportResult, importFromFile } from '../../core/loads/import-file.js';
import { importFromTable } from '../../core/loads/import-table.js';
import type { CsvOptions, DedupMode, ImportOptions } from '../../core/loads/load-options.js';
import type { Table } from '../../core/model.js';
import type { TableRef } from '../../core/tables/table-lookup.js';
import { getTable, requireTable } from '../../core/tables/tables.js';
import { unpack } from '../any.js';
import { allow, type DriverContext, note } from '../context.js';
import { unimplemented } from '../errors.js';
import { fileKey, storedFileId } from '../files.js';
import { exportFilters, orderBy, rowFilter, TIMESTAMP_COLUMN } from '../filters.js';
import { tableRef } from '../paths.js';
import { tableInfo } from './table-info.js';

const DEDUP: Record<number, DedupMode> = {
  [DedupType.UPDATE_DUPLICATES]: 'update_duplicates',
  [DedupType.INSERT_DUPLICATES]: 'insert_duplicates',
  [DedupType.FAIL_ON_DUPLICATES]: 'fail_on_duplicates',
};

const FORMATS: Record<number, 'csv' | 'parquet'> = {
  [FileFormat.CSV]: 'csv',
  [FileFormat.PARQUET]: 'parquet',
};

/**
 * ImportOptions -> the core's: FULL (and CLONE) replace the rows atomically, INCREMENTAL adds or
 * upserts by primary key per dedupType (the reference ignored dedup). dedupColumnsNames, when
 * set, must be the table's primary key (the core dedups by it).
 */
function importOptions(
  ctx: DriverContext,
  o: ImportExportShared_ImportOptions | undefined,
  table: { primaryKey: string[] },
  command: string,
): ImportOptions {
  if (o === undefined) return { incremental: false, columns: null };
  if (o.importType === ImportType.VIEW) throw unimplemented(`${command} importType VIEW`);
  const dedupMode = DEDUP[o.dedupType];
  if (dedupMode === undefined) throw invalidArgument('invalid_request', `Unknown dedupType ${o.dedupType}`);
  const pk = table.primaryKey.map((c) => c.toLowerCase()).sort();
  const dedup = o.dedupColumnsNames.map((c) => c.toLowerCase()).sort();
  if (dedup.length > 0 && JSON.stringify(dedup) !== JSON.stringify(pk)) {
    throw invalidArgument(
      'invalid_request',
      `dedupColumnsNames (${o.dedupColumnsNames.join(', ')}) must be the table's primary key (${table.primaryKey.join(', ')})`,
    );
  }
  if (o.timestampColumn !== '' && o.timestampColumn !== TIMESTAMP_COLUMN) {
    throw unimplemented(`${command} timestampColumn other than ${TIMESTAMP_COLUMN}`);
  }
  if (o.convertEmptyValuesToNullOnColumns.length > 0) {
    note(ctx, 'info', 'Empty CSV values are loaded as NULL in every column');
  }
  return { incremental: o.importType === ImportType.INCREMENTAL, dedupMode, columns: null };
}

function importResponse(result: ImportResult, table: Table): TableImportResponse {
  return TableImportResponse.fromPartial({
    importedRowsCount: BigInt(result.importedRows),
    tableRowsCount: BigInt(result.tableRowsAfter),
    tableSizeBytes: BigInt(result.tableSizeBytes),
    timers: [{ name: 'total', duration: `${(result.durationMs / 1000).toFixed(3)}s` }],
    importedColumns: table.columns.map((c) => c.name),
  });
}

/** CsvTypeOptions -> the core's CSV dialect; header unless columnsNames with no ignored line. */
function csvOptions(
  command: {
    formatTypeOptions: Any | undefined;
    importOptions: ImportExportShared_ImportOptions | undefined;
  },
  options: ImportOptions,
): CsvOptions {
  const csv =
    command.formatTypeOptions === undefined || command.formatTypeOptions.typeUrl === ''
      ? CsvTypeOptions.fromPartial({})
      : unpack(CsvTypeOptions, command.formatTypeOptions, 'formatTypeOptions');
  if (csv.sourceType !== SourceType.SINGLE_FILE) {
    throw unimplemented(
      `TableImportFromFileCommand sourceType ${SourceType[csv.sourceType] ?? csv.sourceType}`,
    );
  }
  const ignored = command.importOptions?.numberOfIgnoredLines ?? 0;
  if (ignored > 1) throw unimplemented('TableImportFromFileCommand numberOfIgnoredLines above 1');
  const header = csv.columnsNames.length === 0 || ignored === 1;
  if (!header) options.columns = [...csv.columnsNames];
  const nulls = command.importOptions?.importAsNull ?? [];
  if (nulls.length > 1)
    throw unimplemented('TableImportFromFileCommand with more than one importAsNull value');
  const out: CsvOptions = { header };
  if (csv.delimiter !== '') out.delimiter = csv.delimiter;
  if (csv.enclosure !== '') out.quote = csv.enclosure;
  if (csv.escapedBy !== '') out.escape = csv.escapedBy;
  if (csv.compression === Compression.GZIP) out.compression = 'gzip';
  if (nulls[0] !== undefined) out.nullString = nulls[0];
  return out;
}

/** Imports and exports (REST importFromFile / importFromTable / exportToFile). */
export const importExportHandlers = {
  /**
   * TableImportFromFileCommand: a file of the project's store (files.ts) into an existing table,
   * CSV or Parquet, full (atomic swap) or incremental (upsert by key); a bad row changes nothing.
   */
  async TableImportFromFileCommand(command, ctx) {
    const name = 'TableImportFromFileCommand';
    const dest = command.destination;
    if (dest === undefined) throw invalidArgument('invalid_request', 'destination is required');
    const ref = tableRef(ctx, dest.path, dest.tableName, 'destination.path');
    allow(ctx, 'write', ref.projectId, ref.branchId);
    const table = requireTable(ctx.storage, ref);
    const format = FORMATS[command.fileFormat];
    if (format === undefined) throw unimplemented(`${name} fileFormat ${command.fileFormat}`);
    const options = importOptions(ctx, command.importOptions, table, name);
    const csv = format === 'csv' ? csvOptions(command, options) : null;
    const fileId = await storedFileId(
      ctx,
      ref.projectId,
      fileKey(command.fileProvider, command.filePath, ref.projectId, name),
    );
    const result = await importFromFile(
      ctx.storage,
      ref,
      { fileId, format, csvOptions: csv, importOptions: options },
      ctx.audit,
    );
    for (const warning of result.warnings) note(ctx, 'warning', warning);
    note(ctx, 'info', `Imported ${result.importedRows} rows into ${ref.bucket}.${ref.table}`);
    return importResponse(result, await getTable(ctx.storage, ref));
  },

  /**
   * TableImportFromTableCommand: rows of another table of the same project and branch (column
   * mappings, where filters, `seconds` as a window on _timestamp). `limit`: UNIMPLEMENTED.
   */
  async TableImportFromTableCommand(command, ctx) {
    const name = 'TableImportFromTableCommand';
    const { source, destination } = command;
    if (source === undefined || destination === undefined) {
      throw invalidArgument('invalid_request', 'source and destination are required');
    }
    const ref = tableRef(ctx, destination.path, destination.tableName, 'destination.path');
    const from = tableRef(ctx, source.path, source.tableName, 'source.path');
    allow(ctx, 'write', ref.projectId, ref.branchId);
    if (from.projectId !== ref.projectId || from.branchId !== ref.branchId) {
      throw invalidArgument(
        'invalid_request',
        "source must be in the destination table's project and branch",
      );
    }
    if (source.limit > 0n) throw unimplemented(`${name} source.limit`);
    const where = source.whereFilters.map(rowFilter);
    if (source.seconds > 0n) {
      const since = new Date(Date.now() - Number(source.seconds) * 1000).toISOString();
      where.push({ column: TIMESTAMP_COLUMN, operator: 'ge', values: [since] });
    }
    const table = requireTable(ctx.storage, ref);
    const result = await importFromTable(
      ctx.storage,
      ref,
      {
        sourceBucket: from.bucket,
        sourceTable: from.table,
        columns:
          source.columnMappings.length === 0
            ? null
            : source.columnMappings.map((m) => ({
                source: m.sourceColumnName,
                destination: m.destinationColumnName === '' ? m.sourceColumnName : m.destinationColumnName,
              })),
        where,
        importOptions: importOptions(ctx, command.importOptions, table, name),
      },
      ctx.audit,
    );
    note(
      ctx,
      'info',
      `Imported ${result.importedRows} rows from ${from.bucket}.${from.table} into ${ref.bucket}.${ref.table}`,
    );
    return importResponse(result, await getTable(ctx.storage, ref));
  },

  /**
   * TableExportToFileCommand: a new file of the project's store at filePath's key (CSV, or
   * Parquet; isCompressed = gzip), with columnsToExport, orderBy and filters (the reference
   * ignored order and filters and spliced column text into SQL).
   */
  async TableExportToFileCommand(command, ctx) {
    const name = 'TableExportToFileCommand';
    const source = command.source;
    if (source === undefined) throw invalidArgument('invalid_request', 'source is required');
    const ref: TableRef = tableRef(ctx, source.path, source.tableName, 'source.path');
    allow(ctx, 'read', ref.projectId, ref.branchId);
    const format = FORMATS[command.fileFormat];
    if (format === undefined) throw unimplemented(`${name} fileFormat ${command.fileFormat}`);
    const target = fileKey(command.fileProvider, command.filePath, ref.projectId, name);
    const o = command.exportOptions;
    const filters = o?.filters;
    if (filters !== undefined && filters.fulltextSearch !== '')
      throw unimplemented(`${name} filters.fulltextSearch`);
    const result = await exportToFile(
      ctx.storage,
      ref,
      {
        format,
        compression: o?.isCompressed === true ? (format === 'csv' ? 'gzip' : 'zstd') : null,
        columns: o === undefined || o.columnsToExport.length === 0 ? null : [...o.columnsToExport],
        where: exportFilters(filters),
        orderBy: orderBy(o?.orderBy ?? []),
        limit: filters !== undefined && filters.limit > 0 ? filters.limit : null,
      },
      ctx.audit,
    );
    // The export is a new file; Connection expects it under the key it chose.
    const placed = await copyObject(
      ctx.storage,
      { projectId: ref.projectId, key: result.file.objectKey ?? '' },
      {
        projectId: ref.projectId,
        key: target.key,
        contentType: result.file.contentType,
        meta: null,
        replaceMetadata: true,
      },
      ctx.audit,
    );
    await deleteFile(ctx.storage, ref.projectId, result.file.id, ctx.audit);
    note(ctx, 'info', `Exported ${result.rowsExported} rows to ${target.key} (file ${placed.id})`);
    const info = tableInfo(await getTable(ctx.storage, ref), source.path);
    info.rowsCount = BigInt(result.rowsExported);
    return TableExportToFileResponse.fromPartial({ tableInfo: info });
  },
} satisfies Pick<
  CommandHandlers<DriverContext>,
  'TableImportFromFileCommand' | 'TableImportFromTableCommand' | 'TableExportToFileCommand'
>;
