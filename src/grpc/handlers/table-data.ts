import type { CommandHandlers } from '../../../generated/grpc/commands.js';
import {
  CreateProfileTableResponse,
  DeleteTableRowsResponse,
  PreviewTableResponse,
} from '../../../generated/grpc/proto/table.js';
import { requireMainBranch } from '../../core/catalog/branches.js';
import { invalidArgument, notFound } from '../../core/errors.js';
import type { CellValue, Preview, PreviewOperator } from '../../core/model.js';
import { profileTable } from '../../core/profile/profile-table.js';
import { createTableFromSnapshot } from '../../core/snapshots/restore.js';
import { listSnapshots } from '../../core/snapshots/snapshots.js';
import { deleteRows } from '../../core/tables/delete-rows.js';
import { previewTable } from '../../core/tables/preview.js';
import { getTable } from '../../core/tables/tables.js';
import { allow, type DriverContext, note } from '../context.js';
import { memoEncoded, type PreEncoded } from '../encoded.js';
import { unimplemented } from '../errors.js';
import { changeFilters, exportFilters, orderBy, rowFilter } from '../filters.js';
import { tableRef } from '../paths.js';
import { tableObjectInfo } from './table-info.js';

/** A preview cell as google.protobuf.Value: integers beyond 2^53 stay exact as strings. */
function cellValue(v: CellValue): unknown {
  if (typeof v === 'bigint') return v.toString();
  if (Array.isArray(v)) return v.map(cellValue);
  if (v !== null && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, cellValue(x)]));
  return v;
}

const PREVIEW_DEFAULT_LIMIT = 100;

const ROW = 'keboola.storageDriver.command.table.PreviewTableResponse.Row' as const;
const COLUMN = 'keboola.storageDriver.command.table.PreviewTableResponse.Row.Column' as const;

/** Built without fromPartial (which deep-copies every cell): a 1,000-row page is 10k+ cells. */
function previewResponse(preview: Preview): PreviewTableResponse {
  const names = preview.columns.map((c) => c.name);
  return {
    $type: PreviewTableResponse.$type,
    columns: names,
    rows: preview.rows.map((row) => ({
      $type: ROW,
      columns: names.map((name) => ({
        $type: COLUMN,
        columnName: name,
        value: cellValue(row[name] ?? null),
        isTruncated: false,
      })),
    })),
  };
}

/** Answers of cached preview pages (the core returns the same Preview object until a write). */
const previewAnswers = new WeakMap<Preview, PreEncoded<PreviewTableResponse>>();

/** Rows, the table's data and time travel (REST previewTable / deleteRows / profileTable / snapshots). */
export const tableDataHandlers = {
  /**
   * PreviewTableCommand: columns, orderBy, filters.limit (default 100, capped by
   * PREVIEW_MAX_ROWS) and one row filter (a where filter or one bound of the change window), in a
   * stable order. More filters at once or fulltextSearch: UNIMPLEMENTED (the reference ignored them).
   */
  async PreviewTableCommand(command, ctx) {
    const ref = tableRef(ctx, command.path, command.tableName);
    allow(ctx, 'read', ref.projectId, ref.branchId);
    const filters = command.filters;
    if (filters !== undefined && filters.fulltextSearch !== '') {
      throw unimplemented('PreviewTableCommand filters.fulltextSearch');
    }
    const where = exportFilters(filters);
    if (where.length > 1) throw unimplemented('PreviewTableCommand with more than one row filter');
    const [only] = where;
    const limit = filters !== undefined && filters.limit > 0 ? filters.limit : PREVIEW_DEFAULT_LIMIT;
    const order = orderBy(command.orderBy);
    const preview = await previewTable(ctx.storage, {
      ...ref,
      limit,
      ...(command.columns.length > 0 ? { columns: command.columns } : {}),
      ...(only === undefined
        ? {}
        : {
            where: {
              column: only.column,
              operator: only.operator as PreviewOperator,
              values: (only.values ?? []).map(String),
            },
          }),
      ...(order.length > 0 ? { orderBy: order } : {}),
    });
    return memoEncoded(previewAnswers, preview, PreviewTableResponse, previewResponse);
  },

  /**
   * DeleteTableRowsCommand: rows matching every whereFilter and the change window (none: every
   * row, after the automatic pre-truncate snapshot); values bound, never spliced (reference
   * pitfall: string-built WHERE with a keyword blacklist). whereRefTableFilters: UNIMPLEMENTED.
   */
  async DeleteTableRowsCommand(command, ctx) {
    const ref = tableRef(ctx, command.path, command.tableName);
    allow(ctx, 'write', ref.projectId, ref.branchId);
    if (command.whereRefTableFilters.length > 0) {
      throw unimplemented('DeleteTableRowsCommand whereRefTableFilters');
    }
    const where = [...command.whereFilters.map(rowFilter), ...changeFilters(command)];
    const result = await deleteRows(
      ctx.storage,
      { ...ref, ...(where.length === 0 ? { whereClause: 'TRUE' } : { where }) },
      ctx.audit,
    );
    const table = await getTable(ctx.storage, ref);
    note(ctx, 'info', `Deleted ${result.deletedRows} rows from ${ref.bucket}.${ref.table}`);
    return DeleteTableRowsResponse.fromPartial({
      deletedRowsCount: BigInt(result.deletedRows),
      tableRowsCount: BigInt(result.tableRowsAfter),
      tableSizeBytes: BigInt(table.sizeBytes),
    });
  },

  /** CreateProfileTableCommand: the full profile (REST profileTable mode=full) as JSON texts. */
  async CreateProfileTableCommand(command, ctx) {
    const ref = tableRef(ctx, command.path, command.tableName);
    allow(ctx, 'read', ref.projectId, ref.branchId);
    const { statistics, ...table } = await profileTable(ctx.storage, ref, 'full', ctx.audit);
    return CreateProfileTableResponse.fromPartial({
      path: [...command.path],
      tableName: ref.table,
      profile: JSON.stringify(table, jsonBigints),
      columns: statistics.map((c) => ({ name: c.columnName, profile: JSON.stringify(c, jsonBigints) })),
    });
  },

  /**
   * CreateTableFromTimeTravelCommand: destination from the newest snapshot of source taken at or
   * before `timestamp` (Unix seconds); snapshots live on main (REST restoreSnapshot to a new table).
   */
  async CreateTableFromTimeTravelCommand(command, ctx) {
    if (command.source === undefined || command.destination === undefined) {
      throw invalidArgument('invalid_request', 'source and destination are required');
    }
    const source = tableRef(ctx, command.source.path, command.source.tableName, 'source.path');
    const target = tableRef(ctx, command.destination.path, command.destination.tableName, 'destination.path');
    if (source.projectId !== target.projectId) {
      throw invalidArgument('invalid_request', 'source and destination must be in the same project');
    }
    allow(ctx, 'write', target.projectId, target.branchId);
    requireMainBranch(ctx.storage, source.projectId, source.branchId, 'time travel');
    requireMainBranch(ctx.storage, target.projectId, target.branchId, 'time travel');
    const at = Number(command.timestamp) * 1000;
    const snapshot = await newestSnapshotBefore(ctx, source, at);
    await createTableFromSnapshot(
      ctx.storage,
      {
        projectId: source.projectId,
        branchId: source.branchId,
        snapshotId: snapshot.id,
        bucket: target.bucket,
        table: target.table,
      },
      ctx.audit,
    );
    note(
      ctx,
      'info',
      `Table ${target.bucket}.${target.table} created from snapshot ${snapshot.id} (${snapshot.createdAt})`,
    );
    return tableObjectInfo(await getTable(ctx.storage, target), command.destination.path);
  },
} satisfies Pick<
  CommandHandlers<DriverContext>,
  | 'PreviewTableCommand'
  | 'DeleteTableRowsCommand'
  | 'CreateProfileTableCommand'
  | 'CreateTableFromTimeTravelCommand'
>;

function jsonBigints(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}

async function newestSnapshotBefore(
  ctx: DriverContext,
  source: { projectId: string; branchId: string; bucket: string; table: string },
  atMs: number,
) {
  const page = 100;
  for (let offset = 0; ; offset += page) {
    const { snapshots, total } = await listSnapshots(ctx.storage, {
      projectId: source.projectId,
      branchId: source.branchId,
      bucket: source.bucket,
      table: source.table,
      limit: page,
      offset,
    });
    const hit = snapshots.find((s) => Date.parse(s.createdAt) <= atMs);
    if (hit !== undefined) return hit;
    if (offset + page >= total) break;
  }
  throw notFound(
    'snapshot_not_found',
    `No snapshot of ${source.bucket}.${source.table} taken at or before ${new Date(atMs).toISOString()}`,
    { bucket: source.bucket, table: source.table },
  );
}
