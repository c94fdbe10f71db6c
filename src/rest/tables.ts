import type { TablesHandlers } from '../../generated/rest/operations.js';
import { previewTable } from '../core/tables/preview.js';
import { createTable, deleteTable, getTable, listTables } from '../core/tables/tables.js';
import type { RestContext } from './context.js';
import { previewOptions } from './preview-query.js';
import { previewJson, tableJson, tableRef } from './wire.js';

/** Resolvers of the `tables` tag. */
export const tablesResolvers = {
  /** createTable: atomic; columns typed by the core's type grammar. */
  async createTable({ path, body }, ctx) {
    const table = await createTable(
      ctx.storage,
      {
        projectId: path.project_id,
        branchId: path.branch_id,
        bucket: path.bucket_name,
        name: body.name,
        columns: body.columns.map((c) => ({
          name: c.name,
          type: c.type,
          nullable: c.nullable ?? true,
          default: c.default ?? null,
        })),
        primaryKey: body.primary_key ?? [],
      },
      ctx.audit,
    );
    return { status: 201, body: tableJson(table) };
  },

  /** listTables */
  async listTables({ path }, ctx) {
    const ref = { projectId: path.project_id, branchId: path.branch_id, bucket: path.bucket_name };
    const tables = await listTables(ctx.storage, ref);
    return { status: 200, body: { tables: tables.map(tableJson), total: tables.length } };
  },

  /** getTable */
  async getTable({ path }, ctx) {
    return { status: 200, body: tableJson(await getTable(ctx.storage, tableRef(path))) };
  },

  /** deleteTable */
  async deleteTable({ path }, ctx) {
    await deleteTable(ctx.storage, tableRef(path), ctx.audit);
    return { status: 204 };
  },

  /** previewTable: bounded, stable order, optional columns/filter/order. */
  async previewTable({ path, query }, ctx) {
    const preview = await previewTable(ctx.storage, {
      ...tableRef(path),
      limit: query.limit ?? 1000,
      ...previewOptions(query),
    });
    // Rows can hold bigints; the pipeline's encoder writes them as exact JSON numbers.
    return { status: 200, body: previewJson(preview) };
  },
} satisfies TablesHandlers<RestContext>;
