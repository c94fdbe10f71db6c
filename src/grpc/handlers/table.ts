import type { CommandHandlers } from '../../../generated/grpc/commands.js';
import type { TableColumnShared } from '../../../generated/grpc/proto/table.js';
import { invalidArgument, StorageError } from '../../core/errors.js';
import type { ColumnSpec } from '../../core/model.js';
import { createAlias } from '../../core/tables/aliases.js';
import { addColumn, alterColumn, dropColumn } from '../../core/tables/schema-columns.js';
import { dropPrimaryKey, setPrimaryKey } from '../../core/tables/schema-primary-key.js';
import { createTable, deleteTable } from '../../core/tables/tables.js';
import { allow, type DriverContext, note } from '../context.js';
import { unimplemented } from '../errors.js';
import { rowFilter, TIMESTAMP_COLUMN } from '../filters.js';
import { bucketRef, tableRef } from '../paths.js';
import { tableObjectInfo } from './table-info.js';

/**
 * A protocol column -> the core's ColumnSpec: type empty = VARCHAR, `length` appended as
 * `(length)`; unset nullable = nullable (Connection's meaning; proto3 cannot tell unset from
 * false, the reference made every column NOT NULL). Primary key columns are NOT NULL anyway. A
 * `_timestamp` column without a default gets `current_timestamp`.
 */
export function columnSpec(c: TableColumnShared): ColumnSpec {
  const base = c.type === '' ? 'VARCHAR' : c.type;
  const type = c.length !== '' && !base.includes('(') ? `${base}(${c.length})` : base;
  // Connection's managed column: loads that do not carry it stamp their rows (TimestampMode CURRENT_TIME).
  const stamp = c.name.toLowerCase() === TIMESTAMP_COLUMN && c.default === '' ? 'current_timestamp' : null;
  return { name: c.name, type, nullable: true, default: c.default === '' ? stamp : c.default };
}

const ALTERABLE = new Set(['type', 'nullable', 'default']);

/** Tables and their schema (REST createTable / deleteTable / addColumn / ... ), branch-aware like REST. */
export const tableHandlers = {
  async CreateTableCommand(command, ctx) {
    const ref = bucketRef(ctx, command.path);
    allow(ctx, 'write', ref.projectId, ref.branchId);
    if (command.tableName === '') throw invalidArgument('invalid_request', 'tableName is required');
    const table = await createTable(
      ctx.storage,
      {
        ...ref,
        name: command.tableName,
        columns: command.columns.map(columnSpec),
        primaryKey: command.primaryKeysNames,
      },
      ctx.audit,
    );
    note(ctx, 'info', `Table ${ref.bucket}.${table.name} created with ${table.columns.length} columns`);
    return tableObjectInfo(table, command.path);
  },

  /**
   * DropTableCommand: NOT_FOUND for a missing table unless ignoreErrors (then a warning). An
   * alias table (CreateViewCommand) goes alone; a table aliases read is refused naming them.
   */
  async DropTableCommand(command, ctx) {
    const ref = tableRef(ctx, command.path, command.tableName);
    allow(ctx, 'write', ref.projectId, ref.branchId);
    try {
      await deleteTable(ctx.storage, ref, ctx.audit);
    } catch (error) {
      if (command.ignoreErrors && error instanceof StorageError && error.code === 'NOT_FOUND') {
        note(ctx, 'warning', error.message);
        return null;
      }
      throw error;
    }
    note(ctx, 'info', `Table ${ref.bucket}.${ref.table} dropped`);
    return null;
  },

  async AddColumnCommand(command, ctx) {
    const ref = tableRef(ctx, command.path, command.tableName);
    allow(ctx, 'write', ref.projectId, ref.branchId);
    if (command.columnDefinition === undefined || command.columnDefinition.name === '') {
      throw invalidArgument('invalid_request', 'columnDefinition.name is required');
    }
    const table = await addColumn(
      ctx.storage,
      { ...ref, ...columnSpec(command.columnDefinition) },
      ctx.audit,
    );
    return tableObjectInfo(table, command.path);
  },

  /**
   * AlterColumnCommand: the column desiredDefiniton.name; attributesToUpdate chooses what
   * changes (type, nullable, default), all in one transaction. `name` cannot be changed: the
   * command names the column by it.
   */
  async AlterColumnCommand(command, ctx) {
    const ref = tableRef(ctx, command.path, command.tableName);
    allow(ctx, 'write', ref.projectId, ref.branchId);
    const desired = command.desiredDefiniton;
    if (desired === undefined || desired.name === '') {
      throw invalidArgument('invalid_request', 'desiredDefiniton.name is required');
    }
    const unknown = command.attributesToUpdate.filter((a) => !ALTERABLE.has(a));
    if (unknown.length > 0)
      throw unimplemented(`AlterColumnCommand attributesToUpdate ${unknown.join(', ')}`);
    if (command.attributesToUpdate.length === 0) {
      throw invalidArgument('invalid_request', 'attributesToUpdate must list type, nullable or default');
    }
    const has = (a: string) => command.attributesToUpdate.includes(a);
    const table = await alterColumn(
      ctx.storage,
      {
        ...ref,
        column: desired.name,
        ...(has('type') ? { newType: columnSpec(desired).type } : {}),
        ...(has('nullable') ? { setNotNull: !desired.nullable } : {}),
        ...(has('default') ? { setDefault: desired.default } : {}),
      },
      ctx.audit,
    );
    return tableObjectInfo(table, command.path);
  },

  async DropColumnCommand(command, ctx) {
    const ref = tableRef(ctx, command.path, command.tableName);
    allow(ctx, 'write', ref.projectId, ref.branchId);
    if (command.columnName === '') throw invalidArgument('invalid_request', 'columnName is required');
    const table = await dropColumn(ctx.storage, { ...ref, column: command.columnName }, ctx.audit);
    return tableObjectInfo(table, command.path);
  },

  /** AddPrimaryKeyCommand: duplicates are refused (FAILED_PRECONDITION naming one) even with skipDuplicatesCheck. */
  async AddPrimaryKeyCommand(command, ctx) {
    const ref = tableRef(ctx, command.path, command.tableName);
    allow(ctx, 'write', ref.projectId, ref.branchId);
    if (command.primaryKeysNames.length === 0) {
      throw invalidArgument('invalid_request', 'primaryKeysNames must name at least one column');
    }
    if (command.skipDuplicatesCheck)
      note(ctx, 'info', 'skipDuplicatesCheck: DuckDB checks key uniqueness anyway');
    const table = await setPrimaryKey(ctx.storage, { ...ref, columns: command.primaryKeysNames }, ctx.audit);
    return tableObjectInfo(table, command.path);
  },

  async DropPrimaryKeyCommand(command, ctx) {
    const ref = tableRef(ctx, command.path, command.tableName);
    allow(ctx, 'write', ref.projectId, ref.branchId);
    const table = await dropPrimaryKey(ctx.storage, ref, ctx.audit);
    return tableObjectInfo(table, command.path);
  },

  /**
   * CreateViewCommand: an alias table `viewName` in bucket `path`, a read-only view of
   * sourceTableName in sourcePath (empty = path; same project and branch) through `columns`
   * (empty = all) and whereFilters (values bound). Dropped with DropTableCommand.
   */
  async CreateViewCommand(command, ctx) {
    const ref = bucketRef(ctx, command.path);
    allow(ctx, 'write', ref.projectId, ref.branchId);
    if (command.viewName === '') throw invalidArgument('invalid_request', 'viewName is required');
    if (command.sourceTableName === '')
      throw invalidArgument('invalid_request', 'sourceTableName is required');
    const from = command.sourcePath.length === 0 ? ref : bucketRef(ctx, command.sourcePath, 'sourcePath');
    if (from.projectId !== ref.projectId || from.branchId !== ref.branchId) {
      throw invalidArgument('invalid_source', "sourcePath must be in the view's project and branch");
    }
    const view = await createAlias(
      ctx.storage,
      {
        ...ref,
        name: command.viewName,
        sourceBucket: from.bucket,
        sourceTable: command.sourceTableName,
        columns: [...command.columns],
        where: command.whereFilters.map(rowFilter),
      },
      ctx.audit,
    );
    note(
      ctx,
      'info',
      `View ${ref.bucket}.${view.name} created over ${from.bucket}.${command.sourceTableName}`,
    );
    return tableObjectInfo(view, command.path);
  },
} satisfies Pick<
  CommandHandlers<DriverContext>,
  | 'CreateTableCommand'
  | 'DropTableCommand'
  | 'AddColumnCommand'
  | 'AlterColumnCommand'
  | 'DropColumnCommand'
  | 'AddPrimaryKeyCommand'
  | 'DropPrimaryKeyCommand'
  | 'CreateViewCommand'
>;
