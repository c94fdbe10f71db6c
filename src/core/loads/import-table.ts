import { logOperation } from '../audit.js';
import { tableChanged, writableTable } from '../branches/copy-on-write.js';
import type { TableEntry } from '../catalog/catalog.js';
import { nameKey } from '../catalog/names.js';
import { quoteIdent } from '../db/sql.js';
import { invalidArgument, type StorageError } from '../errors.js';
import { compileRowFilter, type RowFilter } from '../filters/row-filter.js';
import { readRows } from '../metadata/tx.js';
import type { ColumnInfo } from '../model.js';
import { type AuditContext, reportData, type Storage, trackWrite } from '../storage.js';
import { compareLockKeys } from '../tables/rw-lock.js';
import { requireTable, type TableRef } from '../tables/table-lookup.js';
import { lockKeyOf, tablePath } from '../tables/table-stats.js';
import { planColumns, type TargetColumn } from './column-plan.js';
import type { ImportResult } from './import-file.js';
import { runLoad } from './load-engine.js';
import { castFailure, rowFailureError } from './load-errors.js';
import { type ImportOptions, loadMode } from './load-options.js';
import type { LoadSource } from './load-source.js';

export interface ImportFromTableInput {
  sourceBucket: string;
  sourceTable: string;
  /** Source -> destination columns; absent: every column whose name both tables have. */
  columns?: { source: string; destination: string }[] | null;
  whereFilter?: string | null;
  where?: RowFilter[] | null;
  importOptions?: ImportOptions;
}

/**
 * importFromTable (our addition; the gRPC driver's TableImportFromTableCommand calls it too):
 * the semantics of importFromFile with another table of the same project and branch as the
 * source, read under its read lock while the target is written under its write lock (taken in
 * key order, so two opposite imports cannot deadlock). A table into itself is refused.
 */
export async function importFromTable(
  s: Storage,
  ref: TableRef,
  input: ImportFromTableInput,
  audit: AuditContext,
): Promise<ImportResult> {
  const startedAt = Date.now();
  const sourceRef = { ...ref, bucket: input.sourceBucket, table: input.sourceTable };
  const firstSource = requireTable(s, sourceRef);
  const mode = loadMode(input.importOptions);
  const first = await writableTable(s, ref, audit);
  const targetKey = lockKeyOf(first);
  const sourceKey = lockKeyOf(firstSource);
  if (targetKey === sourceKey) {
    throw invalidArgument(
      'invalid_source',
      `Table ${first.bucket}.${first.name} cannot be loaded from itself`,
      {
        source_bucket: input.sourceBucket,
        source_table: input.sourceTable,
      },
    );
  }
  const work = async () => {
    const table = requireTable(s, ref);
    const source = requireTable(s, sourceRef);
    if (lockKeyOf(table) !== targetKey || lockKeyOf(source) !== sourceKey) throw tableChanged(ref);
    return runLoad(
      s,
      table,
      mode,
      (conn, target) => tableSource(s, conn, target, table, source, input, mode.columns),
      audit,
    );
  };
  const outcome = await trackWrite(s, () =>
    compareLockKeys(sourceKey, targetKey) < 0
      ? s.locks.withRead(sourceKey, () => s.locks.withWrite(targetKey, work))
      : s.locks.withWrite(targetKey, () => s.locks.withRead(sourceKey, work)),
  );
  const durationMs = Date.now() - startedAt;
  reportData(s, {
    kind: 'import',
    format: 'table',
    mode: mode.incremental ? 'incremental' : 'full',
    rows: outcome.importedRows,
    bytes: firstSource.sizeBytes,
    seconds: durationMs / 1000,
  });
  await logOperation(s, audit, {
    operation: 'import_from_table',
    projectId: ref.projectId,
    resourceType: 'table',
    resourceId: `${first.bucket}.${first.name}`,
    details: {
      source: `${firstSource.bucket}.${firstSource.name}`,
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

async function tableSource(
  s: Storage,
  _conn: unknown,
  target: TargetColumn[],
  table: TableEntry,
  source: TableEntry,
  input: ImportFromTableInput,
  only: string[] | null,
): Promise<LoadSource> {
  // Which source column feeds which destination: the mapping, else the shared names.
  const bySource = new Map<TargetColumn, ColumnInfo>();
  const targetByKey = new Map(target.map((c) => [nameKey(c.name), c]));
  const pairs =
    input.columns ??
    source.columns.flatMap((c) =>
      targetByKey.has(nameKey(c.name)) ? [{ source: c.name, destination: c.name }] : [],
    );
  for (const pair of pairs) {
    const from = columnOf(source, pair.source);
    const to = targetByKey.get(nameKey(pair.destination));
    if (to === undefined) throw columnNotFound(table, pair.destination);
    if (bySource.has(to)) {
      throw invalidArgument('duplicate_columns', `Destination column '${to.name}' is mapped twice`, {
        duplicate_columns: [to.name],
      });
    }
    bySource.set(to, from);
  }
  const plan = planColumns({
    table: table.name,
    target,
    sourceNames: [...bySource.keys()].map((c) => c.name),
    only,
    noun: 'source column',
    unknown: 'ignore',
  });
  const filter = await compileRowFilter(source.columns, {
    sql: input.whereFilter ?? null,
    filters: input.where ?? [],
  });
  const lease = await s.files.lease(tablePath(s, source));
  const data = `${lease.alias}.main.data`;
  const casts = plan.loaded.map((to) => {
    const from = bySource.get(to) as ColumnInfo;
    return { to, from, sql: `CAST(${quoteIdent(from.name)} AS ${to.type}) AS ${quoteIdent(to.name)}` };
  });
  const where = filter.sql === 'TRUE' ? '' : ` WHERE ${filter.sql}`;
  return {
    format: 'table',
    loaded: plan.loaded,
    sql: `SELECT ${casts.map((c) => c.sql).join(', ')} FROM ${data}${where}`,
    params: filter.params,
    explain: async (conn, error): Promise<StorageError | undefined> => {
      const cast = castFailure(error);
      if (cast === undefined) return undefined;
      const pair = casts.find((c) => nameKey(c.from.name) === nameKey(cast.sourceColumn));
      if (pair === undefined) return undefined;
      const f = quoteIdent(pair.from.name);
      const rows = await readRows(
        conn,
        `SELECT CAST(${f} AS VARCHAR) AS v FROM ${data} WHERE ${filter.sql} AND ${f} IS NOT NULL AND TRY_CAST(${f} AS ${pair.to.type}) IS NULL LIMIT 1`,
        filter.params,
      ).catch(() => []);
      const value = rows[0]?.v ?? cast.value;
      return rowFailureError(
        {
          problem: 'invalid_value',
          column: pair.to.name,
          ...(value === undefined || value === null ? {} : { value: String(value) }),
        },
        { type: pair.to.type, source_column: pair.from.name, source_type: pair.from.type },
      );
    },
    locate: (row) => ({ row }),
    paths: [],
    release: () => lease.release(),
  };
}

function columnOf(table: TableEntry, name: string): ColumnInfo {
  const column = table.columns.find((c) => nameKey(c.name) === nameKey(name));
  if (column === undefined) throw columnNotFound(table, name);
  return column;
}

const columnNotFound = (table: TableEntry, name: string) =>
  invalidArgument('column_not_found', `Column '${name}' not found in table ${table.bucket}.${table.name}`, {
    column: name,
    table: `${table.bucket}.${table.name}`,
    existing_columns: table.columns.map((c) => c.name),
  });
