import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { logOperation } from '../audit.js';
import { withTableWrite } from '../branches/copy-on-write.js';
import { invalidArgument, notFound } from '../errors.js';
import { openFileForRead } from '../files/file-access.js';
import { type AuditContext, reportData, type Storage, trackWrite } from '../storage.js';
import { requireTable, type TableRef } from '../tables/table-lookup.js';
import { csvSource, parquetSource } from './file-source.js';
import { runLoad } from './load-engine.js';
import { type CsvOptions, csvDialect, type ImportOptions, loadMode } from './load-options.js';

export type FileFormat = 'csv' | 'parquet';

export interface ImportFromFileInput {
  /** A registered file of the project (Files API). */
  fileId?: string;
  /**
   * Or a path inside the storage's directories (core callers: the gRPC driver's S3 keys,
   * benchmarks); never taken from a client as is.
   */
  path?: string;
  format?: string;
  csvOptions?: CsvOptions | null;
  importOptions?: ImportOptions;
}

export interface ImportResult {
  importedRows: number;
  tableRowsAfter: number;
  tableSizeBytes: number;
  warnings: string[];
  durationMs: number;
}

/**
 * importFromFile: a CSV or Parquet file into a table under its write lock (see load-engine.ts
 * for full/incremental and dedup; file-source.ts for reading). Check order as the reference:
 * table, file, then format.
 */
export async function importFromFile(
  s: Storage,
  ref: TableRef,
  input: ImportFromFileInput,
  audit: AuditContext,
): Promise<ImportResult> {
  const startedAt = Date.now();
  const first = requireTable(s, ref);
  const { path, fileId } = await resolveFile(s, ref.projectId, input);
  const format = fileFormat(input.format);
  const mode = loadMode(input.importOptions);
  const dialect = format === 'csv' ? csvDialect(input.csvOptions) : null;
  const bytes = (await stat(path)).size;
  const outcome = await trackWrite(s, () =>
    withTableWrite(s, ref, audit, async (table) => {
      const source = { table: table.name, path, only: mode.columns };
      return runLoad(
        s,
        table,
        mode,
        (conn, target) =>
          dialect === null ? parquetSource(conn, target, source) : csvSource(conn, target, source, dialect),
        audit,
      );
    }),
  );
  const durationMs = Date.now() - startedAt;
  reportData(s, {
    kind: 'import',
    format,
    mode: mode.incremental ? 'incremental' : 'full',
    rows: outcome.importedRows,
    bytes,
    seconds: durationMs / 1000,
  });
  await logOperation(s, audit, {
    operation: 'import_from_file',
    projectId: ref.projectId,
    resourceType: 'table',
    resourceId: `${first.bucket}.${first.name}`,
    details: {
      file_id: fileId,
      format,
      incremental: mode.incremental,
      dedup_mode: mode.dedupMode,
      imported_rows: outcome.importedRows,
    },
    startedAt,
  });
  return {
    importedRows: outcome.importedRows,
    tableRowsAfter: outcome.rowCount,
    tableSizeBytes: outcome.sizeBytes,
    warnings: outcome.warnings,
    durationMs,
  };
}

export function fileFormat(format: string | undefined): FileFormat {
  const value = format ?? 'csv';
  if (value !== 'csv' && value !== 'parquet') {
    throw invalidArgument('invalid_format', `Unsupported format: ${value}. Use 'csv' or 'parquet'.`, {
      format: value,
    });
  }
  return value;
}

async function resolveFile(
  s: Storage,
  projectId: string,
  input: ImportFromFileInput,
): Promise<{ path: string; fileId: string | null }> {
  if (input.fileId !== undefined) {
    const { absolutePath } = await openFileForRead(s, projectId, input.fileId);
    return { path: absolutePath, fileId: input.fileId };
  }
  if (input.path === undefined) {
    throw invalidArgument('invalid_request', 'file_id is required', { file_id: null });
  }
  const path = resolve(input.path);
  const inside = [s.config.filesDir, s.config.dataDir].some((root) => {
    const rel = relative(resolve(root), path);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  });
  if (!inside) throw invalidArgument('invalid_path', 'The file must be inside the storage directories');
  try {
    await stat(path);
  } catch {
    throw notFound('file_content_not_found', 'File content not found on disk', {});
  }
  return { path, fileId: null };
}
