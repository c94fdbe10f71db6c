import type { TableSchemaHandlers } from '../../generated/rest/operations.js';
import { deleteRows } from '../core/tables/delete-rows.js';
import { addColumn, alterColumn, dropColumn } from '../core/tables/schema-columns.js';
import { dropPrimaryKey, setPrimaryKey } from '../core/tables/schema-primary-key.js';
import type { RestContext } from './context.js';
import { profileTableResolver } from './table-profile.js';
import { tableJson, tableRef } from './wire.js';

/** Resolvers of the `table-schema` tag; each change is atomic and answers the table after it. */
export const tableSchemaResolvers = {
  /** addColumn: 201, type by the core type grammar, default by the default parser. */
  async addColumn({ path, body }, ctx) {
    const table = await addColumn(
      ctx.storage,
      {
        ...tableRef(path),
        name: body.name,
        type: body.type,
        nullable: body.nullable ?? true,
        default: body.default ?? null,
      },
      ctx.audit,
    );
    return { status: 201, body: tableJson(table) };
  },

  /** dropColumn: 200 with the table (as the reference). */
  async dropColumn({ path }, ctx) {
    const table = await dropColumn(ctx.storage, { ...tableRef(path), column: path.column_name }, ctx.audit);
    return { status: 200, body: tableJson(table) };
  },

  /** alterColumn: rename, type, NOT NULL and default together, atomically. */
  async alterColumn({ path, body }, ctx) {
    const table = await alterColumn(
      ctx.storage,
      {
        ...tableRef(path),
        column: path.column_name,
        newName: body.new_name ?? null,
        newType: body.new_type ?? null,
        setNotNull: body.set_not_null ?? null,
        setDefault: body.set_default ?? null,
      },
      ctx.audit,
    );
    return { status: 200, body: tableJson(table) };
  },

  /** setPrimaryKey: 201; replaces an existing key; 409 duplicate_key naming a duplicated value. */
  async setPrimaryKey({ path, body }, ctx) {
    const table = await setPrimaryKey(ctx.storage, { ...tableRef(path), columns: body.columns }, ctx.audit);
    return { status: 201, body: tableJson(table) };
  },

  /** dropPrimaryKey: 200 with `primary_key: []`. */
  async dropPrimaryKey({ path }, ctx) {
    return { status: 200, body: tableJson(await dropPrimaryKey(ctx.storage, tableRef(path), ctx.audit)) };
  },

  /** deleteRows: where_clause (checked SQL text) and/or where (structured), ANDed. */
  async deleteRows({ path, body }, ctx) {
    const result = await deleteRows(
      ctx.storage,
      {
        ...tableRef(path),
        whereClause: body.where_clause ?? null,
        ...(body.where === undefined ? {} : { where: body.where }),
      },
      ctx.audit,
    );
    return {
      status: 200,
      body: { deleted_rows: result.deletedRows, table_rows_after: result.tableRowsAfter },
    };
  },

  profileTable: profileTableResolver,
} satisfies TableSchemaHandlers<RestContext>;
